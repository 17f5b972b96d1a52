"""Refusals not to go back before a demand is met (gold README, "Refusals not to return or
leave before a demand", settled 2026-12-05 (20)): a party that will not return to its work,
its classes, the sea or a session before, until or unless its demand is met states a standing
refusal, REJECT/yield. A situation that will not return to normal, a player out injured and
talks a party will not go back to (REJECT/meet) are not this reading."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 10, 7)

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


def test_teachers_who_will_not_go_back_before_a_bonus_refuse() -> None:
    text = "وقال نائب نقيب المعلمين إن المعلمين «لن يعودوا إلى المدارس قبل صرف العلاوة»."
    assert modes(text, "REJECT") == ["yield"]


def test_a_first_person_refusal_quoted_before_its_speaker() -> None:
    text = "«لن نعود إلى العمل قبل إقرار الزيادة»، هكذا قال رئيس النقابة أمام المعتصمين في الرباط."
    assert modes(text, "REJECT") == ["yield"]


def test_a_union_that_will_not_return_to_work_before_its_wages() -> None:
    text = "وأكدت نقابة عمال الموانئ أنها لن تعود إلى العمل قبل صرف الرواتب المتأخرة."
    assert modes(text, "REJECT") == ["yield"]


def test_blocs_that_will_not_come_back_until_an_agreement() -> None:
    text = "وقال النائب إن الكتل لن تعود إلا بعد التوافق على صيغة نهائية للقانون."
    assert modes(text, "REJECT") == ["yield"]


def test_fishermen_who_will_not_go_back_to_sea_before_their_colleagues_return() -> None:
    text = "وقال أحد المحتجين إن الصيادين «لن يعودوا إلى البحر قبل الإفراج عن زملائهم»."
    assert modes(text, "REJECT") == ["yield"]


def test_life_that_will_not_return_to_normal_is_no_refusal() -> None:
    text = ("وقال مسؤول في الدفاع المدني إن الحياة لن تعود إلى طبيعتها قبل أسابيع "
            "في المدينة المنكوبة.")
    assert not all_of_type(text, "REJECT")


def test_prices_that_will_not_return_to_their_level_are_no_refusal() -> None:
    text = "وقال الخبير إن الأسعار لن تعود إلى مستواها السابق قبل نهاية العام."
    assert not all_of_type(text, "REJECT")


def test_an_injured_player_is_no_refusal() -> None:
    text = "وقال المدرب إن اللاعب لن يعود إلى الملاعب قبل شهرين بسبب الإصابة."
    assert not all_of_type(text, "REJECT")


def test_talks_a_party_will_not_go_back_to_stay_a_refusal_of_talks() -> None:
    text = "وأكدت الجبهة أنها «لن تعود إلى المفاوضات قبل سحب المشروع»."
    assert modes(text, "REJECT") == ["meet"]


def test_fighters_who_will_not_withdraw_before_a_relief_are_no_refusal() -> None:
    text = "وقال قائد الفصيل إن مقاتليه لن ينسحبوا قبل وصول القوات الحكومية."
    assert not all_of_type(text, "REJECT")


def actors(text: str) -> list[str | None]:
    return [e.actor.span.text if e.actor else None for e in of_type(text, "REJECT")]


def test_the_refusal_is_its_speakers_not_the_quoted_crowds() -> None:
    text = ("وقال أحد المزارعين لوكالة محلية إن المحتجين «لن يغادروا الساحة قبل أن تتراجع "
            "الوزارة عن قرارها».")
    assert actors(text) == ["أحد المزارعين"]


def test_the_speaker_told_after_the_quote_refuses() -> None:
    text = "«لن نعود إلى العمل قبل صرف الرواتب»، هكذا قال رئيس نقابة عمال الموانئ سامي الخطيب."
    assert any(a is not None and "سامي الخطيب" in a for a in actors(text))
