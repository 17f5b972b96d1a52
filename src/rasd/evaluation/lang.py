"""``rasd eval lang``: the Arabic text layer against the team's gold cases.

Gold files (``tests/gold/lang``): ``numbers.jsonl``, ``casualties.jsonl``, ``dates.jsonl``;
each case is ``dev`` (rules were tuned on it) or ``test`` (never tuned on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rasd.evaluation.lang_dates import evaluate_dates, load_date_cases
from rasd.evaluation.lang_quantities import evaluate_casualties, evaluate_numbers, load_cases
from rasd.evaluation.report import CategoryResult

SplitChoice = Literal["dev", "test", "all"]
CATEGORIES = ("numbers", "casualties", "dates")


@dataclass(frozen=True, slots=True)
class LangReport:
    """Per-category results on one split, and the overall figure."""

    split: SplitChoice
    categories: tuple[CategoryResult, ...]

    @property
    def total(self) -> int:
        return sum(c.total for c in self.categories)

    @property
    def passed(self) -> int:
        return sum(c.passed for c in self.categories)

    @property
    def accuracy(self) -> float:
        return self.passed / self.total if self.total else 0.0


def evaluate_lang(gold_dir: Path, split: SplitChoice = "all") -> LangReport:
    """Run every category whose gold file is in ``gold_dir``."""
    results: list[CategoryResult] = []
    numbers = gold_dir / "numbers.jsonl"
    casualties = gold_dir / "casualties.jsonl"
    dates = gold_dir / "dates.jsonl"
    want = None if split == "all" else split
    if numbers.exists():
        results.append(evaluate_numbers(load_cases(numbers), want))
    if casualties.exists():
        results.append(evaluate_casualties(load_cases(casualties), want))
    if dates.exists():
        cases = [c for c in load_date_cases(dates) if want is None or c.split == want]
        results.append(evaluate_dates(cases))
    return LangReport(split, tuple(results))


def format_lang_report(reports: Sequence[LangReport]) -> str:
    """A table of accuracy per category and split, then every failure of the last report."""
    lines = ["| category | split | cases | passed | accuracy |", "|---|---|---:|---:|---:|"]
    for report in reports:
        for c in report.categories:
            name = c.category.split("/")[0]  # evaluators may suffix the split
            lines.append(f"| {name} | {report.split} | {c.total} | {c.passed} | "
                         f"{c.accuracy:.1%} |")
        lines.append(f"| **all** | {report.split} | {report.total} | {report.passed} | "
                     f"**{report.accuracy:.1%}** |")
    failures = [f for c in reports[-1].categories for f in c.failures] if reports else []
    lines.append("")
    lines.append(f"failures ({len(failures)}):" if failures else "failures: none")
    for f in failures:
        lines.append(f"- {f.case_id}: {f.text}")
        lines.append(f"    expected: {f.expected}")
        lines.append(f"    got:      {f.got}")
    return "\n".join(lines)
