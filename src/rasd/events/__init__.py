"""PLOVER events: the ontology (plover.tsv) and the extractor that fills ``Document.events``."""

from rasd.events.extractor import EventExtractor

__all__ = ["EventExtractor"]
