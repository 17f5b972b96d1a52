"""The number lexicon (``data/lexicon/numbers.tsv``) and the grammar of Arabic numerals.

:func:`scan_phrases` finds number *atoms* (digit strings and number words, with their
proclitics) in one regex scan of normalised text and joins adjacent atoms into number
*phrases* by the rules of MSA compounds:

* units before tens with و: ``خمسة وعشرون`` = 25; teens without: ``خمسة عشر`` = 15;
* descending groups with و: ``ألف وسبعمائة وثمانية وأربعين`` = 1748, ``مليون و200 ألف``;
* multiplication by a following scale: ``ثلاثة آلاف``, ``2.5 مليون``, ``ثلاث مئة``, and by
  a larger scale after a finished group: ``ألف وخمسمائة مليون`` = 1.5 billion;
* fractions of a scale: ``نصف مليون``, ``مليون ونصف (المليون)``;
* vague words, alone or times a plural scale: ``عشرات``, ``عشرات الآلاف``;
* ordinals: ``الثالث عشر``, ``الحادية والثلاثون``, ``الـ15``.

Two atoms that do not combine (``18 و748``, ``ثلاثة وأربعة``) start separate phrases. The
caller (:mod:`rasd.text.numbers`) adds qualifiers, ranges and context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib import resources

from rasd.caches import word_cache
from rasd.text.normalize import NormalizedText, normalize_key
from rasd.text.tokens import is_kept_whole, word_alternation

#: Kinds of number word that also occur with the article ال and what the article makes them.
_DEFINITE_KIND = {
    "unit": "unit", "ten": "ten", "vague": "vague", "scale_plural": "scale_plural",
    "tens": "ordinal_tens",
}
_CARDINAL_BEFORE_SCALE = frozenset({"digits", "one", "unit", "ten", "teen", "tens", "hundred"})
_UNITS = frozenset({"unit", "unit_compound", "one"})

#: An exact number value: an ``int`` when integral, else a ``Fraction``. Fraction arithmetic
#: runs in Python and int arithmetic in C; mixed, they stay exact (an int and a Fraction
#: give a Fraction), and ``.denominator`` works on both.
Exact = int | Fraction


def _exact(text: str) -> Exact:
    value = Fraction(text)
    return value.numerator if value.denominator == 1 else value


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What a normalised number word means."""

    kind: str
    value: Exact
    high: Exact | None = None  # upper value of a vague word


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Everything ``numbers.tsv`` lists, keyed by normalised spelling."""

    words: dict[str, WordInfo]
    excluded: frozenset[str]
    before: dict[str, str]  # qualifier phrase before a number → its kind
    after: dict[str, str]  # qualifier phrase after a number → its kind
    unit_words: dict[str, str]  # unit word after a number → context
    keywords: dict[str, str]  # word before a number → context
    year_prepositions: frozenset[str]
    name_heads: frozenset[str]
    change_words: frozenset[str]


@cache
def number_lexicon() -> NumberLexicon:
    """The parsed ``numbers.tsv`` (loaded once)."""
    raw = resources.files("rasd.data.lexicon").joinpath("numbers.tsv").read_text("utf-8")
    words: dict[str, WordInfo] = {}
    tables: dict[str, dict[str, str]] = {"before": {}, "after": {}, "unit_word": {}, "keyword": {}}
    sets: dict[str, set[str]] = {
        "exclude": set(), "year_preposition": set(), "name_head": set(), "change": set()
    }
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value, forms = line.split("\t")
        keys = [normalize_key(f) for f in forms.split("|")]
        if kind in tables:
            tables[kind].update((k, value) for k in keys)
        elif kind in sets:
            sets[kind].update(keys)
        else:
            lo, _, hi = value.partition("-")
            info = WordInfo(kind, _exact(lo), _exact(hi) if hi else None)
            for key in keys:
                words[key] = info
                definite_kind = _DEFINITE_KIND.get(kind)
                if definite_kind is not None:  # آلاف is spelt الاف: still add الالاف
                    words.setdefault("ال" + key, WordInfo(definite_kind, info.value, info.high))
    for key in sets["exclude"]:
        words.pop(key, None)
    return NumberLexicon(
        words=words,
        excluded=frozenset(sets["exclude"]),
        before=tables["before"],
        after=tables["after"],
        unit_words=tables["unit_word"],
        keywords=tables["keyword"],
        year_prepositions=frozenset(sets["year_preposition"]),
        name_heads=frozenset(sets["name_head"]),
        change_words=frozenset(sets["change"]),
    )


#: Proclitic sequences a number word may carry in :func:`_scan_re` (``wpre``).
_WORD_CLITICS = [a + b for a in ("", "و", "ف") for b in ("", "ب", "ك", "ل", "لل")]
#: How many leading letters of ``clitics + number word`` the scan's gate looks at.
_GATE_LETTERS = 3


@cache
def _scan_re() -> re.Pattern[str]:
    lexicon_words = number_lexicon().words
    words = word_alternation(lexicon_words)
    # Every atom starts a word, so the word-start test comes once, first. Then a gate: most
    # word starts are no number; a lookahead over the first letters every match can begin
    # with (a digit behind optional clitics and article, or the first few letters of a
    # clitic + number word) rejects them in a few character tests, before the alternatives
    # below try each clitic reading in turn. The gate only ever lets through a superset.
    heads = {(c + w)[:_GATE_LETTERS] for c in _WORD_CLITICS for w in lexicon_words}
    # The digit branch is possessive: no letter it could give back would let \d match, and
    # a failing word start then costs one attempt instead of one per clitic reading.
    gate = rf"(?=[وف]?+[بكل]?+(?:ال ?)?+\d|{word_alternation(heads)})"
    return re.compile(
        rf"(?<!\w){gate}(?:"
        # Numeric dates, clock times and slashed pairs belong to rasd.text.dates: skip them.
        r"(?<!/)(?P<skip>\d{1,4}(?P<sep>[-/.\\]|\s?[/\\]\s?)\d{1,2}(?P=sep)\d{1,4}(?!\d)"
        r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d+\s?/\s?\d+)"
        # Digits, with clitics or the article (الـ15); never glued to a Latin letter or to a
        # word by a hyphen (F-16, كوفيد-19).
        r"|(?<!/)(?<![^\W\d_]-)(?P<dpre>[وف]?[بكل]?)(?P<dart>ال ?)?"
        r"(?P<digits>(?>\d+(?:[.,]\d+)*))(?![a-z\d])"
        # Clitics are lazy: the whole word is tried first (واحد is one, not و + أحد).
        rf"|(?P<wpre>[وف]??(?:[بكل]|لل)??)(?P<word>{words})(?![\w]))"
    )


@dataclass(slots=True)
class Atom:
    """One number word or digit string found by the scan (normalised offsets)."""

    kind: str
    value: Exact
    high: Exact | None
    start: int  # the number itself, after proclitics (the article ال is included)
    end: int
    prefix: str  # proclitics before ``start``
    definite: bool = False


@dataclass(slots=True)
class Phrase:
    """A run of atoms read as one number."""

    atoms: list[Atom]
    low: Exact | None
    high: Exact | None
    vague: bool
    ordinal: bool
    scale: Exact | None = None  # the scale that ends the phrase, if any
    start: int = field(init=False)
    end: int = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.atoms[0].start
        self.end = self.atoms[-1].end


@word_cache
def _parse_digits(text: str) -> Exact:
    """``1,250`` → 1250; ``3.5`` → 3.5; ``2,5`` (Maghreb decimal comma) → 2.5."""
    if "," in text:
        head, *groups = text.split(",")
        if all(len(g.split(".")[0]) == 3 for g in groups):
            text = head + "".join(groups)
        elif len(groups) == 1 and "." not in text:
            text = head + "." + groups[0]
        else:
            text = text.replace(",", "")
    if text.count(".") > 1:
        text = text.replace(".", "")
    return _exact(text)


def scan_atoms(nt: NormalizedText) -> list[Atom]:
    """Every number atom in the normalised text, in order."""
    s = nt.text
    words = number_lexicon().words
    atoms: list[Atom] = []
    for m in _scan_re().finditer(s):
        if m.lastgroup == "skip":
            continue
        word = m.group("word")
        if word is not None:
            if m.group("wpre") and _clitic_misreading(m.group("wpre"), word):
                continue
            info = words[word]
            atoms.append(Atom(info.kind, info.value, info.high, m.start("word"), m.end(),
                              m.group("wpre"), word.startswith("ال")))
            continue
        first = True
        for a, b in _digit_pieces(nt, m.start("digits"), m.end("digits")):
            definite = first and bool(m.group("dart"))
            start = m.start("dart") if definite else a
            prefix = m.group("dpre") if first else ""
            atoms.append(Atom("digits", _parse_digits(s[a:b]), None, start, b, prefix, definite))
            first = False
    return atoms


def _clitic_misreading(prefix: str, word: str) -> bool:
    """Whether ``prefix + word`` is really another word (كمية is not ك + مية; وبعده is
    و + بعده, not و ب + عده; لست is not ل + ست), by the token layer's keep-list."""
    surface = prefix + word
    return any(is_kept_whole(surface[k:]) for k in range(len(prefix)))


