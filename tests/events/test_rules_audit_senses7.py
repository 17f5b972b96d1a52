"""Senses the seventh real-news audit round found read as events, on the team's own
sentences: a call addressed to the public or the faithful (the Muslims, everyone, parents,
preachers, the youth after its caller) or a preacher's call (فضيلته) that names no act, a
prayer told after a long subject (ودعا … بأن يديم الله الأمن), a host's
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
    ("ودعا إمام الجامع في كلمته المسلمين إلى صلة الأرحام.", "REQUEST"),
    ("وطالب رئيس البلدية الجميع بالمحافظة على نظافة الحدائق.", "REQUEST"),
    ("وناشد المرشد التربوي الآباء بتخصيص وقت أطول لأطفالهم.", "REQUEST"),
    ("ودعا الملحق الثقافي المبتعثين إلى حضور حفل التخرج في لندن.", "REQUEST"),
    ("وحث فضيلته المصلين على الإكثار من الصدقة في رمضان.", "REQUEST"),
    ("وحثت إدارة الدفاع المدني الأهالي على عدم الاقتراب من مجاري السيول.", "REQUEST"),
    # REQUEST: a prayer after a long subject, a prayer for victory
    ("ودعا رئيس الاتحاد الطلابي في نهاية الحفل بأن يديم الله الأمن على الوطن.", "REQUEST"),
    ("وختم الشاعر قصيدته فدعا بالنصر لجنود الوطن.", "REQUEST"),
    # SUPPORT: a host's welcome of a delegation or a guest by title
    ("ورحب المحافظ بالوفد الزائر من الغرفة التجارية في بداية الجلسة.", "SUPPORT"),
    ("ورحبت عميدة الكلية بأعضاء الفريق الطلابي القادم من الجامعة الشقيقة.", "SUPPORT"),
    # ACCUSE, PROTEST: a present-tense "when" in a column
    ("وعندما ينتقد أحد النواب أداء الوزارة يسارع المتحدث إلى الرد.", "ACCUSE"),
    ("فعندما يحتج الناشطون هناك على أحكام القضاء لا يلتفت إليهم أحد.", "PROTEST"),
    # RETREAT: sanctions relief as a deal's term or an expectation
    ("وقبل الطرفان بخفض التخصيب مقابل رفع العقوبات الاقتصادية تدريجيا.", "RETREAT"),
    ("وتأمل الشركات استئناف أعمالها في البلاد فور رفع العقوبات الدولية.", "RETREAT"),
    # THREATEN: a warning of a danger or a trend
    ("وحذرت منظمة الصحة من تزايد المخاطر الصحية في المخيمات.", "THREATEN"),
    ("وحذر خبراء الاقتصاد من تراجع الطلب على الحديد هذا العام.", "THREATEN"),
    # SUPPORT: a domestic greeting to those present or the leadership
    ("وهنأ مدير الجامعة الخريجين بتخرجهم في الحفل.", "SUPPORT"),
    ("وفي كلمته هنأ رئيس المركز القيادة بحلول شهر رمضان.", "SUPPORT"),
    # CONSULT: a site visit to a company or a festival
    ("وزار وزير الصناعة مصنع الإسمنت في المنطقة الشرقية.", "CONSULT"),
    # REJECT: a source declining to name, an injured man declining transport
    ("ورفض المتحدث باسم الشركة التعليق على الخبر.", "REJECT"),
    ("وتعرض سائق لكدمات خفيفة في الحادث ورفض نقله بالإسعاف.", "REJECT"),
    # SANCTION: sanctions snapping back under a deal
    ("وشرح الوزير كيف تعمل آلية إعادة العقوبات.", "SANCTION"),
    # ASSAULT: fighting ongoing for years
    ("وتدور في الإقليم معارك متواصلة منذ ثلاثة أعوام بين الجيش والمتمردين.", "ASSAULT"),
    # an opinion column's undated argument
    ("ويسعى هؤلاء إلى ضرب استقرار بلادنا بكل وسيلة." + COLUMN_END, "ASSAULT"),
    ("وكانت القراءة عنده طريقة لقتل الوقت في السفر." + COLUMN_END, "ASSAULT"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("ودعا وزير الخارجية المجتمع الدولي إلى التحرك لوقف المجازر.", "REQUEST"),
    ("ودعت الحكومة جميع الأطراف إلى ضبط النفس ووقف التصعيد.", "REQUEST"),
    ("وطالب الأهالي بإعادة فتح الطريق المؤدي إلى القرية.", "REQUEST"),
    ("ودعا قائد الفصيل الشباب إلى مواجهة القوات المقتحمة.", "REQUEST"),
    ("ودعا الوالي المواطنين القادرين على حمل السلاح إلى الالتحاق بالمعسكرات.", "REQUEST"),
    ("ورحبت الجامعة العربية بتعيين مبعوث أممي جديد إلى ليبيا.", "SUPPORT"),
    ("وعندما انسحب الجيش من البلدة دخلها المسلحون أمس.", "RETREAT"),
    ("وقال إن الطائرات قصفت الحي الشرقي أمس عندما تعرض لهجوم بالصواريخ.", "ASSAULT"),
    ("ورفعت الولايات المتحدة العقوبات المفروضة على السودان أمس.", "RETREAT"),
    ("وحذرت واشنطن دمشق من أنها سترد على أي هجوم كيماوي.", "THREATEN"),
    ("وهنأ الرئيس المصري خادم الحرمين الشريفين بعيد الفطر.", "SUPPORT"),
    ("وزار الرئيس الفرنسي الرياض أمس والتقى ولي العهد.", "CONSULT"),
    ("ورفضت الحكومة أمس مطالب المعارضة بإجراء انتخابات مبكرة.", "REJECT"),
    ("وفرض الاتحاد الأوروبي أمس عقوبات جديدة على مسؤولين روس.", "SANCTION"),
    ("واندلعت أمس معارك عنيفة بين الجيش والمسلحين في ريف المدينة.", "ASSAULT"),
    ("وقتل الزعيم في عام 1995 برصاص متطرف." + COLUMN_END, "ASSAULT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_a_column_keeps_its_unambiguous_triggers() -> None:
    text = "وكان أخطرها تفجير سيارة مفخخة قرب السوق المركزي." + COLUMN_END
    assert "ASSAULT" in {e.type for e in facts(text)}
