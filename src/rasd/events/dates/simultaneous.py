"""Task fix45: acts told as simultaneous with an occasion named again take its day.

``قضت الدائرة الجنائية …، مساء أمس الأحد، بسجن …`` then ``فيما نفذ العشرات … وقفة تضامنية
أمام قصر العدالة بالتزامن مع جلسة النطق بالحكم``: the stand states no day of its own, but
``بالتزامن مع`` ("at the same time as") puts it at the sentencing told before, so it takes that
day (round 45's README paragraph: ``بالتزامن مع جلسة النطق بالحكم`` dated by the occasion told
before, as fix43's ``فور إعلان القرار``, :mod:`rasd.events.dates.right_after`). The occasion's noun
names the kind of act it is (a hearing or a verdict: a SANCTION; a ban: a COERCE; a visit or
a meeting: a CONSULT), and the anchor is the latest earlier act of that kind with a day of its
own, not merely the latest dated act (a background arrest in May 2024 may stand between).
"""

from __future__ import annotations

import re

from rasd.events.dates.occasion_anchor import dated_like, of_type, told_anchor, undated_fact
from rasd.events.dates.right_after import SPEECH_TYPES
from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import Event

#: "At the same time as / on the sidelines of" + the occasion's noun, and the type of act the
#: noun names.
_OCCASIONS: tuple[tuple[str, str], ...] = (
    (r"(?:جلسة\s+)?النطق\s+بالحكم|جلسة\s+المحاكمة|المحاكمة|صدور\s+الحكم|الحكم", "SANCTION"),
    (r"قرار\s+الحظر|الحظر|قرار\s+المنع|قرار\s+الإغلاق", "COERCE"),
    (r"الزيارة|زيارة|الاجتماع|اللقاء|القمة|المحادثات|المباحثات", "CONSULT"),
)
_SIMULTANEOUS = re.compile(r"(?:بالتزامن|تزامنا|متزامنا|متزامنة)\s+مع\s+"
                           r"(?P<occ>[^\s،,.]+(?:\s+[^\s،,.]+){0,2})")


def _occasion_type(words: str) -> str | None:
    for pattern, type_ in _OCCASIONS:
        if re.match(pattern, words):
            return type_
    return None


def simultaneous_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with the physical acts of a sentence told as simultaneous with an occasion
    named again (بالتزامن مع جلسة النطق بالحكم), and that no date of their own dates, dated
    like the latest earlier act of the occasion's kind with a day of its own."""
    out = list(events)
    for k, e in enumerate(events):
        if not undated_fact(e) or e.type in SPEECH_TYPES:
            continue
        _, end = sentence_bounds(text, e.trigger.start, e.trigger.end)
        found = _SIMULTANEOUS.search(text, e.trigger.end, end)
        if found is None:
            continue
        kind = _occasion_type(found.group("occ"))
        anchor = told_anchor(events, e.trigger.start, of_type(kind))
        if anchor is not None:
            out[k] = dated_like(e, anchor)
    return out


__all__ = ["simultaneous_dates"]
