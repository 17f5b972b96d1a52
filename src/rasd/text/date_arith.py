"""Calendar arithmetic for :mod:`rasd.text.dates`: placing a named day, month or season
relative to a publication date, Hijri (Umm al-Qura) conversion, and clock-hour readings.

Nothing here raises on a date it cannot represent: a result outside what :class:`datetime.date`
or the Umm al-Qura tables (1343-1500 AH, 1924-08-01 to 2077-11-16) cover is ``None``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from hijridate import Gregorian, Hijri

#: Where a name without a year lies relative to publication. ``before``/``after`` are strict
#: (الأحد الماضي on a Sunday is a week ago); ``current`` is the one containing publication.
Direction = Literal["on_or_before", "before", "on_or_after", "after", "current"]

# How far to look for a year in which a (month, day) exists: 29 February needs up to 8 years
# (1896 → 1904 skips 1900); Hijri day 30 exists in roughly half the years of a given month.
_YEAR_SEARCH = 8


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def add_months(day: date, months: int) -> date | None:
    """The first day of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return safe_date(index // 12, index % 12 + 1, 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(day: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def _fits(candidate: date, pub: date, direction: Direction) -> bool:
    if direction == "on_or_before":
        return candidate <= pub
    if direction == "before":
        return candidate < pub
    if direction == "on_or_after":
        return candidate >= pub
    if direction == "after":
        return candidate > pub
    return True


def _search_years(start: int, direction: Direction) -> range:
    if direction in ("on_or_after", "after"):
        return range(start, start + _YEAR_SEARCH)
    if direction == "current":
        return range(start, start + 1)
    return range(start, start - _YEAR_SEARCH, -1)


def weekday_near(pub: date, weekday: int, direction: Direction) -> date | None:
    """The weekday (Monday = 0) nearest publication in ``direction``."""
    today = pub.weekday()
    if direction == "before":
        return add_days(pub, -((today - weekday - 1) % 7 + 1))
    if direction == "after":
        return add_days(pub, (weekday - today - 1) % 7 + 1)
    if direction == "on_or_after":
        return add_days(pub, (weekday - today) % 7)
    return add_days(pub, -((today - weekday) % 7))


def month_day_near(pub: date, month: int, day: int, direction: Direction) -> date | None:
    """A Gregorian (month, day) without a year, in the nearest fitting year."""
    for year in _search_years(pub.year, direction):
        candidate = safe_date(year, month, day)
        if candidate is not None and _fits(candidate, pub, direction):
            return candidate
    return None


def hijri_month_day_near(pub: date, month: int, day: int, direction: Direction) -> date | None:
    """A Hijri (month, day) without a year, converted, in the nearest fitting Hijri year."""
    today = gregorian_to_hijri(pub)
    if today is None:
        return None
    for year in _search_years(today[0], direction):
        candidate = hijri_to_gregorian(year, month, day)
        if candidate is not None and _fits(candidate, pub, direction):
            return candidate
    return None


def month_near(pub: date, month: int, direction: Direction) -> date | None:
    """The first day of the Gregorian ``month`` nearest publication (months compared whole)."""
    this_month = date(pub.year, pub.month, 1)
    for year in _search_years(pub.year, direction):
        candidate = safe_date(year, month, 1)
        if candidate is not None and _fits(candidate, this_month, direction):
            return candidate
    return None


def hijri_month_near(pub: date, month: int, direction: Direction) -> date | None:
    """The Gregorian first day of the Hijri ``month`` nearest publication."""
    today = gregorian_to_hijri(pub)
    if today is None:
        return None
    for year in _search_years(today[0], direction):
        if _fits_index(year * 12 + month, today[0] * 12 + today[1], direction):
            return hijri_to_gregorian(year, month, 1)
    return None


def _fits_index(candidate: int, current: int, direction: Direction) -> bool:
    if direction == "on_or_before":
        return candidate <= current
    if direction == "before":
        return candidate < current
    if direction == "on_or_after":
        return candidate >= current
    if direction == "after":
        return candidate > current
    return True


def season_start(start_month: int, year: int) -> date | None:
    """The value of a season: the first day of its first month in the named year."""
    return safe_date(year, start_month, 1)


def _current_season(pub: date) -> tuple[int, int]:
    """(start month, year) of the season containing ``pub`` (December opens next year's winter)."""
    if pub.month == 12:
        return 1, pub.year + 1
    if pub.month <= 2:
        return 1, pub.year
    return (pub.month - 3) // 3 * 3 + 3, pub.year


def season_near(pub: date, start_month: int, direction: Direction) -> date | None:
    """The season nearest publication: ``before`` is the last one of that name already over."""
    current_month, current_year = _current_season(pub)
    if direction == "current":
        return season_start(start_month, current_year)
    current = current_year * 12 + current_month
    for year in _search_years(current_year, direction):
        if _fits_index(year * 12 + start_month, current, direction):
            return season_start(start_month, year)
    return None


#: How a clock hour 1-12 reads after a part-of-day word (see ``relative_dates.tsv``).
def apply_ampm(hour: int, rule: str) -> int:
    if rule == "am":
        return 0 if hour == 12 else hour
    if rule == "pm":
        return hour + 12 if 1 <= hour < 12 else hour
    if rule == "noon":
        return hour + 12 if 1 <= hour <= 5 else hour
    if rule == "night":
        if 6 <= hour < 12:
            return hour + 12
        return 0 if hour == 12 else hour
    return hour
