"""An act counted back from the story's act (fix39, round 39).

``وتأتي الواقعة بعد أسبوعين من ضبط مدير الإدارة الهندسية بحي الدقي``: the arrest named after
``بعد <interval> من`` happened that long before the act the story tells, so it is another act
(the gold dates it by counting back, :mod:`rasd.events.dates.interval_dates`), not a retelling of
the lead's arrest of the same type. The merge must not fold it into the lead act; a definite
noun that refers back (``بعد أسبوعين من الاعتقال``) is left to the anaphora rules.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: ``بعد`` + an interval of time + ``من`` right before the trigger: the interval word in
#: the singular, dual or plural, with an optional number word or approximation before it.
_COUNTED_BACK = re.compile(
    r"بعد\s+(?:نحو\s+|قرابة\s+|حوالي\s+|أكثر\s+من\s+)?(?:\S+\s+)?"
    r"(?:ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور|"
    r"عام|عامين|أعوام|سنة|سنتين|سنوات)\s+(?:فقط\s+)?(?:من|على)\s+$")
#: Types of acts on persons (an arrest, a sentence) and of deliveries (a convoy, a plane of
#: aid, fix57): another earlier one is another act.
PERSONAL_TYPES = frozenset({"COERCE", "SANCTION",
                            "AID"})  # fix57: an earlier convoy (بعد أيام من تسيير الجمعية قافلة)
#: Characters before the trigger read for the phrase.
REACH = 40


def counted_back(e: Event) -> bool:
    """Whether ``e``'s trigger follows ``بعد <interval> من`` in its sentence."""
    sent = e.trigger_sentence()
    if sent is None:
        return False
    at = e.trigger.start - sent.start
    return _COUNTED_BACK.search(sent.text[max(0, at - REACH):at]) is not None


def earlier_act(a: Event, b: Event) -> bool:
    """Whether ``b``, an arrest or a sentence told in another sentence than ``a``, is an act
    counted back from the story's act: not a retelling of ``a``. Only acts dealt out to
    people one by one are read so: an attack named so (بعد ثلاثة أيام من قنبلة هيروشيما)
    is most often the act the story told before, named by its place."""
    return b.type in PERSONAL_TYPES and b.evidence[0] not in a.evidence and counted_back(b) \
        and not b.trigger.text.startswith("ال")
