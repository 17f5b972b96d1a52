"""Acts set side by side in one sentence: a clause of contrast (…، فيما …، بينما …، في حين …)
after an act's trigger tells another act, which :mod:`rasd.events.merge` must not fold into
the first as a retelling (round 20).

Two same-type events of one sentence were merged whenever nothing contradicted, and two
unlinked actor phrases of one country never contradict: دفع المجلس الانتقالي بمئات المقاتلين
إلى سيئون، في حين أعلن حلف قبائل حضرموت رفع الجاهزية became one mobilisation.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: Types whose فيما clause mostly tells more of the same act: an attack's second volley or
#: toll (فيما سقط صاروخ ثان، بينما أعلنت الوزارة استشهاد ثلاثة), a raid's arrests (فيما ألقي
#: القبض على أربعة آخرين), a crowd's other actions. Measured on the dev passages: letting
#: them split added four false acts (ev-075, ev-230, ev-443, ev-658) and found none.
ONE_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: A clause of contrast after a comma (…، فيما أعلن …، بينما …، في حين أعلن حلف القبائل …).
CONTRAST = re.compile(r"[،,]\s*(?:فيما|بينما|في\s+حين)\s")


def contrasted(a: Event, b: Event, text: str, *, refers_back: bool) -> bool:
    """Whether ``b`` is told in a clause of contrast after ``a``'s trigger, in the same
    sentence (دفع المجلس الانتقالي بمئات المقاتلين …، في حين أعلن حلف قبائل حضرموت رفع
    الجاهزية; مصر ستدفع بقافلة طبية …، فيما وصلت شحنات أدوية): acts set side by side, not
    one act told twice. The parties are not compared: the phrase read as the second act's
    actor is often the first one's. ``refers_back``: ``b`` is named by a definite act noun
    (فيما أسفر الهجوم) or a bare toll word, which still join the act before; so do the types
    of :data:`ONE_ACT_TYPES`."""
    if refers_back or b.type in ONE_ACT_TYPES or not text:
        return False
    if b.evidence[0] not in a.evidence or a.trigger.end > b.trigger.start:
        return False
    return CONTRAST.search(text[a.trigger.end:b.trigger.start]) is not None
