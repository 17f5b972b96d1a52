"""What a reaction or a threat of a sentence names besides its act (task fix44; used by
:func:`rasd.events.sentence_events.sentence_events` through :func:`fold_reasons`).

**The reason of a thanks is no act of its own.**

``وأعرب كبير المستشارين عن شكره لدولة قطر «على وقوفها الدائم إلى جانب الشعب البنغالي»``: the
stand thanked for after ``على`` is the thanks' reason, already coded by the thanks' SUPPORT
(ev-1681, ev-1771, ev-1784 code one SUPPORT, the thanker's). The older thanks rows list that
reason's noun inside their own span; the fix44 row ``أعرب عن شكره لدولة قطر`` ends at the state,
and a support word of the reason (``وقوفها إلى جانب``، ``دعمها``) would be read a second
SUPPORT, of the state thanked. It is folded into the thanks.
"""

from __future__ import annotations

from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The normalised stem of the thanks words (شكر، شكره، الشكر، شاكرا).
_THANKS = normalize_key("شكر")
#: The preposition that introduces the reason of a thanks (على، «على).
_REASON = normalize_key("على")
#: Words the reason's support noun may stand after the thanks' trigger (the state's name, على,
#: a guillemet, an adjective): beyond them the sentence tells something else.
REASON_REACH = 8


def _thanks(e: Event) -> bool:
    return e.type == "SUPPORT" and _THANKS in normalize_key(e.trigger.text)


def _reason_of(host: Event, guest: Event) -> bool:
    """Whether ``guest`` stands in ``host``'s reason: after its trigger, within
    :data:`REASON_REACH` words, with على between and no clause end."""
    if not _thanks(host) or host.trigger.end > guest.trigger.start \
            or host.evidence[0] != guest.evidence[0]:
        return False
    sent = host.evidence[0]
    between = sent.text[host.trigger.end - sent.start:guest.trigger.start - sent.start]
    words = [w.strip("«»\"") for w in between.split()]
    if len(words) > REASON_REACH or any(w.endswith((".", "؛", "،", ",")) for w in words):
        return False
    return any(normalize_key(w) == _REASON for w in words)


def fold_thanks_reasons(events: list[Event]) -> list[Event]:
    """One sentence's events with each SUPPORT named in a thanks' reason (عن شكره لدولة قطر
    على «وقوفها الدائم إلى جانب …») folded into that thanks."""
    return fold_into_earlier(events, lambda e: e.type == "SUPPORT" and not _thanks(e),
                             _reason_of)


#: The normalised stem of a deadline's nouns and verbs (مهلة، أمهل).
_DEADLINE = normalize_key("مهل")


def _deadline(e: Event) -> bool:
    return e.type == "THREATEN" and _DEADLINE in normalize_key(e.trigger.text)


def fold_deadlines(events: list[Event]) -> list[Event]:
    """One sentence's events with a deadline (منحت أصحابها مهلة 21 يوما لهدمها ذاتيا) folded
    into the threat told before it in the sentence (علقت طواقم البلدية إخطارات بهدم 12
    منشأة): the term of that threat, not an ultimatum of its own (ev-1772 codes one
    THREATEN/violence, as ev-494's notices)."""
    return fold_into_earlier(
        events, _deadline,
        lambda o, e: o.type == "THREATEN" and not _deadline(o)
        and o.trigger.end <= e.trigger.start and o.evidence[0] == e.evidence[0])


def fold_reasons(events: list[Event]) -> list[Event]:
    """:func:`fold_thanks_reasons`, then :func:`fold_deadlines`."""
    return fold_deadlines(fold_thanks_reasons(events))


__all__ = ["fold_deadlines", "fold_reasons", "fold_thanks_reasons"]
