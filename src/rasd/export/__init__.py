"""Exports of stored events: PLOVER JSON lines, ACLED-style CSV, GeoJSON, Parquet and a flat
CSV (docs/store.md). Every format takes the same filters (:class:`EventFilter`) and is
written atomically: the target appears whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from rasd.errors import ExportError
from rasd.export import acled, flat, geojson, parquet, plover
from rasd.export.common import ExportStats, atomic_text
from rasd.store.backend import Backend
from rasd.store.query import EventFilter, EventRow, document_events, events

FORMATS = ("plover", "acled", "geojson", "parquet", "csv")
#: Formats that hold only facts: ACLED records events that happened.
FACTS_ONLY = frozenset({"acled"})

__all__ = ["FORMATS", "ExportError", "ExportStats", "export"]


def _writer(db: Backend, fmt: str, rows: list[EventRow]) -> Callable[[TextIO], ExportStats]:
    if fmt == "plover":
        return lambda out: plover.write(rows, out)
    if fmt == "geojson":
        return lambda out: geojson.write(rows, out)
    if fmt == "csv":
        return lambda out: flat.write(rows, out)
    if fmt == "acled":
        pages = document_events(db, sorted({e["doc_id"] for e in rows}))
        return lambda out: acled.write(rows, out, pages=pages)
    raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def export(db: Backend, fmt: str, f: EventFilter, *, target: str | Path | None = None,
           stream: TextIO | None = None) -> ExportStats:
    """Export the events matching ``f`` as ``fmt`` to the file ``target`` (atomically) or,
    without one, to ``stream``. Parquet needs a file."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt in FACTS_ONLY and not f.facts_only:
        f = replace(f, facts_only=True)
    rows = events(db, f)
    if fmt == "parquet":
        if target is None:
            raise ExportError("Parquet is binary: give an output file (-o FILE.parquet)")
        return parquet.write(rows, target)
    write = _writer(db, fmt, rows)
    if target is None:
        if stream is None:
            raise ExportError("nowhere to write: give a target file or a stream")
        return write(stream)
    # csv needs newline="" so its own line ends are written as they are.
    with atomic_text(target, newline="" if fmt in ("acled", "csv") else None) as out:
        return write(out)
