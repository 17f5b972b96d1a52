"""Shared helpers of the rule tests: run the whole pipeline on one sentence with the
learned candidate filter off (the tests pin what the rules propose)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import pytest

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import filter_disabled
from rasd.model import Casualty, Event
from rasd.text.casualties import extract_casualties

PUB = date(2026, 4, 15)


def events(text: str, published: date = PUB) -> list[Event]:
    """Every event rasd extracts from ``text``, the filter off."""
    with filter_disabled():
        return list(analyze(text, published=published).events)


def facts(text: str, published: date = PUB) -> list[Event]:
    """The events reported as fact (not negated, future, hypothetical or denied)."""
    return [e for e in events(text, published)
            if not (e.negated or e.future or e.hypothetical or e.denied)]


def events_of_type(text: str, type_: str, published: date = PUB) -> list[Event]:
    """The events of one type in ``text`` (:func:`events`: reported as fact or not)."""
    return [e for e in events(text, published) if e.type == type_]


def facts_of_type(text: str, type_: str, published: date = PUB) -> list[Event]:
    """The events of one type in ``text`` reported as fact (:func:`facts`)."""
    return [e for e in facts(text, published) if e.type == type_]


def types(text: str, published: date = PUB) -> set[str]:
    """The types of :func:`facts`."""
    return {e.type for e in facts(text, published)}


def bounds(c: Casualty | None) -> tuple[int | None, int | None] | None:
    """A toll's (min, max), or None."""
    return None if c is None else (c.min, c.max)


def counts(text: str) -> list[tuple[str, int | None, int | None]]:
    """The casualty layer's (kind, min, max) of ``text``, in order."""
    return [(c.kind, c.min, c.max) for c in extract_casualties(text)]


def assert_reports(text: str, type_: str, mode: str | None, published: date = PUB) -> None:
    """``text`` reports an act of ``type_`` as fact, in ``mode`` when one is given."""
    found = facts_of_type(text, type_, published)
    assert found, text
    if mode is not None:
        assert any(e.mode == mode for e in found), [e.mode for e in found]


def assert_no_fact(text: str, type_: str, published: date = PUB) -> None:
    """``text`` reports no act of ``type_`` as fact (a competing sense of the words)."""
    assert not facts_of_type(text, type_, published), text


def known_failures(cases: Iterable[tuple[Any, ...]], known: Mapping[str, str]) -> list[Any]:
    """Parametrize ``cases`` (each led by its probe text), those ``known`` lists as strict
    xfails with its reason: a probe the rules still get wrong stays visible, and a later fix
    fails the run until the entry is removed."""
    return [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=known[case[0]]))
            if case[0] in known else case for case in cases]


def held_out_cases(found: Iterable[tuple[str, str]],
                   not_found: Iterable[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """``(text, type, expected)``: the held-out probes to find, then those not to."""
    return [(t, ty, True) for t, ty in found] + [(t, ty, False) for t, ty in not_found]
