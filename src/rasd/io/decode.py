"""Bytes to page text: size limit, binary sniffing, encoding detection, the Arabic check.

Web crawls hand us every kind of payload under a page's name: PDFs, images, gzip streams,
truncated UTF-8, pages from older Arabic sites in windows-1256, English pages. Each is
refused here with an :class:`~rasd.errors.InputError` whose ``code`` says which case it is,
so a batch can report every bad input instead of analysing garbage.

The text is returned exactly as decoded (a BOM is the only thing dropped): newlines are not
rewritten, because every span rasd reports is an offset into this text.

Encoding detection is deliberately narrow. UTF-8 is tried first (strict UTF-8 almost never
validates by accident); windows-1256 is the one legacy fallback, because it is what older
Arabic sites serve, and it is accepted only when the result reads like Arabic: cp1256 maps
every byte to some character, so "it decoded" proves nothing.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO

from rasd.errors import BinaryInput, EmptyInput, EncodingError, InputTooLarge, NotArabic

#: Largest page rasd reads, in bytes. A news article is 5-100 KB of text and even a full
#: HTML dump with inline scripts stays under 2-3 MB; 10 MiB is far beyond any real page and
#: stops a mislabelled dump or disk image from being pulled into memory and analysed.
MAX_PAGE_BYTES = 10 * 1024 * 1024

#: How much of the start of an input the binary sniffer looks at (as `file` and git do: a
#: binary format shows itself in its first block).
SNIFF_BYTES = 8 * 1024

#: Share of control characters (other than tab, LF, VT, FF, CR and escape) above which
#: an input is binary. Text has at most a stray few; uniformly random bytes run to ~10.5%
#: (27 of 256 values), so 5% separates the two with room either side.
MAX_CONTROL_SHARE = 0.05

#: windows-1256 is accepted only if at least this share of the decoded letters are Arabic.
#: Western single-byte pages (Latin-1, windows-1252) also decode "successfully" as cp1256,
#: into the same accented Latin letters, so a result that is not mostly Arabic means the
#: guess was wrong and we cannot tell which codepage it really was.
MIN_CP1256_ARABIC_LETTER_SHARE = 0.5

#: ... and at most this share of its non-space characters may sit in tokens that are not
#: word-shaped (Arabic letters with punctuation at the edges, or plain ASCII). Random high
#: bytes and UTF-8 read as cp1256 give tokens mixing Arabic and Latin letters and symbols
#: (``ظ…ط±ط­ط¨ط§``): 93% for random high bytes cut into words; the 3,000 SaudiNewsNet
#: articles re-encoded in cp1256 peak at 4%.
MAX_CP1256_ODD_TOKEN_SHARE = 0.15

#: Longest Arabic word expected in cp1256 text, in letters: with clitics a word seldom
#: passes 12 (``وبصلاحياتهما``); 24 leaves room for two words run together.
MAX_ARABIC_WORD_LETTERS = 24

#: Invalid UTF-8 in which at least this share of the bytes >= 0x80 still form valid UTF-8
#: sequences is UTF-8 with damage (truncation, a corrupt byte), not a legacy codepage:
#: Arabic letters in cp1256 are lead-byte values (0xC1-0xFE) and seldom precede a
#: continuation byte: the SaudiNewsNet articles re-encoded in cp1256 peak at 7%.
MIN_UTF8_SHARE_OF_HIGH_BYTES = 0.5

#: NUL-bearing input is reported as UTF-16 without a BOM (a hint in the refusal, it is not
#: decoded) when at least this share of one byte lane is 0x00 or 0x06, the high bytes of
#: ASCII and of the Arabic block: near 100% in Arabic or English UTF-16, ~1% in binary data.
UTF16_HINT_HIGH_BYTE_SHARE = 0.9

#: check_arabic: fewest Arabic letters a page must have. Below three letters there is not a
#: single content word (the shortest, like ``قتل`` or ``غزة``, have three).
MIN_ARABIC_LETTERS = 3

#: check_arabic: least share of the page's letters (outside URLs and e-mail addresses) that
#: must be Arabic. Over the 3,000 SaudiNewsNet articles the lowest share is 0.75; 0.4 leaves
#: room for pages carrying English menus, names and quotes, while English pages that quote
#: an Arabic name or sentence stay far below it.
MIN_ARABIC_LETTER_SHARE = 0.4


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded page text and the encoding it was read with (a Python codec name:
    ``utf-8``, ``utf-8-sig``, ``utf-16-le``/``-be``, ``utf-32-le``/``-be`` or
    ``windows-1256``)."""

    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class _Magic:
    """A file signature: every ``(offset, bytes)`` part must be present; the first part is
    at offset 0 (the sniffer pre-filters on its first byte)."""

    looks_like: str
    parts: tuple[tuple[int, bytes], ...]

    def found_in(self, data: bytes) -> bool:
        return all(data.startswith(sig, offset) for offset, sig in self.parts)


