"""Task accuse22 on the team's own sentences: recall of ACCUSE, REJECT and SUPPORT by kind,
each a general reading with its family of forms — holding a party responsible in every person
and tense, an accusation named by a noun phrase with its accuser (a relative clause, a
nationality adjective and its charge) even inside a denial or a refusal, the participle of
انتقد, a verbal attack with its reason, doubt cast on a party's integrity, a campaign to
silence; appeals dismissed, an objection declared by its verbal noun, a council's statement
blocked, a negated acceptance of a truce, a handover, a solution or results, inspectors not
allowed back, a retreat ruled out; a welcome of "what it called", thanks offered or conveyed
to a state, thanks for a named act, praise of support, a blessing of a step, sovereignty
affirmed — and the near misses that stay as they were (a bare accusation denied, a task
shouldered, a fact that lays a responsibility, an armed attack, a reply to an appeal, a
stance told by a clause, a sovereignty formula, a danger's return, thanks to the attendees,
a delegation that heads somewhere, a nationality carried, a gun position silenced, a paper
described as critical)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 11, 18)  # a Wednesday

all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in all_of_type(text, type_)]


# --- ACCUSE: holding a party responsible, every person and tense


def test_present_tense_holding_responsible_with_long_parties_is_an_accusation() -> None:
    text = "ويحمّل الجيش الوطني الليبي قوات الوفاق مسؤولية قصف مطار معيتيقة."
    assert "allege" in modes(text, "ACCUSE")


def test_dual_past_holding_responsible_is_an_accusation() -> None:
    text = "وحملتا الوزارة المسؤولية عن غرق العبارة في بحيرة فيكتوريا."
    assert "allege" in modes(text, "ACCUSE")


def test_plural_participle_holding_responsible_is_an_accusation() -> None:
    text = "وتجمع الأهالي أمام البلدية، محملين المجلس مسؤولية انقطاع المياه."
    assert "allege" in modes(text, "ACCUSE")


def test_carrying_a_nationality_is_no_accusation() -> None:
    text = "ويحمل المدرب الجديد الجنسية البرتغالية منذ سنوات."
    assert not all_of_type(text, "ACCUSE")


def test_shouldering_a_task_is_no_accusation() -> None:
    text = "ويرى المسؤولون أن الشباب هم الجيل الذي سيحمل على كاهله مسؤولية النهضة."
    assert not all_of_type(text, "ACCUSE")


def test_a_fact_laying_responsibility_on_states_is_no_accusation() -> None:
    text = "ويعتمد ملايين الناس على الأرز المستورد، وهذا يحمل الدول المصدرة مسؤولية كبيرة."
    assert not all_of_type(text, "ACCUSE")


# --- ACCUSE: an accusation named by a noun phrase with its accuser


def test_accusation_named_by_its_relative_clause_inside_a_denial_stands() -> None:
    text = "ونفت الشرطة الكينية الاتهامات التي وجهتها منظمات حقوقية لها بتعذيب المعتقلين."
    found = all_of_type(text, "ACCUSE")
    assert found and not any(e.negated for e in found)


def test_accusation_with_nationality_and_charge_inside_a_refusal_is_an_accusation() -> None:
    text = "ورفضت الخارجية التشادية الاتهامات السودانية بتسهيل مرور المقاتلين عبر الحدود."
    assert "allege" in modes(text, "ACCUSE")


def test_bare_accusations_denied_give_no_accusation() -> None:
    text = "ونفت وزارة الدفاع الفنزويلية الاتهامات."
    assert not all_of_type(text, "ACCUSE")


def test_accusations_with_nationality_but_no_charge_give_no_accusation() -> None:
    text = "ورفض الكرملين الاتهامات البولندية، مؤكدا أن التحقيق جار."
    assert not all_of_type(text, "ACCUSE")


# --- ACCUSE: criticism, a verbal attack, doubt


def test_participle_of_criticism_with_an_insert_is_a_disapproval() -> None:
    text = "وأعلنت الرابطة مقاطعة الامتحانات، منتقدة في الوقت ذاته «تجاهل الوزارة» لمطالبها."
    assert "disapprove" in modes(text, "ACCUSE")


def test_participle_as_a_predicate_adjective_is_no_disapproval() -> None:
    text = "وقال رئيس التحرير إن الصحيفة لا تريد أن توصف بأنها منتقدة للأديان."
    assert not all_of_type(text, "ACCUSE")


def test_verbal_attack_on_the_government_with_its_reason_is_a_disapproval() -> None:
    text = "وهاجم زعيم حزب العمال الحكومة بسبب تأخر صرف رواتب المعلمين."
    assert "disapprove" in modes(text, "ACCUSE")


def test_editorial_attack_with_what_it_called_is_a_disapproval() -> None:
    text = "أما صحيفة «الشرق» فهاجمت في افتتاحيتها الحكومة بسبب ما وصفته بـ«التفريط في السيادة»."
    assert "disapprove" in modes(text, "ACCUSE")


def test_armed_attack_on_a_checkpoint_is_no_disapproval() -> None:
    text = "وهاجم مسلحون حاجزا للجيش قرب مدينة العريش."
    assert "disapprove" not in modes(text, "ACCUSE")


def test_doubt_cast_on_an_election_is_a_disapproval() -> None:
    text = "وشكك حزب المؤتمر الشعبي في نزاهة الانتخابات البلدية."
    assert "disapprove" in modes(text, "ACCUSE")


def test_doubt_with_a_quoted_party_and_a_statement_is_a_disapproval() -> None:
    text = "وشككت «حركة النجباء» في بيان بجدية الاتفاق الأمني."
    assert "disapprove" in modes(text, "ACCUSE")


# --- REJECT


def test_appeal_dismissed_by_a_court_is_a_refusal() -> None:
    text = "وردت المحكمة الإدارية العليا الطعن المقدم من حزب الأمة."
    assert all_of_type(text, "REJECT")


def test_appeals_dismissed_in_a_count_are_a_refusal() -> None:
    text = "وأعلنت الهيئة المستقلة للانتخابات رد 40 طعنا من أصل 52."
    assert all_of_type(text, "REJECT")


def test_reply_to_an_appeal_is_no_refusal() -> None:
    text = "ورد محامي الحزب على الطعن في مؤتمر صحفي."
    assert not all_of_type(text, "REJECT")


def test_objection_declared_by_its_verbal_noun_is_a_refusal() -> None:
    text = "وأعلنت الهند في بيان اعتراضها على مشروع الممر الاقتصادي."
    assert all_of_type(text, "REJECT")


def test_statement_blocked_in_the_council_is_a_refusal() -> None:
    text = "وعطلت الصين صدور بيان لمجلس الأمن بشأن ميانمار."
    assert all_of_type(text, "REJECT")


def test_truce_not_accepted_is_a_refusal() -> None:
    text = "وقال قائد الحركة: «لن نقبل بهدنة لا تضمن عودة النازحين»."
    assert all_of_type(text, "REJECT")


def test_handover_not_accepted_is_a_refusal() -> None:
    text = "وقال المتحدث إن الإقليم لن يقبل بتسليم عائدات النفط قبل صرف الرواتب."
    assert all_of_type(text, "REJECT")


def test_solutions_not_accepted_are_a_refusal() -> None:
    text = "وقال رئيس النقابة: «لن نقبل بأي حلول ترقيعية»."
    assert all_of_type(text, "REJECT")


def test_results_not_accepted_in_the_present_are_a_refusal() -> None:
    text = "وقال الحزب الحاكم السابق إنه لا يقبل بنتائج الاقتراع."
    assert all_of_type(text, "REJECT")


def test_inspectors_not_allowed_back_are_a_refusal() -> None:
    text = "وأكد المسؤول أن بلاده «لن تسمح بعودة المفتشين قبل رفع العقوبات»."
    assert "yield" in modes(text, "REJECT")


def test_retreat_ruled_out_is_a_refusal_not_a_concession() -> None:
    text = "وأكد الوزير أن الإصلاح ماض، مستبعدا أي تراجع عن رفع الدعم."
    assert all_of_type(text, "REJECT")
    assert not all_of_type(text, "CONCEDE")


def test_stance_told_by_a_clause_is_no_refusal() -> None:
    text = "وقال نقيب المعلمين: «لن نقبل أن يبقى المعلم بلا تأمين صحي»."
    assert not all_of_type(text, "REJECT")


def test_sovereignty_formula_is_no_refusal() -> None:
    text = "وقال الرئيس: «لن نقبل بأي وصاية على قرارنا الوطني»."
    assert not all_of_type(text, "REJECT")


def test_danger_not_allowed_back_is_no_refusal() -> None:
    text = "وقال الوزير إننا لن نسمح بعودة الإرهاب إلى المدينة."
    assert not all_of_type(text, "REJECT")


# --- SUPPORT


def test_welcome_of_what_it_called_is_support() -> None:
    text = "وقالت الخارجية النرويجية إنها ستواصل دعم الحوار، مرحبة بما وصفته بـ«الخطوة الشجاعة»."
    assert all_of_type(text, "SUPPORT")


def test_thanks_offered_to_a_government_are_support() -> None:
    text = "وتوجه رئيس الوزراء الصومالي بالشكر إلى الحكومة التركية."
    assert all_of_type(text, "SUPPORT")


def test_thanks_for_hosting_refugees_are_support() -> None:
    text = "فيما شكر الرئيس الأوغندي كينيا على استضافة آلاف اللاجئين."
    assert all_of_type(text, "SUPPORT")


def test_praise_of_generous_support_is_support() -> None:
    text = "وحضر السفير الإندونيسي، الذي ثمن «الدعم السخي» من الكويت للمتضررين."
    assert all_of_type(text, "SUPPORT")


def test_blessing_of_a_step_is_support() -> None:
    text = "وبارك المجلس الرئاسي الخطوة التي أقدمت عليها الحكومة."
    assert all_of_type(text, "SUPPORT")


def test_sovereignty_affirmed_over_islands_is_support() -> None:
    text = "وجدد المجلس الوزاري تأكيد سيادة الإمارات على جزرها الثلاث."
    assert all_of_type(text, "SUPPORT")


def test_thanks_to_the_attendees_are_no_support() -> None:
    text = "ورحب مدير المستشفى بالحضور، وقدم شكره وتقديره للجميع على جهودهم."
    assert not all_of_type(text, "SUPPORT")


def test_delegation_heading_to_a_capital_is_no_support() -> None:
    text = "وتوجه الوفد الحكومي إلى نيروبي لاستئناف المحادثات."
    assert not all_of_type(text, "SUPPORT")


# --- ACCUSE: a characterisation as a campaign to silence


def test_arrest_called_part_of_a_campaign_to_silence_the_press_is_a_disapproval() -> None:
    text = "واعتبرت نقابة الصحفيين أن اعتقاله «يأتي ضمن حملة لإسكات الصحافة الحرة»."
    assert "disapprove" in modes(text, "ACCUSE")


def test_silencing_a_gun_position_is_no_disapproval() -> None:
    text = "وقال الجيش إن مدفعيته تمكنت من إسكات مصادر النيران شرق المدينة."
    assert "disapprove" not in modes(text, "ACCUSE")
