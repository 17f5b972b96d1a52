"""Cross-validate the toxicity model with e5-distilled word vectors (development only).

    PYTHONPATH=src .venv/bin/python scripts/toxicity_vector_cv.py CACHE_PREFIX \\
        [--dims 32 48 64] [--scale 0.5 1 2] [--pool mean|meanmax] [--baseline] \\
        [--sentences SENT.npy] [--save-oof OOF.json] [--wordlr] [--set NAME=VALUE...] \\
        [--fold-seed N]

Development only (numpy; 2026-12-03 (7), issue 6; the figures are in docs/quality.md,
Reader comments, round (5)).

Reads the words and raw vectors written by ``scripts/toxicity_vectors.py embed``. The
vectors are centred on the vocabulary mean, reduced by PCA, divided by the first
component's standard deviation and quantised to int8 (as a shipped file would hold them).
A comment gets ``SCALE * mean`` (and with ``meanmax`` the max) of its known words' vectors
as real-valued attributes of the same maxent model (``v<i>+`` / ``v<i>-``, see ``_put``);
a word the vocabulary lacks falls back to its clitic-free stem or is skipped. Each setting
is scored exactly as ``rasd train toxicity ../shared/data/comments/mpold-train.tsv --also
tests/gold/comments/labelled.tsv`` scores the shipped recipe: Offensive F1 of the pooled
5-fold out-of-fold scores of the train part at their best threshold (CV), and of the dev
split at that threshold. ``--sentences``: the ceiling check, e5 vectors of whole comments
under numpy logistic regression, out-of-fold on the same folds, alone and averaged with
the baseline model's out-of-fold scores, and stacked (logistic regression on both logits,
out-of-fold). ``--wordlr``: the same with the mean word vector as the second model (needs
the baseline's out-of-fold scores from ``--baseline --save-oof``). ``--set``: a constant of
:mod:`rasd.comments.toxicity_features` changed (``CHAR_NGRAMS=(2,3,4,5)``, ``NB_ALPHA=0.5``).
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import rasd.comments.toxicity as tox
import rasd.comments.toxicity_features as tf
import rasd.comments.toxicity_train as tt
from rasd.caches import clear_all
from rasd.comments.toxicity_features import stem_of
from rasd.evaluation.toxicity import (
    Labelled,
    best_threshold,
    dev_split,
    read_labelled,
    report_of,
    stratified_folds,
)

MPOLD = Path("../shared/data/comments/mpold-train.tsv")
ALSO = Path("tests/gold/comments/labelled.tsv")
ORIGINAL_FEATURES = tt.features


def reduced(prefix: Path, dims: int) -> dict[str, list[float]]:
    words = [line.split("\t")[0] for line in
             prefix.with_suffix(".words.txt").read_text("utf-8").splitlines()]
    raw = np.load(prefix.with_suffix(".npy")).astype(np.float64)
    centred = raw - raw.mean(0, keepdims=True)
    _u, _s, vt = np.linalg.svd(centred[:20000], full_matrices=False)
    proj = centred @ vt[:dims].T
    proj /= proj[:, 0].std()
    q = np.clip(np.round(proj * 32), -127, 127) / 32  # int8 with 1/32 steps
    return {w: q[i].tolist() for i, w in enumerate(words)}


def with_vectors(vectors: dict[str, list[float]], scale: float, pool: str) -> Callable[..., Any]:
    def features(words: list[Any], hits: list[Any], text: str, *args: Any,
                 **kwargs: Any) -> dict[str, float]:
        out = ORIGINAL_FEATURES(words, hits, text, *args, **kwargs)
        rows = []
        for w in words:
            v = vectors.get(w.key) or vectors.get(stem_of(w.key))
            if v is not None:
                rows.append(v)
        if rows:
            m = np.asarray(rows)
            _put(out, "v", scale * m.mean(0))
            if pool == "meanmax":
                _put(out, "x", scale * m.max(0) / 2)
        return out

    return features


def _put(out: dict[str, float], name: str, values: Any) -> None:
    """Each dimension as two non-negative attributes: CRFsuite's ``feature.minfreq`` sums
    attribute values, and a centred dimension sums to about zero (it would be dropped)."""
    for i, x in enumerate(values.tolist()):
        if x > 0:
            out[f"{name}{i}+"] = x
        elif x < 0:
            out[f"{name}{i}-"] = -x


def run(label: str, train: Sequence[Labelled], dev: Sequence[Labelled],
        extra: Sequence[Labelled]) -> list[float]:
    oof = tt.cv_scores(train, extra, 5, tt.DEFAULT_C1, tt.DEFAULT_C2, tt.DEFAULT_MAX_ITER)
    th = best_threshold(train, oof)
    cv = report_of(train, oof, th, "cv")
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "dev.crfsuite"
        tt.fit([*train, *extra], model, tt.DEFAULT_C1, tt.DEFAULT_C2, tt.DEFAULT_MAX_ITER)
        d = report_of(dev, tt._scores(model, dev), th, "dev")
    print(f"{label}: CV P {cv.precision:.3f} R {cv.recall:.3f} F1 {cv.f1:.4f} (th {th:.2f}) | "
          f"dev P {d.precision:.3f} R {d.recall:.3f} F1 {d.f1:.4f} "
          f"(pred {d.predicted})", flush=True)
    return oof


def logreg_oof(x: Any, y: Any, folds: list[list[int]], l2: float) -> Any:
    out = np.zeros(len(y))
    for fold in folds:
        mask = np.ones(len(y), bool)
        mask[fold] = False
        w = np.zeros(x.shape[1])
        b = 0.0
        xt, yt = x[mask], y[mask]
        for _ in range(500):  # plain gradient descent, convex: enough for 384 dims
            p = 1 / (1 + np.exp(-(xt @ w + b)))
            g = xt.T @ (p - yt) / len(yt) + l2 * w
            w -= 1.0 * g
            b -= 1.0 * float(np.mean(p - yt))
        out[fold] = 1 / (1 + np.exp(-(x[fold] @ w + b)))
    return out


def pooled(vectors: dict[str, list[float]], train: Sequence[Labelled]) -> Any:
    """Mean word vector of each comment (zeros when no word is known)."""
    from rasd.comments.toxicity_features import words_of

    dims = len(next(iter(vectors.values())))
    rows = []
    for item in train:
        vs = [v for w in words_of(item.text)
              if (v := vectors.get(w.key) or vectors.get(stem_of(w.key))) is not None]
        rows.append(np.mean(vs, 0) if vs else np.zeros(dims))
    return np.asarray(rows)


def ceiling(sent: Path | Any, train: Sequence[Labelled], oof_base: Sequence[float],
            name: str = "e5 sentences") -> None:
    if isinstance(sent, Path):
        items = read_labelled(MPOLD)
        vecs = np.load(sent).astype(np.float64)
        index = {id(i): n for n, i in enumerate(items)}
        own, _dev = dev_split(items)  # the same split, of these objects
        assert [i.text for i in own] == [i.text for i in train]
        x = vecs[[index[id(i)] for i in own]]
    else:
        x = sent
    x = (x - x.mean(0)) / (x.std(0) + 1e-9)
    y = np.array([i.offensive for i in train], float)
    folds = stratified_folds(train, 5)
    base = np.asarray(oof_base)
    for l2 in (0.001, 0.01, 0.1):
        e5 = logreg_oof(x, y, folds, l2)
        alone = report_of(train, list(e5), best_threshold(train, list(e5)), "")
        logit = np.log(np.clip(base, 1e-6, 1 - 1e-6) / np.clip(1 - base, 1e-6, 1))
        stacked = np.column_stack([logit, np.log(e5 / (1 - e5))])
        st = logreg_oof(stacked, y, folds, 0.0)
        st_r = report_of(train, list(st), best_threshold(train, list(st)), "")
        avg = []
        for wt in (0.2, 0.3, 0.5):
            mix = list((1 - wt) * base + wt * e5)
            avg.append(f"{wt}: {report_of(train, mix, best_threshold(train, mix), '').f1:.4f}")
        print(f"{name} l2 {l2}: alone CV F1 {alone.f1:.4f}; stacked (LR on logits, "
              f"out-of-fold) {st_r.f1:.4f}; averaged {', '.join(avg)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("prefix", type=Path)
    ap.add_argument("--dims", type=int, nargs="*", default=[48])
    ap.add_argument("--scale", type=float, nargs="*", default=[1.0])
    ap.add_argument("--pool", default="mean")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--wordlr", action="store_true",
                    help="a second model: LR on the mean word vector, with --save-oof")
    ap.add_argument("--sentences", type=Path)
    ap.add_argument("--save-oof", type=Path)
    ap.add_argument("--set", nargs="*", default=[],
                    help="NAME=PYTHON_VALUE of rasd.comments.toxicity_features, scored "
                         "without vectors (cheap variants)")
    ap.add_argument("--fold-seed", type=int, help="another shuffle of the CV folds")
    args = ap.parse_args()
    if args.fold_seed is not None:
        seed = args.fold_seed
        tt.stratified_folds = lambda items, k: stratified_folds(items, k, seed)  # type: ignore[assignment]
    logging.basicConfig(level=logging.WARNING)
    train, dev = dev_split(read_labelled(MPOLD))
    extra = read_labelled(ALSO)
    for assignment in args.set:
        name, value = assignment.split("=", 1)
        old = getattr(tf, name)
        setattr(tf, name, ast.literal_eval(value))
        clear_all()
        run(f"{name}={value}", train, dev, extra)
        setattr(tf, name, old)
        clear_all()
    if args.sentences and args.save_oof and args.save_oof.exists():
        ceiling(args.sentences, train, json.loads(args.save_oof.read_text()))
    elif args.baseline or args.sentences:
        oof = run("baseline", train, dev, extra)
        if args.save_oof:
            args.save_oof.write_text(json.dumps(oof))
        if args.sentences:
            ceiling(args.sentences, train, oof)
    for dims in args.dims:
        vectors = reduced(args.prefix, dims)
        if args.wordlr:
            ceiling(pooled(vectors, train), train, json.loads(args.save_oof.read_text()),
                    f"mean word vectors {dims}d")
            continue
        for scale in args.scale:
            f = with_vectors(vectors, scale, args.pool)
            tt.features = tox.features = f  # type: ignore[assignment]
            run(f"vectors {dims}d x{scale} {args.pool}", train, dev, extra)
            tt.features = tox.features = ORIGINAL_FEATURES  # type: ignore[assignment]


if __name__ == "__main__":
    main()
