"""The tables the Spark job writes: names, columns and Spark SQL types, and the conversion of
a row dict (as :mod:`rasd.store.rows` and :mod:`rasd.export.rows_flat` build them) to the
tuple Spark stores.

Columns are those of the store and the exports, types derived from the store's schema
(:mod:`rasd.store.schema`), so there is one definition of each column:

- ``documents``: the store's ``documents`` table (``stored`` = when the job started);
- ``entities``: the ``entities_flat`` view; ``events``: the ``events_flat`` view, which the
  flat CSV and Parquet exports write (all events, flagged, none filtered out);
- ``quotes``, ``comments``: the store's tables of the same names;
- ``failures``: the input path, the record (``path:line``, ``path#N``), the error code and
  message of every record that could not be read or analysed.

Every table but ``failures`` gets :data:`PARTITION_COLUMN`, the document's publication day
(``YYYY-MM-DD``) or :data:`UNKNOWN_DAY`, which Spark turns into directories
(``events/published_day=2024-05-14/part-….parquet``) and back into a column on reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rasd.export.rows_flat import ENTITIES_FLAT_COLUMNS, EVENTS_FLAT_COLUMNS
from rasd.store.schema import COMMENTS, DOCUMENTS, ENTITIES, EVENTS, QUOTES, Table

#: Directory column of every table but ``failures``.
PARTITION_COLUMN = "published_day"
#: Its value for documents without a publication date.
UNKNOWN_DAY = "unknown"

#: The store's portable types (:data:`rasd.store.schema.TYPES`) as Spark SQL types.
#: Timestamps stay ISO-8601 text with their offset, as on SQLite: unambiguous whatever the
#: Spark session's time zone.
SPARK_TYPES: Mapping[str, str] = {
    "TEXT": "STRING", "INT": "BIGINT", "REAL": "DOUBLE", "BOOL": "BOOLEAN",
    "JSON": "STRING", "DATE": "DATE", "TIMESTAMP": "STRING",
}


@dataclass(frozen=True, slots=True)
class SparkTable:
    name: str
    #: (column, Spark SQL type), in order; the partition column is not among them.
    columns: tuple[tuple[str, str], ...]
    partitioned: bool = True

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.columns)

    def ddl(self) -> str:
        """The Spark schema as a DDL string (``doc_id STRING, ordinal BIGINT, …``), the
        partition column last."""
        cols = [*self.columns, *([(PARTITION_COLUMN, "STRING")] if self.partitioned else [])]
        return ", ".join(f"`{c}` {t}" for c, t in cols)

    def to_tuple(self, row: Mapping[str, Any], day: str | None) -> tuple[Any, ...]:
        """``row`` in column order with Spark's Python types (KeyError for a missing
        column: a schema change not made here fails loudly)."""
        values = [_value(t, row[c]) for c, t in self.columns]
        if self.partitioned:
            values.append(day or UNKNOWN_DAY)
        return tuple(values)


def _value(spark_type: str, value: Any) -> Any:
    if value is None:
        return None
    if spark_type == "DATE":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if spark_type == "DOUBLE":
        return float(value)  # Spark refuses an int in a DOUBLE column
    if spark_type == "BIGINT":
        return int(value)
    if spark_type == "BOOLEAN":
        return bool(value)
    return value


def _store_types(*tables: Table) -> dict[str, str]:
    """Column → Spark type of the store tables, the first table winning a shared name."""
    out: dict[str, str] = {}
    for table in tables:
        for name, kind, _ in table.columns:
            out.setdefault(name, SPARK_TYPES[kind])
    return out


def _from_store(table: Table) -> SparkTable:
    return SparkTable(table.name, tuple((n, SPARK_TYPES[k]) for n, k, _ in table.columns))


def _flat(name: str, columns: tuple[str, ...], child: Table) -> SparkTable:
    # A flat view's columns come from its child table (e.*/n.*) then its document (d.*);
    # event_id and evidence are text.
    types = {"event_id": "STRING", "evidence": "STRING", **_store_types(child, DOCUMENTS)}
    return SparkTable(name, tuple((c, types[c]) for c in columns))


DOCUMENTS_TABLE = _from_store(DOCUMENTS)
ENTITIES_TABLE = _flat("entities", ENTITIES_FLAT_COLUMNS, ENTITIES)
EVENTS_TABLE = _flat("events", EVENTS_FLAT_COLUMNS, EVENTS)
QUOTES_TABLE = _from_store(QUOTES)
COMMENTS_TABLE = _from_store(COMMENTS)
FAILURES_TABLE = SparkTable("failures", (("path", "STRING"), ("record", "STRING"),
                                         ("code", "STRING"), ("message", "STRING")),
                            partitioned=False)

#: Every table the job writes, by name, in writing order.
TABLES: Mapping[str, SparkTable] = {t.name: t for t in (
    DOCUMENTS_TABLE, ENTITIES_TABLE, EVENTS_TABLE, QUOTES_TABLE, COMMENTS_TABLE,
    FAILURES_TABLE)}
