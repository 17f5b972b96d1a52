"""Round-28 fixes (2026-12-04 (13)) on the team's own sentences: the general causes the blind
round ev-1281..ev-1310 showed — a release announced for later (a promise), regret at a text
another body adopted, nuclear tests and "an attack on sovereignty" read as attacks,
recognition of a region, a consulate's consent withdrawn, a court's seat and day told as two
inserts, a plot told in the past progressive (foiled), foreigners deported by count, a group's
member handed over, homes and tonnes of goods given as aid, a measure's postponement,
publication on a platform read as a deployment, an execution's manner read as shooting, a
party's label for its enemies, an extradition treaty's name, and the conviction a sentence
rests on told after it."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 5, 14)  # a Thursday

of_type = partial(facts_of_type, published=PUB)


def _all(text: str) -> list[tuple[str, str | None, bool, bool]]:
    return [(e.type, e.mode, e.negated, e.future) for e in events(text, PUB)]


def test_a_release_announced_for_later_is_a_concession() -> None:
    text = "وقال وزير الداخلية إن الموقوفين سيطلق سراحهم بكفالة خلال الأسبوع."
    assert [(e.type, e.mode) for e in events_of_type(text, "CONCEDE", PUB)] == [
        ("CONCEDE", "release")]
    assert not events_of_type(text, "RETREAT", PUB)


def test_regret_at_an_adopted_text_is_disapproval() -> None:
    text = ("وأعربت وزارة الخارجية الألمانية، في بيان لمتحدثها، عن «أسفها» لاعتماد البرلمان "
            "المجري القانون الجديد.")
    assert [e.mode for e in of_type(text, "ACCUSE")] == ["disapprove"]


def test_nuclear_tests_are_no_attack() -> None:
    text = "وطالب النواب بتعويض ضحايا التفجيرات النووية التي أجرتها فرنسا في الصحراء."
    assert not events_of_type(text, "ASSAULT", PUB)


def test_an_attack_on_sovereignty_is_a_characterisation() -> None:
    text = "ورفضت الحكومة الليبية القرار، واعتبرته «اعتداء صارخا على سيادة ليبيا»."
    assert not events_of_type(text, "ASSAULT", PUB)


def test_recognising_a_region_as_a_state_is_support() -> None:
    text = "أعلنت إثيوبيا، أمس الأحد، اعترافها بإقليم «أرض الصومال» دولة مستقلة."
    assert of_type(text, "SUPPORT")


def test_consent_withdrawn_for_a_consulate_is_an_expulsion() -> None:
    text = "أعلنت الحكومة التشيكية سحب الموافقة على عمل القنصلية الروسية في مدينة برنو."
    assert [(e.type, e.mode) for e in events(text, PUB)] == [("SANCTION", "expel")]


def test_a_sentence_with_the_court_seat_and_the_day_between() -> None:
    text = ("قضت الدائرة الثانية إرهاب بمحكمة جنايات الجيزة، المنعقدة بمجمع محاكم طرة، "
            "اليوم الثلاثاء، بالسجن المشدد على 6 متهمين.")
    assert [e.mode for e in of_type(text, "SANCTION")] == ["convict"]


def test_a_plot_in_the_past_progressive_is_foiled() -> None:
    text = ("وأوضحت المديرية أن الموقوفين كانوا يخططون لتنفيذ هجمات خلال عيد الميلاد، "
            "وأنها ضبطت بحوزتهم أسلحة.")
    attacks = events_of_type(text, "ASSAULT", PUB)
    assert [(e.negated, e.future) for e in attacks] == [(True, False)]


def test_a_plot_in_preparation_stays_planned() -> None:
    text = "وقالت الشرطة إن المشتبهين يخططون لتنفيذ هجمات خلال عيد الميلاد."
    assert [e.future for e in events_of_type(text, "ASSAULT", PUB)] == [True]


def test_foreigners_deported_by_count() -> None:
    text = "كما رحلت السلطات 15 أجنبيا ثبت تورطهم في التهريب."
    assert [e.mode for e in of_type(text, "COERCE")] == ["deport"]


def test_a_group_member_handed_over_is_an_extradition() -> None:
    text = "وكانت السلطات السورية قد سلمت العراق، الشهر الماضي، قياديا في التنظيم."
    assert [e.mode for e in events_of_type(text, "COOPERATE", PUB)] == ["judicial"]


def test_building_homes_for_victims_is_aid() -> None:
    text = "وأعلنت الهيئة أنها ستتكفل ببناء 300 وحدة سكنية للأسر المتضررة من الفيضانات."
    assert [e.mode for e in events_of_type(text, "AID", PUB)] == ["humanitarian"]


def test_tonnes_of_goods_granted_are_aid() -> None:
    text = "وأعلن الوزير أن بلاده منحت السنغال 10 آلاف طن من القمح."
    assert [e.mode for e in of_type(text, "AID")] == ["economic"]


def test_a_measure_postponed_is_a_policy_concession() -> None:
    text = "لكن رئيس الحكومة أعلن تأجيل العمل بالمادة المتعلقة برفع سن التقاعد إلى العام المقبل."
    assert [e.mode for e in of_type(text, "CONCEDE")] == ["policy"]


def test_a_statement_published_on_a_platform_deploys_nothing() -> None:
    text = "وتوعدت الجماعة، في بيان نشر على منصات تابعة لها، بمزيد من الهجمات."
    assert not events_of_type(text, "MOBILIZE", PUB)
    assert of_type(text, "THREATEN")


def test_an_execution_by_firing_squad_is_no_shooting() -> None:
    text = "وأصدرت المحكمة، اليوم، أحكاما بإعدام 9 أشخاص رميا بالرصاص بتهمة التجسس."
    assert "ASSAULT" not in {t for t, _, _, _ in _all(text)}


def test_states_of_aggression_is_a_label() -> None:
    text = "وقالت الجماعة إن المتهمين تخابروا مع «دول العدوان» خلال السنوات الماضية."
    assert not events_of_type(text, "ASSAULT", PUB)


def test_an_extradition_treaty_named_is_no_handover() -> None:
    text = "وطالبت الحكومة، اليوم، باكستان بتسليمه استنادا إلى معاهدة تسليم المطلوبين بين البلدين."
    assert not events_of_type(text, "COOPERATE", PUB)


def test_the_conviction_told_after_a_sentence_is_the_sentence() -> None:
    text = ("أصدرت المحكمة، اليوم الاثنين، حكما بالإعدام على الوزير السابق، بعد إدانته "
            "بارتكاب جرائم ضد الإنسانية.")
    assert [(t, m) for t, m, _, _ in _all(text) if t in ("SANCTION", "ACCUSE")] == [
        ("SANCTION", "convict")]


def test_the_conviction_after_an_execution_stays() -> None:
    text = ("نفذت السلطات، فجر اليوم، حكم الإعدام بحق سجينين، بعد إدانتهما بتهمة «المحاربة».")
    assert [m for t, m, _, _ in _all(text) if t == "SANCTION"] == ["convict"]


def test_a_crowd_dispersed_before_it_is_told_gathered_in_protest() -> None:
    text = ("وأطلقت الشرطة، مساء اليوم، الغاز المسيل للدموع لتفريق العشرات من أنصار المعارضة "
            "تجمعوا أمام مقر البرلمان.")
    assert [e.mode for e in of_type(text, "PROTEST")] == ["demo"]


def test_an_act_done_again_after_aada_is_no_purpose() -> None:
    text = "وقال المرصد إن الطائرات المسيرة عادت لتستهدف فرق الإسعاف في البلدة."
    assert [e.future for e in events_of_type(text, "ASSAULT", PUB)] == [False]


def test_a_categorical_refusal_is_no_boycott() -> None:
    text = "وجاء في البيان: «نرفض رفضا قاطعا الضرائب الجديدة التي تضمنها قانون المالية»."
    assert not events_of_type(text, "PROTEST", PUB)
    assert events_of_type(text, "REJECT", PUB)


def test_we_hold_the_government_responsible() -> None:
    text = "وقالت النقابة في بيانها: «ونحمل الحكومة مسؤولية انهيار المفاوضات»."
    assert [e.mode for e in events_of_type(text, "ACCUSE", PUB)] == ["allege"]


def test_the_condemnation_doublet_is_one_condemnation() -> None:
    text = ("وأعربت وزارة الخارجية، اليوم، عن إدانة المملكة واستنكارها الشديدين للهجوم الذي "
            "استهدف مسجدا في مدينة بيشاور.")
    assert len(events_of_type(text, "ACCUSE", PUB)) == 1


def test_a_reciprocal_expulsion_is_a_sanction() -> None:
    text = "وردت موسكو بطرد العدد نفسه من الدبلوماسيين الألمان."
    assert [(e.type, e.mode) for e in events(text, PUB)] == [("SANCTION", "expel")]
