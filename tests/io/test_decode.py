"""Bytes to page text: encodings, refusals, and the Arabic check."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    NotArabic,
)
from rasd.io.decode import MAX_PAGE_BYTES, check_arabic, check_text, decode_bytes, read_page

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

JORDAN = (
    "قال المتحدث باسم الحكومة الأردنية في مؤتمر صحفي عقده في عمّان يوم الأحد إن السلطات "
    "أعادت فتح معبر جابر الحدودي أمام حركة الشاحنات بعد إغلاق دام ثلاثة أيام."
)
ALGERIA_CP1256 = (
    "نقلت صحيفة «الشروق» الجزائرية عن مصادر أمنية، أمس الاثنين، أن قوات الدرك أوقفت 12 "
    "مشتبها بهم في ولاية تيزي وزو؛ فهل تنجح الحملة في الحد من تهريب الوقود عبر الحدود؟"
)
DUBAI_WITH_ENGLISH = (
    "أعلنت شركة Microsoft عن فتح مكتب إقليمي جديد في دبي، وقال مديرها التنفيذي في تصريح "
    "لموقع TechCrunch إن قيمة الاستثمار تبلغ 200 مليون دولار على مدى خمس سنوات. "
    "للمزيد: https://www.example.com/news/2024/03/microsoft-dubai-regional-office-opening "
    "أو راسلونا على newsroom-desk@example.org"
)
GENEVA_ENGLISH = (
    "The foreign ministers met in Geneva on Tuesday to discuss a ceasefire proposal, "
    "officials said, adding that a second round of talks was planned for next month."
)


def test_utf8_page_is_returned_unchanged() -> None:
    decoded = decode_bytes(JORDAN.encode("utf-8"), where="page.txt")
    assert decoded.text == JORDAN
    assert decoded.encoding == "utf-8"


def test_crlf_newlines_are_kept() -> None:
    text = "عاجل: زلزال بقوة 5.2 درجات يضرب جنوب إيران\r\n" + JORDAN + "\r\n"
    assert decode_bytes(text.encode("utf-8"), where="p").text == text


def test_utf8_bom_is_stripped() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbf" + JORDAN.encode("utf-8"), where="p")
    assert decoded.text == JORDAN
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom_decode(codec: str) -> None:
    decoded = decode_bytes(("\ufeff" + JORDAN).encode(codec), where="p")
    assert decoded.text == JORDAN
    assert decoded.encoding == codec


def test_truncated_utf16_names_the_offset() -> None:
    data = ("\ufeff" + JORDAN).encode("utf-16-le")[:-1]
    with pytest.raises(EncodingError, match=f"offset {len(data) - 1}") as info:
        decode_bytes(data, where="p")
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_cp1256_arabic_page_is_decoded() -> None:
    decoded = decode_bytes(ALGERIA_CP1256.encode("cp1256"), where="old-site.html")
    assert decoded.text == ALGERIA_CP1256
    assert decoded.encoding == "windows-1256"


def test_random_high_bytes_are_an_encoding_error() -> None:
    rng = random.Random(20240311)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(EncodingError, match=r"byte offset 0\b") as info:
        decode_bytes(data, where="mystery.txt")
    assert info.value.where == "mystery.txt"
    assert info.value.code == "encoding"
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_random_high_bytes_between_spaces_are_an_encoding_error() -> None:
    rng = random.Random(7)
    words = [bytes(rng.randrange(0x80, 0x100) for _ in range(rng.randrange(2, 8)))
             for _ in range(400)]
    with pytest.raises(EncodingError):
        decode_bytes(b" ".join(words), where="p")


def test_damaged_utf8_is_not_mistaken_for_cp1256() -> None:
    good = JORDAN.encode("utf-8")
    data = good[:60] + b"\xff" + good[60:]
    with pytest.raises(EncodingError, match="damaged UTF-8") as info:
        decode_bytes(data, where="p")
    assert "offset 60" in str(info.value) or "offset 59" in str(info.value)


def test_latin1_french_is_refused_not_guessed() -> None:
    data = "Le président a été réélu à Genève après un débat très animé.".encode("latin-1")
    with pytest.raises(EncodingError, match="windows-1256"):
        decode_bytes(data, where="p")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"   ", b" \r\n\t\r\n ",
                                  "\u00a0\u2003\n".encode()])
def test_empty_and_whitespace_only_inputs(data: bytes) -> None:
    with pytest.raises(EmptyInput) as info:
        decode_bytes(data, where="blank.txt")
    assert info.value.code == "empty"


def test_nbsp_only_cp1256_is_empty_not_garbled() -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(b"\xa0\xa0\xa0 \n", where="p")


@pytest.mark.parametrize(
    ("head", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x10\x00", "GIF"),
        (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "WebP"),
    ],
)
def test_binary_formats_are_named(head: bytes, looks_like: str) -> None:
    with pytest.raises(BinaryInput, match=looks_like) as info:
        decode_bytes(head + JORDAN.encode("utf-8"), where="p")
    assert info.value.code == "binary"


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInput, match="NUL"):
        decode_bytes(JORDAN.encode("utf-8") + b"\x00\x01\x02", where="p")


def test_control_soup_without_nuls_is_binary() -> None:
    rng = random.Random(3)
    data = bytes(rng.choice([*range(1, 9), *range(0x0E, 0x1B), 0x41, 0x42]) for _ in range(500))
    with pytest.raises(BinaryInput, match="control"):
        decode_bytes(data, where="p")


def test_bomless_utf16_gets_a_hint() -> None:
    with pytest.raises(BinaryInput, match="UTF-16"):
        decode_bytes(JORDAN.encode("utf-16-le"), where="p")


def test_bytes_over_the_limit_are_too_large() -> None:
    with pytest.raises(InputTooLarge, match="too large") as info:
        decode_bytes(b" " * (MAX_PAGE_BYTES + 1), where="huge.txt")
    assert info.value.code == "too_large"


def test_text_with_escaped_nul_is_binary() -> None:
    with pytest.raises(BinaryInput):
        check_text(JORDAN + "\x00", where="batch.jsonl:3")


class _EndlessStream(io.RawIOBase):
    """A pipe that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        n = len(view)
        view[:] = b"\xd9\x85" * (n // 2) + b" " * (n % 2)
        self.served += n
        return n


def test_read_page_stops_one_byte_past_the_limit_on_a_pipe() -> None:
    raw = _EndlessStream()
    with pytest.raises(InputTooLarge):
        read_page(io.BufferedReader(raw), where="<stdin>")
    assert raw.served <= MAX_PAGE_BYTES + 1 + io.DEFAULT_BUFFER_SIZE


def test_read_page_refuses_a_big_file_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "disk.img.txt"
    with path.open("wb") as f:
        f.truncate(11 * 1024 * 1024)  # sparse: costs no disk and no memory
    with path.open("rb") as f:
        with pytest.raises(InputTooLarge, match="11,534,336 bytes"):
            read_page(f, where=str(path))
        assert f.tell() == 0


def test_read_page_returns_small_pages_whole() -> None:
    data = JORDAN.encode("utf-8")
    assert read_page(io.BytesIO(data), where="p") == data


# --- check_arabic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        JORDAN,
        DUBAI_WITH_ENGLISH,
        "غارة جوية على ريف إدلب",  # a headline-only page
        "صورة: AFP / Getty Images - مشيعون في جنازة الصحفي بمدينة غزة",
    ],
)
def test_arabic_pages_pass(text: str) -> None:
    check_arabic(text, where="p")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (GENEVA_ENGLISH, "Arabic letters"),
        ("Reporters spoke to the mayor, محمد, outside the council building in downtown "
         "Beirut on Monday evening before the vote.", "% of its"),
        ("2024-03-11 14:05 | 37°C | +961 1 234 567", "0 Arabic letters"),
        ("", "0 Arabic letters"),
        ("Предложение о прекращении огня обсуждали в Женеве", "Arabic letters"),
    ],
)
def test_non_arabic_pages_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(NotArabic, match=reason) as info:
        check_arabic(text, where="p.txt")
    assert info.value.code == "not_arabic"
    assert info.value.where == "p.txt"


