"""Knowledge-base records and the name keys they are found by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

from rasd.caches import word_cache
from rasd.text.normalize import normalize_key
from rasd.text.tokens import ARABIC_LETTERS

EntityType = Literal["GPE", "LOC", "ORG", "PERSON", "NORP"]
Precision = Literal["city", "region", "country"]

ENTITY_TYPES: frozenset[str] = frozenset(get_args(EntityType))
PRECISIONS: frozenset[str] = frozenset(get_args(Precision))

#: Actor sectors (CAMEO/PLOVER agent codes; docs/kb.md explains each).
SECTORS = frozenset({
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF",
    "IGO", "NGO", "MED", "BUS", "EDU", "REL", "HLH", "LAB", "REF", "CVL", "CRM",
})

#: The word pieces rasd.text.tokens cuts (Arabic words, numbers, Latin words), so a name key
#: lines up with the tokenizer's ``norm`` sequence (``عربي21`` → ``عربي 21``).
_KEY_PIECE = re.compile(
    rf"\d+(?:[.,]\d+)*|[{ARABIC_LETTERS}]+|[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+"
)


@word_cache
def name_key(name: str) -> str:
    """The lookup key of a name: its normalised word tokens joined by single spaces.

    Hyphens, quotes and other punctuation vanish (``بني-ملال`` → ``بني ملال``), so a key is
    the same whatever separates the words in the text.
    """
    return " ".join(_KEY_PIECE.findall(normalize_key(name)))


@dataclass(frozen=True, slots=True)
class KBEntry:
    """A place, organisation, person or nationality the KB knows.

    ``country`` is an ISO 3166 alpha-3 code (the country a place lies in, an actor acts for,
    or a nationality belongs to); ``sector`` an actor sector (``GOV``, ``MIL``, ...) or
    ``None``; ``precision`` how fine the coordinates are (``None`` for non-places).
    """

    kb_id: str
    type: EntityType
    name_en: str
    name_ar: str
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: Precision | None = None
    population: int | None = None
    admin1: str | None = None

    @property
    def is_place(self) -> bool:
        return self.type in ("GPE", "LOC")


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a name: the entry and whether the name needs a cue word before it."""

    entry: KBEntry
    needs_cue: bool = False
    default: bool = False
