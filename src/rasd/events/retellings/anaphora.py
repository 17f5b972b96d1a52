"""Definite act nouns that refer back to an act told before rather than tell a new one.

A definite verbal noun (الهجوم، الاغتيال، الغارة) that is the object or the complement of
another act of its sentence (القبض على شخصين يشتبه بتورطهما في عملية الاغتيال، ووصف رئيس
الوزراء الهجوم بأنه «عمل جبان») or of a claim of responsibility (أعلنت الجماعة مسؤوليتها عن
الهجوم، تبنت الهجوم) names the earlier act; the date of its sentence is that other act's (the
arrest, the condemnation, the claim), not the retold act's, so it does not stop the two
tellings from merging (:func:`rasd.events.merge.merge_events`).

A death report told as an earlier toll (وكانت الحصيلة الأولية قد أشارت إلى مقتل أربعة) or in an
earlier report of the act (وكانت الشرطة قد أعلنت ليلة الهجوم أن الانفجار … أودى بحياة تسعة)
retells the attack whose final toll was told before: it is no act of its own, and its figure
does not replace the final one (a count the final toll does not give, the wounded, stays).
"""

from __future__ import annotations

import re

from rasd.events.retellings.later_tellings import earlier_report
from rasd.model import Event

#: A claim of responsibility right before the noun (مسؤوليتها عن، تبنت، وتبنى): normalised
#: spellings are not needed, the words have no hamza or taa marbuta at their end.
_CLAIM = re.compile(r"(?:مسؤولي(?:ت|ة)\w*\s+عن|تبن[تىي]\w*)\s+$")


def embedded_anaphors(events: list[Event], definite: set[int]) -> set[int]:
    """Indexes (into ``events``, in text order) of the definite act nouns (``definite``)
    told with another act of their sentence (the arrest, the condemnation: before or after
    them, ووصف الهجوم بأنه «عمل جبان»), or claimed."""
    out: set[int] = set()
    for i in definite:
        e = events[i]
        sentence = e.evidence[0]
        lead = sentence.text[: max(0, e.trigger.start - sentence.start)]
        if _CLAIM.search(lead) or any(
            o is not e and o.type != e.type and o.evidence[0] == sentence for o in events
        ):
            out.add(i)
    return out


#: An earlier toll right before a death report (الحصيلة الأولية قد أشارت إلى مقتل، حصيلة سابقة
#: تحدثت عن سقوط): the casualty words of the report follow within the phrase.
_EARLIER_TOLL = re.compile(r"حصيل[ةه]\s+(?:ال)?(?:أولي[ةه]|اولي[ةه]|سابق[ةه])[^.!?؟;؛\n]{0,40}$")
#: An earlier report of the act, retold by a definite noun (وكانت الشرطة قد أعلنت ليلة الهجوم أن
#: الانفجار، الذي نفذه انتحاري، أودى بحياة تسعة): a pluperfect verb of telling, then أن and
#: the act noun; the report is earlier, not the act (a background act is told with its own
#: indefinite noun: وكانت المدينة قد شهدت هجوما).
_EARLIER_REPORT = re.compile(
    r"(?<!\w)وكان(?:ت)?\s+[^.!?؟;؛\n]{0,40}?قد\s+(?:أعلن|أعلنت|اعلن|اعلنت|أفاد|أفادت|افاد|"
    r"افادت|ذكر|ذكرت|قال|قالت|أشار|أشارت|اشار|اشارت|تحدث|تحدثت)(?!\w)[^.!?؟;؛\n]{0,40}?"
    r"\s(?:أن|ان)\s+ال(?:هجوم|انفجار|تفجير|قصف|غار[ةه]|اعتداء|كمين)(?!\w)")


def earlier_tolls(events: list[Event]) -> set[int]:
    """Indexes of the ASSAULT events whose trigger an earlier toll introduces."""
    out: set[int] = set()
    for i, e in enumerate(events):
        sentence = e.evidence[0]
        lead = sentence.text[: max(0, e.trigger.start - sentence.start)]
        if e.type == "ASSAULT" and i > 0 and (_EARLIER_TOLL.search(lead)
                                               or _EARLIER_REPORT.search(lead)
                                               or earlier_report(e)):
            out.add(i)
    return out
