"""Task retreat22 on the team's own sentences: COOPERATE, SANCTION and RETREAT named, not
done, read from the blind bank's spurious candidates (docs/quality.md, retreat22).
Coordination as the manner of a step coded beside it or of no event, cooperation charged or
done without, cooperation as the field of a memorandum, a partnership or talks; sanctions
evaded, condemned, discussed, blocked or brought back by a mechanism; a retreat as a
condition, a timetable's aim, a call's content or any truce. And the readings beside them
that stay: two states' police dismantling a cell together, intelligence exchanged, a
deployment coordinated with UN forces, sanctions imposed or adopted, arms handed over, a
truce declared, troops withdrawing, a journalist released."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 11, 18)  # a Wednesday

all_of_type = partial(events_of_type, published=PUB)


# --- coordination as a manner


def test_coordination_with_ones_own_security_units_is_no_cooperation() -> None:
    text = ("وفي بنزرت، حجزت فرق الرقابة البلدية بالتنسيق مع الوحدات الأمنية، صباح أمس، 12 طنا "
            "من السكر المدعم في مخزن غير مرخص.")
    assert not all_of_type(text, "COOPERATE")


def test_coordination_beside_an_extradition_is_its_manner() -> None:
    text = ("وكانت الشرطة القطرية قد سلمت، الأسبوع الماضي، السلطات الهندية مواطنا هنديا مطلوبا "
            "في قضية احتيال، وذلك بالتنسيق مع منظمة الإنتربول.")
    found = all_of_type(text, "COOPERATE")
    assert len(found) == 1 and found[0].mode == "judicial"


def test_a_routine_mission_in_coordination_is_no_cooperation() -> None:
    text = "وقالت البعثة إن الدورية كانت تنفذ مهمة روتينية بالتنسيق مع الجيش الصومالي."
    assert not all_of_type(text, "COOPERATE")


def test_a_proposal_delivered_in_coordination_is_no_cooperation() -> None:
    text = ("وكانت الدوحة والقاهرة قد سلمتا الطرفين مقترحا مشتركا لوقف إطلاق النار، بالتنسيق "
            "مع الولايات المتحدة.")
    assert not all_of_type(text, "COOPERATE")


def test_two_states_police_dismantling_a_cell_together_stays() -> None:
    text = ("تمكنت المصالح الأمنية المغربية، بتنسيق مع الشرطة الفرنسية، صباح أمس الأربعاء، من "
            "تفكيك خلية إرهابية وتوقيف أربعة من عناصرها.")
    assert all_of_type(text, "COOPERATE")


def test_intelligence_exchanged_by_two_states_stays() -> None:
    text = ("تبادلت الأجهزة الأمنية الأردنية والعراقية معلومات استخباراتية أدت إلى إحباط تهريب "
            "شحنة مخدرات.")
    assert all_of_type(text, "COOPERATE")


# --- cooperation charged or done without


def test_people_suspected_of_cooperating_with_rebels_are_no_cooperation() -> None:
    text = "واعتقلت الشرطة، أمس الاثنين، ثمانية أشخاص يشتبه في تعاونهم مع الجماعة المتمردة."
    assert not all_of_type(text, "COOPERATE")
    assert all_of_type(text, "COERCE")


def test_a_dam_built_without_coordination_is_no_cooperation() -> None:
    text = "واتهم المسؤول الجانب التركي ببناء سد على النهر «دون أي تنسيق مع الجانب السوري»."
    assert not all_of_type(text, "COOPERATE")


# --- cooperation as a field


def test_information_exchange_as_a_memorandums_field_is_no_cooperation() -> None:
    text = ("ووقع وزيرا الداخلية في البلدين مذكرة تفاهم لتبادل المعلومات الأمنية وتسليم "
            "المطلوبين.")
    assert not all_of_type(text, "COOPERATE")
    assert all_of_type(text, "SUPPORT")


def test_training_and_information_exchange_a_partnership_includes_are_no_cooperation() -> None:
    text = "وتحولت العلاقة إلى شراكة أمنية تشمل التدريب وتبادل المعلومات."
    assert not all_of_type(text, "COOPERATE")


def test_a_fighter_deal_and_sanctions_as_files_of_talks_are_no_acts() -> None:
    text = ("بحث الرئيس الفرنسي مع نظيره البرازيلي، أمس، ملفات صفقة مقاتلات «رافال» والعقوبات "
            "المفروضة على فنزويلا.")
    assert not all_of_type(text, "COOPERATE")
    assert not all_of_type(text, "SANCTION")
    assert all_of_type(text, "CONSULT")


# --- sanctions as a topic


def test_sanctions_evaded_are_no_sanction() -> None:
    text = ("احتجزت البحرية الفنلندية، مساء أمس، ناقلة نفط يشتبه في أنها تستخدم للالتفاف على "
            "العقوبات الغربية.")
    assert not all_of_type(text, "SANCTION")


def test_sanctions_condemned_by_a_spokesman_are_no_sanction() -> None:
    text = "وندد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالعقوبات الجديدة."
    assert not all_of_type(text, "SANCTION")
    assert all_of_type(text, "ACCUSE")


def test_a_sanctions_package_blocked_is_no_sanction() -> None:
    text = ("عرقلت سلوفاكيا، خلال اجتماع وزراء خارجية الاتحاد الأوروبي أمس، اعتماد الحزمة "
            "الجديدة من العقوبات على روسيا.")
    assert not all_of_type(text, "SANCTION")


def test_ministers_failing_to_agree_on_a_package_is_no_sanction() -> None:
    text = ("وفشل وزراء الاتحاد الأوروبي، في ختام اجتماعهم أمس، في التوافق على الحزمة الجديدة "
            "من العقوبات على روسيا.")
    assert not all_of_type(text, "SANCTION")


def test_sanctions_not_discussed_are_no_sanction() -> None:
    assert not all_of_type("لم نناقش أي عقوبات جديدة على كراكاس.", "SANCTION")


def test_attempts_to_reimpose_sanctions_are_no_sanction() -> None:
    text = "وأكد الوزير أن بلاده ترفض أي محاولات لإعادة فرض العقوبات على فنزويلا."
    assert not all_of_type(text, "SANCTION")
    assert all_of_type(text, "REJECT")


def test_sanctions_imposed_stay() -> None:
    text = "فرضت وزارة الخزانة الأمريكية، أمس الثلاثاء، عقوبات على أربع شركات إيرانية."
    assert all_of_type(text, "SANCTION")


def test_a_sanctions_package_adopted_stays() -> None:
    text = ("أقر وزراء خارجية الاتحاد الأوروبي، أمس الاثنين، الحزمة الجديدة من العقوبات على "
            "روسيا.")
    assert all_of_type(text, "SANCTION")


# --- retreats named, not done


def test_arms_handed_over_as_a_laws_condition_are_no_retreat() -> None:
    text = "ويمنح القانون العفو للمقاتلين شرط تسليم أسلحتهم إلى الجيش خلال ثلاثة أشهر."
    assert not all_of_type(text, "RETREAT")


def test_a_timetable_for_taking_over_arms_is_no_retreat() -> None:
    text = "وسيناقش مجلس الوزراء الجدول الزمني الذي أعده الجيش لتسلم السلاح في الجنوب."
    assert not all_of_type(text, "RETREAT")


def test_corridors_any_truce_would_open_are_no_retreat() -> None:
    assert not all_of_type("نحن مع أي هدنة تفتح الممرات للمدنيين.", "RETREAT")


def test_a_truce_that_lacks_a_withdrawal_is_no_retreat() -> None:
    text = "لن نقبل بهدنة لا تتضمن انسحاب المتمردين من المدن."
    assert not all_of_type(text, "RETREAT")
    assert all_of_type(text, "REJECT")


def test_fighters_handing_over_their_arms_stay() -> None:
    assert all_of_type("وسلم 40 مسلحا أسلحتهم إلى الجيش في إقليم كيفو أمس.", "RETREAT")


def test_troops_withdrawing_stay() -> None:
    text = "انسحبت القوات الإسرائيلية من بلدة الخيام بعد توغل استمر يومين."
    assert all_of_type(text, "RETREAT")


def test_a_journalist_released_stays() -> None:
    text = "أفرجت السلطات الإيرانية عن صحفية فرنسية بعد احتجاز دام عامين."
    assert all_of_type(text, "RETREAT")


def test_a_joint_operation_with_the_coalition_stays() -> None:
    text = "ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية أمنية ضد خلايا التنظيم."
    assert all_of_type(text, "COOPERATE")
