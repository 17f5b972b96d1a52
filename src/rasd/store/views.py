"""Analyst views (schema migration 2): flat tables for DuckDB, Datasette and plain SQL.

``events_flat`` is one row per event with its document's metadata (source, URL, title,
publication date), a stable ``event_id`` (``doc_id:ordinal``) and its first evidence span;
``entities_flat`` one row per entity with its document's metadata. Both are plain SQL views
over the tables of migration 1 written in the SQL both engines share, so they read the same
on SQLite and PostgreSQL and stay in step with every ingest (nothing to refresh).

A view is part of the schema: changing one means a new migration that drops and re-creates
it, never editing this one.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.store.backend import Dialect

#: The columns of ``events_flat`` after ``event_id``, in order (also the order of the flat
#: CSV export): the event's own columns, then its document's.
_EVENT_COLUMNS = (
    "e.doc_id", "e.ordinal", "e.type", "e.mode", "e.event_date", "e.date_precision",
    "e.date_basis", "e.country",
    "e.place", "e.place_name_en", "e.place_country", "e.place_kb_id", "e.lat", "e.lon",
    "e.geonames_id", "e.place_precision", "e.place_basis",
    "e.actor", "e.actor_kb_id", "e.actor_type", "e.actor_country", "e.actor_sector",
    "e.recipient", "e.recipient_kb_id", "e.recipient_type", "e.recipient_country",
    "e.recipient_sector",
    "e.attribution", "e.attribution_kb_id",
    "e.killed_min", "e.killed_max", "e.injured_min", "e.injured_max",
    "e.arrested_min", "e.arrested_max",
    "e.negated", "e.denied", "e.future", "e.hypothetical", "e.confidence",
    "e.trigger_text",
)


def _events_flat() -> str:
    cols = ",\n  ".join(_EVENT_COLUMNS)
    return (
        "CREATE VIEW events_flat AS SELECT\n"
        "  e.doc_id || ':' || CAST(e.ordinal AS TEXT) AS event_id,\n"
        f"  {cols},\n"
        "  (SELECT v.text FROM event_evidence v WHERE v.doc_id = e.doc_id AND v.event = "
        "e.ordinal ORDER BY v.ordinal LIMIT 1) AS evidence,\n"
        "  d.source, d.url, d.title, d.published\n"
        "FROM events e JOIN documents d ON d.id = e.doc_id"
    )


_ENTITIES_FLAT = (
    "CREATE VIEW entities_flat AS SELECT\n"
    "  n.doc_id, n.ordinal, n.type, n.text, n.kb_id, n.name_en, n.country, n.sector,\n"
    "  n.lat, n.lon, n.geonames_id, n.precision, n.confidence, n.n_mentions,\n"
    "  d.source, d.url, d.title, d.published\n"
    "FROM entities n JOIN documents d ON d.id = n.doc_id"
)


def statements(dialect: Dialect) -> Sequence[str]:
    """Migration 2: the analyst views (the same SQL on both engines)."""
    del dialect  # written in the SQL both engines share
    return [_events_flat(), _ENTITIES_FLAT]
