"""Senses the seventh real-news audit round found read as events, on the team's own
sentences: a call addressed to the public or the faithful (the Muslims, everyone, parents,
preachers, the youth after its caller) or a preacher's call (فضيلته) that names no act, a
prayer told after a long subject (ودعا … في ختام بيانه بأن يحفظ الله البلاد), a host's
welcome of a delegation or a guest by title, a domestic greeting to those present or the
leadership, sanctions relief as a deal's term (مقابل رفع العقوبات), a warning of a danger
or a trend (حذر من تزايد المخاطر), a source declining to name or comment, sanctions
snapping back under a deal (آلية لإعادة العقوبات), a site visit to a company or a
festival, a present-tense "when" (وعندما ينتقد), fighting ongoing for years (معارك متواصلة
منذ), and an opinion column (closed by a link line to the writer's other columns) whose
undated sentences use ambiguous triggers. Each keeps its event sense beside it. Rules
alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import facts, types

COLUMN_END = " مقالات أخرى للكاتب"


@pytest.mark.parametrize(("text", "typ"), [
    # REQUEST: calls to the public or the faithful, a preacher's call
    ("ودعا مفتي عام المملكة المسلمين إلى المحافظة على الصلاة في أوقاتها.", "REQUEST"),
    ("وطالب مدير الفرع الجميع بالإبلاغ عن المخالفات في الأسواق.", "REQUEST"),
    ("وناشد الواعظ في كلمته الآباء والأمهات بمتابعة أبنائهم.", "REQUEST"),
    ("ودعا رئيس الجمعية المبتعثين إلى التسجيل في الملتقى السنوي.", "REQUEST"),
    ("ودعا فضيلته في خطبته أمس الشباب إلى اغتنام أوقاتهم.", "REQUEST"),
    ("وحث خفر السواحل الأهالي على الابتعاد عن الشاطئ.", "REQUEST"),
    # REQUEST: a prayer after a long subject, a prayer for victory
    ("ودعا الأمين العام للهيئة في ختام كلمته بأن يحفظ الله البلاد من كل سوء.", "REQUEST"),
    ("ثم وقف الخطيب فدعا بالنصر للمقاتلين في كل مكان.", "REQUEST"),
    # SUPPORT: a host's welcome of a delegation or a guest by title
    ("ورحب سموه بالوفد المرافق لمدير الأمن العام في مستهل اللقاء.", "SUPPORT"),
    ("ورحب مدير البيت بأعضاء الوفد الزائر في صالة الضيوف.", "SUPPORT"),
    # ACCUSE, PROTEST: a present-tense "when" in a column
    ("وعندما ينتقد الإعلام الغربي حكوماتنا تصمت قنواتنا عن أخطائه.", "ACCUSE"),
    ("فعندما يحتج الناشطون هناك على أحكام القضاء لا يلتفت إليهم أحد.", "PROTEST"),
    # RETREAT: sanctions relief as a deal's term or an expectation
    ("ووافقت طهران على تقييد برنامجها مقابل رفع العقوبات عنها.", "RETREAT"),
    ("وتتوقع الوزارة زيادة الصادرات فور رفع العقوبات الدولية.", "RETREAT"),
    # THREATEN: a warning of a danger or a trend
    ("وحذر الجيش أمس من تزايد المخاطر الأمنية على الحدود.", "THREATEN"),
    ("وحذر بعض المحللين من تخمة في المعروض النفطي.", "THREATEN"),
    # SUPPORT: a domestic greeting to those present or the leadership
    ("وهنأ اللواء الجميع بهذه المناسبة متمنيا لهم التوفيق.", "SUPPORT"),
    ("ثم ألقى كلمة الأهالي هنأ فيها القيادة بالعيد السعيد.", "SUPPORT"),
    # CONSULT: a site visit to a company or a festival
    ("وزار السفير الياباني الشركة الوطنية للكهرباء في العاصمة.", "CONSULT"),
    # REJECT: a source declining to name, an injured man declining transport
    ("ورفض المصدر الذي طلب عدم ذكر اسمه كشف هوية المسافرين.", "REJECT"),
    ("وأصيب عامل بجرح في يده ورفض النقل إلى المستشفى.", "REJECT"),
    # SANCTION: sanctions snapping back under a deal
    ("ويتضمن الاتفاق آلية لإعادة العقوبات في حال الإخلال به.", "SANCTION"),
    # ASSAULT: fighting ongoing for years
    ("وتشهد المدينة معارك متواصلة منذ صيف 2012 بين الطرفين.", "ASSAULT"),
    # an opinion column's undated argument
    ("ويسعى هؤلاء إلى ضرب استقرار بلادنا بكل وسيلة." + COLUMN_END, "ASSAULT"),
    ("وكانت المجالس وسيلة لقتل الفراغ في ليالي الشتاء." + COLUMN_END, "ASSAULT"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("ودعا وزير الخارجية المجتمع الدولي إلى التحرك لوقف المجازر.", "REQUEST"),
    ("ودعت الحكومة جميع الأطراف إلى ضبط النفس ووقف التصعيد.", "REQUEST"),
    ("وطالب الأهالي بافتتاح مركز للشرطة في القرية.", "REQUEST"),
    ("ودعا المتحدث باسم الحركة أهالي الضفة إلى مواجهة الاحتلال.", "REQUEST"),
    ("ودعا الوالي المواطنين القادرين على حمل السلاح إلى الالتحاق بالمعسكرات.", "REQUEST"),
    ("ورحب مجلس الوزراء بتعيين المبعوث الأممي الجديد إلى اليمن.", "SUPPORT"),
    ("وعندما انسحب الجيش من البلدة دخلها المسلحون أمس.", "RETREAT"),
    ("وقال إن الطائرات قصفت الحي الشرقي أمس عندما تعرض لهجوم بالصواريخ.", "ASSAULT"),
    ("ورفعت الولايات المتحدة العقوبات المفروضة على السودان أمس.", "RETREAT"),
    ("وحذرت واشنطن دمشق من أنها سترد على أي هجوم كيماوي.", "THREATEN"),
    ("وهنأ الرئيس المصري خادم الحرمين الشريفين بعيد الفطر.", "SUPPORT"),
    ("وزار الرئيس الفرنسي الرياض أمس والتقى ولي العهد.", "CONSULT"),
    ("ورفضت الحكومة أمس مطالب المعارضة بإجراء انتخابات مبكرة.", "REJECT"),
    ("وفرض الاتحاد الأوروبي أمس عقوبات جديدة على مسؤولين روس.", "SANCTION"),
    ("واندلعت أمس معارك عنيفة بين الجيش والمسلحين في ريف المدينة.", "ASSAULT"),
    ("وقتل المرشح الرئاسي في عام 1968 على يد مسلح." + COLUMN_END, "ASSAULT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_a_column_keeps_its_unambiguous_triggers() -> None:
    text = "وكان آخرها تفجير مسجد في المدينة وقت صلاة الظهر." + COLUMN_END
    assert "ASSAULT" in {e.type for e in facts(text)}
