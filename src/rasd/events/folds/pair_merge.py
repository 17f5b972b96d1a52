"""Folding one telling of an act into another (:func:`merge_pair`): the union of what two
tellings say, each attribute from the better-founded side — the finer place, the better
date, the count both agree on (:func:`finer`). The deciding of *which* tellings are one act
is :mod:`rasd.events.merge` and the fold modules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rasd.events.folds.merge_content import not_an_actor
from rasd.model import Casualty, Event

#: A sentence's place or date is better founded than its paragraph's, and that than the
#: document's (or the publication date); lower rank wins.
_PLACE_RANK = {"sentence": 0, "paragraph": 1, "document": 2}
_DATE_RANK = {"sentence": 0, "paragraph": 1, "published": 2, "none": 3}


def merge_pair(a: Event, b: Event, *, first_dates: bool = False) -> Event:
    """``a`` with ``b``'s telling folded in; ``first_dates``: ``a``'s date stands (the
    triggers of one clause), else the better-founded date of the two."""
    place = a.place
    if b.place is not None and (place is None or _PLACE_RANK[b.place.basis]
                                < _PLACE_RANK[place.basis]):
        place = b.place
    date, basis, precision = a.date, a.date_basis, a.date_precision
    if not first_dates and _DATE_RANK[b.date_basis] < _DATE_RANK[basis]:
        # the precision goes with its date: a month (في يناير الماضي) is no day
        date, basis, precision = b.date, b.date_basis, b.date_precision
    return replace(
        a.with_evidence(b.evidence), mode=a.mode or b.mode,
        actor=b.actor if not_an_actor(a.actor) and b.actor is not None else a.actor or b.actor,
        recipient=a.recipient or b.recipient, place=place,
        country=(place.country if place is not None else None) or a.country or b.country,
        date=date, date_basis=basis, date_precision=precision,
        killed=finer(a.killed, b.killed), injured=finer(a.injured, b.injured),
        arrested=finer(a.arrested, b.arrested),
        attribution=a.attribution or b.attribution, denied=a.denied or b.denied,
        confidence=max(a.confidence, b.confidence))


def finer(a: Casualty | None, b: Casualty | None) -> Casualty | None:
    """The count two tellings of one act agree on: the first, unless it is a vague bracket
    (عشرات، مئات: approximate, with both bounds) and the other names a figure inside it (a
    headline's عشرات القتلى, the body's أكثر من 40: at least 41)."""
    if a is None or b is None:
        return a or b
    vague = a.approx and a.min is not None and a.max is not None and a.max > a.min
    inside = b.min is not None and a.min is not None and a.max is not None \
        and a.min <= b.min <= a.max and (b.max is None or b.max - b.min < a.max - a.min)
    # the same figure left open by another source's claim (مقتل أربعة جنود … وزعمت الجماعة
    # أنها قتلت أكثر من 15: at least four): the cautious reading of both tellings
    opened = a.min is not None and a.max == a.min and b.min == a.min and b.max is None \
        and b.approx
    return b if (vague and inside) or opened else a


def fold_evidence(out: list[Event], host: Event, e: Event) -> None:
    """In place: ``e`` is another telling of ``host`` — its evidence joins the host's and
    ``e`` leaves ``out`` (no attribute of ``e`` is taken; :func:`merge_pair` takes them)."""
    out[out.index(host)] = host.with_evidence(e.evidence)
    out.remove(e)


def last_index(events: list[Event], relates: Callable[[Event, Event], bool],
               e: Event) -> int | None:
    """The index of the nearest event kept before ``e`` (the last of ``events``) for which
    ``relates(kept, e)`` holds, or None."""
    return next((k for k in range(len(events) - 1, -1, -1) if relates(events[k], e)), None)


def last_of_type(events: list[Event], kind: str) -> int | None:
    """The index of the last event of ``events`` of type ``kind``, or None."""
    return next((k for k in range(len(events) - 1, -1, -1) if events[k].type == kind), None)


def fold_into_kept(events: list[Event],
                   host_of: Callable[[list[Event], Event], int | None]) -> list[Event]:
    """``events`` with each event for which ``host_of(kept, event)`` names an index of the
    events kept before it folded into that one (its evidence joined); the others are kept."""
    out: list[Event] = []
    for e in events:
        k = host_of(out, e)
        if k is None:
            out.append(e)
        else:
            out[k] = out[k].with_evidence(e.evidence)
    return out


def fold_guests(events: list[Event], guest: Callable[[Event], bool],
                host: Callable[[Event, Event], bool]) -> list[Event]:
    """``events`` with each ``guest`` still in the list folded (:func:`fold_evidence`) into
    the first event, in list order, for which ``host(guest, event)`` holds."""
    out = list(events)
    for e in events:
        if e not in out or not guest(e):
            continue
        h = next((o for o in out if host(e, o)), None)
        if h is not None:
            fold_evidence(out, h, e)
    return out
