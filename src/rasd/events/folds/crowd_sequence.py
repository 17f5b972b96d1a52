"""A crowd's later act told after ``قبل أن`` (fix38, round 38).

A protest's sub-acts told in one clause are one event (the gold convention "Protest sub-acts
and mobilisation steps": a march that blocks the streets it marches in). An act the crowd
moves on to afterwards, told after ``قبل أن`` ("before they then …": ونظم المضربون وقفة أمام
مقر المندوبية …، قبل أن يغلقوا مدخل الميناء أمام الشاحنات), is a step in a sequence, at
another place or hour: when it is of another protest mode it is its own event, as the
round-38 gold codes the port gate blocked after the fishermen's stand and the road block
before the stoning of the electricity office. A march after a stand (same mode, ev-1124)
stays joined by the same-mode rule.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The two words before the later act's verb (normalised: أن is ان).
_BEFORE_THAT = ("قبل", "ان")
#: How many characters before the trigger are read for them.
_LOOKBACK = 24


def after_before_that(e: Event) -> bool:
    """Whether ``e``'s trigger directly follows ``قبل أن`` (or ``وقبل أن``) in its sentence."""
    sent = e.trigger_sentence()
    if sent is None:
        return False
    head = sent.text[max(0, e.trigger.start - sent.start - _LOOKBACK):
                     e.trigger.start - sent.start]
    words = [normalize_key(w) for w in head.split()]
    if len(words) < 2:
        return False
    return (words[-2].removeprefix("و"), words[-1]) == _BEFORE_THAT


def later_crowd_act(prev: Event, e: Event) -> bool:
    """Whether ``e`` is a crowd's act of another mode told after ``قبل أن`` following the
    protest ``prev``: its own event, not a means of ``prev``."""
    return e.type == "PROTEST" and prev.type == "PROTEST" and prev.mode != e.mode \
        and after_before_that(e)


def moved_on(protest: Event, e: Event) -> bool:
    """Whether the crowd's violence ``e`` is told after ``قبل أن`` that follows the protest
    ``protest`` in one sentence (أغلقوا الطريق …، قبل أن يتوجهوا إلى مبنى المديرية ويرشقوه
    بالحجارة): the crowd moved on to another site, so the violence is a riot of its own, not
    the means of the protest told first (the round-38 gold's two protests, two sites)."""
    sent = e.trigger_sentence()
    if sent is None or not sent.start <= protest.trigger.start < sent.end:
        return False
    between = sent.text[protest.trigger.end - sent.start:e.trigger.start - sent.start]
    words = [normalize_key(w).removeprefix("و") for w in between.split()]
    return any(words[k:k + 2] == list(_BEFORE_THAT) for k in range(len(words) - 1))