#: Signatures of formats people feed to text tools by mistake. Short ones are paired with a
#: second part where the format has one, so that no plausible page start matches.
_MAGIC: tuple[_Magic, ...] = (
    _Magic("a PDF document", ((0, b"%PDF-"),)),
    _Magic("a ZIP archive (or DOCX/XLSX/EPUB)", ((0, b"PK\x03\x04"),)),
    _Magic("an empty ZIP archive", ((0, b"PK\x05\x06"),)),
    _Magic("gzip-compressed data", ((0, b"\x1f\x8b\x08"),)),
    _Magic("bzip2-compressed data", ((0, b"BZh"), (4, b"1AY&SY"))),
    _Magic("xz-compressed data", ((0, b"\xfd7zXZ\x00"),)),
    _Magic("zstd-compressed data", ((0, b"\x28\xb5\x2f\xfd"),)),
    _Magic("a 7-Zip archive", ((0, b"7z\xbc\xaf\x27\x1c"),)),
    _Magic("a RAR archive", ((0, b"Rar!\x1a\x07"),)),
    _Magic("a PNG image", ((0, b"\x89PNG\r\n\x1a\n"),)),
    _Magic("a JPEG image", ((0, b"\xff\xd8\xff"),)),
    _Magic("a GIF image", ((0, b"GIF8"), (5, b"a"))),
    _Magic("a WebP image", ((0, b"RIFF"), (8, b"WEBP"))),
    _Magic("a WAV audio file", ((0, b"RIFF"), (8, b"WAVE"))),
    _Magic("a TIFF image", ((0, b"II*\x00"),)),
    _Magic("a TIFF image", ((0, b"MM\x00*"),)),
    _Magic("an MP4/MOV video or HEIC image", ((0, b"\x00\x00"), (4, b"ftyp"))),
    _Magic("Ogg audio/video", ((0, b"OggS\x00"),)),
    _Magic("a Matroska/WebM video", ((0, b"\x1aE\xdf\xa3"),)),
    _Magic("an old Microsoft Office document", ((0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),)),
    _Magic("an SQLite database", ((0, b"SQLite format 3\x00"),)),
    _Magic("an ELF executable", ((0, b"\x7fELF"),)),
    _Magic("a Windows executable", ((0, b"MZ"), (0x40, b"\x0e\x1f\xba"))),
    _Magic("a WOFF font", ((0, b"wOFF\x00"),)),
    _Magic("a WOFF2 font", ((0, b"wOF2\x00"),)),
)

# First bytes of the signatures, so that a page starting with an Arabic letter or a space
# skips the signature loop.
_MAGIC_LEAD_BYTES = frozenset(sig[0] for magic in _MAGIC for offset, sig in magic.parts
                              if offset == 0)

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# C0 controls and DEL, except tab, LF, VT, FF, CR (layout) and ESC (ANSI colour in logs).
_CONTROL_CHARS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1B),
                                          *range(0x1C, 0x20), 0x7F))
_CONTROL_BYTES = _CONTROL_CHARS.encode("ascii")
_CONTROL_CHAR = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
_HIGH_BYTES = bytes(range(0x80, 0x100))

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

