from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings

from rasd.evaluation.lang_quantities import (
    ExpectedNumber,
    GoldCase,
    evaluate_numbers,
    load_cases,
)
from rasd.text.numbers import Quantity, extract_numbers
from tests.text.test_tokens import MIXED

GOLD = Path(__file__).resolve().parent.parent / "gold" / "lang" / "numbers.jsonl"

N = None


def found(text: str) -> list[tuple[str, object, object, bool]]:
    return [(q.span.text, q.min, q.max, q.approx) for q in extract_numbers(text)]


def one(text: str) -> Quantity:
    [q] = extract_numbers(text)
    return q


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("نزح ٢٬٣٥٠ شخصا", "٢٬٣٥٠", 2350, 2350),
        ("بلغ النمو ٤٫٢", "٤٫٢", 4.2, 4.2),
        ("وصل ۱۸ مهاجرا", "۱۸", 18, 18),
        ("حضر ثلاثة وفود", "ثلاثة", 3, 3),
        ("تضم ثلاث لجان", "ثلاث", 3, 3),
        ("منذ ثلاثين عاما", "ثلاثين", 30, 30),
        ("شارك ثلاثون فريقا", "ثلاثون", 30, 30),
        ("نقل مئة جريح", "مئة", 100, 100),
        ("نقل مائة جريح", "مائة", 100, 100),
        ("وزعت مئتان خيمة", "مئتان", 200, 200),
        ("وزعت مئتين خيمة", "مئتين", 200, 200),
        ("جمعت ألف توقيع", "ألف", 1000, 1000),
        ("جمعت ألفين توقيع", "ألفين", 2000, 2000),
        ("ألف وسبعمائة وثمانية وأربعين ناخبا", "ألف وسبعمائة وثمانية وأربعين", 1748, 1748),
        ("سجن خمسة عشر معارضا", "خمسة عشر", 15, 15),
        ("بنيت ثلاثمائة وحدة", "ثلاثمائة", 300, 300),
        ("نزح 2.5 مليون", "2.5 مليون", 2_500_000, 2_500_000),
        ("وصل ثلاثة آلاف زائر", "ثلاثة آلاف", 3000, 3000),
        ("صدر مليون نسخة", "مليون", 1_000_000, 1_000_000),
        ("تكلف مليارا واحدا", "مليارا واحدا", 1_000_000_000, 1_000_000_000),
        ("حضر واحد وعشرون سفيرا", "واحد وعشرون", 21, 21),
        ("صوت إحدى وعشرون دولة", "إحدى وعشرون", 21, 21),
        ("حصد مائة وخمسة عشر صوتا", "مائة وخمسة عشر", 115, 115),
        ("يعمل فيه ثلاث مئة موظف", "ثلاث مئة", 300, 300),
        ("بلغ عدد السكان 1.5 مليار", "1.5 مليار", 1_500_000_000, 1_500_000_000),
        ("خصص 2,5 مليون دينار", "2,5 مليون", 2_500_000, 2_500_000),
    ],
)
def test_cardinals(text: str, span: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.span.text, q.min, q.max) == (span, low, high)
    assert isinstance(q.min, int) == float(low).is_integer()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("المركز الأول", "الأول", 1),
        ("الدورة الثانية", "الثانية", 2),
        ("الدورة الثالث عشر", "الثالث عشر", 13),
        ("القمة الحادية عشرة", "الحادية عشرة", 11),
        ("الذكرى الخامسة والعشرين", "الخامسة والعشرين", 25),
        ("الدورة الـ15", "الـ15", 15),
    ],
)
def test_ordinals(text: str, span: str, value: int) -> None:
    q = one(text)
    assert (q.span.text, q.min, q.ordinal) == (span, value, True)
    assert not q.is_count


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("خرج عشرات المحتجين", "عشرات", 10, 99),
        ("قتل العشرات", "العشرات", 10, 99),
        ("شارك المئات", "المئات", 100, 999),
        ("فر آلاف السكان", "آلاف", 1000, 9999),
        ("نزح عشرات الآلاف", "عشرات الآلاف", 10_000, 99_999),
        ("أصيب بضعة أشخاص", "بضعة", 3, 9),
    ],
)
def test_vague_quantities_are_documented_ranges(
    text: str, span: str, low: int, high: int
) -> None:
    q = one(text)
    assert (q.span.text, q.min, q.max, q.approx, q.vague) == (span, low, high, True, True)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "approx"),
    [
        ("قتل نحو 30 شخصا", "نحو 30", 30, 30, True),
        ("فر حوالي 200", "حوالي 200", 200, 200, True),
        ("نزح قرابة ألف", "قرابة ألف", 1000, 1000, True),
        ("اعتقل زهاء خمسين", "زهاء خمسين", 50, 50, True),
        ("أصيب ما يقرب من 40", "ما يقرب من 40", 40, 40, True),
        ("قتل أكثر من 50 شخصا", "أكثر من 50", 51, N, True),
        ("قتل ما لا يقل عن 12 شخصا", "ما لا يقل عن 12", 12, N, True),
        ("أصيب أقل من 10 أشخاص", "أقل من 10", N, 9, True),
        ("قتل بين 10 و15 شخصا", "بين 10 و15", 10, 15, False),
        ("قتل من 10 إلى 15 شخصا", "من 10 إلى 15", 10, 15, False),
        ("قتل 10-15 شخصا", "10-15", 10, 15, False),
        ("قتل ثلاثة أو أربعة", "ثلاثة أو أربعة", 3, 4, False),
    ],
)
def test_qualifiers_and_ranges(
    text: str, span: str, low: int | None, high: int | None, approx: bool
) -> None:
    assert found(text) == [(span, low, high, approx)]


