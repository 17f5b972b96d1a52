"""Offensive-class precision, recall and F1 on labelled comment files (MPOLD format).

A file is tab-separated with a header row naming at least the columns ``Comment`` and
``Majority_Label`` (``Offensive`` or ``Non-Offensive``); other columns are ignored. This is
the format of MPOLD (Chowdhury et al. 2020) and of the team's own
``tests/gold/comments/labelled.tsv``. ``rasd eval toxicity`` prints the report.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from rasd.errors import InputError
from rasd.evaluation.report import CountScores

TEXT_COLUMN: Final = "Comment"
LABEL_COLUMN: Final = "Majority_Label"
OFFENSIVE_LABEL: Final = "Offensive"
NOT_OFFENSIVE_LABEL: Final = "Non-Offensive"
#: Share of each class held out as the dev split, and the shuffle's seed.
DEV_FRACTION: Final = 0.15
SPLIT_SEED: Final = 13
#: Cross-validation folds of the training part that choose the threshold (the dev split
#: never does: its score would not be held-out), and their shuffle's seed.
CV_FOLDS: Final = 5
CV_SEED: Final = 7


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    offensive: bool


def read_labelled(path: Path) -> list[Labelled]:
    """The comments of an MPOLD-format file (a line per comment, tab-separated)."""
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read: {e}", where=str(path)) from e
    lines = [line for line in lines if line.strip() and not line.startswith("#")]
    if not lines:
        raise InputError("empty labelled file", where=str(path))
    header = [h.strip() for h in lines[0].split("\t")]
    if TEXT_COLUMN not in header or LABEL_COLUMN not in header:
        raise InputError(f"the header must name {TEXT_COLUMN!r} and {LABEL_COLUMN!r}",
                         where=str(path))
    ti, li = header.index(TEXT_COLUMN), header.index(LABEL_COLUMN)
    out: list[Labelled] = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) <= max(ti, li):
            raise InputError("too few columns", where=f"{path}:{n}")
        label = fields[li].strip()
        if label not in (OFFENSIVE_LABEL, NOT_OFFENSIVE_LABEL):
            raise InputError(f"unknown label {label!r}", where=f"{path}:{n}")
        out.append(Labelled(fields[ti].strip(), label == OFFENSIVE_LABEL))
    return out


def dev_split(items: Sequence[Labelled], fraction: float = DEV_FRACTION,
              seed: int = SPLIT_SEED) -> tuple[list[Labelled], list[Labelled]]:
    """(train, dev): a fixed-seed stratified hold-out of ``fraction`` of each class, in the
    file's order (reproducible: the same file and seed give the same split)."""
    held: set[int] = set()
    rng = random.Random(seed)
    for cls in (True, False):
        idx = [i for i, item in enumerate(items) if item.offensive is cls]
        rng.shuffle(idx)
        held.update(idx[:round(len(idx) * fraction)])
    train = [item for i, item in enumerate(items) if i not in held]
    dev = [item for i, item in enumerate(items) if i in held]
    return train, dev


def stratified_folds(items: Sequence[Labelled], k: int = CV_FOLDS,
                     seed: int = CV_SEED) -> list[list[int]]:
    """``k`` disjoint lists of indices of ``items`` covering them all, each with about the
    same share of offensive comments (dealt in turn after a fixed-seed shuffle)."""
    if k < 2:
        raise InputError(f"cross-validation needs at least 2 folds, got {k}")
    folds: list[list[int]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    for cls in (True, False):
        idx = [i for i, item in enumerate(items) if item.offensive is cls]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[j % k].append(i)
    return [sorted(f) for f in folds]


@dataclass(frozen=True, slots=True)
class ToxicityReport(CountScores):
    source: str
    gold: int
    predicted: int
    correct: int
    total: int
    threshold: float

    def table(self) -> str:
        return (f"{self.source}: {self.total} comments, {self.gold} offensive "
                f"(threshold {self.threshold:.2f})\n"
                f"class      precision  recall  f1      gold  predicted\n"
                f"Offensive  {self.precision:9.4f}  {self.recall:6.4f}  {self.f1:6.4f}  "
                f"{self.gold:4d}  {self.predicted:9d}")


def report_of(items: Sequence[Labelled], probabilities: Sequence[float], threshold: float,
              source: str) -> ToxicityReport:
    predicted = [p >= threshold for p in probabilities]
    return ToxicityReport(
        source=source,
        gold=sum(item.offensive for item in items),
        predicted=sum(predicted),
        correct=sum(item.offensive and pred for item, pred in zip(items, predicted,
                                                                   strict=True)),
        total=len(items),
        threshold=threshold,
    )


def best_threshold(items: Sequence[Labelled], probabilities: Sequence[float]) -> float:
    """The threshold (a grid of 0.01 steps) with the best Offensive F1; ties go to the
    middle of the best run, away from the edges where a small shift flips many comments."""
    grid = [round(0.05 + 0.01 * i, 2) for i in range(91)]
    scores = [report_of(items, probabilities, t, "").f1 for t in grid]
    best = max(scores)
    top = [t for t, s in zip(grid, scores, strict=True) if s == best]
    return top[len(top) // 2]


def evaluate(items: Sequence[Labelled], probability: Callable[[str], float],
             threshold: float, source: str) -> ToxicityReport:
    return report_of(items, [probability(item.text) for item in items], threshold, source)
