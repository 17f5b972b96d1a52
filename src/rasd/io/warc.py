"""WARC and ARC crawl files, read with warcio (Apache-2.0): one record per HTML page.

Streaming: warcio reads one WARC record at a time (gzip members are undone one by one), and
each page body is read up to :data:`~rasd.io.decode.MAX_PAGE_BYTES` only, so a 1 GB crawl
file runs in the memory of one page. Only ``response`` records (ARC records become
responses) with HTTP status 200 and an HTML content type are pages; requests, metadata,
redirects, images and the rest are passed over silently (counted in the debug log).

Each page goes through :func:`rasd.io.records.html_record` (the HTML reader), with the
``WARC-Target-URI`` as its URL, the ``WARC-Record-ID`` as its id, and the ``WARC-Date``
(crawl time) as its date when the page itself names none. ``where`` is ``path#N``, N
counting every WARC record of the file from 1, so ``warcio index`` finds it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, BinaryIO, Final

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from rasd.errors import EmptyInput, InputTooLarge, NotArabic, RecordError
from rasd.io.decode import MAX_PAGE_BYTES, MIN_ARABIC_LETTERS
from rasd.io.records import (
    STREAM_ERRORS,
    RawRecord,
    RecordFailure,
    RecordResult,
    guarded,
    html_record,
    os_failure,
)

log = logging.getLogger(__name__)

#: Content types read as HTML pages (the part before any ``;charset=``).
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def warc_records(stream: BinaryIO, name: str, *,
                 require_arabic: bool = True) -> Iterator[RecordResult]:
    """A record or a failure for every HTML 200 response in a WARC/ARC stream (plain or
    gzipped per record, as crawlers write them)."""
    pages = 0
    passed_over = 0
    number = 0
    try:
        records = iter(ArchiveIterator(stream, arc2warc=True))
    except STREAM_ERRORS as exc:
        yield RecordFailure(name, os_failure(exc, name))
        return
    while True:
        try:
            rec = next(records, None)
        except STREAM_ERRORS as exc:
            yield RecordFailure(name, os_failure(exc, name))
            return
        except Exception as exc:  # warcio raises anything on malformed input
            where = f"{name}#{number + 1}"
            yield RecordFailure(where, RecordError(
                f"invalid WARC record ({type(exc).__name__}: {exc}); the rest of the file "
                "cannot be located", where=where))
            return
        if rec is None:
            break
        number += 1
        where = f"{name}#{number}"
        if not _is_html_page(rec):
            passed_over += 1
            continue
        pages += 1
        yield guarded(where, _page_record, rec, where, require_arabic)
    log.debug("%s: %d HTML pages, %d other records passed over", name, pages, passed_over)
    if not pages:
        yield RecordFailure(name, EmptyInput(
            f"no HTML pages with status 200 among its {number} WARC records", where=name))


def _is_html_page(rec: Any) -> bool:
    if rec.rec_type != "response" or rec.http_headers is None:
        return False
    if rec.http_headers.get_statuscode() != "200":
        return False
    content_type = rec.http_headers.get_header("Content-Type") or ""
    return content_type.split(";", 1)[0].strip().lower() in HTML_CONTENT_TYPES


#: UTF-8 lead bytes of U+0600–U+06FF (Arabic letters, digits and marks).
_ARABIC_LEADS: Final = (b"\xd8", b"\xd9", b"\xda", b"\xdb")
#: Ways a page can spell Arabic in ASCII (character references, JSON escapes): such pages
#: go to the full reader whatever their bytes say.
_ESCAPED_ARABIC: Final = (b"&#", b"\\u06")


def surely_not_arabic(body: bytes) -> bool:
    """Whether ``body`` cannot hold the :data:`MIN_ARABIC_LETTERS` Arabic letters
    :func:`rasd.io.decode.check_arabic` asks for, judged from its bytes alone: a valid
    UTF-8 page with fewer Arabic characters than that and no escaped ones. Most pages of a
    multilingual crawl are rejected here, before HTML extraction (23–164 ms of CPU for an
    English news page), and always for the reason the full reader would give. Pages in
    other encodings (windows-1256) are never judged here."""
    if sum(body.count(lead) for lead in _ARABIC_LEADS) >= MIN_ARABIC_LETTERS:
        return False
    if any(mark in body for mark in _ESCAPED_ARABIC):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _page_record(rec: Any, where: str, require_arabic: bool) -> RawRecord:
    body: bytes = rec.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(body) > MAX_PAGE_BYTES:
        raise InputTooLarge(
            f"page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MiB", where=where)
    if not body.strip():
        raise EmptyInput("empty HTML response", where=where)
    if require_arabic and surely_not_arabic(body):
        raise NotArabic(f"not an Arabic page: fewer than {MIN_ARABIC_LETTERS} Arabic "
                        "characters in its bytes", where=where)
    headers = rec.rec_headers
    return html_record(
        body,
        where,
        url=headers.get_header("WARC-Target-URI") or None,
        require_arabic=require_arabic,
        fallback_published=headers.get_header("WARC-Date") or None,
        id=(headers.get_header("WARC-Record-ID") or "").strip("<>") or None,
    )
