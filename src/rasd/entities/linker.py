"""Stage: entities — named-entity mentions linked to the knowledge base, with roles,
nationality adjectives, capital metonymy and coreference (``docs/schema.md``, "Entities").

Per document: each article piece (headline, captions, body blocks; the whole text when
the document has no structure) is tokenised once; the KB gazetteer and the NER model find
names in it; the gazetteer's ambiguous readings are resolved by the places of the *whole*
document (``طرابلس`` with ``لبنان`` nearby); KB and model names are merged
(:func:`rasd.entities.units.merge_units`), read into mentions
(:class:`rasd.entities.mentions.PieceReader`) and grouped into entities
(:func:`rasd.entities.coref.build_entities`). Comments are left out: what readers name is
the comment stage's business.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import ClassVar

from rasd.entities.coref import build_entities
from rasd.entities.lexicon import EntityWords, entity_words
from rasd.entities.mentions import PieceReader, RawMention
from rasd.entities.units import (
    MentionTagger,
    Piece,
    kb_units,
    merge_units,
    ner_units,
    tag_pieces,
)
from rasd.kb import KnowledgeBase, disambiguate
from rasd.kb.store import cue_words
from rasd.model import Document, Entity, Span
from rasd.text.layer import article_spans
from rasd.text.tokens import tokenize

log = logging.getLogger(__name__)


def document_pieces(doc: Document) -> list[Span]:
    """The article's pieces in reading order, or the whole text when it has none."""
    pieces = list(article_spans(doc))
    if not pieces and doc.text.strip():
        pieces = [Span(0, len(doc.text), doc.text)]
    return pieces


class EntityLinker:
    """Fill ``entities`` from the article text (see module doc).

    ``kb`` defaults to :meth:`KnowledgeBase.load` (shipped data plus the user dictionary,
    re-read when the user file changes); ``tagger`` to the shipped NER model, or pass
    ``None`` explicitly with ``use_ner=False`` to rely on the KB and role phrases alone.
    """

    name: ClassVar[str] = "entities/1"
    requires: ClassVar[frozenset[str]] = frozenset(
        {"title", "captions", "blocks", "times", "casualties"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(
        self, kb: KnowledgeBase | None = None, tagger: MentionTagger | None = None,
        *, use_ner: bool = True, words: EntityWords | None = None,
    ) -> None:
        self._kb = kb
        self._tagger = tagger
        self.use_ner = use_ner
        self.words = words or entity_words()
        filler: set[str] = set(self.words.name_titles)
        for cues in cue_words().values():
            filler |= cues
        self._filler = frozenset(filler)

    @property
    def kb(self) -> KnowledgeBase:
        # Not cached on the instance unless given: the user dictionary may change between
        # documents (``rasd kb add``) and KnowledgeBase.load is itself cached by file stamp.
        return self._kb if self._kb is not None else KnowledgeBase.load()

    @property
    def tagger(self) -> MentionTagger | None:
        if not self.use_ner:
            return None
        if self._tagger is None:
            from rasd.ner import NerTagger

            self._tagger = NerTagger.load()
        return self._tagger

    def __call__(self, doc: Document) -> Document:
        return replace(doc, entities=tuple(self.entities(doc)))

    def entities(self, doc: Document) -> list[Entity]:
        """The document's entities."""
        kb = self.kb
        gazetteer = kb.gazetteer()
        tagger = self.tagger
        pieces: list[Piece] = []
        for span in document_pieces(doc):
            tokens = tokenize(span.text)
            piece = Piece(span.text, span.start, tokens)
            piece.matches = gazetteer.find(span.text, tokens)
            pieces.append(piece)
        if tagger is not None:
            tag_pieces(tagger, pieces)
        resolutions = disambiguate([m for p in pieces for m in p.matches])
        reader = PieceReader(kb, self.words)
        raw: list[RawMention] = []
        at = 0
        for index, piece in enumerate(pieces):
            mine = resolutions[at : at + len(piece.matches)]
            at += len(piece.matches)
            outer, _nested = merge_units(
                piece, kb_units(piece, mine), ner_units(piece), self._filler)
            reader.read(piece, outer, raw, index)
        entities = build_entities(raw)
        log.debug("%s: %d entities from %d mentions", doc.id, len(entities), len(raw))
        return entities


__all__ = ["EntityLinker", "document_pieces"]
