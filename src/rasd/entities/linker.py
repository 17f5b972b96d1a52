"""Stage: entities — named-entity mentions linked to the knowledge base, with roles,
nationality adjectives, capital metonymy and coreference (``docs/schema.md``, "Entities").

Per document: each article piece (headline, captions, body blocks; the whole text when
the document has no structure) is tokenised once and searched by the KB gazetteer; the NER
model then tags ALL pieces in one call (:func:`rasd.entities.units.tag_pieces`: its
document-level evidence sees the whole article, and it reuses the gazetteer's matches
instead of searching again); the gazetteer's ambiguous readings are resolved by the places
of the *whole* document (``طرابلس`` with ``لبنان`` nearby); KB and model names are merged
(:func:`rasd.entities.merge.merge_units`), read into mentions
(:class:`rasd.entities.mentions.PieceReader`) and grouped into entities
(:func:`rasd.entities.coref.build_entities`). Comments are left out: what readers name is
the comment stage's business.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from rasd.entities.coref import build_entities
from rasd.entities.lexicon import EntityWords, entity_words
from rasd.entities.mentions import PieceReader, RawMention
from rasd.entities.merge import merge_units
from rasd.entities.units import MentionTagger, Piece, kb_units, ner_units, tag_pieces
from rasd.kb import KnowledgeBase, disambiguate
from rasd.kb.gazetteer import proclitic_readings
from rasd.kb.roles import ActorClass
from rasd.kb.store import cue_words
from rasd.model import Document, Entity, MentionKind, Span
from rasd.text.layer import document_pieces
from rasd.text.tokens import Token, document_tokens

log = logging.getLogger(__name__)


#: Mention kinds whose text is a proper name, what NER corpora annotate: a capital standing
#: for its government (``metonym``) is still the place's name; a role phrase, an anaphor
#: or a nationality adjective is not. (``rasd eval ner`` scores these.)
NAME_KINDS: frozenset[MentionKind] = frozenset({"name", "metonym"})


def _piece_tokens(doc: Document) -> list[tuple[Span, list[Token]]]:
    """Each piece with its tokens in piece offsets, cut from the document's tokens: the
    page is tokenised once (:func:`document_tokens`) and later stages (events) reuse it."""
    pieces = document_pieces(doc)
    if len(pieces) == 1 and pieces[0].start == 0 and pieces[0].end == len(doc.text):
        return [(pieces[0], list(document_tokens(doc.text)))]
    toks = document_tokens(doc.text)
    starts = [t.start for t in toks]
    new = tuple.__new__
    out: list[tuple[Span, list[Token]]] = []
    for span in pieces:
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        off = span.start
        out.append((span, [new(Token, (t[0] - off, t[1] - off, *t[2:])) for t in toks[lo:hi]]))
    return out


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
        self._titles = frozenset(self.words.name_titles)
        self._actors: tuple[KnowledgeBase | None, dict[str, ActorClass | None]] = (None, {})

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
        for span, tokens in _piece_tokens(doc):
            piece = Piece(span.text, span.start, tokens)
            piece.matches = gazetteer.find(span.text, tokens)
            pieces.append(piece)
        if tagger is not None:
            tag_pieces(tagger, pieces)
        resolutions = disambiguate([m for p in pieces for m in p.matches])
        if self._actors[0] is not kb:  # readings depend on the KB (user dictionary)
            self._actors = (kb, {})
        reader = PieceReader(kb, self.words, self._actors[1])
        vocab = frozenset(t.norm for p in pieces for t in p.words) if tagger else frozenset()
        aliases = _alias_ids(kb)
        raw: list[RawMention] = []
        at = 0
        for index, piece in enumerate(pieces):
            mine = resolutions[at : at + len(piece.matches)]
            at += len(piece.matches)
            outer, _nested = merge_units(
                piece, kb_units(piece, mine), ner_units(piece, vocab), self._filler,
                self._titles, aliases)
            reader.read(piece, outer, raw, index)
        entities = build_entities(raw)
        log.debug("%s: %d entities from %d mentions", doc.id, len(entities), len(raw))
        return entities


def _alias_ids(kb: KnowledgeBase) -> Callable[[tuple[str, ...]], frozenset[str]]:
    """The KB ids a name (normalised words; the first may carry proclitics) can refer to."""
    def ids(words: tuple[str, ...]) -> frozenset[str]:
        if not words:
            return frozenset()
        rest = " ".join(words[1:])
        return frozenset(e.kb_id for _, form in proclitic_readings(words[0])
                         for e in kb.lookup(f"{form} {rest}" if rest else form))
    return ids


__all__ = ["NAME_KINDS", "EntityLinker", "document_pieces"]
