"""The input options shared by ``rasd analyze`` and ``rasd ingest``."""

from __future__ import annotations

import argparse
from datetime import date

from rasd.io.sources import INPUT_FORMATS, RecordFields, parse_published


def iso_date(value: str) -> date:
    """An argparse type: a date (or datetime) in ISO form, as records give them."""
    try:
        return parse_published(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from e


def _record_fields(spec: str) -> RecordFields:
    try:
        return RecordFields.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """``--input-format`` and ``--fields``: how the paths given are read."""
    parser.add_argument(
        "--input-format", choices=INPUT_FORMATS, default="auto",
        help="auto: chosen by content (gzip/zip undone; WARC, RSS/Atom, HTML and JSONL by "
             "their first bytes; .jsonl/.csv by name), else page text")
    parser.add_argument(
        "--fields", type=_record_fields, default=RecordFields(), metavar="FIELD=NAME,...",
        help="JSONL keys / CSV columns, e.g. text=body,title=headline,published=date,"
             "url=link,id=id,source=site")
