"""What every reader yields: a page record or a failure, and the field mapping of batches.

Kept apart from :mod:`rasd.io.sources` so that the format readers (:mod:`rasd.io.corpus`,
:mod:`rasd.io.feeds`, :mod:`rasd.io.warc`) and the dispatcher can import it without an
import cycle.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import ParamSpec, TypeAlias

from rasd.errors import InputError, MissingInput, UnreadableInput
from rasd.io.decode import check_arabic, check_text

log = logging.getLogger(__name__)

_P = ParamSpec("_P")


@dataclass(frozen=True, slots=True)
class RecordFields:
    """Batch keys (JSONL) or column names (CSV) of each record field, for batches whose
    producers named them otherwise."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    source: str = "source"
    title: str = "title"

    @classmethod
    def parse(cls, spec: str) -> RecordFields:
        """Fields from ``text=body,title=headline,published=date`` (unnamed ones keep their
        default). Raises ``ValueError`` naming the bad part, for the CLI to report."""
        known = {f.name for f in fields(cls)}
        mapping: dict[str, str] = {}
        for part in spec.split(","):
            if not part.strip():
                continue
            name, sep, column = part.partition("=")
            name, column = name.strip(), column.strip()
            if not sep or not column:
                raise ValueError(f"expected FIELD=NAME, got {part.strip()!r}")
            if name not in known:
                raise ValueError(f"unknown field {name!r} (known: {', '.join(sorted(known))})")
            if name in mapping:
                raise ValueError(f"field {name!r} given twice")
            mapping[name] = column
        return cls(**mapping)


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One page to analyse.

    ``where`` is the path (``<stdin>`` for stdin), ``path:LINE`` for a batch line or
    ``path#N`` for the N-th item of a feed or record of a WARC (``archive.zip!member`` for
    a member of a ZIP archive); ``text`` is the page exactly as decoded or laid out; the
    metadata are the strings the source gave (``None`` when absent or empty); ``encoding``
    is the codec the text was read with.
    """

    where: str
    text: str
    id: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class RecordFailure:
    """An input (file, directory, batch line, feed item, WARC record) that could not be
    read, and why."""

    where: str
    error: InputError


RecordResult: TypeAlias = RawRecord | RecordFailure

#: The field names of a batch that does not rename them.
DEFAULT_FIELDS = RecordFields()

#: What reading a damaged stream raises: OS errors (``gzip.BadGzipFile`` is one), a gzip
#: member cut short (``EOFError``) or corrupt deflate data (``zlib.error``).
STREAM_ERRORS: tuple[type[Exception], ...] = (OSError, EOFError, zlib.error)


def parse_published(value: str) -> date:
    """A publication date from an ISO date or datetime string (``2015-08-10 18:55:49``
    included); raises ``ValueError`` when it is neither."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return date.fromisoformat(value[:10])


def checked_text(text: str, where: str, *, require_arabic: bool) -> str:
    """``text`` after the checks every page passes (not empty, not binary, Arabic)."""
    check_text(text, where=where)
    if require_arabic:
        check_arabic(text, where=where)
    return text


def guarded(where: str, read: Callable[_P, RawRecord], *args: _P.args,
            **kwargs: _P.kwargs) -> RecordResult:
    """``read(...)``, or the failure it raised: the one place input errors become values."""
    try:
        return read(*args, **kwargs)
    except InputError as exc:
        return RecordFailure(exc.where or where, exc)


def os_failure(exc: Exception, where: str) -> InputError:
    """The input error for an OS (or stream) error, with that error as its cause."""
    error: InputError
    if isinstance(exc, EOFError | zlib.error):
        error = UnreadableInput(f"cannot read: compressed data is cut short or corrupt "
                                f"({exc})", where=where)
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        broken_link = os.path.islink(where)
        error = MissingInput("broken symbolic link" if broken_link
                             else "no such file or directory", where=where)
    elif isinstance(exc, PermissionError):
        error = UnreadableInput("cannot read: permission denied", where=where)
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        error = UnreadableInput(f"cannot read: {reason}", where=where)
    error.__cause__ = exc
    return error


def html_record(data: bytes, where: str, *, url: str | None = None,
                require_arabic: bool = True, fallback_published: str | None = None,
                id: str | None = None) -> RawRecord:
    """An HTML page as a record: :func:`rasd.io.html.read_html` extracts the article and
    its comments and lays them out as the page-dump text the structure stage reads.

    ``fallback_published`` (a WARC's crawl date) stands in when the page names no date.
    Imported lazily: trafilatura is slow to import and most batches hold no HTML.
    """
    from rasd.io import html as html_io

    page = html_io.read_html(data, where, url)
    text = checked_text(html_io.page_text(page), where, require_arabic=require_arabic)
    published = page.published.isoformat() if page.published is not None else None
    return RawRecord(
        where,
        text,
        id=id,
        published=published or fallback_published,
        url=page.url or url,
        title=None,  # the headline is in the text layout; meta_title would hide a section line
        encoding=page.encoding,
    )
