"""Gold evaluation of :mod:`rasd.text.dates` on ``tests/gold/lang/dates.jsonl``.

One JSON object per line::

    {"id": "date-001", "text": "...", "published": "2023-05-14" | null,
     "split": "dev" | "test",
     "expect": [{"text": "...", "value": "2023-05-12" | "2023-05-12T18:28" | null,
                 "granularity": "day"}]}

``expect`` lists *every* time expression of the sentence, in text order, so a false
positive fails the case as surely as a miss. A case passes when rasd returns exactly as many
expressions and, pairwise in order, each has the expected granularity, the expected value
(ISO date, or ``YYYY-MM-DDTHH:MM`` for a datetime, or ``null``) and a span whose text equals
or contains the expected text. Containment, not equality, because where an expression
starts is partly convention: rasd keeps a weekday joined to its date (``الأحد 5 ديسمبر
2021``) and a clock time joined to its day in one span, and gold names the core.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final, Literal

from rasd.errors import RecordError
from rasd.evaluation.report import CaseFailure, CategoryResult
from rasd.model import TimeRef
from rasd.text.dates import extract_times

Split = Literal["dev", "test"]
Extractor = Callable[[str, date | None], Sequence[TimeRef]]

#: Failed cases kept in a result for inspection; the counts cover all of them.
MAX_FAILURES_KEPT: Final = 100


@dataclass(frozen=True, slots=True)
class ExpectedTime:
    text: str
    value: str | None
    granularity: str


@dataclass(frozen=True, slots=True)
class DateCase:
    id: str
    text: str
    published: date | None
    split: Split
    expect: tuple[ExpectedTime, ...]


def load_date_cases(path: Path) -> list[DateCase]:
    """Read a gold file; blank lines and ``#`` comments are skipped."""
    cases: list[DateCase] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cases.append(_case(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise RecordError(f"bad date case: {e}", where=f"{path}:{number}") from e
    return cases


def _case(raw: dict[str, object]) -> DateCase:
    published = raw["published"]
    split = raw["split"]
    expect = raw["expect"]
    if split not in ("dev", "test") or not isinstance(expect, list):
        raise ValueError(f"split {split!r} / expect {type(expect).__name__}")
    text = raw["text"]
    items = tuple(
        ExpectedTime(str(e["text"]), None if e["value"] is None else str(e["value"]),
                     str(e["granularity"]))
        for e in expect
    )
    for item in items:
        if item.text not in str(text):
            raise ValueError(f"expected text {item.text!r} is not in the sentence")
    return DateCase(
        id=str(raw["id"]),
        text=str(text),
        published=None if published is None else date.fromisoformat(str(published)),
        split=split,
        expect=items,
    )


def iso(value: date | None) -> str | None:
    """The gold form of a value: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def matches(expected: ExpectedTime, got: TimeRef) -> bool:
    """The pass rule for one expression (see the module docstring)."""
    return (
        got.granularity == expected.granularity
        and iso(got.value) == expected.value
        and expected.text in got.span.text
    )


def case_passes(case: DateCase, got: Sequence[TimeRef]) -> bool:
    return len(got) == len(case.expect) and all(
        matches(e, g) for e, g in zip(case.expect, got, strict=True)
    )


def describe_expected(items: Iterable[ExpectedTime]) -> str:
    return "; ".join(f"{e.text!r} {e.value} {e.granularity}" for e in items) or "(none)"


def describe_got(refs: Iterable[TimeRef]) -> str:
    return "; ".join(f"{r.span.text!r} {iso(r.value)} {r.granularity}" for r in refs) or "(none)"


def evaluate_dates(
    cases: Iterable[DateCase],
    extractor: Extractor = extract_times,
    category: str = "dates",
) -> CategoryResult:
    """Run ``extractor`` on every case; failures show expected against got."""
    total = passed = 0
    failures: list[CaseFailure] = []
    for case in cases:
        total += 1
        got = extractor(case.text, case.published)
        if case_passes(case, got):
            passed += 1
        elif len(failures) < MAX_FAILURES_KEPT:
            failures.append(CaseFailure(case.id, case.text, describe_expected(case.expect),
                                        describe_got(got)))
    return CategoryResult(category, total, passed, tuple(failures))


def evaluate_by_split(
    cases: Sequence[DateCase], extractor: Extractor = extract_times
) -> dict[str, CategoryResult]:
    """``dev``, ``test`` and ``all`` results."""
    out = {
        split: evaluate_dates([c for c in cases if c.split == split], extractor,
                              f"dates/{split}")
        for split in ("dev", "test")
    }
    out["all"] = evaluate_dates(cases, extractor, "dates")
    return out
