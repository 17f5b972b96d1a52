"""Casualty counts of events (tolls round 2) on the team's own sentences: a verbal noun
counted like a noun (أكثر من 40 إصابة), a singular noun with its numeral adjective
(قتيل واحد) and a dual joined to it (وجريحين), dual verbs after a count (جنديين قتلا), and
victims told as more of the same act in a sentence of their own (إصابات أخرى، قتلوا أيضا)."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event
from tests.events.rule_checks import bounds, counts

PUB = date(2026, 11, 24)  # a Tuesday


def of_type(text: str, type_: str) -> list[Event]:
    return [e for e in analyze(text, published=PUB).events if e.type == type_]


# --- the casualty layer

def test_a_counted_verbal_noun_is_the_wounded() -> None:
    assert counts("واستقبل المستشفى الميداني أكثر من 25 إصابة بعد القصف.") == [
        ("injured", 26, None)]
    assert counts("وسجلت الطواقم 17 إصابة في صفوف المتظاهرين.") == [("injured", 17, 17)]


def test_a_verbal_noun_with_its_own_count_keeps_it() -> None:
    # the 3 is the killed count of مقتل, the 6 the wounded of إصابة
    assert counts("مقتل 3 وإصابة 6 في انفجار لغم.") == [
        ("killed", 3, 3), ("injured", 6, 6)]


def test_a_disease_count_stays_out() -> None:
    assert counts("سجلت الوزارة 40 إصابة بالكوليرا خلال أسبوع.") == []


def test_one_after_a_singular_noun_is_its_adjective() -> None:
    assert counts("وأسفر التفجير عن قتيل واحد وجريحين.") == [
        ("killed", 1, 1), ("injured", 2, 2)]
    assert counts("ما أدى إلى سقوط جريح واحد.") == [("injured", 1, 1)]


def test_a_dual_verb_after_its_count() -> None:
    assert counts("وأفاد المصدر بأن جنديين قتلا في الكمين.") == [("killed", 2, 2)]
    assert counts("وقال الجيش إن جنديين أصيبا بشظايا.") == [("injured", 2, 2)]


# --- attached to events

def test_more_wounded_told_apart_are_added() -> None:
    text = ("قتل مسلحون تسعة قرويين في هجوم على قرية بولاية كاتسينا، ليل الأحد. وقال مسؤول "
            "إن المستشفى العام استقبل خمسة جرحى، فيما نقلت ثلاث إصابات أخرى إلى عيادة خاصة.")
    (e,) = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (9, 9)
    assert bounds(e.injured) == (8, 8)


def test_a_later_toll_still_updates() -> None:
    text = ("قتل أربعة أشخاص على الأقل في قصف على سوق في مدينة الفاشر، أمس الاثنين. "
            "وقال مسعفون إن حصيلة القتلى ارتفعت إلى سبعة.")
    (e,) = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (7, 7)


def test_the_wounded_of_an_explosion_of_one_and_two() -> None:
    text = ("أسفر انفجار عبوة ناسفة استهدفت دورية للشرطة في قضاء المقدادية، مساء الاثنين، "
            "عن قتيل واحد وجريحين.")
    (e,) = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (1, 1)
    assert bounds(e.injured) == (2, 2)
