"""Senses the second real-news audit round found read as events, on the team's own
sentences: figurative hitting and abducting, names (عدوان a family name, أسر families,
أيدٍ hands, حزب الدعوة), prices and numbers that "reach", ships arriving, visits to graves
and patients, meetings inside one body, military backing and support units, prayers and
distress calls, routine approvals and God's promise, student loans and rescue centres,
routs, mountains blocking the sun, networks shut down, provinces and careers, "achieves"
and "concerns", convictions (SANCTION), and acts only feared, expected, sought, hoped for
or conditional. Each keeps its event sense beside it. Rules alone (the filter off)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import filter_disabled
from rasd.model import Event

PUB = date(2026, 4, 15)


def events(text: str) -> list[Event]:
    with filter_disabled():
        return list(analyze(text, published=PUB).events)


def facts(text: str) -> list[Event]:
    return [e for e in events(text)
            if not (e.negated or e.future or e.hypothetical or e.denied)]


def types(text: str) -> set[str]:
    return {e.type for e in facts(text)}


@pytest.mark.parametrize(("text", "typ"), [
    # ASSAULT
    ("وقال المتحدث إن هذه الجماعات فشلت في ضرب النسيج الاجتماعي للبلاد.", "ASSAULT"),
    ("وكتب المحلل أن هذه التيارات أرادت اختطاف الثورة والزج بها في الفوضى.", "ASSAULT"),
    ("ونقل المصاب إلى مستشفى كمال عدوان لتلقي العلاج.", "ASSAULT"),
    ("وسلمت السلطات الجثمانين لأسرهما بعد يومين.", "ASSAULT"),
    ("وتنص المعاهدة على أن أي هجوم على دولة عضو هو هجوم على جميع الأعضاء.", "ASSAULT"),
    ("وانتشر المسلحون على التلال تحوفاً من هجوم مباغت.", "ASSAULT"),
    ("ونقل المحتجزون إلى مناطق يتوقع تعرضها لعمليات عسكرية.", "ASSAULT"),
    ("وقتل منذ بداية النزاع في البلاد نحو أربعة آلاف شخص بحسب الأمم المتحدة.",
     "ASSAULT"),
    ("ويرى هؤلاء أنه يجوز قتلهم لأنهم خالفوا الجماعة.", "ASSAULT"),
    ("وقد يضع هذا القرار رئيس الوزراء في مواجهة مع سلفه داخل الحزب.", "ASSAULT"),
    ("الفرحة التي تجتاح قلوب الأهالي بعد عودة الكهرباء.", "ASSAULT"),
    # CONSULT
    ("وتضاعف سعر اللوحة بسرعة ليصل إلى سعره النهائي في المزاد.", "CONSULT"),
    ("وقدرت مصادر عدد المعتقلين بثلاثة آلاف ويصل إلى حدود ستة آلاف.", "CONSULT"),
    ("ووصلت السفينة التي انطلقت من الميناء أولاً إلى موقع الغرق.", "CONSULT"),
    ("ومنع التنظيم الأهالي من زيارة قبور موتاهم في المقبرة.", "CONSULT"),
    ("وعقد الوزير في مكتبه اجتماعا مع قادة القطاعات الأمنية.", "CONSULT"),
    ("وصفق الأعضاء في اجتماع الحزب لإبداء دعمهم للمرشحة.", "CONSULT"),
    ("ويجتمع الناس معا للاحتفال في الساحة.", "CONSULT"),
    ("وأعرب الطفل عن رغبته في لقاء الرئيس.", "CONSULT"),
    # SUPPORT
    ("وتعرضت دورية مساندة لمقذوف عسكري قرب الحدود.", "SUPPORT"),
    ("وتقدمت القوات الأمنية وبمساندة أبناء العشائر نحو المدينة.", "SUPPORT"),
    ("مثمنا دور عمادة القبول والتسجيل في إنجاح العملية.", "SUPPORT"),
    ("وأشاد المدير بالجودة العالية في عملية التسجيل.", "SUPPORT"),
    ("ويسعى المرشح لكسب تأييد الجناح المحافظ في الحزب.", "SUPPORT"),
    ("إلا أن أيدٍ عابثة شوهت الحدائق العامة.", "SUPPORT"),
    # REQUEST
    ("ونقل تعازي الملك ودعواته بأن يتغمدهم الله بواسع رحمته.", "REQUEST"),
    ("وينتمي الرجلان إلى حزب الدعوة الإسلامية.", "REQUEST"),
    ("ووجه رئيس النادي الدعوة العامة لكافة المواطنين لحضور الأمسية.", "REQUEST"),
    ("وتلقى خفر السواحل نداء استغاثة من مركب يقل مئات المهاجرين.", "REQUEST"),
    # AGREE
    ("ووافق مجلس الوزراء بالإجماع على الإصلاحات الجديدة.", "AGREE"),
    ("وكانت الحكومة قد وافقت الشهر الماضي رسميا على بيع حصتها في الشركة.", "AGREE"),
    ("وأقنعوهم أن الله وعد الفرقة الناجية بالنصر.", "AGREE"),
    # AID
    ("وعلى عكس قروض الطلبة فإن هذه المنح لا تسدد.", "AID"),
    ("وحول النداء إلى المركز الذي ينسق عمليات إغاثة الزوارق في المنطقة.", "AID"),
    # COERCE
    ("وطردت المقاومة خلال اليومين الماضيين مسلحي الجماعة من ثلاث مديريات.", "COERCE"),
    ("وتعيش القرية في ظل جبلين يحجبان عنها نور الشمس.", "COERCE"),
    ("وقالت الوزارة إنها علقت عمل الشبكة بعد نشاط مريب.", "COERCE"),
    # PROTEST
    ("وتقع القرية في منطقة جبلية تدعى مقاطعة التيرول.", "PROTEST"),
    ("وبدأ مسيرته مع الحزب الجمهوري قبل أن ينتقل إلى الديمقراطي.", "PROTEST"),
    ("وكانت إيران مشغولة بإسقاط المقاطعة الاقتصادية.", "PROTEST"),
    # ACCUSE
    ("وتتقدم المقاومة التي تحقق انتصارات في جبهات مختلفة.", "ACCUSE"),
    ("وشملت الأمسية مواضيع تهم السيدات.", "ACCUSE"),
    ("وتظهر الصورة ولدان يحاولان الإمساك ببطة.", "ACCUSE"),
    ("وتختص اللجنة بالنظر في الطعون والتحقق منها في حدود اختصاصها.", "ACCUSE"),
    ("وأدين المزارع بجميع التهم الموجهة إليه.", "ACCUSE"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وقتل مسلحون خمسة جنود في هجوم على نقطة تفتيش شمال البلاد.", "ASSAULT"),
    ("واختطف مسلحون صحفيا أجنبيا في العاصمة أمس.", "ASSAULT"),
    ("وصل وزير الخارجية الفرنسي إلى الرياض أمس في زيارة رسمية.", "CONSULT"),
    ("وزار وزير الخارجية الإيراني الكويت أمس والتقى أمير البلاد.", "CONSULT"),
    ("وأشاد الوزير بالدعم السعودي المقدم لبلاده.", "SUPPORT"),
    ("ودعت الأمم المتحدة الأطراف إلى وقف القتال فورا.", "REQUEST"),
    ("ووافقت الحكومة اليمنية على الهدنة التي اقترحتها الأمم المتحدة.", "AGREE"),
    ("وقدمت السعودية قرضا بقيمة مليار دولار للحكومة المصرية.", "AID"),
    ("ردت الحكومة بطرد دبلوماسي من السفارة أمس.", "SANCTION"),
    ("وحجبت السلطات موقع الصحيفة على الإنترنت.", "COERCE"),
    ("وخرجت مسيرة حاشدة في وسط العاصمة للمطالبة بالإصلاح.", "PROTEST"),
    ("وأعلنت النقابة مقاطعة الانتخابات احتجاجا على القانون الجديد.", "PROTEST"),
    ("واتهمت الحكومة المعارضة بالتحريض على العنف.", "ACCUSE"),
    ("وقضت المحكمة بسجن الناشط خمس سنوات.", "SANCTION"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_a_conviction_is_sanction_not_accuse() -> None:
    got = types("وأدين المتهم بتهمة الاحتيال أمام محكمة الجنايات.")
    assert "SANCTION" in got
    assert "ACCUSE" not in got


@pytest.mark.parametrize(("text", "typ"), [
    ("وقال المحلل إن رفع العقوبات مشروط بسياسات جديدة.", "RETREAT"),
    ("وتعتزم الدول الأعضاء اتخاذ خطوة رئيسية نحو التوصل إلى اتفاق.", "AGREE"),
    ("وتتطلع واشنطن وأنقرة إلى نشر قوات على الحدود.", "MOBILIZE"),
    ("ويكثف رجال الأمن جهودهم للقبض على شركائه.", "COERCE"),
])
def test_an_act_only_sought_or_conditional_is_not_a_fact(text: str, typ: str) -> None:
    found = [e for e in events(text) if e.type == typ]
    assert found
    assert all(e.future or e.hypothetical or e.negated or e.denied for e in found)
