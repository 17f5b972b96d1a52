"""Dating an act by an occasion told before it: the mechanism four readers share.

An act whose own words state no day (dated only by publication) but whose sentence ties it to
an occasion the story told earlier — ``خلال التظاهرة`` (:mod:`rasd.events.dates.during_retold`),
``قبل انطلاق التجمع``، ``خلال الجلسة`` (:mod:`rasd.events.dates.occasion_dates`), ``بالتزامن مع جلسة
النطق بالحكم`` (:mod:`rasd.events.dates.simultaneous`), ``فور إعلان القرار``
(:mod:`rasd.events.dates.right_after`) — takes the day of the latest earlier act of the occasion's
kind that the text dates itself. The readers differ only in the words that tie the act to the
occasion and in which earlier acts may be that occasion.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import DateBasis, Event

#: Date bases of a day the text states for the anchor (not the publication fallback).
TOLD: Final = frozenset({"sentence", "paragraph"})


def undated_fact(e: Event) -> bool:
    """Whether ``e`` is reported as fact and dated by nothing of its own."""
    return not (e.negated or e.future or e.hypothetical) \
        and e.date_basis in ("published", "none")


def told_anchor(events: Sequence[Event], before: int,
                fits: Callable[[Event], bool]) -> Event | None:
    """The latest act that ``fits``, told before offset ``before`` with a day of its own."""
    earlier = [a for a in events if a.trigger.start < before and fits(a)
               and a.date is not None and a.date_basis in TOLD and not a.future]
    return max(earlier, key=lambda a: a.trigger.start) if earlier else None


def of_type(type_: str | None) -> Callable[[Event], bool]:
    """The test that an act is of ``type_`` (None: of no type, so nothing fits)."""
    return lambda a: a.type == type_


def dated_like(e: Event, anchor: Event, basis: DateBasis | None = None) -> Event:
    """``e`` with ``anchor``'s day, its basis ``basis`` (default: the anchor's own)."""
    return replace(e, date=anchor.date, date_basis=basis or anchor.date_basis,
                   date_precision=anchor.date_precision)


def date_by_occasions(events: list[Event], text: str,
                      occasions: Sequence[tuple[re.Pattern[str], Callable[[Event], bool]]]
                      ) -> list[Event]:
    """``events`` with each undated fact whose sentence matches an occasion's pattern dated,
    basis ``sentence``, like the latest earlier act that fits that occasion (the first
    occasion with such an act)."""
    out = list(events)
    for k, e in enumerate(events):
        if not undated_fact(e):
            continue
        start, end = sentence_bounds(text, e.trigger.start, e.trigger.start)
        sentence = text[start:end]
        for pattern, fits in occasions:
            anchor = told_anchor(events, start, fits) if pattern.search(sentence) else None
            if anchor is not None:
                out[k] = dated_like(e, anchor, "sentence")
                break
    return out


__all__ = ["TOLD", "date_by_occasions", "dated_like", "of_type", "told_anchor", "undated_fact"]
