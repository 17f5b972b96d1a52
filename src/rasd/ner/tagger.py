"""Named-entity tagging of raw text with the shipped CRF model.

``NerTagger.load().tag(text)`` splits the text into words with offsets
(:mod:`rasd.ner.words`), cuts it into sentence-like chunks, extracts features (per word and
per text: :mod:`rasd.ner.doc`), runs the CRF, cleans the labels up
(:mod:`rasd.ner.consistency`) and decodes them into mentions whose spans index the
ORIGINAL text. Give it a whole article: the document-level evidence and the spreading of
names to their repeats need the other sentences (:meth:`NerTagger.tag_pieces` takes an
article's paragraphs separately).

Types: ``PERSON``, ``ORG``, ``LOC``, ``MISC``. The Arabic NER corpora the model learns from
tag countries, cities and regions alike as LOC, so the tagger does not guess GPE; the
entity linker, which knows what a name refers to, decides GPE vs LOC.

Spans cover whole words, proclitics included (``ولبنان`` is one LOC mention), because that
is how the training corpora annotate them; the KB's gazetteer gives clitic-free spans.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

from rasd.model import Span
from rasd.ner.bio import EntityType, decode_bio
from rasd.ner.card import ModelCard, card_path
from rasd.ner.compiled import CompiledCrf
from rasd.ner.consistency import propagate_names, split_coordinated
from rasd.ner.crf import CrfModel
from rasd.ner.dictionary import NameDictionary, dictionary_path
from rasd.ner.emissions import EmissionScorer
from rasd.ner.features import FEATURE_VERSION, FeatureExtractor, resources_digest
from rasd.ner.gazetteer import (
    KB_LABELER,
    GazetteerLabeler,
    kb_match_labels,
    resolve_labeler,
)
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

    Not thread-safe (the CRFsuite tagger keeps per-call state, the scorer a cache): use one
    per thread.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        splitter: str | None = None,
        labeler: GazetteerLabeler | None = None,
        card: ModelCard | None = None,
        dictionary: NameDictionary | None = None,
    ) -> None:
        """``dictionary``: for a model trained with name-dictionary features
        (:mod:`rasd.ner.dictionary`), the dictionary shipped beside it."""
        self.model_path = model_path
        self.card = card
        # Tagging sums the model's weights itself (rasd.ner.emissions); :attr:`model` is
        # for what only CRFsuite gives (marginals) and to check the two agree.
        self._model: CrfModel | None = None
        self.compiled = CompiledCrf.load(model_path)
        self.splitter_name, self.split_words = _splitter_for(splitter)
        self.labeler = labeler
        # No ``known`` filter: the scorer looks every feature up in the model anyway.
        self.features = FeatureExtractor(dictionary=dictionary)
        self.scorer = EmissionScorer(self.features, self.compiled)

    @property
    def model(self) -> CrfModel:
        """CRFsuite's own tagger for the model, loaded on first use: tagging never needs
        it, and it holds a copy of the whole model file (~3 MB) in memory."""
        if self._model is None:
            self._model = CrfModel(self.model_path)
        return self._model

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
        names = NameDictionary.read(dictionary_path(model_path)) \
            if card.params.get("name_dictionary_min_count") else None
        return cls(model_path, splitter=card.word_splitter,
                   labeler=resolve_labeler(card.gazetteer), card=card, dictionary=names)

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
        return self.tag_pieces([(text, words)])[0]

    def tag_pieces(
        self,
        pieces: Sequence[tuple[str, Sequence[Word]]],
        kb_matches: Sequence[Iterable[Any]] | None = None,
    ) -> list[list[str]]:
        """BIO labels for the words of several pieces (paragraphs) of ONE document.

        Each piece is cut into sentences and tagged on its own, but the document-level
        evidence (:mod:`rasd.ner.doc`) and the spreading of names to their repeats
        (:mod:`rasd.ner.consistency`) see all pieces together, as one article.
        ``kb_matches``: per piece, the :meth:`rasd.kb.Gazetteer.find` matches the caller
        already has; used instead of searching again when the model's gazetteer is the KB.
        """
        if kb_matches is not None and len(kb_matches) != len(pieces):
            raise ValueError(f"{len(pieces)} pieces but {len(kb_matches)} match lists")
        reuse = kb_matches is not None and self.labeler is not None \
            and self.labeler.name == KB_LABELER
        flat: list[Word] = []
        gazetteer: list[str | None] = []
        bounds: list[tuple[int, int]] = []
        for k, (text, words) in enumerate(pieces):
            bounds.append((len(flat), len(flat) + len(words)))
            flat.extend(words)
            if reuse and kb_matches is not None:
                gazetteer.extend(kb_match_labels(kb_matches[k], words))
            elif self.labeler is not None:
                gazetteer.extend(self.labeler(text, words))
        gaz = gazetteer if self.labeler is not None else None
        scorer = self.scorer
        scored = scorer.words(flat)
        doc = scorer.document_weights(scorer.document(scored, gaz))
        labels: list[str] = []
        for (text, words), (first, _last) in zip(pieces, bounds, strict=True):
            for a, b in sentence_chunks(text, words):
                a, b = first + a, first + b
                labels.extend(scorer.tag(flat[a:b], scored[a:b],
                                         gaz[a:b] if gaz is not None else None,
                                         doc_weights=doc[a:b]))
        labels = split_coordinated(flat, labels)
        labels = propagate_names(flat, labels, self.features.triggers)
        return [labels[first:last] for first, last in bounds]


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
