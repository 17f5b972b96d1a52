"""Named-entity tagging of raw text with the shipped CRF model.

``NerTagger.load().tag(text)`` splits the text into words with offsets
(:mod:`rasd.ner.words`), cuts it into sentence-like chunks, extracts features, runs the
CRF and decodes its BIO labels into mentions whose spans index the ORIGINAL text.

Types: ``PERSON``, ``ORG``, ``LOC``, ``MISC``. The Arabic NER corpora the model learns from
tag countries, cities and regions alike as LOC, so the tagger does not guess GPE; the
entity linker, which knows what a name refers to, decides GPE vs LOC.

Spans cover whole words, proclitics included (``ولبنان`` is one LOC mention), because that
is how the training corpora annotate them; the KB's gazetteer gives clitic-free spans.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, Literal

from rasd.model import Span
from rasd.ner.bio import EntityType, decode_bio
from rasd.ner.card import ModelCard, card_path
from rasd.ner.crf import CrfModel
from rasd.ner.features import FEATURE_VERSION, FeatureExtractor, resources_digest
from rasd.ner.gazetteer import GazetteerLabeler, resolve_labeler
from rasd.ner.words import BUILTIN, Word, WordSplitter, resolve_splitter, sentence_chunks

log = logging.getLogger(__name__)

MentionType = Literal["PERSON", "ORG", "LOC", "MISC"]

MENTION_TYPES: Final[dict[EntityType, MentionType]] = {
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "MISC": "MISC",
}

MODEL_PACKAGE: Final = "rasd.data.models"
MODEL_FILE: Final = "ner.crfsuite"


@dataclass(frozen=True, slots=True)
class NerMention:
    """A name the model found: its span in the original text and its type."""

    span: Span
    type: MentionType


def default_model_path() -> Path:
    """The model shipped with rasd."""
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)))


class NerTagger:
    """A CRF NER model with the word splitter and gazetteer it was trained with.

    Not thread-safe (the CRFsuite tagger keeps per-call state): use one per thread.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        splitter: str | None = None,
        labeler: GazetteerLabeler | None = None,
        card: ModelCard | None = None,
    ) -> None:
        self.model_path = model_path
        self.card = card
        self.model = CrfModel(model_path)
        self.splitter_name, self.split_words = _splitter_for(splitter)
        self.labeler = labeler
        self.features = FeatureExtractor(known=self.model.attributes())

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """The tagger for ``path`` (default: the shipped model), loaded once and cached.

        The card beside the model says which word splitter and gazetteer to use.
        """
        resolved = Path(path) if path is not None else default_model_path()
        return _load_cached(resolved.resolve())

    @classmethod
    def from_card(cls, model_path: Path) -> NerTagger:
        """A fresh (uncached) tagger configured by the card beside ``model_path``."""
        cpath = card_path(model_path)
        if not cpath.is_file():
            log.warning("%s has no model card; assuming built-in words, no gazetteer",
                        model_path)
            return cls(model_path, splitter=BUILTIN)
        card = ModelCard.read(cpath)
        if card.feature_version != FEATURE_VERSION:
            log.warning("%s was trained with %s but this rasd extracts %s: retrain it",
                        model_path, card.feature_version, FEATURE_VERSION)
        elif card.resources != resources_digest():
            log.warning("%s was trained with other lexicon/cluster files than these: "
                        "retrain it", model_path)
        return cls(model_path, splitter=card.word_splitter,
                   labeler=resolve_labeler(card.gazetteer), card=card)

    def tag(self, text: str) -> list[NerMention]:
        """The named-entity mentions of raw ``text``, in text order."""
        words = self.split_words(text)
        if not words:
            return []
        labels = self.tag_words(text, words)
        mentions: list[NerMention] = []
        for run in decode_bio(labels):
            start, end = words[run.start].start, words[run.end - 1].end
            mentions.append(NerMention(Span(start, end, text[start:end]),
                                       MENTION_TYPES[run.label]))
        return mentions

    def tag_words(self, text: str, words: Sequence[Word]) -> list[str]:
        """One BIO label per word of ``text`` (``words`` from :attr:`split_words`)."""
        gazetteer = self.labeler(text, words) if self.labeler is not None else None
        doc = self.features.document(words, gazetteer)
        labels: list[str] = []
        for a, b in sentence_chunks(text, words):
            xseq = self.features.sentence(
                words[a:b], gazetteer[a:b] if gazetteer is not None else None, doc[a:b]
            )
            labels.extend(self.model.tag(xseq))
        return labels


def _splitter_for(name: str | None) -> tuple[str, WordSplitter]:
    try:
        return resolve_splitter(name)
    except ImportError:
        log.warning("the NER model was trained on %s words, which are not available; "
                    "using the built-in splitter", name)
        return resolve_splitter(BUILTIN)


@lru_cache(maxsize=4)
def _load_cached(path: Path) -> NerTagger:
    return NerTagger.from_card(path)
