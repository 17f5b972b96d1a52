"""Shared helpers for the entity-stage tests: a scripted NER tagger and lookups."""

from __future__ import annotations

from rasd.analysis import make_document
from rasd.entities import EntityLinker
from rasd.model import Document, Entity, Span
from rasd.ner import NerMention


class ScriptedTagger:
    """An NER tagger that tags the given strings wherever they occur, so a test controls
    exactly what the model "found" and checks only the stage's own logic."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def tag(self, text: str) -> list[NerMention]:
        out: list[NerMention] = []
        taken: set[int] = set()
        for name, typ in sorted(self.names.items(), key=lambda kv: -len(kv[0])):
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if taken.isdisjoint(range(start, end)):  # longest names first, no overlaps
                    taken.update(range(start, end))
                    out.append(NerMention(Span(start, end, name), typ))
                start = text.find(name, end)
        return sorted(out, key=lambda m: m.span.start)


def link(text: str, names: dict[str, str] | None = None) -> Document:
    """The entity stage alone on raw text (one piece), with a scripted tagger."""
    return EntityLinker(tagger=ScriptedTagger(names or {}))(make_document(text))


def entity_of(doc: Document, mention: str) -> Entity:
    """The entity with a mention whose text is ``mention`` (exactly one must exist)."""
    found = [e for e in doc.entities if any(m.span.text == mention for m in e.mentions)]
    assert len(found) == 1, (mention, [(e.span.text, e.type) for e in doc.entities])
    return found[0]


def mention_kinds(entity: Entity) -> list[tuple[str, str]]:
    return [(m.span.text, m.kind) for m in entity.mentions]
