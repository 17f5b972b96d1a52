"""Senses the fifth real-news audit round found read as events, on the team's own
sentences: عدّ "considered" written with its shadda read as وعد "promised", a bare وقع …
على ("happened on", "came upon") read as a signature, a legislature passing a law and an
office certifying papers read as SUPPORT, a newspaper commenting (علقت صحيفة … على) read as
censorship, filling a form or a car and a statistics agency's name read as mobilisation, a
province named with its country read as a boycott, what endangers security or lives read
as a threat, disputes bursting out read as a bombing, a standing principle (لن تسمح لأحد)
read as a refusal, everyone agreeing, يدين به "professes", embezzlement and a seizure of
power read as confiscation, releasing figures read as a release, "from the top down" read
as a summit, the arrival of aid read as a visit, domestic loans read as aid, a label for
an attack told in narration, sentencing law read as sanctions, a politician's verbal
attack, a warning with no one warned, killing named in a pair with another harm (القتل
والتدمير), a list of kinds of violence and vowelled verse. Each keeps its event sense beside
it. Rules alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import facts, types


@pytest.mark.parametrize(("text", "typ"), [
    # AGREE: عدّ "considered", everyone agreeing
    ("وعدّ الوزير هذه التصريحات غير مسؤولة، مؤكدا أنها تضر بالعلاقات.", "AGREE"),
    ("الكل يتفق أن رحيل الوزير كان خسارة كبيرة للدبلوماسية.", "AGREE"),
    # SUPPORT: a bare وقع … على, legislation, certification
    ("وأظهر التحقيق أن الانفجار وقع من أجل الضغط على الحكومة.", "SUPPORT"),
    ("وأغلقت المدارس بعد انفجار وقع الأسبوع الماضي على طريق المطار.", "SUPPORT"),
    ("وفي رحلته وقع الرحالة في إحدى الواحات على بئر قديمة.", "SUPPORT"),
    ("وصادق البرلمان أمس على مشروع قانون الضرائب الجديد.", "SUPPORT"),
    ("وجاءت مصادقة المجلس على قانون المرور بعد أسابيع من النقاش.", "SUPPORT"),
    ("وتتولى الإدارة التصديق على الوثائق الرسمية للمراجعين.", "SUPPORT"),
    # COERCE: a newspaper commenting, embezzlement, a seizure of power
    ("وعلقت صحيفة «الغد» البريطانية على الزيارة قائلة إنها تاريخية.", "COERCE"),
    ("واتهم المدعي العام موظفين بالاستيلاء على المال العام.", "COERCE"),
    # MOBILIZE: filling, a statistics agency
    ("ويشترط التسجيل تعبئة البيانات في الموقع.", "MOBILIZE"),
    ("وأعلن الجهاز المركزي للتعبئة العامة والإحصاء عدد سكان مصر.", "MOBILIZE"),
    # PROTEST: a province
    ("وتقع الجزيرة، وهي مقاطعة فرنسية، في المحيط الهندي.", "PROTEST"),
    ("وكان أمير مقاطعة الجوف يرعى السباق.", "PROTEST"),
    # THREATEN: what endangers
    ("وقالت الحكومة إن تهريب السلاح يهدد أمنها.", "THREATEN"),
    ("وقال الأطباء إن التلوث يهدد حياة السكان.", "THREATEN"),
    ("وامتدت النيران حتى باتت تهدد منازل القرية.", "THREATEN"),
    ("وقال إن هذه الخطوة تهدد بنسف المفاوضات.", "THREATEN"),
    # THREATEN: a warning with no one warned
    ("وكانت الوزيرة قد حذرت من أن الأسعار سترتفع.", "THREATEN"),
    ("وأصدر الوزير تصريحا حذر فيه من خطورة الفساد.", "THREATEN"),
    # ASSAULT: disputes bursting out, a politician's verbal attack
    ("وفي تفجر جديد للخلافات بين الشريكين استقال الوزير.", "ASSAULT"),
    ("وشن رئيس البرلمان هجوما على وزير المالية خلال الجلسة.", "ASSAULT"),
    # ASSAULT: killing named with another kind of harm
    ("وانتشرت مقاطع تمجد القتل والتدمير على الإنترنت.", "ASSAULT"),
    ("وأعرب المسؤول عن أسفه لحالة القتل والتشرد التي يعيشها اللاجئون.", "ASSAULT"),
    # REJECT: a standing principle
    ("وأكد الوزير أن الحكومة لن تسمح لأحد بالتدخل في عمل القضاء.", "REJECT"),
    # ACCUSE: professes, a label for the attack in narration
    ("وقال الباحث إن الشعب يدين بالإسلام منذ قرون.", "ACCUSE"),
    ("وروى أحد الشهود تفاصيل الجريمة النكراء في السوق.", "ACCUSE"),
    # RETREAT: releasing figures
    ("وأثار الإفراج عن بيانات التضخم قلق المستثمرين.", "RETREAT"),
    # CONSULT: from the top down, aid reaching a city
    ("ويجري الإصلاح في الشركة من القمة إلى القاعدة.", "CONSULT"),
    ("وأظهرت الدراسة أن الزيارات التي تصل إلى المتحف تتزايد.", "CONSULT"),
    # AID: domestic loans
    ("وقدمت المصارف قروض بطاقات الائتمان للمواطنين.", "AID"),
    # SANCTION: sentencing law
    ("وقرر الرئيس خفض العقوبات عن عشرات السجناء.", "SANCTION"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("ووعد الرئيس بإجراء انتخابات مبكرة.", "AGREE"),
    ("ووعدت الحكومة الأردنية بتقديم مساعدات إضافية للاجئين.", "AGREE"),
    ("واتفقت الحكومة والمتمردون على وقف إطلاق النار في الإقليم.", "AGREE"),
    ("ووقعت الحكومة والمعارضة أمس في الدوحة على اتفاق لوقف إطلاق النار.", "SUPPORT"),
    ("وصادق البرلمان أمس على اتفاقية الحدود مع الجارة.", "SUPPORT"),
    ("وعلقت السلطات صحيفة معارضة لمدة شهر بعد نشرها مقالا.", "COERCE"),
    ("وأعلنت الحكومة التعبئة العامة بعد الهجوم على الحدود.", "MOBILIZE"),
    ("وقاطعت المعارضة الانتخابات البرلمانية أمس.", "PROTEST"),
    ("وهدد الحوثيون بقصف المدن السعودية إذا استمرت الغارات.", "THREATEN"),
    ("وأدانت الحكومة الهجوم على السفارة بشدة.", "ACCUSE"),
    ("وأفرجت السلطات أمس عن 20 معتقلا سياسيا.", "RETREAT"),
    ("ووصل وزير الخارجية الأمريكي اليوم إلى الرياض في زيارة رسمية.", "CONSULT"),
    ("وفرضت الولايات المتحدة أمس عقوبات على مسؤولين في الحكومة.", "SANCTION"),
    ("وشنت حركة الشباب هجوما على قاعدة عسكرية في جنوب الصومال.", "ASSAULT"),
    ("وشن مجهولون هجوما على رئيس البلدية أسفر عن مقتل حارسه.", "ASSAULT"),
    ("وصف الوزير الهجوم بأنه جريمة نكراء وأدانه بشدة.", "ACCUSE"),
    ("وحذرت واشنطن موسكو من عواقب التدخل في أوكرانيا.", "THREATEN"),
    ("وحذر الجيش المتظاهرين من الاقتراب من القصر الرئاسي.", "THREATEN"),
    ("وقالت الهيئة إن المسلحين استهدفوا القرية بالقتل وتخريب المدارس.", "ASSAULT"),
    ("ونفذت السلطات أمس حكم القتل في مدان بجريمة قتل.", "ASSAULT"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_a_list_of_kinds_of_violence_is_no_report() -> None:
    text = "وتعيش المنطقة موجة خطف وقتل وتفجير وتهجير."
    assert not facts(text)
    text = "ويعرض الفيلم مشاهد من الخطف، والتفجيرات الانتحارية، والقتل، والتعذيب، على مدى ساعة."
    assert "ASSAULT" not in types(text)


def test_a_list_of_acts_with_a_toll_or_a_date_is_reported() -> None:
    text = "وشهدت المدينة أمس اشتباكات وقصفا وتفجيرات أسفرت عن مقتل خمسة مدنيين."
    assert "ASSAULT" in types(text)
    text = "وهاجم المسلحون القرية وأحرقوا المنازل وخطفوا النساء."
    assert "ASSAULT" in types(text)


def test_vowelled_verse_reports_no_event() -> None:
    text = "سَقَطَ المَطَرُ عَلَى الحُقُولِ وَقَتَلَ الشَّوْقُ قَلْبِي فِي لَيَالِي الغُرْبَةِ الطَّوِيلَةِ"
    assert not facts(text)
    text = "وَقَصَفَ الرَّعْدُ سَمَاءَ القَرْيَةِ وَتَسَاقَطَتْ حَبَّاتُ المَطَرِ عَلَى الحُقُولِ"
    assert not facts(text)
    text = "وَاعْتَقَلَ الحُزْنُ قَلْبِي فِي لَيَالِي الشِّتَاءِ البَارِدَةِ الطَّوِيلَةِ"
    assert not facts(text)


def test_a_vowelled_word_in_news_prose_is_still_read() -> None:
    assert "ASSAULT" in types("وقُتل ثلاثة حراس في هجوم على مركز حدودي أمس.")
