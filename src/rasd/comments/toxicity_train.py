"""Training the toxicity classifier (``rasd train toxicity``).

1. The first file (MPOLD) is split into train and dev: a fixed-seed stratified hold-out of
   15% of each class (:func:`rasd.evaluation.toxicity.dev_split`); ``--also`` files (the
   team's labelled comments) go to train whole.
2. A model trained on train scores dev; the threshold with the best Offensive F1 on dev
   becomes the shipped threshold, and the dev scores at it go to the card.
3. The shipped model is retrained on everything (train + dev + ``--also``) with the same
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

from rasd.comments.toxicity import NOT_OFFENSIVE, OFFENSIVE, ToxicityClassifier
from rasd.comments.toxicity_features import FEATURE_VERSION, Lexicon, features, words_of
from rasd.evaluation.toxicity import (
    DEV_FRACTION,
    SPLIT_SEED,
    Labelled,
    ToxicityReport,
    best_threshold,
    dev_split,
    read_labelled,
    report_of,
)

log = logging.getLogger(__name__)

#: Regularisation chosen by 5-fold cross-validation on MPOLD (Offensive F1 at each fold
#: set's best threshold): pure L2 (c1 0, c2 1.0) 0.632; c2 0.3 0.608; L1 0.05 + L2 0.5 as
#: good as L2 alone on binary attributes but 3x slower to train. ``feature.minfreq`` keeps
#: the model under 5 MB without L1.
DEFAULT_C1: Final = 0.0
DEFAULT_C2: Final = 1.0
DEFAULT_MAX_ITER: Final = 300
#: Attributes seen in fewer comments are dropped (typos and one-off n-grams).
MIN_FREQ: Final = 2


@dataclass(frozen=True, slots=True)
class TrainReport:
    model_path: Path
    card_path: Path
    dev: ToxicityReport
    threshold: float
    model_bytes: int


def attributes(text: str, lexicon: Lexicon) -> dict[str, float]:
    words = words_of(text)
    return features(words, lexicon.hits(words), text)


def fit(items: Sequence[Labelled], out_path: Path, c1: float, c2: float,
        max_iter: int) -> None:
    lexicon = Lexicon.load()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for item in items:
        # Sorted: CRFsuite numbers attributes by first sight, and set order varies with
        # PYTHONHASHSEED; sorting makes the model file byte-for-byte reproducible.
        trainer.append([dict(sorted(attributes(item.text, lexicon).items()))],
                       [OFFENSIVE if item.offensive else NOT_OFFENSIVE])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.minfreq": MIN_FREQ})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))


def train_toxicity(data: Path, also: Sequence[Path], out_path: Path, *,
                   seed: int = SPLIT_SEED, dev_fraction: float = DEV_FRACTION,
                   c1: float = DEFAULT_C1, c2: float = DEFAULT_C2,
                   max_iter: int = DEFAULT_MAX_ITER) -> TrainReport:
    t0 = time.perf_counter()
    main = read_labelled(data)
    extra = [item for path in also for item in read_labelled(path)]
    train, dev = dev_split(main, dev_fraction, seed)
    with tempfile.TemporaryDirectory() as tmp:
        dev_model = Path(tmp) / "dev.crfsuite"
        fit([*train, *extra], dev_model, c1, c2, max_iter)
        clf = ToxicityClassifier(dev_model, threshold=0.5)
        probs = [clf.offensive_score(item.text) for item in dev]
    threshold = best_threshold(dev, probs)
    report = report_of(dev, probs, threshold,
                       f"{data.name} dev ({dev_fraction:.0%} stratified, seed {seed})")
    fit([*main, *extra], out_path, c1, c2, max_iter)
    card_path = out_path.with_suffix(".json")
    card = {
        "model_file": out_path.name,
        "sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(),
        "created": date.today().isoformat(),
        "feature_version": FEATURE_VERSION,
        "kind": "maximum entropy (CRFsuite L-BFGS on one-item sequences)",
        "labels": [OFFENSIVE, NOT_OFFENSIVE],
        "threshold": threshold,
        "threshold_rule": "the 0.01-grid value with the best Offensive F1 on the dev split "
                          "(middle of the best run), from a model trained without dev",
        "seed": seed,
        "dev_fraction": dev_fraction,
        "split": f"dev = a stratified {dev_fraction:.0%} of each class of {data.name}, "
                 f"shuffled with random.Random({seed}); --also files train only; "
                 "the shipped model is retrained on all the data",
        "params": {"c1": c1, "c2": c2, "max_iter": max_iter, "min_freq": MIN_FREQ},
        "data": [{"path": data.name, "comments": len(main),
                  "offensive": sum(i.offensive for i in main),
                  "train": len(train), "dev": len(dev)}]
                + [{"path": p.name, "comments": len(read_labelled(p))} for p in also],
        "dev_scores": {"precision": round(report.precision, 4),
                       "recall": round(report.recall, 4), "f1": round(report.f1, 4),
                       "gold": report.gold, "predicted": report.predicted},
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return TrainReport(out_path, card_path, report, threshold, out_path.stat().st_size)
