"""Incidents: the events of different articles that report one real-world event, merged.

Counting reports instead of events is GDELT's best-known failure: five outlets retelling one
air strike are one strike. :func:`rebuild_incidents` reads every stored factual event (not
negated, denied, future or hypothetical) from the database, one PLOVER type at a time in
grouping order, groups them by the rules of :mod:`rasd.store.incident_rules` (same type,
compatible modes, close in time, compatible places and actors with every member) and writes
each incident's row — its reports, stories, sources, the best-supported casualty figures —
as soon as it is closed. The rules and the figures are documented in docs/store.md
(Incidents); reports from one near-duplicate cluster (:mod:`rasd.store.dedup`) count once,
"by story".
"""

from __future__ import annotations

import hashlib
import json
import logging
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import Any

from rasd.store.backend import Backend
from rasd.store.db import Store
from rasd.store.incident_rules import (
    HIJRI_MONTH_DAYS,
    Incident,
    Party,
    Place,
    Report,
    group_ordered,
)
from rasd.store.schema import INCIDENT_EVENTS, INCIDENTS

log = logging.getLogger(__name__)


#: Incidents inserted per statement batch while rebuilding.
WRITE_CHUNK = 1000

_COLUMNS = (
    "e.doc_id, e.ordinal, e.type, e.mode, e.place, e.place_name_en, e.place_country, "
    "e.place_kb_id, e.geonames_id, e.lat, e.lon, e.place_precision, e.country, "
    "e.event_date, e.date_precision, d.published, d.source, "
    "e.actor, e.actor_kb_id, e.actor_country, e.actor_sector, "
    "e.recipient, e.recipient_kb_id, e.recipient_country, e.recipient_sector, "
    "e.killed_min, e.killed_max, e.injured_min, e.injured_max, "
    "e.arrested_min, e.arrested_max, c.cluster_id")
#: Every factual event of one type with its page's near-duplicate cluster (its story).
_OF_TYPE = (f"SELECT {_COLUMNS} FROM events e JOIN documents d ON d.id = e.doc_id "
            "LEFT JOIN page_clusters c ON c.doc_id = e.doc_id WHERE ")
_FACTUAL = "NOT e.negated AND NOT e.denied AND NOT e.future AND NOT e.hypothetical"








def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value is not None else None


def _report(row: tuple[Any, ...]) -> Report:
    (doc_id, ordinal, type_, mode, place, name_en, place_country, kb_id, gid, lat, lon,
     precision, country, event_date, date_precision, published, source,
     a, a_kb, a_c, a_s, r, r_kb, r_c, r_s, k0, k1, i0, i1, ar0, ar1, cluster) = row
    when = _day(event_date) or _day(published)
    lo = hi = when
    day = when is not None and date_precision != "month"
    if when is not None and not day:
        # A Gregorian month is dated by its 1st; a Hijri month (رمضان) by the Gregorian
        # day it begins on, and lasts 29 or 30 days.
        hi = (when.replace(day=monthrange(when.year, when.month)[1]) if when.day == 1
              else when + timedelta(days=HIJRI_MONTH_DAYS - 1))
    return Report(
        doc_id, int(ordinal), type_, mode,
        Place(place, name_en, place_country or None, kb_id,
              int(gid) if gid is not None else None, lat, lon, precision),
        country or place_country, lo, hi, day, source, cluster or doc_id,
        Party(a, a_kb, a_c, a_s), Party(r, r_kb, r_c, r_s), (k0, k1), (i0, i1), (ar0, ar1))
























