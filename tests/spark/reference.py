"""The single-process reference: the same inputs through ``rasd ingest`` into a SQLite store,
read back as the exports read it (``events_flat`` through :func:`rasd.store.query.events`,
``entities_flat``, the store's tables), values normalised for comparison."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rasd.export.rows_flat import ENTITIES_FLAT_COLUMNS, EVENTS_FLAT_COLUMNS
from rasd.io.sources import iter_records
from rasd.spark.tables import TABLES
from rasd.store import Ingester, Store
from rasd.store.query import EventFilter, events

Row = dict[str, Any]

#: Document columns a job and an ingest fill differently: when and how often it was stored,
#: and the text (masked in every output but the store, which keeps the page as read).
NOT_COMPARED = frozenset({"stored", "first_stored", "revision", "text"})
#: Comment text is masked in the job's output: compared apart.
COMMENT_NOT_COMPARED = frozenset({"text"})


def normal(value: Any) -> Any:
    """One representation for both sides: dates as ISO text, flags as SQLite's 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def normal_rows(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> list[Row]:
    out = [{c: normal(r[c]) for c in columns} for r in rows]
    return sorted(out, key=lambda r: repr(sorted(r.items())))


def store_tables(db_path: Path, inputs: Sequence[Path]) -> dict[str, list[Row]]:
    """Ingest ``inputs`` and read back every table the Spark job writes but failures."""
    with Store.open(db_path) as store:
        summary = Ingester(store).run(iter_records(inputs))
        assert summary.stored > 0, summary.failures
        db = store.db
        docs_cols = [c for c in TABLES["documents"].column_names if c not in NOT_COMPARED]
        comment_cols = [c for c in TABLES["comments"].column_names
                        if c not in COMMENT_NOT_COMPARED]

        def read(sql: str, columns: Sequence[str]) -> list[Row]:
            return normal_rows((dict(zip(columns, r, strict=True)) for r in db.query(sql)),
                               columns)

        return {
            "events": normal_rows(events(db, EventFilter(facts_only=False)),
                                  EVENTS_FLAT_COLUMNS),
            "entities": read(f"SELECT {', '.join(ENTITIES_FLAT_COLUMNS)} FROM entities_flat",
                             ENTITIES_FLAT_COLUMNS),
            "documents": read(f"SELECT {', '.join(docs_cols)} FROM documents", docs_cols),
            "quotes": read(f"SELECT {', '.join(TABLES['quotes'].column_names)} FROM quotes",
                           TABLES["quotes"].column_names),
            "comments": read(f"SELECT {', '.join(comment_cols)} FROM comments", comment_cols),
        }


def compared_columns(table: str) -> list[str]:
    columns = TABLES[table].column_names
    if table == "documents":
        return [c for c in columns if c not in NOT_COMPARED]
    if table == "comments":
        return [c for c in columns if c not in COMMENT_NOT_COMPARED]
    return list(columns)
