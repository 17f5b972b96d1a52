"""Task fix45 on the team's own sentences: the general causes of the blind round 45's failures
(ev-1791..ev-1820, Maghreb and Egyptian domestic news and world politics through Arab desks).
Characterisations by a harm word or a harm verb, and the metaphors inside them (an
assassination of democracy, a crisis sparked, a price offensive, a market left, a path cut
off); inquiries, referrals and complaints; the dual of attached pronouns; background arrests
in the pluperfect; summons for questioning; offers and strike-lifting refusals; import
suspensions; acts named inside slogans, support or a body's organ meeting; a crowd's standing
demands and its stones told back; villes mortes, marches on foot, strikers closing offices;
bodies received, cartel leaders extradited; a court's reduced sentence; ultimatums of
readiness; talks without agreement; calls made now; and the readings beside them that stay as
they were (a political assassination, praise, a past demand, a state of emergency, a
ratified agreement, an executive commutation)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- characterisations by a harm word or a harm verb


def test_a_ruling_called_an_assassination_of_democracy_is_a_condemnation() -> None:
    text = ("ووصف زعيم حزب المؤتمر الحكم بأنه «اغتيال للديمقراطية في البلاد»، داعيا أنصاره "
            "إلى الهدوء.")
    assert "disapprove" in modes(text, "ACCUSE")
    assert not all_of_type(text, "ASSAULT")


def test_a_decision_called_discriminatory_is_a_condemnation() -> None:
    text = "ووصف المجلس الإسلامي في بلجيكا قرار البلدية بأنه «تمييزي ومخالف للدستور»."
    assert "disapprove" in modes(text, "ACCUSE")


def test_a_law_judged_to_criminalise_work_is_a_condemnation() -> None:
    text = ("واعتبرت نقابة المحامين في عمان أن القانون الجديد «يجرم العمل النقابي» ويقيد "
            "حرية التعبير.")
    assert "disapprove" in modes(text, "ACCUSE")


def test_praise_of_a_decision_is_no_condemnation() -> None:
    text = "واعتبر رئيس الحزب أن القرار «دفاع عن هويتنا الوطنية»."
    assert not of_type(text, "ACCUSE")


def test_a_political_assassination_stays_an_assault() -> None:
    text = "قتل مسلحون مجهولون، مساء أمس، نائبا معارضا في عملية اغتيال سياسي وسط العاصمة."
    assert all_of_type(text, "ASSAULT")


# --- misleading senses


def test_a_crisis_sparked_by_remarks_is_no_explosion() -> None:
    text = ("وتأتي الخطوة ضمن الأزمة التي فجرتها تصريحات وزير الخارجية الهولندي بشأن "
            "الهجرة.")
    assert not all_of_type(text, "ASSAULT")


def test_a_price_offensive_is_no_attack() -> None:
    text = ("شن المصدرون الأتراك هجوما سعريا واسعا على أسواق الخليج، فخفضوا أسعار الحمضيات "
            "بنحو 15 في المئة.")
    assert not all_of_type(text, "ASSAULT")


def test_exporters_leaving_a_market_is_no_withdrawal() -> None:
    text = "وقال رئيس الغرفة إن عددا من المصدرين انسحبوا مؤقتا من السوق الفرنسية."
    assert not all_of_type(text, "RETREAT")


def test_a_path_cut_off_is_no_road_block() -> None:
    text = ("أيدت المحكمة العليا منعه من الترشح، ما يقطع عليه الطريق نحو الانتخابات "
            "الرئاسية.")
    assert not all_of_type(text, "PROTEST")


# --- inquiries, referrals, complaints and charges


def test_a_maghreb_inquiry_opened_is_an_investigation() -> None:
    text = "أعلنت المديرية العامة للأمن الوطني أنها فتحت بحثا قضائيا في ملابسات الحادث."
    assert "investigate" in modes(text, "ACCUSE")


def test_an_editor_referred_to_an_inquiry_is_an_investigation() -> None:
    text = ("قررت الهيئة الوطنية للإعلام إحالة مدير قناة «الغد» إلى التحقيق بسبب برنامج "
            "حواري.")
    assert "investigate" in modes(text, "ACCUSE")


def test_a_complaint_lodged_with_a_trade_body_is_an_allegation() -> None:
    text = "تقدمت الأرجنتين بشكوى رسمية أمام منظمة التجارة العالمية ضد الرسوم الأوروبية."
    assert "allege" in modes(text, "ACCUSE")


def test_charges_brought_against_two_are_an_allegation() -> None:
    text = ("وكان الناشطان قد أوقفا في يناير الماضي، ووجهت إليهما تهمتا «الإساءة إلى "
            "مؤسسات الدولة» و«نشر أخبار زائفة».")
    assert "allege" in modes(text, "ACCUSE")
    assert "arrest" in modes(text, "COERCE")


# --- persons: the dual, summons, releases


def test_two_released_on_bail_is_a_release() -> None:
    text = "استمعت النيابة إلى المدونين، قبل أن تخلي سبيلهما بكفالة مالية."
    assert "release" in modes(text, "RETREAT")


def test_prosecutors_summoning_two_to_question_them_is_an_arrest() -> None:
    text = ("وكانت النيابة العامة قد استدعت، الأسبوع الماضي، مصورين من الصحيفة لسؤالهما "
            "في بلاغ.")
    assert "arrest" in modes(text, "COERCE")


def test_four_of_a_crowd_held_is_an_arrest() -> None:
    text = ("تجمع العشرات أمام مقر العمالة قبل أن تتدخل القوات العمومية لتفريقهم وتوقف "
            "خمسة منهم.")
    assert "arrest" in modes(text, "COERCE")
    assert "crowd-control" in modes(text, "ASSAULT")


# --- offers, refusals, stances made now


def test_an_employer_offering_a_raise_is_a_concession() -> None:
    text = ("ويطالب المضربون بزيادة 15 في المئة، فيما عرضت الإدارة زيادة لا تتجاوز 4 في المئة.")
    assert "policy" in modes(text, "CONCEDE")
    assert not of_type(text, "REQUEST")  # the crowd's standing demand


def test_a_strike_not_lifted_before_its_demand_is_a_refusal() -> None:
    text = "وقال الأمين العام للنقابة إن الإضراب «لن يرفع قبل صرف المستحقات كاملة»."
    assert "yield" in modes(text, "REJECT")


def test_an_invitation_to_a_meeting_tomorrow_is_made_today() -> None:
    text = ("ودعا وزير الشغل قادة الاتحاد إلى اجتماع عاجل في العاصمة غدا الخميس لبحث "
            "المطالب.")
    found = all_of_type(text, "REQUEST")
    assert found and not any(e.future for e in found)
    assert all(e.date is None or e.date <= PUB for e in found)


def test_a_ready_army_unless_the_other_acts_is_a_threat() -> None:
    text = ("وقال الوزير إن الجيش «جاهز للتدخل» إذا لم تتخذ الحكومة الجارة إجراءات حاسمة "
            "ضد المهربين.")
    assert of_type(text, "THREATEN")


def test_talks_that_did_not_end_in_agreement_are_a_negated_agreement() -> None:
    text = "واستقبل الوزير وفدا عن النقابة، غير أن اللقاء لم يسفر عن اتفاق."
    found = all_of_type(text, "AGREE")
    assert found and all(e.negated for e in found)


def test_a_call_not_to_promulgate_a_law_asks_a_change() -> None:
    text = "ودعا النائب رئيس الدولة إلى عدم إصداره قبل مراجعته من المحكمة الدستورية."
    assert "change" in modes(text, "REQUEST")


# --- acts named inside another act


def test_an_act_named_in_a_slogan_is_the_grievance() -> None:
    text = ("وتجمع السكان أمام مقر البلدية رافعين شعارات تندد بـ«التهجير دون بديل»، قبل أن "
            "تتدخل الشرطة لتفريقهم.")
    assert "cleansing" not in modes(text, "ASSAULT")
    assert "crowd-control" in modes(text, "ASSAULT")


def test_a_supported_ceasefire_is_no_ceasefire() -> None:
    text = "وأعرب الوزير عن تقدير بلاده لموقف أنقرة الداعم لوقف إطلاق النار في ليبيا."
    assert not all_of_type(text, "RETREAT")


def test_a_meeting_off_the_table_is_no_meeting() -> None:
    text = "وقال المتحدث باسم الرئاسة إن اللقاء بين الرئيسين «غير مطروح حاليا»."
    assert not all_of_type(text, "CONSULT")


def test_troops_sent_without_consent_name_no_agreement() -> None:
    text = "وأعلن الحاكم أنه سيقاضي الحكومة بسبب نشر قوات في المدينة دون موافقته."
    assert not all_of_type(text, "AGREE")


def test_a_right_to_strike_and_options_weighed_are_no_strike() -> None:
    text = ("وقال إن المرسوم «يستهدف الحق في الإضراب»، وإن المكتب التنفيذي سيجتمع الأحد "
            "«للنظر في كل الخيارات، بما فيها الإضراب العام».")
    assert not all_of_type(text, "PROTEST")
    assert not all_of_type(text, "CONSULT")


def test_a_water_emergency_is_no_martial_law() -> None:
    text = "ودعت الصحيفة الحكومة إلى إعلان حالة طوارئ مائية في الجنوب."
    assert not all_of_type(text, "COERCE")


def test_a_state_of_emergency_stays_martial_law() -> None:
    text = "أعلن الرئيس حالة الطوارئ في ثلاث ولايات لمدة شهر."
    assert "martial-law" in modes(text, "COERCE")


def test_a_court_reducing_a_sentence_is_no_pardon() -> None:
    text = ("أيدت محكمة الاستئناف إدانة رئيس البلدية السابق، كما خففت المحكمة عقوبة السجن "
            "إلى سنة واحدة.")
    assert not all_of_type(text, "CONCEDE")
    assert of_type(text, "SANCTION")


def test_a_decree_commuting_sentences_stays_a_pardon() -> None:
    text = "أصدر الملك عفوا عن 300 سجين وتخفيف العقوبة عن 120 آخرين بمناسبة عيد العرش."
    assert "pardon" in modes(text, "CONCEDE")


# --- protests told by their own words


def test_a_ville_morte_called_is_a_general_strike() -> None:
    text = "ودعا تحالف المعارضة أنصاره إلى «أيام مدن ميتة» يوم الخميس المقبل."
    assert "general" in [e.mode for e in all_of_type(text, "PROTEST")]


def test_a_march_on_foot_stopped_is_a_protest() -> None:
    text = ("منعت قوات الأمن عشرات العاطلين من مواصلة مسيرتهم على الأقدام نحو العاصمة عند "
            "مدخل مدينة سوسة.")
    assert of_type(text, "PROTEST")


def test_strikers_closing_their_employers_offices_block_them() -> None:
    text = "وأغلق عمال شركة المياه في الدار البيضاء مقرات الشركة احتجاجا على تأخر الأجور."
    assert "obstruct" in modes(text, "PROTEST")


def test_a_past_demand_of_protesters_stays_a_request() -> None:
    text = "وطالب المحتجون، أمس، الحكومة بالتراجع عن قرار رفع الأسعار."
    assert of_type(text, "REQUEST")


def test_a_riots_stones_told_back_are_that_riot() -> None:
    text = ("أطلقت الشرطة الرصاص المطاطي على مئات العمال المضربين بعدما حاولوا اقتحام مبنى "
            "البلدية. وقال متحدث باسم الشرطة إن ثلاثة من عناصرها أصيبوا برشق الحجارة.")
    assert len(all_of_type(text, "PROTEST")) == 1


def test_banners_of_the_sit_in_crowd_are_the_sit_in() -> None:
    text = ("واصل مئات العاملين بشركة الغزل اعتصامهم لليوم الرابع على التوالي. ورفع "
            "المعتصمون لافتات تطالب بإقالة رئيس مجلس الإدارة.")
    assert len(all_of_type(text, "PROTEST")) == 1


# --- acts of states and ministers


def test_imports_suspended_are_a_sanction() -> None:
    text = "أعلنت الحكومة الروسية تعليق استيراد الفواكه المولدوفية حتى إشعار آخر."
    assert "discontinue" in modes(text, "SANCTION")


def test_bodies_received_from_the_other_side_are_returned() -> None:
    text = "وقال مقر التنسيق: تسلمنا رفات 800 جندي من الجانب الروسي في عملية تبادل."
    assert "return" in modes(text, "RETREAT")


def test_cartel_leaders_handed_over_are_judicial_cooperation() -> None:
    text = "أعلنت النيابة الكولومبية تسليم 12 من قادة عصابات المخدرات إلى الولايات المتحدة."
    assert "judicial" in modes(text, "COOPERATE")


def test_a_minister_defending_a_text_supports_it() -> None:
    text = "ودافع وزير العدل عن النص أمام النواب، مؤكدا أنه يحمي الضحايا."
    assert of_type(text, "SUPPORT")


def test_a_ban_on_religious_celebrations_is_a_restriction() -> None:
    text = ("احتج المئات على قرار المجلس البلدي منع إقامة الصلوات في القاعات الرياضية "
            "التابعة للبلدية.")
    assert "restrict" in modes(text, "COERCE")


def test_a_ratified_agreement_stays_support() -> None:
    text = "صادق مجلس الوزراء، أمس، على اتفاقية للتعاون الأمني مع إيطاليا."
    assert [e for e in events(text, PUB) if e.type in ("SUPPORT", "AGREE", "COOPERATE")]


# --- dates told by an occasion or a statement


def test_a_stand_at_the_same_time_as_the_verdict_takes_its_day() -> None:
    text = ("قضت محكمة الجنايات بالرباط، مساء أمس الثلاثاء، بسجن ناشطين اثنين عامين. وكان "
            "الناشطان قد أوقفا في مارس 2025. ونظم العشرات من أنصارهما وقفة أمام المحكمة "
            "بالتزامن مع جلسة النطق بالحكم.")
    stands = of_type(text, "PROTEST")
    assert stands and all(e.date == date(2026, 9, 15) for e in stands)


def test_an_accusation_in_a_statement_issued_yesterday_takes_its_day() -> None:
    text = ("اتهم المكتب السياسي للحزب، في بلاغ أصدره مساء أمس الثلاثاء، السلطات المحلية "
            "بالتضييق على مرشحيه.")
    found = of_type(text, "ACCUSE")
    assert found and all(e.date == date(2026, 9, 15) for e in found)