def _digit_pieces(nt: NormalizedText, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a digit run at commas that were Arabic commas (``18،748`` lists two numbers)."""
    s = nt.text
    if "," not in s[a:b]:
        return [(a, b)]
    pieces: list[tuple[int, int]] = []
    begin = a
    for i in range(a, b):
        if s[i] == "," and nt.original[nt.orig_index(i)] == "\u060c":
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, b))
    return [(x, y) for x, y in pieces if y > x and s[x].isdigit() and s[y - 1].isdigit()]


class _Builder:
    """Accumulates atoms into one number (see the module doc for the grammar)."""

    __slots__ = ("atoms", "cur", "fraction", "last_scale", "ordinal", "prev", "total", "vague")

    def __init__(self, atom: Atom) -> None:
        self.atoms = [atom]
        self.total: Exact = 0
        self.cur: Exact | None = None
        self.last_scale: Exact | None = None
        self.vague: tuple[Exact, Exact] | None = None
        self.fraction: Exact | None = None
        self.ordinal = False
        kind, v = atom.kind, atom.value
        self.prev = kind
        if kind in ("scale", "scale_dual"):
            self.total = v * (2 if kind == "scale_dual" else 1)
            self.last_scale = v
            self.prev = "scale"
        elif kind == "scale_plural":
            self.vague = (v, 10 * v - 1)
            self.prev = "vague_scaled"
        elif kind == "vague":
            self.vague = (v, atom.high or v)
        elif kind == "fraction":
            self.fraction = v
        elif kind in ("ordinal", "ordinal_compound", "ordinal_tens") or (
            kind == "digits" and atom.definite
        ):
            self.cur = v  # الخامس, الحادية, العشرين, الـ15
            self.ordinal = True
        else:
            self.cur = v

    def feed(self, atom: Atom, waw: bool) -> bool:
        """Add ``atom`` (joined by و when ``waw``) if the grammar allows; else leave it."""
        accepted = self._accept(atom, waw)
        if accepted:
            self.atoms.append(atom)
        return accepted

    def _accept(self, atom: Atom, waw: bool) -> bool:
        kind, v, prev = atom.kind, atom.value, self.prev
        if self.ordinal:
            if prev in ("ordinal", "ordinal_compound") and self.cur is not None:
                if kind == "ten" and not waw:
                    self.cur += 10
                    self.prev = "ordinal_done"
                    return True
                if kind == "ordinal_tens" and waw:
                    self.cur += v
                    self.prev = "ordinal_done"
                    return True
            return False
        if prev == "fraction":
            if kind in ("scale", "scale_definite") and not waw and self.fraction is not None:
                self._scale(v, self.fraction)
                return True
            return False
        if prev == "half" and kind == "scale_definite" and not waw:
            self.prev = "scale"
            return True
        if kind in ("scale", "scale_dual", "scale_plural"):
            return self._accept_scale(kind, v, waw)
        if not waw:
            if kind == "one" and prev == "scale" and self.cur is None:
                return True  # مليارا واحدا: "one" agrees with the scale, adds nothing
            if kind == "ten" and prev in ("unit", "unit_compound") and self.cur is not None:
                self.cur += 10
                self.prev = "teen"
                return True
            if (kind == "hundred" and v == 100 and prev == "unit"
                    and self.cur is not None and 3 <= self.cur <= 9):
                self.cur *= 100
                self.prev = "hundred"
                return True
            return False
        # Joined by و.
        after_group = prev in ("scale", "hundred")
        if kind == "fraction" and prev == "scale" and self.last_scale is not None:
            self.total += v * self.last_scale
            self.prev = "half"
            return True
        if kind == "digits" and prev == "scale" and not atom.definite:
            self.cur = v
            self.prev = "digits"
            return True
        if kind in _UNITS or kind in ("ten", "hundred"):
            if not after_group or (kind == "hundred" and prev != "scale"):
                return False
            self.cur = (self.cur or 0) + v
            self.prev = kind
            return True
        if kind == "tens" and (after_group or prev in _UNITS):
            self.cur = (self.cur or 0) + v
            self.prev = "tens"
            return True
        return False

    def _accept_scale(self, kind: str, v: Exact, waw: bool) -> bool:
        prev = self.prev
        if kind == "scale_plural":
            if waw:
                return False
            if prev == "vague" and self.vague is not None:
                lo, hi = self.vague
                self.vague = (lo * v, (hi + 1) * v - 1)
                self.prev = "vague_scaled"
                return True
            if prev in _CARDINAL_BEFORE_SCALE and self.cur is not None:
                self._scale(v, self.cur)
                return True
            return False
        if waw:
            if prev == "scale" and self.last_scale is not None and v < self.last_scale:
                self._scale(v, 2 if kind == "scale_dual" else 1)
                return True
            return False
        if kind == "scale" and prev in _CARDINAL_BEFORE_SCALE and self.cur is not None:
            self._scale(v, self.cur)
            return True
        return False

    def _scale(self, scale: Exact, group: Exact) -> None:
        if self.last_scale is not None and scale > self.last_scale:
            self.total = (self.total + group) * scale  # ألف وخمسمائة مليون
        else:
            self.total += group * scale
        self.cur = None
        self.fraction = None
        self.last_scale = scale
        self.prev = "scale"

    def phrase(self) -> Phrase | None:
        """The number read, or ``None`` when the atoms do not make one on their own."""
        first = self.atoms[0].kind
        if len(self.atoms) == 1 and first in (
            "unit_compound", "ordinal_compound", "fraction", "scale_definite"
        ):
            return None
        if self.prev == "fraction":
            return None
        scale = self.last_scale if self.prev in ("scale", "half") else None
        if self.vague is not None:
            return Phrase(self.atoms, self.vague[0], self.vague[1], True, False)
        value = self.total + (self.cur or 0)
        return Phrase(self.atoms, value, value, False, self.ordinal, scale)


_GAP_RE = re.compile(r"\s+(?P<waw>و\s*)?")


def scan_phrases(nt: NormalizedText) -> list[Phrase]:
    """Number phrases in the normalised text, in order."""
    s = nt.text
    phrases: list[Phrase] = []
    builder: _Builder | None = None
    prev_end = -1
    for atom in scan_atoms(nt):
        if builder is not None:
            joined = _join(s, prev_end, atom)
            if joined is not None and builder.feed(atom, joined):
                prev_end = atom.end
                continue
            done = builder.phrase()
            if done is not None:
                phrases.append(done)
        builder = _Builder(atom)
        prev_end = atom.end
    if builder is not None:
        done = builder.phrase()
        if done is not None:
            phrases.append(done)
    return phrases


def _join(s: str, prev_end: int, atom: Atom) -> bool | None:
    """How ``atom`` attaches to the atom ending at ``prev_end``: by و (True), by a space
    (False), or not at all (None)."""
    gap_start = atom.start - len(atom.prefix)
    if gap_start <= prev_end:
        return None
    m = _GAP_RE.fullmatch(s, prev_end, gap_start)
    if m is None:
        return None
    if atom.prefix in ("", "و"):
        has_waw = m.group("waw") is not None
        if has_waw and atom.prefix:
            return None
        return has_waw or atom.prefix == "و"
    return None

