"""Month and weekday names (data in ``rasd/data/lexicon/calendar.tsv``), keyed by their
normalised spelling (see :func:`rasd.text.normalize.normalize_key`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from rasd.text.normalize import normalize_key

NameKind = Literal["gregorian", "hijri", "weekday"]


@dataclass(frozen=True, slots=True)
class CalendarName:
    kind: NameKind
    number: int
    tradition: str


@cache
def calendar_names() -> dict[str, CalendarName]:
    """Every normalised month/weekday spelling mapped to what it names."""
    out: dict[str, CalendarName] = {}
    text = resources.files("rasd.data.lexicon").joinpath("calendar.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, number, tradition, names = line.split("\t")
        entry = CalendarName(kind, int(number), tradition)  # type: ignore[arg-type]
        for name in names.split("|"):
            out[normalize_key(name)] = entry
    return out


def names_of(kind: NameKind) -> dict[str, int]:
    """Normalised spelling → number, for one kind (month or weekday)."""
    return {k: v.number for k, v in calendar_names().items() if v.kind == kind}
