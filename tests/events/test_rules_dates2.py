"""Event dates, the dates round (2026-12-04): numeric Hijri dates with spaced slashes and a
year-less ``في 12/3``, a live page's ``(أمس)``, acts "the next day" or "a week later", acts
inside a pluperfect backgrounder, dates of a document a participle names, plans dated
to a month, an announced strike, running days, the lead act of a
``ويأتي`` interval, a wire dateline standing for the publication date, ``كان … قد تلقى``, a
week counted back and ``غير أن`` ("however"), no negation. New sentences of the team's own;
the filter is off."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event
from rasd.text.dates import extract_times
from tests.events.rule_checks import PUB, events  # PUB is a Wednesday, 2026-04-15


def one(text: str, type_: str, word: str, published: date | None = PUB) -> Event:
    found = [e for e in events(text, published) if e.type == type_ and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text, published)]
    return found[0]


# --- the text layer

def test_a_hijri_numeric_date_with_spaced_slashes_is_read() -> None:
    found = extract_times("أوقفت الشرطة المتهم في 3 / 10 / 1447هـ بمدينة جدة.", PUB)
    assert [(t.span.text, t.value, t.granularity) for t in found] == [
        ("3 / 10 / 1447هـ", date(2026, 3, 22), "day")]


def test_a_year_less_day_and_month_after_a_preposition_is_a_date() -> None:
    found = extract_times("وكانت الوزارة قد أعلنت في 7/4 تعليق الرحلات.", PUB)
    assert [(t.span.text, t.value) for t in found] == [("7/4", date(2026, 4, 7))]


def test_a_bare_fraction_or_score_is_no_date() -> None:
    assert extract_times("فاز الفريق 3/1 على ضيفه، وأنجز 3/4 الأشغال.", PUB) == []


def test_an_arrest_on_a_spaced_hijri_date_takes_it() -> None:
    text = "وأوضح البيان أن الجهات الأمنية كانت قد قبضت على المتهم في 3 / 10 / 1447هـ."
    assert one(text, "COERCE", "قبضت").date == date(2026, 3, 22)


# --- a live page's bracketed day

def test_a_live_entry_marked_yesterday_is_dated_yesterday() -> None:
    text = "21:40 (أمس) - قصفت مدفعية الجيش مواقع للمسلحين شرقي مدينة الفاشر."
    e = one(text, "ASSAULT", "قصفت")
    assert (e.date, e.date_basis) == (date(2026, 4, 14), "sentence")


# --- later than the day told

def test_a_release_a_counted_number_of_days_later_is_shifted() -> None:
    text = "اعتقلت الشرطة خمسة ناشطين في 2 أبريل، وأفرجت عنهم بعد ثلاثة أيام."
    assert one(text, "COERCE", "اعتقلت").date == date(2026, 4, 2)
    assert one(text, "RETREAT", "أفرجت").date == date(2026, 4, 5)


def test_an_act_the_next_day_is_one_day_later() -> None:
    text = "احتجزت البحرية الإيرانية ناقلة نفط يوم الجمعة، ثم أفرجت عن طاقمها في اليوم التالي."
    assert one(text, "RETREAT", "أفرجت").date == date(2026, 4, 11)


def test_a_delay_counted_from_another_act_is_not_a_shift() -> None:
    text = "أفرجت السلطات، الاثنين، عن ثلاثة صحفيين بعد أسبوع من اعتقالهم."
    assert one(text, "RETREAT", "أفرجت").date == date(2026, 4, 13)


# --- acts the sentence's date does not belong to

def test_an_act_inside_a_pluperfect_backgrounder_keeps_its_own_month() -> None:
    text = "أفرجت السلطات، أمس، عن ثلاثة صحفيين كانوا قد اعتقلوا في فبراير الماضي."
    assert one(text, "RETREAT", "أفرجت").date == date(2026, 4, 14)
    arrest = one(text, "COERCE", "اعتقلوا")
    assert (arrest.date, arrest.date_precision) == (date(2026, 2, 1), "month")


def test_a_date_a_participle_gives_a_document_dates_no_other_act() -> None:
    text = "وجدد مجلس الأمن دعوته الطرفين إلى الالتزام بالاتفاق الموقع في 5 مارس 2025."
    e = one(text, "REQUEST", "دعوته")
    assert e.date_basis == "published"


def test_a_pluperfect_with_a_form_v_past_is_no_hypothetical() -> None:
    text = "وكان الرئيس قد تلقى اتصالا هاتفيا من نظيره الفرنسي في 2 أبريل."
    e = one(text, "CONSULT", "اتصالا")
    assert not e.hypothetical and e.date == date(2026, 4, 2)


# --- plans

def test_a_plan_for_next_month_takes_that_month() -> None:
    e = one("وسيزور وزير الخارجية الجزائر مطلع الشهر المقبل.", "CONSULT", "يزور")
    assert e.future and (e.date.isoformat()[:7], e.date_precision) == ("2026-05", "month")


def test_a_plan_for_next_week_has_no_date() -> None:
    e = one("وسيزور وزير الخارجية الجزائر الأسبوع المقبل.", "CONSULT", "يزور")
    assert e.date is None or e.date_basis == "published"


def test_an_announced_strike_on_coming_days_is_a_plan_dated_by_its_first_day() -> None:
    e = one("أعلنت النقابة شن إضراب عام يومي 22 و23 أبريل الجاري.", "PROTEST", "إضراب")
    assert e.future and e.date == date(2026, 4, 22)


# --- how long an act has gone on

def test_for_the_nth_day_after_the_act_without_in_a_row() -> None:
    text = "واصل الأطباء إضرابهم عن العمل لليوم السادس احتجاجا على تأخر الأجور."
    assert one(text, "PROTEST", "إضراب").date == date(2026, 4, 10)


def test_its_nth_day() -> None:
    text = "دخل اعتصام عمال الميناء، اليوم الأربعاء، يومه الثالث على التوالي."
    assert one(text, "PROTEST", "اعتصام").date == date(2026, 4, 13)


# --- the lead act of an interval formula

def test_an_interval_after_the_formula_counts_from_the_lead_act() -> None:
    text = ("قصفت طائرات مسيرة مخازن الوقود في مدينة كوستي ليل الاثنين. وأعلن الجيش أن قواته "
            "استهدفت فجر اليوم مواقع للمسلحين قرب المدينة. ويأتي الهجوم بعد يومين من زيارة "
            "وزير الدفاع التركي إلى المدينة.")  # places19: a foreign minister (كوستي is
    # now a known Sudanese town, and a minister's visit to a town of his own country is a
    # domestic courtesy the rules drop)
    assert one(text, "CONSULT", "زيارة").date == date(2026, 4, 11)


# --- a page without a publication date

def test_a_wire_datelines_full_date_stands_for_the_publication_date() -> None:
    text = ("الرياض 20 شوال 1447 هـ الموافق 8 أبريل 2026 م واس - استقبل وزير الخارجية أمس "
            "نظيره العماني في الرياض.")
    doc = analyze(text)
    assert (doc.published.date, doc.published.basis) == (date(2026, 4, 8), "dateline")
    visit = [e for e in doc.events if e.type == "CONSULT"]
    assert visit and visit[0].date == date(2026, 4, 7)


def test_a_date_deep_in_the_first_line_is_no_dateline() -> None:
    doc = analyze("استقبل وزير الخارجية في مكتبه بالعاصمة وفدا رفيعا يوم 8 أبريل 2026 وبحث معه.")
    assert doc.published.basis != "dateline"


# --- a week counted back

def test_a_week_ago_is_a_day_the_text_fixes() -> None:
    text = "وكانت القوات قد اقتحمت البلدة قبل أسبوع واعتقلت أربعة شبان."
    assert one(text, "COERCE", "اعتقلت").date == date(2026, 4, 8)


def test_a_state_lasting_for_weeks_dates_no_act() -> None:
    text = ("تظاهر مئات السكان أمام مبنى البلدية احتجاجا على انقطاع المياه منذ أكثر من أسبوعين. "
            "وفرقت الشرطة المحتجين بالهراوات.")
    e = one(text, "ASSAULT", "فرقت")
    assert e.date != date(2026, 4, 1)


# --- "however" is no negation

def test_however_does_not_negate_the_strike_after_it() -> None:
    text = ("أفرجت الحكومة عن 45 أسيرا. غير أن مسيرة تركية استهدفت، مساء السبت، سيارة على "
            "طريق القامشلي.")
    e = one(text, "ASSAULT", "مسيرة")
    assert not e.negated and e.date == date(2026, 4, 11)
