"""A sentence's tokens as the trigger matcher and the cue finder read them.

A token is read as its normalised form and its clitic-stripped readings
(:func:`rasd.text.tokens.candidate_bases`, :func:`plain_readings`); verb and noun rows and
``+`` slots also read it without an attached pronoun (:func:`pronoun_readings`). Each is
cached per normalised word, and :func:`first_hits` gives the trigger-index entries a word
may start. :class:`Readings` holds one sentence's readings, computed once and only when
needed. Split out of :mod:`rasd.events.matcher`, which re-exports these names.
"""

from __future__ import annotations

from functools import cache

from rasd.caches import word_cache
from rasd.events.lexicon import IndexEntry, trigger_index
from rasd.text.tokens import (
    _ALL_PREFIXES,
    _FUTURE_NEXT,
    MIN_BASE_AFTER_ARTICLE,
    MIN_BASE_LETTERS,
    Token,
    is_kept_whole,
)

#: Pronoun suffixes a verb or noun trigger may carry (triggers.tsv header). ي and ك are left
#: out: stripping them turns nisba adjectives (حربي) and nouns (اشتراك) into false readings.
PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")

#: Every proclitic sequence :func:`candidate_bases` tries, as a set: probing the word's
#: first one to four letters is much cheaper than testing each sequence in turn (the
#: matcher reads every new word of a crawl; tests check both agree).
_PREFIX_SET = frozenset(_ALL_PREFIXES)
_LONGEST_PREFIX = max(len(p) for p in _ALL_PREFIXES)
#: First letters of the proclitic sequences and last letters of the pronouns: a word that
#: starts or ends with none of them has no other reading (most words of a page; the
#: matcher reads every new word of a crawl).
_PREFIX_LETTERS = frozenset(p[0] for p in _ALL_PREFIXES)
_PRONOUN_LAST = frozenset(p[-1] for p in PRONOUNS)
#: The pronouns by their last letter, in :data:`PRONOUNS` order: a reading is tested only
#: against the pronouns it may end with (every new word of a crawl is read so).
_PRONOUNS_BY_LAST = {last: tuple(p for p in PRONOUNS if p[-1] == last) for last in _PRONOUN_LAST}
#: The seats a final hamza takes before a pronoun (لقاء → لقائه in the genitive, لقاؤه in the
#: nominative): normalisation keeps ئ and ؤ apart from ء, so the stem is read back with ء.
_HAMZA_SEATS = ("ئ", "ؤ")


@word_cache
def plain_readings(norm: str) -> frozenset[str]:
    """The normalised word and its clitic-stripped bases (none for a word whose initial
    clitic-like letters belong to it: وزارة is not و + زارة); the readings of
    :func:`rasd.text.tokens.candidate_bases`."""
    if norm[:1] not in _PREFIX_LETTERS or is_kept_whole(norm):
        return frozenset((norm,))
    out = {norm}
    for k in range(1, min(_LONGEST_PREFIX, len(norm) - 1) + 1):
        prefix = norm[:k]
        if prefix not in _PREFIX_SET:
            continue
        base = norm[k:]
        if len(base) < (MIN_BASE_AFTER_ARTICLE if prefix == "ال" else MIN_BASE_LETTERS):
            continue
        if prefix.endswith("س") and base[0] not in _FUTURE_NEXT:
            continue
        out.add(base)
    return frozenset(out)


@word_cache
def pronoun_readings(norm: str) -> frozenset[str]:
    """:func:`plain_readings` plus every reading without an attached pronoun."""
    if norm[-1:] not in _PRONOUN_LAST:
        return plain_readings(norm)  # every reading ends like the word: no pronoun to strip
    out = set(plain_readings(norm))
    for base in list(out):
        for suffix in _PRONOUNS_BY_LAST.get(base[-1:], ()):
            if base.endswith(suffix) and len(base) - len(suffix) >= 2:
                stem = base[: -len(suffix)]
                out.add(stem)
                if stem.endswith("ت"):  # استقالته → استقاله (ة is normalised to ه)
                    out.add(stem[:-1] + "ه")
                elif stem.endswith("و"):  # اختطفوه → اختطفوا: the plural's alif drops
                    out.add(stem + "ا")
                elif stem.endswith(_HAMZA_SEATS):  # لقائه، لقاؤه → لقاء: the hamza takes a seat
                    out.add(stem[:-1] + "ء")
    return frozenset(out)


