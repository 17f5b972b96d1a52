"""Result records shared by every evaluator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CaseFailure:
    """One gold case rasd got wrong, with enough context to see why."""

    case_id: str
    text: str
    expected: str
    got: str


@dataclass(frozen=True, slots=True)
class CategoryResult:
    """Pass/fail counts for one category of gold cases (e.g. ``numbers``)."""

    category: str
    total: int
    passed: int
    failures: tuple[CaseFailure, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.passed / self.total if self.total else 0.0


@dataclass(slots=True)
class PRF:
    """Detection counts with precision, recall and F1 (0 when undefined). Mutable so an
    evaluator can count into it (``prf.tp += 1``); ``+`` adds two tallies."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


class CountScores:
    """Precision, recall and F1 for a record that counts ``gold``, ``predicted`` and
    ``correct`` items (an entity type, the Offensive class); 0 when undefined."""

    __slots__ = ()
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf_cells(prf: PRF, *, bold: bool = False) -> str:
    """The ``gold | found | P | R | F1 |`` cells of a markdown detection row."""
    f1 = f"**{prf.f1:.1%}**" if bold else f"{prf.f1:.1%}"
    return (f"{prf.tp + prf.fn} | {prf.tp + prf.fp} | {prf.precision:.1%} | "
            f"{prf.recall:.1%} | {f1} |")


def failure_lines(failures: Sequence[CaseFailure], limit: int, sep: str) -> list[str]:
    """A blank line, a count, then up to ``limit`` failures as ``- id: text{sep}expected
    …, got …`` (``sep`` puts the verdict on the same line or the next)."""
    lines = ["", f"failures ({len(failures)}):" if failures else "failures: none"]
    lines += [f"- {f.case_id}: {f.text}{sep}expected {f.expected}, got {f.got}"
              for f in failures[:limit]]
    if len(failures) > limit:
        lines.append(f"- … {len(failures) - limit} more")
    return lines