def test_a_change_is_two_numbers_not_a_range() -> None:
    assert found("ارتفع عدد المصابين من 12 إلى 19") == [("12", 12, 12, False),
                                                        ("19", 19, 19, False)]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("وقع الهجوم عام 2015 في باريس", "year"),
        ("توفي سنة 1991 م", "year"),
        ("تأسست عام 1400 هـ", "year"),
        ("في 12 مارس الماضي", "date"),
        ("في مايو 2021 الماضي", "date"),
        ("نمت بنسبة 3%", "percent"),
        ("نمت بنسبة 3 في المئة", "percent"),
        ("خصص 300 مليون دولار", "money"),
        ("استمر ثلاثة أيام", "duration"),
        ("على بعد 40 كيلومترا", "measure"),
        ("في الساعة 10 صباحا", "time"),
        ("القرار رقم 2254", "label"),
    ],
)
def test_context_tells_counts_from_other_numbers(text: str, context: str) -> None:
    [q] = [q for q in extract_numbers(text) if q.context != "count"]
    assert q.context == context
    assert not q.is_count


@pytest.mark.parametrize(
    "text",
    [
        "كان أحد المتحكمين في مصر يكذب",  # أحد = "one of"
        "قال واحد من الشهود",
        "اجتمعوا يوم الأحد ثم الاثنين",
        "تولى منصبه في تشرين الأول",
        "وصل أمس الأول إلى جدة",
        "نشر في 07-01-2022 الساعة 06:28 م",
        "طائرة F-16 ولقاح كوفيد-19",
        "سجل العديد من الحالات ونصف السكان",
        "قدمت كمية كبيرة وبعده لست أدري",
    ],
)
def test_not_numbers(text: str) -> None:
    assert extract_numbers(text) == []


def test_number_words_take_clitics_outside_the_span() -> None:
    assert found("وثلاثة وبنحو 20 وللعشرات و748") == [
        ("ثلاثة", 3, 3, False), ("نحو 20", 20, 20, True),
        ("عشرات", 10, 99, True), ("748", 748, 748, False),
    ]


def test_arabic_comma_separates_numbers_but_thousands_separators_do_not() -> None:
    assert [q.min for q in extract_numbers("18،748 و18,748 و١٨٬٧٤٨")] == [18, 748, 18748, 18748]


def test_gold_numbers_meet_the_target() -> None:
    cases = load_cases(GOLD)
    assert len(cases) >= 110
    assert sum(c.split == "test" for c in cases) >= 0.25 * len(cases)
    result = evaluate_numbers(cases)
    assert result.accuracy >= 0.97, [(f.case_id, f.expected, f.got) for f in result.failures]


def test_evaluator_flags_a_wrong_case() -> None:
    right = GoldCase("x-1", "قتل نحو 30 شخصا", "dev",
                     (ExpectedNumber("نحو 30", 30, 30, True, False),))
    wrong_value = replace(right, id="x-2", expect=(ExpectedNumber("نحو 30", 31, 31, True, False),))
    missing = replace(right, id="x-3", expect=())
    result = evaluate_numbers([right, wrong_value, missing])
    assert (result.total, result.passed) == (3, 1)
    assert [f.case_id for f in result.failures] == ["x-2", "x-3"]
    assert "31" in result.failures[0].expected and "30" in result.failures[0].got
    assert evaluate_numbers([right, wrong_value], split="test").total == 0


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_quantities_are_exact_spans_and_sane_ranges(text: str) -> None:
    for q in extract_numbers(text):
        assert text[q.span.start:q.span.end] == q.span.text
        assert q.span.text.strip() == q.span.text != ""
        if q.min is not None and q.max is not None:
            assert q.min <= q.max
        for v in (q.min, q.max):
            assert v is None or isinstance(v, int) or not float(v).is_integer()
