"""Gold conventions settled in session 2026-12-04 (13) (tests/gold/events/README.md), on the
team's own sentences, rules alone (the filter off).

* Calls to protest: a call on the public, members or followers to march, strike or boycott
  is a future PROTEST of the caller in the mode called; a call on an authority or a state
  stays a REQUEST (rasd.events.senses.calls).
* Charges: a charge named with an arrest, detention, sentence, listing or expulsion
  (بتهمة X) is ACCUSE/allege of the acting party beside the act; the act charged is no
  event; a served sentence's or a wanted person's charge is none (rasd.events.actors.charges).
* Background acts after إثر/بعد/عقب told for the first time are events, undated.
* Protest sub-acts: the crowd's means at its own place and day (burning tyres, blocking
  the streets it marches in) join the protest; acts elsewhere, another day or of another
  kind (a riot, an arson) are their own.
"""

from __future__ import annotations

import pytest

from tests.events.rule_checks import events


@pytest.mark.parametrize(("text", "mode"), [
    ("ودعت المعارضة المواطنين إلى التظاهر يوم الجمعة.", "demo"),
    ("ودعا الحزب المواطنين إلى مقاطعة الانتخابات البرلمانية.", "boycott"),
    ("ودعت الهيئة منخرطيها إلى وقفة احتجاجية أمام قصر العدالة.", "demo"),
    ("ودعت نقابة عمال النقل أعضاءها إلى إضراب عن العمل في الموانئ.", "strike"),
    ("ودعا التحالف إلى مواصلة التظاهر حتى رحيل الحكومة.", "demo"),
    ("ودعا الحزب إلى مسيرة جديدة في العاصمة.", "demo"),
    ("ودعت المعارضة أنصارها إلى التظاهر أمام البرلمان.", "demo"),
])
def test_a_call_on_the_public_to_protest_is_a_future_protest(text: str, mode: str) -> None:
    found = events(text)
    protests = [e for e in found if e.type == "PROTEST"]
    assert [(e.mode, e.future) for e in protests] == [(mode, True)]
    assert not any(e.type == "REQUEST" for e in found)


def test_the_caller_leads_the_called_protest() -> None:
    found = [e for e in events("ودعت نقابة المعلمين أعضاءها إلى اعتصام أمام وزارة التربية.")
             if e.type == "PROTEST"]
    assert len(found) == 1
    assert found[0].actor is not None and "نقابة المعلمين" in found[0].actor.span.text


@pytest.mark.parametrize("text", [
    "ودعت المفوضية الأوروبية السلطات الصربية إلى احترام حق التظاهر السلمي.",
    "ودعا الأمين العام السلطات إلى عدم قمع الاحتجاجات السلمية.",
    "ودعت الجامعة العربية الدول الأعضاء إلى مقاطعة المنتجات الإسرائيلية.",
])
def test_a_call_on_an_authority_or_a_state_stays_a_request(text: str) -> None:
    found = events(text)
    assert any(e.type == "REQUEST" for e in found)
    assert not any(e.type == "PROTEST" and e.future for e in found)


def test_a_pluperfect_call_tells_the_protest_held() -> None:
    found = [e for e in events("وكانت الحركة قد دعت عبر منصات التواصل إلى احتجاجات سلمية "
                               "لليوم الخامس على التوالي.") if e.type == "PROTEST"]
    assert len(found) == 1 and not found[0].future


@pytest.mark.parametrize(("text", "actor"), [
    ("اعتقلت الشرطة ثلاثة أشخاص في المدينة بتهمة الانتماء إلى خلية إرهابية.", "الشرطة"),
    ("طردت الهند دبلوماسيا باكستانيا بتهمة التجسس.", "الهند"),
    ("وأصدرت النيابة العمومية بطاقة إيداع بالسجن في حق المحامية بتهمة نشر أخبار زائفة.",
     "النيابة العمومية"),
    ("وأعلنت وزارة الداخلية توقيف 43 شخصا خلال الليل بتهم «العصيان».", "وزارة الداخلية"),
])
def test_a_charge_given_for_an_act_is_the_acting_partys_allegation(text: str,
                                                                   actor: str) -> None:
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert [e.mode for e in found] == ["allege"]
    assert found[0].actor is not None and actor in found[0].actor.span.text


def test_the_act_charged_is_no_event() -> None:
    found = events("اعتقلت الشرطة شابا في الحي بتهمة قتل جاره.")
    assert {e.type for e in found} == {"COERCE", "ACCUSE"}


@pytest.mark.parametrize("text", [
    "وأصدر الرئيس عفوا عن كاتب كان يقضي حكما بالسجن خمس سنوات بتهمة المساس بالوحدة الوطنية.",
    "وسلمت السلطات السورية العراق أربعة مطلوبين بتهم إرهابية.",
])
def test_a_charge_that_describes_a_standing_is_no_accusation(text: str) -> None:
    assert not any(e.type == "ACCUSE" for e in events(text))


def test_a_closure_told_as_the_background_of_a_reopening_is_its_own_undated_event() -> None:
    found = events("وأعادت السلطات فتح المعبر أمام الشاحنات صباح اليوم، إثر إغلاق استمر ثلاثة "
                   "أيام بسبب اشتباكات على الحدود.")
    closures = [e for e in found if e.type == "COERCE"]
    # undated: no date of its own (the publication date stands in only as a fallback)
    assert len(closures) == 1 and closures[0].date_basis in ("published", "none")
    assert any(e.type == "RETREAT" for e in found)


def test_a_closure_for_bad_weather_is_no_event() -> None:
    found = events("وأعادت السلطات فتح المنفذ أمام الشاحنات بعد إغلاقه يومين بسبب سوء الأحوال "
                   "الجوية.")
    assert not any(e.type in ("COERCE", "SANCTION") for e in found)


@pytest.mark.parametrize("text", [
    "وخرج مئات المواطنين مساء الثلاثاء في مسيرات غاضبة في مدينة عدن احتجاجا على انقطاع "
    "الكهرباء، وأحرق محتجون إطارات السيارات وأغلقوا عددا من الشوارع الرئيسية.",
    "وأضافت المديرية أن المحتجين أحرقوا عجلات مطاطية وأغلقوا عددا من الطرق الرئيسية.",
])
def test_burning_tyres_is_a_means_of_the_protest_not_a_riot(text: str) -> None:
    protests = [e for e in events(text) if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].mode != "riot"


def test_arson_of_a_building_by_protesters_stays_an_act_of_its_own() -> None:
    found = [e for e in events("وأحرق محتجون مقر الحزب الحاكم في المدينة.")
             if e.type == "PROTEST"]
    assert [e.mode for e in found] == ["riot"]
