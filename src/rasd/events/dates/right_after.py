"""Task fix43: acts told as following at once a decision named again (reported occasions).

``عينت وزارة الداخلية، أمس الخميس، والي ولاية باطمان وصيا على بلدية المدينة …`` then
``وتجمع مئات من أنصار الحزب أمام مبنى البلدية فور إعلان القرار، قبل أن تفرقهم الشرطة …
وتعتقل 31 شخصا``: the second sentence states no day of its own, but ``فور إعلان القرار`` puts
its acts right after the decision told before, so they take its day (the README's round-43
paragraph: ``فور إعلان القرار`` dated by the occasion told before; the same reading as
fix38's ``خلال التظاهرة``, :mod:`rasd.events.dates.during_retold`). Only ``فور`` (at once) and
``بعد ساعات من`` (hours after) are read so: ``بعد``/``عقب``/``إثر`` alone may span days.
"""

from __future__ import annotations

import re

from rasd.events.dates.occasion_anchor import dated_like, told_anchor, undated_fact
from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import Event

#: "At once / hours after" + the announcement or issue of a decision, a ruling or results
#: named by a definite noun: the occasion told before.
RIGHT_AFTER = re.compile(
    r"(?:فور|فورا\s+بعد|بعد\s+ساعات\s+من|بعد\s+دقائق\s+من)\s+"
    r"(?:إعلان|اعلان|صدور|نشر|الإعلان\s+عن|إصدار)\s+"
    r"(?:القرار|الحكم|النتائج|نتائج|قرار|الأحكام|المرسوم)(?![\w])")
#: Statements in the sentence (واعتبر المتحدث أن الحكم «استهداف سياسي») are no part of the
#: occasion: ev-1061 dates the boycott told بعد ساعات من صدور القرار but not the comment
#: after it. Only physical acts take the decision's day.
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "THREATEN",
                          "CONSULT"})


def right_after_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with those of a sentence that says they followed at once a decision told
    before (فور إعلان القرار), and that no date of their own dates, dated like the latest act
    of an earlier sentence with a day of its own."""
    out = list(events)
    for k, e in enumerate(events):
        if not undated_fact(e) or e.type in SPEECH_TYPES:
            continue
        start, end = sentence_bounds(text, e.trigger.start, e.trigger.end)
        if not RIGHT_AFTER.search(text[start:end]):
            continue
        anchor = told_anchor(events, start, lambda a: True)
        if anchor is not None:
            out[k] = dated_like(e, anchor)
    return out


__all__ = ["SPEECH_TYPES", "right_after_dates"]
