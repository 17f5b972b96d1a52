"""Readers: from one grammar match to the pieces it stands for.

Each kind of match (see :mod:`rasd.text.date_patterns`) has a reader that validates it
(``3 صفر`` is a score, ``في 2000 موقع`` a count, ``اليوم العالمي`` not today) and resolves it
against the publication date. A reader returns ``[]`` to reject a match; the scan then
resumes one character later. The policy each reader follows is documented in
:mod:`rasd.text.dates`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from re import Match

from rasd.model import Granularity
from rasd.text import date_arith as arith
from rasd.text.date_arith import Direction
from rasd.text.date_patterns import (
    AGO_ANCHORED_ELSEWHERE,
    RECURRING_AFTER,
    TODAY_BLOCKED_BEFORE,
    WORDS,
)
from rasd.text.date_pieces import (
    Context,
    OpenDate,
    Piece,
    PieceKind,
    after_since,
    digits,
    direction_of,
    is_hijri_era,
    key,
    month_of,
    next_word,
    within,
)

#: A trigger + bare 4-digit number is read as a year only in this range of modern news
#: years; outside it ``في 1500`` is far more often a count.
TRIGGERED_YEARS = (1900, 2100)
#: Years that ``عام``/``سنة`` or an era mark make a year: older ones are history, later ones
#: do not occur in news.
WORD_YEARS = (1000, 2200)
#: A numeric date with a year in this range is Hijri (1444/03/15, with or without هـ).
HIJRI_NUMERIC_YEARS = (1300, 1500)

#: How far before اليوم a blocking word may start: the longest, "شبكة روسيا ", is 11.
TODAY_LOOKBACK = 30

PERIOD_SHIFT = {"before": -1, "after": 1, "current": 0, "before2": -2}

Reader = Callable[[Match[str], Context], list[Piece]]


def read_match(m: Match[str], ctx: Context) -> list[Piece]:
    """The pieces one grammar match stands for (``[]``: not a date after all)."""
    return READERS[m.lastgroup or ""](m, ctx)


# --- explicit dates -------------------------------------------------------------------------

#: A year-less day and month read in the past by default (past tense, no cue) is still the
#: coming one when that lies at most this many days after publication: a writer naming a
#: day eleven months back gives its year or "last year", while a day a few days or weeks
#: ahead is an announced date (موعد الانتخابات 20 أبريل) or a crawl timestamp that runs a
#: day or two early. A month: a schedule's horizon, and still far from the year's other side.
NEAR_AHEAD_DAYS = 31



def _numeric_date(m: Match[str], ctx: Context) -> list[Piece]:
    if m.group("nd_d") is not None:
        day, month, year = int(m["nd_d"]), int(m["nd_m"]), int(m["nd_y"])
    else:
        day, month, year = int(m["nd_d2"]), int(m["nd_m2"]), int(m["nd_y2"])
    era = m.group("nd_era")
    hijri = is_hijri_era(era) or (era is None and within(year, HIJRI_NUMERIC_YEARS))
    if not hijri and month > 12 and day <= 12:
        day, month = month, day  # 12/25/2022: the month-first order of US wire copy
    if not (1 <= month <= 12 and 1 <= day <= (30 if hijri else 31)):
        return []
    if hijri:
        value = arith.hijri_to_gregorian(year, month, day)
    else:
        value = arith.safe_date(year, month, day)
        if value is None:
            return []
    return [Piece(m.start("nd"), m.end("nd"), "date", value, "day", False)]


def _day_slash_month(m: Match[str], ctx: Context) -> list[Piece]:
    """في 12/3: a year-less day/month after a time preposition, day first (the Arab order),
    resolved as a year-less named date is (:func:`_day_month`)."""
    day, month = int(m["dn_d"]), int(m["dn_m"])
    if not (1 <= month <= 12 and 1 <= day <= 31) or next_word(ctx, m.end("dn")) in WORDS.counted:
        return []
    start, end = m.start("dn_d"), m.end("dn")
    value = None
    if ctx.pub is not None:
        direction = direction_of(ctx, start, None)
        value = arith.month_day_near(ctx.pub, month, day, direction)
        if direction == "on_or_before" and not after_since(ctx, start):
            ahead = arith.month_day_near(ctx.pub, month, day, "after")
            if ahead is not None and (ahead - ctx.pub).days <= NEAR_AHEAD_DAYS:
                value = ahead
        if value is None:
            return []
    return [Piece(start, end, "date", value, "day", True,
                  open_date=OpenDate(False, month, day))]


def _day_number(m: Match[str]) -> int:
    if m.group("dm_n") is not None:
        return digits(m["dm_n"])
    if m.group("dm_o") is not None:
        return WORDS.ordinal[key(m["dm_o"])]
    return 1  # أول / غرة: the first of the month


def _day_of_this_month(m: Match[str], ctx: Context) -> list[Piece]:
    """24 من الشهر الجاري: a day of a month named relative to publication."""
    day = _day_number(m)
    value = None
    if ctx.pub is not None:
        shift = PERIOD_SHIFT[WORDS.modifier[key(m["dm_p"]).split(" ", 1)[1]]]
        month = arith.add_months(ctx.pub, shift)
        value = arith.safe_date(month.year, month.month, day) if month else None
        if value is None:
            return []
    return [Piece(m.start("dm"), m.end("dm"), "date", value, "day", True)]


def _day_month(m: Match[str], ctx: Context) -> list[Piece]:
    if m.group("dm_p") is not None:
        return _day_of_this_month(m, ctx)
    hijri, month, name = month_of(m, "dm")
    day = _day_number(m)
    first_day = (int(m["dm_r"]) if m.group("dm_r") is not None
                 else WORDS.ordinal[key(m["dm_ro"])] if m.group("dm_ro") is not None else None)
    first_tag = "dm_r" if m.group("dm_r") is not None else "dm_ro"
    year_text = m.group("dm_y")
    last = 30 if hijri else 31
    if not 1 <= day <= last or (first_day is not None and not 1 <= first_day < day):
        return []
    if name in WORDS.needs_year_after_day and year_text is None and m.group("dm_sh") is None:
        return []
    # A range (7 إلى 8 أكتوبر, الأول والثاني من نوفمبر) gives two pieces; the second starts
    # at its own day.
    start = (m.start("dm_n" if m.group("dm_n") is not None else "dm_o")
             if first_day is not None else m.start("dm"))
    end = m.end("dm")
    open_date: OpenDate | None = None
    direction: Direction = "on_or_before"
    # Past by default only (no modifier, no منذ, no future cue): then a day just ahead of
    # publication is meant, not the same day eleven months back (see NEAR_AHEAD_DAYS).
    may_look_ahead = False
    if year_text is None:
        if RECURRING_AFTER.match(ctx.text, end):
            return []
        open_date = OpenDate(hijri, month, day)
        direction = direction_of(ctx, m.start("dm"), m.group("dm_mod"))
        may_look_ahead = (direction == "on_or_before" and m.group("dm_mod") is None
                          and not after_since(ctx, m.start("dm")))

    def on(d: int) -> date | None:
        if year_text is not None:
            convert = arith.hijri_to_gregorian if hijri else arith.safe_date
            return convert(int(year_text), month, d)
        if ctx.pub is None:
            return None
        near = arith.hijri_month_day_near if hijri else arith.month_day_near
        value = near(ctx.pub, month, d, direction)
        if may_look_ahead:
            ahead = near(ctx.pub, month, d, "after")
            if ahead is not None and (ahead - ctx.pub).days <= NEAR_AHEAD_DAYS:
                return ahead
        return value

    value = on(day)
    if value is None and year_text is not None and not hijri:
        return []  # 31 فبراير 2022
    relative = year_text is None
    pieces = [Piece(start, end, "date", value, "day", relative, open_date=open_date)]
    if first_day is not None:
        pieces.insert(0, Piece(m.start(first_tag), m.end(first_tag), "date", on(first_day),
                               "day", relative))
    return pieces


def _month(m: Match[str], ctx: Context) -> list[Piece]:
    hijri, month, name = month_of(m, "mo")
    year_text, modifier = m.group("mo_y"), m.group("mo_mod")
    named = m.group("mo_sh") is not None or m.group("mo_la") is not None
    triggered = m.group("mo_t") is not None and name not in WORDS.ambiguous_month
    if year_text is None and modifier is None and not named and not triggered:
        return []
    start, end = m.start("mo_c"), m.end("mo_c")
    if year_text is not None:
        year = int(year_text)
        if hijri or is_hijri_era(m.group("mo_era")):
            value = arith.hijri_to_gregorian(year, month, 1) if hijri else None
        else:
            value = arith.safe_date(year, month, 1)
        return [Piece(start, end, "month", value, "month", False)]
    if RECURRING_AFTER.match(ctx.text, end):
        return []
    direction = direction_of(ctx, start, modifier)
    value = None
    if ctx.pub is not None:
        near = arith.hijri_month_near if hijri else arith.month_near
        value = near(ctx.pub, month, direction)
    open_date = OpenDate(hijri, month, None)
    return [Piece(start, end, "month", value, "month", True, open_date=open_date)]


# --- years and seasons ------------------------------------------------------------------------


def _year_value(year: int, era: str | None) -> date | None:
    if is_hijri_era(era):
        return arith.hijri_to_gregorian(year, 1, 1)
    return arith.safe_date(year, 1, 1)


def _year_piece(start: int, end: int, year: int, era: str | None) -> list[Piece]:
    if not is_hijri_era(era) and not within(year, WORD_YEARS):
        return []
    return [Piece(start, end, "year", _year_value(year, era), "year", False)]


def _year_word(m: Match[str], ctx: Context) -> list[Piece]:
    return _year_piece(m.start("yr"), m.end("yr"), int(m["yr_y"]), m.group("yr_era"))


def _year_era(m: Match[str], ctx: Context) -> list[Piece]:
    return _year_piece(m.start("ye"), m.end("ye"), int(m["ye_y"]), m.group("ye_era"))


def _year_pair(m: Match[str], ctx: Context) -> list[Piece]:
    pieces = []
    for tag in ("yd_a", "yd_b"):
        pieces += _year_piece(m.start(tag), m.end(tag), int(m[tag]), None)
    return pieces


def _year_triggered(m: Match[str], ctx: Context) -> list[Piece]:
    year, era = int(m["yt_y"]), m.group("yt_era")
    if era is None:
        following = next_word(ctx, m.end("yt"))
        if not within(year, TRIGGERED_YEARS) or following == "%" or following in WORDS.counted:
            return []
    return _year_piece(m.start("yt_c"), m.end("yt_c"), year, era)


def _season(m: Match[str], ctx: Context) -> list[Piece]:
    name = key(m["se_s"])
    start_month = WORDS.season[name.removeprefix("ال")]
    start, end = m.start("se"), m.end("se")
    if m.group("se_y") is not None:
        return [Piece(start, end, "other", arith.season_start(start_month, int(m["se_y"])),
                      "season", False)]
    pub = ctx.pub
    value: date | None = None
    if m.group("se_mod") is not None:
        if not name.startswith("ال"):
            return []
        if pub is not None:
            value = arith.season_near(pub, start_month, direction_of(ctx, start, m["se_mod"]))
    elif pub is not None:
        shift = 0
        if m.group("se_p") is not None:
            shift = PERIOD_SHIFT[WORDS.modifier[key(m["se_p"]).split(" ", 1)[1]]]
        value = arith.season_start(start_month, pub.year + shift)
    return [Piece(start, end, "other", value, "season", True)]


# --- clock times ----------------------------------------------------------------------------


def _clock(
    start: int, end: int, hour: int, minute: int, ampm: str | None, granularity: Granularity,
    rule: str | None = None,
) -> list[Piece]:
    if ampm:
        rule = WORDS.ampm.get(key(ampm))
    hour24 = arith.apply_ampm(hour, rule) if rule else hour
    if not (0 <= hour24 <= 23 and 0 <= minute <= 59):
        return []
    return [Piece(start, end, "time", None, granularity, True, clock=(hour24, minute),
                  ampm_open=rule is None and 1 <= hour <= 12)]


def _time_colon(m: Match[str], ctx: Context) -> list[Piece]:
    return _clock(m.start("ta"), m.end("ta"), int(m["ta_h"]), int(m["ta_m"]),
                  m.group("ta_ap"), "minute")


def _time_hour(m: Match[str], ctx: Context) -> list[Piece]:
    return _clock(m.start("tb"), m.end("tb"), int(m["tb_h"]), 0, m.group("tb_ap"), "hour")


def _time_daypart(m: Match[str], ctx: Context) -> list[Piece]:
    return _clock(m.start("tc"), m.end("tc"), int(m["tc_h"]), 0, m["tc_ap"], "hour")


def _time_words(m: Match[str], ctx: Context) -> list[Piece]:
    ampm, part_after = m.group("td_ap"), m.group("td_la")
    if m.group("td_pre") is None and ampm is None and part_after is None:
        return []  # العاشرة alone is "the tenth"
    # العاشرة من مساء ...: the part of the day that follows reads the hour.
    rule = WORDS.daypart.get(part_after.split()[-1]) if part_after else None
    hour, minute = WORDS.hour[key(m["td_h"])], 0
    granularity: Granularity = "hour"
    if m.group("td_f") is not None:
        granularity = "minute"
        minute = WORDS.fraction[key(m["td_f"])]
        if minute < 0:
            hour, minute = (hour - 1) or 12, 60 + minute
    return _clock(m.start("td"), m.end("td"), hour, minute, ampm, granularity, rule)


# --- named and relative days --------------------------------------------------------------


def _weekday(m: Match[str], ctx: Context) -> list[Piece]:
    weekday = WORDS.weekdays[key(m["wd_n"])]
    start = m.start("wd_c")
    modifier = m.group("wd_mod")
    value = None
    if ctx.pub is not None:
        if modifier is not None and WORDS.modifier[key(modifier)] == "before2":
            last = arith.weekday_near(ctx.pub, weekday, "before")  # الثلاثاء ما قبل الماضي
            value = arith.add_days(last, -7) if last else None
        else:
            value = arith.weekday_near(ctx.pub, weekday, direction_of(ctx, start, modifier))
    daypart = WORDS.daypart[key(m["wd_dp"])] if m.group("wd_dp") else None
    return [Piece(start, m.end("wd"), "weekday", value, "day", True, daypart=daypart,
                  weekday=weekday)]


def _today_blocked(ctx: Context, start: int, end: int) -> bool:
    """اليوم/الليلة that do not mean today (see :mod:`rasd.text.dates`)."""
    if TODAY_BLOCKED_BEFORE.search(ctx.text, max(0, start - TODAY_LOOKBACK), start):
        return True
    following = next_word(ctx, end)
    if following is None:
        return False
    if following in WORDS.today_blocked_after:
        return True
    return following.startswith("ال") and following not in WORDS.weekdays


def _relative_day(m: Match[str], ctx: Context) -> list[Piece]:
    daypart_text = m.group("rd_dp")
    start, end = m.start("rd_c"), m.end("rd")
    if m.group("rd_w") is not None:
        word = key(m["rd_w"])
        offset = WORDS.relday[word]
        if offset == 0 and daypart_text is None and _today_blocked(ctx, start, end):
            return []
    else:
        if daypart_text is None and m.group("rd_y") is None:
            return []
        offset = WORDS.relday_bound[key(m["rd_b"])]
    value = arith.add_days(ctx.pub, offset) if ctx.pub is not None else None
    daypart = WORDS.daypart[key(daypart_text)] if daypart_text else None
    return [Piece(start, end, "relday", value, "day", True, daypart=daypart)]


def _ago(m: Match[str], ctx: Context) -> list[Piece]:
    start, end = m.start("ago"), m.end("ago")
    if m["ago_w"] == "قبل" and AGO_ANCHORED_ELSEWHERE.match(ctx.text, end):
        return []  # قبل أسبوع من الانتخابات: before another event, not before publication
    unit, count_kind = WORDS.unit[key(m["ago_u"])]
    count_text = m.group("ago_n")
    count: int | None
    if count_text is None:
        count = {"1": 1, "2": 2}.get(count_kind)
        if count is None and count_kind == "n":
            return []
    elif count_text.isdigit():
        count = int(count_text)
    else:
        word = WORDS.count[key(count_text)]
        count = None if word == "few" else int(word)
    if count is None or unit == "vague":
        return [Piece(start, end, "other", None, "vague", True)]
    return [_shifted(start, end, ctx.pub, unit, -count)]


def _shifted(start: int, end: int, pub: date | None, unit: str, amount: int) -> Piece:
    """Publication moved by ``amount`` units, at the granularity the unit names."""
    granularity: Granularity = "day"
    value: date | None = None
    if unit == "week":
        granularity = "week"
        value = arith.add_days(pub, 7 * amount) if pub else None
    elif unit == "month":
        granularity = "month"
        value = arith.add_months(pub, amount) if pub else None
    elif unit in ("year", "decade"):
        granularity = "year"
        years = amount * (10 if unit == "decade" else 1)
        value = arith.safe_date(pub.year + years, 1, 1) if pub else None
    elif unit == "hour":
        value = arith.add_days(pub, -(-amount // 24)) if pub else None
    elif unit == "day":
        value = arith.add_days(pub, amount) if pub else None
    else:
        value = pub
    kind: PieceKind = "year" if granularity == "year" else "other"
    return Piece(start, end, kind, value, granularity, True)


def _period(m: Match[str], ctx: Context) -> list[Piece]:
    start, end = m.start("pe"), m.end("pe")
    if m.group("pe_pl") is not None:
        return [Piece(start, end, "other", None, "vague", True)]
    if m.group("pe_this") is not None:
        unit, shift = WORDS.period[key(m["pe_u1"])], 0
    else:
        unit = WORDS.period[key(m["pe_u"])]
        shift = PERIOD_SHIFT[WORDS.modifier[key(m["pe_mod"])]]
    return [_shifted(start, end, ctx.pub, unit, shift)]


READERS: dict[str, Reader] = {
    "nd": _numeric_date,
    "dn": _day_slash_month,
    "dm": _day_month,
    "ta": _time_colon,
    "tb": _time_hour,
    "tc": _time_daypart,
    "yd": _year_pair,
    "yr": _year_word,
    "ye": _year_era,
    "se": _season,
    "yt": _year_triggered,
    "mo": _month,
    "ago": _ago,
    "td": _time_words,
    "wd": _weekday,
    "rd": _relative_day,
    "pe": _period,
}
