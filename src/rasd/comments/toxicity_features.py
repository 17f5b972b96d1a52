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

The text attributes (words, stems, n-grams, bigrams) are weighted NB-SVM style (Wang &
Manning 2012): each by the absolute log-count ratio of the attribute between offensive and
other training comments (:func:`log_count_ratios`), so that the L2-regularised maxent
spends its weight budget on attributes that separate the classes. The weights are computed
at training time and shipped beside the model (``toxicity.weights.tsv``).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from rasd.caches import word_cache
from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.model import ToxicityKind
from rasd.text.normalize import normalize_key, squeeze

FEATURE_VERSION: Final = "toxicity-features/5"

#: A word: letters, digits, diacritics and tatweel (diacritics are not ``\w`` in Python).
WORD_RE: Final = re.compile(r"[\w\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
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
#: Prefixes of the text attributes (weighted by their log-count ratio); the others are
#: comment-level attributes worth 1.
TEXT_PREFIXES: Final = ("w=", "s=", "c=", "b=")
#: Additive smoothing of the log-count ratio (Wang & Manning 2012 use 1).
NB_ALPHA: Final = 1.0
#: Text attributes seen in fewer training comments get no weight and are dropped (typos and
#: one-off n-grams; the same cut as CRFsuite's ``feature.minfreq`` in training).
NB_MIN_COUNT: Final = 2
#: Decimals of a shipped weight (training rounds too, so training and scoring agree).
WEIGHT_DECIMALS: Final = 4

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


@word_cache  # the shared word bound (rasd.caches, issue 8), not a size of its own
def word_key(word: str) -> str:
    """The matching key of one word: rasd normalisation, emphasis repeats squeezed."""
    return squeeze(normalize_key(word))


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


@word_cache  # the shared word bound (rasd.caches, issue 8), not a size of its own
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


#: Per word key: (number of its attributes, those the model knows with their weights).
#: Owned by a classifier.
AttributeMemo = dict[str, tuple[int, tuple[tuple[str, float], ...]]]


def features(words: list[Word], hits: list[LexiconHit], text: str,
             known: frozenset[str] | None = None,
             memo: AttributeMemo | None = None,
             weights: Mapping[str, float] | None = None) -> dict[str, float]:
    """The classifier's attributes of one comment with their values.

    Comment-level attributes (:func:`context_features`) count 1. The many word, stem,
    n-gram and bigram attributes share a unit of length: each is worth
    ``TEXT_SCALE / sqrt(n)``, ``n`` their number (each distinct word's attributes plus the
    distinct bigrams), as in a length-normalised bag of words, so a long comment is not
    pushed to one side by its length alone (+0.05 Offensive F1 in 5-fold cross-validation
    on MPOLD over binary attributes). With ``weights`` (the shipped log-count ratios) each
    text attribute's value is multiplied by its weight and those without one are left out.
    With ``known`` (a model's attributes) the others are left out too, and ``memo`` keeps
    each word's share between calls.
    """
    keys = [w.key for w in words]
    n = 0
    attrs: dict[str, float] = {}
    for key in dict.fromkeys(keys):
        entry = memo.get(key) if memo is not None else None
        if entry is None:
            full = word_attributes(key)
            entry = (len(full), _kept(full, known, weights))
            if memo is not None:
                memo[key] = entry
        n += entry[0]
        attrs.update(entry[1])
    bigrams = {"b=" + a + "_" + b for a, b in itertools.pairwise(keys)}
    n += len(bigrams)
    attrs.update(_kept(bigrams, known, weights))
    unit = TEXT_SCALE / math.sqrt(n) if n else 0.0
    out = {a: unit * w for a, w in attrs.items()}
    for attr in context_features(words, hits, text):
        if known is None or attr in known:
            out[attr] = 1.0
    return out


def _kept(attrs: Iterable[str], known: frozenset[str] | None,
          weights: Mapping[str, float] | None) -> tuple[tuple[str, float], ...]:
    """The attributes kept with their weights (1 without ``weights``)."""
    if weights is None:
        return tuple((a, 1.0) for a in attrs if known is None or a in known)
    out = []
    for a in attrs:
        w = weights.get(a)
        if w is not None and (known is None or a in known):
            out.append((a, w))
    return tuple(out)


def is_text_attribute(attr: str) -> bool:
    return attr[:2] in TEXT_PREFIXES


def log_count_ratios(samples: Iterable[tuple[Iterable[str], bool]]) -> dict[str, float]:
    """NB-SVM weights of the text attributes: ``|log(p_a / |p|) - log(q_a / |q|)|`` where
    ``p_a``/``q_a`` count the offensive/other comments having ``a``, plus :data:`NB_ALPHA`;
    attributes in fewer than :data:`NB_MIN_COUNT` comments get none. The sign is dropped:
    the maxent learns it; the magnitude sets how cheap the attribute is to use."""
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    for attrs, offensive in samples:
        (pos if offensive else neg).update(a for a in set(attrs) if is_text_attribute(a))
    vocab = [a for a in pos.keys() | neg.keys() if pos[a] + neg[a] >= NB_MIN_COUNT]
    p_total = sum(pos[a] for a in vocab) + NB_ALPHA * len(vocab)
    q_total = sum(neg[a] for a in vocab) + NB_ALPHA * len(vocab)
    return {a: round(abs(math.log((pos[a] + NB_ALPHA) / p_total)
                         - math.log((neg[a] + NB_ALPHA) / q_total)), WEIGHT_DECIMALS)
            for a in sorted(vocab)}


def weigh(attrs: Mapping[str, float], weights: Mapping[str, float]) -> dict[str, float]:
    """Attributes computed without weights, weighted (what :func:`features` gives with
    ``weights``)."""
    out: dict[str, float] = {}
    for a, v in attrs.items():
        if not is_text_attribute(a):
            out[a] = v
        elif (w := weights.get(a)) is not None:
            out[a] = v * w
    return out


def read_weights(path: Path) -> dict[str, float]:
    """The weights file written by :func:`write_weights` (``attribute<TAB>weight``)."""
    out: dict[str, float] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        attr, sep, value = line.rpartition("\t")
        if not sep:
            raise RasdError(f"{path}:{n}: expected attribute<TAB>weight")
        out[attr] = float(value)
    return out


def write_weights(path: Path, weights: Mapping[str, float]) -> None:
    lines = ["# NB-SVM log-count-ratio weights of the toxicity model's text attributes "
             "(rasd.comments.toxicity_features.log_count_ratios), written by "
             "`rasd train toxicity` from its training data.",
             "# attribute\tweight"]
    lines += [f"{a}\t{w}" for a, w in sorted(weights.items())]
    path.write_text("\n".join(lines) + "\n", "utf-8")


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
