"""Everything the user named (files, directories, ``-`` for stdin, JSONL batches) as one
stream of page records.

:func:`iter_records` never raises for a bad input: it yields a :class:`RecordFailure`
carrying the :class:`~rasd.errors.InputError` and goes on, so a batch of a million pages
reports every bad one at the end instead of dying on the first. It streams: one text file
or one JSONL line is in memory at a time, so a 1 GB JSONL batch runs in bounded memory.

Nothing here analyses anything; records carry the page text exactly as decoded and the
metadata strings exactly as given (``published`` is parsed elsewhere).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, Literal, ParamSpec, TypeAlias, get_args

from rasd.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    MissingInput,
    RecordError,
    UnreadableInput,
)
from rasd.io.decode import (
    MAX_PAGE_BYTES,
    check_arabic,
    check_text,
    decode_bytes,
    read_page,
    sniff_binary,
)

log = logging.getLogger(__name__)

_P = ParamSpec("_P")

InputFormat: TypeAlias = Literal["auto", "text", "jsonl"]

#: How stdin is named in ``where``.
STDIN_NAME = "<stdin>"

#: Suffixes that make ``auto`` read a file as JSONL (one record per line).
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

#: Files a directory walk passes over: formats that are never a page we can read (yet).
#: A file named explicitly is always read, so a mislabelled page can still be analysed.
SKIPPED_SUFFIXES = frozenset({
    # images
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".svg", ".tif", ".tiff",
    ".heic", ".avif",
    # archives and compressed streams
    ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".lz4",
    # audio, video, fonts
    ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mkv", ".avi", ".mov",
    ".woff", ".woff2", ".ttf", ".otf", ".eot",
    # office documents and PDFs (need their own extractors)
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".epub",
    # data, code and build products that sit next to page dumps
    ".json", ".csv", ".tsv", ".parquet", ".sqlite", ".db", ".pkl", ".npy", ".npz",
    ".py", ".pyc", ".js", ".css", ".map", ".exe", ".dll", ".so", ".bin", ".o",
    # documentation beside the pages (a folder's README is not an article)
    ".md", ".rst",
})

#: Longest JSONL line accepted: a line carries one page, so the page limit applies to it.
MAX_JSONL_LINE_BYTES = MAX_PAGE_BYTES

_UTF8_BOM = b"\xef\xbb\xbf"

_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "an object", list: "an array", str: "a string", int: "a number",
    float: "a number", bool: "a boolean", type(None): "null",
}


@dataclass(frozen=True, slots=True)
class RecordFields:
    """JSONL keys of each record field (for batches whose producers named them otherwise)."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    source: str = "source"
    title: str = "title"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One page to analyse.

    ``where`` is the path (``<stdin>`` for stdin) or ``path:LINE`` for a batch line;
    ``text`` is the page exactly as decoded; the metadata are the strings the batch gave
    (``None`` when absent or empty); ``encoding`` is the codec the text was read with.
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
    """An input (file, directory, batch line) that could not be read, and why."""

    where: str
    error: InputError


RecordResult: TypeAlias = RawRecord | RecordFailure


