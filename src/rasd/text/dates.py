"""Dates and times in Arabic news text, resolved against the publication date.

:func:`extract_times` runs one combined regex (:data:`rasd.text.date_patterns.GRAMMAR`) over
the normalised text, reads each match into a *piece* (:mod:`rasd.text.date_readers`: a date,
weekday, relative day, clock time, month, year ...), joins neighbouring pieces that form one
expression (``الجمعة، 07-01-2022 06:28 م``; ``التاسعة مساء اليوم``; ``5 مارس من العام
الماضي``; ``اليوم (الخميس)``) and returns :class:`rasd.model.TimeRef` records, in text order
and non-overlapping, whose spans index the original text.

Values, and the decisions behind them:

* A value is a ``date`` (a ``datetime`` with a clock time); ``granularity`` says how much of
  it is meant. A month is its first day, a year its 1 January, a season the first day of its
  first month (winter = 1 January of the named year, so a season stays inside its year), a
  week the date 7 days from publication (Arab weeks start on different days, so no week
  start is invented). A Hijri month or year is the Gregorian date of its first day.
* A relative expression (``أمس``, ``الأحد الماضي``, a year-less date, a lone clock time) has
  ``relative=True`` and, without a publication date, ``value=None``.
* A year-less date, month or weekday is the nearest one **on or before** publication: news
  reports what happened. A modifier moves it (``المقبل``/``القادم``: strictly after;
  ``الماضي``/``المنصرم``: strictly before, so ``الأحد الماضي`` on a Sunday is a week ago;
  ``الجاري``/``الحالي``: this one); so does the **tense heuristic**: when the same sentence,
  within ``FUTURE_LOOKBACK`` characters before it, has a future cue — a ``سـ`` verb
  (``سيعقد``, ``ستجري``; not nouns like ``سيارة``/``سنوات`` or the past ``سيطرت``), ``سوف``,
  ``لن``, ``من المقرر``, ``من المتوقع``, ``المقبل``, or a present-tense verb of a scheduled
  event (``تنطلق``, ``يقام``, ``يزور``; lists in ``date_cues.tsv``) — it is the nearest on
  or after publication. Right after ``منذ`` ("since") it stays in the past. A year-less
  day and month that only the default (no modifier, no cue) puts in the past is the coming
  one when that is at most ``NEAR_AHEAD_DAYS`` (31) days away: an announced date, or a
  crawl timestamp a day early, not the same day eleven months back. A weekday named
  with a year-less date picks the year in which they agree. Two ordinal days of one month
  (``يومي الأول والثاني من نوفمبر``) are two dates, like ``7 إلى 8 أكتوبر``; ``منذ يوم
  الجمعة`` is "since Friday", not "a day ago".
* ``اليوم`` is publication day, except in ``حتى اليوم``/``إلى اليوم`` ("to date"), ``في
  اليوم`` ("per day"), ``ذلك اليوم``, ``اليوم نفسه``, media names (``المصري اليوم``,
  ``صحيفة اليوم``) and before another definite word that is not a weekday (``اليوم
  العالمي``, ``اليوم التالي``). ``الليلة الماضية`` is publication day - 1 (the night
  before a morning paper). When ``اليوم``/``أمس``/``غدا`` and a weekday disagree (``اليوم
  (الخميس)`` stamped Friday) the weekday wins: crawl timestamps are often a day off.
* ``منذ``/``قبل`` + count + unit is publication minus that much (``منذ 3 أيام`` day;
  ``منذ شهرين`` month; ``قبل عامين`` year; hours count whole days: ``منذ 48 ساعة`` is 2 days
  ago). Without a count (``منذ أيام``, ``منذ أسابيع``), with ``بضعة``/``عدة``, and for
  ``خلال الأيام الماضية`` and the like the expression is kept as ``vague`` with
  ``value=None``. ``قبل أسبوع من ...`` (before another event) is not read.
* A bare 4-digit number is a year only after ``عام``/``سنة``, with an era mark (``1443هـ``,
  ``ميلادي``; a lone ``م`` only after a year word, as it is also "metre"), inside a date, or
  after a trigger (``في``، ``منذ``، ``حتى``، ``خلال``، ``بحلول`` ...) when it lies in
  ``TRIGGERED_YEARS`` and no counted noun follows (``في 2000 موقع`` is a count). Dates that
  recur (``8 مارس من كل عام``) are not events and are not read.
* Hijri dates are converted with ``hijridate`` (Umm al-Qura); out of its range the value is
  ``None`` but the expression is kept. Numeric dates with a year in ``HIJRI_NUMERIC_YEARS``
  or a ``هـ`` are Hijri. Day-first is the Arab convention; a month over 12 with a day of 12
  or less is read month-first. A Hijri date followed by its Gregorian equivalent (in
  brackets or after ``الموافق``) gives two expressions.
* Clock times: ص/صباحا = AM, م/مساء = PM, 12 ص = 00, 12 م = 12 (the rules for ظهرا and
  ليلا are in ``relative_dates.tsv``); a time next to a day becomes that day's datetime
  (``الساعة العاشرة من صباح الخميس``), a lone time the publication date's (``relative=True``).
  ``الساعة 14:30`` is minute granularity, ``الساعة العاشرة`` hour.
* Spans leave out prepositions and ``يوم`` in front (``في``، ``منذ 2019``، ``بتاريخ``) and
  the proclitics و ف ب ل; they keep ``عام``/``سنة``/``شهر``, parts of the day, modifiers,
  era marks, and ``منذ``/``قبل`` of "ago" expressions (``منذ 3 أيام``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import cast

from rasd.model import Span, TimeRef
from rasd.text import date_arith as arith
from rasd.text import date_patterns
from rasd.text.accelerator import load_fasttok
from rasd.text.date_patterns import CLOSERS, GATE_HEADS, GRAMMAR, JOINER
from rasd.text.date_pieces import Context, OpenDate, Piece
from rasd.text.date_readers import read_match
from rasd.text.normalize import TATWEEL, NormalizedText, normalize

__all__ = ["extract_times", "extract_times_normalized"]


def extract_times(text: str, published: date | None = None) -> list[TimeRef]:
    """Every date and time expression in ``text``, in text order, non-overlapping.

    ``published`` anchors relative expressions; without it their value is ``None``.
    """
    return extract_times_normalized(normalize(text), published)


def extract_times_normalized(
    nt: NormalizedText, published: date | None = None
) -> list[TimeRef]:
    """:func:`extract_times` on text the caller has already normalised (spans still index
    ``nt.original``)."""
    if isinstance(published, datetime):
        published = published.date()
    ctx = Context(nt.text, published)
    pieces: list[Piece] = []
    pos = 0
    search = _search
    while (m := search(nt.text, pos)) is not None:
        found = read_match(m, ctx)
        if found:
            pieces.extend(found)
            pos = m.end()
        else:
            pos = m.start() + 1
    return [_to_timeref(p, nt, published) for p in _join(pieces, ctx)]


def _search_scanned(text: str, pos: int) -> re.Match[str] | None:
    """``GRAMMAR.search(text, pos)``, trying GRAMMAR only where the C scan finds that an
    expression may start (:data:`_CANDIDATE`).

    ``search`` tries every index from ``pos`` on and returns the first match; the scan
    returns, in order, a superset of the indices where GRAMMAR can match (a word start, or
    one behind its proclitics, at a digit, ال + digit or a gate head: what GRAMMAR's own
    lookarounds require first), so the first of them where ``GRAMMAR.match`` succeeds is the
    same match. Running the gate's trie and the three look-behinds at every index was ~3%
    of the pipeline's instructions.
    """
    match = GRAMMAR.match
    candidate = cast(Callable[..., int], _CANDIDATE)
    while (p := candidate(text, pos, GATE_HEADS, date_patterns._CLITICS,
                          date_patterns._CONJUNCTIONS, date_patterns._PREPOSITIONS,
                          date_patterns._ARTICLE)) >= 0:
        m = match(text, p)
        if m is not None:
            return m
        pos = p + 1
    return None


def _is_word(text: str) -> bool:
    """Every character is one of re's ``\\w`` (str.isalnum() or ``_``)."""
    return all(ch.isalnum() or ch == "_" for ch in text)


