"""The shared scoring arithmetic of the evaluation reports."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd.evaluation.report import PRF, CountScores


@dataclass(frozen=True, slots=True)
class _Counts(CountScores):
    gold: int
    predicted: int
    correct: int


def test_count_scores_match_the_detection_tally() -> None:
    counts = _Counts(gold=10, predicted=8, correct=6)
    tally = PRF(tp=6, fp=2, fn=4)
    assert counts.precision == pytest.approx(tally.precision) == pytest.approx(0.75)
    assert counts.recall == pytest.approx(tally.recall) == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(tally.f1) == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_undefined_scores_are_zero_and_records_stay_slotted() -> None:
    empty = _Counts(gold=0, predicted=0, correct=0)
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert not hasattr(empty, "__dict__")
