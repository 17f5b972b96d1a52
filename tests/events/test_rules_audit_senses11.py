"""Senses the eleventh real-news audit round found read as events, on the team's own
sentences: relief and help named as a duty; a draft memorandum; a weather warning; what
constitutes a threat or a danger that threatens; voices calling for something; a choice
between accepting and refusing; hopes demolished; hurling accusations; a welcome to any
move; services 'targeting' customers or areas; a food warehouse; a peacekeeping mission's
staff as victims; صادق as a name after a rank; domestic lenders; hashtag demands; an Umrah
visit; visits to donors; notices to applicants; asking a meeting for views; urging one's
staff; a host's welcome; a prayer to bear responsibility; an honorary post; a tour of a
park; a company contract in the passive; an interest in relations; a relative clause's
standing refusal; praise of a charity; municipal meetings; a seizure of all power; examples
and pretexts; طالب as a student; calls for blood donors; a party named نداء; لقاء as 'in
return for'; hosting migrants; phone numbers; views that coincide. And cues:
hopes (الأمل أن، تأمل), first-person calls (ندعو), foreseen
consequences (من شأن), بلا, a writer's wish (أتمنى), a schedule after the trigger (المزمع،
المقرر عقده), advice to the reader (عليك أن), من المرتقب without أن and efforts to resume
(لاستئناف). Each keeps its event sense beside it. Rules
alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import events, facts, types


@pytest.mark.parametrize(("text", "typ"), [
    ("وتوجب القيم الإسلامية إغاثة الملهوف ومساعدة المحتاج في كل وقت.", "AID"),
    ("ووافق المجلس على تفويض وزير الخارجية بالتباحث حيال مشروع مذكرة تفاهم للتعاون مع "
     "دولة صديقة.", "AGREE"),
    ("وأصدر المركز الوطني للأرصاد الجوية إنذارا باجتياح عاصفة مطيرة للمنطقة.", "THREATEN"),
    ("وقال الخبير إن المسلحين يشكلون التهديد الأكبر على السكان هناك.", "THREATEN"),
    ("ويمثل مقاتلو التنظيم التهديد الأكبر على القوات المدربة.", "THREATEN"),
    ("وكتب المحلل أن هذه الجماعة خطر يهدد المنطقة كلها.", "THREATEN"),
    ("وبعد تحرير المدينة ارتفعت أصوات تطالب بإقامة دولة مستقلة.", "REQUEST"),
    ("وعلى المستخدم أن يضغط بالموافقة أو الرفض بعد قراءة الشروط.", "REJECT"),
    ("وقالت الأم إن القرار هدم الآمال بظلم.", "ASSAULT"),
    ("ويتفنن بعض الناس في كيل الاتهامات في كل اتجاه.", "ACCUSE"),
    ("وقال ناشط: نرحب بأي خطوة تقرب بين الشعوب.", "SUPPORT"),
    ("وتعمل الشركة على استهداف المناطق غير المخدومة بالشبكة.", "ASSAULT"),
    ("واشتعلت النيران في مستودع للمواد الغذائية شرق المدينة.", "AID"),
    ("وقتل المهاجمون خمسة جنود وموظفا في بعثة حفظ السلام التابعة للأمم المتحدة.", "AID"),
    ("وأرغم المسلحون مدير الإدارة العقيد صادق ناصر على مغادرة المبنى.", "SUPPORT"),
    ("واستمرت مؤسسات الإقراض الحكومية في تقديم القروض للمواطنين.", "AID"),
    ("وشكلت سندات الدين 80 في المائة من الدين الحكومي، وشكلت القروض 15 في المائة في "
     "منطقة اليورو.", "AID"),
    ("وطالب المغردون من خلال هاشتاق بمعاقبة المتورطين.", "REQUEST"),
    ("وغادر رئيس الوزراء جدة أمس بعد زيارته لأداء مناسك العمرة.", "CONSULT"),
    ("وقام مدير المستشفى بزيارة المتبرعين وشكرهم.", "CONSULT"),
    ("وقالت الإدارة إنها تدعو العمال ممن تنطبق عليهم الشروط لسرعة الاستفادة من المهلة.",
     "REQUEST"),
    ("وطالب الوزير خلال الاجتماع من المجتمعين إبداء مرئياتهم في المشروع.", "REQUEST"),
    ("وشدد المدير على المتابعة اليومية، داعيا فريق العمل إلى بذل أقصى الجهود.", "REQUEST"),
    ("ورحب الأمير بمن التقاهم من الشباب المشاركين في المخيم.", "SUPPORT"),
    ("وسأل الله أن يعينه على تحمل المسؤولية.", "ACCUSE"),
    ("ووافق أمير المنطقة الأمير خالد بن سعد على توليه الرئاسة الفخرية للجمعية الخيرية.",
     "AGREE"),
    ("ثم قام المحافظ بجولة في منتزه الغابة واطلع على الخدمات.", "CONSULT"),
    ("وأوضح أنه تم الاتفاق مع شركة محلية على مد خط أنابيب إلى المصنع.", "AGREE"),
    ("وقال الرئيس إنه مهتم بإقامة علاقات جديدة مع دول الجوار.", "SUPPORT"),
    ("ويحظى المقاتلون بدعم أبناء المدينة الذين يرفضون وجود المسلحين.", "REJECT"),
    ("وزار الأمير المخيم مشيدا بجهود الجمعية في تنظيمه.", "SUPPORT"),
    ("وكان اجتماع موسع ضم رؤساء البلديات عقد أمس في مقر الأمانة.", "CONSULT"),
    ("وقال إن الرئيس السابق عمل على الاستيلاء على كل الحكم بعد الحرب.", "COERCE"),
    ("وضرب المتحدث الأمثلة على مساعدات قدمتها المؤسسة في دول كثيرة.", "AID"),
    ("ودخلت السفن الميناء بحجة إيصال المساعدات الإنسانية للسكان.", "AID"),
    ("ووقف القرار ضد طالب متفوق حرم من القبول في كلية الطب.", "REQUEST"),
    ("وكان الفتى في السادسة عشرة طالب مدرسة داخلية في المدينة.", "REQUEST"),
    ("وقالت الوكالة إن نداءات للتبرع بالدم قد انطلقت عبر مكبرات الصوت من المساجد بعد "
     "الانفجار.", "REQUEST"),
    ("وقلل الأمين العام لحركة نداء تونس من أهمية الانتقادات التي وجهها بعض الساسة.",
     "REQUEST"),
    ("وعملت الفتاة في مصنع للساعات لقاء دولار واحد في اليوم.", "CONSULT"),
    ("وتضمن القرار الوفاء بحقوق المتعاملين مع الشركة لقاء قيامها بنشاطها.", "CONSULT"),
    ("وقال الوزير إن بلاده عاجزة عن استقبال الأعداد الكبيرة من المهاجرين.", "CONSULT"),
    ("ووجه الوزير المسؤولين بنشر أرقام الاتصال الهاتفي في موقع الوزارة.", "CONSULT"),
    ("ولذلك تتفق الرؤى السعودية والروسية تجاه الأزمة في المنطقة.", "AGREE"),
    ("واتفقت وجهات النظر بين الجانبين حول القضايا المطروحة.", "AGREE"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وأرسلت المملكة أمس مساعدات إنسانية إلى المتضررين من الفيضانات في باكستان.", "AID"),
    ("ووقع الوزيران أمس مذكرة تفاهم للتعاون في مجال السياحة.", "SUPPORT"),
    ("وهدد زعيم الجماعة أمس بمهاجمة القواعد الأجنبية.", "THREATEN"),
    ("ووجه الجيش إنذارا أخيرا للمسلحين بمغادرة المدينة.", "THREATEN"),
    ("وطالبت الحكومة أمس الأمم المتحدة بالتدخل لوقف القصف.", "REQUEST"),
    ("ورحبت الخارجية أمس بالاتفاق الموقع بين الطرفين.", "SUPPORT"),
    ("ورفضت الحكومة أمس المقترح الأمريكي لوقف إطلاق النار.", "REJECT"),
    ("وأعلنت الحكومة أمس أن المتمردين الذين رفضوا الانسحاب سيواجهون الجيش.", "REJECT"),
    ("وزار وزير الخارجية الفرنسي الرياض أمس والتقى ولي العهد.", "CONSULT"),
    ("وشنت الطائرات غارات استهدفت مواقع المسلحين شرق المدينة.", "ASSAULT"),
    ("وقدمت الحكومة أمس قرضا بقيمة مليار دولار إلى مصر.", "AID"),
    ("واتهم وزير الداخلية أمس الجماعة بالوقوف وراء التفجير.", "ACCUSE"),
    ("وصادق البرلمان أمس على الاتفاقية الأمنية مع الجارة.", "SUPPORT"),
    ("واعتقلت الشرطة أمس ثلاثة متهمين بالتحرش بفتاتين على الكورنيش.", "COERCE"),
    ("وأعلن البيت الأبيض أن الرئيس تلقى اتصالا هاتفيا أمس من العاهل السعودي.", "CONSULT"),
    ("وطالب وزير الخارجية أمس مجلس الأمن بالتدخل لحماية المدنيين.", "REQUEST"),
    ("ووجه الرئيس أمس نداء إلى المجتمع الدولي لإرسال مساعدات عاجلة.", "REQUEST"),
    ("والتقى وزير الخارجية أمس نظيره التركي في أنقرة.", "CONSULT"),
    ("وأجرى الملك أمس اتصالا هاتفيا مع الرئيس الأمريكي.", "CONSULT"),
    ("واستقبل الرئيس أمس وفدا من اللاجئين السوريين في القصر.", "CONSULT"),
    ("واتفق الجانبان أمس على استئناف المحادثات الشهر المقبل.", "AGREE"),
    ("واستأنف الطرفان أمس محادثات السلام في الدوحة.", "CONSULT"),
    ("وانطلقت أمس مظاهرات حاشدة ضد الفساد في العاصمة.", "PROTEST"),
])
def test_the_event_sense_stays(text: str, typ: str) -> None:
    assert typ in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    # hoped for: the noun الأمل, and the bare verb تأمل
    ("وأعرب المجلس عن الأمل أن يتوصل الطرفان إلى اتفاق ينهي الأزمة.", "AGREE"),
    ("وقال المفوض إن بروكسل تأمل التوصل إلى اتفاق بحلول منتصف الشهر.", "AGREE"),
    # a first-person call: what is called for is its content
    ("وقال المتحدث: ندعو كل مقاوم من أبناء الشعب لقطع الإمدادات عن الميليشيات؛ لأن هذا "
     "واجب وطني.", "COERCE"),
    # a consequence foreseen
    ("وقال البيان إن من شأن هذه الزيارة أن تشجع النظام على مواصلة عمليات التعذيب.",
     "ASSAULT"),
    # without
    ("وترك السوريون بلا إغاثة من المنظمات الدولية.", "AID"),
    # a writer's wish
    ("وأتمنى أن تعقد دول المجلس قمة طارئة لدراسة الوضع.", "CONSULT"),
    # scheduled, told after the trigger
    ("وانتقدت المعارضة الزيارة التي من المزمع أن يقوم بها الوزير إلى العاصمة.", "CONSULT"),
    ("ويشارك الوزير في الاجتماع المقرر عقده في بروكسل.", "CONSULT"),
    # advice to the reader
    ("عليك أن تمتدح زملاءك في العلن وأن تنتقدهم سرا.", "ACCUSE"),
    # expected without أن; efforts to resume
    ("ومن المرتقب انطلاق مظاهرات للأسبوع الثاني ضد الفساد في العاصمة.", "PROTEST"),
    ("وأشارت إلى الجهود التي تبذلها الوساطة لاستئناف محادثات السلام بين الحكومة والحركة.",
     "CONSULT"),
])
def test_a_cue_keeps_the_act_from_being_a_fact(text: str, typ: str) -> None:
    assert typ not in types(text)


def test_a_first_person_call_stays_a_request() -> None:
    text = "وقال المتحدث: ندعو المجتمع الدولي إلى التدخل لوقف القصف."
    assert "REQUEST" in types(text)


def test_the_opposition_criticising_a_planned_visit_keeps_its_criticism() -> None:
    text = "وانتقدت المعارضة الزيارة التي من المزمع أن يقوم بها الوزير إلى العاصمة."
    assert "ACCUSE" in types(text)
    assert any(e.type == "CONSULT" and e.future for e in events(text))


def test_a_welcome_of_a_named_effort_stays_support() -> None:
    text = "وقال المتحدث: نحن نرحب بكل جهد تبذله الأطراف المحايدة لوقف الحرب."
    assert any(e.type == "SUPPORT" for e in facts(text))
