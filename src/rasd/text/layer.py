"""Stage: the Arabic text layer over the article (headline, captions, body).

Dates and times are resolved against the publication date; casualty counts are read from
the same text. Comments are left to the comment stage: a reader's "مئات القتلى" is an
opinion, not a report.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from rasd.model import Casualty, Document, Span, TimeRef
from rasd.text.casualties import casualties_in
from rasd.text.dates import extract_times_normalized
from rasd.text.normalize import normalize_piece
from rasd.text.numbers import quantities_in


def shift(span: Span, offset: int) -> Span:
    """``span`` found in a piece of the text that starts at ``offset``."""
    return Span(span.start + offset, span.end + offset, span.text)


def article_spans(doc: Document) -> Iterator[Span]:
    """The article's own text in reading order: headline, captions, body blocks."""
    if doc.title is not None:
        yield doc.title
    for caption in doc.captions:
        yield caption.span
    for block in doc.blocks:
        yield block.span


def document_pieces(doc: Document) -> list[Span]:
    """The article's pieces in reading order (:func:`article_spans`), or the whole text
    when the document has no structure (raw text from ``make_document``). The entity,
    quote and event stages all read these."""
    pieces = list(article_spans(doc))
    if not pieces and doc.text.strip():
        pieces = [Span(0, len(doc.text), doc.text)]
    return pieces


class TextLayerAnalyzer:
    """Fill ``times`` and ``casualties`` from the article text."""

    name: ClassVar[str] = "text.layer/1"
    requires: ClassVar[frozenset[str]] = frozenset({"title", "captions", "blocks", "published"})
    provides: ClassVar[frozenset[str]] = frozenset({"times", "casualties"})

    def __call__(self, doc: Document) -> Document:
        anchor = doc.published.date
        times: list[TimeRef] = []
        casualties: list[Casualty] = []
        for piece in article_spans(doc):
            off = piece.start
            nt = normalize_piece(piece.text)  # shared by every extractor (and stage)
            times.extend(replace(t, span=shift(t.span, off))
                         for t in extract_times_normalized(nt, anchor))
            casualties.extend(replace(c, span=shift(c.span, off))
                              for c in casualties_in(nt, quantities_in(nt)))
        return replace(doc, times=tuple(times), casualties=tuple(casualties))
