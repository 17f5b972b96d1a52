"""fix57: harms listed before the attack that frames them are that attack's parts.

A toll and the other harms of a raid are often told first, each with its own verb, and the
attack that did them after (``إن 14 شخصا على الأقل قتلوا، بينهم ثلاث نساء، وخطف أربعة
أطفال، في هجوم شنه شبان مسلحون على ثلاث قرى``, round 57). The و-fused second harm reads as a
coordinated act of its own (:func:`rasd.events.retellings.merge_links.coordinated`, which is
right for ``… واعتقلت صحفيا``), but the ``في هجوم`` after it frames both: one raid, its dead
and its abducted. This module says when an ASSAULT told with a و-fused verb lies inside such a
frame with the ASSAULT told before it in the sentence.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: The frame after the listed harms: في / خلال / جراء and an indefinite attack noun.
FRAME = re.compile(r"،\s*(?:في|خلال|جراء|إثر)\s+(?:هجوم|هجمات|اعتداء|غارة|غارات|كمين)(?!\w)")
#: Characters after the second harm's trigger in which the frame must open (its object and
#: a short count: وخطف أربعة أطفال، في هجوم).
FRAME_REACH = 40


def framed_parts(a: Event, b: Event) -> bool:
    """Whether ``b``, an ASSAULT told after ``a`` in ``a``'s sentence, and ``a`` are harms
    listed before one attack frame (``، في هجوم``) that follows ``b`` closely."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags
            and b.evidence[0] in a.evidence and a.trigger.start < b.trigger.start):
        return False
    sent = b.evidence[0]
    after = sent.text[max(0, b.trigger.end - sent.start):][:FRAME_REACH]
    return FRAME.search(after) is not None


__all__ = ["FRAME", "FRAME_REACH", "framed_parts"]
