from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.evaluation.lang_dates import (
    DateCase,
    ExpectedTime,
    evaluate_by_split,
    evaluate_dates,
    iso,
    load_date_cases,
)
from rasd.model import TimeRef
from rasd.text.date_patterns import GRAMMAR, WORDS, build_grammar
from rasd.text.dates import extract_times
from rasd.text.normalize import normalize

GOLD = Path(__file__).resolve().parent.parent / "gold" / "lang" / "dates.jsonl"
GOLD_TARGET = 0.97


def found(text: str, pub: date | None = None) -> list[tuple[str, str | None, str]]:
    return [(t.span.text, iso(t.value), t.granularity) for t in extract_times(text, pub)]


# --- gold and evaluator -------------------------------------------------------------------


def test_gold_accuracy_on_dev_and_test() -> None:
    cases = load_date_cases(GOLD)
    assert len(cases) >= 130
    results = evaluate_by_split(cases)
    assert results["test"].total >= 0.25 * len(cases)
    for result in results.values():
        assert result.accuracy >= GOLD_TARGET, result.failures


def test_a_wrong_case_fails_and_shows_expected_and_got() -> None:
    wrong = DateCase(
        id="wrong-1",
        text="أعلنت الحكومة المغربية أمس خطة جديدة للنقل.",
        published=date(2023, 3, 10),
        split="dev",
        expect=(ExpectedTime("أمس", "2023-03-08", "day"),),
    )
    extra = replace(wrong, id="wrong-2", expect=())  # a true expression the gold leaves out
    result = evaluate_dates([wrong, extra])
    assert result.passed == 0 and result.total == 2
    failure = result.failures[0]
    assert "2023-03-08" in failure.expected and "2023-03-09" in failure.got


def test_gold_file_is_well_formed() -> None:
    cases = load_date_cases(GOLD)
    assert len({c.id for c in cases}) == len(cases)
    not_dates = [c for c in cases if not c.expect]
    assert len(not_dates) >= 15
    grains = {e.granularity for c in cases for e in c.expect}
    assert grains == {"minute", "hour", "day", "week", "month", "season", "year", "vague"}


# --- the seed page ------------------------------------------------------------------------


@pytest.mark.parametrize("published", [date(2022, 1, 7), date(2022, 1, 6)])
def test_seed_page(seed_path: Path, published: date) -> None:
    text = seed_path.read_text("utf-8")
    refs = extract_times(text, published)
    by_text: dict[str, set[tuple[str | None, str]]] = {}
    for r in refs:
        assert text[r.span.start:r.span.end] == r.span.text
        by_text.setdefault(r.span.text, set()).add((iso(r.value), r.granularity))
    assert by_text["الأحد الماضي"] == {("2022-01-02", "day")}
    assert by_text["الأربعاء"] == {("2022-01-05", "day")}
    assert by_text["الخميس"] == {("2022-01-06", "day")}
    assert by_text["منذ أيام"] == {(None, "vague")}
    assert by_text["خريف عام 2015 م"] == {("2015-09-01", "season")}
    assert by_text["الجمعة، 07-01-2022 06:28 م"] == {("2022-01-07T18:28", "minute")}
    assert by_text["الجمعة، 07-01-2022 06:16 ص"] == {("2022-01-07T06:16", "minute")}


