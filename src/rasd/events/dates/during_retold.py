"""Acts told "during" an act named again by its definite noun (fix38, round 38).

``تظاهر مئات المواطنين في ميدان الشهداء، مساء أمس الجمعة …`` then ``وطوقت عناصر من مديرية
أمن طرابلس محيط الميدان خلال التظاهرة، وأغلقت الشوارع المؤدية إلى مقر رئاسة الوزراء، فيما
أفاد شهود عيان بأن مسلحين مجهولين أطلقوا النار في الهواء``: the second sentence states no day
of its own, but ``خلال التظاهرة`` places its acts in the protest told before, so they take
that protest's day (the round-38 gold dates the cordon, the closure and the shots so; the
README's "police ringing a protest خلال التظاهرة … dated by it"). :func:`rasd.events.
interval_dates.during_dates` reads the pronoun form (خلالها) of an act in the same sentence;
this reads the definite noun of an act of an earlier sentence.
"""

from __future__ import annotations

import re

from rasd.events.dates.occasion_anchor import date_by_occasions, of_type
from rasd.model import Event

#: خلال / أثناء + a definite protest noun, with its type. A protest is told as one day's
#: act; a visit or a summit may last days (``وأعلنت الإمارات خلال الزيارة تقديم منحة`` after a
#: visit of two days is undated in the gold, ev-487), so meetings are left out.
_NOUNS = {
    "PROTEST": "التظاهرة|التظاهرات|المظاهرة|المظاهرات|الاحتجاج|الاحتجاجات|المسيرة|"
               "المسيرات|الوقفة|الاعتصام|التجمع",
}
_DURING = {t: re.compile(rf"(?:خلال|أثناء|اثناء)\s+(?:{n})(?![\w])") for t, n in _NOUNS.items()}
_OCCASIONS = tuple((pattern, of_type(t)) for t, pattern in _DURING.items())


def during_retold_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with those of a sentence that says they happened during an act named by
    its definite noun (خلال التظاهرة), and that no date of their own dates, dated like the
    latest act of that type told in an earlier sentence with a day of its own."""
    return date_by_occasions(events, text, _OCCASIONS)
