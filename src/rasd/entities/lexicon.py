"""The entity stage's word classes (``data/entities/entity_words.tsv``).

Each class is a set of normalised keys (:func:`rasd.kb.name_key`: the tokenizer's
normalised words joined by one space), so a lookup is one hash probe on text the stage has
already tokenised. The file's header explains what each class is for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from rasd.kb import name_key
from rasd.kb.roles import role_patterns

log = logging.getLogger(__name__)

Referent = Literal["person", "people", "body"]

_CLASSES = frozenset({
    "PERSON_ROLE", "PEOPLE_ROLE", "WEAK_ROLE", "ANAPHOR", "LOCATIVE", "MOTION", "SEAT",
    "NAME_TITLE", "NAME_STOP",
})


@dataclass(frozen=True, slots=True)
class EntityWords:
    """The word classes, as normalised keys."""

    person_roles: frozenset[str]
    people_roles: frozenset[str]
    weak_roles: frozenset[str]
    anaphors: frozenset[str]
    locative: frozenset[str]
    motion: frozenset[str]
    #: Seats of government other than capitals → the country they stand for.
    seats: dict[str, str]
    name_titles: frozenset[str]
    name_stops: frozenset[str]

    def referent(self, role_key: str) -> Referent:
        """Whether a role pattern names one person, a group of people or a body."""
        if role_key in self.person_roles:
            return "person"
        if role_key in self.people_roles:
            return "people"
        return "body"


@cache
def entity_words() -> EntityWords:
    """The shipped word classes (read once)."""
    text = resources.files("rasd.data.entities").joinpath("entity_words.tsv").read_text("utf-8")
    classes: dict[str, list[str]] = {c: [] for c in _CLASSES}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cls, _, members = line.partition("\t")
        if cls not in classes:
            raise ValueError(f"entity_words.tsv:{lineno}: unknown class {cls!r}")
        classes[cls].extend(w.strip() for w in members.split("|") if w.strip())
    seats: dict[str, str] = {}
    for item in classes["SEAT"]:
        name, _, alpha3 = item.partition("=")
        seats[name_key(name)] = alpha3.strip()

    def keys(cls: str) -> frozenset[str]:
        return frozenset(k for k in (name_key(w) for w in classes[cls]) if k)

    words = EntityWords(
        person_roles=keys("PERSON_ROLE"), people_roles=keys("PEOPLE_ROLE"),
        weak_roles=keys("WEAK_ROLE"), anaphors=keys("ANAPHOR"), locative=keys("LOCATIVE"),
        motion=keys("MOTION"), seats=seats, name_titles=keys("NAME_TITLE"),
        name_stops=keys("NAME_STOP"),
    )
    unknown = (words.person_roles | words.people_roles | words.weak_roles) - set(role_patterns())
    if unknown:
        raise ValueError(f"entity_words.tsv names roles missing from roles.tsv: {sorted(unknown)}")
    return words


def strip_article(word: str) -> str:
    """A normalised word without its article (``المنظمه`` → ``منظمه``), for comparing a
    definite anaphor or title with the indefinite head of a name (``منظمه التعاون``)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def given_names() -> frozenset[str]:
    """Normalised given names (the GIVEN rows of the NER name list), empty if absent."""
    try:
        text = resources.files("rasd.data.lexicon").joinpath("ner_names.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        log.info("no given-name list: names after roles need commas around them")
        return frozenset()
    out: set[str] = set()
    for line in text.splitlines():
        cls, _, names = line.partition("\t")
        if cls == "GIVEN":
            out.update(k for k in (name_key(n) for n in names.split("|")) if " " not in k)
    return frozenset(out)
