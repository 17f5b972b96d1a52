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

from rasd.comments.toxicity_features import words_of

#: Identical texts shorter than this are ordinary short reactions.
MIN_WORDS: Final = 3


def duplicate_key(text: str) -> str:
    """The normalised word sequence two copies of a comment share."""
    return " ".join(w.key for w in words_of(text))


def duplicate_links(texts: Sequence[str], authors: Sequence[str | None]) -> list[int | None]:
    """For each comment, the index of the first earlier comment with the same text (see the
    module docstring), or None. ``authors`` (one per text, None when unknown) is checked for
    length only: the convention counts same-author reposts too."""
    if len(authors) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(authors)} authors")
    first: dict[str, int] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        key = duplicate_key(text)
        if key.count(" ") + 1 < MIN_WORDS:
            out.append(None)
            continue
        out.append(first.get(key))
        first.setdefault(key, i)
    return out
