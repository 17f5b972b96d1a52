"""Event queries over the store, the same on SQLite and PostgreSQL.

:func:`events` reads the ``events_flat`` view (migration 2) with the filters analysts ask
for: country, PLOVER type and mode, date range, source, entity, documents. Results are
:class:`EventRow` dicts with plain Python values (dates as ISO text, flags as ``bool``), in
one order on both engines: dated events first by date, then by document and ordinal.

Events that are not facts (negated, denied, future, hypothetical: PLOVER's ``negation``,
``future`` and ``hypothetical`` contexts) are left out unless ``facts_only=False``.

The entity filter takes a KB id (``gn:1526384``, ``iso:KAZ``: anything with a ``:``) or a
name. A name matches when it is the text of the actor, recipient or place as written, or an
English name (case-insensitive) or the exact text of a stored entity whose KB id is the
actor's, recipient's or place's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasd.store.backend import Backend

EventRow = dict[str, Any]

#: Columns of ``events_flat`` (migration 2), in the view's order.
COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "ordinal", "type", "mode", "event_date", "date_precision",
    "date_basis", "country",
    "place", "place_name_en", "place_country", "place_kb_id", "lat", "lon", "geonames_id",
    "place_precision", "place_basis",
    "actor", "actor_kb_id", "actor_type", "actor_country", "actor_sector",
    "recipient", "recipient_kb_id", "recipient_type", "recipient_country", "recipient_sector",
    "attribution", "attribution_kb_id",
    "killed_min", "killed_max", "injured_min", "injured_max", "arrested_min", "arrested_max",
    "negated", "denied", "future", "hypothetical", "confidence", "trigger_text",
    "evidence", "source", "url", "title", "published",
)
FLAGS = ("negated", "denied", "future", "hypothetical")
_INTS = frozenset({"ordinal", "geonames_id", "killed_min", "killed_max", "injured_min",
                   "injured_max", "arrested_min", "arrested_max"})
_FLOATS = frozenset({"lat", "lon", "confidence"})
_DATES = frozenset({"event_date", "published"})
_ROLES = ("actor", "recipient", "place")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to select; ``None`` (or empty) means any."""

    country: str | None = None
    type: str | None = None
    mode: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    entity: str | None = None
    doc_ids: tuple[str, ...] = field(default_factory=tuple)
    facts_only: bool = True
    limit: int | None = None


def date_param(db: Backend) -> str:
    # SQLite keeps dates as ISO text (compares correctly as text); PostgreSQL needs a DATE.
    return "?" if db.dialect == "sqlite" else "CAST(? AS DATE)"


def _entity_clause(db: Backend, entity: str) -> tuple[str, list[Any]]:
    if ":" in entity:
        ids = [entity]
    else:
        rows = db.query("SELECT DISTINCT kb_id FROM entities WHERE kb_id IS NOT NULL AND "
                        "(text = ? OR LOWER(name_en) = LOWER(?))", (entity, entity))
        ids = sorted(r[0] for r in rows)
    parts = [f"{role} = ?" for role in _ROLES]
    params: list[Any] = [entity] * len(_ROLES)
    if ids:
        marks = ", ".join("?" for _ in ids)
        parts.extend(f"{role}_kb_id IN ({marks})" for role in _ROLES)
        params.extend(ids * len(_ROLES))
    return "(" + " OR ".join(parts) + ")", params


def where_clause(db: Backend, f: EventFilter) -> tuple[str, list[Any]]:
    """The ``WHERE`` part (empty when no filter applies) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if f.country:
        parts.append("country = ?")
        params.append(f.country.upper())
    if f.type:
        parts.append("type = ?")
        params.append(f.type.upper())
    if f.mode:
        parts.append("mode = ?")
        params.append(f.mode)
    if f.since:
        parts.append(f"event_date >= {date_param(db)}")
        params.append(f.since.isoformat())
    if f.until:
        parts.append(f"event_date <= {date_param(db)}")
        params.append(f.until.isoformat())
    if f.source:
        parts.append("source = ?")
        params.append(f.source)
    if f.entity:
        clause, more = _entity_clause(db, f.entity)
        parts.append(clause)
        params.extend(more)
    if f.doc_ids:
        parts.append(f"doc_id IN ({', '.join('?' for _ in f.doc_ids)})")
        params.extend(f.doc_ids)
    if f.facts_only:
        # Stored as 0/1 on SQLite and BOOLEAN on PostgreSQL: NOT works on both.
        parts.extend(f"NOT {flag}" for flag in FLAGS)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def column_value(column: str, value: Any) -> Any:
    """A stored ``events_flat`` value as Python: flags bool, counts int, coordinates float,
    dates ``YYYY-MM-DD`` (SQLite keeps text, PostgreSQL returns ``date``)."""
    if value is None:
        return None
    if column in FLAGS:
        return bool(value)
    if column in _INTS:
        return int(value)
    if column in _FLOATS:
        return float(value)
    if column in _DATES:
        return value.isoformat()[:10] if isinstance(value, date) else str(value)[:10]
    return value


def events(db: Backend, f: EventFilter | None = None) -> list[EventRow]:
    """Events matching ``f``, dated ones first by date, then by document and ordinal."""
    f = f or EventFilter()
    where, params = where_clause(db, f)
    sql = (f"SELECT {', '.join(COLUMNS)} FROM events_flat{where} "
           # NULL dates last on both engines (SQLite sorts NULL first, PostgreSQL last).
           "ORDER BY CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, doc_id, "
           "ordinal")
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return [{c: column_value(c, v) for c, v in zip(COLUMNS, row, strict=True)}
            for row in db.query(sql, params)]


def document_events(db: Backend, doc_ids: Sequence[str], *,
                    facts_only: bool = True) -> dict[str, list[EventRow]]:
    """Every event of the given documents, by document: the context some exports need
    (ACLED's category of an event depends on the other events of its page)."""
    out: dict[str, list[EventRow]] = {d: [] for d in doc_ids}
    ids = sorted(set(doc_ids))
    # SQLite allows 999 parameters per statement in old builds: query in chunks.
    for i in range(0, len(ids), 500):
        for row in events(db, EventFilter(doc_ids=tuple(ids[i:i + 500]),
                                          facts_only=facts_only)):
            out[row["doc_id"]].append(row)
    return out
