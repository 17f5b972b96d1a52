"""Whole-line timestamps as news sites print them under comments and headlines.

``الجمعة، 07-01-2022 06:28 م``, ``٠٧/٠١/٢٠٢٢ - ٠٦:٢٨ ص``, ``2023/03/12 - 10:15``,
``12 مارس 2023 - 10:15 مساءً``, ``السبت 4 تشرين الثاني 2023 الساعة 9:05``, ``منذ 3 ساعات``.
This is a strict classifier (the line must be a timestamp, optionally after an author name
or a ``نشر في:`` prefix), not a search for dates in running text: that is
:mod:`rasd.text.dates`. Times are local as printed; ص/صباحا = AM, م/مساء = PM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from rasd.text.calendar import names_of
from rasd.text.normalize import normalize, normalized_text

_AM = "ص|صباحا|صباح|فجرا|am|a\\.m\\."
_PM = "م|مساء|مساءا|مساء|ظهرا|عصرا|ليلا|pm|p\\.m\\."
_SEP = r"[\s,\-–—|/@·•]*(?:(?:الساعه|الساعة|في|at|on)\s*)?[\s,\-–—|/@·•]*"
_LEAD = " \t-–—|,:"
_RELATIVE = (
    r"(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثواني|ثوان|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|"
    r"يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنوات|عام|عامين|اعوام)"
)


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A timestamp found in a line: where it starts and ends (original line offsets)."""

    start: int
    end: int
    value: datetime | date | None
    relative: bool = False


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(sorted(map(re.escape, names_of("gregorian")), key=len, reverse=True))
    weekdays = "|".join(sorted(map(re.escape, names_of("weekday")), key=len, reverse=True))

    def date_(k: str) -> str:  # ``k`` keeps group names unique across alternatives
        return (
            rf"(?:(?P<d{k}>\d{{1,2}})[-/.](?P<m{k}>\d{{1,2}})[-/.](?P<y{k}>\d{{4}})"
            rf"|(?P<Y{k}>\d{{4}})[-/.](?P<M{k}>\d{{1,2}})[-/.](?P<D{k}>\d{{1,2}})"
            rf"|(?P<n{k}>\d{{1,2}})\s*(?:من\s+)?(?P<mon{k}>{months})"
            rf"(?:\s*[(/]\s*(?:{months})\s*\)?)?\s*,?\s*(?P<ny{k}>\d{{4}}))"
        )

    def time_(k: str) -> str:
        return (
            rf"(?P<h{k}>\d{{1,2}})[:.](?P<min{k}>\d{{2}})(?::\d{{2}})?"
            rf"\s*(?:(?P<am{k}>{_AM})|(?P<pm{k}>{_PM}))?"
        )

    weekday = rf"(?:(?:يوم\s+)?(?:{weekdays})\s*,?\s*)"
    zone = r"(?:\s*(?:بتوقيت\s+\S+|gmt|utc)\s*)?"
    stamp = (
        rf"(?:{weekday}?{date_('a')}(?:{_SEP}{time_('a')})?{zone}"
        rf"|{time_('b')}{_SEP}{weekday}?{date_('b')}"
        rf"|{_RELATIVE})"
    )
    whole = re.compile(rf"^\s*{stamp}\s*$")
    trailing = re.compile(rf"(?:^|[\s\-–—|,:])\s*{stamp}\s*$")
    return whole, trailing


#: What every timestamp holds: a digit (dates and times) or the word of a relative one.
_POSSIBLE = re.compile(r"\d|منذ|قبل")


def parse_timestamp(line: str) -> Timestamp | None:
    """The timestamp that is the whole of ``line``, or ``None``."""
    # Most lines are no timestamp: test the normalised text first, and build the offset
    # map (the same text) only for a line that is one.
    key = normalized_text(line)
    if _POSSIBLE.search(key) is None:
        return None
    m = _patterns()[0].match(key)
    if m is None:
        return None
    # normalize(line).text is ``key``: the match stands, only the offset map is new.
    s, e = normalize(line).to_original(m.start(), m.end())
    return _build(m, s, e)


def find_trailing_timestamp(line: str) -> Timestamp | None:
    """A timestamp ending ``line`` after some other text (``أحمد - 12 مارس 2023``)."""
    key = normalized_text(line)  # as in parse_timestamp
    if _POSSIBLE.search(key) is None:
        return None
    m = _patterns()[1].search(key)
    if m is None:
        return None
    start = m.start()
    while start < m.end() and key[start] in _LEAD:
        start += 1
    s, e = normalize(line).to_original(start, m.end())
    return _build(m, s, e)


def _build(m: re.Match[str], start: int, end: int) -> Timestamp | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    k = next((name[-1] for name in g if name[-1] in "ab"), "")
    if f"d{k}" in g:
        day, month, year = int(g[f"d{k}"]), int(g[f"m{k}"]), int(g[f"y{k}"])
    elif f"Y{k}" in g:
        day, month, year = int(g[f"D{k}"]), int(g[f"M{k}"]), int(g[f"Y{k}"])
    elif f"n{k}" in g:
        day, month, year = int(g[f"n{k}"]), names_of("gregorian")[g[f"mon{k}"]], int(g[f"ny{k}"])
    else:
        return Timestamp(start, end, None, relative=True)
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if f"h{k}" not in g:
        return Timestamp(start, end, day_value)
    hour, minute = int(g[f"h{k}"]), int(g[f"min{k}"])
    if f"pm{k}" in g and hour < 12:
        hour += 12
    elif f"am{k}" in g and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return Timestamp(start, end, day_value)
    return Timestamp(start, end, datetime(year, month, day, hour, minute))
