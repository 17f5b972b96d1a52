"""Fresh-rounds pass a (2026-12-04 (16)): the general causes the recent blind rounds
(ev-1201 … ev-1460) showed for ASSAULT, COERCE, PROTEST, MOBILIZE, RETREAT, THREATEN, SANCTION
and AID, each pinned by a probe of the team's own (another country, actor and wording than the
passage's) and a near miss the fix must leave alone: security detachments and organs as armed
arresting parties, a pluperfect passive arrest, a drone's wreckage, truces named as a time
reference or an agreement or an aim, weapons named as a product, threats told with a long
insert or a Maghreb notice, and a safety advisory or an abstract danger that threaten no one."""

from __future__ import annotations

import pytest

from tests.events.probes_fresh_a import HELD_OUT, HELD_OUT_NEAR_MISSES
from tests.events.rule_checks import (
    assert_no_fact,
    assert_reports,
    events_of_type,
    facts_of_type,
    held_out_cases,
    known_failures,
)


def test_detachments_are_an_armed_arresting_party() -> None:
    text = ("وأوقفت مفارز للدرك الوطني، خلال دوريات متفرقة بولايتي إليزي وجانت الأسبوع "
            "الماضي، تسعة منقبين عن الذهب.")
    assert_reports(text, "COERCE", "arrest")


def test_security_organs_are_an_armed_arresting_party() -> None:
    text = "وقال المتحدث إن أجهزة الأمن أوقفت خلال الأسبوع الماضي العقيدين سليمان وداود."
    assert_reports(text, "COERCE", "arrest")


def test_stopping_a_service_is_no_arrest() -> None:
    assert_no_fact("وأوقفت الشركة خدمة الحافلات بين المدينتين خلال العطلة.", "COERCE")


def test_a_pluperfect_passive_arrest() -> None:
    text = ("وسلمت السلطات الأردنية نظيرتها العراقية مواطنا مطلوبا في قضية احتيال، "
            "كان قد أوقف بمطار الملكة علياء بناء على نشرة حمراء.")
    assert_reports(text, "COERCE", "arrest")
    text = ("وأطلقت السلطات اليونانية سراح ثمانية بحارة أتراك، كانوا قد أوقفوا الشهر الماضي "
            "قرب جزيرة رودس.")
    assert_reports(text, "COERCE", "arrest")


def test_a_pluperfect_stop_with_an_object_is_no_arrest() -> None:
    assert_no_fact("وكان العمال قد أوقفوا الإنتاج في المصنع قبل أسبوع.", "COERCE")


def test_a_drones_wreckage_falling_is_a_drone_attack() -> None:
    text = "وقال حاكم إقليم بريانسك إن حطام مسيرة أوكرانية سقط على محطة وقود في المدينة."
    assert_reports(text, "ASSAULT", "drone")
    assert_no_fact(text, "PROTEST")


def test_a_march_is_still_a_march() -> None:
    text = "وشارك الآلاف في مسيرة حاشدة جابت شوارع عمان تضامنا مع غزة."
    assert_reports(text, "PROTEST", None)


def test_a_truce_named_as_a_time_reference_is_no_ceasefire() -> None:
    text = "وقتل 90 شخصا في جنوب لبنان منذ سريان وقف إطلاق النار قبل عام."
    assert_no_fact(text, "RETREAT")


def test_a_truce_taking_effect_is_still_a_ceasefire() -> None:
    text = "وبدأ سريان وقف إطلاق النار في شمال سوريا منتصف الليل."
    assert_reports(text, "RETREAT", "ceasefire")


def test_a_truce_named_as_an_agreement_or_an_aim_is_no_ceasefire() -> None:
    text = "واعتبر رئيس الحكومة أن الغارة «خرق واضح لاتفاق وقف الأعمال العدائية»."
    assert_no_fact(text, "RETREAT")
    text = "وبحث الرئيسان في أنقرة الدعم الإنساني لغزة ومساعي وقف إطلاق النار."
    assert_no_fact(text, "RETREAT")


def test_weapons_named_as_a_product_are_no_attack() -> None:
    text = "وقالت الشرطة إن الخلية خططت لتصنيع صواريخ ومسيرات في ورشة سرية."
    assert_no_fact(text, "ASSAULT")
    assert_no_fact(text, "PROTEST")
    text = "ووقعت الحكومتان اتفاقية للإنتاج المشترك للطائرات المسيرة."
    assert_no_fact(text, "ASSAULT")


