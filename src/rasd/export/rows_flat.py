"""The analyst views' rows built in Python from a document's store rows, without a database:
``events_flat`` (what the flat CSV and Parquet exports write) and ``entities_flat``.

The store computes these views in SQL (:mod:`rasd.store.views`); a job that never writes a
store (the Spark job, :mod:`rasd.spark`) builds the same rows here from the same row
builders (:func:`rasd.store.rows.document_rows`), so a table written by Spark has the
columns, order and values of ``rasd export --format csv/parquet`` (a test compares the two
on a real store).

Values are what :func:`rasd.store.query.events` returns: dates as ISO text, flags as
``bool``, counts as ``int``. Unlike the exports, nothing is filtered out here: negated,
denied, future and hypothetical events stay, flagged, for the reader to filter.
"""

from __future__ import annotations

from rasd.store.query import COLUMNS as EVENTS_FLAT_COLUMNS
from rasd.store.query import EventRow
from rasd.store.rows import DocumentRows, Row

__all__ = ["ENTITIES_FLAT_COLUMNS", "EVENTS_FLAT_COLUMNS", "entities_flat", "events_flat"]

#: The document columns both views end with (``d.source, d.url, d.title, d.published``).
DOCUMENT_COLUMNS: tuple[str, ...] = ("source", "url", "title", "published")

#: Columns of ``entities_flat`` (migration 2), in the view's order.
ENTITIES_FLAT_COLUMNS: tuple[str, ...] = (
    "doc_id", "ordinal", "type", "text", "kb_id", "name_en", "country", "sector",
    "lat", "lon", "geonames_id", "precision", "confidence", "n_mentions", *DOCUMENT_COLUMNS,
)


def _document_part(rows: DocumentRows) -> Row:
    return {c: rows.document[c] for c in DOCUMENT_COLUMNS}


def events_flat(rows: DocumentRows) -> list[EventRow]:
    """One ``events_flat`` row per event of the document, in ordinal order."""
    doc = _document_part(rows)
    # The view's evidence is the event's first evidence span (lowest ordinal).
    evidence: dict[int, str] = {}
    for v in sorted(rows.children["event_evidence"], key=lambda v: (v["event"], v["ordinal"])):
        evidence.setdefault(v["event"], v["text"])
    out: list[EventRow] = []
    for e in rows.children["events"]:
        row: EventRow = {}
        for c in EVENTS_FLAT_COLUMNS:
            if c == "event_id":
                row[c] = f"{e['doc_id']}:{e['ordinal']}"
            elif c == "evidence":
                row[c] = evidence.get(e["ordinal"])
            elif c in doc:
                row[c] = doc[c]
            else:
                row[c] = e[c]
        out.append(row)
    return out


def entities_flat(rows: DocumentRows) -> list[Row]:
    """One ``entities_flat`` row per entity of the document, in ordinal order."""
    doc = _document_part(rows)
    return [{c: doc[c] if c in doc else n[c] for c in ENTITIES_FLAT_COLUMNS}
            for n in rows.children["entities"]]
