"""Publication date: taken from metadata or the page when given, otherwise inferred.

The inference uses what a careful reader would:

1. a date in the URL (``/2022/01/07/``, ``20220107``);
2. the earliest comment: a page cannot be commented on before it is published, so that
   day bounds the date from above. Arabic news names the weekdays of the events it
   reports ("أعربت المنظمة، الخميس، ..."); reports run on the day of the event or the day
   after, so when the bound's weekday or the day before it is named, the bound is taken,
   else the latest day of the week before it whose weekday the body names;
3. the article's own words: when it says what weekday today is (``اليوم الأربعاء``, or
   ``أمس الأحد``) and dates a recent event (``الثلاثاء 17 أكتوبر``, ``الأول من أكتوبر``; a
   missing year is the latest year the text names, moved forward to agree with a stated
   weekday), the page was published on the first such weekday on or after that date;
4. otherwise nothing: no date is better than a wrong one, and a warning says so.

A wire dateline's full date (``الرياض 25 رمضان 1447 هـ الموافق 14 مارس 2026 م واس -``) is
read before the comments and the weekdays: the agency states the report's day itself.

Each inferred date is flagged ``inferred: true`` with the ``basis`` that produced it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import ClassVar

from rasd.model import Document, Published, Span, Warning
from rasd.text.calendar import NameKind, names_of
from rasd.text.normalize import normalize_piece
from rasd.text.numbers import extract_numbers

_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
#: Reports run on the day of the event or the next: a weekday named for an event is at
#: most this many days before publication when it is the latest one named.
REPORTING_LAG_DAYS = 1
#: Weekdays alone only place a date within the week before the bound.
WEEK = 7


def date_from_url(url: str | None) -> date | None:
    if not url:
        return None
    for m in _URL_DATE.finditer(url):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return None


def _article_spans(doc: Document) -> list[Span]:
    spans = [doc.title] if doc.title is not None else []
    return spans + [c.span for c in doc.captions] + [b.span for b in doc.blocks]


def named_weekdays(doc: Document) -> set[int]:
    """Weekdays (Monday = 0) named in the headline, captions and body."""
    weekdays = names_of("weekday")
    named = _weekday_names()
    found: set[int] = set()
    for span in _article_spans(doc):
        text = normalize_piece(span.text).text
        # Only a word holding a weekday's name can be one: the words (runs of letters
        # U+0621-U+064A) around the few places a name occurs are read, not every word of
        # the page; a name is letters of that range, so a match lies inside one word.
        for m in named.finditer(text):
            start, end = m.start(), m.end()
            while start and _is_letter(text[start - 1]):
                start -= 1
            while end < len(text) and _is_letter(text[end]):
                end += 1
            word = text[start:end]
            for cand in (word, word[1:], word[2:]):  # و/ف/ب + ال clitics: والأحد, يوم بالخميس
                if cand in weekdays and (cand.startswith("ال") or cand == word):
                    found.add(weekdays[cand])
                    break
    return found


@cache
def _weekday_names() -> re.Pattern[str]:
    """Any weekday name, wherever it occurs (inside a longer word too)."""
    return re.compile("|".join(sorted(map(re.escape, names_of("weekday")), key=len,
                                      reverse=True)))


def _is_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter of a word (U+0621-U+064A) for :func:`named_weekdays`."""
    return "\u0621" <= ch <= "\u064a"


@cache
def _text_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                              re.Pattern[str]]:
    def alternation(kind: NameKind) -> str:
        return "|".join(sorted(map(re.escape, names_of(kind)), key=len, reverse=True))

    weekdays, months = alternation("weekday"), alternation("gregorian")
    today = re.compile(rf"(?<!\w)اليوم\s+(?P<wd>{weekdays})(?!\w)")
    yesterday = re.compile(rf"(?<!\w)(?:امس|البارحه)\s+(?P<wd>{weekdays})(?!\w)")
    day_month = re.compile(
        rf"(?:(?P<wd>{weekdays})\s*,?\s*)?(?P<day>\d{{1,2}}|[^\s\d,.]+(?:\s+[^\s\d,.]+)?)"
        rf"\s+(?:من\s+)?(?P<mon>{months})(?!\w)(?:\s*[/(]\s*(?:{months})\s*\)?)?"
        r"(?:\s*,?\s*(?:عام\s+)?(?P<y>(?:19|20)\d{2})(?!\d))?")
    # Any month name, as day_month's `mon` group spells it: a piece without one has no
    # day_month match, and this search (its first letters a set re skips by) costs a few
    # tests a character, where day_month tries its day reading at every position.
    any_month = re.compile(months)
    return today, yesterday, day_month, any_month


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def infer_from_text(texts: list[str]) -> date | None:
    """Rule 3 of the module doc, or ``None`` when the text does not pin the date down."""
    today_p, yesterday_p, day_month_p, any_month_p = _text_patterns()
    weekdays, months = names_of("weekday"), names_of("gregorian")
    norm = [normalize_piece(t).text for t in texts]
    today: int | None = None
    for t in norm:
        # Each pattern starts with its literal words: a piece without them is not scanned.
        if "اليوم" in t and (m := today_p.search(t)):
            today = weekdays[m["wd"]]
            break
        if ("امس" in t or "البارحه" in t) and (m := yesterday_p.search(t)):
            today = (weekdays[m["wd"]] + 1) % 7
            break
    if today is None:
        return None
    years = [int(y) for t in norm for y in _YEAR.findall(t)]
    anchors: list[date] = []
    for t in norm:
        if any_month_p.search(t) is None:  # no month named: day_month cannot match
            continue
        for m in day_month_p.finditer(t):
            day = _day_number(m["day"])
            year = int(m["y"]) if m["y"] else max(years, default=0)
            if day is None or not year:
                continue
            found = _dated(year, months[m["mon"]], day,
                           weekdays[m["wd"]] if m["wd"] else None, fixed=bool(m["y"]))
            if found is not None:
                anchors.append(found)
    if not anchors:
        return None
    latest = max(anchors)
    for ahead in range(WEEK):
        candidate = latest + timedelta(days=ahead)
        if candidate.weekday() == today:
            return candidate
    return None