# Arabic-script letters (tatweel U+0640 and the diacritics excluded), presentation forms
# included because old pages are full of them.
_ARABIC_LETTER_CLASS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
)
_ARABIC_LETTERS = re.compile(f"[{_ARABIC_LETTER_CLASS}]+")
# Letters of any other script: the Arabic blocks are left out whole (their non-letters are
# not letters anyway), which makes this scan cheap on Arabic text.
_OTHER_LETTERS = re.compile(
    "[^\\W\\d_\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"
)
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A word-shaped token of decoded cp1256: Arabic letters (with diacritics and tatweel) with
# ASCII punctuation or digits at the edges or between words (``(واس)``, ``2015م``), or a
# run of printable ASCII. Direction marks and ZWNJ/ZWJ (cp1256 0x9D 0x9E 0xFD 0xFE) stick to
# words in real pages, so they count as punctuation.
_PUNCT = "!-@\\[-`{-~«»،؛؟…–—‘’“”\u200c-\u200f"
_ARABIC_WORD = f"[{_ARABIC_LETTER_CLASS}\u0640\u064b-\u0652\u0670]{{1,{MAX_ARABIC_WORD_LETTERS}}}"
_WORD_SHAPED_TOKEN = re.compile(
    rf"(?<!\S)(?:[{_PUNCT}]*{_ARABIC_WORD}(?:[{_PUNCT}]+{_ARABIC_WORD})*[{_PUNCT}]*"
    rf"|[\x21-\x7e«»،؛؟…–—‘’“”\u200c-\u200f]+)(?!\S)"
)
_WHITESPACE = re.compile(r"\s+")