_FAST = load_fasttok()
#: The C scan (``_fasttok.date_candidate``), or ``None``: a module built before it lacks it,
#: and the scan's head test (the run of word characters at an index is a head) holds only
#: for heads made of word characters, as every one is.
_CANDIDATE = getattr(_FAST, "date_candidate", None) if all(map(_is_word, GATE_HEADS)) else None
#: ``GRAMMAR.search``, or its scanned form where the C scan is built (the same matches).
_search: Callable[[str, int], re.Match[str] | None] = (
    GRAMMAR.search if _CANDIDATE is None else _search_scanned)


def _to_timeref(piece: Piece, nt: NormalizedText, pub: date | None) -> TimeRef:
    value: date | None = piece.value
    relative = piece.relative
    if piece.kind == "time" and piece.clock is not None:
        value = _at(pub, piece.clock)
        relative = True
    start, end = nt.to_original(piece.start, piece.end)
    original = nt.original
    while end < len(original) and original[end] == TATWEEL:
        end += 1  # the era mark هـ is written with a tatweel that normalisation drops
    return TimeRef(Span(start, end, original[start:end]), value, piece.granularity, relative)


def _at(day: date | None, clock: tuple[int, int]) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(clock[0], clock[1]))


# --- joining adjacent pieces into one expression -------------------------------------------

