"""Incidents: the events of different articles that report one real-world event, merged.

Counting reports instead of events is GDELT's best-known failure: five outlets retelling one
air strike are one strike. :func:`rebuild_incidents` groups every stored factual event
(not negated, denied, future or hypothetical) with the events of other articles that are

* of the **same PLOVER type**, with **compatible modes** (equal, or one unknown);
* **close in time**: all day-dated members within :data:`DAY_SPAN` days of each other; a
  month-dated event joins when its month overlaps the incident's days (±:data:`DAY_SPAN`);
* at a **compatible place** (:func:`places_agree`) with *every* member: the same GeoNames
  place, or one is only a country (or has no place) and the countries agree, or both are
  within :data:`CITY_KM` (two cities) / :data:`REGION_KM` (a region and a place in it);
* with **compatible actors and recipients** (:func:`actors_agree`) with every member.

Checking every member, not only the nearest (single linkage), stops chains: daily protests
in one city do not become one month-long "incident". The rules and the casualty figure are
documented in docs/store.md (Incidents); reports from one near-duplicate cluster
(:mod:`rasd.store.dedup`) count once, "by story".
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from typing import Any

from rasd.errors import RasdError
from rasd.events.ontology import event_type
from rasd.store.backend import Backend
from rasd.store.db import Store
from rasd.store.schema import INCIDENT_EVENTS, INCIDENTS
from rasd.text.normalize import normalize_key

log = logging.getLogger(__name__)

#: Day-dated reports of one event are at most 2 days apart: the event's day, and a report
#: dated by its publication the next day (``date_basis`` = published, or "yesterday"
#: resolved against a late copy). Two protests a week apart stay two incidents.
DAY_SPAN = 2
#: A month-dated report covers its month; two month-dated reports merge only within one
#: month's span, so "in March" and "in April" never chain into one incident.
MONTH_DAYS = 31
#: Length counted for a month dated by a day other than the 1st (a Hijri month).
HIJRI_MONTH_DAYS = 30
#: Quads whose reports must name the same actor to merge: a visit, a statement, a demand or
#: an aid pledge is defined by who makes it, and ministries make several a day in one
#: capital. Material conflict (protests, attacks, arrests, mobilisations, sanctions) is
#: defined by place and time, and outlets name its perpetrators very differently.
SAME_ACTOR_QUADS = frozenset({"verbal-coop", "material-coop", "verbal-conflict"})
#: Two geocoded cities further apart than this are different places (a district or suburb
#: geocoded on its own is still within 25 km of its city).
CITY_KM = 25.0
#: A place within this distance of a region's (governorate's, province's) point may be in
#: that region: regions are stored as one point, and most Arab governorates are < 250 km
#: across. Without admin boundaries in the gazetteer this is the containment test.
REGION_KM = 250.0
#: Actor sectors grouped into the sides outlets agree on: one outlet's "the army" is
#: another's "the government"; one's "students" another's "protesters". Two reports
#: conflict only when their actors are on different sides (state, armed non-state group,
#: international organisation, or society: every other sector).
SECTOR_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"), "state"),
    **dict.fromkeys(("REB", "INS", "UAF", "CRM"), "armed"),
    "IGO": "igo",
}
#: How specific a place is, for choosing the incident's place.
_PRECISION = {"city": 3, "region": 2, "country": 1}

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


@dataclass(frozen=True, slots=True)
class Place:
    text: str | None
    name_en: str | None
    country: str | None
    kb_id: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    precision: str | None

    @property
    def known(self) -> bool:
        return bool(self.country or self.geonames_id or self.lat is not None)

    @property
    def rank(self) -> int:
        return _PRECISION.get(self.precision or "", 0) if self.known else 0


@dataclass(frozen=True, slots=True)
class Party:
    text: str | None
    kb_id: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Report:
    """One stored event, as the merging rules see it."""

    doc_id: str
    ordinal: int
    type: str
    mode: str | None
    place: Place
    country: str | None
    lo: date | None
    hi: date | None
    day: bool
    source: str | None
    story: str
    actor: Party
    recipient: Party
    killed: tuple[int | None, int | None]
    injured: tuple[int | None, int | None]
    arrested: tuple[int | None, int | None]


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


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places with coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def places_agree(a: Place, b: Place) -> bool:
    """Can two reports' places be the same real place (module doc)?"""
    if not a.known or not b.known:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    if a.rank <= 1 or b.rank <= 1:  # a country only: contains the other place
        return True
    dist = km(a, b)
    if dist is None:
        return False  # two different named places, no way to relate them
    limit = CITY_KM if a.rank == b.rank == 3 else REGION_KM
    return dist <= limit


def same_actor(a: Party, b: Party) -> bool:
    """Both reports name the actor and it is the same: the same KB entry, or the same
    normalised words when neither is linked."""
    if a.kb_id or b.kb_id:
        return a.kb_id == b.kb_id
    return bool(a.text and b.text) and normalize_key(a.text or "") == normalize_key(b.text or "")


