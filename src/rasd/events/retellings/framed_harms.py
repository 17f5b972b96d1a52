"""fix57: harms listed before the attack that frames them are that attack's parts.

A toll and the other harms of a raid are often told first, each with its own verb, and the
attack that did them after (``إن 14 شخصا على الأقل قتلوا، بينهم ثلاث نساء، وخطف أربعة
أطفال، في هجوم شنه شبان مسلحون على ثلاث قرى``, round 57). The و-fused second harm reads as a
coordinated act of its own (:func:`rasd.events.retellings.merge_links.coordinated`, which is
right for ``… واعتقلت صحفيا``), but the ``في هجوم`` after it frames both: one raid, its dead
and its abducted. This module says when an ASSAULT told with a و-fused verb lies inside such a
frame with the ASSAULT told before it in the sentence.

The same holds for the damage a strike did, told by a و-fused verb of destroying right after
it with no subject of its own (``مدفعيتنا ردت على مصادر النيران ودمرت منصتين للصواريخ``،
``استهدفت الطائرات مواقع للمسلحين ودمرت آليات``): the strike's result, one act, as the
attackers' claimed results are their ambush (assault17).
"""

from __future__ import annotations

import re

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The frame after the listed harms: في / خلال / جراء and an indefinite attack noun.
FRAME = re.compile(r"،\s*(?:في|خلال|جراء|إثر)\s+(?:هجوم|هجمات|اعتداء|غارة|غارات|كمين)(?!\w)")
#: Characters after the second harm's trigger in which the frame must open (its object and
#: a short count: وخطف أربعة أطفال، في هجوم).
FRAME_REACH = 40


#: و-fused verbs of destroying (normalised) that tell a strike's result.
DESTROYED = frozenset(normalize_key(w) for w in (
    "ودمرت", "ودمر", "ودمروا", "ودمرتا", "ودمرا", "وأحرقت", "وأحرقوا"))
#: Modes of a strike whose result such a verb tells.
STRIKE_MODES = frozenset({"heavy-weapons", "aerial", "drone", "firearms", "explosives"})
#: Most characters between the strike's trigger and the destroying verb, in one clause (ردت
#: على مصادر النيران): a strike told further back, or past a comma, is another clause's act.
RESULT_REACH = 30


def strike_result(a: Event, b: Event) -> bool:
    """Whether ``b`` is a و-fused destroying verb told right after the strike ``a`` of its
    sentence: the damage the strike did."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags and a.mode in STRIKE_MODES
            and b.evidence[0] in a.evidence and a.trigger.start < b.trigger.start):
        return False
    if normalize_key(b.trigger.text.strip()) not in DESTROYED:
        return False
    sent = b.evidence[0]
    between = sent.text[max(0, a.trigger.end - sent.start):max(0, b.trigger.start - sent.start)]
    return a.trigger.end <= b.trigger.start and len(between) <= RESULT_REACH \
        and not any(mark in between for mark in "،,.؛:")


def framed_parts(a: Event, b: Event) -> bool:
    """Whether ``b``, an ASSAULT told after ``a`` in ``a``'s sentence, and ``a`` are harms
    listed before one attack frame (``، في هجوم``) that follows ``b`` closely."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags
            and b.evidence[0] in a.evidence and a.trigger.start < b.trigger.start):
        return False
    sent = b.evidence[0]
    after = sent.text[max(0, b.trigger.end - sent.start):][:FRAME_REACH]
    return FRAME.search(after) is not None or strike_result(a, b)


__all__ = ["DESTROYED", "FRAME", "FRAME_REACH", "RESULT_REACH", "STRIKE_MODES", "framed_parts",
           "strike_result"]