# --- behaviour, one feature at a time ---------------------------------------------------------

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نُشر البيان في ٠٩-١٠-٢٠٢٣ على موقع الوزارة", [("٠٩-١٠-٢٠٢٣", "2023-10-09", "day")]),
        ("وثيقة مؤرخة 2019.04.21", [("2019.04.21", "2019-04-21", "day")]),
        ("موعد التسليم 12/25/2023 حسب العقد", [("12/25/2023", "2023-12-25", "day")]),
        ("لا تاريخ في 45/13/2023", []),
        ("عاد السفير في 7 كانون الأول 2023", [("7 كانون الأول 2023", "2023-12-07", "day")]),
        ("افتُتح المعرض في 3 فيفري 2024", [("3 فيفري 2024", "2024-02-03", "day")]),
        ("أقيم الحفل في 11 نونبر 2023 بالرباط", [("11 نونبر 2023", "2023-11-11", "day")]),
        ("وصل الوفد في 2 مارس", [("2 مارس", "2024-03-02", "day")]),
        # past tense, but six days ahead of publication: the coming 20 March (NEAR_AHEAD_DAYS)
        ("وصل الوفد في 20 مارس", [("20 مارس", "2024-03-20", "day")]),
        # ...while a day more than a month ahead is last year's
        ("وصل الوفد في 20 أبريل", [("20 أبريل", "2023-04-20", "day")]),
        ("وصل الوفد في 10 مارس", [("10 مارس", "2024-03-10", "day")]),
        # منذ keeps it in the past however near the coming one is
        ("يعتصمون منذ 20 مارس", [("20 مارس", "2023-03-20", "day")]),
        # يوم after منذ introduces the weekday: "since Friday", not "a day ago"
        ("يعتصمون منذ يوم الجمعة", [("الجمعة", "2024-03-08", "day")]),
        # two ordinal days of one month are two dates; one compound ordinal is one
        ("جرت يومي الأول والثاني من مارس", [("الأول", "2024-03-01", "day"),
                                           ("الثاني من مارس", "2024-03-02", "day")]),
        ("جرت في الثاني والعشرين من فبراير", [("الثاني والعشرين من فبراير", "2024-02-22",
                                             "day")]),
        ("ستفتتح السفارة أبوابها في 20 مارس", [("20 مارس", "2024-03-20", "day")]),
        ("أُجلت الجلسة إلى 20 مارس الجاري", [("20 مارس الجاري", "2024-03-20", "day")]),
        ("حدثت الواقعة في 29 فبراير", [("29 فبراير", "2024-02-29", "day")]),
        ("جرت المشاورات من 3 إلى 5 مارس", [("3", "2024-03-03", "day"),
                                            ("5 مارس", "2024-03-05", "day")]),
        ("بدأت الهدنة في غرة رمضان 1445هـ", [("غرة رمضان 1445هـ", "2024-03-11", "day")]),
        ("تنتهي المهلة في 28 من الشهر الجاري", [("28 من الشهر الجاري", "2024-03-28", "day")]),
        ("شهد فبراير/شباط 2024 أمطارا غزيرة", [("فبراير/شباط 2024", "2024-02-01", "month")]),
        ("ارتفعت الأسعار في مايو", [("مايو", "2023-05-01", "month")]),
        ("مارس الضغط على الحكومة", []),
        ("وقعت الاتفاقية في صيف العام الماضي", [("صيف العام الماضي", "2023-06-01", "season")]),
        ("تراجع الإنتاج الشتاء الماضي", [("الشتاء الماضي", "2024-01-01", "season")]),
    ],
)
def test_dates_months_and_seasons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تأسس الحزب سنة 1952", [("سنة 1952", "1952-01-01", "year")]),
        ("صدر الكتاب في 1998", [("1998", "1998-01-01", "year")]),
        ("تعمل اللجنة منذ عام 2018", [("عام 2018", "2018-01-01", "year")]),
        ("وزعت المنظمة 1500 سلة غذائية", []),
        ("شارك في 2500 مشروع", []),
        ("بلغ المؤشر في 2019 نقطة", []),
        ("انطلقت المبادرة عام 1440هـ", [("عام 1440هـ", "2018-09-11", "year")]),
        ("حدث ذلك في 1985 ميلادي", [("1985 ميلادي", "1985-01-01", "year")]),
        ("خلال الفترة بين عامي 2016 و2019", [("2016", "2016-01-01", "year"),
                                             ("2019", "2019-01-01", "year")]),
    ],
)
def test_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوزير الأربعاء", [("الأربعاء", "2024-03-13", "day")]),
        ("وصل الوزير الخميس", [("الخميس", "2024-03-14", "day")]),
        ("وصل الوزير الخميس الماضي", [("الخميس الماضي", "2024-03-07", "day")]),
        ("يصل الوزير الخميس المقبل", [("الخميس المقبل", "2024-03-21", "day")]),
        ("سيصل الوزير الأحد", [("الأحد", "2024-03-17", "day")]),
        ("لن يحضر الوزير اجتماع الأحد", [("الأحد", "2024-03-17", "day")]),
        ("غادر السياسي البلاد السبت", [("السبت", "2024-03-09", "day")]),
        ("تتواصل الاحتجاجات منذ الأحد", [("الأحد", "2024-03-10", "day")]),
        ("وقع الهجوم ليلة الثلاثاء", [("ليلة الثلاثاء", "2024-03-12", "day")]),
        ("عقد المجلس جلسته الأحد قبل الماضي", [("الأحد قبل الماضي", "2024-03-03", "day")]),
        ("أحد الجنود أصيب", []),
    ],
)
def test_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل وبالأمس غادر", [("الأمس", "2024-03-13", "day")]),
        ("قالت الوزارة اليوم إن", [("اليوم", "2024-03-14", "day")]),
        ("يحتفل البلد باليوم الوطني", []),
        ("لم يصدر أي رد حتى اليوم", []),
        ("حضر عشرة آلاف في اليوم الواحد", []),
        ("نقلت صحيفة المصري اليوم أن", []),
        ("تبدأ القمة صباح الغد", [("صباح الغد", "2024-03-15", "day")]),
        ("نحو غد أفضل", []),
        ("قال الناطق اليوم (الأربعاء)", [("اليوم (الأربعاء)", "2024-03-13", "day")]),
        ("وقع الانفجار منذ 5 أيام", [("منذ 5 أيام", "2024-03-09", "day")]),
        ("غادر قبل أسبوعين", [("قبل أسبوعين", "2024-02-29", "week")]),
        ("رحل قبل ثلاثة أشهر", [("قبل ثلاثة أشهر", "2023-12-01", "month")]),
        ("توقف المشروع منذ عقدين", [("منذ عقدين", "2004-01-01", "year")]),
        ("رحل منذ بضعة أيام", [("منذ بضعة أيام", None, "vague")]),
        ("وصل قبل يوم من الانتخابات", []),
        ("تراجعت الأسعار خلال الأسابيع الأخيرة", [("الأسابيع الأخيرة", None, "vague")]),
        ("ارتفعت الصادرات هذا الشهر", [("هذا الشهر", "2024-03-01", "month")]),
        ("تضاعف العجز العام قبل الماضي", [("العام قبل الماضي", "2022-01-01", "year")]),
    ],
)
def test_relative(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اندلع الحريق 11:20 ص", [("11:20 ص", "2024-03-14T11:20", "minute")]),
        ("اندلع الحريق 11:20 م", [("11:20 م", "2024-03-14T23:20", "minute")]),
        ("يبدأ البث 12:00 م", [("12:00 م", "2024-03-14T12:00", "minute")]),
        ("وصل الساعة الثانية ليلا", [("الساعة الثانية ليلا", "2024-03-14T02:00", "hour")]),
        ("وصل الساعة العاشرة ليلا", [("الساعة العاشرة ليلا", "2024-03-14T22:00", "hour")]),
        ("انتهت الجلسة الساعة الرابعة إلا ربعا عصرا",
         [("الساعة الرابعة إلا ربعا عصرا", "2024-03-14T15:45", "minute")]),
        ("أقلعت الطائرة في الحادية عشرة من مساء الثلاثاء",
         [("الحادية عشرة من مساء الثلاثاء", "2024-03-12T23:00", "hour")]),
        ("بدأ القصف في الثالثة من فجر ذلك اليوم", [("الثالثة", "2024-03-14T03:00", "hour")]),
        ("عاد في الثامنة من مساء ذلك اليوم", [("الثامنة", "2024-03-14T20:00", "hour")]),
        ("احتل المنتخب المرتبة العاشرة", []),
        ("قرأ الآية 2:255 من سورة البقرة", []),
        ("نُشر في 2024/03/12 الساعة 9:05 مساء",
         [("2024/03/12 الساعة 9:05 مساء", "2024-03-12T21:05", "minute")]),
    ],
)
def test_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, PUB) == expected


