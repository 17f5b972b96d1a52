"""Task fix53b on the team's own sentences: a second pass on the blind round 53 (ev-2031..
ev-2060). A commodity's subsidy (دعم الوقود، دعم الخبز) is a budget line, no SUPPORT; a student
named in a list of people held or hurt (بينهم طالب، طالب جامعي) is the noun, no demand. And
the readings beside them that stay: affirmed support for a party, a demand told with طالب."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import facts_of_type

PUB = date(2026, 10, 8)  # a Thursday

of_type = partial(facts_of_type, published=PUB)


# --- a commodity's subsidy


def test_a_fuel_subsidy_after_a_saying_verb_is_no_support() -> None:
    text = ("قال وزير المالية التونسي إن الحكومة ماضية في الإصلاح، مؤكدا أن دعم المحروقات "
            "يكلف الخزينة ثلاثة مليارات دينار سنويا.")
    assert of_type(text, "SUPPORT") == []


def test_a_bread_subsidy_is_no_support() -> None:
    text = "أكدت وزيرة التموين الأردنية أن دعم الخبز سيستمر حتى نهاية العام المقبل."
    assert of_type(text, "SUPPORT") == []


def test_affirmed_support_for_a_people_stays() -> None:
    text = "أكدت وزيرة الخارجية النرويجية دعم بلادها للشعب السوداني في محنته."
    assert len(of_type(text, "SUPPORT")) == 1


# --- a student named in a list


def test_a_student_among_the_arrested_is_no_demand() -> None:
    text = ("اعتقلت قوات الاحتلال، فجر اليوم، خمسة مواطنين من بلدة بيت أمر، بينهم طالب "
            "في جامعة الخليل.")
    assert of_type(text, "REQUEST") == []
    assert len(of_type(text, "COERCE")) == 1


def test_a_university_student_is_no_demand() -> None:
    text = "أوقفت الشرطة المصرية طالب جامعي في الإسكندرية بسبب منشور على فيسبوك."
    assert of_type(text, "REQUEST") == []


def test_a_demand_told_with_the_verb_stays() -> None:
    text = "وطالب نقيب المحامين في بيروت بالإفراج عن الموقوفين فورا."
    assert len(of_type(text, "REQUEST")) == 1


# --- a warning that the speaker will strike


def test_a_union_warning_it_will_call_a_strike_is_a_threat() -> None:
    text = ("وحذرت نقابة الأطباء في لبنان من أنها ستدعو إلى إضراب مفتوح في المستشفيات الحكومية "
            "إذا لم تصرف الرواتب.")
    assert len(of_type(text, "THREATEN")) == 1
    assert of_type(text, "PROTEST") == []


def test_a_committee_warning_of_escalation_is_a_threat() -> None:
    text = "وقال المتحدث باسم لجنة المتقاعدين، محذرا من أنهم سيلجؤون إلى التصعيد في الشارع."
    assert len(of_type(text, "THREATEN")) == 1


def test_a_strike_held_stays_a_protest() -> None:
    text = "نفذ عمال شركة الغزل في المحلة إضرابا شاملا عن العمل صباح اليوم."
    assert len(of_type(text, "PROTEST")) == 1
    assert of_type(text, "THREATEN") == []


# --- a long-named body affirming its own support


def test_a_union_with_a_long_name_affirming_its_support() -> None:
    text = ("وأكدت الرابطة الوطنية لأساتذة التعليم الثانوي في الجزائر دعمها للمعلمين "
            "المضربين في ولاية وهران.")
    assert len(of_type(text, "SUPPORT")) == 1


def test_a_pronoun_of_another_party_is_no_support() -> None:
    # أكد (masculine) and دعمها (feminine): the support is Tehran's, not the speaker's
    text = "أكد وزير الخارجية الكندي أن طهران ستبقى معزولة بسبب دعمها للجماعات المسلحة."
    assert of_type(text, "SUPPORT") == []
