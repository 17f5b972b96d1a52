"""Senses the third real-news audit round found read as events, on the team's own
sentences: prayers, a body telling the public, applicants or its own staff to do something,
invitations to attend or to debate, administrative and judicial approvals, a body's
contract with a company, product promises, "and several", domestic receptions and
back-references to a meeting, story narrators, car features, military backing, "corroborates",
intersecting interests, trials as a workplace, Morocco's Auxiliary Forces, "issued",
"keeping away", "cited", idioms, a quoted "beat him", robbery, airspace violations,
students, preaching, relative clauses that characterise and "carrying over"; an incursion
is ASSAULT; intent, obligation, purpose and permission carried through their clauses, and a
denial that reaches its object across an appositive. Each keeps its event sense beside it.
Rules alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import events, facts, types


@pytest.mark.parametrize(("text", "typ"), [
    # REQUEST
    ("وبدورنا نقدم العزاء للأسر وندعو لهم بالرحمة والمغفرة.", "REQUEST"),
    ("ودعت الهيئة الإسلامية في البلاد الله عز وجل أن يحفظ الوطن.", "REQUEST"),
    ("ودعت الجامعة الراغبين في شغل الوظائف إلى التقديم عبر موقعها.", "REQUEST"),
    ("ودعت المديرية المتقدمين إلى سرعة حجز موعد الاختبار.", "REQUEST"),
    ("وحث المدير العام المتدربين على الاستفادة من البرنامج.", "REQUEST"),
    ("ودعا رئيس اللجنة الجميع لحضور فعاليات المهرجان الصيفي.", "REQUEST"),
    ("ولم تهمل القناة المرشحين الآخرين إذ دعتهم إلى مناظرة ثانية.", "REQUEST"),
    ("وكان رئيس الوزراء قد طلب من وزارة المالية إعداد خطة بديلة.", "REQUEST"),
    ("وتكفلت الوزارة بتأمين 150 ألف طالب وطالبة من المبتعثين.", "REQUEST"),
    ("وقد ابتكر الجهاز طالب هندسة في التاسعة عشرة من عمره.", "REQUEST"),
    ("وتعمل الوزارة في مجالات الأوقاف والدعوة والإرشاد.", "REQUEST"),
    ("وتتجاهل الحكومة القرارات الدولية التي تدعو إلى إنهاء الاحتلال.", "REQUEST"),
    # AGREE
    ("ووافقت الوزارة على نزع ملكية أربعين عقارا لتوسعة الطريق.", "AGREE"),
    ("ووافق المجلس على تفويض الوزير بالتباحث مع الجانب الآخر.", "AGREE"),
    ("ووافقت محكمة اتحادية على إطلاق سراحه بكفالة مالية.", "AGREE"),
    ("وكانت وزارة الصحة قد اتفقت مع شركة تأمين على تغطية المبتعثين.", "AGREE"),
    ("ووعدت سوني بإطلاق تحديث جديد يعالج ارتفاع حرارة هاتفها.", "AGREE"),
    ("ويبدو أن القوم اتفقوا على ألا يتفقوا في أي شيء.", "AGREE"),
    ("وكان قتيلان وعدة جرحى من المدنيين سقطوا مساء الجمعة جراء القصف.", "AGREE"),
    # CONSULT
    ("استقبل أمير منطقة الرياض في مكتبه أمس رئيس ديوان المراقبة العامة.", "CONSULT"),
    ("وأكد الأمير في حديثه أثناء اللقاء أهمية العمل الأمني.", "CONSULT"),
    ("ويختم الراوي قصته بأنه يلتقي صديقه القديم في المقهى.", "CONSULT"),
    ("ينطلق اليوم أكبر مهرجان للتمور، يلتقي فيها المزارعون والتجار على مدى 40 يوما.",
     "CONSULT"),
    ("ويتيح النظام استقبال المكالمات الهاتفية دون لمس الشاشة.", "CONSULT"),
    ("وأعلنت الجمعية انطلاق مرحلة جديدة من الاتصال المرئي للمعتقلين مع ذويهم.", "CONSULT"),
    # SUPPORT, COOPERATE, AID, PROTEST, ACCUSE
    ("وتقدمت القوات البرية مع الضربات الجوية التي تساند تقدم المقاتلين.", "SUPPORT"),
    ("ويؤيد هذا تفسير المفسرين القدامى للآية.", "SUPPORT"),
    ("ويعمل نظام التعليق بالتنسيق مع نظام الملاحة في السيارة.", "COOPERATE"),
    ("وحضر الحفل القائد الجهوي للقوات المساعدة في الإقليم.", "AID"),
    ("ويرى الكاتب أن تقاطع المصالح جمع الطرفين طوال سنوات.", "PROTEST"),
    ("وتم تشخيص إصابة سبعة من المدنيين والعسكريين العاملين في محاكمات المحتجزين "
     "بالسرطان.", "ACCUSE"),
    # ASSAULT, COERCE
    ("وقال المبعوث في بيان صادر عنه إن الوضع يزداد سوءا.", "COERCE"),
    ("وتضمنت الحزمة إبعاد المناصب العليا عن المحاصصة الحزبية.", "COERCE"),
    ("وتقرر ترحيل الدراسة إلى المدارس الأقرب لمدة يومين.", "COERCE"),
    ("وتضم المستشفى أقسام الجراحة والعناية المركزة بالإضافة إلى الطواقم المساندة.",
     "SUPPORT"),
    ("وباشرت فرق الدفاع المدني الحريق وبمساندة فرقتي إنقاذ وإطفاء من المركز.", "SUPPORT"),
    ("وأوضح أن الحادث الأول وقع على طريق الرياض الدمام وأسفر عن وفاة شخصين.", "SUPPORT"),
    ("وقال إن إيران ستبقى معزولة بسبب دعمها للحوثيين.", "SUPPORT"),
    ("وأكد الدور الفاعل الذي تضطلع به المملكة في دعم ومساندة جميع الأشقاء العرب.",
     "SUPPORT"),
    ("ووجه الدعوة للزوار والمصطافين لزيارة المعارض.", "REQUEST"),
    ("وينبغي على المؤمن له تقديم المطالبة إلى الشركة خلال ستين يوما.", "REQUEST"),
    ("واتخذت المجر إجراءات لتقليص مدة نظر طلبات اللجوء إلى 15 يوما.", "REQUEST"),
    ("وحينها طلب الصحفيون من الملك التعليق على ذلك.", "REQUEST"),
    ("فلبى أبطالنا النداء دفاعا عن الوطن.", "REQUEST"),
    ("وقال إن أي خطوة نخطوها للإصلاح تقابل بالرفض.", "REJECT"),
    ("وقالت إن الأمم المتحدة حصلت على نسخة لكنها رفضت وقتها تأكيد صحتها.", "REJECT"),
    ("ونظمت الهيئة بالتعاون مع إمارة المنطقة والشرطة حملات تفتيش على المحلات.",
     "COOPERATE"),
    ("وأوضحت قيادة العمليات المشتركة في العراق أن سبعة مسلحين قتلوا.", "COOPERATE"),
    ("وسترسل الصناديق إلى مكتب الوكالة الفرنسية للتحقيق في حوادث الطيران.", "ACCUSE"),
    ("يحقق الاستثمار في قطاع التعليم الأهلي نموا هائلا في السعودية.", "ACCUSE"),
    ("أما الغالب فيا ليتهم كما يقال يكفون خيرهم وشرهم.", "ACCUSE"),
    ("وقال اللواء إنه وجد الرئيس قمة في الشجاعة والانضباط خلال المعارك.", "CONSULT"),
    ("غدا رحلته إلى الصيد. إلى اللقاء..", "CONSULT"),
    ("كما زار وزير التعليم أمس مقر الأستديو التعليمي بالإدارة.", "CONSULT"),
    ("وكان أمير منطقة الرياض قد استقبل اللواء في مكتبه وقلده رتبته الجديدة.", "CONSULT"),
    ("واستشهد علي العجمي المستشار الإعلامي بما يشهده السوق الإعلاني في دول الخليج.",
     "ASSAULT"),
    ("ويهدف التفجير على ما يبدو إلى ضرب عصفورين بحجر واحد.", "ASSAULT"),
    ("وعاد طيران الاستطلاع إلى انتهاك الأجواء اللبنانية فوق الجنوب.", "ASSAULT"),
    ("وقتل اللص صاحب المحل وسلب ما معه من نقود.", "ASSAULT"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    found = [e for e in facts(text) if e.type == typ]
    if typ == "ASSAULT" and "وسلب" in text:
        # the killing is an ASSAULT; the robbery told with it makes no second one
        assert not any("سلب" in e.trigger.text for e in found)
        return
    assert not found


@pytest.mark.parametrize(("text", "typ"), [
    ("ودعت الأمم المتحدة الأطراف إلى وقف القتال فورا.", "REQUEST"),
    ("وطالبت الشكوى بنقل العاملين في محاكمات المحتجزين إلى مواقع أخرى.", "REQUEST"),
    ("وطالب المحتجون الحكومة بالإفراج عن المعتقلين.", "REQUEST"),
    ("ودعا المحتجون إلى سرعة الإفراج عن المختطفين.", "REQUEST"),
    ("ودعا الوالي المواطنين القادرين على حمل السلاح إلى الالتحاق بمعسكرات التدريب.",
     "REQUEST"),
    # a call on the public to protest is the caller's future PROTEST (test_conventions13);
    # a call on an authority to allow protest stays a REQUEST
    ("ودعت المعارضة السلطات إلى احترام حق التظاهر يوم الجمعة.", "REQUEST"),
    ("ووافقت الحكومة على الهدنة التي اقترحتها الأمم المتحدة.", "AGREE"),
    ("ووافقت وزارة الخارجية الأمريكية على بيع صواريخ للسعودية.", "AGREE"),
    ("واستقبل خادم الحرمين الشريفين وزير الخارجية المصري في قصر السلام.", "CONSULT"),
    ("وأعلن الحزب دعمه للمرشح في الانتخابات الرئاسية.", "SUPPORT"),
    ("وقاطعت المعارضة الانتخابات احتجاجا على القانون.", "PROTEST"),
    ("وصادرت السلطات الأسلحة المهربة في الميناء.", "COERCE"),
    ("واستشهد ثلاثة مدنيين في قصف على البلدة.", "ASSAULT"),
    ("وأغارت الطائرات على مواقع المسلحين وقتلت عشرة منهم.", "ASSAULT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_an_incursion_is_assault_not_mobilize() -> None:
    got = types("واختطف الناشط منذ توغل المسلحين في المدينة الشهر الماضي.")
    assert "ASSAULT" in got
    assert "MOBILIZE" not in got


@pytest.mark.parametrize(("text", "typ"), [
    ("واطلع الأمين على الخطط التي ينوي رئيس الجهاز الجديد العميد خالد بن سعيد تنفيذها "
     "بالتعاون والتنسيق مع مختلف أجهزة الشرطة بدول المجلس.", "COOPERATE"),
    ("وأوضح أن المطلوب من الحكومة توقيع مذكرات تفاهم مع تلك الدول.", "SUPPORT"),
    ("ووافقت أنقرة على السماح للتحالف باستخدام القاعدة الجوية القريبة من الحدود لشن غارات "
     "على التنظيم.", "ASSAULT"),
    ("كما سيعقد اجتماعا ثلاثيا مع نظيريه الروسي والسعودي.", "CONSULT"),
])
def test_an_act_intended_required_or_permitted_is_not_a_fact(text: str, typ: str) -> None:
    found = [e for e in events(text) if e.type == typ]
    assert found
    assert all(e.future or e.hypothetical or e.negated or e.denied for e in found)


def test_a_purpose_clause_makes_no_event() -> None:
    text = "ووقعت الحكومة مذكرات تفاهم مع الدول لغرض الإسراع في إعادة المتهمين والأموال."
    assert "RETREAT" not in types(text)


def test_a_denial_reaches_its_object_across_an_appositive() -> None:
    text = ("ونفى المتحدث باسم الجماعة، محمد عبد السلام على صفحته على موقع فيسبوك أمس ما "
            "نقل عن زعيمهم بشأن رفضه الالتزام بالهدنة.")
    found = [e for e in events(text) if e.type == "REJECT"]
    assert found
    assert all(e.denied for e in found)


def test_a_denial_does_not_reach_a_new_clause() -> None:
    text = "ونفى المتحدث ذلك، وأكد أن القوات قصفت مواقع المسلحين أمس."
    assert "ASSAULT" in types(text)
