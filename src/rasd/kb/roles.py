"""Actor sector and country of a descriptive actor phrase (``الرئيس الكازاخي``, ``وزارة
الداخلية في كازاخستان``, ``قوات الأمن``, ``المتحدث باسم الجيش الإسرائيلي``).

Event coding rarely names a person or an organisation the KB knows; it names a role. The
role patterns in ``data/kb/roles.tsv`` give the sector: a *fixed* pattern decides it
(``الجيش`` → MIL), a head noun of kind *of* takes it from its complement when that is known
(``المتحدث باسم الجيش`` → MIL, ``رئيس البرلمان`` → LEG) and keeps its own otherwise. A KB
actor named in the phrase (``حركة حماس``, ``الخارجية الأمريكية``) decides by its own
sector. The country is the first country, place or nationality named in the phrase (else
the country of another actor it names: ``قائد الجيش اللبناني``), else the country the
caller saw next to it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from rasd.kb.gazetteer import GazetteerMatch, proclitic_readings
from rasd.kb.model import SECTORS, KBEntry, name_key
from rasd.kb.store import KnowledgeBase
from rasd.text.tokens import tokenize

RoleKind = Literal["fixed", "of"]
CountrySource = Literal["phrase", "context"]

#: Words between a head noun and its complement that carry no meaning for the sector.
_LINKS = frozenset(name_key(w) for w in ("في", "لدى", "التابع", "التابعة", "التابعين", "من", "عن"))
_ACTOR_TYPES = frozenset({"ORG", "PERSON"})
_COUNTRY_TYPES = frozenset({"GPE", "LOC", "NORP"})


@dataclass(frozen=True, slots=True)
class RolePattern:
    """A role or institution phrase and the sector it implies."""

    key: str
    sector: str
    kind: RoleKind


@dataclass(frozen=True, slots=True)
class ActorClass:
    """What an actor phrase says about its actor.

    ``role`` is the role pattern that decided the sector (``None`` when a KB entity did);
    ``entity`` the KB actor named in the phrase, if any; ``country_source`` whether the
    country came from the phrase itself or from the caller's context.
    """

    sector: str
    country: str | None
    role: str | None = None
    entity: KBEntry | None = None
    country_source: CountrySource | None = None


@cache
def role_patterns() -> dict[str, RolePattern]:
    """Normalised pattern → :class:`RolePattern`, from ``data/kb/roles.tsv``."""
    text = resources.files("rasd.data.kb").joinpath("roles.tsv").read_text("utf-8")
    out: dict[str, RolePattern] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        pattern, sector, kind = line.split("\t")
        if sector not in SECTORS or kind not in ("fixed", "of"):
            raise ValueError(f"roles.tsv:{lineno}: bad sector or kind in {line!r}")
        key = name_key(pattern)
        out[key] = RolePattern(key, sector, "of" if kind == "of" else "fixed")
    return out


@cache
def _max_role_words() -> int:
    return max(k.count(" ") + 1 for k in role_patterns())


def classify_actor_phrase(
    phrase: str, *, context_country: str | None = None, kb: KnowledgeBase | None = None
) -> ActorClass | None:
    """The sector and country of an actor phrase, or ``None`` if it names no known role.

    ``context_country`` (alpha-3) is used when the phrase names no country itself, e.g. the
    country of a nationality adjective or place right next to the phrase in the sentence.
    """
    kb = kb or KnowledgeBase.load()
    toks = tokenize(phrase)
    word_toks = [t for t in toks if t.kind in ("word", "latin", "number")]
    words = [t.norm for t in word_toks]
    if not words:
        return None
    starts = [t.start for t in word_toks]
    matches = kb.gazetteer().find(phrase, toks)
    at_word = {bisect_right(starts, m.span.start) - 1: m for m in matches}
    decided = _sector_at(words, 0, at_word, depth=0)
    if decided is None:
        return None
    sector, role, entity = decided
    country = entity.country if entity is not None else None
    if country is None:  # a place or nationality first, else any named actor's country
        countries = [(m.entries[0].type not in _COUNTRY_TYPES, m.entries[0].country)
                     for m in matches if m.entries[0].country]
        country = min(countries, key=lambda c: c[0])[1] if countries else None
    source: CountrySource | None = "phrase" if country else None
    if country is None and context_country:
        country, source = context_country.upper(), "context"
    return ActorClass(sector, country, role, entity, source)


def _sector_at(
    words: list[str], w: int, at_word: dict[int, GazetteerMatch], depth: int
) -> tuple[str, str | None, KBEntry | None] | None:
    """``(sector, role, entity)`` for the phrase starting at word ``w``."""
    while w < len(words) and words[w] in _LINKS:
        w += 1
    if w >= len(words) or depth > 3:
        return None
    role, role_words = _role_at(words, w)
    match = at_word.get(w)
    actor = match.entries[0] if match is not None else None
    if actor is not None and actor.type in _ACTOR_TYPES and actor.sector:
        actor_words = match.matched_key.count(" ") + 1 if match is not None else 0
        if role is None or actor_words >= role_words:
            return actor.sector, None, actor
    if role is None:
        return None
    if role.kind == "of":
        inner = _sector_at(words, w + role_words, at_word, depth + 1)
        if inner is not None:
            sector, inner_role, entity = inner
            return sector, inner_role or role.key, entity
    return role.sector, role.key, None


def _role_at(words: list[str], w: int) -> tuple[RolePattern | None, int]:
    """The longest role pattern starting at word ``w`` (proclitics allowed on its first word)."""
    patterns = role_patterns()
    for n in range(min(_max_role_words(), len(words) - w), 0, -1):
        tail = words[w + 1 : w + n]
        for _, form in proclitic_readings(words[w]):
            found = patterns.get(" ".join([form, *tail]))
            if found is not None:
                return found, n
    return None, 0