_DAYS = ("date", "weekday", "relday")


def _join(pieces: list[Piece], ctx: Context) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        gap = JOINER.fullmatch(ctx.text, out[-1].end, piece.start) if out else None
        if gap is not None:
            opener = gap.group("open")
            if opener is not None:
                # اليوم (الاثنين): join only when the bracket closes right after, and keep it.
                if not ctx.text.startswith(CLOSERS[opener], piece.end):
                    out.append(piece)
                    continue
                piece = replace(piece, end=piece.end + 1)
            joined = _join_two(out[-1], piece, ctx)
            if joined is not None:
                out[-1] = joined
                continue
            if opener is not None:
                piece = replace(piece, end=piece.end - 1)
        out.append(piece)
    return out


def _join_two(a: Piece, b: Piece, ctx: Context) -> Piece | None:
    """``a`` and ``b`` as one expression, or ``None`` when they are two."""
    if a.kind in ("weekday", "relday") and b.kind == "date":
        value = b.value
        if a.kind == "weekday" and b.open_date is not None and a.weekday is not None:
            value = _year_by_weekday(b.open_date, a.weekday, ctx.pub, b.value)
        return replace(b, start=a.start, value=value, daypart=a.daypart)
    if a.kind == "relday" and b.kind == "weekday":
        # The weekday is the writer's own statement; a crawl's publication time is often a
        # day off it (اليوم الخميس stamped Friday), so it wins, next to the offset's day.
        value = a.value
        if value is not None and b.weekday is not None:
            value = arith.add_days(value, (b.weekday - value.weekday() + 3) % 7 - 3)
        return replace(a, end=b.end, value=value)
    if a.kind in _DAYS and b.kind == "time":
        return _with_clock(a, b, a.start, b.end)
    if a.kind == "time" and b.kind in _DAYS:
        return _with_clock(b, a, a.start, b.end)
    if a.open_date is not None and b.kind == "year" and b.value is not None:
        return _with_year(a, b)
    return None


def _with_clock(day: Piece, clock_piece: Piece, start: int, end: int) -> Piece:
    hour, minute = clock_piece.clock or (0, 0)
    if clock_piece.ampm_open and day.daypart is not None:
        hour = arith.apply_ampm(hour, day.daypart)
    return Piece(start, end, "other", _at(day.value, (hour, minute)),
                 clock_piece.granularity, day.relative)


def _with_year(a: Piece, year_piece: Piece) -> Piece | None:
    """A year-less date or month completed by the year after it (5 مارس من العام الماضي)."""
    open_date = a.open_date
    if open_date is None or year_piece.value is None:
        return None
    value: date | None
    if open_date.hijri:
        hijri = arith.gregorian_to_hijri(year_piece.value)
        if hijri is None:
            return None
        value = arith.hijri_to_gregorian(hijri[0], open_date.month, open_date.day or 1)
    else:
        value = arith.safe_date(year_piece.value.year, open_date.month, open_date.day or 1)
    return Piece(a.start, year_piece.end, a.kind, value, a.granularity, year_piece.relative)


def _year_by_weekday(
    open_date: OpenDate, weekday: int, pub: date | None, fallback: date | None
) -> date | None:
    """The year in which a year-less day falls on the weekday named with it, nearest first."""
    if pub is None or open_date.day is None:
        return fallback
    day = open_date.day
    if open_date.hijri:
        today = arith.gregorian_to_hijri(pub)
        if today is None:
            return fallback
        candidates = [arith.hijri_to_gregorian(y, open_date.month, day)
                      for y in (today[0] - 1, today[0], today[0] + 1)]
    else:
        candidates = [arith.safe_date(y, open_date.month, day)
                      for y in (pub.year - 1, pub.year, pub.year + 1)]
    fitting = [c for c in candidates if c is not None and c.weekday() == weekday]
    if not fitting:
        return fallback
    return min(fitting, key=lambda c: abs((c - pub).days))