def _day_number(token: str) -> int | None:
    """``17`` or an ordinal in words (``الأول``, ``الحادي عشر``) as a day of the month."""
    if token.isdigit():
        return int(token)
    for q in extract_numbers(token):
        if q.ordinal and isinstance(q.min, int) and q.min == q.max and 1 <= q.min <= 31:
            return q.min
    return None


def _dated(year: int, month: int, day: int, weekday: int | None, *, fixed: bool) -> date | None:
    """The date, with an unstated year moved forward (at most a 28-year calendar cycle)
    until it falls on the stated weekday."""
    for y in range(year, year + (1 if fixed or weekday is None else 28)):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if weekday is None or d.weekday() == weekday:
            return d
    return None


def infer_from_comments(bound: date, weekdays: set[int]) -> tuple[date, str]:
    """The publication date given the earliest comment's day and the weekdays named."""
    if not weekdays:
        return bound, "earliest_comment"
    for lag in range(REPORTING_LAG_DAYS + 1):
        if (bound - timedelta(days=lag)).weekday() in weekdays:
            return bound, "earliest_comment+weekdays"
    for back in range(1, WEEK):
        day = bound - timedelta(days=back)
        if day.weekday() in weekdays:
            return day, "earliest_comment+weekdays"
    return bound, "earliest_comment"


#: How far into the text a dateline's date may start: a city or two and ``في`` before it
#: (``الرياض``، ``مسقط في``، ``نواكشوط (الأخبار)``).
DATELINE_REACH = 30


def date_from_dateline(text: str) -> date | None:
    """The full date of a wire dateline that opens the text (``الرياض 25 رمضان 1447 هـ
    الموافق 14 مارس 2026 م واس -``، ``مسقط في 10 صفر 1448هـ``): the agency's own statement
    of the report's day, so it stands for the publication date when none is given. Only a
    date with its year, of day precision, in the first line's first words."""
    from rasd.text.dates import extract_times

    first_line = text.lstrip()[:DATELINE_REACH + 60].split("\n", 1)[0]
    for t in extract_times(first_line):
        if t.span.start > DATELINE_REACH:
            return None
        if t.relative or t.value is None or t.granularity != "day":
            continue
        return t.day
    return None


class PublishedDateInferrer:
    """Stage: fill ``published`` when neither the input nor the page states it."""

    name: ClassVar[str] = "structure.published/1"
    requires: ClassVar[frozenset[str]] = frozenset({"published", "blocks", "comments"})
    provides: ClassVar[frozenset[str]] = frozenset({"published"})

    def __call__(self, doc: Document) -> Document:
        if doc.published.date is not None:
            return doc
        from_url = date_from_url(doc.url)
        if from_url is not None:
            return replace(doc, published=Published(from_url, inferred=True, basis="url"))
        from_dateline = date_from_dateline(doc.text)
        if from_dateline is not None:
            return replace(doc, published=Published(from_dateline, inferred=True,
                                                    basis="dateline"))
        posted = [c.posted for c in doc.comments if c.posted is not None]
        if posted:
            first = min(p.date() if isinstance(p, datetime) else p for p in posted)
            day, basis = infer_from_comments(first, named_weekdays(doc))
            return replace(doc, published=Published(day, inferred=True, basis=basis))
        from_text = infer_from_text([s.text for s in _article_spans(doc)])
        if from_text is not None:
            return replace(doc, published=Published(from_text, inferred=True,
                                                    basis="text_weekday+date"))
        missing = Warning(
            "no_published_date",
            "no publication date given and none can be inferred; relative dates stay "
            "unresolved (pass --published)")
        return replace(doc, warnings=(*doc.warnings, missing))
