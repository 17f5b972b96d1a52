"""Entities and the store's summary for the REST API (:mod:`rasd.api`), the same on SQLite
and PostgreSQL: linked entities aggregated over every page (one row per KB id), one
entity's mentions and events per day, and the counts of ``/api/stats``. Paging and totals
work as in :mod:`rasd.store.api_queries`."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from rasd.store.api_queries import count, iso, remembered
from rasd.store.backend import Backend
from rasd.store.query import FLAGS, EventFilter, where_clause


def _like(text: str) -> str:
    """``%text%`` for ``LIKE ... ESCAPE '\\'``, the user's ``%`` and ``_`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_ENTITY_AGG = ("kb_id, MAX(name_en), MAX(type), MAX(country), MAX(sector), SUM(n_mentions), "
               "COUNT(DISTINCT doc_id)")
ENTITY_FIELDS = ("kb_id", "name_en", "type", "country", "sector", "n_mentions", "n_documents")


def _entity_names(db: Backend, kb_ids: Sequence[str]) -> dict[str, str]:
    """Each entity's most frequent written form (ties: the first in code-point order)."""
    if not kb_ids:
        return {}
    marks = ", ".join("?" for _ in kb_ids)
    counts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for kb_id, text, n in db.query(f"SELECT kb_id, text, COUNT(*) FROM entities WHERE kb_id "
                                   f"IN ({marks}) AND text IS NOT NULL GROUP BY kb_id, text",
                                   list(kb_ids)):
        counts[kb_id].append((-int(n), str(text)))
    return {k: min(v)[1] for k, v in counts.items()}


def _entity_items(db: Backend, rows: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
    names = _entity_names(db, [r[0] for r in rows])
    out = []
    for row in rows:
        item = dict(zip(ENTITY_FIELDS, row, strict=True))
        item["n_mentions"] = int(item["n_mentions"] or 0)
        item["n_documents"] = int(item["n_documents"] or 0)
        item["name"] = names.get(item["kb_id"]) or item["name_en"] or item["kb_id"]
        out.append(item)
    return out


def entities_page(db: Backend, *, q: str | None = None, type: str | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Linked entities (those with a KB id) aggregated over the store, the most widely
    reported first (documents, then KB id). ``q`` matches the KB id exactly, or part of a
    written form or of the English name (case-insensitive)."""
    parts = ["kb_id IS NOT NULL"]
    params: list[Any] = []
    if type:
        parts.append("type = ?")
        params.append(type.upper())
    if q and q.strip():
        q = q.strip()
        parts.append("(kb_id = ? OR text LIKE ? ESCAPE '\\' OR LOWER(name_en) LIKE LOWER(?) "
                     "ESCAPE '\\')")
        params.extend([q, _like(q), _like(q)])
    where = " WHERE " + " AND ".join(parts)
    total = count(db, f"SELECT COUNT(DISTINCT kb_id) FROM entities{where}", params)
    rows = db.query(f"SELECT {_ENTITY_AGG} FROM entities{where} GROUP BY kb_id "
                    "ORDER BY COUNT(DISTINCT doc_id) DESC, kb_id LIMIT ? OFFSET ?",
                    [*params, limit, offset])
    return _entity_items(db, rows), total


def entity(db: Backend, kb_id: str) -> dict[str, Any] | None:
    """One linked entity aggregated over the store, with its ``timeline``: per day, the
    mentions in pages published that day and the events (facts) it took part in that day
    as actor, recipient or place."""
    rows = db.query(f"SELECT {_ENTITY_AGG} FROM entities WHERE kb_id = ? GROUP BY kb_id",
                    (kb_id,))
    if not rows:
        return None
    item = _entity_items(db, rows)[0]
    days: dict[str, dict[str, int]] = defaultdict(lambda: {"mentions": 0, "events": 0})
    for day, n in db.query(
            "SELECT d.published, SUM(n.n_mentions) FROM entities n JOIN documents d ON "
            "d.id = n.doc_id WHERE n.kb_id = ? AND d.published IS NOT NULL GROUP BY "
            "d.published", (kb_id,)):
        days[iso(day) or ""]["mentions"] += int(n or 0)
    facts = " AND ".join(f"NOT {flag}" for flag in FLAGS)
    for day, n in db.query(
            "SELECT event_date, COUNT(*) FROM events WHERE event_date IS NOT NULL AND "
            f"{facts} AND (actor_kb_id = ? OR recipient_kb_id = ? OR place_kb_id = ?) "
            "GROUP BY event_date", (kb_id, kb_id, kb_id)):
        days[iso(day) or ""]["events"] += int(n or 0)
    item["timeline"] = [{"date": d, **days[d]} for d in sorted(days)]
    return item


def stats(db: Backend) -> dict[str, Any]:
    """What the store holds: counts, the range of event dates, events by type and by
    country (facts only, as the event list shows them) and documents by source.

    Remembered on SQLite until the store changes (:func:`rasd.store.api_queries.remembered`):
    every dashboard load asks it, and its scans of every event and document cost a few
    hundred ms on 30k pages."""
    return dict(remembered(db, ("stats",), lambda: _stats(db)))


def _stats(db: Backend) -> dict[str, Any]:
    where, params = where_clause(db, EventFilter())
    # One scan of the events gives the counts by type and by country (the event's country,
    # as the event list's country filter reads it) and the date range: three scans took
    # ~700 ms on 30k pages.
    groups = db.query(f"SELECT type, country, COUNT(*), MIN(event_date), MAX(event_date) "
                      f"FROM events{where} GROUP BY type, country", params)
    types: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    days: list[str] = []
    for type_, country, n, first, last in groups:
        types[str(type_)] += int(n)
        if country is not None:
            countries[str(country)] += int(n)
        days.extend(d for d in (iso(first), iso(last)) if d)
    n_docs, n_comments = db.query("SELECT COUNT(*), SUM(n_comments) FROM documents")[0]
    sources = db.query("SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL "
                       "GROUP BY source ORDER BY source")
    return {
        "documents": int(n_docs or 0),
        "events": sum(types.values()),
        "incidents": int(db.scalar("SELECT COUNT(*) FROM incidents") or 0),
        "comments": int(n_comments or 0),
        "entities": int(db.scalar("SELECT COUNT(DISTINCT kb_id) FROM entities "
                                  "WHERE kb_id IS NOT NULL") or 0),
        "first_date": min(days, default=None),
        "last_date": max(days, default=None),
        "event_types": dict(sorted(types.items())),
        "countries": dict(sorted(countries.items())),
        "sources": {str(s): int(n) for s, n in sources},
    }
