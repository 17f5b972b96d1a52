"""Words around an attack trigger, keyed for the lexicons of :mod:`rasd.events.
assault_readings` and :mod:`rasd.events.retellings.assault_tellings` (assault19, 2026-12-05 (19)).

A text word is probed by its *bare* key (normalised, without a fused و/ف, preposition or
article); a listed word is stored with every key it may take, since the و of ``وثقت`` or the
ب of ``بؤر`` cannot be told from a clitic by spelling alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from rasd.events.syntax.clauses import strip_conj, strip_prefix
from rasd.model import Event
from rasd.text.normalize import normalize_key

PUNCT: Final = "«»\"'()[],،.؛:!؟?-—"
#: A preposition and the article fused to a noun (``بالاعتداءات``، ``للقانون``).
PREFIXES: Final = ("بال", "لل", "ال", "ب", "ل")
#: Distinct words keyed per process: every attack candidate keys the words of its sentence
#: (about 80 calls per candidate on news), and a news vocabulary repeats within this size.
KEY_CACHE: Final = 1 << 16


@lru_cache(maxsize=KEY_CACHE)
def key(word: str) -> str:
    """``word`` normalised, without surrounding punctuation and a fused و/ف."""
    return strip_conj(normalize_key(word.strip(PUNCT)))


@lru_cache(maxsize=KEY_CACHE)
def bare(word: str) -> str:
    """A word's key without و/ف, a preposition ب/ل and the article (``بالاعتداءات`` →
    ``اعتداءات``)."""
    return strip_prefix(key(word), PREFIXES, 3)


def variants(word: str) -> set[str]:
    """A listed word's key with and without a leading و/ف and an article or preposition:
    :func:`bare` cannot tell the و of ``وثقت`` from a conjunction, so a set holds both."""
    k = normalize_key(word)
    out = {k, bare(word)}
    if k[:1] in ("و", "ف") and len(k) > 3:
        out.add(k[1:])
    for v in list(out):
        for p in PREFIXES:
            if v.startswith(p) and len(v) - len(p) >= 3:
                out.add(v[len(p):])
    return out


def keys(*words: str) -> frozenset[str]:
    """The keys of ``words`` a text word's :func:`bare` key is probed against."""
    return frozenset(k for w in words for k in variants(w))


def around(e: Event) -> tuple[list[str], list[str]] | None:
    """The words of ``e``'s sentence before its trigger and from the trigger on."""
    sent = e.trigger_sentence()
    if sent is None:
        return None
    before = sent.text[:e.trigger.start - sent.start].split()
    after = sent.text[e.trigger.start - sent.start:].split()
    return before, after
