"""Round-19 rules on the team's own sentences: a force deployed in the singular, clearance
revenues deducted from the Palestinian Authority, an agreement signed after two long names
and a time insert, and pages whose flood or storm use the words of sieges and alerts."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(facts_of_type, published=PUB)


def test_deploying_a_force_in_the_singular_is_a_mobilisation() -> None:
    text = "وأعلنت الحكومة نشر قوة مشتركة قوامها ثلاثة آلاف جندي على الحدود."
    deployed = of_type(text, "MOBILIZE")
    assert deployed and deployed[0].mode == "troops"


def test_publishing_an_article_on_strength_is_no_deployment() -> None:
    text = "ونشر الكاتب مقالا عن قوة الاقتصاد الوطني في مواجهة الأزمات."
    assert not of_type(text, "MOBILIZE")


def test_deducting_clearance_revenues_is_a_sanction() -> None:
    text = "قررت الحكومة الإسرائيلية، أمس، اقتطاع 50 مليون دولار من أموال المقاصة المستحقة للسلطة."
    cut = of_type(text, "SANCTION")
    assert cut and cut[0].mode == "discontinue"


def test_a_partnership_signed_after_two_long_names_and_a_time_insert() -> None:
    text = ("وقع الاتحاد الأوروبي ومجلس التعاون لدول الخليج العربية، أمس الثلاثاء في بروكسل، "
            "اتفاقية شراكة في مجال الطاقة.")
    assert of_type(text, "SUPPORT")


def test_people_the_water_trapped_are_not_besieged() -> None:
    text = "وقالت الحماية المدنية إن عناصرها أنقذوا 60 شخصا حاصرتهم المياه داخل سياراتهم."
    assert not [e for e in events(text, PUB) if e.type == "COERCE"]


def test_an_alert_before_a_storm_is_no_mobilisation() -> None:
    text = ("وأمر الوزير المحافظين برفع حالة التأهب القصوى، فيما حذرت هيئة الأرصاد الجوية من "
            "اضطرابات جوية جديدة خلال الليل.")
    assert not [e for e in events(text, PUB) if e.type == "MOBILIZE"]


def test_troops_on_alert_at_a_border_stay_a_mobilisation() -> None:
    text = "ورفع الجيش حالة التأهب القصوى على الحدود الشرقية بعد حشد قوات معادية."
    assert of_type(text, "MOBILIZE")


def test_a_trend_of_attacks_is_no_attack_of_its_own() -> None:
    text = "وتصاعدت هجمات المسلحين على نقاط الجيش في المنطقة منذ بداية العام."
    assert not [e for e in events(text, PUB) if e.type == "ASSAULT"]


def test_clashes_escalating_on_a_day_stay_an_assault() -> None:
    text = "وتصاعدت الاشتباكات في المدينة مساء الأحد بعد مقتل قيادي."
    assert [e for e in events(text, PUB) if e.type == "ASSAULT"]


def test_a_threat_told_with_a_form_v_verb_takes_its_paragraphs_day() -> None:
    text = ("قصفت مسيرات تابعة لقوات الدعم السريع، أمس الثلاثاء، مطار مدينة كادوقلي. "
            "وتوعد قائد الجيش بالرد على الهجوم.")
    threats = of_type(text, "THREATEN")
    assert threats and threats[0].date == date(2026, 12, 1)