def parse_published(value: str) -> date:
    """A publication date from an ISO date or datetime string (``2015-08-10 18:55:49``
    included); raises ``ValueError`` when it is neither."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return date.fromisoformat(value[:10])


def iter_records(
    paths: Sequence[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
    fields: RecordFields = RecordFields(),
    require_arabic: bool = True,
) -> Iterator[RecordResult]:
    """Yield a record or a failure for every page in ``paths``, in order.

    A path is a file, a directory (walked recursively in sorted order, hidden entries and
    :data:`SKIPPED_SUFFIXES` passed over) or ``-`` for ``stdin`` (default
    ``sys.stdin.buffer``). ``auto`` reads ``.jsonl``/``.ndjson`` files as JSONL and
    everything else (stdin included) as one text page. With ``require_arabic`` a page that
    is not mostly Arabic fails with ``not_arabic``. No paths, no records: the caller decides
    whether that means stdin.

    Raises ``ValueError`` (on the first ``next``) only for an unknown ``input_format``, a
    programming error rather than bad input.
    """
    if input_format not in get_args(InputFormat):
        raise ValueError(f"input_format must be one of {get_args(InputFormat)}, "
                         f"not {input_format!r}")
    reader = _Reader(input_format, stdin, fields, require_arabic)
    for path in paths:
        yield from reader.read_path(os.fspath(path))


@dataclass(slots=True)
class _WalkCounts:
    """What a directory walk passed over, for the "no pages here" message."""

    hidden: int = 0
    skipped: int = 0


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
            yield RecordFailure(path, _os_failure(exc, path))
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
        if self.input_format == "jsonl":
            yield from self._jsonl_records(stream, STDIN_NAME)
        else:
            yield _guarded(STDIN_NAME, self._text_record, stream, STDIN_NAME)

    def _read_file(self, path: str) -> Iterator[RecordResult]:
        try:
            stream = open(path, "rb")  # noqa: SIM115  (closed below; the body yields)
        except OSError as exc:
            yield RecordFailure(path, _os_failure(exc, path))
            return
        with stream:
            if self._is_jsonl(path):
                yield from self._jsonl_records(stream, path)
            else:
                yield _guarded(path, self._text_record, stream, path)

    def _is_jsonl(self, path: str) -> bool:
        if self.input_format == "auto":
            return os.path.splitext(path)[1].lower() in JSONL_SUFFIXES
        return self.input_format == "jsonl"

    def _read_dir(self, root: str) -> Iterator[RecordResult]:
        counts = _WalkCounts()
        files = 0
        pages = 0
        for item in _walk(root, counts, seen=set()):
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

    def _text_record(self, stream: BinaryIO, where: str) -> RawRecord:
        try:
            data = read_page(stream, where=where)
        except OSError as exc:
            raise _os_failure(exc, where) from exc
        decoded = decode_bytes(data, where=where)
        if self.require_arabic:
            check_arabic(decoded.text, where=where)
        return RawRecord(where, decoded.text, encoding=decoded.encoding)

    def _jsonl_records(self, stream: BinaryIO, name: str) -> Iterator[RecordResult]:
        nonblank = 0
        try:
            for line_no, line in _lines(stream):
                where = f"{name}:{line_no}"
                if line is None:
                    nonblank += 1
                    yield RecordFailure(where, InputTooLarge(
                        f"line longer than {MAX_JSONL_LINE_BYTES:,} bytes "
                        "(far bigger than any news page)", where=where))
                    continue
                if line_no == 1:
                    line = line.removeprefix(_UTF8_BOM)
                    looks_like = sniff_binary(line)
                    if looks_like is not None:
                        yield RecordFailure(name, BinaryInput(
                            f"binary input, not JSONL: {looks_like}", where=name))
                        return
                if not line.strip():
                    continue
                nonblank += 1
                yield _guarded(where, self._jsonl_record, line, where)
        except OSError as exc:
            yield RecordFailure(name, _os_failure(exc, name))
            return
        if not nonblank:
            yield RecordFailure(name, EmptyInput("no records: every line is blank", where=name))

    def _jsonl_record(self, line: bytes, where: str) -> RawRecord:
        try:
            body = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"line is not UTF-8 (byte 0x{line[exc.start]:02X} at offset {exc.start} "
                "of the line); a JSONL file must be UTF-8",
                where=where,
            ) from exc
        try:
            obj = json.loads(body)
        except json.JSONDecodeError as exc:
            raise RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}",
                              where=where) from exc
        except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
            raise RecordError(f"invalid JSON: {exc}", where=where) from exc
        if not isinstance(obj, dict):
            raise RecordError(f"expected a JSON object, got {_json_type(obj)}", where=where)
        fields = self.fields
        if fields.text not in obj:
            raise RecordError(f"no {fields.text!r} field", where=where)
        text = obj[fields.text]
        if not isinstance(text, str):
            raise RecordError(f"{fields.text!r} must be a string, got {_json_type(text)}",
                              where=where)
        if not text:
            raise RecordError(f"{fields.text!r} is empty", where=where)
        check_text(text, where=where)
        if self.require_arabic:
            check_arabic(text, where=where)
        return RawRecord(
            where,
            text,
            id=_metadata(obj, fields.id, where, allow_number=True),
            published=_metadata(obj, fields.published, where),
            url=_metadata(obj, fields.url, where),
            source=_metadata(obj, fields.source, where),
            title=_metadata(obj, fields.title, where),
        )


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines (newline stripped), each read with a bounded buffer.

    A line over :data:`MAX_JSONL_LINE_BYTES` comes out as ``None`` after its remainder has
    been skipped in bounded chunks, so one huge line costs no more memory than the limit.
    """
    cap = MAX_JSONL_LINE_BYTES + 2  # room for "\r\n" after a line exactly at the limit
    line_no = 0
    while line := stream.readline(cap):
        line_no += 1
        complete = line.endswith(b"\n")
        body = line.rstrip(b"\r\n") if complete else line
        if len(body) > MAX_JSONL_LINE_BYTES:
            if not complete:
                _skip_rest_of_line(stream)
            yield line_no, None
        else:
            yield line_no, body


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _walk(root: str, counts: _WalkCounts, seen: set[tuple[int, int]]) -> Iterator[
        str | RecordFailure]:
    """Page files under ``root`` in name order (files and subdirectories interleaved),
    following symbolic links but never into a directory already visited."""
    try:
        info = os.stat(root)
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(root) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield RecordFailure(root, _os_failure(exc, root))
        return
    for entry in entries:
        if entry.name.startswith("."):
            counts.hidden += 1
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            yield RecordFailure(entry.path, _os_failure(exc, entry.path))
            continue
        if is_dir:
            key = _inode(entry.path)
            if key is not None and key in seen:
                log.debug("not revisiting %s (symbolic link loop)", entry.path)
                continue
            yield from _walk(entry.path, counts, seen)
        elif is_file:
            if os.path.splitext(entry.name)[1].lower() in SKIPPED_SUFFIXES:
                counts.skipped += 1
                log.debug("skipping %s (not a page format)", entry.path)
                continue
            yield entry.path
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield RecordFailure(entry.path, MissingInput("broken symbolic link",
                                                         where=entry.path))
        else:
            yield RecordFailure(entry.path, UnreadableInput(
                "not a regular file (a FIFO, socket or device)", where=entry.path))


def _inode(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _guarded(where: str, read: Callable[_P, RawRecord], *args: _P.args,
             **kwargs: _P.kwargs) -> RecordResult:
    """``read(...)``, or the failure it raised: the one place input errors become values."""
    try:
        return read(*args, **kwargs)
    except InputError as exc:
        return RecordFailure(exc.where or where, exc)


def _os_failure(exc: OSError, where: str) -> InputError:
    """The input error for an OS error, with the OS error as its cause."""
    error: InputError
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        broken_link = os.path.islink(where)
        error = MissingInput("broken symbolic link" if broken_link
                             else "no such file or directory", where=where)
    elif isinstance(exc, PermissionError):
        error = UnreadableInput("cannot read: permission denied", where=where)
    else:
        error = UnreadableInput(f"cannot read: {exc.strerror or exc}", where=where)
    error.__cause__ = exc
    return error


def _metadata(obj: dict[str, Any], key: str, where: str, *,
              allow_number: bool = False) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if allow_number and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    expected = "a string or an integer" if allow_number else "a string"
    raise RecordError(f"{key!r} must be {expected}, got {_json_type(value)}", where=where)


def _json_type(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
