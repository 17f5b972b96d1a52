"""Duplicate and copy-paste comments.

Two comments are the same when their keys are equal: the text normalised for matching
(tashkeel, tatweel, alef forms, ``ة``/``ى``), letters repeated for emphasis squeezed, and
punctuation, emoji and spacing dropped, i.e. the sequence of word keys
(:func:`rasd.comments.toxicity_features.words_of`).

Convention: a comment is a duplicate of the FIRST earlier comment with the same key,
whoever wrote it. A different author posting the same words is copy-paste or a campaign;
the same author posting twice is a repost. Both add nothing to the thread's reaction, so a
summary should count the text once either way; the author lines (kept on each comment)
tell the two apart when needed. Texts shorter than :data:`MIN_WORDS` words are never
duplicates: ``شكرا`` or ``الله اكبر`` from two readers are common reactions, not copies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.comments.toxicity_features import Word, words_of

#: Identical texts shorter than this are ordinary short reactions.
MIN_WORDS: Final = 3


def duplicate_key(text: str, words: Sequence[Word] | None = None) -> str:
    """The normalised word sequence two copies of a comment share (``words``: the
    ``words_of(text)`` the caller already has)."""
    return " ".join(w.key for w in (words if words is not None else words_of(text)))


def duplicate_links(
    texts: Sequence[str], authors: Sequence[str | None],
    keys: Sequence[str] | None = None,
) -> list[int | None]:
    """For each comment, the index of the first earlier comment with the same text (see the
    module docstring), or None. ``authors`` (one per text, None when unknown) is checked for
    length only: the convention counts same-author reposts too. ``keys`` are the texts'
    :func:`duplicate_key` when the caller computed them already."""
    if len(authors) != len(texts) or (keys is not None and len(keys) != len(texts)):
        raise ValueError(f"{len(texts)} texts but {len(authors)} authors")
    first: dict[str, int] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        key = keys[i] if keys is not None else duplicate_key(text)
        if key.count(" ") + 1 < MIN_WORDS:
            out.append(None)
            continue
        out.append(first.get(key))
        first.setdefault(key, i)
    return out
