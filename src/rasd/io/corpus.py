"""Batch corpora: JSONL (one object per line) and CSV (one row per page, with a header),
with configurable field names (:class:`~rasd.io.records.RecordFields`).

Both stream: one line or row is in memory at a time, so a 1 GB batch runs in bounded
memory. Both must be UTF-8 (a BOM is allowed); compression is undone by
:mod:`rasd.io.sources` before these readers see the stream. A bad line or row is a
:class:`~rasd.io.records.RecordFailure` naming ``path:LINE``; the next one is still read.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from rasd.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputTooLarge,
    RecordError,
)
from rasd.io.decode import MAX_PAGE_BYTES, sniff_binary
from rasd.io.records import (
    DEFAULT_FIELDS,
    STREAM_ERRORS,
    RawRecord,
    RecordFailure,
    RecordFields,
    RecordResult,
    checked_text,
    guarded,
    os_failure,
)

log = logging.getLogger(__name__)

#: Longest JSONL line or CSV field accepted: a line carries one page, so the page limit
#: applies to it.
MAX_JSONL_LINE_BYTES = MAX_PAGE_BYTES

_UTF8_BOM = b"\xef\xbb\xbf"

_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "an object", list: "an array", str: "a string", int: "a number",
    float: "a number", bool: "a boolean", type(None): "null",
}


# --- JSONL ------------------------------------------------------------------------------


def jsonl_records(stream: BinaryIO, name: str, *, fields: RecordFields = DEFAULT_FIELDS,
                  require_arabic: bool = True) -> Iterator[RecordResult]:
    """A record or a failure for every non-blank line of a JSONL stream."""
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
            yield guarded(where, _jsonl_record, line, where, fields, require_arabic)
    except STREAM_ERRORS as exc:
        yield RecordFailure(name, os_failure(exc, name))
        return
    if not nonblank:
        yield RecordFailure(name, EmptyInput("no records: every line is blank", where=name))


def _jsonl_record(line: bytes, where: str, fields: RecordFields,
                  require_arabic: bool) -> RawRecord:
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
    return _mapped_record(obj, where, fields, require_arabic)


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


# --- CSV --------------------------------------------------------------------------------


def csv_records(stream: BinaryIO, name: str, *, fields: RecordFields = DEFAULT_FIELDS,
                require_arabic: bool = True) -> Iterator[RecordResult]:
    """A record or a failure for every row of a CSV stream with a header row.

    The delimiter is sniffed from the header line (comma, semicolon, tab or pipe), since
    spreadsheet exports in Arabic locales often use semicolons. ``where`` is the line the
    row starts on. A header without the text column is one failure for the whole file.
    """
    # A page in one field can far exceed csv's default field limit (128 KiB). The limit is
    # process-wide; raising it to the page limit only ever admits more, never less.
    if csv.field_size_limit() < MAX_PAGE_BYTES:
        csv.field_size_limit(MAX_PAGE_BYTES)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        yield from _csv_rows(text, name, fields, require_arabic)
    except UnicodeDecodeError as exc:
        yield RecordFailure(name, EncodingError(
            f"not UTF-8 ({exc.reason}); a CSV file must be UTF-8", where=name))
    except STREAM_ERRORS as exc:
        yield RecordFailure(name, os_failure(exc, name))
    finally:
        text.detach()  # the caller owns and closes the binary stream


def _csv_rows(text: io.TextIOWrapper, name: str, fields: RecordFields,
              require_arabic: bool) -> Iterator[RecordResult]:
    header_line = text.readline()
    if not header_line.strip():
        yield RecordFailure(name, EmptyInput("empty CSV: no header row", where=name))
        return
    delimiter = _delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter))
    header = [column.strip() for column in header]
    if fields.text not in header:
        yield RecordFailure(name, RecordError(
            f"no {fields.text!r} column in the header (columns: {', '.join(header)}); "
            "name the text column with --fields text=COLUMN", where=name))
        return
    reader = csv.reader(text, delimiter=delimiter)
    rows = 0
    start = 2  # the header was line 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            where = f"{name}:{start}"
            yield RecordFailure(where, RecordError(f"invalid CSV: {exc}", where=where))
            start = reader.line_num + 2
            continue
        where = f"{name}:{start}"
        start = reader.line_num + 2
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) != len(header):
            yield RecordFailure(where, RecordError(
                f"row has {len(row)} cells, the header {len(header)}", where=where))
            continue
        yield guarded(where, _mapped_record, dict(zip(header, row, strict=True)), where,
                      fields, require_arabic)
    if not rows:
        yield RecordFailure(name, EmptyInput("no records: the CSV has only a header",
                                             where=name))


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --- shared -----------------------------------------------------------------------------


def _mapped_record(obj: Mapping[str, Any], where: str, fields: RecordFields,
                   require_arabic: bool) -> RawRecord:
    if fields.text not in obj:
        raise RecordError(f"no {fields.text!r} field", where=where)
    text = obj[fields.text]
    if not isinstance(text, str):
        raise RecordError(f"{fields.text!r} must be a string, got {_json_type(text)}",
                          where=where)
    if not text:
        raise RecordError(f"{fields.text!r} is empty", where=where)
    checked_text(text, where, require_arabic=require_arabic)
    return RawRecord(
        where,
        text,
        id=_metadata(obj, fields.id, where, allow_number=True),
        published=_metadata(obj, fields.published, where),
        url=_metadata(obj, fields.url, where),
        source=_metadata(obj, fields.source, where),
        title=_metadata(obj, fields.title, where),
    )


def _metadata(obj: Mapping[str, Any], key: str, where: str, *,
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
