"""Task retreat20 on the team's own sentences: RETREAT and CONSULT kinds that are no political
retreat and no meeting between parties, read from the blind bank's spurious candidates
(docs/quality.md, retreat20). Business withdrawals, jailbreaks, releases named as a condition,
a request or an agreement's term, withdrawals named as a time, a truce named by talks or
support, awaited acts, a body's own sitting, contingents and boats arriving, homecomings, the
sidelines of a reception, bargaining chips, talks as background or as a market's bet, an
offer's content; and the readings beside them that stay (a state's withdrawal, an amnesty
release, a real ceasefire, a UN emergency session, a delegation's arrival, a bilateral meeting
on a summit's sidelines, a refusal to disarm)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 10, 14)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- withdrawals that are no political retreat


def test_a_company_leaving_a_programme_is_no_retreat() -> None:
    text = ("وأعلنت شركة اتصالات خليجية، أمس الثلاثاء، انسحابها من برنامج الخصخصة بسبب "
            "ارتفاع كلفة التراخيص.")
    assert not all_of_type(text, "RETREAT")


def test_a_firm_told_before_its_withdrawal_is_no_retreat() -> None:
    text = "ويقول خبراء إن الشركة الكورية انسحبت عمليا من المنافسة على عقود الموانئ في المنطقة."
    assert not all_of_type(text, "RETREAT")


def test_investors_leaving_stocks_is_no_retreat() -> None:
    text = "وشهدت البورصة موجة بيع انسحب خلالها المستثمرون الأجانب من أسهم المصارف."
    assert not all_of_type(text, "RETREAT")


def test_troops_leaving_a_town_stay_a_retreat() -> None:
    text = "انسحبت القوات الإثيوبية، صباح اليوم، من بلدة حدودية في إقليم تيغراي."
    assert "withdraw" in modes(text, "RETREAT")


def test_a_withdrawal_named_as_a_time_is_none_of_its_own() -> None:
    text = "وقال المتحدث في مؤتمر صحفي عقب الانسحاب إن كتلته لن تعود إلى الجلسات."
    assert not all_of_type(text, "RETREAT")


def test_raiders_burning_houses_before_leaving_is_no_retreat() -> None:
    text = "وقال شهود إن المسلحين نهبوا السوق وأحرقوا متاجر قبل انسحابهم إلى الجبال."
    assert not all_of_type(text, "RETREAT")


def test_a_withdrawal_named_with_its_party_after_a_time_word_stays() -> None:
    text = "وعاد الأهالي إلى القرية بعد انسحاب القوات الروسية منها الشهر الماضي."
    assert all_of_type(text, "RETREAT")


def test_a_withdrawal_as_a_condition_is_no_act() -> None:
    text = "وأعلن المجلس قبوله المبادرة، مشترطا انسحاب المسلحين من الأحياء السكنية."
    assert not all_of_type(text, "RETREAT")


def test_any_truce_without_a_withdrawal_is_neither() -> None:
    text = "ورفض قائد الجيش أي هدنة لا تشمل انسحاب المتمردين من المدن الكبرى."
    assert not all_of_type(text, "RETREAT")


def test_an_agreement_term_is_no_withdrawal() -> None:
    text = ("ووقع الطرفان في نيروبي اتفاقا لوقف إطلاق النار يقضي بانسحاب المقاتلين من "
            "الطريق الدولي خلال أسبوع.")
    assert not [e for e in all_of_type(text, "RETREAT") if e.mode == "withdraw"]


def test_an_exchange_named_as_a_roadmap_item_is_no_release() -> None:
    text = "واتفق الجانبان على خارطة طريق من خمسة بنود تشمل تبادل الأسرى وفتح المطارات."
    assert not [e for e in all_of_type(text, "RETREAT") if e.mode == "release"]


def test_making_a_state_withdraw_is_a_demand() -> None:
    text = "ودعا النائب الحكومة إلى الضغط على الدول الكبرى لإلزام الاحتلال بالانسحاب من الجولان."
    assert not all_of_type(text, "RETREAT")


# --- releases that are no release by the party holding them


def test_a_prison_stormed_and_its_inmates_freed_is_no_release() -> None:
    text = ("وهاجم مسلحون السجن المركزي في مدينة شمالية، فجر اليوم، وأطلقوا سراح عشرات "
            "السجناء بعد اشتباك مع الحراس.")
    assert not all_of_type(text, "RETREAT")
    assert all_of_type(text, "ASSAULT")


def test_an_amnesty_release_stays() -> None:
    text = "أطلقت السلطات الجزائرية، أمس، سراح 300 سجين بموجب عفو رئاسي بمناسبة عيد الاستقلال."
    assert "release" in modes(text, "RETREAT")


def test_a_release_as_the_condition_of_taking_part_is_none() -> None:
    text = "وقال زعيم المعارضة إن حزبه سيشارك في الحوار إذا أفرجت الحكومة عن الناشطين."
    assert not all_of_type(text, "RETREAT")


def test_a_boycott_until_a_release_is_no_release() -> None:
    text = "وقررت نقابة الصحفيين مقاطعة المؤتمرات الرسمية إلى حين الإفراج عن زملائها."
    assert not all_of_type(text, "RETREAT")


def test_a_bail_request_turned_down_is_no_release() -> None:
    text = "ورفضت محكمة الاستئناف، أمس الاثنين، طلبا ثانيا للإفراج بكفالة عن رجل الأعمال."
    assert not all_of_type(text, "RETREAT")


def test_work_resumed_only_after_a_release_is_an_awaited_act() -> None:
    text = "وأكدت المنظمة أنها لن تعود إلى العمل في المنطقة قبل إطلاق سراح موظفيها."
    assert not all_of_type(text, "RETREAT")


def test_held_days_before_the_release_stays_a_release() -> None:
    text = "واحتجزت الشرطة المدون أربعة أيام قبل إطلاق سراحه بكفالة مساء أمس."
    assert all_of_type(text, "RETREAT")


def test_a_detainee_leaving_the_detention_centre_is_a_release() -> None:
    text = "وغادر الناشط مركز الاحتجاز في ولاية تكساس مساء الثلاثاء بعد قرار القاضي."
    assert "release" in modes(text, "RETREAT")


def test_captives_home_from_captivity_is_a_release() -> None:
    text = "وأعلنت موسكو عودة 90 جنديا من الأسر مقابل 90 أسيرا أوكرانيا في عملية تبادل جديدة."
    assert "release" in modes(text, "RETREAT")


# --- truces named, not declared


def test_ceasefire_talks_name_no_truce() -> None:
    text = ("وبحث الوزيران في اتصال هاتفي مستجدات مفاوضات وقف إطلاق النار في السودان وسبل "
            "إيصال المساعدات.")
    assert not all_of_type(text, "RETREAT")


def test_support_for_a_ceasefire_names_no_truce() -> None:
    text = "وجدد الوزير موقف بلاده الداعم لوقف إطلاق النار في غزة ولحل الدولتين."
    assert not all_of_type(text, "RETREAT")


def test_a_declared_ceasefire_stays() -> None:
    text = "أعلن الجيش والمتمردون، مساء أمس، وقف إطلاق النار في الإقليم اعتبارا من منتصف الليل."
    assert all_of_type(text, "RETREAT") or all_of_type(text, "CONCEDE")


def test_refusing_to_hand_over_our_arms_is_a_negated_disarm() -> None:
    text = "وقال القيادي في الحركة: «لن نسلم هذا السلاح قبل انسحاب الاحتلال من أرضنا»."
    disarm = [e for e in all_of_type(text, "RETREAT") if e.mode == "disarm"]
    assert disarm and disarm[0].negated
    assert not [e for e in all_of_type(text, "RETREAT") if e.mode == "withdraw"]


# --- meetings that are no consultation between parties


def test_a_council_s_extraordinary_sitting_is_no_consultation() -> None:
    text = "وقال مصدر إن مجلس النواب سيعقد جلسة استثنائية يوم الأحد المقبل لمناقشة الموازنة."
    assert not all_of_type(text, "CONSULT")


def test_a_security_council_emergency_session_stays() -> None:
    text = "عقد مجلس الأمن الدولي، أمس، جلسة طارئة بطلب من مصر لبحث الوضع في رفح."
    assert all_of_type(text, "CONSULT")


def test_a_contingent_arriving_is_no_visit() -> None:
    text = ("وصلت إلى مطار العاصمة الصومالية، مساء الجمعة، دفعة جديدة من القوات الإثيوبية "
            "ضمن بعثة الاتحاد الأفريقي.")
    assert not [e for e in all_of_type(text, "CONSULT") if e.mode == "visit"]


def test_a_boat_arriving_is_no_visit() -> None:
    text = "وأوقف خفر السواحل اليوناني رجلين يشتبه في قيادتهما قاربا وصل إلى جزيرة كريت فجرا."
    assert not all_of_type(text, "CONSULT")


def test_a_minister_arriving_stays_a_visit() -> None:
    text = "وصل وزير الخارجية التركي إلى الجزائر، أمس الثلاثاء، في زيارة رسمية تستمر يومين."
    assert all_of_type(text, "CONSULT")


def test_a_freed_man_welcomed_by_his_family_is_no_meeting() -> None:
    text = "وعاد الصحفي إلى منزله في نابلس مساء أمس، حيث استقبله العشرات من أقاربه وجيرانه."
    assert not all_of_type(text, "CONSULT")


def test_a_president_receiving_a_minister_stays() -> None:
    text = "استقبل الرئيس التونسي، اليوم، وزير الخارجية الإيطالي في قصر قرطاج."
    assert all_of_type(text, "CONSULT")


def test_the_sidelines_of_a_reception_are_no_second_meeting() -> None:
    text = ("ووقع البلدان اتفاقية لتمويل محطة كهرباء، وذلك على هامش استقبال وزير الدولة "
            "للشؤون الخارجية لوزير الطاقة العراقي.")
    consult = all_of_type(text, "CONSULT")
    assert len(consult) == 1 and "هامش" not in consult[0].trigger.text


def test_a_meeting_on_a_summit_s_sidelines_stays() -> None:
    text = ("وعلى هامش القمة، عقد ولي العهد لقاء ثنائيا مع الرئيس الفرنسي بحثا خلاله "
            "العلاقات الثنائية.")
    assert all_of_type(text, "CONSULT")


def test_bargaining_chips_are_no_negotiation() -> None:
    text = "ويرى محللون أن أنقرة لا تريد الحرب، بل تبحث عن أوراق تفاوض في الملف السوري."
    assert not all_of_type(text, "CONSULT")


def test_talks_going_on_as_a_background_are_no_meeting() -> None:
    text = ("وانتقد زعيم الحزب الحكم القضائي، في وقت تتواصل فيه محادثات الحكومة مع الحركة "
            "بشأن نزع السلاح.")
    assert not all_of_type(text, "CONSULT")


def test_a_market_betting_on_talks_soon_is_no_meeting() -> None:
    text = "وارتفعت السندات بدعم من رهانات المستثمرين على قرب إطلاق مفاوضات مع صندوق النقد."
    assert not all_of_type(text, "CONSULT")


def test_an_offer_of_talks_turned_down_is_its_content() -> None:
    text = ("ورفضت الحركة، أمس، عرضا قدمه رئيس الوزراء الأسبوع الماضي لاستئناف المحادثات "
            "المباشرة.")
    assert not of_type(text, "CONSULT")
    assert all_of_type(text, "REJECT")


# --- acts awaited, calls by their possessed noun, internal meetings


def test_refusing_access_before_sanctions_are_lifted_names_no_easing() -> None:
    text = ("وذكرت مصادر أن طهران رفضت، خلال محادثات في فيينا، السماح للمفتشين بدخول المنشأة "
            "قبل رفع العقوبات.")
    assert not [e for e in all_of_type(text, "RETREAT") if e.mode == "ease"]


def test_a_renewed_call_to_stop_fighting_is_a_request_only() -> None:
    text = "وجددت الخارجية دعوتها الطرفين المتحاربين في اليمن إلى وقف القتال فورا."
    assert not all_of_type(text, "RETREAT")
    assert all_of_type(text, "REQUEST")


def test_a_renewed_demand_for_a_release_is_no_release() -> None:
    text = "وجدد اتحاد الصحفيين مطالبته بالإفراج عن الزملاء المعتقلين منذ مارس."
    assert not all_of_type(text, "RETREAT")


def test_a_president_meeting_his_own_prime_minister_is_internal() -> None:
    text = ("وكان رئيس الجمهورية قد عقد صباح اليوم اجتماعا مع رئيس الحكومة محمد الأمين في "
            "القصر الرئاسي.")
    assert not all_of_type(text, "CONSULT")


def test_a_president_meeting_a_foreign_prime_minister_stays() -> None:
    text = "التقى الرئيس الكيني وليام روتو رئيس الوزراء البريطاني في لندن أمس الثلاثاء."
    assert all_of_type(text, "CONSULT")
