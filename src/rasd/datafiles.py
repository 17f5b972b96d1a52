"""Reading the tab-separated data files shipped in the package (lexicons, gazetteers).

Every such file has the same layout: ``#`` comment lines (the header saying what the file
is and where it comes from), blank lines, and rows of tab-separated fields.
"""

from __future__ import annotations

from importlib import resources


def tsv_rows(package: str, name: str) -> list[tuple[int, list[str]]]:
    """``(line number, fields)`` of every data row of ``package/name``; line numbers are
    the file's own, for error messages that point at the row."""
    text = resources.files(package).joinpath(name).read_text("utf-8")
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]
