"""Everything the user named (files, directories, ``-`` for stdin) as one stream of page
records, whatever the format: text pages, HTML pages, RSS/Atom feeds, WARC/ARC crawls,
JSONL and CSV batches, each possibly gzipped or in a ZIP archive.

The reader is chosen by content, not only by name (:func:`rasd.io.sniff.sniff_format`): gzip and ZIP
are undone transparently, ``WARC/1.`` starts a crawl file, ``<rss``/``<feed`` a feed,
``<!DOCTYPE html``/``<html`` a page, ``{`` a JSONL batch; ``.jsonl``/``.csv`` names are
trusted for batches (a JSONL file whose first line is broken is still a batch), and
anything else is one text page. A directory may mix formats. An explicit
``input_format`` wins over sniffing (compression is still undone).

:func:`iter_records` never raises for a bad input: it yields a :class:`RecordFailure`
carrying the :class:`~rasd.errors.InputError` and goes on, so a batch of a million pages
reports every bad one at the end instead of dying on the first. It streams: one page,
batch line, feed or WARC record is in memory at a time.

Nothing here analyses anything; records carry the page text exactly as decoded (or as
laid out from HTML) and the metadata strings as given (``published`` is parsed elsewhere).
"""

from __future__ import annotations

import gzip
import logging
import os
import stat
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Literal, TypeAlias, cast, get_args

from rasd.errors import (
    BinaryInput,
    EmptyInput,
    MissingInput,
    UnreadableInput,
)
from rasd.io.corpus import MAX_JSONL_LINE_BYTES, csv_records, jsonl_records
from rasd.io.decode import check_arabic, decode_bytes, read_page
from rasd.io.records import (
    DEFAULT_FIELDS,
    STREAM_ERRORS,
    RawRecord,
    RecordFailure,
    RecordFields,
    RecordResult,
    guarded,
    html_record,
    os_failure,
    parse_published,
)
from rasd.io.sniff import (
    CRAWL_MAGICS,
    GZIP_MAGIC,
    JSONL_SUFFIXES,
    SKIPPED_SUFFIXES,
    SNIFF_HEAD_BYTES,
    ZIP_MAGICS,
    Format,
    gunzipped_head,
    peek,
    sniff_format,
    strip_compression,
)
from rasd.io.walk import WalkCounts, is_page_member, walk

__all__ = [
    "INPUT_FORMATS",
    "JSONL_SUFFIXES",
    "MAX_JSONL_LINE_BYTES",
    "SKIPPED_SUFFIXES",
    "STDIN_NAME",
    "InputFormat",
    "RawRecord",
    "RecordFailure",
    "RecordFields",
    "RecordResult",
    "iter_records",
    "parse_published",
    "sniff_format",
]

log = logging.getLogger(__name__)

#: What the user may ask for: a format, or ``auto`` to sniff each file.
InputFormat: TypeAlias = Literal["auto", "text", "jsonl", "csv", "html", "rss", "warc"]
#: The choices of ``--input-format``, in help order.
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)

#: How stdin is named in ``where``.
STDIN_NAME = "<stdin>"

#: Containers opened inside containers at most (a ``.jsonl.gz`` inside a ZIP is 2): deeper
#: nesting is no corpus layout anyone uses, and refusing it bounds decompression bombs.
MAX_CONTAINER_DEPTH = 2

_ZIP_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, *STREAM_ERRORS)
# Encrypted members raise RuntimeError, unknown compression methods NotImplementedError.
_ZIP_MEMBER_ERRORS: tuple[type[Exception], ...] = (RuntimeError, NotImplementedError,
                                                   *_ZIP_ERRORS)


