"""BIO tag handling shared by the CoNLL reader, the tagger and the evaluator.

Corpora disagree on tag spelling and scheme: ANERcorp says ``PERS`` where AQMAR says ``PER``,
and CoNLL files in the wild mix IOB2 (every entity starts with ``B-``) with IOB1 (``B-`` only
between two adjacent entities of one type) and stray ``I-`` starts. :func:`decode_bio`
reads all of them the same way: an ``I-X`` continues an open ``X`` run and otherwise starts
one; a ``B-X`` always starts one. :func:`to_iob2` re-encodes the runs canonically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

EntityType = Literal["PER", "LOC", "ORG", "MISC"]

#: The entity types rasd's NER model knows, in report order.
ENTITY_TYPES: Final[tuple[EntityType, ...]] = ("PER", "LOC", "ORG", "MISC")

#: Spellings of each type found in Arabic NER corpora (ANERcorp ``PERS``, AQMAR ``PER``,
#: OntoNotes-style ``PERSON``/``GPE``/``ORGANIZATION``). GPE folds into LOC because the
#: training data only distinguishes LOC; the entity linker tells countries from places.
TYPE_ALIASES: Final[dict[str, EntityType]] = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "MISC": "MISC",
    "MIS": "MISC",
}

OUTSIDE: Final = "O"


class TagError(ValueError):
    """A tag that is neither ``O`` nor ``B-``/``I-``/``E-``/``S-`` plus a known type."""


@dataclass(frozen=True, slots=True)
class TagRun:
    """Tokens ``[start, end)`` of one entity of type ``label``."""

    start: int
    end: int
    label: EntityType


def parse_tag(tag: str) -> tuple[str, EntityType | None]:
    """Split ``tag`` into (prefix, canonical type); ``("O", None)`` for outside.

    Accepts ``B I E S`` prefixes (BIOES files read as BIO: ``E``/``S`` close or form a run
    the same way ``I``/``B`` would) with ``-`` or ``_`` separators, case-insensitively.
    """
    upper = tag.strip().upper()
    if upper in ("O", ""):
        return OUTSIDE, None
    if len(upper) < 3 or upper[1] not in "-_" or upper[0] not in "BIES":
        raise TagError(f"unknown tag {tag!r}")
    label = TYPE_ALIASES.get(upper[2:])
    if label is None:
        raise TagError(f"unknown entity type in tag {tag!r}")
    return upper[0], label


def decode_bio(tags: Sequence[str]) -> list[TagRun]:
    """The entity runs of a tag sequence, tolerant of IOB1 and stray ``I-`` starts."""
    runs: list[TagRun] = []
    open_start = -1
    open_label: EntityType | None = None
    for i, tag in enumerate(tags):
        # Most tags are "O": skip parsing them (this runs on every tagged word).
        prefix, label = (OUTSIDE, None) if tag == "O" else parse_tag(tag)
        continues = prefix in ("I", "E") and label == open_label
        if open_label is not None and not continues:
            runs.append(TagRun(open_start, i, open_label))
            open_label = None
        if label is not None and not continues:
            open_start, open_label = i, label
        if prefix in ("E", "S") and open_label is not None:
            runs.append(TagRun(open_start, i + 1, open_label))
            open_label = None
    if open_label is not None:
        runs.append(TagRun(open_start, len(tags), open_label))
    return runs


def encode_bio(runs: Sequence[TagRun], length: int) -> list[str]:
    """IOB2 tags of ``length`` tokens holding the (non-overlapping) ``runs``."""
    tags = [OUTSIDE] * length
    for run in runs:
        tags[run.start] = "B-" + run.label
        for i in range(run.start + 1, run.end):
            tags[i] = "I-" + run.label
    return tags


def to_iob2(tags: Sequence[str]) -> list[str]:
    """Canonical IOB2 over ``PER LOC ORG MISC`` for tags in any scheme this module reads."""
    return encode_bio(decode_bio(tags), len(tags))
