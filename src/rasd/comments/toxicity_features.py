"""Words, lexicon hits and classifier features of a reader comment (toxicity).

A comment is read as a list of :class:`Word` (its span in the text and a matching key: the
word normalised like every rasd lexicon key, with letters repeated for emphasis squeezed,
``واااصل`` → ``واصل``). Scripture quoted in the comment (``﴿…﴾``, or a quoted passage right
after ``قال تعالى`` / ``صلى الله عليه وسلم``) is left out: a verse about Satan is not the
reader's insult, whatever stage runs before.

Features (``FEATURE_VERSION``; a model is only valid with the version it was trained with):
word unigrams and bigrams on the keys, character 3–5-grams inside each word (robust to
misspellings and dialect spellings), lexicon hits by kind and by entry, second-person
markers (vocative ``يا``, ``انت``, ``انتم``, ``-كم``), emoji classes, user mentions and links.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.model import ToxicityKind
from rasd.text.normalize import normalize_key

FEATURE_VERSION: Final = "toxicity-features/4"

#: A word: letters, digits, diacritics and tatweel (diacritics are not ``\w`` in Python).
WORD_RE: Final = re.compile(r"[\w\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
#: Three or more of the same letter are emphasis (``ههههه``, ``كلاااب``), never spelling.
_REPEAT_RE: Final = re.compile(r"(.)\1{2,}")
#: Proclitics stripped before a lexicon look-up (the full word is tried first). Single
#: ``ب ل ك`` are not stripped alone: ``بكس`` (a box) must not become ``كس``.
PROCLITICS: Final = ("", "و", "ف", "ال", "وال", "فال", "بال", "لل", "ولل", "كال", "يا",
                     "ويا", "يال")
#: Pronoun suffixes stripped before a whole-word look-up (``كلابه`` → ``كلاب``), longest
#: first; the stem left must keep :data:`MIN_STEM` letters.
ENCLITICS: Final = ("هما", "كما", "هم", "كم", "هن", "ها", "نا", "ه", "ك", "ي")
MIN_STEM: Final = 3
#: Character n-gram lengths inside a word (with ``<`` ``>`` word boundaries).
CHAR_NGRAMS: Final = (3, 4, 5)
#: Total weight of the length-normalised attributes (chosen by 5-fold cross-validation on
#: MPOLD: 3 beat 1.5 and 6).
TEXT_SCALE: Final = 3.0
#: Words whose key is this short give no character n-grams beyond the word itself.
MIN_NGRAM_WORD: Final = 3

_KINDS: Final[frozenset[str]] = frozenset({"insult", "vulgar", "hate", "threat"})

# A quoted passage right after a formula introducing the Qur'an or the Prophet's words.
_SCRIPTURE_RE: Final = re.compile(
    r"﴿[^﴾]{1,600}﴾"
    r"|(?:تعالى|تعالي|عز وجل|سبحانه|صلى الله عليه وسلم|ﷺ)\s*[:：]?\s*"
    r"(?:\"[^\"]{1,600}\"|«[^»]{1,600}»|“[^”]{1,600}”)"
)
_SECOND_PERSON: Final = frozenset({"انت", "انتي", "انتم", "انتو", "انتوا", "انتن", "انتا"})
_EMOJI_CLASSES: Final[dict[str, str]] = {
    **dict.fromkeys("😂🤣😹😆😅", "laugh"),
    **dict.fromkeys("😡🤬😠👿💢", "anger"),
    **dict.fromkeys("🐷🐖🐕🐶🐒🐵🐀🐁🐍🦍🐴🐄🐑🐐💩", "animal"),
    **dict.fromkeys("🖕👎🤮🤢", "rude"),
    **dict.fromkeys("❤💕💖💙💚💛🌹👍👏🙏🤲", "warm"),
    **dict.fromkeys("😢😭💔", "sad"),
}
_EMOJI_RE: Final = re.compile("[" + "".join(sorted(_EMOJI_CLASSES)) + "]")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the comment: ``start``/``end`` offsets in the scored text and its key."""

    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class LexiconHit:
    start: int
    end: int
    kind: ToxicityKind
    entry: str


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """The matching key of one word: rasd normalisation, emphasis repeats squeezed."""
    return _REPEAT_RE.sub(r"\1", normalize_key(word))


def scripture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that quote scripture (left out of scoring)."""
    if "تعال" not in text and "﴿" not in text and "وسلم" not in text and "ﷺ" not in text \
            and "عز وجل" not in text and "سبحانه" not in text:
        return []
    return [(m.start(), m.end()) for m in _SCRIPTURE_RE.finditer(text)]


def words_of(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Word]:
    """The words of ``text`` outside the ``skip`` ranges and outside quoted scripture."""
    ranges = sorted([*skip, *scripture_ranges(text)])
    out: list[Word] = []
    k = 0
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        while k < len(ranges) and ranges[k][1] <= s:
            k += 1
        if k < len(ranges) and ranges[k][0] < e:
            continue
        key = word_key(m.group())
        if key:
            out.append(Word(s, e, key))
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Offensive words by kind: whole clitic-free words, and stems matched as prefixes."""

    words: dict[str, tuple[ToxicityKind, str]]
    prefixes: dict[str, tuple[ToxicityKind, str]]
    #: Lengths of the prefixes, longest first (a word is checked for each length once).
    prefix_lengths: tuple[int, ...]
    #: Look-ups already made (comments repeat their words).
    memo: dict[str, tuple[ToxicityKind, str] | None] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lexicon:
        return _load_lexicon()

    def lookup(self, key: str) -> tuple[ToxicityKind, str] | None:
        """The kind and entry of a word key, trying each proclitic split (memoised)."""
        try:
            return self.memo[key]
        except KeyError:
            found = self.memo[key] = _lookup(self, key)
            return found

    def hits(self, words: Iterable[Word]) -> list[LexiconHit]:
        out: list[LexiconHit] = []
        for w in words:
            found = self.lookup(w.key)
            if found is not None:
                out.append(LexiconHit(w.start, w.end, found[0], found[1]))
        return out


