"""Gazetteer features for the NER model: which words lie inside a known name.

The model takes any :class:`GazetteerLabeler` — a callable giving each word a BIO label
such as ``B-LOC`` / ``I-ORG`` (or ``None``) — so it trains and runs with or without the
knowledge base. :func:`kb_labeler` adapts :mod:`rasd.kb`'s gazetteer when that package is
importable and returns ``None`` otherwise; :class:`SpanLabeler` adapts any function that
finds ``(start, end, type)`` name matches in raw text. The model card stores the labeler's
``name`` so a tagger uses the same one the model was trained with.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Protocol

from rasd.ner.triggers import load_triggers
from rasd.ner.words import Word, project_spans

log = logging.getLogger(__name__)

KB_LABELER: Final = "rasd.kb"
PLACE_CUE_CLASS: Final = "LOCCUE"

#: KB entry types as gazetteer labels. Nisba adjectives (NORP: ``الفرنسي``) get their own
#: label: in ANERcorp they are mostly outside entities, but the model should learn that.
KB_TYPE_LABELS: Final[dict[str, str]] = {
    "GPE": "LOC",
    "LOC": "LOC",
    "ORG": "ORG",
    "PERSON": "PER",
    "PER": "PER",
    "NORP": "NORP",
}


class GazetteerLabeler(Protocol):
    """Labels each word of ``text`` by the gazetteer match it lies in, if any."""

    @property
    def name(self) -> str: ...

    def __call__(self, text: str, words: Sequence[Word]) -> list[str | None]: ...


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A gazetteer match: characters ``[start, end)`` of the text and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class SpanLabeler:
    """A labeler over any name finder returning character-span matches.

    ``leading_cues``: words (by base) to drop from the start of a LOC match. Gazetteers
    list ``محافظة البصرة`` whole, but the NER corpora tag the cue word O and the name LOC
    (``محافظة`` O, ``البصرة`` B-LOC), and the features should agree with the annotation.
    """

    name: str
    find: Callable[[str], Iterable[NameMatch]]
    leading_cues: frozenset[str] = frozenset()

    def __call__(self, text: str, words: Sequence[Word]) -> list[str | None]:
        labels = project_spans(((m.start, m.end, m.label) for m in self.find(text)), words)
        if self.leading_cues:
            _drop_leading_cues(labels, words, self.leading_cues)
        return labels


def _drop_leading_cues(
    labels: list[str | None], words: Sequence[Word], cues: frozenset[str]
) -> None:
    n = len(labels)
    for i in range(n):
        if labels[i] != "B-LOC" or words[i].base not in cues:
            continue
        j = i
        while j < n and labels[j] in ("B-LOC", "I-LOC") and words[j].base in cues and (
            j == i or labels[j] == "I-LOC"
        ):
            j += 1
        if j < n and labels[j] == "I-LOC":  # a name follows the cues: it starts the match
            for k in range(i, j):
                labels[k] = None
            labels[j] = "B-LOC"


def kb_labeler() -> GazetteerLabeler | None:
    """A labeler over the knowledge base's gazetteer, or ``None`` when it isn't available."""
    try:
        kb = importlib.import_module(KB_LABELER)
        gazetteer = _load_gazetteer(kb)
    except Exception as exc:  # the KB is optional: any failure means "no gazetteer"
        log.info("NER runs without gazetteer features (%s: %s)", type(exc).__name__, exc)
        return None

    def find(text: str) -> Iterable[NameMatch]:
        for match in gazetteer.find(text):
            label = _match_label(match)
            if label is not None:
                yield NameMatch(match.span.start, match.span.end, label)

    return SpanLabeler(KB_LABELER, find, place_cues())


def kb_match_labels(matches: Iterable[Any], words: Sequence[Word]) -> list[str | None]:
    """The :func:`kb_labeler` labels from KB matches a caller already has.

    ``matches``: :meth:`rasd.kb.Gazetteer.find` results for the text ``words`` index; the
    entity stage finds them anyway, and passing them spares the tagger a second search.
    """
    found = ((m.span.start, m.span.end, label) for m in matches
             if (label := _match_label(m)) is not None)
    labels = project_spans(found, words)
    _drop_leading_cues(labels, words, place_cues())
    return labels


@lru_cache(maxsize=1)
def place_cues() -> frozenset[str]:
    """Bases of the place cue words (``LOCCUE`` triggers: مدينة، محافظة، ولاية ...)."""
    single = load_triggers().single
    return frozenset(key for key, classes in single.items() if PLACE_CUE_CLASS in classes)


def _load_gazetteer(kb: Any) -> Any:
    return kb.Gazetteer.default()


def _match_label(match: Any) -> str | None:
    entries = getattr(match, "entries", ())
    if not entries:
        return None
    return KB_TYPE_LABELS.get(str(entries[0].type))


def resolve_labeler(name: str | None) -> GazetteerLabeler | None:
    """The labeler a model card names (``None`` means the model uses no gazetteer)."""
    if name is None:
        return None
    if name == KB_LABELER:
        labeler = kb_labeler()
        if labeler is None:
            log.warning("the NER model was trained with %s features but it is not available; "
                        "tagging without them loses accuracy", name)
        return labeler
    raise ValueError(f"unknown gazetteer labeler {name!r}")
