"""Round-13 rules on the team's own sentences: a time told after an accusation (…، المتهم
بتنفيذ هجوم في مايو الماضي؛ متهمة الحكومة بمصادرة … في يوليو) is the accused act's, not the
main act's nor the accusation's; a month after "since <act>" (منذ توقف المحادثات في مارس
الماضي) dates nothing; "the same night" (الليلة نفسها) is the night told before."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 11, 18)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- dates: times told after an accusation or after "since"


def test_a_month_after_an_accused_relative_is_not_the_main_acts() -> None:
    text = ("وهدمت قوات الاحتلال منزلا في بلدة بيتا يعود لعائلة الشاب أحمد خالد، "
            "المتهم بتنفيذ عملية طعن قرب حاجز زعترة في مايو الماضي.")
    demolition = [e for e in of_type(text, "ASSAULT") if "هدم" in e.trigger.text]
    assert demolition and all(e.date != date(2026, 5, 1) for e in demolition)


def test_the_accused_act_takes_the_month_after_it() -> None:
    text = ("وقالت الشركة في بيان إنها ستلجأ إلى القضاء، متهمة الحكومة بمصادرة معداتها "
            "في يوليو الماضي.")
    accusation = of_type(text, "ACCUSE")
    assert accusation and all(e.date != date(2026, 7, 1) for e in accusation)
    seizure = of_type(text, "COERCE")
    assert seizure and seizure[0].date == date(2026, 7, 1)
    assert seizure[0].date_precision == "month"


def test_a_month_after_since_an_act_dates_nothing() -> None:
    text = ("وتأتي الزيارة بعد أيام من استضافة الدوحة جولة محادثات بين الطرفين، هي الأولى "
            "منذ توقف المفاوضات في مارس الماضي.")
    visits = of_type(text, "CONSULT")
    assert visits and all(e.date != date(2026, 3, 1) for e in visits)


def test_the_same_night_is_the_night_told_before() -> None:
    text = ("قتل خمسة أشخاص في هجوم بطائرات مسيرة شنته روسيا ليل الاثنين الثلاثاء على خاركيف. "
            "وارتفعت الحصيلة صباح اليوم الأربعاء إلى سبعة.\n"
            "في المقابل، قالت وزارة الدفاع الروسية إن دفاعاتها الجوية أسقطت 30 مسيرة "
            "أوكرانية فوق مقاطعة بيلغورود خلال الليلة نفسها.")
    downed = [e for e in of_type(text, "ASSAULT") if "أسقطت" in e.trigger.text]
    assert downed and downed[0].date == date(2026, 11, 16)


# --- what reports no act: a defendant, an exhortation, a danger, a daily habit


def test_a_defendant_or_accused_of_is_no_accusation() -> None:
    assert not of_type("وبرأت المحكمة متهما ثالثا من جميع التهم المنسوبة إليه.", "ACCUSE")
    text = "وتسلمت الشرطة من الأردن مطلوبا خطيرا متهما بتهريب الأسلحة إلى العراق."
    assert not [e for e in of_type(text, "ACCUSE") if e.trigger.text == "متهما"]


def test_the_accusing_participle_with_its_object_stays() -> None:
    text = "وقال المتحدث إن قواته سترد، متهما الجيش بقصف مواقع مدنية في الولاية."
    assert [e for e in of_type(text, "ACCUSE") if e.trigger.text == "متهما"]


def test_a_hortative_first_person_plural_is_no_act() -> None:
    text = "فلنراجع أنفسنا، ولنطالب حكامنا بالعدل، ولنرفض الظلم أينما كان."
    assert not of_type(text, "REQUEST") and not of_type(text, "REJECT")


def test_what_threatens_is_no_threat() -> None:
    assert not of_type("إن أخطر ما يهدد مجتمعاتنا اليوم هو التفكك الأسري.", "THREATEN")


def test_an_act_told_as_daily_is_a_habit() -> None:
    text = "فكل صباح يشن المضاربون هجوما جديدا على مدخرات الأسر."
    assert not of_type(text, "ASSAULT")
    text = "إن الإشاعات تشن علينا كل يوم حربا نفسية لا تتوقف."
    assert not of_type(text, "ASSAULT")


def test_a_dated_attack_is_still_an_attack() -> None:
    text = "شن مسلحون هجوما على حاجز للجيش صباح اليوم في ريف درعا."
    assert of_type(text, "ASSAULT")


# --- tolls: two counts before one verb, and the wounded told beside arrests


def test_two_counts_joined_before_their_verb_are_summed() -> None:
    from rasd.text.casualties import extract_casualties
    found = [(c.kind, c.min, c.max) for c in extract_casualties(
        "وقال مصدر طبي إن 12 متظاهرا وثلاثة من عناصر الأمن أصيبوا بجروح.")]
    assert ("injured", 15, 15) in found


def test_an_arrest_takes_no_wounded() -> None:
    text = ("فرقت الشرطة، مساء أمس، تجمعا لمئات المتظاهرين أمام البرلمان مستخدمة الغاز المسيل "
            "للدموع.\nوأعلنت الشرطة أن 20 شخصا أوقفوا وأن ستة من رجال الأمن أصيبوا بجروح.")
    arrests = of_type(text, "COERCE")
    assert arrests and all(e.injured is None for e in arrests)
    assert any(e.injured is not None and e.injured.min == 6 for e in of_type(text, "ASSAULT"))


# --- a list of arms is one act's, or no act's


def test_the_second_item_of_a_list_of_arms_is_no_attack() -> None:
    text = "ودفع الجيش بتعزيزات عسكرية تضم دبابات وراجمات صواريخ إلى المنطقة الحدودية."
    assert not of_type(text, "ASSAULT")
    text = "وفرض الاتحاد عقوبات على شركات بسبب تزويد موسكو بطائرات مسيرة وصواريخ باليستية."
    assert not [e for e in of_type(text, "ASSAULT") if "صواريخ" in e.trigger.text]


def test_a_second_weapon_after_a_weapon_trigger_stays() -> None:
    text = "وقال المبعوث إن المقاتلين ردوا بإطلاق الصواريخ وقذائف المورتر على قريتين."
    assert of_type(text, "ASSAULT")


# --- rows: an extradition received, a shipment of medicines; one person executed


def test_an_extradition_received_is_judicial_cooperation() -> None:
    text = "أعلنت وزارة الداخلية، اليوم، تسلمها من السلطات الإماراتية مطلوبا متهما بالاحتيال."
    assert of_type(text, "COOPERATE")
    assert not [e for e in of_type(text, "ACCUSE") if e.trigger.text == "متهما"]


def test_a_shipment_of_medicines_is_aid() -> None:
    text = "وتسلمت وزارة الصحة شحنة أدوية ومستلزمات طبية مقدمة من الهلال الأحمر القطري."
    assert of_type(text, "AID")


def test_one_person_executed_is_one_killed() -> None:
    text = ("نفذت السلطات، فجر اليوم، حكم الإعدام بحق الشاب محمد كريمي (25 عاما) في سجن "
            "مدينة أصفهان.")
    executions = [e for e in of_type(text, "ASSAULT") if e.mode == "execute"]
    assert executions and executions[0].killed is not None
    assert (executions[0].killed.min, executions[0].killed.max) == (1, 1)


# --- places: a square named after its head


def test_a_square_is_the_place_of_a_protest() -> None:
    text = "تظاهر مئات الطلاب، أمس، في ميدان التحرير بالقاهرة احتجاجا على رفع الرسوم."
    protests = of_type(text, "PROTEST")
    assert protests and protests[0].place is not None and protests[0].place.span is not None
    assert "ميدان التحرير" in protests[0].place.span.text


def test_an_arena_of_action_is_no_square() -> None:
    text = "تظاهر مئات الطلاب، أمس، بالقاهرة تضامنا مع رفاقهم في ساحة المعركة."
    for e in of_type(text, "PROTEST"):
        assert e.place is None or e.place.span is None or "ساحة" not in e.place.span.text


def test_prices_or_temptations_as_a_weapon_are_a_figure_of_speech() -> None:
    assert not of_type("والأسعار تقصف الرواتب قبل أن تصل إلى البيوت.", "ASSAULT")
    text = "فالإعلام يحاصر أبناءنا بالشهوات ويقصفهم بالشبهات ليل نهار."
    assert not of_type(text, "ASSAULT") and not of_type(text, "COERCE")
    assert of_type("حاصرت القوات البلدة بالدبابات منذ فجر اليوم.", "COERCE")


def test_serving_a_sentence_is_no_verdict() -> None:
    text = "وأفرجت السلطات عن ناشط كان يقضي حكما بالسجن ثلاث سنوات."
    assert not of_type(text, "SANCTION")
    assert of_type("قضت محكمة الجنايات، أمس، بالسجن خمس سنوات على المتهم.", "SANCTION")


def test_a_death_toll_after_a_reporting_participle_is_the_attacks() -> None:
    text = ("أعلن الجيش، في بيان أمس، أنه صد هجوما استهدف معسكره في مدينة نيونو، مؤكدا "
            "«تحييد» أكثر من 20 مهاجما ومقتل ثلاثة من جنوده.")
    attacks = of_type(text, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].killed is not None
    assert (attacks[0].killed.min, attacks[0].killed.max) == (3, 3)