def test_weapons_fired_are_still_an_attack() -> None:
    text = "وقصفت القوات الروسية مدينة خاركيف بصواريخ ومسيرات فجر اليوم."
    assert_reports(text, "ASSAULT", None)


def test_an_expulsion_brandished_after_a_long_title() -> None:
    text = ("ولوح وزير الخارجية المالي العقيد عبد الله ديوب بطرد «كل دبلوماسي يتدخل في "
            "الشؤون الداخلية».")
    assert_reports(text, "THREATEN", "expel")


def test_a_call_to_disobedience_brandished_is_a_threat() -> None:
    text = ("وقاطعت النقابات جلسة الحوار، ملوحة بالدعوة إلى «إضراب عام مفتوح» إذا أقرت "
            "الحكومة القانون.")
    assert_reports(text, "THREATEN", None)


def test_a_response_in_its_own_measure_is_a_threat() -> None:
    text = "وقال المتحدث إن طهران «سترد على هذا الإجراء الاستفزازي بما يناسبه»."
    assert_reports(text, "THREATEN", None)


def test_a_measure_it_will_not_hesitate_to_take_is_a_threat() -> None:
    text = "وأكدت الهيئة أنها «لن تتردد في سحب الترخيص» من أي إذاعة تخالف القانون."
    assert_reports(text, "THREATEN", None)
    assert_no_fact(text, "COERCE")


def test_a_formal_notice_is_a_threat_but_excuses_are_not() -> None:
    text = "وأعلنت الجماعة أنها وجهت إعذارا إلى شركة النظافة بسبب تراكم النفايات."
    assert_reports(text, "THREATEN", None)
    assert_no_fact("وقال إن على الحكومة أن تكف عن البحث عن أعذار لفشلها.", "THREATEN")


def test_a_safety_advisory_threatens_no_one() -> None:
    text = "وتحذر السلطات المحلية كل صيف من السباحة في الشواطئ غير المحروسة."
    assert_no_fact(text, "THREATEN")


def test_an_abstract_danger_to_security_threatens_no_one() -> None:
    # negated or not: the gold codes no threat at all (ev-1340)
    text = ("وأشاد وزير الدفاع الأمريكي، في مؤتمر صحفي مشترك، بـ«الشراكة الوثيقة» مع الفلبين، "
            "قائلا إن بلاده «لن تسمح لبكين بتهديد أمن الملاحة».")
    assert not events_of_type(text, "THREATEN")


def test_a_warning_of_retaliation_is_still_a_threat() -> None:
    text = "وهدد قائد الجيش بالرد على أي اعتداء يستهدف مواقعه."
    assert_reports(text, "THREATEN", None)


def test_pepper_spray_on_a_crowd_is_crowd_control() -> None:
    text = "واحتشد العشرات أمام البرلمان قبل أن تستخدم قوات الأمن رذاذ الفلفل لإبعادهم."
    assert_reports(text, "ASSAULT", "crowd-control")


def test_a_gathering_dispersed_by_force_keeps_its_protest() -> None:
    text = ("فرقت قوات الأمن، مساء أمس الثلاثاء، بالقوة وقفة نظمها عشرات العاطلين عن العمل "
            "أمام مقر الولاية.")
    assert_reports(text, "ASSAULT", "crowd-control")
    assert_reports(text, "PROTEST", None)


def test_stoning_told_by_its_verbal_noun_with_a_pronoun() -> None:
    text = "وأصيب ثلاثة من رجال الدرك بجروح طفيفة جراء رشقهم بالحجارة قرب الملعب."
    assert_reports(text, "ASSAULT", "primitive")


def test_attackers_neutralised_in_guillemets() -> None:
    text = "وأعلن الجيش أنه تمكن من «تحييد» سبعة من المهاجمين في منطقة الحدود."
    assert_reports(text, "ASSAULT", None)


def test_farmland_bulldozed_after_an_insert() -> None:
    # آليات الاحتلال: vehicles, not the "mechanisms" that make a talks' topic (modifiers.tsv)
    text = "وأضاف المجلس القروي أن آليات الاحتلال جرفت صباح اليوم مساحات من أراضي المزارعين."
    assert_reports(text, "ASSAULT", "destroy")


def test_a_flood_sweeping_land_is_no_attack() -> None:
    assert_no_fact("وجرفت السيول مساحات واسعة من الأراضي الزراعية في الوادي.", "ASSAULT")