def actors_agree(a: Party, b: Party) -> bool:
    """The same side, as far as both reports say: one unknown, the same KB entry, or no
    conflict of country and of sector family."""
    if not (a.text or a.kb_id) or not (b.text or b.kb_id):
        return True
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.sector and b.sector:
        return (SECTOR_FAMILIES.get(a.sector, "society")
                == SECTOR_FAMILIES.get(b.sector, "society"))
    return True


def _quad(type_: str) -> str | None:
    try:
        return event_type(type_).quad
    except (KeyError, RasdError):  # a type this rasd does not know: the lenient rules
        return None


@dataclass
class Incident:
    members: list[Report] = field(default_factory=list)
    lo: date | None = None
    hi: date | None = None
    day: bool = False
    mode: str | None = None

    def accepts(self, r: Report) -> bool:
        if self.mode and r.mode and self.mode != r.mode:
            return False
        if not _dates_agree(self, r):  # cheap tests first: most open incidents fail here
            return False
        strict = _quad(r.type) in SAME_ACTOR_QUADS
        return all(places_agree(m.place, r.place)
                   and (same_actor(m.actor, r.actor) if strict
                        else actors_agree(m.actor, r.actor))
                   and actors_agree(m.recipient, r.recipient) for m in self.members)

    def add(self, r: Report) -> None:
        self.members.append(r)
        self.mode = self.mode or r.mode
        if r.lo is None or r.hi is None:
            return
        if self.lo is None or self.hi is None or (r.day and not self.day):
            # the first dated report, or day-dated reports replacing a month range
            self.lo, self.hi, self.day = r.lo, r.hi, r.day
        elif r.day == self.day:  # a month report never widens a day-dated incident
            self.lo, self.hi = min(self.lo, r.lo), max(self.hi, r.hi)


def _dates_agree(inc: Incident, r: Report) -> bool:
    if inc.lo is None or inc.hi is None or r.lo is None or r.hi is None:
        return inc.lo is None and r.lo is None  # undated reports merge only with undated
    slack = timedelta(days=DAY_SPAN)
    if inc.day and r.day:
        return max(inc.hi, r.hi) - min(inc.lo, r.lo) <= slack
    if not inc.day and not r.day:  # two months: the same month, never a chain of months
        return r.lo <= inc.hi and inc.lo <= r.hi and \
            max(inc.hi, r.hi) - min(inc.lo, r.lo) <= timedelta(days=MONTH_DAYS)
    # One side is day-dated, the other a month: the days must fall in the month.
    d_lo, d_hi, m_lo, m_hi = ((inc.lo, inc.hi, r.lo, r.hi) if inc.day
                              else (r.lo, r.hi, inc.lo, inc.hi))
    return m_lo - slack <= d_lo and d_hi <= m_hi + slack


def _order(r: Report) -> tuple[str, date, str, int]:
    return (r.type, r.lo or date.max, r.doc_id, r.ordinal)


def group(reports: Iterable[Report]) -> list[Incident]:
    """Greedy, deterministic grouping: reports in date order join the compatible incident
    that agrees most (same place id, then most members, then the oldest), else open a new
    one. Open incidents are kept per type and country, and closed once the reports' dates
    pass them by :data:`DAY_SPAN`: each report is compared with the incidents of its type
    and country (or of unknown country) of the last few days only."""
    return list(group_ordered(sorted(reports, key=_order)))


def group_ordered(ordered: Iterable[Report]) -> Iterator[Incident]:
    """:func:`group` of reports already in its order (type, date, undated last, document,
    ordinal), yielding each incident as soon as it is closed: memory holds the open
    incidents of the last few days, not every report (the store's rebuild streams them)."""
    open_: dict[str | None, list[Incident]] = {}
    order: dict[int, int] = {}  # id(open incident) -> creation number, for ties
    created = 0
    kind: str | None = None
    today: date | None = None
    for r in ordered:
        if r.type != kind:
            yield from (i for bucket in open_.values() for i in bucket)
            open_, kind, today = {}, r.type, None
            order.clear()
        if r.lo is not None and r.lo != today:  # close what ended too long ago
            today = r.lo
            horizon = r.lo - timedelta(days=DAY_SPAN)
            for key, bucket in open_.items():
                closed = [i for i in bucket if i.hi is not None and i.hi < horizon]
                if closed:
                    yield from closed
                    for i in closed:
                        del order[id(i)]
                    open_[key] = [i for i in bucket if i.hi is None or i.hi >= horizon]
        if r.country is None:
            pool = [i for bucket in open_.values() for i in bucket]
        else:
            pool = open_.get(r.country, []) + open_.get(None, [])
        fits = [i for i in pool if i.accepts(r)]
        if fits:
            best = max(fits, key=lambda i: (_same_place(i, r), len(i.members), -order[id(i)]))
        else:
            best = Incident()
            created += 1
            order[id(best)] = created
            open_.setdefault(r.country, []).append(best)
        best.add(r)
    yield from (i for bucket in open_.values() for i in bucket)


def _same_place(inc: Incident, r: Report) -> int:
    return sum(1 for m in inc.members
               if r.place.geonames_id is not None and m.place.geonames_id == r.place.geonames_id)


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
