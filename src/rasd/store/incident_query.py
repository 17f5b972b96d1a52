"""Reading incidents, page clusters and story counts back, the same on SQLite and PostgreSQL.

:func:`incidents` selects rows of ``incidents`` (rebuilt by
:func:`rasd.store.incidents.rebuild_incidents`) with the filters of ``rasd incidents``;
:func:`members` lists an incident's reports with their document's metadata and first
evidence span; :func:`page_cluster` tells which near-duplicate cluster a page is in;
:func:`event_counts` counts stored events by type, by report or "by story" (the reports
of one page cluster counted once). Values come back as plain Python: dates as ISO text,
``sources`` as a list, whatever the engine returns (PostgreSQL decodes JSON and dates).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from rasd.store.backend import Backend
from rasd.store.query import EventFilter, date_param, where_clause
from rasd.store.schema import INCIDENTS

IncidentRow = dict[str, Any]
CountBy = Literal["report", "story"]

COLUMNS: tuple[str, ...] = INCIDENTS.column_names
_DATES = frozenset({"date_start", "date_end", "event_date", "published"})
#: Columns of an incident member: its row in ``incident_events`` and its event's.
MEMBER_COLUMNS: tuple[str, ...] = (
    "doc_id", "event", "story", "source", "type", "mode", "event_date", "place_name_en",
    "place", "killed_min", "killed_max", "evidence", "title", "url", "published")


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """What to select; ``None`` means any. Dates select incidents whose day range overlaps
    ``[since, until]`` (an incident of 10-12 June is "since 11 June"); undated incidents
    are left out once a date is given."""

    type: str | None = None
    mode: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    #: Reported by at least this many stories (page clusters): 2 = independently confirmed.
    min_stories: int | None = None
    #: Has a report from this outlet.
    source: str | None = None
    limit: int | None = None


def _value(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in _DATES:
        return value.isoformat() if isinstance(value, date) else str(value)[:10]
    if column == "sources":
        return json.loads(value) if isinstance(value, str) else list(value)
    return value


def _where(db: Backend, f: IncidentFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    for column, value in (("type", f.type and f.type.upper()), ("mode", f.mode),
                          ("country", f.country and f.country.upper())):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    if f.since:
        parts.append(f"date_end >= {date_param(db)}")
        params.append(f.since.isoformat())
    if f.until:
        parts.append(f"date_start <= {date_param(db)}")
        params.append(f.until.isoformat())
    if f.min_stories is not None:
        parts.append("n_stories >= ?")
        params.append(f.min_stories)
    if f.source:
        parts.append("EXISTS (SELECT 1 FROM incident_events m WHERE m.incident_id = "
                     "incidents.id AND m.source = ?)")
        params.append(f.source)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def incidents(db: Backend, f: IncidentFilter | None = None) -> list[IncidentRow]:
    """Incidents matching ``f``, dated ones first by ``date_start``, then by id."""
    f = f or IncidentFilter()
    where, params = _where(db, f)
    sql = (f"SELECT {', '.join(COLUMNS)} FROM incidents{where} "
           "ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, id")
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return [{c: _value(c, v) for c, v in zip(COLUMNS, row, strict=True)}
            for row in db.query(sql, params)]


def incident(db: Backend, incident_id: str) -> IncidentRow | None:
    rows = db.query(f"SELECT {', '.join(COLUMNS)} FROM incidents WHERE id = ?", (incident_id,))
    return {c: _value(c, v) for c, v in zip(COLUMNS, rows[0], strict=True)} if rows else None


def members(db: Backend, incident_id: str) -> list[IncidentRow]:
    """The incident's reports in date order (then document, event): one indexed lookup in
    ``incident_events`` and the members' ``events_flat`` rows."""
    cols = ("m.doc_id", "m.event", "m.story", "m.source", "f.type", "f.mode", "f.event_date",
            "f.place_name_en", "f.place", "f.killed_min", "f.killed_max", "f.evidence",
            "f.title", "f.url", "f.published")
    rows = db.query(
        f"SELECT {', '.join(cols)} FROM incident_events m LEFT JOIN events_flat f "
        "ON f.doc_id = m.doc_id AND f.ordinal = m.event WHERE m.incident_id = ? "
        "ORDER BY CASE WHEN f.event_date IS NULL THEN 1 ELSE 0 END, f.event_date, "
        "m.doc_id, m.event", (incident_id,))
    return [{c: _value(c, v) for c, v in zip(MEMBER_COLUMNS, row, strict=True)}
            for row in rows]


def document_incidents(db: Backend, doc_id: str) -> dict[int, tuple[str, int]]:
    """Event ordinal → (incident id, the incident's story count) for one document."""
    rows = db.query("SELECT m.event, i.id, i.n_stories FROM incident_events m "
                    "JOIN incidents i ON i.id = m.incident_id WHERE m.doc_id = ?", (doc_id,))
    return {int(r[0]): (r[1], int(r[2])) for r in rows}


@dataclass(frozen=True, slots=True)
class PageCluster:
    id: str
    size: int
    representative: bool


def page_cluster(db: Backend, doc_id: str) -> PageCluster | None:
    """The near-duplicate cluster of a stored page (``None`` until it is clustered)."""
    rows = db.query(
        "SELECT c.cluster_id, c.representative, (SELECT COUNT(*) FROM page_clusters o "
        "WHERE o.cluster_id = c.cluster_id) FROM page_clusters c WHERE c.doc_id = ?",
        (doc_id,))
    if not rows:
        return None
    cluster, representative, size = rows[0]
    return PageCluster(cluster, int(size), bool(representative))


def event_counts(db: Backend, f: EventFilter, by: CountBy = "report") -> list[tuple[str, int]]:
    """Events matching ``f`` counted per PLOVER type, then ``("*", total)``. ``by="story"``
    counts the distinct stories reporting the type (a page's cluster, or the page itself
    when it is not clustered): five syndicated copies of one report count once."""
    where, params = where_clause(db, f)
    count = "COUNT(*)" if by == "report" else "COUNT(DISTINCT COALESCE(c.cluster_id, s.doc_id))"
    # The filter's columns are events_flat's; page_clusters also has doc_id, hence the
    # sub-select.
    inner = f"SELECT type, doc_id FROM events_flat{where}"
    rows = db.query(f"SELECT s.type, {count} FROM ({inner}) s LEFT JOIN page_clusters c "
                    "ON c.doc_id = s.doc_id GROUP BY s.type ORDER BY s.type", params)
    total = db.scalar(f"SELECT {count} FROM ({inner}) s LEFT JOIN page_clusters c "
                      "ON c.doc_id = s.doc_id", params)
    return [(str(t), int(n)) for t, n in rows] + [("*", int(total or 0))]
