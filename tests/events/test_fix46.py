"""Task fix46 on the team's own sentences: the general causes of the blind round 46's failures
(ev-1821..ev-1850, Iraqi, Kurdish, Yemeni, Iranian and Gulf news). Misleading domains (a
heatwave, a retail market, a museum exhibition told with war words); weapons named as the
spoils of a raid or a boat's cargo; the brandished threat in every person, with the act it
threatens as its content; a stated wish to continue coordinating; the organiser named by
بدعوة من; a standing refusal «لن … في أي جلسة»; a committee hosting a minister; one act told
with several words (a ship seized with its crew, the sidelines of a reception, a walk-out told
back as الانسحاب); the operation's «القوة المنفذة» as an armed actor; and the readings beside
them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- misleading domains


def test_a_heatwave_that_sweeps_a_country_is_no_attack() -> None:
    text = ("أغلقت الحكومة الجزائرية الإدارات العمومية في ولايات الجنوب، مع موجة حر «تجتاح» "
            "البلاد منذ أيام بلغت فيها درجات الحرارة 50 درجة مئوية.\n"
            "وسجلت المستشفيات عشرات حالات الإجهاد الحراري بسبب القيظ.")
    assert not all_of_type(text, "ASSAULT")


def test_a_glut_that_invades_a_market_is_no_attack() -> None:
    text = ("اجتاحت الطماطم المستوردة أسواق الخضار في صفاقس، وهبط سعر الكيلوغرام إلى أدنى "
            "مستوى منذ سنوات.\n"
            "وقال أحد الباعة إن البضائع القادمة من الخارج «تحاصر» الفلاحين، مشيرا إلى أن "
            "أصحاب البسطات عجزوا عن تصريف بضاعتهم بالأسعار المعلنة.")
    assert not all_of_type(text, "ASSAULT")
    assert not all_of_type(text, "COERCE")


def test_a_museum_exhibition_of_an_old_siege_tells_no_act() -> None:
    text = ("افتتح المتحف الوطني في الكويت معرضا يستعيد بالخرائط والقطع الأثرية حصار "
            "المدينة، وكيف فرض الجيش حصارا على القلعة قبل أن يقتحمها.")
    assert not all_of_type(text, "ASSAULT")
    assert not all_of_type(text, "COERCE")


def test_a_traders_strike_against_a_tax_stays_news() -> None:
    text = ("أغلقت معظم الأسواق في مدينة لاهور أبوابها اليوم الأربعاء، في إضراب دعا إليه "
            "اتحاد التجار احتجاجا على ضريبة المبيعات الجديدة.\n"
            "وفرقت الشرطة عشرات التجار الذين حاولوا قطع الطريق، واعتقلت خمسة منهم.")
    assert all_of_type(text, "COERCE")


# --- weapons seized or carried


def test_explosive_belts_among_seized_arms_are_no_attack() -> None:
    text = ("وذكر البيان أن القوة المداهمة دمرت مخبأين للتنظيم، وضبطت أسلحة ومعدات اتصال "
            "وأحزمة ناسفة.")
    assert not [e for e in all_of_type(text, "ASSAULT") if e.mode == "suicide-attack"]
    assert [e for e in all_of_type(text, "ASSAULT") if e.mode == "destroy"]


def test_drone_parts_a_boat_carried_are_no_attack() -> None:
    text = ("ضبطت قوات خفر السواحل الليبية قاربا محملا بمكونات طائرات مسيرة، وألقت القبض "
            "على طاقمه.")
    assert not all_of_type(text, "ASSAULT")


def test_a_drone_strike_stays_an_attack() -> None:
    text = "استهدفت طائرة مسيرة مفخخة، فجر اليوم، مخزنا للوقود في ريف حماة."
    assert all_of_type(text, "ASSAULT")


def test_the_force_that_carried_out_the_raid_destroys_as_an_armed_actor() -> None:
    text = ("وذكر البيان أن القوة المنفذة دمرت ثلاثة أوكار كان التنظيم يستخدمها في صحراء "
            "الأنبار.")
    found = all_of_type(text, "ASSAULT")
    assert found and found[0].actor is not None


# --- threats in every person, and their content


def test_protesters_brandishing_a_road_closure_threaten() -> None:
    text = ("وطالب المعتصمون بسحب القوات، ملوحين بالتصعيد وإغلاق الطرق المؤدية إلى المطار "
            "إذا لم تستجب الحكومة.")
    assert all_of_type(text, "THREATEN")
    assert not of_type(text, "COERCE")


def test_a_police_road_closure_stays_a_restriction() -> None:
    text = "أغلقت الشرطة الطرق المؤدية إلى المطار صباح اليوم بعد تهديدات أمنية."
    assert of_type(text, "COERCE")


# --- stances and organisers


def test_stressing_continued_coordination_is_no_cooperation() -> None:
    text = ("وشدد الملك خلال اللقاء على مواصلة التنسيق مع فرنسا في مواجهة التحديات "
            "الإقليمية.")
    assert not all_of_type(text, "COOPERATE")


def test_a_stand_at_a_unions_call_has_no_request() -> None:
    text = ("نظم المئات من عمال الموانئ وقفة احتجاجية أمام مقر الشركة في صفاقس، بدعوة من "
            "الاتحاد العام التونسي للشغل، رفضا لخفض الأجور.")
    assert all_of_type(text, "PROTEST")
    assert not all_of_type(text, "REQUEST")


def test_a_unions_call_on_the_government_stays_a_request() -> None:
    text = "ودعت نقابة التعليم الحكومة إلى إلغاء قرار تجميد الترقيات فورا."
    assert all_of_type(text, "REQUEST")


def test_will_not_take_part_in_any_session_is_a_refusal() -> None:
    text = ("وقال رئيس الكتلة إن نواب الحزب «لن يشاركوا في أي جلسة لا تناقش أزمة الرواتب».")
    assert all_of_type(text, "REJECT")


def test_will_not_take_part_in_any_talks_is_no_refusal_row() -> None:
    text = "وأكد المتحدث أن الحركة لن تشارك في أي مفاوضات قبل وقف إطلاق النار."
    assert not [e for e in all_of_type(text, "REJECT") if "تشارك" in e.trigger.text]


def test_a_committee_hosting_a_minister_is_a_meeting() -> None:
    text = "تستضيف لجنة المالية النيابية وزير النفط الأسبوع المقبل لمناقشة الموازنة."
    assert all_of_type(text, "CONSULT")


# --- one act told with several words


def test_a_ship_seized_with_its_crew_is_one_coercion() -> None:
    text = ("أعلنت البحرية الإيرانية احتجاز سفينة شحن أجنبية في الخليج، وتوقيف أفراد طاقمها "
            "الـ15، بتهمة تهريب الوقود.")
    found = all_of_type(text, "COERCE")
    assert len(found) == 1
    assert found[0].mode is None


def test_an_arrest_of_protesters_after_a_seizure_stays_its_own() -> None:
    text = ("صادرت الشرطة سيارة محملة بالمنشورات، واعتقلت ثلاثة ناشطين في ساحة التحرير.")
    assert len(all_of_type(text, "COERCE")) == 2


def test_the_sidelines_of_a_reception_are_that_reception() -> None:
    text = ("وقعت الحكومتان اتفاقية للتعاون التجاري، على هامش استقبال وزير الخارجية "
            "الكويتي لنظيره الأردني في الكويت.")
    consult = all_of_type(text, "CONSULT")
    assert consult
    assert all(e.mode != "multilateral" for e in consult)


def test_the_sidelines_of_a_summit_stay_multilateral() -> None:
    text = "التقى الرئيس المصري نظيره الفرنسي على هامش قمة مجموعة العشرين في نيودلهي."
    assert all_of_type(text, "CONSULT")


def test_a_walk_out_told_back_as_the_withdrawal_is_no_retreat() -> None:
    text = ("انسحب نواب المعارضة من جلسة البرلمان التونسي اليوم احتجاجا على تعديل النظام "
            "الداخلي.\n"
            "وقال رئيس الكتلة في مؤتمر صحفي عقب الانسحاب إن الحكومة تتجاهل مطالبهم.")
    assert not all_of_type(text, "RETREAT")
    assert len(events(text, PUB)) >= 1


def test_two_stands_before_two_buildings_are_two_protests() -> None:
    text = ("وكانت الشرطة قد اعتقلت الناشطة في مارس الماضي بعد مشاركتها في تجمع للممرضات أمام "
            "مبنى وزارة الصحة للمطالبة بزيادة الأجور.\n"
            "وتجمع عدد من زميلاتها أمام مبنى المحكمة في تونس بعد صدور الحكم.")
    assert len(all_of_type(text, "PROTEST")) == 2


def test_a_thanks_clause_after_a_praise_is_one_support() -> None:
    text = ("وثمن محافظ شبوة الدعم السعودي، معربا عن شكره لدولة السعودية «على وقوفها الدائم "
            "إلى جانب الشعب اليمني».")
    assert len(all_of_type(text, "SUPPORT")) == 1


def test_the_thanked_party_is_not_the_doer_of_thanks() -> None:
    text = ("وقالت بعثة الاتحاد الأفريقي في بيان إن الجولة انتهت دون اتفاق، معربة عن شكرها "
            "لدولة قطر على استضافتها.")
    for e in all_of_type(text, "SUPPORT"):
        assert e.actor is None or "قطر" not in e.actor.span.text


# --- affirmed support, pledges, concessions and cut supplies


def test_support_of_a_titled_state_after_an_honorific_subject() -> None:
    text = ("وأكد معالي وزير الخارجية الكويتي دعم دولة الكويت الثابت لأمن العراق واستقراره.")
    assert all_of_type(text, "SUPPORT")


def test_a_governor_promising_a_solution_pledges() -> None:
    text = ("وزار محافظ البصرة الأحياء المتضررة، واعدا بإيجاد حل لأزمة المياه قبل نهاية الشهر.")
    assert all_of_type(text, "AGREE")


def test_a_promising_market_is_no_pledge() -> None:
    text = "وتعد السوق الليبية من الأسواق الواعدة للشركات التركية."
    assert not all_of_type(text, "AGREE")


def test_extra_supply_hours_allotted_are_a_concession() -> None:
    text = ("وأعلن محافظ ذي قار، بعد يومين من الاحتجاجات، تخصيص ساعات تغذية إضافية للأحياء "
            "الفقيرة.")
    assert all_of_type(text, "CONCEDE")


def test_an_armed_group_cutting_a_citys_water_withholds() -> None:
    text = ("واتهم محافظ درعا فصائل مسلحة بمنع ضخ المياه من الآبار المغذية للمدينة منذ أسبوع.")
    assert [e for e in all_of_type(text, "COERCE") if e.mode == "withhold"]


def test_a_road_reopened_after_a_protest_blockade_is_no_easing() -> None:
    text = ("قطع عشرات المزارعين، صباح اليوم، الطريق الدولي قرب مدينة الكوت بالإطارات "
            "المحترقة، احتجاجا على قطع حصص المياه.\n"
            "وأعيد فتح الطريق بعد ساعات من وصول وفد من وزارة الموارد المائية، بحسب مراسلنا.")
    assert all_of_type(text, "PROTEST")
    assert not all_of_type(text, "RETREAT")


def test_a_road_reopened_after_a_military_closure_stays_an_easing() -> None:
    text = ("أغلق الجيش الطريق الساحلي أمس بعد اشتباكات بين فصيلين مسلحين.\n"
            "وانسحبت آليات الطرفين صباح اليوم، فيما أعيد فتح الطريق الساحلي أمام حركة السير.")
    assert [e for e in all_of_type(text, "RETREAT") if e.mode == "ease"]


def test_a_government_failing_its_promises_is_charged() -> None:
    text = ("وكتبت صحيفة «الغد» في افتتاحيتها أن الحكومة «فشلت في الوفاء بتعهداتها» تجاه "
            "المتقاعدين.")
    assert [e for e in all_of_type(text, "ACCUSE") if e.mode == "allege"]


def test_no_report_of_an_attack_is_no_attack() -> None:
    text = ("ولم يصدر عن أي ناقلة في مضيق باب المندب بلاغ عن هجوم حتى مساء اليوم، وفقا "
            "لمصادر ملاحية.")
    assert not all_of_type(text, "ASSAULT")


def test_a_sweep_begun_after_an_attack_is_a_deployment() -> None:
    text = ("وأوضح قائد الشرطة أن قوات حرس الحدود أغلقت المعابر في المنطقة وبدأت عملية تمشيط "
            "واسعة بحثا عن المهاجمين.")
    assert all_of_type(text, "MOBILIZE")
