"""Role and institution phrases in running text (``وزارة الداخلية في كازاخستان``,
``المتحدث باسم الخارجية الأمريكية``, ``الرئيس الكازاخي``, ``قوات الأمن``).

:func:`rasd.kb.roles.classify_actor_phrase` says what a phrase means; this module finds
where a phrase starts and ends in a sentence. A phrase starts at a role pattern of
``data/kb/roles.tsv`` (its first word may carry proclitics: ``للحكومة``) and grows by:

* the complement of an *of* head (``المتحدث باسم`` + ``الشرطة``; ``وزير`` + ``الاقتصاد``):
  another role phrase, a name, or one content word;
* a nationality adjective (``الرئيس الكازاخي``, ``قوات الأمن الروسية``);
* a place or organisation name after an indefinite head, its genitive (``شرطة ألماتي``,
  ``حكومة جمهورية كازاخستان``);
* ``في`` + a place after an institution (``وزارة الداخلية في كازاخستان``).

Names inside a phrase stay mentions of their own (the place, the ministry); nationality
adjectives are absorbed: they only give the phrase its country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.entities.lexicon import EntityWords, Referent, strip_article
from rasd.entities.units import Piece, Unit
from rasd.kb import name_key
from rasd.kb.gazetteer import clitic_offset, proclitic_readings
from rasd.kb.roles import RolePattern, role_patterns

#: Words between a head and its complement that carry no meaning (as in rasd.kb.roles).
_LINKS = frozenset(name_key(w) for w in ("في", "لدى", "التابع", "التابعة", "التابعين", "عن"))
_IN = name_key("في")
#: Complements nest (المتحدث باسم قائد قوات الأمن); deeper nesting is run-on text.
MAX_DEPTH = 3
_COUNTRY_TYPES = frozenset({"GPE", "LOC", "NORP"})
_NAME_TYPES = frozenset({"GPE", "LOC", "ORG", "PERSON"})


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A role phrase: words ``[w0, w1)``, piece characters ``[start, end)`` (the first
    word's proclitics left out), its head pattern and what it names.

    ``title`` is the phrase's own words without the places and nationalities that give its
    country, articles stripped (``الرئيس الكازاخي`` → ``رئيس``, ``وزارة الداخلية في
    كازاخستان`` → ``وزاره داخليه``): two mentions of one office or body share it.
    ``names_country`` says whether the phrase itself names a place or nationality.
    """

    w0: int
    w1: int
    start: int
    end: int
    head: RolePattern
    referent: Referent
    title: str
    names_country: bool
    has_complement: bool


@cache
def _first_words() -> dict[str, int]:
    """First word of each role pattern → the longest pattern's length in words."""
    out: dict[str, int] = {}
    for key in role_patterns():
        first, _, rest = key.partition(" ")
        n = rest.count(" ") + 2 if rest else 1
        out[first] = max(out.get(first, 0), n)
    return out


#: Distinct word forms whose role-pattern readings are remembered (news vocabulary).
ROLE_START_CACHE = 1 << 16


def role_readings(word: str) -> tuple[tuple[int, str, int], ...]:
    """``(skip, form, longest)`` for each proclitic reading of a normalised word that starts
    a role pattern (uncached: the entity stage's sieve tests each new word once with it)."""
    first = _first_words()
    return tuple((skip, form, first[form]) for skip, form in proclitic_readings(word)
                 if first.get(form))


#: :func:`role_readings`, remembered for the words :func:`role_at` is asked about (a
#: name's first word, the words after a role): most words start no role pattern, and the
#: sieve that asks about every word of a page remembers its own answers.
role_starts = lru_cache(maxsize=ROLE_START_CACHE)(role_readings)


