"""Result records shared by every evaluator."""

from __future__ import annotations

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
