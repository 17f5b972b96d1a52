"""What every export format shares: atomic output, country codes and admin-1 names.

Output is written to a temporary file in the target's directory and renamed over the target
only when complete (``os.replace`` is atomic on POSIX and Windows), so a crash, a full disk
or an error mid-way never leaves half a file where an analyst expects a whole one.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from rasd.errors import ExportError

log = logging.getLogger(__name__)

COUNTRIES_FILE = "countries.tsv"


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    numeric: int
    name_en: str


@dataclass(slots=True)
class ExportStats:
    """What an export wrote, and what it had to leave out (and why)."""

    written: int = 0
    #: Events left out because the format cannot hold them, by reason.
    skipped: dict[str, int] | None = None

    def skip(self, reason: str) -> None:
        self.skipped = self.skipped or {}
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


@cache
def countries() -> dict[str, Country]:
    """Alpha-3 code → country (``countries.tsv`` beside this module)."""
    text = resources.files("rasd.export").joinpath(COUNTRIES_FILE).read_text("utf-8")
    out: dict[str, Country] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4 or not cols[2].isdigit():
            raise ExportError(f"malformed row: {line!r}", where=f"{COUNTRIES_FILE}:{n}")
        out[cols[0]] = Country(cols[0], cols[1], int(cols[2]), cols[3])
    return out


def country(alpha3: str | None) -> Country | None:
    return countries().get(alpha3.upper()) if alpha3 else None


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin-1 code) → English name, from the KB's region entries."""
    from rasd.kb.store import KnowledgeBase

    out: dict[tuple[str, str], str] = {}
    for entry in KnowledgeBase.load().entries.values():
        if entry.precision == "region" and entry.country and entry.admin1 and entry.name_en:
            out.setdefault((entry.country, entry.admin1), entry.name_en)
    return out


def admin1(place_kb_id: str | None) -> str | None:
    """The English name of the first-level division a KB place lies in, when known."""
    if not place_kb_id:
        return None
    from rasd.kb.store import KnowledgeBase

    entry = KnowledgeBase.load().get(place_kb_id)
    if entry is None or not entry.country or not entry.admin1:
        return None
    if entry.precision == "region":
        return entry.name_en
    return _admin1_names().get((entry.country, entry.admin1))


@contextmanager
def atomic_text(path: str | Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without
    an exception; on error the target is left as it was and the temporary file removed."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as f:
        yield f


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` (same file system, so the rename is atomic) that
    becomes ``path`` when the block ends without an exception."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError("no such directory", where=str(directory))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("wrote %s", target)
