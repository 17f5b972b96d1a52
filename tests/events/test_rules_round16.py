"""Round-16 rules on the team's own sentences: a province name read as a future verb, a
headline's place label and the body's town, strikes in two towns the gazetteer does not
know, summits held, an ambassador recalled after a long frame, hostile acts characterised,
accusations told as a plural participle, appeals rejected, tribal fights, deportations of
refugees counted after a frame, forces repositioned, arms sales, ammunition as a commodity,
peacekeepers named as victims, chess pages, and arrests never counted on a protest."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts, types

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- dates and merging


def test_a_province_starting_like_a_future_verb_does_not_make_the_clause_future() -> None:
    text = ("اعتقلت قوات الأمن 30 شخصا في مدينة زاهدان بمحافظة سيستان وبلوشستان، الثلاثاء، "
            "بحسب منظمة حقوقية.")
    arrests = of_type(text, "COERCE")
    assert arrests and not arrests[0].future
    assert arrests[0].date == date(2026, 12, 1)


def test_a_headline_place_label_and_the_body_town_are_one_act() -> None:
    text = ("درعا: مقتل خمسة عناصر من الشرطة بهجوم على مخفر\n"
            "قتل خمسة عناصر من الشرطة، مساء الثلاثاء، في هجوم شنه مسلحون على مخفر في مدينة "
            "نوى بريف درعا الغربي، بحسب مصدر أمني.")
    attacks = of_type(text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.span is not None
    assert "نوى" in attacks[0].place.span.text
    assert attacks[0].date == date(2026, 12, 1)


def test_two_strikes_on_two_unknown_towns_are_two_acts() -> None:
    text = ("استهدفت مسيرة، صباح اليوم الأربعاء، سيارة على طريق بلدة دير ميماس، ما أدى إلى "
            "سقوط قتيلين.\nوقصفت المدفعية أطراف بلدتي حلتا والماري بعدد من القذائف، فيما "
            "ألقت مسيرة قنبلة صوتية قرب جرافة في بلدة يارون.")
    assert len(of_type(text, "ASSAULT")) == 3


# --- diplomatic acts


def test_a_summit_held_is_a_multilateral_meeting() -> None:
    closed = "وتختتم وفود دول الاتحاد؛ اختتمت قمة قادة دول شرق أفريقيا أعمالها في أروشا أمس."
    meetings = of_type(closed, "CONSULT")
    assert meetings and meetings[0].mode == "multilateral"
    named = "وشددت القمة الخليجية في ختام أعمالها على وحدة الصف."
    assert "CONSULT" in types(named, PUB)


def test_an_ambassador_recalled_after_a_long_frame_is_a_withdrawal() -> None:
    text = "استدعت وزارة الخارجية التشادية، مساء اليوم الأربعاء، سفيرها لدى السودان للتشاور."
    recalls = of_type(text, "SANCTION")
    assert recalls and recalls[0].mode == "withdraw"


def test_a_step_called_a_hostile_act_is_disapproval() -> None:
    text = "ووصفت الحكومة القرار الأوروبي بأنه «عمل عدائي» ضد البلاد."
    assert "ACCUSE" in types(text, PUB)


def test_a_plural_participle_before_the_accused_is_an_accusation() -> None:
    text = "واعتصم العشرات أمام مقر الهيئة، متهمين اللجنة الانتخابية بالتلاعب بالنتائج."
    accusations = of_type(text, "ACCUSE")
    assert accusations and accusations[0].mode == "allege"
    held = "أوقفت الشرطة تسعة أشخاص متهمين بالتورط في سرقة الكابلات."
    assert not of_type(held, "ACCUSE")


def test_appeals_rejected_in_a_count() -> None:
    assert "REJECT" in types("وأعلنت المفوضية أنها ردت 41 طعنا لعدم كفاية الأدلة.", PUB)


# --- material acts


def test_a_tribal_fight_with_a_toll_is_an_attack() -> None:
    fight = ("اندلع نزاع عشائري، مساء الثلاثاء، في ناحية الإصلاح أسفر عن مقتل شخصين وإصابة "
             "أربعة.")
    assert "ASSAULT" in types(fight, PUB)
    settled = "نجح شيوخ العشائر في حل نزاع عشائري قديم على حصص المياه."
    assert not of_type(settled, "ASSAULT")


def test_refugees_deported_after_a_frame_and_a_count() -> None:
    text = ("رحلت السلطات التركية، خلال الأسبوع الماضي، أكثر من 1,500 لاجئ سوري عبر معبر "
            "باب الهوى.")
    deported = of_type(text, "COERCE")
    assert deported and deported[0].mode == "deport"


def test_forces_repositioned_outside_a_town_is_a_withdrawal() -> None:
    text = "وقالت الحركة إنها أعادت تموضع قواتها خارج المدينة حفاظا على أرواح المدنيين."
    withdrawals = of_type(text, "RETREAT")
    assert withdrawals and withdrawals[0].mode == "withdraw"


def test_an_arms_sale_with_a_count_is_military_cooperation_not_an_attack() -> None:
    text = "وأقرت الحكومة الفرنسية صفقة لبيع الإمارات 80 صاروخا من طراز ميتيور."
    sales = of_type(text, "COOPERATE")
    assert sales and sales[0].mode == "military"
    assert not of_type(text, "ASSAULT")


def test_artillery_ammunition_in_an_aid_package_is_no_shelling() -> None:
    text = "وتشمل الحزمة أنظمة دفاع جوي وذخائر مدفعية وطائرات مسيرة للاستطلاع."
    assert not of_type(text, "ASSAULT")


def test_a_peacekeepers_patrol_named_as_a_target_is_no_deployment() -> None:
    text = ("أعلنت قوة الأمم المتحدة المؤقتة في لبنان، اليوم، أن دبابة أطلقت قذيفتين قرب دورية "
            "لقوات حفظ السلام على طريق الخيام.")
    assert not of_type(text, "AID")


def test_a_chess_report_has_no_event() -> None:
    text = ("شن بطل العالم هجوما مبكرا على ملك منافسه في الجولة الثالثة من بطولة الشطرنج، "
            "قبل أن يستسلم الأخير في النقلة الثلاثين.")
    assert not facts(text, PUB)


def test_an_arrest_count_is_not_a_protests_count() -> None:
    text = "ويواصل 15 معتقلا سياسيا إضرابا مفتوحا عن الطعام في سجن برج العرب منذ عشرة أيام."
    protests = of_type(text, "PROTEST")
    assert protests and all(p.arrested is None for p in protests)


def test_a_military_base_handed_over_is_a_withdrawal() -> None:
    text = ("تسلمت القوات المسلحة الصومالية، صباح اليوم، ثكنة عسكرية في بلدة جوهر من القوات "
            "الأوغندية المنسحبة.")
    handovers = of_type(text, "RETREAT")
    assert handovers and handovers[0].mode == "withdraw"


def test_medical_attacks_and_advice_are_no_political_events() -> None:
    text = ("وتزداد «هجمات» الربو مع العواصف، إذ يهاجم الالتهاب القصبات الهوائية، ونصح "
            "الأطباء المرضى بتجنب الخروج من المنازل.")
    assert not of_type(text, "ASSAULT")
    assert not of_type(text, "REQUEST")


def test_a_time_after_a_relative_clause_set_off_by_commas_dates_the_main_act() -> None:
    text = ("اعتقلت الشرطة الكينية، التي تنتشر في العاصمة منذ أسبوع، 40 متظاهرا في نيروبي، "
            "مساء الثلاثاء، خلال احتجاجات على الضرائب.")
    arrests = of_type(text, "COERCE")
    assert arrests and arrests[0].date == date(2026, 12, 1)


def test_a_call_to_stop_aggression_asks_the_other_side_to_yield() -> None:
    text = "ودعت البعثة الأممية القوات الحكومية إلى الكف عن أي سلوك عدواني تجاه المراقبين."
    requests = of_type(text, "REQUEST")
    assert requests and requests[0].mode == "yield"
