"""Arabic normalisation for matching, with an exact map back to the original text.

Matching happens on the normalised string; every hit maps back to a span of the original,
which is never changed. What normalisation does (all of it standard practice for Arabic
retrieval, cf. Lucene's ArabicNormalizer and CAMeL Tools' ``normalize_*``):

* deletes tashkeel (harakat, tanwin, shadda, sukun, superscript alef, Qur'anic marks),
  tatweel, zero-width and bidi control characters, soft hyphens;
* unifies alef forms ``أ إ آ ٱ`` → ``ا``, Persian ``ی ک`` → ``ي ك``, and, when ``fold`` is on
  (the default, for matching), ``ى`` → ``ي`` and ``ة`` → ``ه``;
* maps Arabic-Indic and Persian digits to ASCII, ``٫`` → ``.``, ``٬`` → ``,``, ``٪`` → ``%``,
  the Arabic comma, semicolon and question mark to ``, ; ?``;
* maps every Unicode space (NBSP, thin and figure spaces, ...) to a plain space;
* expands presentation forms (``ﻻ`` → ``لا``, ``ﷲ`` → ``الله``) by NFKC;
* lower-cases ASCII letters.

Speed: the text is rewritten with one ``str.replace`` per distinct character that changes
(found by one regex ``findall``), which is several times faster than ``str.translate`` on
non-ASCII text; the offsets come from a regex over the (rare) characters that delete or
expand: text with none of them costs no offset work.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.caches import word_cache
from rasd.errors import RasdError
from rasd.model import Span

TASHKEEL = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)
)
TATWEEL = "\u0640"
INVISIBLE = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
SPACES = "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"

_BASE: dict[int, str] = {}
for _ch in TASHKEEL + TATWEEL + INVISIBLE:
    _BASE[ord(_ch)] = ""
for _ch in "أإآٱٲٳ":
    _BASE[ord(_ch)] = "ا"
_BASE.update({ord("ی"): "ي", ord("ې"): "ي", ord("ک"): "ك", ord("ڪ"): "ك"})
for _i in range(10):
    _BASE[0x0660 + _i] = str(_i)
    _BASE[0x06F0 + _i] = str(_i)
_BASE.update({ord("٫"): ".", ord("٬"): ",", ord("٪"): "%", ord("،"): ",", ord("؛"): ";",
              ord("؟"): "?", ord("\t"): " "})
for _ch in SPACES:
    _BASE[ord(_ch)] = " "
for _c in range(ord("A"), ord("Z") + 1):
    _BASE[_c] = chr(_c + 32)

_FOLD = {ord("ى"): "ي", ord("ة"): "ه"}

#: Presentation-form blocks that NFKC rewrites (Arabic Presentation Forms-A and -B).
_PRESENTATION = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFC)]


def _build_table(fold: bool) -> dict[int, str]:
    table = dict(_BASE)
    if fold:
        table.update(_FOLD)
    for lo, hi in _PRESENTATION:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch:
                table[cp] = nf.translate(table)
    return table


_TABLES = {True: _build_table(True), False: _build_table(False)}


def _length_changing(table: dict[int, str]) -> re.Pattern[str]:
    chars = sorted(cp for cp, rep in table.items() if len(rep) != 1)
    return re.compile("[" + "".join(re.escape(chr(c)) for c in chars) + "]")


_CHANGERS = {fold: _length_changing(t) for fold, t in _TABLES.items()}


def _replacements(table: dict[int, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex over every character the table changes, and the table keyed by character.

    ``str.translate`` looks every character up in the table (and raises and clears a
    ``KeyError`` for each one that is not there), about 0.2 µs a character; a text changes
    only a handful of distinct characters, so replacing each of them once is much faster.
    That equals the translation only because no replacement contains a character the table
    changes (nothing is rewritten twice), which is checked here.
    """
    by_char = {chr(cp): rep for cp, rep in table.items()}
    if any(ch in by_char for rep in by_char.values() for ch in rep):
        raise RasdError("a normalisation replacement contains a changed character")
    chars = "".join(re.escape(ch) for ch in sorted(by_char))
    return re.compile("[" + chars + "]"), by_char


