from __future__ import annotations

import pytest

from rasd.comments.hygiene import EMAIL_MASK, PHONE_MASK, find_redactions, masked


def kinds(text: str) -> list[tuple[str, str]]:
    return [(r.span.text, r.kind) for r in find_redactions(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("للتواصل اكتبوا لي على sami.h-22@example.org قبل الجمعة",
     [("sami.h-22@example.org", "email")]),
    ("اتصلوا بي على +966 55 123 4567 بعد العصر", [("+966 55 123 4567", "phone")]),
    ("رقم جوالي 0551234567 للاستفسار", [("0551234567", "phone")]),
    ("الرقم ٠٥٥١٢٣٤٥٦٧ متاح دائما", [("٠٥٥١٢٣٤٥٦٧", "phone")]),
    ("واتساب 00201001234567 فقط", [("00201001234567", "phone")]),
    ("مكتبنا 010 1234 5678 يعمل صباحا", [("010 1234 5678", "phone")]),
    ("هاتف المكتب (011) 4567890", [("(011) 4567890", "phone")]),
    ("هاتف الجمعية 4567890 في المساء", [("4567890", "phone")]),
    ("جوال +٩٦٦ ٥٥ ١٢٣ ٤٥٦٧ مساء", [("+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧", "phone")]),
    ("اتصل ٠٥٥ ١٢٣ ٤٥٦٧", [("٠٥٥ ١٢٣ ٤٥٦٧", "phone")]),
    ("مكتب واشنطن +1 (202) 555-0147", [("+1 (202) 555-0147", "phone")]),
    ("ارسلوا إلى info@site.co.uk.", [("info@site.co.uk", "email")]),
])
def test_finds_contacts(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize("text", [
    "قتل 1200 شخص في أحداث عام 2022",
    "بلغ السعر 1,500,000 ريال والدخل 2.5 مليون",
    "نشر بتاريخ 07-01-2022 وعدل في 2022/01/09",
    "الجمعة، 07-01-2022 06:28 م",
    "منذ تفككه عام 1991 م",
    "خسرت الشركة 25000000 دولار في الربع الأول",
    "بين أعوام 2011 2012 2013 تغير كل شيء",
    "@User.IDX كلامك صحيح",
    "الساعة 10:30 صباحا",
    "أصيب ١٥٠ وقتل ٣٢ في الهجوم",
])
def test_no_false_alarms(text: str) -> None:
    assert find_redactions(text) == ()


def test_offsets_and_mask() -> None:
    page = "مقدمة الصفحة\n"
    comment = "راسلوني على ali@example.com أو 0551234567 شكرا"
    text = page + comment
    found = find_redactions(comment, offset=len(page))
    assert [r.kind for r in found] == ["email", "phone"]
    for r in found:
        assert text[r.span.start:r.span.end] == r.span.text
    assert masked(comment, found, offset=len(page)) == \
        f"راسلوني على {EMAIL_MASK} أو {PHONE_MASK} شكرا"