def role_at(piece: Piece, w: int) -> tuple[RolePattern, int, int, str] | None:
    """The longest role pattern starting at word ``w``: ``(pattern, words, skip, form)``
    where ``skip`` is how many leading letters are proclitics and ``form`` the first word
    as the pattern spells it, or ``None``."""
    starts = role_starts(piece.norm(w))
    if not starts:
        return None
    patterns = role_patterns()
    n_words = len(piece.words)
    for skip, form, longest in starts:
        n = 1
        while n < longest and w + n < n_words and piece.joined(w + n - 1, w + n):
            n += 1
        for k in range(n, 0, -1):
            key = " ".join([form, *(piece.norm(i) for i in range(w + 1, w + k))])
            found = patterns.get(key)
            if found is not None:
                return found, k, skip, form
    return None


class RoleFinder:
    """Finds role phrases in a piece whose names (KB and NER units) are known."""

    def __init__(self, piece: Piece, units: Mapping[int, Unit], words: EntityWords) -> None:
        self.piece = piece
        self.units = units  # by first word
        self.words = words

    def phrase_at(self, w: int) -> RolePhrase | None:
        """The role phrase starting at word ``w``, if one does."""
        found = role_at(self.piece, w)
        if found is None:
            return None
        head, n, skip, form = found
        end, complement, country = self._extend(w, head, n, depth=0)
        start = self.piece.words[w].start
        if skip:
            start += clitic_offset(self.piece.words[w].text, skip)
        title = self._title(w, end, form)
        return RolePhrase(w, end, start, self.piece.ends[end - 1], head,
                          self.words.referent(head.key), title, country, complement)

    def _extend(self, w: int, head: RolePattern, n: int, depth: int) -> tuple[int, bool, bool]:
        """The end word of the phrase whose head ``head`` spans ``[w, w + n)``, whether it
        has a complement, and whether it names a country."""
        piece, units = self.piece, self.units
        end = w + n
        complement = country = False
        if head.kind == "of":
            j = end
            while j < len(piece.words) and piece.norm(j) in _LINKS and piece.joined(j - 1, j):
                j += 1
            if j < len(piece.words) and piece.joined(j - 1, j):
                unit = units.get(j)
                inner = role_at(piece, j) if unit is None and depth < MAX_DEPTH else None
                if unit is not None and unit.kb_type != "NORP":
                    end, complement = unit.w1, True
                    country = unit.kb_type in _COUNTRY_TYPES
                elif inner is not None:
                    end, _, country = self._extend(j, inner[0], inner[1], depth + 1)
                    complement = True
                elif unit is None and self._content_word(j):
                    end, complement = j + 1, True
        definite = piece.norm(end - 1).startswith("ال")
        while end < len(piece.words) and piece.joined(end - 1, end):
            unit = units.get(end)
            if unit is not None and unit.kb_type == "NORP":
                end, country = unit.w1, True
            elif unit is not None and not definite and not complement \
                    and (unit.kb_type in _NAME_TYPES or unit.ner_type in ("LOC", "ORG")):
                end, complement = unit.w1, True
                country = country or unit.kb_type in ("GPE", "LOC") or unit.ner_type == "LOC"
            elif piece.norm(end) == _IN and self.words.referent(head.key) == "body" \
                    and end + 1 < len(piece.words) and piece.joined(end, end + 1):
                place = units.get(end + 1)
                if place is None or place.kb_type not in ("GPE", "LOC"):
                    break
                end, country = place.w1, True
            else:
                break
        return end, complement, country

    def _content_word(self, w: int) -> bool:
        """Whether word ``w`` can be the complement of a head noun (``باسم المركز``)."""
        tok = self.piece.words[w]
        return tok.kind == "word" and tok.norm not in self.words.name_stops \
            and tok.base not in self.words.name_stops

    def _title(self, w0: int, w1: int, first: str) -> str:
        """The phrase's words minus its country-giving names and link words."""
        out: list[str] = []
        w = w0
        while w < w1:
            unit = self.units.get(w)
            if unit is not None and unit.kb_type in _COUNTRY_TYPES:
                w = unit.w1
                continue
            word = self.piece.norm(w) if w > w0 else first
            if word not in _LINKS:
                out.append(strip_article(word))
            w += 1
        return " ".join(out)
