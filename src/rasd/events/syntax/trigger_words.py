"""The words of a sentence on either side of an event's trigger, as its readers split them.

Many readings ask what stands right before or after a trigger (a negation, an article, a
noun of condition, the next clause's verb). They read the sentence the event was told in —
by default its first evidence span, which for a sentence's own events is that sentence — as
whitespace-split surface words, so punctuation stays attached and each reader strips or keys
what it needs.
"""

from __future__ import annotations

from rasd.model import Event, Span


def words_before(e: Event, sentence: Span | None = None) -> list[str]:
    """The words of ``sentence`` (default: ``e``'s first evidence span) before its trigger."""
    sent = e.evidence[0] if sentence is None else sentence
    return sent.text[:max(0, e.trigger.start - sent.start)].split()


def words_after(e: Event, sentence: Span | None = None) -> list[str]:
    """The words of ``sentence`` (default: ``e``'s first evidence span) after its trigger."""
    sent = e.evidence[0] if sentence is None else sentence
    return sent.text[max(0, e.trigger.end - sent.start):].split()


__all__ = ["words_after", "words_before"]
