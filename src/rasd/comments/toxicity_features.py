"""Classifier features of a reader comment (toxicity).

The words of a comment and the lexicon hits come from :mod:`rasd.comments.toxicity_lexicon`
(re-exported here: the comment stage and the classifier import them from this module).

Features (``FEATURE_VERSION``; a model is only valid with the version it was trained with):
word unigrams and bigrams on the keys, character 3–5-grams inside each word (robust to
misspellings and dialect spellings), lexicon hits by kind, group and entry, their number,
a hit addressed to someone (after a vocative ``يا``, or in a comment in the second person),
second-person markers (vocative ``يا``, ``انت``, ``انتم``, ``-كم``), emoji classes, user
mentions and links.

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
from pathlib import Path
from typing import Final

from rasd.caches import word_cache
from rasd.comments.toxicity_lexicon import (
    ENCLITICS,
    MIN_STEM,
    VOCATIVES,
    Lexicon,
    LexiconHit,
    Word,
    scripture_ranges,
    word_key,
    words_of,
)
from rasd.errors import RasdError

__all__ = ["FEATURE_VERSION", "AttributeMemo", "Lexicon", "LexiconHit", "Word", "features",
           "log_count_ratios", "read_weights", "scripture_ranges", "weigh", "word_key",
           "words_of", "write_weights"]

FEATURE_VERSION: Final = "toxicity-features/6"

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

#: Lexicon hits counted up to this many (``lexn=3`` is three or more).
MAX_HIT_COUNT: Final = 3
#: Words whose key is this short give no character n-grams beyond the word itself.
MIN_NGRAM_WORD: Final = 3

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


#: Per word key: (number of its attributes, those the model knows with their weights,
#: as a dict: a comment's attributes are gathered with one ``dict.update`` per word).
#: Owned by a classifier.
AttributeMemo = dict[str, tuple[int, dict[str, float]]]


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
            entry = (len(full), dict(_kept(full, known, weights)))
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
    """Attributes of the whole comment: lexicon hits (kind, group, entry, how many, whether
    addressed to someone), second person, emoji, mentions, links, length and the bias."""
    out = {"lex=" + h.kind for h in hits} | {"lexw=" + h.entry for h in hits}
    out.update("lexg=" + h.group for h in hits)
    out.add("bias")
    second = any(k in _SECOND_PERSON or k.endswith("كم") or (k.startswith("يا") and len(k) > 3)
                 for k in [w.key for w in words])  # is_second_person, inline: every word
    if second:
        out.add("2p")
    if hits:
        out.add(f"lexn={min(len(hits), MAX_HIT_COUNT)}")
        if second:
            out.add("lex+2p")
        if any(_addressed(words, h) for h in hits):
            out.add("lexvoc")
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


def _addressed(words: list[Word], hit: LexiconHit) -> bool:
    """Is the hit said to someone: ``يا حمار``, ``ياحمار``, ``ايها الخونه``? (``hit.index``
    is its word in the comment; a window of a long comment looks it up by offset.)"""
    i = hit.index
    if not (i < len(words) and words[i].start == hit.start):
        i = next((k for k, w in enumerate(words) if w.start == hit.start), -1)
        if i < 0:
            return False
    return words[i].key.startswith("يا") or (i > 0 and words[i - 1].key in VOCATIVES)
