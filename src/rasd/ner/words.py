"""Words for the NER model: offsets into the raw text plus the normalised analysis.

The model sees exactly what :func:`split_words` produces, at training time as at tagging
time: training re-tokenises each CoNLL sentence's joined text and projects the gold tags
onto these words (:mod:`rasd.ner.train`), so a corpus tokenisation that differs from ours
(``أ)`` as one token) cannot skew the features.

When the text layer's tokenizer (:mod:`rasd.text.tokens`) is importable its ``tokenize``
supplies the words and their clitic analysis; otherwise a built-in regex tokenizer with a
deliberately conservative clitic split is used (it only splits the article ``ال`` and the
unambiguous ``وال بال كال فال لل`` combinations; single-letter proclitics stay on the word,
where the affix features still see them). The model card records which one trained the
model, and :class:`~rasd.ner.tagger.NerTagger` warns when tagging with the other.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from rasd.caches import word_cache
from rasd.text.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class Word:
    """A token ``text[start:end]`` with its normalised form split into clitics + base."""

    start: int
    end: int
    norm: str
    clitics: str
    base: str


WordSplitter = Callable[[str], list[Word]]

BUILTIN: Final = "builtin/1"
TEXT_TOKENS: Final = "rasd.text.tokens"

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
#: Letters of any script with their diacritics; ASCII letters+digits as one Latin word;
#: numbers with grouping and decimal marks; a run of one repeated punctuation character
#: (``...``, ``!!``); any other single non-space character.
_TOKEN = re.compile(
    rf"[A-Za-z][A-Za-z0-9]*"
    rf"|(?:[^\W\d_]|[{_MARKS}])+"
    rf"|\d+(?:[.,\u066b\u066c]\d+)*"
    rf"|([^\w\s])\1*"
    rf"|\S",
)

#: Shortest base left after splitting off the article: ``ال`` + one letter is almost never
#: an article (``الا``, ``الي`` are words of their own).
MIN_BASE_AFTER_ARTICLE: Final = 2
_ARTICLE = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)")


@word_cache
def analyze(surface: str) -> tuple[str, str, str]:
    """``(norm, clitics, base)`` of one token string by the built-in rules."""
    norm = normalize_key(surface)
    m = _ARTICLE.match(norm)
    if m is not None and len(norm) - m.end() >= MIN_BASE_AFTER_ARTICLE:
        return norm, m.group(), norm[m.end():]
    return norm, "", norm


def builtin_words(text: str) -> list[Word]:
    """The built-in regex tokenizer (one scan) with :func:`analyze` per token."""
    words: list[Word] = []
    append = words.append
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        norm, clitics, base = analyze(m.group())
        if norm:  # a lone tatweel or invisible mark normalises to nothing
            append(Word(start, end, norm, clitics, base))
    return words


def text_layer_splitter() -> WordSplitter | None:
    """A splitter over :func:`rasd.text.tokens.tokenize`, or ``None`` if it isn't there."""
    try:
        module = importlib.import_module(TEXT_TOKENS)
    except ImportError:
        return None
    tokenize = module.tokenize

    def split(text: str) -> list[Word]:
        return [
            Word(t.start, t.end, t.norm, t.clitics, t.base)
            for t in tokenize(text)
            if t.norm
        ]

    return split


def resolve_splitter(name: str | None = None) -> tuple[str, WordSplitter]:
    """The splitter called ``name`` (``None``: the text layer's if present, else built-in)."""
    if name in (None, TEXT_TOKENS):
        split = text_layer_splitter()
        if split is not None:
            return TEXT_TOKENS, split
        if name == TEXT_TOKENS:
            raise ImportError("rasd.text.tokens is not available")
    elif name != BUILTIN:
        raise ValueError(f"unknown word splitter {name!r}")
    return BUILTIN, builtin_words


#: Normalised punctuation that ends a sentence (``؟`` is ``?`` after normalisation).
_SENTENCE_END = re.compile(r"[.!?\u2026]+")
_END_CHARS: Final = frozenset(".!?\u2026")


def sentence_chunks(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """Word ranges ``[a, b)`` to tag as separate sequences.

    A chunk ends after sentence-final punctuation (except a period after a one-letter word:
    ``د.`` and initials keep a title with its name) and before a word on a new line. The
    trainer chunks CoNLL sentences the same way, so the model never sees a boundary the
    tagger wouldn't make.
    """
    chunks: list[tuple[int, int]] = []
    start = 0
    # The next newline, or past the text when none is left (no word starts beyond it).
    beyond = len(text)
    newline = text.find("\n")
    if newline == -1:
        newline = beyond
    for i, word in enumerate(words):
        if word.start > newline:
            if i > start:
                chunks.append((start, i))
                start = i
            newline = text.find("\n", word.start)
            if newline == -1:
                newline = beyond
        norm = word.norm
        # The last-character test spares the regex nearly every word.
        if norm[-1:] in _END_CHARS and _SENTENCE_END.fullmatch(norm) and not (
            norm == "." and i > start and len(words[i - 1].norm) == 1
        ):
            chunks.append((start, i + 1))
            start = i + 1
    if start < len(words):
        chunks.append((start, len(words)))
    return chunks


def project_spans(
    spans: Iterable[tuple[int, int, str]], words: Sequence[Word]
) -> list[str | None]:
    """BIO labels for ``words`` from labelled character spans ``(start, end, label)``.

    A word overlapping a span is inside it (a gazetteer span may leave out a proclitic the
    word carries: ``ب|كازاخستان``); a word claimed by two spans keeps the first.
    """
    labels: list[str | None] = [None] * len(words)
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    for start, end, label in spans:
        first = bisect_right(ends, start)  # words before it end at or before the span starts
        last = bisect_left(starts, end)  # words from here on start at or after its end
        prefix = "B-"
        for i in range(first, last):
            if labels[i] is None:
                labels[i] = prefix + label
            prefix = "I-"
    return labels
