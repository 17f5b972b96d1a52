"""Quotes with their speakers: the ``quotes/1`` stage (:class:`QuoteAttributor`)."""

from rasd.quotes.stage import QuoteAttributor

__all__ = ["QuoteAttributor"]
