"""Scoring the comment stance reader against labelled comment/target pairs
(``tests/gold/comments/stance.jsonl``: ``id``, ``split``, ``text``, ``target``,
``polarity``): accuracy and per-class precision, recall and F1.

A target the reader does not find in the comment counts as the prediction ``missing``:
wrong for every gold class, so finding the actor is part of the score.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.comments.mentions import MentionFinder
from rasd.comments.stance import comment_stance
from rasd.errors import RecordError

CLASSES = ("against", "for", "neutral")


@dataclass(frozen=True, slots=True)
class StanceCase:
    id: str
    split: str
    text: str
    target: str
    polarity: str


@dataclass(slots=True)
class StanceScore:
    """Counts of one run; ``errors`` lists ``(case, predicted)`` for wrong cases."""

    n: int = 0
    correct: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[StanceCase, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def prf(self, label: str) -> tuple[float, float, float]:
        tp = sum(1 for g, p in self.pairs if g == p == label)
        pred = sum(1 for _, p in self.pairs if p == label)
        gold = sum(1 for g, _ in self.pairs if g == label)
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def report(self) -> str:
        lines = [f"cases {self.n}  accuracy {self.accuracy:.3f}"]
        for label in CLASSES:
            p, r, f = self.prf(label)
            lines.append(f"  {label:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        macro = sum(self.prf(label)[2] for label in CLASSES) / len(CLASSES)
        lines.append(f"  macro-F1 {macro:.3f}")
        return "\n".join(lines)


def read_cases(path: Path) -> list[StanceCase]:
    out: list[StanceCase] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            case = StanceCase(row["id"], row["split"], row["text"], row["target"],
                              row["polarity"])
        except (ValueError, KeyError) as err:
            raise RecordError(f"bad stance case: {err}", where=f"{path}:{n}") from err
        if case.polarity not in CLASSES:
            raise RecordError(f"unknown polarity {case.polarity!r}", where=f"{path}:{n}")
        out.append(case)
    return out


def predict(case: StanceCase, finder: MentionFinder | None = None) -> str:
    """The polarity rasd reads toward the case's target, or ``missing``."""
    finder = finder or MentionFinder.load()
    stances = comment_stance(case.text, finder.find(case.text))
    return next((s.polarity for s in stances if s.target == case.target), "missing")


def score(cases: Iterable[StanceCase], split: str | None = None) -> StanceScore:
    """Score the cases of ``split`` (all when None)."""
    result = StanceScore()
    for case in cases:
        if split is not None and case.split != split:
            continue
        predicted = predict(case)
        result.n += 1
        result.pairs.append((case.polarity, predicted))
        if predicted == case.polarity:
            result.correct += 1
        else:
            result.errors.append((case, predicted))
    return result
