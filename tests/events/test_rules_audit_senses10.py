"""Senses the tenth real-news audit round found read as events, on the team's own
sentences: fighters who received military training; what was achieved in a project;
forgiveness among people as a virtue; a suspect confronted with the evidence; readiness
raised against rain, fire or heat, or in civil defence and hospitals; a duty professed to
God (ندين به) and a win owed to a player (يدين بفوزه); jobs most in demand; and arms
supplied to a faction told with a pronoun (زودته بصواريخ), which is AID, not an attack;
a visitors' book and visits to a doctor.
Each keeps its event sense beside it. Rules alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import facts, types


@pytest.mark.parametrize(("text", "typ"), [
    # MOBILIZE: training someone received
    ("وأوضح البيان أن المتهمين الثلاثة تلقوا تدريبات عسكرية في معسكر خارج البلاد.", "MOBILIZE"),
    ("وتقول المصادر إن عناصر الجماعة يتلقون تدريبات عسكرية على يد خبراء أجانب.", "MOBILIZE"),
    # ACCUSE: what was achieved, not investigated
    ("وأبدى الزوار إعجابهم بما تحقق في مشروع تطوير الواجهة البحرية.", "ACCUSE"),
    # CONCEDE: forgiveness as a virtue
    ("والعيد فرصة لصلة الأرحام والعفو بين الناس وتصفية القلوب.", "CONCEDE"),
    ("والعيد مناسبة للتسامح والعفو وصلة الرحم.", "CONCEDE"),
    # MOBILIZE: disaster preparedness
    ("وأكد المتحدث أنه تم رفع درجة الاستعداد في مراكز الدفاع المدني تحسبا للأمطار.", "MOBILIZE"),
    ("وأعلنت هيئة الغابات حالة التأهب القصوى خشية اندلاع حرائق جديدة.", "MOBILIZE"),
    # ACCUSE: professing, owing
    ("وخدمة الزوار أمانة ندين بها لله قبل كل شيء.", "ACCUSE"),
    ("ويدين الفريق بفوزه الثمين إلى حارس مرماه.", "ACCUSE"),
    # REQUEST: market demand
    ("وتبقى الحاجة إلى المهندسين، فهم بين الكوادر الأكثر طلبا لدى الشركات.", "REQUEST"),
    # ASSAULT: missiles supplied, no attack
    ("وكانت الحركة مدعومة أميركيا، وزودتها واشنطن بصواريخ مضادة للدروع قبل أن تنهار.", "ASSAULT"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وأجرت القوات البحرية أمس تدريبات عسكرية في مياه الخليج.", "MOBILIZE"),
    ("وقالت النيابة إنها حققت في الحادث أمس واستمعت إلى الشهود.", "ACCUSE"),
    ("وأصدر الرئيس أمس عفوا عن مئات السجناء.", "CONCEDE"),
    ("ودارت مواجهات بين الجيش والمسلحين أمس في أطراف المدينة.", "ASSAULT"),
    ("وأعلنت وزارة الدفاع أمس رفع درجة التأهب في الوحدات المرابطة على الحدود.", "MOBILIZE"),
    ("وأدان وزير الخارجية أمس الهجوم على السفارة.", "ACCUSE"),
    ("وقدمت الحكومة أمس طلبا رسميا إلى الأمم المتحدة للمساعدة.", "REQUEST"),
    ("وزودتها دولة حليفة العام الماضي بصواريخ مضادة للدروع.", "AID"),
    ("وأطلق المسلحون أمس صواريخ على القاعدة العسكرية.", "ASSAULT"),
])
def test_the_event_sense_stays(text: str, typ: str) -> None:
    assert typ in types(text)


@pytest.mark.parametrize("text", [
    "وكتب الوزير في سجل الزيارات كلمة شكر للقائمين على المتحف.",
    "وتراجعت زيارات كبار السن للأطباء بعد تطبيق البرنامج المنزلي.",
])
def test_a_visitors_book_or_a_clinic_visit_is_no_consult(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_a_foreign_visit_stays_consult() -> None:
    assert "CONSULT" in types("وبدأ وزير الخارجية الفرنسي أمس زيارة رسمية إلى الرياض.")


def test_a_suspect_confronted_with_the_evidence_is_no_clash() -> None:
    text = "فتم نصب كمين للشاب، وتم القبض عليه، وبمواجهته اعترف بالواقعة."
    assert not any(text[e.trigger.start:e.trigger.end] == "وبمواجهته" for e in facts(text))


@pytest.mark.parametrize("text", [
    "وأوضح رئيس البلدية أنه تمت مصادرة أكثر من (200) كيلو من الخضار الفاسدة في السوق.",
    "وأشار المشرف إلى أنه تمت مصادرة جميع المضبوطات وإتلافها في الموقع.",
    "وتمت مصادرة أكثر من (40) كرتون عصيرات منتهية الصلاحية.",
    "وصادرت بلدية المحافظة أمس بضائع الباعة الجائلين المخالفين.",
])
def test_goods_seized_by_inspectors_are_no_confiscation(text: str) -> None:
    assert "COERCE" not in types(text)


def test_a_party_confiscating_stays_coerce() -> None:
    assert "COERCE" in types("وصادرت قوات الاحتلال أمس أراضي المزارعين في القرية.")