def test_share_threshold_sits_between_these_two_pages() -> None:
    # 43% of the letters are Arabic: an Arabic statement with its English translation
    check_arabic(
        "أكد رئيس الوزراء اللبناني في كلمة ألقاها أمام مجلس النواب أن الحكومة ماضية في "
        "الإصلاحات المالية. Read the full statement in English: The government remains "
        "committed to reforms agreed with the International Monetary Fund.",
        where="p",
    )
    # 34%: an English report quoting one Arabic sentence
    with pytest.raises(NotArabic, match="34% of its"):
        check_arabic(
            "The minister's statement, read out in Arabic at the start of the session, was "
            "brief: «نرفض أي تدخل في شؤوننا الداخلية ونتمسك بالحوار سبيلا وحيدا لحل الأزمة» "
            "— after which he left the hall without taking questions.",
            where="p",
        )


def test_links_do_not_count_against_an_arabic_page() -> None:
    links = " ".join(f"https://news.example.com/category/world/article-{i}-breaking-update"
                     for i in range(30))
    check_arabic("اقرأ أيضا: تطورات الأزمة السياسية في بغداد " + links, where="p")


# --- invariants -----------------------------------------------------------------------

_ARABIC_ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءأإآؤئ،؛؟«» 0123456789.\n"
_BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]

_any_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda bom, body: bom + body, st.sampled_from(_BOMS), st.binary(max_size=500)),
    st.lists(st.sampled_from([0x20, 0x0A, *range(0x80, 0x100)]), max_size=2000).map(bytes),
    st.text(_ARABIC_ALPHABET, max_size=300).map(lambda t: t.encode("cp1256")),
    st.builds(lambda t, i, b: (lambda d: d[:i] + bytes([b]) + d[i:])(t.encode()),
              st.text(max_size=200), st.integers(0, 400), st.integers(0x80, 0xFF)),
)


@settings(max_examples=300)
@given(_any_bytes)
def test_decode_bytes_returns_or_raises_an_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, where="fuzz")
    except InputError as exc:
        assert exc.where == "fuzz"
        assert exc.code != InputError.code
        return
    assert decoded.text.strip()
    assert "\x00" not in decoded.text


@given(st.text(_ARABIC_ALPHABET + "\r\t", min_size=1, max_size=400).filter(str.strip))
def test_utf8_text_round_trips_exactly(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), where="p").text == text


@given(st.text(max_size=500))
def test_check_arabic_never_raises_anything_else(text: str) -> None:
    try:
        check_arabic(text, where="fuzz")
    except NotArabic as exc:
        assert exc.reason
