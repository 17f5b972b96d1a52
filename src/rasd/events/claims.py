"""An attacker's claim of the strike just told (used by :mod:`rasd.events.merge`).

A strike is often told first by its victims' side (a health ministry, civil defence, local
sources) and then, in the next sentence, by the side that carried it out, in its own words
and with its own name for the target:

    استهدفت مسيرة إسرائيلية سيارة على طريق بلدة كفررمان، ما أدى إلى مقتل شخصين.
    وقال الجيش الإسرائيلي إنه استهدف «عنصرين من حزب الله».

The second sentence is the same act retold, not a second strike: its target phrase differs
(a car, two fighters), it names no means and its date is only the page's, so the general
merge (:func:`rasd.events.merge._compatible`) finds nothing that ties the two. The tie is
the claim itself: the speaker's side is the attacker of the strike told just before.
:func:`claimed_strike` says which earlier event such a claim retells.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.model import Event, Place, Span
from rasd.text.normalize import normalize_key

#: The complementiser of reported speech right before the claimed act, its subject the
#: speaker itself: a pronoun (قال الجيش إنه استهدف) or the speaker's own forces (أعلن الحرس
#: الثوري أن قواته استهدفت). Another subject (إن المستوطنين أحرقوا، أن الجيش رد) is a
#: witness's account or a reply, not the attacker's own claim.
_SELF_THAT = re.compile(r"(?<!\w)[إأ]ن(?:ه|ها|\s+(?:قوات|عناصر|طائرات|وحدات|مقاتلي)(?:ه|ها))\s*$")
#: Verbs (normalised) of repelling: a speaker who repelled an attack (أعلن الجيش أنه صد
#: هجوما) tells another side's attack, not a strike of its own.
REPEL_STEMS = ("صد", "تصد")
#: Characters that may separate the claim's sentence from the strike's sentence (the two
#: tellings are adjacent: a claim told further down the page may answer another strike).
ADJACENT_GAP = 3


def _is_claim(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT told in a speaker's reported clause about its own act
    (قال الجيش إنه استهدف …): the speaker is its attribution, named in its sentence before
    the verb, and the verb follows a complementiser whose subject is the speaker."""
    src = e.attribution
    sent = e.evidence[0]
    if e.type != "ASSAULT" or src is None or src.country is None:
        return False
    if not (sent.start <= src.span.start and src.span.end <= e.trigger.start):
        return False
    between = sent.text[src.span.end - sent.start:e.trigger.start - sent.start]
    return _SELF_THAT.search(between) is not None and not normalize_key(
        e.trigger.text).startswith(REPEL_STEMS)


def _adjacent(before: Span, sent: Span) -> bool:
    """Whether ``before`` ends right where ``sent`` starts (only spaces or a line break)."""
    return 0 <= sent.start - before.end <= ADJACENT_GAP


def _own_date(e: Event) -> bool:
    return e.date is not None and e.date_basis == "sentence"


def _place_from_speaker(e: Event) -> bool:
    """Whether ``e``'s place is read from its speaker's name (الجيش الإسرائيلي → Israel)."""
    src, place = e.attribution, e.place
    return (src is not None and place is not None and place.span is not None
            and src.span.start <= place.span.start and place.span.end <= src.span.end)


def claimed_strike(merged: list[Event], e: Event,
                   place_ok: Callable[[Place | None, Place | None], bool]) -> int | None:
    """The index in ``merged`` of the strike ``e`` claims, or None.

    ``e`` must be a claim (see :func:`_is_claim`) with no date or toll of its own that
    contradicts, told in the sentence right after the strike's; the strike is the latest
    ASSAULT of that sentence by an actor of the speaker's country, with the same flags.
    ``place_ok`` compares two places (:func:`rasd.events.merge._place_ok`); a place read
    from the speaker's own name is not compared."""
    if not _is_claim(e) or e.killed is not None or e.injured is not None:
        return None
    assert e.attribution is not None
    side = e.attribution.country
    sent = e.evidence[0]
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if sent in m.evidence or not any(_adjacent(s, sent) for s in m.evidence):
            continue
        if m.type != "ASSAULT" or m.flags != e.flags or m.actor is None \
                or m.actor.country != side:
            continue
        if _own_date(e) and _own_date(m) and e.date != m.date:
            continue
        if not _place_from_speaker(e) and not place_ok(m.place, e.place):
            continue
        return k
    return None