@word_cache
def first_hits(norm: str) -> tuple[IndexEntry, ...]:
    """The index entries a token of this normalised form may start."""
    index = trigger_index()
    seen: list[IndexEntry] = []
    plain = plain_readings(norm)
    short = len(norm) == 3 and norm[0] in "وف"
    if not short and _pronoun_bases().isdisjoint(plain):
        # no reading without a pronoun can start a pronoun row: the hits are the plain
        # readings', computed without the pronoun readings when one reading at most is a
        # key (with two, their order is the pronoun readings' and the full path keeps it)
        keys = [r for r in plain if r in index]
        if len(keys) <= 1:
            for entry in index[keys[0]] if keys else ():
                if entry not in seen:
                    seen.append(entry)
            return tuple(seen)
    readings = pronoun_readings(norm)
    if short:
        # a two-letter verb behind a conjunction (وحث، وشن، فرد): too short a base for the
        # tokenizer's readings, but a trigger's first word when listed
        plain = plain | {norm[1:]}
        readings = readings | {norm[1:]}
    elif index.keys().isdisjoint(readings):
        return ()  # most words: no reading starts a row
    for reading in readings:
        for entry in index.get(reading, ()):
            if (entry.pronoun or reading in plain) and entry not in seen:
                seen.append(entry)
    return tuple(seen)



@cache
def _pronoun_bases() -> frozenset[str]:
    """Every reading from which :func:`pronoun_readings` would strip a pronoun to reach the
    first word of a row that takes one (the inverse of its four rules): a word with no
    such reading has no pronoun reading worth probing (most words; every new word of a
    crawl is looked up)."""
    out: set[str] = set()
    for key, entries in trigger_index().items():
        if not any(e.pronoun for e in entries):
            continue
        for suffix in PRONOUNS:
            out.add(key + suffix)
            if key.endswith("ه"):  # استقاله ← استقالته
                out.add(key[:-1] + "ت" + suffix)
            elif key.endswith("وا"):  # اختطفوا ← اختطفوه
                out.add(key[:-1] + suffix)
            elif key.endswith("ء"):  # لقاء ← لقائه، لقاؤه
                out.update(key[:-1] + seat + suffix for seat in _HAMZA_SEATS)
    return frozenset(out)


_NO_READINGS: frozenset[str] = frozenset()


class Readings:
    """Each token's plain and pronoun readings, looked up once per sentence and only when
    needed (the matcher and the cue finder probe them many times; most sentences start no
    trigger and need neither)."""

    __slots__ = ("_plain", "_pron", "toks")

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self._plain: list[frozenset[str]] | None = None
        self._pron: _PronounReadings | None = None

    @property
    def plain(self) -> list[frozenset[str]]:
        if self._plain is None:
            self._plain = [plain_readings(t.norm) if t.kind == "word" else _NO_READINGS
                           for t in self.toks]
        return self._plain

    @property
    def pron(self) -> _PronounReadings:
        """Pronoun readings, per token on first access: a pronoun slot probes one or two
        tokens of a sentence, and a new word's readings are costly (the cue finder reads
        every token's plain readings, no pronoun reading)."""
        if self._pron is None:
            self._pron = _PronounReadings(self.toks)
        return self._pron


class _PronounReadings:
    __slots__ = ("_toks", "_vals")

    def __init__(self, toks: list[Token]) -> None:
        self._toks = toks
        self._vals: dict[int, frozenset[str]] = {}

    def __getitem__(self, i: int) -> frozenset[str]:
        val = self._vals.get(i)
        if val is None:
            tok = self._toks[i]
            val = pronoun_readings(tok.norm) if tok.kind == "word" else _NO_READINGS
            self._vals[i] = val
        return val


__all__ = ["PRONOUNS", "Readings", "first_hits", "plain_readings", "pronoun_readings"]