def decode_bytes(data: bytes, *, where: str) -> Decoded:
    """Decode one page's bytes, refusing what is not a text page.

    Raises :class:`InputTooLarge` over :data:`MAX_PAGE_BYTES`, :class:`EmptyInput` for
    empty or whitespace-only input, :class:`BinaryInput` for known binary formats and
    control-character soup, and :class:`EncodingError` (naming the first bad byte's offset)
    for bytes that are neither UTF-8 nor plausible windows-1256 Arabic.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise InputTooLarge(_too_large_reason(len(data)), where=where)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, codec, where)
    looks_like = sniff_binary(data)
    if looks_like is not None:
        raise BinaryInput(f"binary input: {looks_like}", where=where)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data, exc, where)
        encoding = "windows-1256"
    check_text(text, where=where)
    return Decoded(text, encoding)


def sniff_binary(data: bytes) -> str | None:
    """What ``data`` looks like if it is not text (``"a PDF document"``), else ``None``.

    Looks at signatures, NUL bytes anywhere (one ``memchr``), and the share of control
    bytes in the first :data:`SNIFF_BYTES`.
    """
    if data and data[0] in _MAGIC_LEAD_BYTES:
        for magic in _MAGIC:
            if magic.found_in(data):
                return magic.looks_like
    head = data[:SNIFF_BYTES]
    if b"\x00" in data:
        if _looks_like_bomless_utf16(head):
            return "UTF-16 text without a byte-order mark (save it as UTF-8)"
        return "it contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return f"{controls} control bytes in its first {len(head)} bytes"
    return None


def check_text(text: str, *, where: str) -> None:
    """Refuse decoded text that is empty, whitespace only, or binary in disguise.

    Used on decoded files and on JSONL record texts (where JSON escapes can smuggle NULs).
    """
    if not text or text.isspace():
        raise EmptyInput("empty input" if not text else "only whitespace", where=where)
    if "\x00" in text:
        raise BinaryInput("binary input: it contains NUL characters", where=where)
    if _CONTROL_CHAR.search(text, 0, SNIFF_BYTES) is None:  # the common case, one scan
        return
    sniffed = min(len(text), SNIFF_BYTES)
    controls = len(_CONTROL_CHAR.findall(text, 0, SNIFF_BYTES))
    if controls / sniffed > MAX_CONTROL_SHARE:
        raise BinaryInput(
            f"binary input: {controls} control characters in its first {sniffed}",
            where=where,
        )


def check_arabic(text: str, *, where: str) -> None:
    """Raise :class:`NotArabic` unless ``text`` is mostly Arabic.

    Counts letters outside URLs and e-mail addresses; the page needs at least
    :data:`MIN_ARABIC_LETTERS` Arabic letters and an Arabic share of its letters of at least
    :data:`MIN_ARABIC_LETTER_SHARE`, so digits, links and English names inside an Arabic
    page do not count against it, and a short Arabic page passes as well as a long one.
    """
    prose = text
    if "://" in prose or "www." in prose or "WWW." in prose:  # skip the scan on most pages
        prose = _URL.sub(" ", prose)
    if "@" in prose:
        prose = _EMAIL.sub(" ", prose)
    arabic = _count(_ARABIC_LETTERS, prose)
    if arabic < MIN_ARABIC_LETTERS:
        raise NotArabic(
            f"not an Arabic page: {arabic} Arabic letters (needs at least {MIN_ARABIC_LETTERS})",
            where=where,
        )
    letters = arabic + _count(_OTHER_LETTERS, prose)
    share = arabic / letters
    if share < MIN_ARABIC_LETTER_SHARE:
        raise NotArabic(
            f"not an Arabic page: only {share:.0%} of its {letters} letters are Arabic "
            f"(needs {MIN_ARABIC_LETTER_SHARE:.0%})",
            where=where,
        )


def read_page(stream: BinaryIO, *, where: str) -> bytes:
    """Read a whole page from ``stream`` without ever holding more than the limit + 1 byte.

    A regular file (or stdin redirected from one) over :data:`MAX_PAGE_BYTES` is refused
    from its size before anything is read; a pipe is read up to one byte past the limit.
    Raises :class:`InputTooLarge`; ``OSError`` from the stream propagates.
    """
    size = _regular_file_size(stream)
    if size is not None and size > MAX_PAGE_BYTES:
        raise InputTooLarge(_too_large_reason(size), where=where)
    data = stream.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        raise InputTooLarge(_too_large_reason(None), where=where)
    return data


def _regular_file_size(stream: BinaryIO) -> int | None:
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError):  # io.UnsupportedOperation (BytesIO) is both
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _decode_with_bom(data: bytes, bom: bytes, codec: str, where: str) -> Decoded:
    body = data[len(bom):]
    try:
        text = body.decode("utf-8" if codec == "utf-8-sig" else codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"invalid {codec.upper()} (it starts with a {codec.upper()} byte-order mark): "
            f"{exc.reason} at byte offset {exc.start + len(bom)}",
            where=where,
        ) from exc
    check_text(text, where=where)
    return Decoded(text, codec)


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError, where: str) -> str:
    """Decode non-UTF-8 ``data`` as windows-1256 if it reads like Arabic, else raise."""
    bad = utf8_error.start
    bad_byte = f"first bad byte 0x{data[bad]:02X} at byte offset {bad}"
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_utf8 = len(data) - len(_UTF8_MULTIBYTE.sub(b"", data))
    if in_utf8 / high >= MIN_UTF8_SHARE_OF_HIGH_BYTES:
        raise EncodingError(
            f"damaged UTF-8 ({bad_byte}; the rest is valid UTF-8, so the file is "
            "corrupt or was cut mid-character)",
            where=where,
        ) from utf8_error
    text = data.decode("cp1256")  # every byte has a cp1256 character: this cannot fail
    if not text.isspace() and not _reads_as_arabic(text):  # NBSP-only: empty, not garbled
        raise EncodingError(
            f"not UTF-8 ({bad_byte}) and not windows-1256 Arabic either",
            where=where,
        ) from utf8_error
    return text


def _reads_as_arabic(text: str) -> bool:
    arabic = _count(_ARABIC_LETTERS, text)
    letters = arabic + _count(_OTHER_LETTERS, text)
    if not arabic or arabic / letters < MIN_CP1256_ARABIC_LETTER_SHARE:
        return False
    visible = _count(_WHITESPACE, text, complement=True)
    odd = _count(_WHITESPACE, _WORD_SHAPED_TOKEN.sub("", text), complement=True)
    return odd / visible <= MAX_CP1256_ODD_TOKEN_SHARE


def _looks_like_bomless_utf16(head: bytes) -> bool:
    for lane in (head[1::2], head[0::2]):  # high bytes of UTF-16-LE, then of UTF-16-BE
        usual = lane.count(0) + lane.count(6)
        if lane and usual >= UTF16_HINT_HIGH_BYTE_SHARE * len(lane):
            return True
    return False


def _count(pattern: re.Pattern[str], text: str, *, complement: bool = False) -> int:
    """Characters of ``text`` matched (or with ``complement``, not matched) by ``pattern``.

    One C-level ``sub`` instead of a Python loop over characters.
    """
    matched = len(text) - len(pattern.sub("", text))
    return len(text) - matched if complement else matched


def _too_large_reason(size: int | None) -> str:
    limit = f"{MAX_PAGE_BYTES // (1024 * 1024)} MiB"
    if size is None:
        return f"input too large: over {limit}, far bigger than any news page"
    return f"input too large: {size:,} bytes, over {limit} (far bigger than any news page)"
