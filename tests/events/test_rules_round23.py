"""Round-23 rules on the team's own sentences: a conditional warning of retaliation, the
Turkish "neutralised", deportations after a count, a position received from a force, roads
reopened in the active voice, money allotted to help another party, signing a road map,
and the non-event senses next to them (a storm that strikes, a battle of history or of
opinion, an army's own intelligence, a minister with his staff, inspectors' raids, the
police clearing a road, a series noun, weapon systems put on alert, an agreement's terms)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type

PUB = date(2026, 3, 11)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)


def _types(text: str) -> set[str]:
    return {e.type for e in events(text, PUB)}


def test_a_conditional_warning_of_retaliation_is_a_threat() -> None:
    text = "وقال قائد الجيش إن أي هجوم على حدودنا الشمالية سيقابل برد حاسم وسريع."
    threats = of_type(text, "THREATEN")
    assert threats and threats[0].mode == "violence"
    assert not of_type(text, "ASSAULT")


def test_neutralised_fighters_are_an_attack() -> None:
    text = "وأعلنت وزارة الدفاع تحييد تسعة إرهابيين في عملية جوية شمالي سوريا."
    assert of_type(text, "ASSAULT")


def test_a_sole_official_is_not_neutralised() -> None:
    text = "وأكد أن الحوار هو السبيل الوحيد للتعامل مع المسلحين في المنطقة."
    assert not of_type(text, "ASSAULT")


def test_deporting_a_singular_nationality_after_a_count() -> None:
    text = "ورحّلت السلطات التركية، خلال الشهر الماضي، أكثر من خمسة آلاف أفغاني عبر مطار إسطنبول."
    deported = of_type(text, "COERCE")
    assert deported and deported[0].mode == "deport"


def test_a_position_received_from_a_force_is_a_withdrawal() -> None:
    text = "وتسلم الجيش الصومالي من قوات البعثة الأفريقية ثلاثة مواقع في إقليم شبيلي السفلى."
    retreats = of_type(text, "RETREAT")
    assert retreats and retreats[0].mode == "withdraw"


def test_a_road_reopened_in_the_active_voice() -> None:
    text = "وأعادت السلطات المحلية فتح طريق الحديدة - صنعاء أمام المدنيين بعد إغلاق دام ثلاث سنوات."
    reopened = of_type(text, "RETREAT")
    assert reopened and reopened[0].mode == "ease"


def test_the_police_clearing_a_road_is_no_concession() -> None:
    text = "وأعادت قوات الأمن فتح الطريق بعد ساعتين من إغلاقه بالإطارات المشتعلة."
    assert not of_type(text, "RETREAT")


def test_money_allotted_to_help_another_country_is_aid() -> None:
    text = "وأعلنت اليابان تخصيص 40 مليون دولار لمساعدة لبنان على إعادة تأهيل المدارس."
    aid = of_type(text, "AID")
    assert aid and aid[0].mode == "economic"


def test_a_domestic_budget_line_is_no_aid() -> None:
    text = "وخصصت الوزارة مليوني ريال لمساعدة الطلاب المتعثرين في سداد الرسوم."
    assert not of_type(text, "AID")


def test_signing_a_road_map_is_a_signing() -> None:
    text = "ووقع وزيرا خارجية البلدين، أمس، خارطة الطريق الجديدة للتعاون الأمني."
    assert _types(text) & {"AGREE", "SUPPORT"}


def test_a_storm_that_strikes_a_coast_is_weather() -> None:
    text = "ضربت العاصفة سواحل الولاية فجر اليوم، وهاجمت الرياح العاتية القرى القريبة من البحر."
    assert not of_type(text, "ASSAULT")


def test_a_battle_of_history_and_of_opinion_are_no_attack() -> None:
    assert not of_type("وألقى المؤرخ محاضرة عن معركة حطين ونتائجها.", "ASSAULT")
    assert not of_type("ويرى الكاتب أن الحكومة خسرت معركة الرأي العام.", "ASSAULT")


def test_an_armys_own_intelligence_is_no_sharing() -> None:
    text = "ونفذت القوات عملية دهم بناء على معلومات استخبارية عن وجود مطلوبين في القرية."
    assert not of_type(text, "COOPERATE")


def test_intelligence_another_party_supplied_stays_cooperation() -> None:
    text = "واعتقلت الشرطة المشتبه به بناء على معلومات استخبارية قدمتها أجهزة الأمن المغربية."
    assert of_type(text, "COOPERATE")


def test_a_ministers_meeting_with_his_staff_is_no_consultation() -> None:
    text = "وعقد الوزير اجتماعا مع مديري المناطق لمتابعة استعدادات استقبال موسم الحج."
    assert not of_type(text, "CONSULT")


def test_inspectors_raiding_shops_make_no_arrest() -> None:
    text = "ونفذت فرق الرقابة الصحية حملة مداهمات على المطاعم المخالفة في وسط المدينة."
    assert not of_type(text, "COERCE")


def test_a_warning_of_a_worsening_crisis_is_no_threat() -> None:
    text = "وحذرت منظمة الصحة العالمية في بيان اليوم من تدهور الوضع الصحي في المخيمات."
    assert not of_type(text, "THREATEN")


def test_a_series_noun_retells_the_act() -> None:
    text = ("وأعلنت البحرية أنها أغرقت زورقا للمهربين قبالة السواحل، في رابع عملية من "
            "نوعها خلال الشهر.")
    assert len(of_type(text, "ASSAULT")) <= 1


def test_weapon_systems_put_on_alert_are_no_shelling() -> None:
    text = "ووضع الجيش منظومات الصواريخ المضادة للطائرات في حالة تأهب قصوى."
    assert not of_type(text, "ASSAULT")


def test_a_missile_test_with_the_plural() -> None:
    text = "واختبرت البحرية الإيرانية صواريخ مضادة للسفن خلال المناورات."
    tests = of_type(text, "MOBILIZE")
    assert tests and tests[0].mode == "weapons"


def test_an_agreements_terms_are_not_done_acts() -> None:
    text = "وتوصل الطرفان إلى هدنة تقضي بانسحاب المقاتلين من وسط المدينة."
    assert not of_type(text, "RETREAT")


def test_the_feminine_dual_agreement_takes_its_content() -> None:
    text = "وأعلنت الرياض أن المملكة والكويت اتفقتا على استئناف الإنتاج في المنطقة المقسومة."
    assert of_type(text, "AGREE")
    assert not of_type(text, "COOPERATE")
