"""MSA or dialect? A flag for each reader comment, from dialect marker words.

Markers are in ``data/comments/dialect_markers.tsv`` (weight 1.0 for words MSA never uses,
0.5 for words that are also MSA or common misspellings), plus the attached Egyptian and
Levantine negation ``ما…ش`` (``ماقالش``, ``ماعرفتش``). The varieties are not told apart.

A comment is ``dialect`` when its marker weight reaches :data:`DIALECT_MIN_WEIGHT`, or, in
a long comment (more than :data:`LONG_COMMENT_WORDS` words), :data:`LONG_MIN_WEIGHT`: one
stray ``اللي`` in a long MSA essay is a habit of spelling, not a dialect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from rasd.comments.toxicity_features import Word, words_of
from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.model import DialectFlag
from rasd.text.normalize import normalize_key

#: One clear marker (or two weak ones) makes a short comment dialect.
DIALECT_MIN_WEIGHT: Final = 1.0
#: Long comments need two clear markers.
LONG_COMMENT_WORDS: Final = 60
LONG_MIN_WEIGHT: Final = 2.0
#: The attached negation ما…ش, five letters at least (``ماتش``, a match, is MSA-borrowed).
_NEGATION_RE: Final = re.compile(r"^ما\w{2,}ش$")
_NEGATION_WEIGHT: Final = 1.0


@lru_cache(maxsize=1)
def markers() -> dict[str, float]:
    out: dict[str, float] = {}
    for n, fields in tsv_rows("rasd.data.comments", "dialect_markers.tsv"):
        try:
            form, _region, weight = fields
            out[normalize_key(form)] = float(weight)
        except ValueError as e:
            raise RasdError(f"dialect_markers.tsv:{n}: expected form, region, weight") from e
    return out


def dialect_weight(text: str, words: Sequence[Word] | None = None) -> tuple[float, int]:
    """(marker weight, number of words) of ``text``; ``words`` is ``words_of(text)`` when
    the caller has it already (the comment stage shares it with the duplicate key)."""
    table = markers()
    if words is None:
        words = words_of(text)
    total = 0.0
    for w in words:
        key = w.key
        weight = table.get(key)
        if weight is None and len(key) > 2 and key[0] in "وف":
            weight = table.get(key[1:])
        if weight is None and len(key) >= 5 and _NEGATION_RE.match(key):
            weight = _NEGATION_WEIGHT
        if weight is not None:
            total += weight
    return total, len(words)


def dialect_of(text: str, words: Sequence[Word] | None = None) -> DialectFlag:
    """``"dialect"`` when ``text`` has enough dialect markers, else ``"msa"`` (``words``:
    see :func:`dialect_weight`)."""
    weight, n_words = dialect_weight(text, words)
    needed = LONG_MIN_WEIGHT if n_words > LONG_COMMENT_WORDS else DIALECT_MIN_WEIGHT
    return "dialect" if weight >= needed else "msa"
