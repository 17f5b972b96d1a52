"""What every rasd command shares: exit statuses, and row output for the store commands
(``rasd events``, ``rasd incidents``): a fixed-width table on a terminal, JSON lines when
piped or asked for."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, TextIO

#: Exit statuses of every rasd command.
EXIT_OK: Final = 0
#: Some inputs failed; the others were processed and written.
EXIT_FAILURES: Final = 1
#: The command could not run (bad arguments, unusable target).
EXIT_USAGE: Final = 2

if TYPE_CHECKING:
    from rasd.export import ExportStats

Row = dict[str, Any]


def resolve_format(fmt: str, out: TextIO) -> str:
    """``auto`` is a table on a terminal and JSON lines otherwise (pipes, files)."""
    if fmt != "auto":
        return fmt
    return "table" if out.isatty() else "json"


def print_json_lines(rows: Iterable[Row], out: TextIO) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False), file=out)


def print_table(rows: Iterable[Row], columns: Sequence[tuple[str, int]],
                cell: Callable[[Row, str], str], out: TextIO) -> None:
    """A header and one line per row; each value cut to its column's width."""
    print("  ".join(c.ljust(w) for c, w in columns).rstrip(), file=out)
    for row in rows:
        print("  ".join(cell(row, c)[:w].ljust(w) for c, w in columns).rstrip(), file=out)


def print_export_summary(stats: ExportStats, unit: str, err: TextIO) -> None:
    """``rasd: N <unit> written, M left out (reasons)`` on stderr."""
    skipped = stats.skipped or {}
    left_out = sum(skipped.values())
    reasons = "; ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
    print(f"rasd: {stats.written} {unit} written"
          + (f", {left_out} left out ({reasons})" if left_out else ""), file=err)