def _lookup(lex: Lexicon, key: str) -> tuple[ToxicityKind, str] | None:
    for clitic in PROCLITICS:
        if clitic and not key.startswith(clitic):
            continue
        stem = key[len(clitic):]
        if len(stem) < 2:
            continue
        found = lex.words.get(stem)
        if found is not None:
            return found
        for suffix in ENCLITICS:
            if len(stem) - len(suffix) >= MIN_STEM and stem.endswith(suffix):
                found = lex.words.get(stem[:-len(suffix)])
                if found is not None:
                    return found
        for n in lex.prefix_lengths:
            if len(stem) >= n:
                found = lex.prefixes.get(stem[:n])
                if found is not None:
                    return found
    return None


@lru_cache(maxsize=1)
def _load_lexicon() -> Lexicon:
    words: dict[str, tuple[ToxicityKind, str]] = {}
    prefixes: dict[str, tuple[ToxicityKind, str]] = {}
    for n, fields in tsv_rows("rasd.data.comments", "toxic_words.tsv"):
        if len(fields) != 3 or fields[1] not in _KINDS or fields[2] not in ("word", "prefix"):
            raise RasdError(f"toxic_words.tsv:{n}: expected form, kind, word|prefix")
        key = word_key(fields[0].strip())
        kind: ToxicityKind = fields[1]  # type: ignore[assignment]
        (words if fields[2] == "word" else prefixes)[key] = (kind, key)
    lengths = tuple(sorted({len(p) for p in prefixes}, reverse=True))
    return Lexicon(words, prefixes, lengths)


def stem_of(key: str) -> str:
    """``key`` without its article or conjunction and one pronoun suffix, when a stem of
    :data:`MIN_STEM` letters is left (a light stemmer for features, not for matching)."""
    for clitic in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
        if key.startswith(clitic) and len(key) - len(clitic) >= MIN_STEM:
            key = key[len(clitic):]
            break
    for suffix in ENCLITICS:
        if key.endswith(suffix) and len(key) - len(suffix) >= MIN_STEM:
            return key[:-len(suffix)]
    return key


@lru_cache(maxsize=131072)
def word_attributes(key: str) -> tuple[str, ...]:
    """The attributes one word contributes on its own: itself, its stem and its character
    n-grams (memoised: comments share most of their words)."""
    out = ["w=" + key]
    stem = stem_of(key)
    if stem != key:
        out.append("s=" + stem)
    if len(key) >= MIN_NGRAM_WORD:
        padded = "<" + key + ">"
        for n in CHAR_NGRAMS:
            out.extend("c=" + padded[j:j + n] for j in range(len(padded) - n + 1))
    return tuple(out)


def is_second_person(key: str) -> bool:
    return key in _SECOND_PERSON or key.endswith("كم") or (key.startswith("يا") and
                                                           len(key) > 3)


#: Per word key: (number of its attributes, those the model knows). Owned by a classifier.
AttributeMemo = dict[str, tuple[int, tuple[str, ...]]]


def features(words: list[Word], hits: list[LexiconHit], text: str,
             known: frozenset[str] | None = None,
             memo: AttributeMemo | None = None) -> dict[str, float]:
    """The classifier's attributes of one comment with their values.

    Comment-level attributes (:func:`context_features`) count 1. The many word, stem,
    n-gram and bigram attributes share a unit of length: each is worth
    ``TEXT_SCALE / sqrt(n)``, ``n`` their number (each distinct word's attributes plus the
    distinct bigrams), as in a length-normalised bag of words, so a long comment is not
    pushed to one side by its length alone (+0.05 Offensive F1 in 5-fold cross-validation
    on MPOLD over binary attributes). With ``known`` (a model's attributes) the others are
    left out, and ``memo`` keeps each word's share between calls.
    """
    keys = [w.key for w in words]
    n = 0
    attrs: set[str] = set()
    for key in dict.fromkeys(keys):
        entry = memo.get(key) if memo is not None else None
        if entry is None:
            full = word_attributes(key)
            kept = full if known is None else tuple(a for a in full if a in known)
            entry = (len(full), kept)
            if memo is not None:
                memo[key] = entry
        n += entry[0]
        attrs.update(entry[1])
    bigrams = {"b=" + a + "_" + b for a, b in itertools.pairwise(keys)}
    n += len(bigrams)
    attrs.update(bigrams if known is None else bigrams & known)
    out = dict.fromkeys(attrs, TEXT_SCALE / math.sqrt(n) if n else 0.0)
    for attr in context_features(words, hits, text):
        if known is None or attr in known:
            out[attr] = 1.0
    return out


def context_features(words: list[Word], hits: list[LexiconHit], text: str) -> list[str]:
    """Attributes of the whole comment: lexicon hits, second person, emoji, mentions, links,
    length and the bias."""
    out = {"lex=" + h.kind for h in hits} | {"lexw=" + h.entry for h in hits}
    out.add("bias")
    if any(is_second_person(w.key) for w in words):
        out.add("2p")
    if len(hits) >= 2:
        out.add("lex>=2")
    for ch in set(_EMOJI_RE.findall(text)):
        out.add("emoji=" + _EMOJI_CLASSES[ch])
    if "@" in text:
        out.add("at")
    if "http" in text or "<url>" in text:
        out.add("url")
    if "!!" in text or "؟؟" in text or "??" in text:
        out.add("punct!!")
    out.add(f"len={min(len(words) // 10, 5)}")
    return list(out)
