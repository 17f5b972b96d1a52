"""Which reader a stream needs, from its first bytes and its name (:func:`sniff_format`),
and the stream helpers that let a reader look at those bytes without losing them.

Used by :mod:`rasd.io.sources`; the rules are in that module's docstring.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import zlib
from typing import BinaryIO, Literal, TypeAlias

#: A format a stream is read as.
Format: TypeAlias = Literal["text", "jsonl", "csv", "html", "rss", "warc"]

#: Suffixes that make ``auto`` read a file as JSONL (one record per line) or CSV, whatever
#: its first line looks like (so a broken first line is one failed record, not a page).
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
#: Compression suffixes stripped before the suffixes above are looked at.
COMPRESSED_SUFFIXES = frozenset({".gz", ".gzip"})

#: Bytes looked at to choose a reader: enough to get past an XML declaration, a comment
#: block or a long DOCTYPE to the ``<rss``/``<feed``/``<html`` root.
SNIFF_HEAD_BYTES = 4096

#: Files a directory walk (or a ZIP member list) passes over: formats that are never a
#: page we can read (yet). A file named explicitly is always read, so a mislabelled page
#: can still be analysed. ``.gz``, ``.zip`` and ``.csv`` are read now.
SKIPPED_SUFFIXES = frozenset({
    # images
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".svg", ".tif", ".tiff",
    ".heic", ".avif",
    # archives and compressed streams other than gzip and ZIP
    ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".lz4",
    # audio, video, fonts
    ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mkv", ".avi", ".mov",
    ".woff", ".woff2", ".ttf", ".otf", ".eot",
    # office documents and PDFs (need their own extractors)
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".epub",
    # data, code and build products that sit next to page dumps
    ".json", ".tsv", ".parquet", ".sqlite", ".db", ".pkl", ".npy", ".npz",
    ".py", ".pyc", ".js", ".css", ".map", ".exe", ".dll", ".so", ".bin", ".o",
    # documentation beside the pages (a folder's README is not an article)
    ".md", ".rst",
})

_UTF8_BOM = b"\xef\xbb\xbf"
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
#: WARC (any version) and ARC (``filedesc://`` starts its version block).
CRAWL_MAGICS = (b"WARC/", b"filedesc://")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]")
_HTML_ROOT = re.compile(rb"<(?:html|head|body)[\s>]")
_MARKUP_PROLOGUE = (b"<?xml", b"<!--")


def sniff_format(head: bytes, name: str = "") -> Format:
    """The format of a stream from its first bytes (:data:`SNIFF_HEAD_BYTES` are enough)
    and, for batches only, its ``name``: see the module docstring for the rules. ``head``
    must already be decompressed."""
    if head.startswith(CRAWL_MAGICS):
        return "warc"
    suffix = suffix_of(name)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    start = head.removeprefix(_UTF8_BOM).lstrip().lower()
    if start.startswith(b"<"):
        if start.startswith(_MARKUP_PROLOGUE) or _FEED_ROOT.match(start):
            if _FEED_ROOT.search(start):
                return "rss"
            if _HTML_ROOT.search(start):
                return "html"
        if _HTML_START.match(start) or _HTML_ROOT.match(start):
            return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` and a stream that still starts with them."""
    if is_seekable(stream):
        start = stream.tell()
        head = stream.read(size)
        stream.seek(start)
        return head, stream
    head = stream.read(size)
    return head, io.BufferedReader(Replay(head, stream))


def is_seekable(stream: BinaryIO) -> bool:
    try:
        return stream.seekable() and not isinstance(stream, gzip.GzipFile)
    except (OSError, ValueError):
        return False


class Replay(io.RawIOBase):
    """``head`` then the rest of ``rest``: a stream after its first bytes were peeked at."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def gunzipped_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream from its first compressed bytes."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_HEAD_BYTES)
    except zlib.error:
        return b""


def suffix_of(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def strip_compression(name: str) -> str:
    base, suffix = os.path.splitext(name)
    return base if suffix.lower() in COMPRESSED_SUFFIXES else name