def test_without_publication_date_relative_values_are_none() -> None:
    refs = extract_times("سافر الوزير أمس وسيعود الأحد المقبل، بعد زيارة بدأت في 3 مايو 2021.")
    assert [(r.value, r.relative) for r in refs] == [
        (None, True), (None, True), (date(2021, 5, 3), False)
    ]


def test_hijri_out_of_range_is_kept_without_value() -> None:
    [ref] = extract_times("كُتبت الرسالة في 12 رجب 1210هـ", PUB)
    assert ref.value is None and ref.granularity == "day"


def test_hijri_with_gregorian_in_brackets_gives_both() -> None:
    refs = extract_times("صدر النظام في 20 شوال 1444هـ (10 مايو 2023)", PUB)
    assert [iso(r.value) for r in refs] == ["2023-05-10", "2023-05-10"]


def test_a_datetime_publication_is_read_as_its_date() -> None:
    assert found("وصل أمس", datetime(2024, 3, 14, 23, 59)) == [("أمس", "2024-03-13", "day")]


def test_spans_leave_out_prepositions_and_keep_era_marks() -> None:
    assert found("وفي 5 شعبان 1445 هـ.", PUB) == [("5 شعبان 1445 هـ", "2024-02-15", "day")]
    assert found("ومنذ 2011 والبلاد", PUB) == [("2011", "2011-01-01", "year")]
    assert found("يوم الخميس", PUB) == [("الخميس", "2024-03-14", "day")]