def iter_records(
    paths: Sequence[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
    fields: RecordFields = DEFAULT_FIELDS,
    require_arabic: bool = True,
) -> Iterator[RecordResult]:
    """Yield a record or a failure for every page in ``paths``, in order.

    A path is a file, a directory (walked recursively in sorted order, hidden entries and
    :data:`SKIPPED_SUFFIXES` passed over) or ``-`` for ``stdin`` (default
    ``sys.stdin.buffer``). ``auto`` sniffs each file's format (:func:`sniff_format`);
    another ``input_format`` reads every file as that format. ``fields`` names the JSONL
    keys and CSV columns. With ``require_arabic`` a page that is not mostly Arabic fails
    with ``not_arabic``. No paths, no records: the caller decides whether that means stdin.

    Raises ``ValueError`` (on the first ``next``) only for an unknown ``input_format``, a
    programming error rather than bad input.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, "
                         f"not {input_format!r}")
    reader = _Reader(input_format, stdin, fields, require_arabic)
    for path in paths:
        yield from reader.read_path(os.fspath(path))


@dataclass(frozen=True, slots=True)
class _Reader:
    input_format: InputFormat
    stdin: BinaryIO | None
    fields: RecordFields
    require_arabic: bool

    def read_path(self, path: str) -> Iterator[RecordResult]:
        if path == "-":
            yield from self._read_stdin()
            return
        try:
            info = os.stat(path)
        except OSError as exc:
            yield RecordFailure(path, os_failure(exc, path))
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._read_dir(path)
        else:
            yield from self._read_file(path)

    def _read_stdin(self) -> Iterator[RecordResult]:
        stream = self.stdin
        if stream is None:
            if sys.stdin is None:
                yield RecordFailure(STDIN_NAME, MissingInput("no standard input",
                                                             where=STDIN_NAME))
                return
            stream = sys.stdin.buffer
        yield from self._read_stream(stream, STDIN_NAME, "", depth=0)

    def _read_file(self, path: str) -> Iterator[RecordResult]:
        try:
            stream = open(path, "rb")  # noqa: SIM115  (closed below; the body yields)
        except OSError as exc:
            yield RecordFailure(path, os_failure(exc, path))
            return
        with stream:
            yield from self._read_stream(stream, path, path, depth=0)

    def _read_stream(self, stream: BinaryIO, where: str, name: str, *,
                     depth: int) -> Iterator[RecordResult]:
        """Records of one stream: ``where`` names it in records, ``name`` (the file or
        member name, compression suffix stripped) gives the suffix hints."""
        try:
            head, stream = peek(stream, SNIFF_HEAD_BYTES)
        except STREAM_ERRORS as exc:
            yield RecordFailure(where, os_failure(exc, where))
            return
        zipped = head.startswith(ZIP_MAGICS)
        gzipped = head.startswith(GZIP_MAGIC)
        if gzipped and (self.input_format == "warc"
                        or gunzipped_head(head).startswith(CRAWL_MAGICS)):
            # warcio undoes per-record gzip itself and knows where each record starts.
            yield from self._read_as("warc", stream, where)
            return
        if (zipped or gzipped) and depth >= MAX_CONTAINER_DEPTH:
            yield RecordFailure(where, BinaryInput(
                f"compressed data nested more than {MAX_CONTAINER_DEPTH} deep", where=where))
            return
        if zipped:
            yield from self._read_zip(stream, where, depth=depth + 1)
            return
        if gzipped:
            inner = cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
            yield from self._read_stream(inner, where, strip_compression(name),
                                         depth=depth + 1)
            return
        fmt: Format = (sniff_format(head, name) if self.input_format == "auto"
                       else self.input_format)
        log.debug("reading %s as %s", where, fmt)
        yield from self._read_as(fmt, stream, where)

    def _read_as(self, fmt: Format, stream: BinaryIO, where: str) -> Iterator[RecordResult]:
        options = {"require_arabic": self.require_arabic}
        if fmt == "jsonl":
            yield from jsonl_records(stream, where, fields=self.fields, **options)
        elif fmt == "csv":
            yield from csv_records(stream, where, fields=self.fields, **options)
        elif fmt == "rss":
            from rasd.io.feeds import feed_records  # feedparser only when a feed comes

            yield from feed_records(stream, where, **options)
        elif fmt == "warc":
            from rasd.io.warc import warc_records  # warcio only when a crawl comes

            yield from warc_records(stream, where, **options)
        elif fmt == "html":
            yield guarded(where, self._html_record, stream, where)
        else:
            yield guarded(where, self._text_record, stream, where)

    def _read_zip(self, stream: BinaryIO, where: str, *,
                  depth: int) -> Iterator[RecordResult]:
        if not stream.seekable():
            yield RecordFailure(where, UnreadableInput(
                "a ZIP archive cannot be read from a pipe (its index is at the end); "
                "give its path instead", where=where))
            return
        try:
            archive = zipfile.ZipFile(stream)
        except _ZIP_ERRORS as exc:
            yield RecordFailure(where, UnreadableInput(f"broken ZIP archive: {exc}",
                                                       where=where))
            return
        pages = 0
        with archive:
            for info in archive.infolist():
                if not is_page_member(info):
                    continue
                member_where = f"{where}!{info.filename}"
                try:
                    member = archive.open(info)
                except _ZIP_MEMBER_ERRORS as exc:  # encrypted, unknown compression, damaged
                    yield RecordFailure(member_where, UnreadableInput(
                        f"cannot open ZIP member: {exc}", where=member_where))
                    continue
                with member:
                    member_stream = cast(BinaryIO, member)
                    for result in self._read_stream(member_stream, member_where,
                                                    info.filename, depth=depth):
                        pages += isinstance(result, RawRecord)
                        yield result
        if not pages and not any(is_page_member(i) for i in archive.infolist()):
            yield RecordFailure(where, EmptyInput("ZIP archive without page files",
                                                  where=where))

    def _read_dir(self, root: str) -> Iterator[RecordResult]:
        counts = WalkCounts()
        files = 0
        pages = 0
        for item in walk(root, counts, seen=set()):
            if isinstance(item, RecordFailure):
                yield item
                continue
            files += 1
            for result in self._read_file(item):
                if isinstance(result, RawRecord):
                    pages += 1
                yield result
        if pages:
            return
        if files:
            reason = f"no readable pages in directory: all {files} files failed"
        else:
            reason = (f"no page files in directory ({counts.skipped} skipped by suffix, "
                      f"{counts.hidden} hidden)")
        yield RecordFailure(root, EmptyInput(reason, where=root))

    def _read_bytes(self, stream: BinaryIO, where: str) -> bytes:
        try:
            return read_page(stream, where=where)
        except STREAM_ERRORS as exc:
            raise os_failure(exc, where) from exc

    def _text_record(self, stream: BinaryIO, where: str) -> RawRecord:
        decoded = decode_bytes(self._read_bytes(stream, where), where=where)
        if self.require_arabic:
            check_arabic(decoded.text, where=where)
        return RawRecord(where, decoded.text, encoding=decoded.encoding)

    def _html_record(self, stream: BinaryIO, where: str) -> RawRecord:
        return html_record(self._read_bytes(stream, where), where,
                           require_arabic=self.require_arabic)


