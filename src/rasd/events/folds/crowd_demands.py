"""Task fix52: the protesting crowd's demand told in the sentence after its protest.

``أغلق عشرات التجار والشبان … الطريق الرئيسية المؤدية إلى معبر رأس جدير …`` / ``وطالب
المحتجون السلطات التونسية بالتدخل العاجل``; ``نفذ المئات من عمال … اعتصاما أمام البوابة
الرئيسية للمصفاة`` / ``وطالب المعتصمون الحكومة بالتدخل``: the crowd that was just told
protesting, named back by the noun of its protest (المحتجون، المعتصمون، المتظاهرون،
المضربون), voices in the next sentence what its protest demanded. The gold codes that demand
as the protest's, like the participle ``مطالبين`` of the protest's own sentence (the README's
settled conventions, ev-209, ev-237; round 52's ev-2001 and ev-2028), no REQUEST of its own.
A demand read out in a statement (``وطالب المحتجون في بيان تلاه أحدهم``, ev-1195) is the
statement's act and stays a REQUEST, as do a named organisation's demands.
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import fold_guests
from rasd.model import Event

#: A finite demand verb of the crowd (not a participle, which the sentence folds already
#: read), followed by the noun naming the protesters back.
CROWD_DEMAND = re.compile(
    r"^\s*[وف]?(?:طالب|طالبوا|يطالب|يطالبون|دعا|دعوا|ناشد|ناشدوا)\s+"
    r"(?:المحتج|المعتصم|المتظاهر|المضرب|المحتجات|المعتصمات|المتظاهرات)(?:ون|ين|ات)?(?:\s|$|،)")
#: A statement, a letter or a petition in the demand's sentence: the demand is that text's.
WRITTEN = re.compile(r"بيان|عريض[ةه]|رسال[ةه]|مذكر[ةه]|لائح[ةه]|ملتمس")
#: What may lie between the protest's sentence and the demand's.
BETWEEN = re.compile(r"^[\s.،,]*$")


def _protest_before(demand: Event, e: Event, text: str) -> bool:
    """Whether ``e`` is a protest told in the sentence right before ``demand``'s."""
    if e.type != "PROTEST" or e.flags != demand.flags:
        return False
    start = demand.evidence[0].start
    return any(ev.end <= start and BETWEEN.match(text[ev.end:start]) for ev in e.evidence)


def _crowd_demand(e: Event, text: str) -> bool:
    """Whether ``e`` is a demand told with the crowd named back, not read out in writing."""
    return (e.type == "REQUEST"
            and CROWD_DEMAND.match(text[e.trigger.start:e.trigger.start + 40]) is not None
            and WRITTEN.search(e.evidence[0].text) is None)


def fold_crowd_demands(events: list[Event], text: str) -> list[Event]:
    """``events`` with the demand a protesting crowd voices in the sentence after its
    protest folded into that protest."""
    return fold_guests(events, lambda e: _crowd_demand(e, text),
                       lambda e, o: _protest_before(e, o, text))