def story_figure(values: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """One story's (count, highest bound): the largest lower bound its copies report (a
    re-post that updates the toll is the same story, better informed)."""
    lows = [lo for lo, _ in values if lo is not None]
    highs = [hi if hi is not None else lo for lo, hi in values if (hi or lo) is not None]
    return (max(lows) if lows else None, max(h for h in highs if h is not None)
            if highs else None)


def best_figure(per_story: list[int]) -> int | None:
    """The best-supported count (docs/store.md): the figure the most stories report, the
    lower one on a tie; when every story gives a different figure, their lower median."""
    if not per_story:
        return None
    counts = Counter(per_story)
    top = max(counts.values())
    if top > 1:
        return min(v for v, n in counts.items() if n == top)
    ordered = sorted(per_story)
    return ordered[(len(ordered) - 1) // 2]


def _figures(inc: Incident, pick: Callable[[Report], tuple[int | None, int | None]]
             ) -> tuple[int | None, int | None, int | None]:
    by_story: dict[str, list[tuple[int | None, int | None]]] = {}
    for m in inc.members:
        if pick(m) != (None, None):
            by_story.setdefault(m.story, []).append(pick(m))
    figures = [story_figure(v) for v in by_story.values()]
    lows = [lo for lo, _ in figures if lo is not None]
    highs = [hi for _, hi in figures if hi is not None]
    return best_figure(lows), (min(lows) if lows else None), (max(highs) if highs else None)


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _place(inc: Incident) -> Place | None:
    """The most specific place the reports agree on: the highest precision, then the one
    the most stories name."""
    places = [m for m in inc.members if m.place.known]
    if not places:
        return None
    rank = max(m.place.rank for m in places)
    votes: Counter[Place] = Counter()
    for p, _ in {(m.place, m.story) for m in places if m.place.rank == rank}:
        votes[p] += 1
    # Ties end on the name as written: without it the choice between two spellings of one
    # place (لحج / ﺍﻟﺤﻮﻃﺔ) followed the set's iteration order, i.e. the process's hash seed.
    return min(votes, key=lambda p: (-votes[p], p.geonames_id or 0, p.name_en or "",
                                     p.text or "", p.kb_id or ""))


def _party(inc: Incident, role: str) -> Party | None:
    parties: list[Party] = [getattr(m, role) for m in inc.members]
    named = [p for p in parties if p.text]
    if not named:
        return None
    # The party most reports name, the first named on a tie (Counter keeps first-seen order).
    return Counter(named).most_common(1)[0][0]


_PICKS: tuple[tuple[str, Callable[[Report], tuple[int | None, int | None]]], ...] = (
    ("killed", lambda m: m.killed), ("injured", lambda m: m.injured),
    ("arrested", lambda m: m.arrested))


def incident_row(inc: Incident) -> dict[str, Any]:
    first = inc.members[0]
    place = _place(inc)
    actor, recipient = _party(inc, "actor"), _party(inc, "recipient")
    sources = sorted({m.source for m in inc.members if m.source})
    row: dict[str, Any] = {
        "id": "inc-" + hashlib.sha256(f"{first.doc_id}#{first.ordinal}".encode())
        .hexdigest()[:16],
        "type": first.type, "mode": _most_common(m.mode for m in inc.members),
        "country": _most_common(m.country for m in inc.members),
        "place": place.text if place else None, "place_name_en": place.name_en if place else None,
        "place_kb_id": place.kb_id if place else None,
        "geonames_id": place.geonames_id if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "place_precision": place.precision if place else None,
        "date_start": inc.lo.isoformat() if inc.lo else None,
        "date_end": inc.hi.isoformat() if inc.hi else None,
        "n_reports": len(inc.members), "n_stories": len({m.story for m in inc.members}),
        "n_articles": len({m.doc_id for m in inc.members}),
        "n_sources": len(sources), "sources": json.dumps(sources, ensure_ascii=False),
    }
    for role, party in (("actor", actor), ("recipient", recipient)):
        row[role] = party.text if party else None
        row[f"{role}_kb_id"] = party.kb_id if party else None
        row[f"{role}_country"] = party.country if party else None
        row[f"{role}_sector"] = party.sector if party else None
    for kind, pick in _PICKS:
        best, low, high = _figures(inc, pick)
        row[kind], row[f"{kind}_low"], row[f"{kind}_high"] = best, low, high
    return row


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    incidents: int
    events: int
    #: Incidents reported by more than one story.
    merged: int


def _write_incidents(db: Backend, incidents: list[Incident]) -> int:
    """Insert incidents and their member events; returns how many several stories report."""
    cols = INCIDENTS.column_names
    rows = [incident_row(i) for i in incidents]
    db.executemany(f"INSERT INTO incidents ({', '.join(cols)}) VALUES "
                   f"({', '.join('?' for _ in cols)})",
                   [tuple(r[c] for c in cols) for r in rows])
    db.executemany(
        f"INSERT INTO incident_events ({', '.join(INCIDENT_EVENTS.column_names)}) "
        "VALUES (?, ?, ?, ?, ?)",
        [(row["id"], m.doc_id, m.ordinal, m.story, m.source)
         for row, inc in zip(rows, incidents, strict=True) for m in inc.members])
    return sum(r["n_stories"] > 1 for r in rows)


def rebuild_incidents(store: Store) -> IncidentSummary:
    """Recompute every incident from the stored events, in one transaction (readers see
    the old incidents or the new ones, never a mix). Linear in events after the sort.

    An incident never mixes event types (:func:`group`), so the events are read one type
    at a time, sorted by the database in :func:`group`'s order and streamed through
    :func:`group_ordered`, and incidents are written as they close, a chunk at a time: the
    same rows as grouping everything at once, in memory that does not grow with the store
    (a few days of open incidents and one chunk)."""
    db = store.db
    types = sorted(str(r[0]) for r in db.query(
        f"SELECT DISTINCT e.type FROM events e WHERE {_FACTUAL}"))
    # The order of _order(): the report's day (its event date, else the page's), undated
    # last, then document and ordinal; "C" collation on PostgreSQL is Python's code-point
    # order (SQLite compares text that way already).
    collate = ' COLLATE "C"' if db.dialect == "postgresql" else ""
    day = "substr(CAST(COALESCE(e.event_date, d.published) AS TEXT), 1, 10)"
    ordered = (f"{_OF_TYPE}{_FACTUAL} AND e.type = ? "
               f"ORDER BY {day} IS NULL, {day}{collate}, e.doc_id{collate}, e.ordinal")
    n_incidents = n_events = merged = 0
    with db.transaction():
        db.execute("DELETE FROM incident_events")
        db.execute("DELETE FROM incidents")
        for type_ in types:
            incidents = group_ordered(map(_report, db.stream(ordered, (type_,))))
            while chunk := list(islice(incidents, WRITE_CHUNK)):
                merged += _write_incidents(db, chunk)
                n_incidents += len(chunk)
        n_events = int(db.scalar(f"SELECT COUNT(*) FROM events e WHERE {_FACTUAL}"))
    summary = IncidentSummary(n_incidents, n_events, merged)
    log.info("%d incidents from %d events (%d reported by several stories)",
             summary.incidents, summary.events, summary.merged)
    return summary
