"""Definite act nouns that refer back to an act told before rather than tell a new one.

A definite verbal noun (الهجوم، الاغتيال، الغارة) that is the object or the complement of
another act of its sentence (القبض على شخصين يشتبه بتورطهما في عملية الاغتيال، ووصف رئيس
الوزراء الهجوم بأنه «عمل جبان») or of a claim of responsibility (أعلنت الجماعة مسؤوليتها عن
الهجوم، تبنت الهجوم) names the earlier act; the date of its sentence is that other act's (the
arrest, the condemnation, the claim), not the retold act's, so it does not stop the two
tellings from merging (:func:`rasd.events.merge.merge_events`).
"""

from __future__ import annotations

import re

from rasd.model import Event

#: A claim of responsibility right before the noun (مسؤوليتها عن، تبنت، وتبنى): normalised
#: spellings are not needed, the words have no hamza or taa marbuta at their end.
_CLAIM = re.compile(r"(?:مسؤولي(?:ت|ة)\w*\s+عن|تبن[تىي]\w*)\s+$")


def embedded_anaphors(events: list[Event], definite: set[int]) -> set[int]:
    """Indexes (into ``events``, in text order) of the definite act nouns (``definite``)
    that another act of their sentence, or a claim, governs."""
    out: set[int] = set()
    for i in definite:
        e = events[i]
        sentence = e.evidence[0]
        lead = sentence.text[:max(0, e.trigger.start - sentence.start)]
        if _CLAIM.search(lead) or any(
                o.type != e.type and o.evidence[0] == sentence
                and o.trigger.start < e.trigger.start for o in events[:i]):
            out.add(i)
    return out
