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
from operator import itemgetter
from typing import ClassVar

from rasd.entities.coref import build_entities
from rasd.entities.lexicon import EntityWords, entity_words
from rasd.entities.mentions import PieceReader, RawMention
from rasd.entities.merge import merge_units
from rasd.entities.sites import site_units
from rasd.entities.units import MentionTagger, Piece, kb_units, ner_units, tag_pieces
from rasd.kb import KnowledgeBase, disambiguate
from rasd.kb.gazetteer import proclitic_readings
from rasd.kb.roles import ActorClass
from rasd.kb.store import cue_words
from rasd.model import Document, Entity, MentionKind
from rasd.text.layer import document_pieces
from rasd.text.tokens import document_tokens

log = logging.getLogger(__name__)


#: Mention kinds whose text is a proper name, what NER corpora annotate: a capital standing
#: for its government (``metonym``) is still the place's name; a role phrase, an anaphor
#: or a nationality adjective is not. (``rasd eval ner`` scores these.)
NAME_KINDS: frozenset[MentionKind] = frozenset({"name", "metonym"})


def _pieces(doc: Document) -> list[Piece]:
    """The article's pieces over the document text, each with its slice of the page's
    tokens: the page is tokenised once (:func:`document_tokens`, which later stages such
    as events reuse) and the tokens keep their document offsets, so none is copied."""
    spans = document_pieces(doc)
    toks = document_tokens(doc.text)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(doc.text):
        return [Piece(doc.text, 0, list(toks))]
    out: list[Piece] = []
    for span in spans:
        lo = bisect_left(toks, span.start, key=_token_start)
        hi = bisect_left(toks, span.end, lo, key=_token_start)
        out.append(Piece(doc.text, 0, list(toks[lo:hi]), (span.start, span.end)))
    return out


_token_start = itemgetter(0)


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
        pieces = _pieces(doc)
        for piece in pieces:
            piece.matches = gazetteer.find(piece.text, piece.tokens, piece.positions,
                                           piece.vocab)
        if tagger is not None:
            tag_pieces(tagger, pieces)
        resolutions = disambiguate([m for p in pieces for m in p.matches])
        if self._actors[0] is not kb:  # readings depend on the KB (user dictionary)
            self._actors = (kb, {})
        reader = PieceReader(kb, self.words, self._actors[1])
        vocab = _name_vocab(pieces) if tagger else frozenset()
        aliases = _alias_ids(kb)
        raw: list[RawMention] = []
        at = 0
        for index, piece in enumerate(pieces):
            mine = resolutions[at : at + len(piece.matches)]
            at += len(piece.matches)
            known, found = kb_units(piece, mine), ner_units(piece, vocab)
            found += site_units(piece, known + found)
            outer, _nested = merge_units(piece, known, found, self._filler, self._titles,
                                         aliases)
            reader.read(piece, outer, raw, index)
        entities = build_entities(raw)
        log.debug("%s: %d entities from %d mentions", doc.id, len(entities), len(raw))
        return entities


def _name_vocab(pieces: list[Piece]) -> frozenset[str]:
    """The normalised words of the document's names (model mentions, and KB matches as
    the KB spells them, without proclitics): the evidence that a name also stands without
    its first letter (``بكين`` … ``وبكين``). Only names count: ``كوفي`` is not ك + ``وفي``
    because the page also says ``وفي`` (and in)."""
    out: set[str] = set()
    for p in pieces:
        for m in p.matches:
            out.update(m.matched_key.split())
        for n in p.ner:
            w0, w1 = p.word_range(n.span.start, n.span.end)
            out.update(p.words[w].norm for w in range(w0, w1))
    return frozenset(out)


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
