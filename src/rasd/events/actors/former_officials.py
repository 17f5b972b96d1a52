"""fix50: a former official is no official of the state.

``رئيس الوزراء السابق عبد الله حمدوك``، ``الرئيس الأسبق``، ``وزير الخارجية السابق``: the
knowledge base gives the role its government sector and the state its country, but a man
who held the office speaks for a party, a coalition or himself (Hamdok leads the civilian
coalition «صمود» that boycotted a Cairo meeting, round 50). The courtesy rule
(:mod:`rasd.events.senses.courtesies`) drops a state's officials' meetings and praise among
themselves; an act whose actor is named as former is politics, never such a courtesy.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: "Former" after a role (normalised, any gender and number): السابق، الأسبق، السابقة ...
FORMER_WORDS = frozenset(normalize_key(w) for w in (
    "السابق", "السابقة", "الأسبق", "الأسبقة", "السابقين", "السابقون", "الأسبقين",
    "سابق", "سابقة", "أسبق"))


def former_actor(event: Event) -> bool:
    """Whether ``event``'s actor phrase names its holder as a former office-holder."""
    actor = event.actor
    if actor is None:
        return False
    return any(normalize_key(w) in FORMER_WORDS for w in actor.span.text.split())


__all__ = ["FORMER_WORDS", "former_actor"]