def test_two_warrants_in_the_dual() -> None:
    text = "وأصدرت النيابة العامة مذكرتي توقيف دوليتين بحق وزيرين سابقين."
    assert_reports(text, "COERCE", "arrest")


def test_the_right_of_assembly_suspended_is_a_ban() -> None:
    text = "وتضمن قرار الطوارئ تعليق حق التظاهر في العاصمة لمدة شهر."
    assert_reports(text, "COERCE", "ban")


def test_a_strike_ruled_unlawful_is_a_ban_and_the_strike_stays() -> None:
    text = ("وقضت المحكمة الإدارية بالرباط، أمس الاثنين، بعدم شرعية الإضراب الذي يخوضه "
            "عمال الموانئ منذ أسبوع.")
    assert_reports(text, "COERCE", "ban")
    # بعدم شرعية: the strike's legality is denied, not the strike (modifiers.tsv عدم)
    assert_reports(text, "PROTEST", "strike")


def test_reinforcements_after_a_long_subject() -> None:
    text = ("ودفعت مديرية الأمن في محافظة الأنبار الغربية، فجر اليوم، بتعزيزات أمنية إلى "
            "قضاء القائم.")
    assert_reports(text, "MOBILIZE", None)


def test_visas_halted_for_a_nationality() -> None:
    text = "وقررت السلطات العمانية تعليق إصدار تأشيرات العمل لمواطني دولتين آسيويتين."
    assert_reports(text, "SANCTION", "discontinue")


def test_visas_issued_are_no_sanction() -> None:
    assert_no_fact("وأعلنت السفارة إصدار تأشيرات الدخول للحجاج خلال أسبوع.", "SANCTION")


def test_the_release_of_two() -> None:
    text = "واحتجزت دورية الاحتلال مزارعين قرب الجدار قبل أن تطلق سراحهما مساء."
    assert_reports(text, "RETREAT", "release")


def test_a_vote_boycotted_in_a_relative_clause() -> None:
    text = "وأعلنت اللجنة نتائج استفتاء قاطعته أحزاب المعارضة الرئيسية."
    assert_reports(text, "PROTEST", "boycott")


def test_interrupting_a_speaker_is_no_boycott() -> None:
    assert_no_fact("وقال الوزير إن أحد النواب قاطعه أكثر من مرة خلال الجلسة.", "PROTEST")


def test_a_warning_that_a_place_will_be_a_grave_is_a_threat() -> None:
    text = ("وجدد قائد الحرس رفض بلاده أي قاعدة أجنبية على الجزر، محذرا من أنها ستكون "
            "«مقبرة للغزاة».")
    assert_reports(text, "THREATEN", "violence")


def test_an_act_after_a_province_named_muqataa_is_no_boycotted_content() -> None:
    # مقاطعة after حاكم is the province, not a boycott whose object is the act (modifiers.tsv)
    text = "وقال حاكم مقاطعة كورسك إن قصفا أوكرانيا استهدف بلدة حدودية."
    assert_reports(text, "ASSAULT", "heavy-weapons")  # قصفا is no longer boycotted content


def test_a_boycotted_meeting_is_still_content() -> None:
    text = "وأعلنت المعارضة مقاطعة الاجتماع الذي دعا إليه الرئيس."
    assert_no_fact(text, "CONSULT")


#: Held-out probes the rules still get wrong when the pass was measured (the reason beside).
HELD_OUT_WRONG: dict[str, str] = {
    "وقال وزير الدفاع إن الجيش «لن يقف متفرجا» أمام الاعتداءات المتكررة على حدوده.":
        "لن يقف متفرجا: the row was tried and dropped (ev-1331's gold codes no threat for it)",
    "ووجهت الهيئة العليا للاتصال السمعي البصري إعذارا إلى إذاعة خاصة بسبب بث محتوى مسيء.":
        "a notice after a five-word subject: the وجه إعذارا row's gap is 3",
    "وأعلنت السلطات البحرينية وقف إصدار التأشيرات لمواطني دولة مجاورة.":
        "the visa row (0.6) needs a participant: لمواطني دولة is not read as its recipient",
}


@pytest.mark.parametrize(
    "text, type_, expected",
    known_failures(held_out_cases(HELD_OUT, HELD_OUT_NEAR_MISSES), HELD_OUT_WRONG))
def test_held_out(text: str, type_: str, expected: bool) -> None:
    assert bool(facts_of_type(text, type_)) is expected, text
