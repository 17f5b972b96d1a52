"""Task weak4 on the team's own sentences: the general causes of dev failures of the weakest
held-out types (COOPERATE, REJECT, AID, RETREAT). An aid programme named as a delivery's
frame, a raiders' way out told after their raid's sentence, a joint operation told with its
fight or with the intelligence behind it, extraditions told with a masdar's pronoun or with
held wanted men, and defiance of pressure; and the readings beside them that stay events."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- aid frames


def test_an_airlift_named_as_the_frame_of_a_flight_is_no_second_delivery() -> None:
    text = ("أرسلت قطر، أمس، طائرة مساعدات تحمل 30 طنا من الأدوية إلى مطار بنغازي، ضمن جسر جوي "
            "أعلنت عنه الشهر الماضي.")
    assert len(of_type(text, "AID")) == 1


def test_an_airlift_named_in_the_next_sentence_folds_into_the_flight() -> None:
    text = ("أقلعت من مطار مسقط اليوم طائرة إغاثة عمانية تحمل 25 طنا من المواد الغذائية متجهة "
            "إلى عدن. وقال مسؤول في الهيئة الخيرية إن هذه الطائرة هي الرابعة ضمن الجسر الجوي.")
    assert len(of_type(text, "AID")) == 1


def test_a_military_package_named_as_a_frame_is_the_delivery_it_holds() -> None:
    text = ("أعلن وزير الدفاع الهولندي أن بلاده ستسلم أوكرانيا ثلاث منظومات رادار قبل نهاية "
            "العام، ضمن حزمة مساعدات عسكرية بقيمة 500 مليون يورو.")
    assert len(all_of_type(text, "AID")) == 1


def test_an_airlift_launched_on_its_own_stays_aid() -> None:
    text = "أطلقت الكويت، أمس، جسرا جويا لإغاثة المتضررين من الفيضانات في باكستان."
    assert of_type(text, "AID")


# --- a raid's way out told after its sentence


def test_raiders_leaving_after_their_raid_told_in_the_next_sentence() -> None:
    text = ("هاجم مسلحون مجهولون، فجر اليوم، موقعا للدرك في شمال بوركينا فاسو، ما أدى إلى مقتل "
            "خمسة عناصر. وقال مصدر أمني إن المهاجمين استولوا على أسلحة قبل أن ينسحبوا نحو "
            "الأحراش.")
    assert not all_of_type(text, "RETREAT")


def test_burning_houses_before_their_withdrawal_is_the_raid() -> None:
    text = ("قتل ما لا يقل عن 20 قرويا في هجوم شنه متمردون على قرية في شمال كيفو. وقال زعيم "
            "محلي إن المهاجمين نهبوا المتاجر قبل انسحابهم إلى الغابة.")
    assert not all_of_type(text, "RETREAT")


def test_an_army_withdrawal_with_no_raid_before_it_stays_a_retreat() -> None:
    text = "انسحبت القوات الأوغندية، أمس، من ثلاث بلدات حدودية مع جنوب السودان."
    assert all_of_type(text, "RETREAT")


# --- joint operations


def test_a_joint_military_operation_with_its_dead_is_the_fight() -> None:
    text = ("أعلن الجيش النيجيري مقتل 18 مسلحا من جماعة بوكو حرام في عملية عسكرية مشتركة "
            "نفذها مع القوات التشادية قرب بحيرة تشاد.")
    assert not all_of_type(text, "COOPERATE")
    assert of_type(text, "ASSAULT")


def test_a_joint_operation_and_the_intelligence_behind_it_are_one_cooperation() -> None:
    text = ("أوقفت الشرطة الفرنسية، أمس، ثلاثة أشخاص في مرسيليا في عملية مشتركة مع الأمن "
            "الجزائري، الذي زود نظيره الفرنسي بمعلومات دقيقة عن تحركاتهم.")
    assert len(all_of_type(text, "COOPERATE")) == 1


def test_a_joint_security_operation_with_arrests_stays_a_cooperation() -> None:
    text = ("أسفرت عملية أمنية مشتركة بين الشرطة الإيطالية والأمن التونسي، أمس، عن توقيف "
            "أربعة أشخاص يشتبه في انتمائهم إلى شبكة تهريب.")
    assert all_of_type(text, "COOPERATE")


# --- extraditions


def test_an_extradition_told_as_a_masdar_with_its_pronoun() -> None:
    text = ("أودع المشتبه فيه السجن في انتظار إحالته على النيابة لمباشرة إجراءات تسليمه إلى "
            "السلطات البلجيكية.")
    assert all_of_type(text, "COOPERATE")


def test_a_suspect_handed_to_the_local_police_is_no_extradition() -> None:
    text = "تمكن السكان من الإمساك بالسارق قبل تسليمه إلى السلطات المحلية في المدينة."
    assert not all_of_type(text, "COOPERATE")


def test_wanted_men_held_and_handed_to_a_counterpart_are_an_extradition() -> None:
    text = ("وقالت الداخلية اللبنانية إن الأمن العام سلم نظيره العراقي، يوم الاثنين، خمسة "
            "مطلوبين عراقيين بقضايا إرهاب كانوا موقوفين لديه.")
    assert all_of_type(text, "COOPERATE")
    assert not all_of_type(text, "RETREAT")


def test_prisoners_handed_to_the_other_side_stay_a_release() -> None:
    text = "سلمت الحكومة اليمنية، أمس، الحوثيين 40 أسيرا كانوا محتجزين في مأرب."
    assert of_type(text, "RETREAT")


# --- defiance of pressure


def test_a_state_that_will_not_bow_to_blackmail_refuses() -> None:
    text = "وقال رئيس الوزراء الأردني إن المملكة «لن تخضع للابتزاز» في ملف المياه."
    assert of_type(text, "REJECT")


def test_a_movement_that_will_not_back_down_until_its_demand_is_met() -> None:
    text = "وقال قيادي في النقابة إن المعلمين «لن يتراجعوا حتى تصرف الرواتب المتأخرة»."
    assert of_type(text, "REJECT")


def test_no_decisions_under_pressure_is_a_refusal() -> None:
    text = "ورد وزير الزراعة الفرنسي بأن الحكومة «لن تتخذ قرارات تحت الضغط» في ملف الأسمدة."
    assert of_type(text, "REJECT")


def test_an_act_refused_under_pressure_is_that_act_negated() -> None:
    text = "وقال المتحدث إن الحركة لن تسلم سلاحها تحت الضغط الخارجي."
    assert not all_of_type(text, "REJECT")


def test_defiance_beside_a_refusal_in_its_sentence_is_one_refusal() -> None:
    text = ("وقالت وزارة المالية المغربية إنها «لن تخضع للابتزاز»، رافضة أي زيادة في المنح "
            "قبل إقرار الميزانية.")
    assert len(all_of_type(text, "REJECT")) == 1


def test_events_helper_runs() -> None:
    assert isinstance(events("لا حدث هنا.", PUB), list)
