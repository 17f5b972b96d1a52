"""Training the toxicity classifier (``rasd train toxicity``).

1. The first file (MPOLD) is split into train and dev: a fixed-seed stratified hold-out of
   15% of each class (:func:`rasd.evaluation.toxicity.dev_split`); ``--also`` files (the
   team's labelled comments) go to train whole.
2. The threshold is chosen by stratified k-fold cross-validation on the train part alone:
   each fold is scored by a model trained on the other folds (+ ``--also``), and the
   threshold with the best Offensive F1 on the pooled out-of-fold scores is kept. The dev
   split plays no part in it, so the dev figure on the card is held-out.
3. A model trained on train (+ ``--also``) scores dev at that threshold (the card's
   ``dev_scores``).
4. The shipped model is retrained on everything (train + dev + ``--also``) with the same
   parameters, and written with its card (``.json`` beside it).
CRFsuite's L-BFGS is deterministic, so the same files and seed give the same model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import pycrfsuite  # type: ignore[import-untyped]

from rasd.comments.toxicity import (
    NOT_OFFENSIVE,
    OFFENSIVE,
    ToxicityClassifier,
    weights_path_of,
)
from rasd.comments.toxicity_features import (
    FEATURE_VERSION,
    Lexicon,
    features,
    log_count_ratios,
    weigh,
    words_of,
    write_weights,
)
from rasd.evaluation.toxicity import (
    CV_FOLDS,
    DEV_FRACTION,
    SPLIT_SEED,
    Labelled,
    ToxicityReport,
    best_threshold,
    dev_split,
    read_labelled,
    report_of,
    stratified_folds,
)

log = logging.getLogger(__name__)

#: Regularisation chosen by 5-fold cross-validation on the MPOLD train part + the team's
#: comments (Offensive F1 on the pooled out-of-fold scores at their best threshold): with
#: log-count-ratio weights c2 3.0 0.633, 1.0 0.626, 8.0 0.626 (unweighted attributes, c2
#: 1.0: 0.614). L1 0.05 + L2 0.5 was as good as L2 alone on binary attributes but 3x slower
#: to train. ``feature.minfreq`` keeps the model under 5 MB without L1. Re-checked with
#: ``toxicity-features/6`` (the larger lexicon, its groups and hit counts): c2 1.5 0.679,
#: 2 0.681, 3 0.680, 5 0.679; L1 0.05 + L2 2 0.680; the text attributes scaled x2 with c2
#: 10 0.681, x4 with c2 30 0.673. Flat: 3.0 kept.
DEFAULT_C1: Final = 0.0
DEFAULT_C2: Final = 3.0
DEFAULT_MAX_ITER: Final = 300
#: CRFsuite's ``feature.minfreq``: attributes whose values sum to less over the training
#: comments are dropped (with values ``TEXT_SCALE / sqrt(n)`` times a weight, rare and
#: weakly separating n-grams go; the model stays < 1 MB). Cross-validated with the weights,
#: c2 3.0: 2 0.634, 1.0 0.629, 0.3 0.631.
MIN_FREQ: Final = 2


@dataclass(frozen=True, slots=True)
class TrainReport:
    model_path: Path
    card_path: Path
    dev: ToxicityReport
    cv: ToxicityReport
    threshold: float
    model_bytes: int


def attributes(text: str, lexicon: Lexicon) -> dict[str, float]:
    words = words_of(text)
    return features(words, lexicon.hits(words), text)


def fit(items: Sequence[Labelled], out_path: Path, c1: float, c2: float,
        max_iter: int) -> None:
    """Train on ``items``: the attribute weights (log-count ratios of these items) are
    written beside the model (:func:`rasd.comments.toxicity.weights_path_of`)."""
    lexicon = Lexicon.load()
    raw = [attributes(item.text, lexicon) for item in items]
    weights = log_count_ratios((attrs, item.offensive)
                               for attrs, item in zip(raw, items, strict=True))
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for attrs, item in zip(raw, items, strict=True):
        # Sorted: CRFsuite numbers attributes by first sight, and set order varies with
        # PYTHONHASHSEED; sorting makes the model file byte-for-byte reproducible.
        trainer.append([dict(sorted(weigh(attrs, weights).items()))],
                       [OFFENSIVE if item.offensive else NOT_OFFENSIVE])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.minfreq": MIN_FREQ})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    # Only the attributes the model kept need a weight (smaller file, faster load).
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out_path))
    known = {str(a) for a, _label in tagger.info().state_features}
    tagger.close()
    write_weights(weights_path_of(out_path), {a: w for a, w in weights.items() if a in known})


def _scores(model: Path, items: Sequence[Labelled]) -> list[float]:
    clf = ToxicityClassifier(model, threshold=0.5)
    return [clf.offensive_score(item.text) for item in items]


def cv_scores(train: Sequence[Labelled], extra: Sequence[Labelled], folds: int, c1: float,
              c2: float, max_iter: int) -> list[float]:
    """Out-of-fold scores of ``train``: each fold scored by a model trained on the others
    plus ``extra``."""
    out = [0.0] * len(train)
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(stratified_folds(train, folds)):
            held = set(fold)
            model = Path(tmp) / f"fold{k}.crfsuite"
            fit([*(item for i, item in enumerate(train) if i not in held), *extra], model,
                c1, c2, max_iter)
            for i, p in zip(fold, _scores(model, [train[i] for i in fold]), strict=True):
                out[i] = p
    return out


def train_toxicity(data: Path, also: Sequence[Path], out_path: Path, *,
                   seed: int = SPLIT_SEED, dev_fraction: float = DEV_FRACTION,
                   folds: int = CV_FOLDS, c1: float = DEFAULT_C1, c2: float = DEFAULT_C2,
                   max_iter: int = DEFAULT_MAX_ITER) -> TrainReport:
    t0 = time.perf_counter()
    main = read_labelled(data)
    extra = [item for path in also for item in read_labelled(path)]
    train, dev = dev_split(main, dev_fraction, seed)
    oof = cv_scores(train, extra, folds, c1, c2, max_iter)
    threshold = best_threshold(train, oof)
    cv = report_of(train, oof, threshold, f"{data.name} train part, {folds}-fold CV")
    log.info("threshold %.2f (CV F1 %.4f)", threshold, cv.f1)
    with tempfile.TemporaryDirectory() as tmp:
        dev_model = Path(tmp) / "dev.crfsuite"
        fit([*train, *extra], dev_model, c1, c2, max_iter)
        probs = _scores(dev_model, dev)
    report = report_of(dev, probs, threshold,
                       f"{data.name} dev ({dev_fraction:.0%} stratified, seed {seed})")
    fit([*main, *extra], out_path, c1, c2, max_iter)
    card_path = out_path.with_suffix(".json")
    weights_path = weights_path_of(out_path)
    card = {
        "model_file": out_path.name,
        "sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(),
        "weights_file": weights_path.name,
        "weights_sha256": hashlib.sha256(weights_path.read_bytes()).hexdigest(),
        "created": date.today().isoformat(),
        "feature_version": FEATURE_VERSION,
        "kind": "maximum entropy (CRFsuite L-BFGS on one-item sequences) on NB-SVM "
                "log-count-ratio weighted attributes",
        "labels": [OFFENSIVE, NOT_OFFENSIVE],
        "threshold": threshold,
        "threshold_rule": f"the 0.01-grid value with the best Offensive F1 on the pooled "
                          f"out-of-fold scores of a {folds}-fold stratified cross-validation "
                          "of the train part (+ --also files); the dev split is not used",
        "seed": seed,
        "dev_fraction": dev_fraction,
        "split": f"dev = a stratified {dev_fraction:.0%} of each class of {data.name}, "
                 f"shuffled with random.Random({seed}); --also files train only; "
                 "the shipped model is retrained on all the data",
        "params": {"c1": c1, "c2": c2, "max_iter": max_iter, "min_freq": MIN_FREQ,
                   "cv_folds": folds},
        "data": [{"path": data.name, "comments": len(main),
                  "offensive": sum(i.offensive for i in main),
                  "train": len(train), "dev": len(dev)}]
                + [{"path": p.name, "comments": len(read_labelled(p))} for p in also],
        "cv_scores": _scores_of(cv),
        "dev_scores": _scores_of(report),
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return TrainReport(out_path, card_path, report, cv, threshold,
                       out_path.stat().st_size + weights_path.stat().st_size)


def _scores_of(report: ToxicityReport) -> dict[str, float | int]:
    return {"precision": round(report.precision, 4), "recall": round(report.recall, 4),
            "f1": round(report.f1, 4), "gold": report.gold, "predicted": report.predicted}
