"""Display names of an event's participants and place for exports: the English name of the
linked KB entry when there is one, else the words of the page."""

from __future__ import annotations

from rasd.caches import word_cache
from rasd.store.query import EventRow


@word_cache
def kb_name(kb_id: str) -> str | None:
    """The English name of a KB entry (``None`` when the KB does not know the id)."""
    from rasd.kb.store import KnowledgeBase

    entry = KnowledgeBase.load().get(kb_id)
    return entry.name_en if entry and entry.name_en else None


def actor_name(e: EventRow, role: str) -> str | None:
    """The actor's, recipient's or attribution's name (``role``), or ``None``."""
    kb_id = e.get(f"{role}_kb_id")
    return (kb_name(kb_id) if kb_id else None) or e.get(role)
