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
