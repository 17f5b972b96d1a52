"""Task fix54 on the team's own sentences: the general causes of the blind round 54's failures
(ev-2061..ev-2090, a week of the Gulf states and Yemen's south). Praise across an insert with
its relative clause, thanks addressed with إلى, the verbal noun تصديق, a welcome told by its
participle; calls to extend a strike; warnings to whoever dares and of exposure to
prosecution; talks said to be off the table, with their condition; aid told by its medical
cargo; supporters massing; a boat seized with people aboard. And what is no act: a request
named as another act's reason, a standing rejection of terrorism, compliance calls to
employers, fraud messages, a deal's prisoner exchange, the participants of a protest, the
consequences of attacks as a topic, a report due to a summit, a fraud ring's takings, a second
document of one signing, the signatories of a signing told before, freed people arriving.
A final statement's acts take the meeting's day and place; a meeting's purpose clause is no
place. And the readings beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import assert_no_fact, assert_reports, events_of_type, facts_of_type

PUB = date(2026, 11, 6)  # a Friday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)


# --- SUPPORT: praise, thanks, ratification and welcome in the forms the rows lacked


def test_praise_of_efforts_across_an_insert_and_a_quote() -> None:
    reports("وثمنت باريس في بيان لسفارتها في الدوحة «المساعي الحثيثة» التي بذلتها قطر.",
            "SUPPORT", None)


def test_praise_of_a_role_with_its_relative_clause() -> None:
    reports("وأشاد وزير الخارجية الماليزي في تصريح للصحفيين بالدور الذي تضطلع به الكويت.",
            "SUPPORT", None)


def test_thanks_addressed_to_a_state_with_ila() -> None:
    reports("وأعرب مدير عام هيئة الموانئ في ولاية البحر الأحمر السودانية عن شكره وتقديره إلى "
            "دولة الإمارات على مساعداتها.", "SUPPORT", None)


def test_thanks_to_a_crowd_stays_a_courtesy() -> None:
    no_fact("وأعرب رئيس النادي عن شكره إلى الجماهير على حضورها الكبير.", "SUPPORT")


def test_ratification_told_by_the_bare_verbal_noun() -> None:
    reports("وأبرزت الصحف تصديق أمير البلاد على معاهدة تسليم المطلوبين مع باكستان.",
            "SUPPORT", None)


def test_a_welcome_told_by_its_participle_is_the_main_subjects() -> None:
    text = ("وجدد البرلمان العربي دعمه للحكومة الشرعية، مرحبا بالوساطة القطرية بين الطرفين.")
    found = of_type(text, "SUPPORT")
    assert len(found) >= 1
    assert all(e.actor is not None and "البرلمان" in e.actor.span.text for e in found)


def test_a_hosts_welcome_of_a_delegation_stays_no_support() -> None:
    no_fact("افتتح المحافظ المعرض مرحبا بالوفد الزائر.", "SUPPORT")


# --- PROTEST: a call to extend a strike, supporters massing


def test_a_call_to_extend_a_strike_is_the_strike() -> None:
    found = events_of_type("دعت نقابة المعلمين إلى تمديد الإضراب حتى نهاية الأسبوع.",
                           "PROTEST", PUB)
    assert [e.mode for e in found] == ["strike"]
    no_fact("دعت نقابة المعلمين إلى تمديد الإضراب حتى نهاية الأسبوع.", "REQUEST")


def test_a_threat_to_extend_a_strike_is_no_call() -> None:
    no_fact("وهدد رئيس النقابة بتمديد الإضراب إذا لم تستجب الوزارة.", "PROTEST")


def test_supporters_massing_across_a_long_insert() -> None:
    reports("احتشد آلاف من أنصار حزب المؤتمر، مساء أمس الخميس، في الساحة الرئيسية بمدينة "
            "الحديدة الساحلية، رافعين صور زعيمهم.", "PROTEST", "demo")


def test_the_participants_of_a_protest_named_as_arrested_are_no_new_protest() -> None:
    text = "واعتقلت الشرطة تسعة من المشاركين في قطع الطريق الدولي."
    reports(text, "COERCE", "arrest")
    no_fact(text, "PROTEST")


# --- THREATEN and REJECT


def test_a_warning_to_whoever_dares() -> None:
    reports("وحذرت الوزارة كل من تسول له نفسه العبث بأمن الحدود.", "THREATEN", None)


def test_a_warning_of_exposure_to_prosecution() -> None:
    reports("وحذرت النيابة من أن تداول المقاطع المسربة يعرض أصحابها للملاحقة القانونية.",
            "THREATEN", "arrest")


def test_talks_off_the_table_until_a_withdrawal() -> None:
    text = "وقال القيادي إن التفاوض مع الميليشيا «غير وارد» ما لم تنسحب من المطار."
    reports(text, "REJECT", "meet")
    assert not events_of_type(text, "RETREAT", PUB)


def test_a_standing_rejection_of_terrorism_is_no_refusal() -> None:
    text = "ودانت البحرين التفجير، مؤكدة رفضها القاطع لكافة أشكال العنف."
    reports(text, "ACCUSE", "disapprove")
    no_fact(text, "REJECT")


# --- AID and COERCE


def test_aid_told_by_its_medical_cargo_keeps_its_giver() -> None:
    found = of_type("هبطت في مطار سيئون طائرة إغاثة سعودية تحمل 20 طنا من الأدوية.", "AID")
    assert [e.mode for e in found] == ["humanitarian"]
    assert found[0].actor is not None and found[0].actor.country == "SAU"


def test_a_boat_seized_with_people_aboard_is_an_arrest() -> None:
    reports("وتمكن خفر السواحل من ضبط زورق قادم من المياه الدولية وعلى متنه خمسة مهربين.",
            "COERCE", "arrest")


def test_a_fraud_rings_takings_are_no_seizure() -> None:
    text = ("وأوقفت الشرطة خمسة أشخاص من عصابة احتيال استولت على نحو مليوني ريال من "
            "مواطنين.")
    reports(text, "COERCE", "arrest")
    assert all(e.mode != "confiscate" for e in of_type(text, "COERCE"))


# --- no events


def test_a_request_named_as_the_reason_of_an_act_is_no_request() -> None:
    no_fact("وأعيد المعتقلون إلى بلادهم استجابة لطلب من الحكومة الباكستانية.", "REQUEST")


def test_a_call_to_employers_to_regularise_is_no_request() -> None:
    no_fact("ودعت الهيئة المنشآت إلى تصحيح أوضاع العمالة قبل نهاية المهلة.", "REQUEST")


def test_fraud_messages_asking_for_data_are_no_request() -> None:
    no_fact("وحذر البنك المركزي من رسائل تطلب بيانات الحسابات المصرفية.", "REQUEST")


def test_a_deals_prisoner_exchange_is_no_release() -> None:
    no_fact("وكان الطرفان قد وقعا في أغسطس اتفاقا لتبادل الأسرى.", "RETREAT")


def test_the_consequences_of_attacks_as_a_topic_are_no_attack() -> None:
    no_fact("وعقد الوزراء اجتماعا في الرياض لبحث تداعيات الهجمات على الموانئ.", "ASSAULT")


def test_a_report_due_to_the_next_summit_is_no_meeting() -> None:
    text = ("وقرر الوزراء إنشاء لجنة للأمن الغذائي على أن ترفع تقريرها إلى القمة المقبلة.")
    assert not events_of_type(text, "CONSULT", PUB)


def test_a_second_document_of_one_signing_is_no_agreement_of_its_own() -> None:
    text = ("وشهد الرئيسان توقيع اتفاقية للنقل الجوي ومذكرة تفاهم في مجال السياحة بين "
            "حكومتي البلدين.")
    reports(text, "SUPPORT", None)
    no_fact(text, "AGREE")


def test_the_signatories_of_a_signing_told_before_are_no_second_signing() -> None:
    text = ("وقعت الهيئة السعودية للتنمية اتفاقية منحة مع الحكومة الأردنية. ووقع الاتفاقية "
            "عن الجانب السعودي المدير التنفيذي وعن الجانب الأردني وزير التخطيط.")
    assert len(of_type(text, "SUPPORT")) <= 1


def test_freed_people_arriving_are_no_visit() -> None:
    no_fact("وأكدت الخارجية أن الصيادين وصلوا إلى الدوحة مساء أمس.", "CONSULT")


def test_an_officials_arrival_stays_a_visit() -> None:
    reports("ووصل وزير الخارجية البحريني إلى مسقط في زيارة رسمية.", "CONSULT", "visit")


# --- dates and places of a meeting's final statement


_MEETING = ("عقد وزراء خارجية الدول العربية، أمس الخميس، اجتماعا طارئا في القاهرة لبحث "
            "تطورات الأوضاع في البحر الأحمر. ")


def test_a_final_statements_condemnation_takes_the_meetings_day_and_place() -> None:
    text = _MEETING + "وأدان الوزراء في بيانهم الختامي استهداف السفن التجارية."
    found = of_type(text, "ACCUSE")
    assert [e.date for e in found] == [date(2026, 11, 5)]
    assert found[0].country == "EGY"


def test_a_condemned_attack_keeps_no_meeting_day() -> None:
    text = _MEETING + "وأدان الوزراء في بيانهم الختامي استهداف السفن التجارية."
    assert all(e.date != date(2026, 11, 5) for e in events_of_type(text, "ASSAULT", PUB))


def test_a_statement_without_the_final_words_keeps_the_publication_day() -> None:
    text = _MEETING + "وأدانت الجامعة العربية في بيان اليوم استهداف السفن التجارية."
    assert all(e.date != date(2026, 11, 5) for e in of_type(text, "ACCUSE"))


def test_a_purpose_clause_names_no_meeting_place() -> None:
    found = of_type(_MEETING, "CONSULT")
    assert found and found[0].place is not None and found[0].place.span.text == "القاهرة"
