"""Task fix47: acts told before, at the start or end of, or during an occasion told before.

fix38's :mod:`rasd.events.dates.during_retold` dates the acts of a sentence that says they happened
``خلال التظاهرة`` by the protest told before. News tells the same with other words of time:
``وأوقفت الشرطة ثلاثة ناشطين … قبل انطلاق التجمع`` (the rally's day, told in the lead),
``عقب انتهاء المسيرة``، ``مع بدء الاعتصام``؛ and a trial's hearing: ``وتجمع عشرات من أنصاره أمام
مبنى المحكمة خلال الجلسة … قبل أن تستخدم الشرطة قنابل الغاز`` (the day of the court's ruling
told before). Round 47's writer dated them so (ev-1858, ev-1861; the README's "`خلال الجلسة`،
`قبل انطلاق التجمع` … by the occasion told before"). An act whose own sentence names no day
(dated only by publication) takes the day of the latest act of the occasion's kind told
with a day of its own in an earlier sentence: a protest for a rally's words, a court's act
(its actor a court or a judge) for a hearing's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from rasd.events.dates.occasion_anchor import date_by_occasions
from rasd.events.dates.verdict_occasions import FIRST_SITTING, VERDICT_READ  # fix57
from rasd.model import Event

#: A protest's definite nouns (as during_retold's), and the words of time before them.
_PROTEST_NOUNS: Final = ("التظاهرة|التظاهرات|المظاهرة|المظاهرات|الاحتجاج|الاحتجاجات|المسيرة|"
                         "المسيرات|الوقفة|الاعتصام|التجمع|الإضراب")
_EDGE: Final = r"(?:قبل|قبيل|عقب|بعد|مع|لدى)\s+(?:انطلاق|بدء|بداية|انتهاء|نهاية|انفضاض|ختام)"
PROTEST_EDGE: Final = re.compile(rf"{_EDGE}\s+(?:{_PROTEST_NOUNS})(?!\w)")
#: A hearing named by its definite noun, during it (dev ev-1311, ev-1770, ev-1858 date such
#: acts by the session; ev-1347 recoded). A statement made after it (``في تصريح للصحفيين
#: عقب الجلسة``) is left undated, as ev-1325 codes it.
HEARING: Final = re.compile(r"(?:خلال|أثناء|اثناء)\s+(?:الجلسة|جلسة المحاكمة|المحاكمة)(?!\w)")
#: Actor words of a court's act.
_COURT: Final = re.compile(r"محكم|قاض|القضاء|النيابة")


def _protest(e: Event) -> bool:
    return e.type == "PROTEST"


def _court(e: Event) -> bool:
    return e.actor is not None and _COURT.search(e.actor.span.text) is not None


_OCCASIONS: Final[tuple[tuple[re.Pattern[str], Callable[[Event], bool]], ...]] = (
    (PROTEST_EDGE, _protest), (HEARING, _court),
    (VERDICT_READ, _court), (FIRST_SITTING, _court))  # fix57: عقب النطق بالحكم، الجلسة الأولى


def occasion_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with those dated only by publication whose sentence places them at the edge
    of a protest or in a hearing told before, dated like that occasion."""
    return date_by_occasions(events, text, _OCCASIONS)


__all__ = ["occasion_dates"]
