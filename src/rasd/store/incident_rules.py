"""The rules that merge reports into incidents, with no database: which stored events of
different articles report one real-world event (docs/store.md, "Incidents").

Reports merge when they are

* of the **same PLOVER type**, with **compatible modes** (equal, or one unknown);
* **close in time**: all day-dated members within :data:`DAY_SPAN` days of each other; a
  month-dated event joins when its month overlaps the incident's days (±:data:`DAY_SPAN`);
* at a **compatible place** (:func:`places_agree`) with *every* member: the same GeoNames
  place, or one is only a country (or has no place) and the countries agree, or both are
  within :data:`CITY_KM` (two cities) / :data:`REGION_KM` (a region and a place in it);
* with **compatible actors and recipients** (:func:`actors_agree`) with every member.

Checking every member, not only the nearest (single linkage), stops chains: daily protests
in one city do not become one month-long "incident". :func:`group` applies the rules to any
reports; :func:`group_ordered` to reports already in its order, as the store streams them
(:func:`rasd.store.incidents.rebuild_incidents`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.errors import RasdError
from rasd.events.ontology import event_type
from rasd.text.normalize import normalize_key

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
