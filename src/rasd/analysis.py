"""The default pipeline and the one-call Python API."""

from __future__ import annotations

from datetime import date
from functools import cache

from rasd.errors import EmptyInput
from rasd.model import Document, Published, document_id
from rasd.pipeline import Pipeline
from rasd.structure.page import PageStructureParser
from rasd.structure.published import PublishedDateInferrer
from rasd.text.layer import TextLayerAnalyzer


@cache
def default_pipeline() -> Pipeline:
    """Every stage rasd has, in order."""
    from rasd.comments.stage import CommentAnalyzer
    from rasd.entities import EntityLinker
    from rasd.events import EventExtractor
    from rasd.quotes import QuoteAttributor

    return Pipeline([PageStructureParser(), PublishedDateInferrer(), TextLayerAnalyzer(),
                     EntityLinker(), QuoteAttributor(), EventExtractor(), CommentAnalyzer()])


def make_document(
    text: str,
    *,
    id: str | None = None,
    published: date | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Document:
    """A bare document, before any stage has run."""
    return Document(
        id=id or document_id(text),
        text=text,
        source=source,
        url=url,
        meta_title=title,
        published=Published(published, inferred=False, basis="metadata")
        if published is not None else Published(),
    )


def analyze(
    text: str,
    *,
    published: date | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Document:
    """Analyse one page's text with the default pipeline.

    Raises :class:`rasd.errors.EmptyInput` for text with nothing but whitespace: there is
    no page to analyse, and an empty document would hide the mistake.
    """
    if not text.strip():
        raise EmptyInput("the text is empty or only whitespace", where=source or url)
    doc = make_document(text, id=id, published=published, url=url, source=source, title=title)
    return default_pipeline()(doc)
