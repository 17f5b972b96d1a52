"""Senses the sixth real-news audit round found read as events, on the team's own
sentences: whoever kills (ومن يقتل) and acts that kill innocents told in the present, killing
named after destruction, an accident (بالخطأ) and a stray bullet, what a recruit was trained
in, an inspection campaign that targeted shops, the toll of a conflict ongoing for years, a
page's closing tag line (سمات), the course of education or of joint work (مسيرة التعليم),
relief agencies named, spoiled food seized by inspectors, the Ministry of Labour named as a
subject, a licence withdrawn from a business, the protocol line of who met an arrival,
unity (اجتماع الكلمة), a site visit to hospitals or schools, filling with water, greetings
exchanged at a gathering and praise of a body's own staff or the security men. Each keeps
its event sense beside it. Rules alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import facts, types


@pytest.mark.parametrize(("text", "typ"), [
    # ASSAULT: whoever kills, a present characterisation, destruction and killing
    ("ومن يقتل نفسا بريئة يلقى جزاءه في الآخرة.", "ASSAULT"),
    ("وتساءل الكاتب في مقاله: ومن يقتل وبأمر من؟", "ASSAULT"),
    ("وقال الوزير إن الجماعات التي تقتل الأبرياء لا تمثل أي دين.", "ASSAULT"),
    ("وتحدث النازحون عن صور دمار وقتل عاشوها طوال الشتاء.", "ASSAULT"),
    # ASSAULT: an accident, a stray bullet, training content, an inspection campaign
    ("وتعرض عامل بالخطأ لإطلاق نار من زميله أثناء رحلة الصيد.", "ASSAULT"),
    ("وأصيبت امرأة برصاصة طائشة خلال حفل زفاف في القرية.", "ASSAULT"),
    ("وأقر المتهم بأنه تلقى تدريبا على طرق تنفيذ عمليات التفجير.", "ASSAULT"),
    ("ونفذت البلدية حملات تفتيشية استهدفت المطاعم في وسط المدينة.", "ASSAULT"),
    # ASSAULT: the toll of a conflict ongoing for years
    ("وأدى النزاع المستمر منذ عشر سنوات إلى مقتل آلاف المدنيين.", "ASSAULT"),
    # PROTEST: the course of education or of joint work
    ("وأشاد الوزير بما حققته مسيرة التعليم في المنطقة.", "PROTEST"),
    ("وتواصل الحكومة دعم مسيرة العمل العربي المشترك في كل القضايا.", "PROTEST"),
    # AID: relief agencies named, spoiled food
    ("وقال مسؤول في أجهزة الإغاثة لوكالة الأنباء إن 12 شخصا قتلوا.", "AID"),
    ("وضبطت البلدية شاحنة محملة بمواد غذائية منتهية الصلاحية.", "AID"),
    # COERCE: the Ministry of Labour as subject, a business's licence, food seized
    ("وعلقت وزارة العمل نشاط مكتب للاستقدام لمخالفته اللائحة.", "COERCE"),
    ("وتضمن قرار الهيئة إلغاء الترخيص وإغلاق المستودع.", "COERCE"),
    ("وتمت مصادرة نحو مئة كيلو من اللحوم في أحد المستودعات.", "COERCE"),
    # CONSULT: who met an arrival, unity
    ("وكان في استقبال الوزير لدى وصوله المطار محافظ المدينة.", "CONSULT"),
    ("ولا تزيدنا هذه المحن إلا تلاحما وقوة واجتماعا.", "CONSULT"),
    ("ولن يزيدنا ما جرى إلا ثباتا واجتماع كلمة.", "CONSULT"),
    ("وقال نائب الوزير أثناء زيارته لمستشفيات المنطقة إن الخدمات تحسنت.", "CONSULT"),
    # MOBILIZE: filling with water
    ("وتتولى البلدية صيانة الخزانات ومتابعة تعبئتها بالماء.", "MOBILIZE"),
    # SUPPORT: greetings exchanged, praise of own staff or the security men
    ("وبادل سمو محافظ المدينة الحضور التهنئة بعيد الأضحى.", "SUPPORT"),
    ("وأشاد المدير بجهود رجال الأمن في تنظيم الحشود.", "SUPPORT"),
    ("وثمن رئيس الجامعة جهود العاملين في عمادة القبول.", "SUPPORT"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش أمس.", "ASSAULT"),
    ("وقتلت الغارة الأبرياء في السوق المزدحم صباح أمس.", "ASSAULT"),
    ("وأطلق قناص النار على المتظاهرين فقتل اثنين منهم.", "ASSAULT"),
    ("وشن الجيش أمس غارات استهدفت مواقع المسلحين في الجبال.", "ASSAULT"),
    ("وخرجت مسيرة حاشدة في وسط العاصمة تطالب بالإصلاح.", "PROTEST"),
    ("وأرسلت الكويت مواد غذائية إلى اللاجئين في الأردن.", "AID"),
    ("وسحبت الحكومة ترخيص القناة الفضائية بسبب تغطيتها للاحتجاجات.", "COERCE"),
    ("وصادرت الشرطة كميات من الأسلحة خلال مداهمة أمس.", "COERCE"),
    ("واستقبل الملك في قصره أمس رئيس وزراء باكستان.", "CONSULT"),
    ("واجتمع وزراء الخارجية العرب أمس في القاهرة.", "CONSULT"),
    ("وأشاد الرئيس الفرنسي بجهود المملكة في مكافحة الإرهاب.", "SUPPORT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_a_closing_tag_line_reports_no_event() -> None:
    text = "قتل خمسة جنود أمس في هجوم على قاعدة عسكرية شمال البلاد. سمات تفجير قصف الجيش"
    found = facts(text)
    assert {e.type for e in found} == {"ASSAULT"}
    tags = text.index("سمات")
    assert all(e.trigger.start < tags for e in found)


def test_the_word_for_traits_in_prose_is_no_tag_line() -> None:
    text = "ومن سمات الحرب الحديثة القصف من الجو. وقصفت الطائرات القرية أمس فقتلت ثلاثة مدنيين."
    assert "ASSAULT" in types(text)
