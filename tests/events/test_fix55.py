"""Task fix55 on the team's own sentences: the general causes of the blind round 55's failures
(ev-2091..ev-2120, a week of Iraq and Kurdistan, Syria's north, Turkey's border operations and
Iran). Patrols roaming, sweeps begun after a time insert and bases set up are deployments;
people forced to leave and camps closed are coercion; a call to join those protesting is a
future protest; first-person rounds of talks and agreements, a round with a mediator; an
unlaunched rocket is no attack; a grant to displaced families is relief; occupiers evicted; a
refusal to return to a place before a demand; a utility reaching homes is no visit; a domestic
body's own sitting is no meeting; a first-person verb's object is no subject; a party's own
forces named by a possessed noun; an act named as a reply's cause and told in the next
sentence's pluperfect is one act; an execution and torture are two acts. And the readings
beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import (
    assert_no_fact,
    assert_reports,
    events,
    events_of_type,
    facts_of_type,
)

PUB = date(2026, 10, 22)  # a Thursday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)
any_of_type = partial(events_of_type, published=PUB)


def actors(text: str, type_: str) -> list[str | None]:
    return [e.actor.span.text if e.actor else None for e in any_of_type(text, type_)]


# --- deployments


def test_a_foreign_patrol_roaming_a_road_is_a_deployment() -> None:
    reports("أفاد مراسلنا بأن دورية روسية جابت الطريق الدولي قرب عين عيسى بعد ظهر اليوم.",
            "MOBILIZE", "troops")


def test_a_patrol_told_verb_first_is_a_deployment() -> None:
    reports("وجابت دورية تركية شوارع بلدة الدرباسية صباح اليوم.", "MOBILIZE", None)


def test_a_march_roaming_the_streets_stays_a_protest() -> None:
    text = "خرج مئات الطلاب في مسيرة جابت شوارع المدينة احتجاجا على رفع الرسوم."
    reports(text, "PROTEST", None)
    no_fact(text, "MOBILIZE")


def test_a_sweep_begun_after_a_time_insert_is_a_deployment() -> None:
    reports("وقالت القيادة إن قوات الجيش باشرت، فجر اليوم، عملية تفتيش واسعة في البساتين "
            "المحيطة بالقرية.", "MOBILIZE", None)


def test_an_inspection_of_shops_is_no_deployment() -> None:
    no_fact("باشرت لجنة من البلدية حملة تفتيش على المطاعم والأفران في المدينة.", "MOBILIZE")


def test_bases_not_intended_are_a_negated_future_deployment() -> None:
    found = any_of_type("أكد المتحدث أن الجيش لا ينوي إنشاء قواعد جديدة في محافظة أربيل.",
                        "MOBILIZE")
    assert found and all(e.negated and e.future for e in found)


def test_new_rules_are_no_bases() -> None:
    text = "أعلنت الوزارة إنشاء قواعد جديدة للعمل في الموانئ التجارية."
    assert not any_of_type(text, "MOBILIZE")


# --- coercion and relief


def test_families_forced_to_leave_are_coerced() -> None:
    reports("وأجبرت الجماعة المسلحة عشرات العائلات على النزوح من قراها.", "COERCE", None)


def test_a_camp_closure_announced_is_a_future_coercion() -> None:
    found = any_of_type("أبلغت الوزارة سكان المخيم عزمها إغلاق المخيم مطلع الشهر المقبل.",
                        "COERCE")
    assert found and all(e.future for e in found)


def test_occupiers_evicted_from_houses_are_coerced() -> None:
    reports("وأخلت قوة من الشرطة خمسة منازل كان يشغلها مسلحون في حي الزهور وسلمتها إلى "
            "أصحابها.", "COERCE", None)


def test_a_grant_to_displaced_families_is_relief() -> None:
    text = "وأعلنت الوزارة صرف منحة مالية قدرها مليون دينار لكل عائلة نازحة تعود إلى قريتها."
    reports(text, "AID", "humanitarian")
    no_fact(text, "CONCEDE")


def test_a_grant_to_employees_who_asked_stays_a_concession() -> None:
    text = "أعلنت الحكومة موافقتها على صرف منحة مالية للموظفين استجابة لمطالبهم."
    no_fact(text, "AID")


# --- calls, talks and agreements


def test_a_call_to_join_the_protesters_is_a_future_protest() -> None:
    found = any_of_type("ودعا المتحدث باسم النقابة المعلمين في المحافظات إلى الالتحاق "
                        "بزملائهم أمام الوزارة يوم الأحد.", "PROTEST")
    assert found and all(e.future for e in found)


def test_a_first_person_round_with_a_mediator_is_third_party_talks() -> None:
    found = any_of_type("سنعقد جولة جديدة في الدوحة الأسبوع المقبل بحضور الوسيط القطري.",
                        "CONSULT")
    assert found and found[0].mode == "third-party" and found[0].future


def test_an_agreement_not_yet_reached_in_the_first_person_is_negated() -> None:
    found = any_of_type("لم نتوصل بعد إلى اتفاق نهائي مع الحكومة حول ملف النفط.", "AGREE")
    assert found and all(e.negated for e in found)


def test_a_refusal_to_return_before_a_demand_is_a_refusal() -> None:
    reports("وقال النائب إن كتلته «لن تعود إلى جلسات البرلمان قبل أن تصرف الحكومة "
            "الرواتب».", "REJECT", "yield")


def test_power_not_back_before_a_week_is_no_refusal() -> None:
    no_fact("لن تعود الكهرباء إلى المنازل قبل أسبوع بحسب المديرية.", "REJECT")


# --- no acts


def test_an_unlaunched_rocket_is_no_attack() -> None:
    assert not events("وعثرت الشرطة على شاحنة صغيرة وعليها صاروخ لم ينطلق.", PUB)


def test_water_reaching_homes_is_no_visit() -> None:
    no_fact("وقال أحد السكان إن «الماء الذي يصل إلى البيوت مالح».", "CONSULT")


def test_a_ministers_arrival_stays_a_visit() -> None:
    found = any_of_type("يصل وزير الخارجية الأردني إلى بغداد غدا في زيارة رسمية.", "CONSULT")
    assert found


def test_a_councils_own_sitting_is_no_meeting() -> None:
    text = ("قرر مجلس محافظة البصرة في جلسة طارئة عقدها اليوم تشكيل لجنة لمتابعة أزمة المياه، "
            "وسط انتقادات لضعف التنسيق بين الدوائر.")
    no_fact(text, "CONSULT")


def test_the_security_councils_sitting_stays_a_meeting() -> None:
    reports("عقد مجلس الأمن الدولي جلسة طارئة لبحث التصعيد في المنطقة.", "CONSULT", None)


# --- actors


def test_a_first_person_demand_has_no_subject_after_it() -> None:
    assert actors("نطالب واشنطن بموقف واضح من هذه الهجمات.", "REQUEST") != ["واشنطن"]


def test_a_possessed_force_noun_is_the_actor() -> None:
    found = any_of_type("أعلنت وزارة الدفاع التركية أن قواتها ضبطت 20 شخصا حاولوا عبور "
                        "الحدود.", "COERCE")
    assert found and found[0].actor is not None and found[0].actor.span.text == "قواتها"
    assert found[0].actor.country == "TUR"


def test_a_third_person_subject_after_the_verb_stays() -> None:
    assert "الجيش التركي" in " ".join(
        a or "" for a in actors("قصف الجيش التركي مواقع في ريف الحسكة.", "ASSAULT"))


# --- one act, two acts


def test_an_act_named_as_a_replys_cause_and_told_next_is_one_act() -> None:
    text = ("وتبنت الجماعة الهجوم، وقالت إنه جاء ردا على «إعدام شبان من المنطقة».\n"
            "وكانت السلطات قد أعدمت الشهر الماضي أربعة رجال من المحافظة.")
    found = any_of_type(text, "ASSAULT")
    executions = [e for e in found if e.mode == "execute"]
    assert len(executions) == 1, [(e.trigger.text, e.mode) for e in found]
    assert executions[0].trigger.text == "أعدمت"


def test_an_execution_and_torture_are_two_acts() -> None:
    text = ("نفذت السلطات حكم الإعدام شنقا بحق رجل أدين بالتخابر.\n"
            "وقالت منظمة حقوقية إن الرجل انتزعت منه اعترافات تحت التعذيب.")
    found = {e.mode for e in any_of_type(text, "ASSAULT")}
    assert {"execute", "torture"} <= found
