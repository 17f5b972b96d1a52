"""Senses the fourth real-news audit round found read as events, on the team's own
sentences: cumulative tolls over long periods, prayers and "claim", idioms and figures of
speech (a cause for pride, a ticking bomb, tearing down the temple, a media attack,
confiscated rights, an alarm bell), sexual or business relations, "lies amid", "the choice
fell on", shouldering a responsibility, receiving gas, things reaching a stage, a payment
deadline, "bade farewell", sanctions in force, a charter's norm, a vow to crack down,
officials meeting visitors or staff, staff Eid gatherings, instructions to hospitals,
interviews, election committees' meetings, "let him", seeking reward, broken accords,
hunting, the fight against terrorism, battle fronts, harassment as a category and duress;
the content of a plea, a call, a lawsuit or a death sentence; permitted, awaited, plotted
and prepared acts, an announced protest, a future arrival's visit and a purpose told by
لـ. Each keeps its event sense beside it. Rules alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import facts, types


@pytest.mark.parametrize(("text", "typ"), [
    # cumulative records
    ("وقالت المنظمة إن الطائرات قتلت 2500 من المسلحين بينهم قياديون خلال 8 أشهر.",
     "ASSAULT"),
    ("وأكد التقرير أن المستوطنين نفذوا تسعة آلاف اعتداء على القرى منذ العام 2006.",
     "ASSAULT"),
    ("وأضاف أن العامين المنصرمين كانا الأكثر دموية حيث قتل 900 من المدنيين.", "ASSAULT"),
    # REQUEST: idioms, prayers, "claim", staff and hospitals, "let him", seeking reward
    ("وكان العمال يعملون بحماس بشكل يدعو للفخر.", "REQUEST"),
    ("وهو أمر يدعو إلى التوقع بانقطاع الكهرباء في الصيف.", "REQUEST"),
    ("فماذا فعل الرجل ليدعو عليه صاحبه؟", "REQUEST"),
    ("ورفع المصلون أكفهم يدعون لهم بالفرج.", "REQUEST"),
    ("ويستجيب الله دعوة المظلوم.", "REQUEST"),
    ("وتبرأ الإسلام ممن يدعون الإسلام ويقتلون الأبرياء.", "REQUEST"),
    ("ودعت المديرية العامة للشؤون الصحية أقسام الطوارئ إلى رفع الجاهزية.", "REQUEST"),
    ("وناشدت الحكومة جميع الأطباء والعاملين في القطاع الصحي العودة إلى العمل.",
     "REQUEST"),
    ("وقال الرئيس للصحفيين: فدعوه يفكر بهذه الطريقة.", "REQUEST"),
    ("من جهة أخرى ودعت مقبرة الشرف في المدينة عصر أمس شهداء المسجد.", "REQUEST"),
    # SUPPORT, ACCUSE, CONSULT, THREATEN
    ("تضيق الأرض بما رحبت على المعتدلين.", "SUPPORT"),
    ("وأثبتت الدراسات أن تجنب إقامة علاقات جنسية غير شرعية يقي من الأمراض.", "SUPPORT"),
    ("ووفر المنتدى منصة لإقامة علاقات تجارية مع النظراء.", "SUPPORT"),
    ("وعندما وقع اختيار الشركة على المنطقة أطلقت اسمها على المشروع.", "SUPPORT"),
    ("وقال إن الشركة تحمل على عاتقها مسؤولية توفير الطاقة.", "ACCUSE"),
    ("وتتوسط البلدة العديد من المرتفعات.", "CONSULT"),
    ("وقالت إنها تأمل ألا تصل الأمور إلى القضاء.", "CONSULT"),
    ("والتقى المهندس محمد بزوار الحديقة واستمع إلى آرائهم.", "CONSULT"),
    ("وأكد الوزير في نهاية لقاء المعايدة للعاملين أهمية الاحتفالات.", "CONSULT"),
    ("وقال المتحدث في لقاء بثته قناة الإخبارية إن العمل مستمر.", "CONSULT"),
    ("وعقدت لجنة الإشراف المحلية على الانتخابات البلدية بالمنطقة اليوم اجتماعها الثاني.",
     "CONSULT"),
    # ASSAULT, COERCE, REJECT, AGREE: figures of speech and norms
    ("ثم انتفض العرب فهدم المعبد على رأس مشيديه.", "ASSAULT"),
    ("أما شخصنة الهجوم الإعلامي واستهداف صورة الشخص فهو فن يجيده خصومه.", "ASSAULT"),
    ("وأشار إلى تمرس النظام في خرق الاتفاقات والمواثيق.", "ASSAULT"),
    ("واتهم السائح بقتل أسد يرتدي طوق تتبع.", "ASSAULT"),
    ("ويرى المواطنون أن معركتنا مع الإرهاب والتطرف طويلة.", "ASSAULT"),
    ("وحيا الجنود الذين يواجهون الإرهاب في جبهات القتال.", "ASSAULT"),
    ("وقالت الهيئة إن قضايا التحرش تدخل ضمن اختصاص المحاكم.", "ASSAULT"),
    ("وقضت المحكمة بإعدامه في القضية الثانية.", "ASSAULT"),
    ("وقال إن قوات الاحتلال تصادر حقوق الشعب الفلسطيني.", "COERCE"),
    ("وأسهمت تلك الكتب في إبعاد جيل كبير عن الموروث الشعبي.", "COERCE"),
    ("وأيد كيري بقاء الحظر على مبيعات الأسلحة إلى إيران.", "COERCE"),
    ("وذكر بالمواثيق الدولية التي تمنع وترفض كل صور التدخل في شؤون الدول.", "REJECT"),
    ("وقال إن نتائج الدراسة دقت جرس الإنذار بشأن العنف ضد المرأة.", "THREATEN"),
    ("وألقى الرئيس باللوم على الجماعة وتعهد بتشديد الحملة الأمنية عليها.", "AGREE"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وقتلت الطائرات أمس عشرة مسلحين في غارة على مقرهم.", "ASSAULT"),
    ("ودعت الأمم المتحدة الأطراف إلى وقف القتال فورا.", "REQUEST"),
    # a call on followers to protest is a future PROTEST (test_conventions13); a call on
    # an authority stays a REQUEST
    ("ودعت المعارضة الحكومة إلى الاستجابة لمطالب المحتجين.", "REQUEST"),
    ("وأقامت الدولتان علاقات دبلوماسية في العام الماضي.", "SUPPORT"),
    ("ووقعت الحكومة والمعارضة اتفاقا لوقف إطلاق النار.", "SUPPORT"),
    ("واستقبل خادم الحرمين الشريفين وزير الخارجية المصري في قصر السلام.", "CONSULT"),
    ("والتقى وزير الخارجية نظيره الروسي في موسكو.", "CONSULT"),
    ("وفرضت الولايات المتحدة حظرا على مبيعات الأسلحة إلى البلاد.", "COERCE"),
    ("وهدمت الجرافات منزلين في القرية أمس.", "ASSAULT"),
    ("واستهدفت غارة جوية مقر القيادة في المدينة.", "ASSAULT"),
    ("وأعدمت السلطات ثلاثة مدانين صباح اليوم.", "ASSAULT"),
    ("وصادرت السلطات الأسلحة المهربة في الميناء.", "COERCE"),
    ("وطالب المحتجون الحكومة بالإفراج عن المعتقلين.", "REQUEST"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("فسوف يأتي من يقتل أباه وأمه ويخرج ليقتل جيرانه.", "ASSAULT"),
    ("وكان أحدهم ينادي بقتل كل من يخالفهم.", "ASSAULT"),
    ("وخرج الأسير في مقطع مصور طالبا من المقاومة العفو عنه وإطلاق سراحه.", "RETREAT"),
    ("وأقام محام دعوى بحل جميع الأحزاب الدينية.", "COERCE"),
    ("وأباح قتال رجال الأمن في البلاد.", "ASSAULT"),
    ("وهم الذين ينتظرون قتال الروم في آخر الزمان.", "ASSAULT"),
    ("وقال إن أفراد الخلية كانوا يعدون لتنفيذ تفجيرات في المدينة.", "ASSAULT"),
    ("وأعلن الرئيس عن بدء التحضير لرفع العقوبات عن البلاد.", "RETREAT"),
    ("وأفاد مصدر أن الوزير سيصل الخرطوم خلال الأيام المقبلة في زيارة تستغرق يومين.",
     "CONSULT"),
    ("وفي سياق متصل أعلنت عن تنظيم تظاهرة أمام البرلمان.", "PROTEST"),
])
def test_an_act_asked_for_permitted_awaited_or_planned_is_not_a_fact(
        text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ", "word"), [
    ("ودعا الإمام المصلين إلى الدعاء، فهم يطلبون الأجر والثواب.", "REQUEST", "يطلبون"),
    ("ووجه الأمير بمراعاة المهلة المحددة لسداد قيمة البرامج وهدد المخالفين بالعقوبات.",
     "THREATEN", "المهلة"),
    ("وقال قائد الجيش إن المسلحين في المنطقة قنبلة موقوتة.", "ASSAULT", "قنبلة"),
    ("وأكد الأسير أن اعترافاته كانت تحت تأثير التهديد، وهدد المسلحون بقتله.", "THREATEN",
     "التهديد"),
])
def test_a_non_event_sense_beside_a_real_trigger_makes_no_event(
        text: str, typ: str, word: str) -> None:
    assert not [e for e in facts(text) if e.type == typ and word in e.trigger.text]


def test_the_kinds_a_tally_includes_are_no_new_acts() -> None:
    text = "وأكد أن هذه الاعتداءات شملت قتل مدنيين وحرق منازل ومزارع."
    assert not [e for e in facts(text) if e.type == "ASSAULT"
                and any(w in e.trigger.text for w in ("قتل", "حرق"))]


def test_a_consequence_after_a_comma_is_reported() -> None:
    text = "واندلعت اشتباكات عنيفة في البلدة، لتنسحب القوات الحكومية نحو أطرافها."
    assert "RETREAT" in types(text)


def test_a_dated_act_after_a_cumulative_record_stays() -> None:
    text = ("ونفذ المستوطنون آلاف الاعتداءات منذ العام 2004، وذلك بعيد مقتل طفل "
            "فلسطيني حرقا داخل منزله بعدما أضرم مستوطنون النار فيه.")
    assert any(e.type == "ASSAULT" and "مقتل" in e.trigger.text for e in facts(text))


def test_a_visit_during_which_a_meeting_will_take_place_may_be_under_way() -> None:
    text = ("ووصل ولي العهد إلى عمان أمس في زيارة رسمية، وسيلتقي خلال الزيارة الملك "
            "وعددا من المسؤولين.")
    assert "CONSULT" in types(text)
