"""fix49: acts told as following by some hours or minutes an act the story told before.

``أغلق عشرات الشبان …، مساء أمس الخميس، طريق الأمل …`` then, in a paragraph of its own,
``وفرقت وحدات من الشرطة المحتجين … بعد نحو ثلاث ساعات من قطع الطريق، فيما أصيب ثلاثة من
عناصرها …، وأوقف تسعة محتجين``: the second paragraph states no day, but an interval of hours
or minutes counted from an act named again puts its acts on that act's day (the README's
round-49 paragraph: ``بعد نحو ثلاث ساعات من قطع الطريق`` dated by the occasion told before).
fix43's :mod:`rasd.events.dates.right_after` reads the same tie for a decision's announcement
(بعد ساعات من صدور القرار); this reads it for any act named by a verbal noun, with the
interval counted in hours or minutes, hedged or not (بعد ساعتين من، بعد نحو ثلاث ساعات من، بعد
ساعة على، بعد عشرين دقيقة من): a counted interval is a date the text fixes (the gold README's
convention (1) of 2026-12-03 (8), read there for days and weeks). A vague interval (بعد ساعات
من، بعد دقائق من، بعد عدة ساعات) dates nothing by that convention (ev-756, ev-1211, ev-1782,
ev-1791) and is left alone, as are intervals of days, which the other readers count.
"""

from __future__ import annotations

import re

from rasd.events.dates.occasion_anchor import date_by_occasions
from rasd.events.dates.right_after import SPEECH_TYPES
from rasd.model import Event

#: A count of hours or minutes: digits or a number word (not بضع/عدة, which are vague).
_COUNT = r"(?:\d+|ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|عشرين|ثلاثين|أربعين|خمس\s+عشرة)"
#: "After (about) N hours / minutes of (or on)" + a verbal noun: the occasion told before;
#: one hour (ساعة), two (ساعتين) and half an hour are counted too.
HOURS_AFTER = re.compile(
    r"(?:بعد|وبعد)\s+(?:(?:نحو|قرابة|حوالي|حوالى|زهاء|أقل\s+من|أكثر\s+من)\s+)?"
    r"(?:ساعة|ساعتين|دقيقة|دقيقتين|نصف\s+ساعة|" + _COUNT + r"\s+(?:ساعات|دقائق|ساعة|دقيقة))"
    r"\s+(?:من|على)\s+\w")


def _physical(e: Event) -> bool:
    """Acts that can be the occasion: not statements (a call, a condemnation)."""
    return e.type not in SPEECH_TYPES


def hours_after_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with the physical acts of a sentence told hours after an act named again,
    that no date of their own dates, dated like the latest earlier physical act with a day
    of its own (basis ``sentence``)."""
    physical = [e for e in events if _physical(e)]
    if not physical or not HOURS_AFTER.search(text):
        return events
    dated = date_by_occasions(physical, text, [(HOURS_AFTER, _physical)])
    by_id = {id(e): d for e, d in zip(physical, dated, strict=True)}
    return [by_id.get(id(e), e) for e in events]


__all__ = ["HOURS_AFTER", "hours_after_dates"]
