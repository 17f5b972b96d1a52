"""Reading inputs: bytes to page text (:mod:`rasd.io.decode`) and files, directories,
stdin and JSONL batches to records (:mod:`rasd.io.sources`)."""

from rasd.io.decode import (
    MAX_PAGE_BYTES,
    Decoded,
    check_arabic,
    check_text,
    decode_bytes,
    read_page,
    sniff_binary,
)
from rasd.io.sources import (
    InputFormat,
    RawRecord,
    RecordFailure,
    RecordFields,
    RecordResult,
    iter_records,
)

__all__ = [
    "MAX_PAGE_BYTES",
    "Decoded",
    "InputFormat",
    "RawRecord",
    "RecordFailure",
    "RecordFields",
    "RecordResult",
    "check_arabic",
    "check_text",
    "decode_bytes",
    "iter_records",
    "read_page",
    "sniff_binary",
]
