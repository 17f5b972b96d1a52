"""CSV of the flat event table: every column of the ``events_flat`` view, one row per event,
empty cells for missing values, flags as ``true``/``false``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from rasd.export.common import ExportStats
from rasd.store.query import COLUMNS, EventRow


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return " ".join(value.split())  # one event, one line
    return value


def write(rows: Sequence[EventRow], out: TextIO) -> ExportStats:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in rows:
        w.writerow([_cell(e[c]) for c in COLUMNS])
    return ExportStats(written=len(rows))
