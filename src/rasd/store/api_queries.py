"""Paged reads for the REST API (:mod:`rasd.api`), the same on SQLite and PostgreSQL.

The CLI's queries (:mod:`rasd.store.query`, :mod:`rasd.store.search`,
:mod:`rasd.store.incident_query`) return whole result lists; an API page needs a total, an
offset and an order with a unique tie-breaker so that pages neither repeat nor skip rows.
These functions add that and nothing else: the filters are the CLI's
(:func:`rasd.store.query.where_clause`), the search terms and spelling fallback the
store's (:func:`rasd.store.search.spelling_alternatives`).

Events are read in two steps: the page's keys (``doc_id``, ``ordinal``) in order, then
those rows with their first evidence span, so the sort never carries whole rows. Totals are
remembered on SQLite until the database changes (:func:`count`). Entities and the store's
summary are in :mod:`rasd.store.api_entities`.

``match_sqlite``/``match_pg`` are :mod:`rasd.store.search`'s own query builders, used so
that the event ``q`` filter and the paged search match exactly what ``rasd search`` does.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final, Literal, TypeVar

from rasd.store.backend import Backend
from rasd.store.query import (
    COLUMNS,
    EventFilter,
    EventRow,
    column_value,
    date_param,
    where_clause,
)
from rasd.store.rows import masked_text
from rasd.store.search import Hit, match_pg, match_sqlite, spelling_alternatives
from rasd.store.terms import query_terms

EventSort = Literal["date", "-date", "killed", "-killed"]
T = TypeVar("T")

#: ORDER BY of each event sort; ``doc_id, ordinal`` (the key) breaks every tie. Rows without
#: the sort value come last in both directions, on both engines.
_EVENT_ORDER: dict[str, str] = {
    "date": "CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, doc_id, ordinal",
    "-date": "CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date DESC, doc_id, ordinal",
    "killed": "CASE WHEN killed_min IS NULL THEN 1 ELSE 0 END, killed_min, doc_id, ordinal",
    "-killed": "CASE WHEN killed_min IS NULL THEN 1 ELSE 0 END, killed_min DESC, doc_id, "
               "ordinal",
}
#: The same orders written so that an index on the sort column serves them where the
#: engine's own NULL placement already puts NULLs last (SQLite: NULL is the smallest value,
#: so last in DESC): the newest page then reads 50 rows of the event_date index instead
#: of sorting every event.
_SQLITE_ORDER: dict[str, str] = {
    **_EVENT_ORDER,
    "-date": "event_date DESC, doc_id, ordinal",
    "-killed": "killed_min DESC, doc_id, ordinal",
}


def _order(db: Backend, sort: str) -> str:
    return (_SQLITE_ORDER if db.dialect == "sqlite" else _EVENT_ORDER)[sort]


def _date_index(db: Backend, table: str, sort: str, where: str, total: int,
                rows_wanted: int) -> str:
    """``INDEXED BY`` the event_date index when walking it newest first reaches the page
    sooner than sorting every match. SQLite's planner picks the filter's own index (type,
    country) and sorts all its rows; walking the date index instead reads about
    ``rows_wanted * all / total`` rows, fewer than the ``total`` the sort reads when
    ``rows_wanted * all < total ** 2`` (a common type: 84 ms → a few ms on 30k pages; a
    rare one keeps the planner's choice)."""
    if db.dialect != "sqlite" or table != "events" or sort != "-date" or not where:
        return ""
    facts, params = where_clause(db, EventFilter())
    everything = count(db, f"SELECT COUNT(*) FROM events{facts}", params)
    return " INDEXED BY events_event_date_idx" if rows_wanted * everything < total ** 2 else ""


#: Document columns listed by :func:`documents_page`.
DOCUMENT_COLUMNS = ("id", "title", "source", "url", "published", "section", "n_events",
                    "n_comments")


def iso(value: Any) -> str | None:
    """A stored date as ``YYYY-MM-DD`` (SQLite keeps text, PostgreSQL returns ``date``)."""
    if value is None:
        return None
    return value.isoformat()[:10] if isinstance(value, date) else str(value)[:10]


#: Totals (and places, :func:`places`) remembered per connection (at most this many each):
#: the dashboard asks the same totals page after page, and a count scans every matching
#: row (~100 ms for the events of 30k pages on SQLite) while the page itself reads 50
#: index entries.
MAX_CACHED_COUNTS = 256
_counts: weakref.WeakKeyDictionary[Backend, tuple[int, dict[tuple[Any, ...], Any]]] = (
    weakref.WeakKeyDictionary())


def forget_counts() -> None:
    """Drop every remembered total: call after writing through a connection of this
    process (SQLite's ``data_version`` only notices other connections' commits)."""
    _counts.clear()


def remembered(db: Backend, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """``compute()``, remembered under ``key`` on SQLite until the database changes (its
    ``PRAGMA data_version`` moves when another connection commits); PostgreSQL computes
    every time."""
    if db.dialect != "sqlite":
        return compute()
    version = int(db.scalar("PRAGMA data_version"))
    seen, cache = _counts.get(db, (None, {}))
    if seen != version or len(cache) >= MAX_CACHED_COUNTS:
        cache = {}
        _counts[db] = (version, cache)
    if key not in cache:
        cache[key] = compute()
    value: T = cache[key]
    return value


def count(db: Backend, sql: str, params: Sequence[Any]) -> int:
    """``SELECT COUNT(*) ...``, remembered on SQLite until the database changes
    (:func:`remembered`)."""
    return remembered(db, (sql, *params), lambda: int(db.scalar(sql, params) or 0))


def search_groups(db: Backend, q: str) -> tuple[tuple[str, ...], ...] | None:
    """The query's terms with their spelling alternatives; ``None`` when nothing can match
    (no term, or a term the collection does not know even one edit away)."""
    groups = tuple(spelling_alternatives(db, t) for t in query_terms(q))
    if not groups or any(not g for g in groups):
        return None
    return groups


def _matching_docs(db: Backend, groups: Sequence[tuple[str, ...]]) -> tuple[str, str]:
    """A sub-select of the ids of the documents matching ``groups``, and its parameter."""
    if db.dialect == "sqlite":
        return ("SELECT d.id FROM search_fts JOIN documents d ON d.rowid = search_fts.rowid "
                "WHERE search_fts MATCH ?", match_sqlite(groups))
    return "SELECT doc_id FROM search_docs WHERE tsv @@ CAST(? AS tsquery)", match_pg(groups)


def event_where(db: Backend, f: EventFilter, q: str | None,
                place: str | None = None) -> tuple[str, list[Any]] | None:
    """The ``WHERE`` of ``f`` narrowed to the events at ``place`` (the KB id of the event's
    place: the map's places, :func:`places`) and to the documents matching the full-text
    query ``q``; ``None`` when ``q`` can match nothing."""
    where, params = where_clause(db, f)
    if place:
        where += (" AND " if where else " WHERE ") + "place_kb_id = ?"
        params = [*params, place]
    if not q or not q.strip():
        return where, params
    groups = search_groups(db, q)
    if groups is None:
        return None
    sub, match = _matching_docs(db, groups)
    where += (" AND " if where else " WHERE ") + f"doc_id IN ({sub})"
    return where, [*params, match]


def _event_table(f: EventFilter) -> str:
    """Where to select event keys from: ``events`` itself unless a filter needs the
    document's columns (only ``source``): counting through the view joins every event to
    its document, a third of the time of a first page on 30k pages."""
    return "events_flat" if f.source else "events"


#: Events looked up per statement (each adds two terms to an OR expression).
KEYS_PER_QUERY: Final = 200


def _event_rows(db: Backend, keys: Sequence[tuple[str, int]]) -> list[EventRow]:
    """The ``events_flat`` rows of ``keys`` in that order, each with the start and end of
    its first evidence span (``evidence_start``, ``evidence_end``)."""
    if not keys:
        return []
    # One primary-key look-up per event (OR of the pairs: both engines plan it as index
    # searches); selecting whole documents read every event of 50 pages for 50 events.
    # Chunked: SQLite refuses expressions deeper than 1,000 terms (a map asks for 5,000).
    by_key = {}
    spans: dict[tuple[str, int], tuple[int, int, int]] = {}
    for at in range(0, len(keys), KEYS_PER_QUERY):
        chunk = keys[at:at + KEYS_PER_QUERY]
        pairs = [x for key in chunk for x in key]
        events_of = " OR ".join("(doc_id = ? AND ordinal = ?)" for _ in chunk)
        for row in db.query(
                f"SELECT {', '.join(COLUMNS)} FROM events_flat WHERE {events_of}", pairs):
            r = {c: column_value(c, v) for c, v in zip(COLUMNS, row, strict=True)}
            by_key[(r["doc_id"], r["ordinal"])] = r
        evidence_of = " OR ".join("(doc_id = ? AND event = ?)" for _ in chunk)
        for doc_id, event, ordinal, start, end in db.query(
                "SELECT doc_id, event, ordinal, start_char, end_char FROM event_evidence "
                f"WHERE {evidence_of}", pairs):
            key = (doc_id, int(event))
            if key not in spans or int(ordinal) < spans[key][0]:
                spans[key] = (int(ordinal), start, end)
    out = []
    for key in keys:
        r = by_key[key]
        span = spans.get(key)
        r["evidence_start"] = None if span is None or span[1] is None else int(span[1])
        r["evidence_end"] = None if span is None or span[2] is None else int(span[2])
        out.append(r)
    return out


def events_page(db: Backend, f: EventFilter, *, q: str | None = None, place: str | None = None,
                sort: EventSort = "-date", limit: int = 50,
                offset: int = 0) -> tuple[list[EventRow], int]:
    """One page of the events matching ``f`` (and the full-text query ``q``, the place
    ``place``: :func:`event_where`), and how many match in all."""
    found = event_where(db, f, q, place)
    if found is None:
        return [], 0
    where, params = found
    table = _event_table(f)
    total = count(db, f"SELECT COUNT(*) FROM {table}{where}", params)
    if offset >= total:
        return [], total
    hint = _date_index(db, table, sort, where, total, offset + limit)
    keys = [(r[0], int(r[1])) for r in db.query(
        f"SELECT doc_id, ordinal FROM {table}{hint}{where} ORDER BY {_order(db, sort)} "
        "LIMIT ? OFFSET ?", [*params, limit, offset])]
    return _event_rows(db, keys), total


def event_points(db: Backend, f: EventFilter, *, q: str | None = None, place: str | None = None,
                 limit: int) -> tuple[list[EventRow], int]:
    """The most recent ``limit`` located events (with coordinates) matching ``f``, ``q`` and
    ``place``, and how many there are in all."""
    found = event_where(db, f, q, place)
    if found is None:
        return [], 0
    where, params = found
    where += (" AND " if where else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    table = _event_table(f)
    total = count(db, f"SELECT COUNT(*) FROM {table}{where}", params)
    hint = _date_index(db, table, "-date", where, total, limit)
    keys = [(r[0], int(r[1])) for r in db.query(
        f"SELECT doc_id, ordinal FROM {table}{hint}{where} ORDER BY {_order(db, '-date')} "
        "LIMIT ?", [*params, limit])]
    return _event_rows(db, keys), total


def event_days(db: Backend, f: EventFilter, *, q: str | None = None,
               place: str | None = None) -> list[tuple[str, str, int]]:
    """(day, type, count) of the dated events matching ``f``, ``q`` and ``place``, by day
    then type."""
    found = event_where(db, f, q, place)
    if found is None:
        return []
    where, params = found
    where += (" AND " if where else " WHERE ") + "event_date IS NOT NULL"
    rows = db.query(f"SELECT event_date, type, COUNT(*) FROM {_event_table(f)}{where} "
                    "GROUP BY event_date, type ORDER BY event_date, type", params)
    return [(iso(d) or "", str(t), int(n)) for d, t, n in rows]


#: ``GROUP BY`` of :func:`places`: one row per KB id of a place; located events without
#: one (none in the stores seen so far, but the schema allows it) group by coordinates.
_PLACE_KEY = ("place_kb_id, CASE WHEN place_kb_id IS NULL THEN lat END, "
              "CASE WHEN place_kb_id IS NULL THEN lon END")


def _bytewise(db: Backend, column: str) -> str:
    """``column`` compared byte by byte on both engines: PostgreSQL's default collation
    orders (and so ``MIN``s) Arabic and punctuation differently from SQLite's."""
    return column if db.dialect == "sqlite" else f'{column} COLLATE "C"'


def places(db: Backend, f: EventFilter, *, q: str | None = None, place: str | None = None,
           limit: int) -> tuple[list[dict[str, Any]], int]:
    """The located events matching ``f``, ``q`` and ``place`` by place: ``{lat, lon, name,
    name_ar, country, kb_id, events, killed, injured}`` (``killed``/``injured``: sums of
    the lowest figures), the ``limit`` places with the most events first (ties by KB id,
    then coordinates), and how many places there are in all.

    A map of a few hundred places instead of thousands of events: the events at one
    place are ``events_page(..., place=kb_id)``."""
    found = event_where(db, f, q, place)
    if found is None:
        return [], 0
    where, params = found
    where += (" AND " if where else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    kb = _bytewise(db, "place_kb_id")
    sql = (
        f"SELECT MIN(lat), MIN(lon), MIN({_bytewise(db, 'place_name_en')}), "
        f"MIN({_bytewise(db, 'place')}), MIN({_bytewise(db, 'place_country')}), "
        f"MIN({kb}), COUNT(*), SUM(killed_min), SUM(injured_min) "
        f"FROM {_event_table(f)}{where} GROUP BY {_PLACE_KEY} "
        f"ORDER BY COUNT(*) DESC, CASE WHEN MIN({kb}) IS NULL THEN 1 ELSE 0 END, MIN({kb}), "
        "MIN(lat), MIN(lon)")
    # Remembered like the totals: the map asks the same places on every dashboard load,
    # and the GROUP BY reads every located event (a few hundred ms on 3k pages).
    rows = remembered(db, ("places", sql, *params), lambda: list(db.query(sql, params)))
    out = [{"lat": float(lat), "lon": float(lon), "name": name_en or name, "name_ar": name,
            "country": country, "kb_id": kb_id, "events": int(n), "killed": int(k or 0),
            "injured": int(i or 0)}
           for lat, lon, name_en, name, country, kb_id, n, k, i in rows[:limit]]
    return out, len(rows)


def documents_page(db: Backend, *, source: str | None = None, since: date | None = None,
                   until: date | None = None, limit: int = 50,
                   offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Stored documents, newest first (undated last), then by id."""
    parts: list[str] = []
    params: list[Any] = []
    if source:
        parts.append("source = ?")
        params.append(source)
    if since:
        parts.append(f"published >= {date_param(db)}")
        params.append(since.isoformat())
    if until:
        parts.append(f"published <= {date_param(db)}")
        params.append(until.isoformat())
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    total = count(db, f"SELECT COUNT(*) FROM documents{where}", params)
    rows = db.query(
        f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents{where} ORDER BY "
        "CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset])
    out = []
    for row in rows:
        item = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
        item["published"] = iso(item["published"])
        out.append(item)
    return out, total


def search_page(db: Backend, q: str, *, limit: int = 20,
                offset: int = 0) -> tuple[list[Hit], int]:
    """One page of :func:`rasd.store.search.search`'s hits (best first, then by id), their
    text masked (:func:`masked_text`), and how many documents match in all."""
    groups = search_groups(db, q)
    if groups is None:
        return [], 0
    # The stored JSON only of pages with comments: it says what to mask in them.
    cols = ("d.id, d.title, d.source, d.published, d.text, "
            "CASE WHEN d.n_comments > 0 THEN d.doc END")
    if db.dialect == "sqlite":
        match = match_sqlite(groups)
        total = count(db, "SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH ?", (match,))
        # Rank inside the index and join only the page's documents: joining every match
        # before sorting tripled the time of a common word on 30k pages. Ties go by the
        # document's rowid, unique and stable like its id.
        rows = db.query(
            f"SELECT {cols} FROM (SELECT rowid AS r, bm25(search_fts) AS score FROM "
            "search_fts WHERE search_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) s "
            "JOIN documents d ON d.rowid = s.r ORDER BY s.score, s.r", (match, limit, offset))
    else:
        match = match_pg(groups)
        total = count(db, "SELECT COUNT(*) FROM search_docs WHERE tsv @@ CAST(? AS tsquery)",
                      (match,))
        rows = db.query(
            f"SELECT {cols} FROM search_docs s JOIN documents d ON d.id = s.doc_id, "
            "CAST(? AS tsquery) q WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC, d.id "
            "LIMIT ? OFFSET ?", (match, limit, offset))
    hits = []
    for r in rows:
        text = r[4]
        if r[5] is not None:
            text = masked_text(text, r[5] if isinstance(r[5], dict) else json.loads(r[5]))
        hits.append(Hit(r[0], r[1], r[2], iso(r[3]), text, groups))
    return hits, total


def stored_doc(row: dict[str, Any]) -> dict[str, Any]:
    """The stored ``rasd/1`` JSON of a documents row (:meth:`rasd.store.Store.document`)
    with its page text, masked as the JSON says."""
    doc = row["doc"] if isinstance(row["doc"], dict) else json.loads(row["doc"])
    return {**doc, "text": masked_text(row["text"], doc)}