# --- the grammar --------------------------------------------------------------------------


def test_first_word_gate_hides_nothing() -> None:
    ungated = build_grammar(WORDS, gated=False)
    texts = [c.text for c in load_date_cases(GOLD)]
    texts += ["وفي ال25 من ديسمبر", "بعد ظهر الأحد", "قبيل منتصف ليل السبت"]
    for text in texts:
        norm = normalize(text).text
        gated_hits = [m.span() for m in GRAMMAR.finditer(norm)]
        assert gated_hits == [m.span() for m in ungated.finditer(norm)], text


def test_every_lexicon_key_is_normalised() -> None:
    tables = [WORDS.gregorian, WORDS.hijri, WORDS.weekdays, WORDS.relday, WORDS.unit,
              WORDS.hour, WORDS.ordinal, WORDS.modifier]
    for table in tables:
        for key in table:
            assert normalize(key).text == key


# --- invariants ---------------------------------------------------------------------------

_TOKENS = sorted(
    {*WORDS.gregorian, *WORDS.hijri, *WORDS.weekdays, *WORDS.relday, *WORDS.modifier,
     *WORDS.trigger, *WORDS.hour, "منذ", "الساعة", "عام", "هـ", "م", "ص", "(", ")", "/", "-",
     ":", "،", "\n", "\u200f", "\x00", "ً", "ـ", "٢٠٢٣", "۱۴۴۵", "07", "31", "12", "1443",
     "2022", "3"}
)
TEXTS = st.lists(st.sampled_from(_TOKENS) | st.text(max_size=6), max_size=40).map(
    lambda parts: " ".join(parts)
) | st.text(max_size=300)
DATES = st.none() | st.dates(min_value=date.min, max_value=date.max)


def _check(text: str, refs: list[TimeRef]) -> None:
    end = 0
    for r in refs:
        assert text[r.span.start:r.span.end] == r.span.text
        assert r.span.start >= end and r.span.end > r.span.start
        end = r.span.end


@settings(max_examples=300, deadline=None)
@given(TEXTS, DATES)
def test_never_raises_and_offsets_are_exact(text: str, pub: date | None) -> None:
    _check(text, extract_times(text, pub))


_WRITE_DIGITS = {
    "ascii": str.maketrans("", ""),
    "arabic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
_MONTH_NAMES: dict[int, list[str]] = {}
for _name, _number in WORDS.gregorian.items():
    _MONTH_NAMES.setdefault(_number, []).append(_name)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(sorted(_WRITE_DIGITS)),
    st.data(),
)
def test_any_written_date_reads_back(day: date, digits: str, data: st.DataObject) -> None:
    month_name = data.draw(st.sampled_from(sorted(_MONTH_NAMES[day.month])))
    forms = [
        f"{day.day} {month_name} {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.year}-{day.month:02d}-{day.day:02d}",
    ]
    form = data.draw(st.sampled_from(forms)).translate(_WRITE_DIGITS[digits])
    text = f"وقع ذلك في {form} بحسب البيان."
    refs = extract_times(text, PUB)
    assert [(r.value, r.granularity) for r in refs] == [(day, "day")], form


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(sorted(WORDS.weekdays)))
def test_past_weekday_is_within_the_week_before(pub: date, name: str) -> None:
    [bare] = extract_times(f"أعلنت الشرطة {name} اعتقال مشتبه به", pub)
    [past] = extract_times(f"أعلنت الشرطة {name} الماضي اعتقال مشتبه به", pub)
    assert isinstance(bare.value, date) and isinstance(past.value, date)
    assert bare.value.weekday() == past.value.weekday() == WORDS.weekdays[name]
    assert pub - timedelta(days=6) <= bare.value <= pub
    assert pub - timedelta(days=7) <= past.value < pub


def test_gold_texts_carry_no_urls() -> None:
    # Gold sentences are the team's own: no URLs or e-mail addresses copied from pages.
    for case in load_date_cases(GOLD):
        assert not re.search(r"https?://|www\.|@\w", case.text)
