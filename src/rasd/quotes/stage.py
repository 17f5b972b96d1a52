"""Stage: direct and reported speech in the article, each with its speaker.

Reads the article's own pieces (headline, captions, body blocks; the whole text when the
page parser found none). Comments are readers' words, not reported speech, and are left
out. Speakers link to ``doc.entities`` when the entity stage has run; without entities
they are the speaker phrases as written.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import ClassVar

from rasd.model import Document, Quote
from rasd.quotes.attribute import quotes_in_piece
from rasd.quotes.lexicon import quote_lexicon
from rasd.quotes.reading import State
from rasd.quotes.speakers import EntityIndex
from rasd.text.layer import document_pieces

log = logging.getLogger(__name__)


class QuoteAttributor:
    """Fill ``quotes``: direct quotations and ``إن``/``أن`` reported speech with speakers."""

    name: ClassVar[str] = "quotes/1"
    requires: ClassVar[frozenset[str]] = frozenset({"title", "captions", "blocks", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        lex = quote_lexicon()
        index = EntityIndex(doc.entities)
        state = State()
        quotes: list[Quote] = []
        for piece in document_pieces(doc):
            quotes.extend(quotes_in_piece(doc.text, piece, index, lex, state))
        quotes.sort(key=lambda q: (q.span.start, q.span.end))
        log.debug("%s: %d quotes", doc.id, len(quotes))
        return replace(doc, quotes=tuple(quotes))
