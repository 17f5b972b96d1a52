"""Evaluate number and casualty extraction against the gold files in ``tests/gold/lang/``.

Gold files are JSON Lines, one case per line::

    {"id": "num-001", "split": "dev", "text": "...",
     "expect": [{"text": "نحو 120 ألف", "min": 120000, "max": 120000, "approx": true,
                 "ordinal": false, "vague": false, "context": "count"}]}
    {"id": "cas-001", "split": "test", "text": "...",
     "expect": [{"kind": "killed", "min": 18, "max": 18, "approx": false,
                 "who": "security forces"}]}

``vague`` (default false) and ``context`` (default ``"count"``) may be left out. ``expect``
lists *everything* the extractor should find, so a false positive fails the case too.
A numbers case passes when the extracted quantities equal the expected ones as a multiset
of (span text, min, max, approx, ordinal, vague, context); a casualties case when the
multisets of (kind, min, max, approx, who) are equal (span text is not compared). ``split``
is ``dev`` (used while writing rules) or ``test`` (held out).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rasd.errors import RecordError
from rasd.evaluation.report import CaseFailure, CategoryResult
from rasd.model import Casualty, CasualtyKind
from rasd.text.casualties import extract_casualties
from rasd.text.numbers import Number, Quantity, QuantityContext, extract_numbers

Split = Literal["dev", "test"]


@dataclass(frozen=True, slots=True)
class ExpectedNumber:
    text: str
    min: Number | None
    max: Number | None
    approx: bool
    ordinal: bool
    #: ``None`` when the gold does not annotate it (then it is not compared).
    vague: bool | None = None
    context: QuantityContext | None = None


@dataclass(frozen=True, slots=True)
class ExpectedCasualty:
    kind: CasualtyKind
    min: int | None
    max: int | None
    approx: bool
    who: str | None


@dataclass(frozen=True, slots=True)
class GoldCase:
    """One gold sentence and everything that should be found in it."""

    id: str
    text: str
    split: Split
    expect: tuple[ExpectedNumber | ExpectedCasualty, ...]


def load_cases(path: Path) -> list[GoldCase]:
    """Read a gold JSONL file; a malformed line raises :class:`RecordError` naming it."""
    cases: list[GoldCase] = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                cases.append(_case(json.loads(line)))
            except (ValueError, KeyError, TypeError) as e:
                raise RecordError(f"bad gold case: {e}", where=where) from e
    return cases


def _case(obj: dict[str, object]) -> GoldCase:
    split = obj.get("split", "dev")
    if split not in ("dev", "test"):
        raise ValueError(f"split must be dev or test, not {split!r}")
    items = obj["expect"]
    if not isinstance(items, list):
        raise TypeError("expect must be a list")
    return GoldCase(str(obj["id"]), str(obj["text"]), split,
                    tuple(_expected(item) for item in items))


def _expected(item: dict[str, object]) -> ExpectedNumber | ExpectedCasualty:
    if "kind" in item:
        return ExpectedCasualty(item["kind"], item["min"], item["max"],  # type: ignore[arg-type]
                                bool(item["approx"]), item.get("who"))  # type: ignore[arg-type]
    return ExpectedNumber(
        str(item["text"]), item["min"], item["max"],  # type: ignore[arg-type]
        bool(item["approx"]), bool(item["ordinal"]),
        bool(item["vague"]) if "vague" in item else None,
        item.get("context"),  # type: ignore[arg-type]
    )


def evaluate_numbers(cases: Iterable[GoldCase], split: Split | None = None) -> CategoryResult:
    """Score :func:`rasd.text.numbers.extract_numbers` on the number cases."""
    return _evaluate("numbers", cases, split, _number_keys_expected, _number_keys_got)


def evaluate_casualties(cases: Iterable[GoldCase], split: Split | None = None) -> CategoryResult:
    """Score :func:`rasd.text.casualties.extract_casualties` on the casualty cases."""
    return _evaluate("casualties", cases, split, _casualty_keys_expected, _casualty_keys_got)


Key = tuple[object, ...]
KeyFunction = Callable[[GoldCase], list[Key]]


def _number_keys_expected(case: GoldCase) -> list[Key]:
    return [_number_key(e.text, e.min, e.max, e.approx, e.ordinal, e.vague, e.context)
            for e in case.expect if isinstance(e, ExpectedNumber)]


def _number_keys_got(case: GoldCase) -> list[Key]:
    found: Sequence[Quantity] = extract_numbers(case.text)
    expected = {e.text: e for e in case.expect if isinstance(e, ExpectedNumber)}
    keys: list[Key] = []
    for q in found:
        e = expected.get(q.span.text)
        # compare vague and context only where the gold annotates them
        vague = q.vague if e is None or e.vague is not None else None
        context = q.context if e is None or e.context is not None else None
        keys.append(_number_key(q.span.text, q.min, q.max, q.approx, q.ordinal, vague, context))
    return keys


def _number_key(text: str, low: object, high: object, approx: bool, ordinal: bool,
                vague: bool | None, context: str | None) -> Key:
    key: Key = (text, low, high, approx, ordinal)
    if vague is not None:
        key += (("vague", vague),)
    if context is not None:
        key += (("context", context),)
    return key


def _casualty_keys_expected(case: GoldCase) -> list[Key]:
    return [(e.kind, e.min, e.max, e.approx, e.who)
            for e in case.expect if isinstance(e, ExpectedCasualty)]


def _casualty_keys_got(case: GoldCase) -> list[Key]:
    found: Sequence[Casualty] = extract_casualties(case.text)
    return [(c.kind, c.min, c.max, c.approx, c.who) for c in found]


def _evaluate(
    category: str,
    cases: Iterable[GoldCase],
    split: Split | None,
    want_of: KeyFunction,
    got_of: KeyFunction,
) -> CategoryResult:
    total = passed = 0
    failures: list[CaseFailure] = []
    for case in cases:
        if split is not None and case.split != split:
            continue
        total += 1
        want, got = want_of(case), got_of(case)
        if Counter(want) == Counter(got):
            passed += 1
        else:
            failures.append(CaseFailure(case.id, case.text, _show(want), _show(got)))
    name = category if split is None else f"{category}/{split}"
    return CategoryResult(name, total, passed, tuple(failures))


def _show(keys: list[Key]) -> str:
    return "; ".join(repr(k) for k in keys) or "(nothing)"