_REPLACEMENTS = {fold: _replacements(t) for fold, t in _TABLES.items()}
_COMBINING = frozenset(TASHKEEL)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and the map from its indices back to ``original``.

    The map is piecewise linear: normalised index ``i`` in the segment starting at
    ``norm_starts[k]`` comes from original index ``orig_starts[k] + (i - norm_starts[k])``.
    """

    original: str
    text: str
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    def orig_index(self, i: int) -> int:
        """The original index of normalised character ``i`` (``len(text)`` maps to the end)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect_right(self.norm_starts, i) - 1
        return self.orig_starts[k] + (i - self.norm_starts[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original range it came from.

        The end absorbs diacritics that follow the last character, so a match of
        ``كازاخستان`` on ``كازاخستانَ`` covers the whole written word.
        """
        if end <= start:
            o = self.orig_index(start)
            return o, o
        o_start = self.orig_index(start)
        o_end = self.orig_index(end - 1) + 1
        original = self.original
        n = len(original)
        while o_end < n and original[o_end] in _COMBINING:
            o_end += 1
        return o_start, o_end

    def span(self, start: int, end: int) -> Span:
        """The original-text span of normalised ``[start, end)``."""
        a, b = self.to_original(start, end)
        return Span(a, b, self.original[a:b])


def normalized_text(text: str) -> str:
    """``normalize(text).text`` without the offset map, for a caller that only tests or
    compares the normalised string (a page's line keys, a line that may be a timestamp):
    building the map is most of what :func:`normalize` costs on a short line."""
    changed, by_char = _REPLACEMENTS[True]
    out = text
    for ch in set(changed.findall(text)):
        out = out.replace(ch, by_char[ch])
    return out


def normalize(text: str, *, fold: bool = True) -> NormalizedText:
    """Normalise ``text`` for matching and keep the offset map (see module docstring)."""
    table = _TABLES[fold]
    changed, by_char = _REPLACEMENTS[fold]
    out = text
    present = set(changed.findall(text))
    for ch in present:
        out = out.replace(ch, by_char[ch])
    if all(len(by_char[ch]) == 1 for ch in present):  # nothing deleted or expanded
        return NormalizedText(text, out, (0,), (0,))
    norm_starts = [0]
    orig_starts = [0]
    delta = 0  # normalised index minus original index, left of the current position
    for m in _CHANGERS[fold].finditer(text):
        p = m.start()
        rep = table[ord(text[p])]
        n_pos = p + delta
        if rep:
            for j in range(len(rep)):
                _push(norm_starts, orig_starts, n_pos + j, p)
        _push(norm_starts, orig_starts, n_pos + len(rep), p + 1)
        delta += len(rep) - 1
    return NormalizedText(text, out, tuple(norm_starts), tuple(orig_starts))


def _push(norm_starts: list[int], orig_starts: list[int], n: int, o: int) -> None:
    if norm_starts[-1] == n:
        orig_starts[-1] = o
    else:
        norm_starts.append(n)
        orig_starts.append(o)


#: Article pieces (lines, headline, captions, paragraphs) whose normalisation
#: :func:`normalize_piece` keeps. The structure, published-date, text-layer and quote stages
#: each normalised every piece of a page again; a page has tens of pieces and the stages
#: run one after another on it, so a few pages' worth is enough.
PIECE_CACHE_SIZE = 256


# A plain LRU, not rasd.caches.word_cache: that registry holds caches of one word form
# each at the shared word bound (tests/test_caches.py), and a piece is no word.
@lru_cache(maxsize=PIECE_CACHE_SIZE)
def normalize_piece(text: str) -> NormalizedText:
    """:func:`normalize` of an article piece, remembered for the next stages that read the
    same piece (:data:`PIECE_CACHE_SIZE`). The result is immutable and shared."""
    return normalize(text)


@word_cache
def normalize_key(text: str) -> str:
    """Normalised form of a lexicon or gazetteer key (no offsets needed), whitespace squeezed."""
    return " ".join(text.translate(_TABLES[True]).split())


def normalize_keys(*words: str) -> frozenset[str]:
    """The :func:`normalize_key` forms of ``words``: a lexicon word set written in plain
    spelling and probed with normalised text words."""
    return frozenset(normalize_key(w) for w in words)


#: What :func:`strip_tashkeel` deletes, as a translation table built once.
_STRIP_TABLE = {ord(c): None for c in TASHKEEL + TATWEEL}


def strip_tashkeel(text: str) -> str:
    """Remove diacritics and tatweel only (for display of matched keys)."""
    return text.translate(_STRIP_TABLE)


#: A letter written three or more times in a row is emphasis (روووسيا، ههههه، كلاااب);
#: twice can be a real double letter after normalisation (الله، ممثل), so it is left alone.
_EMPHASIS_RE = re.compile(r"(.)\1{2,}")


@word_cache
def squeeze(word: str) -> str:
    """``word`` with letters repeated three or more times written once (reader comments
    stretch words for emphasis; matching keys must not see it)."""
    return _EMPHASIS_RE.sub(r"\1", word)
