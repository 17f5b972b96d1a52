"""An act named as the cause of a reply and told in full in the next sentence's pluperfect
(task fix55, blind round 55).

A claim or a reply names the act it answers (وتبنت الجماعة الهجوم …، وقالت إنه جاء ردا على
«إعدام شبان بلوش»), and the writer then tells that act as background, in the pluperfect,
with its doer, its victims and its day (وكانت السلطات الإيرانية قد أعدمت الشهر الماضي
ثلاثة رجال من المحافظة). The two are one act: the gold codes one event with both spans
(README, round 55: "the executions named in the claim's ردا على «…» the background
executions of the next sentence (one event, two spans)"). The named cause is indefinite in
construct, so :func:`rasd.events.syntax.cues.referred` leaves it an event of its own, and
the general merge keeps the two apart because the cause's clause reads a wrong party
(the reply's own speaker).

:func:`fold_cause_retold` folds the pluperfect telling into the named cause, keeping the
pluperfect telling's trigger, participants, place and date: it is the one that tells them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from rasd.model import Event

#: Words before a trigger that name it as what a reply answers or avenges (a guillemet and
#: the trigger's own first letters may follow): ردا على، رداً على، انتقاما ل، ثأرا ل.
_CAUSE_BEFORE: Final = re.compile(
    r"(?<!\w)و?(?:ردا|رداً|ردًا|انتقاما|انتقاماً|ثأرا|ثأراً)\s+(?:على|علي|ل|من|لـ)?\s*«?\s*$")
#: A sentence whose text before the trigger is the pluperfect's كان … قد with the doer
#: between (وكانت السلطات الإيرانية قد): a background telling.
_PLUPERFECT_LEAD: Final = re.compile(
    r"^\s*(?:و|ف)?كان(?:ت|وا)?\s+[^.!?؟;؛\n،]{0,60}?\s*قد\s*$")
#: How far apart the two sentences may stand (characters from the cause's sentence end to
#: the pluperfect sentence's start): the next sentence, past a line break.
NEXT_SENTENCE_GAP: Final = 3


def _lead(e: Event) -> str:
    sent = e.evidence[0]
    return sent.text[: max(0, e.trigger.start - sent.start)]


def _named_cause(e: Event) -> bool:
    return _CAUSE_BEFORE.search(_lead(e)) is not None


def fold_cause_retold(merged: list[Event], e: Event,
                      merge_pair: Callable[..., Event]) -> bool:
    """Whether ``e``, a pluperfect telling (وكانت … قد أعدمت), retells the act the sentence
    just before named as what a reply answers (ردا على «إعدام …»); if so the two become
    one event in ``merged``, at the cause's place in the list, told by ``e``."""
    if e.negated or e.future or e.hypothetical or _PLUPERFECT_LEAD.search(_lead(e)) is None:
        return False
    start = e.evidence[0].start
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        sent = m.evidence[0]
        if m.type != e.type or not 0 <= start - sent.end <= NEXT_SENTENCE_GAP:
            continue
        if m.flags != e.flags or (None not in (m.mode, e.mode) and m.mode != e.mode):
            continue
        if not _named_cause(m):
            continue
        merged[k] = merge_pair(e, m, first_dates=True)
        return True
    return False
