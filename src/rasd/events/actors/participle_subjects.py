"""fix51: a circumstantial participle's subject is the actor its main clause's act read.

``وتقدم النائب عن دائرة السويس بطلب إحاطة إلى رئيس مجلس الوزراء …، مطالبا بـ…``: the
participle says more of the main clause's subject. :func:`rasd.events.actors.participants.
main_subject` looks for it as the sentence's first noun phrase that reads as an actor, and a
subject the main trigger's row holds inside its own words (a phrase row's gap: تقدم النائب
عن … بطلب، قضت الدائرة … بسجن) is no such phrase, so the first actor it found was the main
act's recipient (رئيس مجلس الوزراء), the participle's act took it as its actor and was not
merged with the main act. The main clause's act, told just before in the same sentence, has
already read its subject inside its own words: that actor is the participle's.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.model import Actor, Event


def main_act_actor(events: Sequence[Event], sentence_start: int,
                   trigger_start: int) -> Actor | None:
    """The actor of the latest act told before ``trigger_start`` in the sentence that
    starts at ``sentence_start``, if it has one."""
    for e in reversed(events):
        if e.trigger.start < sentence_start:
            break
        if e.trigger.start < trigger_start and e.evidence[0].start == sentence_start:
            # only a subject the main trigger holds in its own words: a subject found
            # outside them is main_subject's to find again
            a = e.actor
            inside = a is not None and e.trigger.start < a.span.start \
                and a.span.end <= e.trigger.end
            return a if inside else None
    return None


__all__ = ["main_act_actor"]
