"""Reading the tab-separated data files shipped in the package (lexicons, gazetteers).

Every such file has the same layout: ``#`` comment lines (the header saying what the file
is and where it comes from), blank lines, and rows of tab-separated fields.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rasd.errors import RasdError


def tsv_rows(package: str, name: str) -> list[tuple[int, list[str]]]:
    """``(line number, fields)`` of every data row of ``package/name``; line numbers are
    the file's own, for error messages that point at the row."""
    text = resources.files(package).joinpath(name).read_text("utf-8")
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def read_model_card(path: Path, error: type[RasdError]) -> dict[str, object]:
    """A trained model's JSON card (``{}`` when there is none); ``error`` when it cannot be
    read or is not a JSON object."""
    if not path.is_file():
        return {}
    try:
        card = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise error(f"{path}: unreadable model card: {e}") from e
    if not isinstance(card, dict):
        raise error(f"{path}: the model card is not a JSON object")
    return card
