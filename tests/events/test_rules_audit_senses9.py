"""Senses the ninth real-news audit round found read as events, on the team's own
sentences: praise of the security services, of a festival, of services or of a family's
experience told after a long subject; a city's conditions or daily life normalised;
rights, sanctities or property violated in general; a danger to freedoms, peace or
existence; ranks, medals or nationality granted; loans on easy terms; a port receiving
tourists or ships; house arrest lifted; the first pilgrims arriving; killing a soul or a
Muslim named as a kind of deed; someone covered by sanctions in force; support behind the
purpose ل; a side that enjoys backing; a verbal attack on a resolution; "any" act opening a
clause; his ministry (وزارته) read as a visit; dimensions (أبعادها) read as deportation;
an idiom (يخطف أبصارنا); confronting extremism; declining to announce names; and a call
to every citizen or to all arrivals. Each keeps its event sense beside it. Rules alone (the
filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import types


@pytest.mark.parametrize(("text", "typ"), [
    # SUPPORT: domestic praise told after a long subject, of a festival, services, a family
    ("وأشاد رئيس جمعية الحي الخيرية عبدالله محمد بدور رجال الأمن في إحباط المخطط.", "SUPPORT"),
    ("وأشاد وجهاء الحي بالإنجاز الاستباقي للأجهزة الأمنية.", "SUPPORT"),
    ("وقال أحد الزوار إن المهرجان ناجح، مشيدا بالفعاليات المقامة هذا العام.", "SUPPORT"),
    ("وأشاد السفير البريطاني بمستوى الخدمات في المدينة الصناعية.", "SUPPORT"),
    ("وأشاد والد الطلاب بتجربة أبنائه في النادي الصيفي.", "SUPPORT"),
    # SUPPORT: normalising conditions at home
    ("وقال المتحدث إن الحكومة بدأت تطبيع الأوضاع في المدينة بعد طرد المسلحين منها.", "SUPPORT"),
    ("وعاد وزير الأشغال إلى المدينة ضمن تطبيع الحياة فيها.", "SUPPORT"),
    # ASSAULT: rights or property violated in general
    ("وقال التقرير إن ممارسات الميليشيات المسلحة تقود إلى انتهاك حقوق السكان.", "ASSAULT"),
    ("وأوقفت الشركة عملياتها في إطار تسوية مع شركات التسجيلات بشأن انتهاك حقوق الملكية الفكرية.",
     "ASSAULT"),
    # THREATEN: a danger, not a threat a party makes
    ("وحذر الكاتب من الأفكار التي تهدد سلام المجتمعات.", "THREATEN"),
    ("ويقاوم الدواء التصلب الذي بات يهدد الوجود الصحي للمريض.", "THREATEN"),
    # AID: ranks granted, loans on easy terms
    ("وكشفت مصادر عن قيام الميليشيات المسلحة بمنح عشرات الرتب العسكرية لقادتها.", "AID"),
    ("وتمنح الحكومة القروض الميسرة للمزارعين عبر البنك الزراعي.", "AID"),
    # CONSULT: a port receiving tourists; his ministry
    ("وأضاف أن ميناء الغردقة على البحر الأحمر استقبل 175 سائحا من جنسيات مختلفة.", "CONSULT"),
    ("وقال الوزير إن وزارته ستتعاقد مع مصرف محلي.", "CONSULT"),
    # COERCE: house arrest lifted; dimensions
    ("وتوصل الطرفان إلى اتفاق يقضي برفع الإقامة الجبرية عن الوزراء.", "COERCE"),
    ("وحاول الممثل أن يتقمص الشخصية بكل تفاصيلها وأبعادها.", "COERCE"),
    # MOBILIZE: the first pilgrims arriving
    ("وشهدت صالات المطار وصول الدفعة الأولى من طلائع حجاج بيت الله الحرام.", "MOBILIZE"),
    # ASSAULT: killing a soul named as a kind of deed; an idiom; confronting extremism
    ("وقال الخطيب إن قتل النفس جرم عظيم، فقتل المسلم محرم.", "ASSAULT"),
    ("وكان بريق الحلي يخطف أبصارنا في تلك الأيام.", "ASSAULT"),
    ("وتحرص القوات المسلحة على مواجهة الغلو والتطرف في صفوف الشباب.", "ASSAULT"),
    # SANCTION: covered by sanctions in force
    ("والقائد أحد الذين شملتهم عقوبات مجلس الأمن.", "SANCTION"),
    # SUPPORT: backing as a purpose or a status
    ("وتوجهت عشرات المدرعات أمس إلى الجبهة لدعم المقاومة.", "SUPPORT"),
    ("وهاجمت الجماعة الفصائل التي تحظى بدعم أميركي.", "SUPPORT"),
    # ASSAULT: a verbal attack on a resolution
    ("وبدأ النواب المحافظون في انتقاده والهجوم على قرار الحكومة.", "ASSAULT"),
    # CONSULT: any act opening a clause
    ("وقال الوزير للنواب: فأي مفاوضات فيها أخذ وعطاء.", "CONSULT"),
    # REJECT: declining to announce names
    ("وقال الأمين العام إن اتحاده رشح اثنين لكنه رفض الإعلان عن اسميهما.", "REJECT"),
    # REQUEST: a call to every citizen, to all arrivals
    ("وختم القاضي كلمته داعيا كل مواطن ومقيم إلى أن يكون عونا لوطنه.", "REQUEST"),
    ("وطالبت الوزارة كافة القادمين بأخذ اللقاح قبل السفر.", "REQUEST"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وأشاد وزير الخارجية المصري أمس بدور المملكة في دعم الاستقرار.", "SUPPORT"),
    ("وأعادت الدولتان أمس تطبيع العلاقات بينهما بعد قطيعة.", "SUPPORT"),
    ("واتهمت الحكومة المسلحين بخرق الهدنة أمس في ريف المدينة.", "ASSAULT"),
    ("وهددت الجماعة المسلحة أمس الحكومة بتنفيذ هجمات جديدة.", "THREATEN"),
    ("وقدمت السعودية قرضا بقيمة مليار دولار إلى مصر أمس.", "AID"),
    ("واستقبل الرئيس المصري أمس في القاهرة وزير الخارجية الأردني.", "CONSULT"),
    ("وفرضت الميليشيا الإقامة الجبرية على رئيس الحكومة وأعضائها.", "COERCE"),
    ("وطالبت المنظمة بوقف إبعاد اللاجئين إلى بلدهم.", "REQUEST"),
    ("ووصلت طلائع القوات السعودية أمس إلى قاعدة العند.", "MOBILIZE"),
    ("وقتل مسلحون أمس خمسة من المصلين في هجوم على مسجد.", "ASSAULT"),
    ("وخطف مسلحون أمس صحافيا أجنبيا في العاصمة.", "ASSAULT"),
    ("وفرض مجلس الأمن أمس عقوبات على قادة الجماعة.", "SANCTION"),
    ("وأعلنت الحكومة أمس دعمها لقرار مجلس الأمن.", "SUPPORT"),
    ("وشن المسلحون أمس هجوما على مركز للشرطة.", "ASSAULT"),
    ("ورفضت الحكومة أمس الإعلان الذي أصدره المتمردون.", "REJECT"),
    ("ودعا الرئيس كل مواطن قادر على حمل السلاح إلى الالتحاق بالجيش.", "REQUEST"),
    ("وطالبت الحكومة الأمم المتحدة بإرسال مراقبين إلى المدينة.", "REQUEST"),
    # an act told inside a block row's gap is an act of its own
    ("وأشاد الوزير، الذي استقبل أمس السفير الأمريكي، بدور رجال الأمن.", "CONSULT"),
    ("وأشادت الحكومة التي قصفت المسلحين أمس بالأجهزة الأمنية.", "ASSAULT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)
