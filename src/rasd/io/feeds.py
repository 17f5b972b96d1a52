"""RSS and Atom feeds: one record per item, parsed with feedparser (BSD-2-Clause).

An item's page text is its title line, a blank line, then its content (or, when the feed
gives none, its summary) with the HTML stripped to paragraphs separated by blank lines:
the page-dump layout the structure stage reads. The item link, date, id and the feed's
title come along as the record's metadata. ``where`` is ``path#N`` for the N-th item.

A feed is parsed whole (feedparser has no streaming mode), so it is read up to
:data:`MAX_FEED_BYTES` only; feeds are small (tens of items) by design.
"""

from __future__ import annotations

import calendar
import email.utils
import logging
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, BinaryIO

import feedparser  # type: ignore[import-untyped]

from rasd.errors import EmptyInput, InputTooLarge, RecordError
from rasd.io.records import (
    STREAM_ERRORS,
    RawRecord,
    RecordFailure,
    RecordResult,
    checked_text,
    guarded,
    os_failure,
)

log = logging.getLogger(__name__)

#: Largest feed read: a feed of a few hundred full-text items stays far below it, and
#: feedparser holds the whole parsed feed in memory.
MAX_FEED_BYTES = 64 * 1024 * 1024

#: Tags that end a paragraph when a feed's HTML is flattened to text.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "table", "section", "article", "figure", "figcaption", "hr", "pre", "dd", "dt",
})
#: Tags whose text is never prose.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def feed_records(stream: BinaryIO, name: str, *,
                 require_arabic: bool = True) -> Iterator[RecordResult]:
    """A record or a failure for every item of an RSS/Atom feed."""
    try:
        data = stream.read(MAX_FEED_BYTES + 1)
    except STREAM_ERRORS as exc:
        yield RecordFailure(name, os_failure(exc, name))
        return
    if len(data) > MAX_FEED_BYTES:
        yield RecordFailure(name, InputTooLarge(
            f"feed larger than {MAX_FEED_BYTES // (1024 * 1024)} MiB", where=name))
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries: list[Any] = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            reason = f"not a readable feed: {parsed.get('bozo_exception')}"
            yield RecordFailure(name, RecordError(reason, where=name))
        else:
            yield RecordFailure(name, EmptyInput("feed without items", where=name))
        return
    if parsed.get("bozo"):  # feedparser recovers from most malformed XML: say so, go on
        log.info("%s: malformed feed read anyway (%s)", name, parsed.get("bozo_exception"))
    feed_title = _clean_line(str(parsed.get("feed", {}).get("title") or "")) or None
    for number, entry in enumerate(entries, start=1):
        where = f"{name}#{number}"
        yield guarded(where, _item_record, entry, where, feed_title, require_arabic)


def _item_record(entry: Any, where: str, feed_title: str | None,
                 require_arabic: bool) -> RawRecord:
    title = _clean_line(html_to_paragraphs(str(entry.get("title") or "")))
    body = _item_body(entry)
    if not body:
        raise EmptyInput("feed item without content or summary", where=where)
    text = f"{title}\n\n{body}\n" if title else f"{body}\n"
    checked_text(text, where, require_arabic=require_arabic)
    link = entry.get("link") or None
    return RawRecord(
        where,
        text,
        id=entry.get("id") or link,
        published=_item_date(entry),
        url=link,
        source=feed_title,
        title=title or None,
    )


def _item_body(entry: Any) -> str:
    """The longest of the item's content parts and its summary, flattened: feeds put the
    full text in ``content:encoded`` or Atom ``content`` and a teaser in the summary, but
    some put everything in ``description``."""
    candidates = [str(part.get("value") or "") for part in entry.get("content") or []]
    candidates.append(str(entry.get("summary") or ""))
    bodies = [html_to_paragraphs(html) for html in candidates]
    return max(bodies, key=len, default="")


def _item_date(entry: Any) -> str | None:
    """The item's publication (else update) time as an ISO timestamp, or ``None``.

    The feed's own offset is kept (``+02:00`` stays), so a Beirut item posted at 01:00 keeps
    its local date rather than the day before in UTC; when only feedparser's normalised UTC
    time can be had, that is used. A date nobody can read is logged and left out.
    """
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = str(entry.get(raw_key) or "").strip()
        moment = _with_offset(raw) if raw else None
        if moment is not None:
            return moment.isoformat()
        parsed: time.struct_time | None = entry.get(parsed_key)
        if parsed is not None:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()
        if raw:
            log.debug("unreadable feed item date %r", raw)
    return None


def _with_offset(raw: str) -> datetime | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom) time with its offset, or ``None``."""
    try:
        return email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def html_to_paragraphs(html: str) -> str:
    """Text of an HTML fragment, one paragraph per block, paragraphs separated by a blank
    line, runs of spaces collapsed. Plain text passes through with its line breaks kept."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.paragraphs())


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[list[str]] = [[]]
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._blocks.append([])

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._blocks[-1].append(data)

    def paragraphs(self) -> list[str]:
        out: list[str] = []
        for block in self._blocks:
            # Blank lines inside plain text are paragraph breaks too.
            for chunk in re.split(r"\n\s*\n", "".join(block)):
                line = _clean_line(chunk)
                if line:
                    out.append(line)
        return out


def _clean_line(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()
