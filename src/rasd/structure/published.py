"""Publication date: taken from metadata or the page when given, otherwise inferred.

The inference uses what a careful reader would:

1. a date in the URL (``/2022/01/07/``, ``20220107``);
2. the earliest comment: a page cannot be commented on before it is published, so that
   day bounds the date from above. Arabic news names the weekdays of the events it
   reports ("أعربت المنظمة، الخميس، ..."); reports run on the day of the event or the day
   after, so when the bound's weekday or the day before it is named, the bound is taken,
   else the latest day of the week before it whose weekday the body names;
3. otherwise nothing: no date is better than a wrong one, and a warning says so.

Each inferred date is flagged ``inferred: true`` with the ``basis`` that produced it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import ClassVar

from rasd.model import Document, Published, Warning
from rasd.text.calendar import names_of
from rasd.text.normalize import normalize

_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_WORD = re.compile(r"[\u0621-\u064a]+")
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


def named_weekdays(doc: Document) -> set[int]:
    """Weekdays (Monday = 0) named in the headline, captions and body."""
    weekdays = names_of("weekday")
    spans = [b.span for b in doc.blocks] + [c.span for c in doc.captions]
    if doc.title is not None:
        spans.append(doc.title)
    found: set[int] = set()
    for span in spans:
        for word in _WORD.findall(normalize(span.text).text):
            for cand in (word, word[1:], word[2:]):  # و/ف/ب + ال clitics: والأحد, يوم بالخميس
                if cand in weekdays and (cand.startswith("ال") or cand == word):
                    found.add(weekdays[cand])
                    break
    return found


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
        posted = [c.posted for c in doc.comments if c.posted is not None]
        if posted:
            first = min(p.date() if isinstance(p, datetime) else p for p in posted)
            day, basis = infer_from_comments(first, named_weekdays(doc))
            return replace(doc, published=Published(day, inferred=True, basis=basis))
        missing = Warning(
            "no_published_date",
            "no publication date given and none can be inferred; relative dates stay "
            "unresolved (pass --published)")
        return replace(doc, warnings=(*doc.warnings, missing))
