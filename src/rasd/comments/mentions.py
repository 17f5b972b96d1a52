"""Who a reader comment names: countries, organisations, people and places, linked
through the knowledge base, including the way readers write them.

The KB gazetteer (:class:`rasd.kb.Gazetteer`) already knows standard names, nationality
words and many informal spellings (``النيتو``, ``الأمريكان``, ``الروس``; ``فى``/``التى``
are folded by :mod:`rasd.text.normalize`). On top of it, ``data/comments/colloquial.tsv``
maps forms the KB does not hold (``الكيان الصهيوني``, ``الدب الروسي``, Arabizi
``amrika``) to KB ids, and letters repeated for emphasis (``روووسيا``, ``امريكاااا``) are
squeezed before both lookups. A name that carries the article drops it when addressed
(``يا عراق``, ``يا سيسي``): after يا a bare word is also looked up with ال.

Comments talk about actors, not about geography, so mentions are grouped by the actor
they stand for: a nationality word (``الروس``, ``الروسية``) is a ``nisba`` mention of its
country, and a capital that is not marked as a place (``حلفاء موسكو``, but not ``في
موسكو``) a ``metonym`` mention of its country, as the article's entity stage reads it
(``rasd.entities.metonymy``, simplified: comments have no datelines or role phrases).

Readers write dialect, and some everyday words are also the names of towns the KB holds
(``هون`` "here" and Hūn in Libya, ``كانو`` "they were" and Kano, ``واو``): a city is a
mention of a comment only when it is a capital, or big enough that readers of Arabic news
talk about it (:data:`NEAR_MIN_POPULATION`, :data:`FAR_MIN_POPULATION`), or follows a
locative word (``في سلفيت``), or the article itself names it; ``data/comments/
place_words.tsv`` lists the words that are never, or only after a locative word, a place.

The CRF tagger is not run on comments. Measured on the 64 comments of the fixture pages
and the seed (2026-12-02): the entity stage with the tagger costs ~10 ms of CPU per
comment against ~0.5 ms here, and the only names it adds are two dialect phrases read as
people (``شو بدنا``) and three regions the KB does not hold (أوروبا، أفريقيا، الاتحاد
السوفيتي); an unlinked name has no target id for the stance counts anyway.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.datafiles import tsv_rows
from rasd.errors import RecordError
from rasd.kb import KBEntry, KnowledgeBase, disambiguate, name_key
from rasd.kb.gazetteer import proclitic_readings
from rasd.model import Entity, Mention, MentionKind, Span
from rasd.text.normalize import normalize, squeeze
from rasd.text.tokens import Token, tokenize

log = logging.getLogger(__name__)

#: Longest colloquial form, in words (``ماما امريكا``, ``الكيان الصهيوني``).
MAX_FORM_WORDS = 3
#: Confidence of a mention found only through the colloquial list or a squeezed spelling:
#: the forms are curated, but informal spelling makes every reading less certain.
COLLOQUIAL_CONFIDENCE = 0.8
#: Words before a capital that make it the city, not its government (normalised forms).
_LOCATIVE = frozenset({
    "في", "الي", "من", "نحو", "قرب", "داخل", "خارج", "مدينه", "العاصمه", "شوارع", "سكان",
    "مطار", "زار", "زياره", "وصل", "شمال", "جنوب", "شرق", "غرب", "وسط",
})
_WORD_KINDS = frozenset({"word", "latin"})
#: Countries whose towns Arabic-news readers name in comments (the Arab League, Iran,
#: Turkey, Israel): a town there needs this many people to be read as a place without a
#: locative word. Measured on MPOLD's comments (2026-12-04): every GeoNames town under it
#: that rasd found was a dialect or religious word (هون، لعيون، حتا، تفوح، سعير، دهب), and
#: the real ones at or above it (رفح، ادلب، سرت، جازان، بنها) stay.
NEAR_MIN_POPULATION = 100_000
#: The same elsewhere: readers name big foreign cities (لندن، برشلونة، نيويورك); smaller
#: ones found in MPOLD were all words (سوا، انتا، جيبو، واو، برنو، ألن، بنشوف، مان).
FAR_MIN_POPULATION = 1_000_000
NEAR_COUNTRIES = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
    "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "IRN", "TUR", "ISR",
    "ESH",
})


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    entry: KBEntry
    kind: MentionKind
    confidence: float


@cache
def colloquial_forms() -> dict[str, tuple[str, MentionKind]]:
    """``data/comments/colloquial.tsv``: normalised form → (KB id, mention kind)."""
    out: dict[str, tuple[str, MentionKind]] = {}
    for line, fields in tsv_rows("rasd.data.comments", "colloquial.tsv"):
        if len(fields) < 3 or fields[2] not in ("name", "nisba"):
            raise RecordError(f"expected form, kb_id, name|nisba: {fields!r}",
                              where=f"colloquial.tsv:{line}")
        kind: MentionKind = "name" if fields[2] == "name" else "nisba"
        out[name_key(fields[0])] = (fields[1], kind)
    return out


@cache
def place_words() -> dict[str, str]:
    """``data/comments/place_words.tsv``: normalised word → ``never`` or ``cue``."""
    out: dict[str, str] = {}
    for line, fields in tsv_rows("rasd.data.comments", "place_words.tsv"):
        if len(fields) < 2 or fields[1] not in ("never", "cue"):
            raise RecordError(f"expected form, never|cue: {fields!r}",
                              where=f"place_words.tsv:{line}")
        out[squeeze(name_key(fields[0]))] = fields[1]
    return out


class MentionFinder:
    """Finds and links the actors a comment names (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else KnowledgeBase.load()
        self.gazetteer = self.kb.gazetteer()
        forms = colloquial_forms()
        self.forms: dict[str, tuple[KBEntry, MentionKind]] = {}
        for key, (kb_id, kind) in forms.items():
            entry = self.kb.get(kb_id)
            if entry is None:
                log.warning("colloquial.tsv: unknown KB id %s for %s", kb_id, key)
                continue
            self.forms[key] = (entry, kind)
        self._heads = frozenset(k.split(" ")[0] for k in self.forms)
        self._starts = lru_cache(maxsize=65536)(self._starts_uncached)
        self._capitals = {c.kb_id: code for code in self.kb.capitals
                          if (c := self.kb.capital(code)) is not None}
        self._place_words = place_words()

    @classmethod
    @lru_cache(maxsize=1)  # one finder per process (bounded: tests/test_caches.py)
    def load(cls) -> MentionFinder:
        """The finder over the shipped KB and the user dictionary (built once)."""
        return cls()

    def find(self, text: str, offset: int = 0, tokens: Sequence[Token] | None = None,
             known: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
        """Every actor ``text`` names, one entity each, in order of first mention; spans
        are ``offset`` + positions in ``text`` (document offsets for a comment). ``known``:
        KB ids the article names, whose towns a comment may name however small."""
        toks = list(tokens) if tokens is not None else tokenize(text)
        hits = self._colloquial(toks)
        taken = [(h.start, h.end) for h in hits]
        for res in disambiguate(self.gazetteer.find(text, toks)):
            span = res.match.span
            if any(span.start < e and s < span.end for s, e in taken):
                continue
            hits.append(self._as_actor(res.entry, span.start, span.end, "name", 1.0, toks,
                                       res.match.proclitic))
        hits = [h for h in hits if self._reads_as_place(h, text, toks, known)]
        hits.sort(key=lambda h: h.start)
        return _entities(text, offset, hits)

    def _reads_as_place(self, hit: _Hit, text: str, toks: Sequence[Token],
                        known: frozenset[str]) -> bool:
        """Whether a hit that is a town is one in a comment (see the module docstring);
        every other hit is kept."""
        entry = hit.entry
        if not entry.is_place or entry.kb_id in known:
            return True
        decision = self._place_words.get(squeeze(name_key(text[hit.start:hit.end])))
        if decision == "never":
            return False
        if decision is None and (not entry.kb_id.startswith("gn:") or entry.population is None
                                 or entry.kb_id in self._capitals):
            return True
        if decision is None:
            floor = NEAR_MIN_POPULATION if entry.country in NEAR_COUNTRIES \
                else FAR_MIN_POPULATION
            if entry.population is not None and entry.population >= floor:
                return True
        return _fused_bi(text, hit.start) or after_locative(toks, hit.start, self._is_nisba)

    def _colloquial(self, toks: Sequence[Token]) -> list[_Hit]:
        """Colloquial forms and squeezed spellings, longest first, left to right."""
        words = [i for i, t in enumerate(toks) if t.kind in _WORD_KINDS]
        out: list[_Hit] = []
        w = 0
        starts = self._starts
        while w < len(words):
            tok = toks[words[w]]
            if w and toks[words[w - 1]].norm == "يا" and (voc := self._vocative(tok)):
                out.append(voc)
                w += 1
                continue
            if not starts(tok.norm, tok.kind):  # the common case: nothing starts here
                w += 1
                continue
            hit, n = self._colloquial_at(toks, words, w)
            if hit is None:
                w += 1
                continue
            out.append(hit)
            w += n
        return out

    def _vocative(self, tok: Token) -> _Hit | None:
        """An actor addressed without its article (``يا عراق``), or None."""
        if tok.kind != "word" or tok.norm.startswith("ال") or len(tok.norm) < 3:
            return None
        senses = self.kb.senses.get("ال" + squeeze(tok.norm), ())
        plain = [s.entry for s in senses if not s.needs_cue]
        if not plain:
            return None
        return _Hit(tok.start, tok.end, plain[0], "name", COLLOQUIAL_CONFIDENCE)

    def _starts_uncached(self, norm: str, kind: str) -> tuple[tuple[int, str], ...]:
        """The readings of a word that may start a colloquial form or a squeezed KB name
        (most words have none: the caller then moves on at once)."""
        squeezed = squeeze(norm)
        readings = proclitic_readings(squeezed) if kind == "word" else ((0, squeezed),)
        if squeezed != norm:
            return readings
        return tuple(r for r in readings if r[1] in self._heads)

    def _colloquial_at(
        self, toks: Sequence[Token], words: list[int], w: int
    ) -> tuple[_Hit | None, int]:
        first = toks[words[w]]
        readings = self._starts(first.norm, first.kind)
        if not readings:
            return None, 1
        squeezed = squeeze(first.norm)
        tails = [squeeze(toks[words[w + k]].norm) for k in range(1, MAX_FORM_WORDS)
                 if w + k < len(words) and words[w + k] == words[w] + k]
        for n in range(len(tails) + 1, 0, -1):
            rest = " ".join(tails[: n - 1])
            for skip, form in readings:
                if skip and squeezed[:skip] != first.norm[:skip]:
                    continue
                key = f"{form} {rest}" if rest else form
                entry, kind, conf = self._lookup(key, squeezed != first.norm or n > 1)
                if entry is None:
                    continue
                start = first.start + (normalize(first.text).orig_index(skip) if skip else 0)
                end = toks[words[w + n - 1]].end
                proclitic = first.norm[:skip]
                return self._as_actor(entry, start, end, kind, conf, toks, proclitic), n
        return None, 1

    def _lookup(self, key: str, squeezed: bool) -> tuple[KBEntry | None, MentionKind, float]:
        found = self.forms.get(key)
        if found is not None:
            return found[0], found[1], COLLOQUIAL_CONFIDENCE
        if squeezed:  # a KB name written with emphasis; plain ones are the gazetteer's
            senses = self.kb.senses.get(key, ())
            plain = [s.entry for s in senses if not s.needs_cue]
            if plain:
                return plain[0], "name", COLLOQUIAL_CONFIDENCE
        return None, "name", 0.0

    def _as_actor(
        self, entry: KBEntry, start: int, end: int, kind: MentionKind, conf: float,
        toks: Sequence[Token], proclitic: str,
    ) -> _Hit:
        """The actor a match stands for: a nationality word's country, a capital's
        country unless a locative word or fused ب marks it as the city."""
        if entry.type == "NORP" and entry.country:
            country = self.kb.country(entry.country)
            if country is not None:
                return _Hit(start, end, country, "nisba", conf)
        code = self._capitals.get(entry.kb_id)
        if code is not None and not proclitic.endswith("ب") and not after_locative(
                toks, start, self._is_nisba):
            country = self.kb.country(code)
            if country is not None:
                return _Hit(start, end, country, "metonym", conf)
        return _Hit(start, end, entry, kind, conf)

    def _is_nisba(self, word: str) -> bool:
        senses = self.kb.senses.get(word, ())
        return bool(senses) and all(s.entry.type == "NORP" for s in senses)


def after_locative(toks: Sequence[Token], start: int,
                   is_nisba: Callable[[str], bool] | None = None) -> bool:
    """Whether the word before ``start`` marks a place (في، إلى، العاصمة, …), a nationality
    adjective in between allowed (العاصمة الكازاخية أستانا)."""
    prev: list[Token] = []
    i = bisect_right(toks, start, key=lambda t: t.end) - 1
    while i >= 0 and len(prev) < 2:
        if toks[i].kind in _WORD_KINDS:
            prev.insert(0, toks[i])
        i -= 1
    if not prev:
        return False
    if is_nisba is not None and len(prev) == 2 and is_nisba(prev[-1].norm):
        prev.pop()
    word = prev[-1].norm
    # و/ف before a short preposition (وفي، فمن) is not split by the tokenizer.
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word
    return bare in _LOCATIVE or any(
        form in _LOCATIVE for _, form in proclitic_readings(word))


def _fused_bi(text: str, start: int) -> bool:
    """Whether the name at ``start`` carries a fused ب "in" (بتندوف، وبسلفيت)."""
    i = start - 1
    if i < 0 or text[i] != "ب":
        return False
    return i == 0 or not text[i - 1].isalpha() or (
        text[i - 1] in "وف" and (i - 1 == 0 or not text[i - 2].isalpha()))


def _entities(text: str, offset: int, hits: list[_Hit]) -> tuple[Entity, ...]:
    groups: dict[str, list[_Hit]] = {}
    for h in hits:
        groups.setdefault(h.entry.kb_id, []).append(h)
    out: list[Entity] = []
    for group in groups.values():
        mentions = tuple(
            Mention(Span(h.start + offset, h.end + offset, text[h.start:h.end]), h.kind)
            for h in group)
        best = next((m for m in mentions if m.kind == "name"), mentions[0])
        e = group[0].entry
        out.append(Entity(
            span=best.span, type=e.type, mentions=mentions, kb_id=e.kb_id,
            name_en=e.name_en, country=e.country, sector=e.sector, lat=e.lat, lon=e.lon,
            geonames_id=e.geonames_id, precision=e.precision,
            confidence=max(h.confidence for h in group)))
    return tuple(out)


def find_mentions(text: str, offset: int = 0,
                  known: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """The actors ``text`` names (:meth:`MentionFinder.find` with the default KB)."""
    return MentionFinder.load().find(text, offset, known=known)
