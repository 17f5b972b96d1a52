"""Task fix40 on the team's own sentences: the general causes of the blind round 40's failures
(ev-1641..ev-1670) outside ASSAULT. An agreement named by its parts, parties or state, a
goal to complete or a condition tied to, the dual and plural of call verbs, a truce named
after its agreement noun, goods seized with the arrested, an inserted coordination phrase,
aid trucks let in, an act done at someone's request, the arrested referred to the
prosecution, arms the arrest's force seized, accused arrests the story told, a call to
compel the other side, the currency market, the lead's village as the story's place and
quoted bodies and camps; and the senses beside them that stay events (a reached
agreement, a convoy with its provider, cross-border cooperation, a state's request, a
referral to a court, an accused act not told before)."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.analysis import analyze
from rasd.model import Event
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 7, 8)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def arrests(text: str) -> list[Event]:
    return [e for e in of_type(text, "COERCE") if e.mode == "arrest"]


def seizures(text: str) -> list[Event]:
    return [e for e in all_of_type(text, "COERCE") if e.mode == "confiscate"]


# --- agreements referred to, goals and conditions


def test_an_agreement_named_by_its_obligations_is_no_new_agreement() -> None:
    text = "اتهم حزب الله إسرائيل بالتنصل من التزامات الاتفاق."
    assert all_of_type(text, "AGREE") == []
    assert of_type(text, "ACCUSE")


def test_the_sponsors_of_a_ceasefire_agreement_tell_no_ceasefire() -> None:
    text = ("قال المتحدث الإيراني إن صمت الدول الراعية لاتفاق وقف إطلاق النار في غزة "
            "يشجع الاحتلال على التمادي.")
    assert all_of_type(text, "AGREE") == []
    assert all_of_type(text, "RETREAT") == []


def test_a_truce_feared_to_collapse_is_no_ceasefire() -> None:
    text = "وحذر المبعوث الأممي إلى ليبيا من انهيار الهدنة في طرابلس."
    assert all_of_type(text, "RETREAT") == []


def test_an_agreement_reached_is_still_an_agreement() -> None:
    text = "توصل وجهاء القبيلتين، مساء أمس، إلى اتفاق لوقف إطلاق النار في بلدة الشيخ مسكين."
    assert len(of_type(text, "AGREE")) == 1


def test_a_deal_named_as_the_goal_of_talks_is_no_release() -> None:
    text = ("وقال الوسيط إن الطرفين وافقا على مواصلة التفاوض لإتمام صفقة تبادل للأسرى "
            "خلال الأسابيع المقبلة.")
    assert all_of_type(text, "RETREAT") == []
    assert of_type(text, "AGREE")


def test_disarmament_named_as_a_condition_is_no_disarmament() -> None:
    text = "واتهم النائب واشنطن بممارسة الابتزاز عبر ربط المساعدات بنزع سلاح الفصائل."
    assert all_of_type(text, "RETREAT") == []


# --- calls: the other persons of the verb, modes


def test_a_dual_call_takes_the_ceasefire_as_its_content() -> None:
    text = ("السعودية والأردن تدعوان، في بيان مشترك، الطرفين إلى «الالتزام الكامل بوقف "
            "إطلاق النار» وضبط النفس.")
    calls = of_type(text, "REQUEST")
    assert [e.mode for e in calls] == ["yield"]
    assert all_of_type(text, "RETREAT") == []


def test_a_dual_demand_takes_the_withdrawal_as_its_content() -> None:
    text = "قطر وتركيا تطالبان القوات المتقاتلة بالانسحاب من أحياء المدينة."
    assert [e.mode for e in of_type(text, "REQUEST")] == ["yield"]
    assert all_of_type(text, "RETREAT") == []


def test_a_call_to_stop_attacks_is_a_call_to_yield() -> None:
    text = "ودعت الجامعة العربية مجلس الأمن إلى وقف الاعتداءات على المدنيين في الفاشر."
    assert [e.mode for e in of_type(text, "REQUEST")] == ["yield"]


def test_a_call_to_compel_the_other_side_is_a_call_to_yield() -> None:
    text = ("داعيا المجتمع الدولي إلى «إلزام الاحتلال بوقف اعتداءاته» على المسجد الأقصى، "
            "قال الوزير الأردني إن الوضع خطير.")
    assert [e.mode for e in of_type(text, "REQUEST")] == ["yield"]


# --- parts of one act


def test_a_truce_named_after_the_agreement_noun_is_the_agreement() -> None:
    text = "توصلت لجنة وساطة عشائرية، مساء أمس، إلى اتفاق هدنة بين عشيرتين في مديرية الشيخ عثمان."
    assert len(of_type(text, "AGREE")) == 1
    assert all_of_type(text, "RETREAT") == []


def test_boats_seized_with_the_arrested_fishermen_are_the_arrest() -> None:
    text = "اعتقلت البحرية الإريترية 12 صيادا يمنيا قبالة جزيرة حنيش وصادرت قاربين."
    assert len(arrests(text)) == 1
    assert seizures(text) == []


def test_phones_seized_in_a_raid_of_the_arrested_homes_are_the_arrest() -> None:
    text = ("اعتقلت الشرطة التونسية، فجر اليوم، أربعة ناشطين في صفاقس بعد دهم منازلهم "
            "ومصادرة هواتفهم.")
    assert len(arrests(text)) == 1
    assert seizures(text) == []


def test_computers_taken_from_an_office_stay_a_seizure() -> None:
    text = ("اقتحم مسلحون مقر منظمة إغاثية في صنعاء، واحتجزوا ثلاثة موظفين، وصادروا "
            "أجهزة حاسوب ووثائق.")
    assert len(seizures(text)) == 1


def test_an_inserted_coordination_phrase_is_the_manner_of_the_raid() -> None:
    text = ("نفذت وحدات من الشرطة العراقية، بالتعاون مع الجيش العراقي، فجر اليوم، حملة "
            "أمنية في قضاء الطارمية ألقت خلالها القبض على تسعة مطلوبين.")
    assert all_of_type(text, "COOPERATE") == []
    assert len(arrests(text)) == 1


def test_police_of_two_states_working_together_stay_a_cooperation() -> None:
    text = ("تمكنت عناصر الأمن الوطني المغربي، بتنسيق مع الشرطة الفرنسية، أمس، من تفكيك "
            "شبكة لتهريب المخدرات وتوقيف سبعة أشخاص.")
    assert all_of_type(text, "COOPERATE")


def test_aid_trucks_let_in_are_the_permission() -> None:
    text = ("وقالت هيئة المعابر إن السلطات الإسرائيلية سمحت بدخول 90 شاحنة مساعدات عبر معبر "
            "زيكيم.")
    assert len(of_type(text, "RETREAT")) == 1
    assert all_of_type(text, "AID") == []


def test_a_convoy_with_its_provider_stays_aid() -> None:
    text = ("سمحت قوات الدعم السريع بدخول قافلة مساعدات تابعة لمنظمة اليونيسف إلى مدينة "
            "كادقلي.")
    assert of_type(text, "AID")


def test_a_remand_at_the_police_request_is_no_request() -> None:
    text = ("وقال المحامي إن محكمة الصلح في الناصرة مددت توقيف الشبان الأربعة حتى يوم الأحد "
            "المقبل بطلب من الشرطة.")
    assert all_of_type(text, "REQUEST") == []


def test_an_emergency_session_at_a_state_request_stays_a_request() -> None:
    text = "عقد مجلس الأمن، أمس، جلسة طارئة بطلب من الكويت لبحث الوضع في السودان."
    assert of_type(text, "REQUEST")


# --- later tellings of an arrest


def test_the_arrested_referred_to_the_prosecution_is_no_charge() -> None:
    text = ("ألقت الشرطة الأردنية القبض على ثلاثة أشخاص في الزرقاء. وأضاف المصدر أن "
            "الموقوفين أحيلوا إلى النيابة العامة لاستكمال التحقيقات.")
    assert all_of_type(text, "ACCUSE") == []
    assert len(arrests(text)) == 1


def test_the_accused_referred_to_a_court_stay_a_charge() -> None:
    text = ("أوقفت دائرة المخابرات خلية من خمسة أشخاص في إربد. وقالت الدائرة إن المتهمين "
            "أحيلوا إلى محكمة أمن الدولة.")
    assert all_of_type(text, "ACCUSE")


def test_arms_the_force_seized_in_a_later_sentence_are_the_arrest() -> None:
    text = ("نفذت قوات الأمن الداخلي حملة في ريف حماة ألقت خلالها القبض على ستة مطلوبين. "
            "وأوضح قائد الأمن الداخلي أن القوة صادرت أسلحة وذخائر.")
    assert seizures(text) == []
    assert len(arrests(text)) == 1


def test_arrests_a_critic_names_after_the_story_told_them_are_those_arrests() -> None:
    text = ("ونفذت قوات الأمن، صباح اليوم، حملة دهم في قرى ريف الرقة اعتقلت خلالها 20 شخصا. "
            "في المقابل، اتهم مجلس أعيان العشيرة قوات الأمن بتنفيذ «اعتقالات عشوائية».")
    assert len(arrests(text)) == 1
    assert of_type(text, "ACCUSE")


def test_arrests_an_accusation_first_tells_stay_an_arrest() -> None:
    text = "اتهمت حركة فتح أجهزة حماس باعتقال ستة من كوادرها في خان يونس خلال اليومين الماضيين."
    assert arrests(text) or [e for e in all_of_type(text, "COERCE") if e.mode == "arrest"]


# --- pages, places and quotes


def test_the_currency_market_is_an_economy_page() -> None:
    text = ("تراجع سعر صرف الدولار في بورصتي بغداد وأربيل، اليوم، بعد أن شن المضاربون "
            "«هجوما» على الدينار، فيما شدد البنك المركزي الرقابة على شركات الصيرفة التي "
            "«تحاصر السوق»، وانسحب متعاملون من السوق الموازية.")
    for t in ("COERCE", "RETREAT", "ASSAULT"):
        assert all_of_type(text, t) == [], t


def test_an_act_without_a_place_happens_in_the_lead_village() -> None:
    text = ("حلب – عنب بلدي\nقتل مدني، أمس، بانفجار لغم أرضي في بلدة تادف بريف حلب الشرقي.\n"
            "واعتقلت الشرطة العسكرية، اليوم، ثلاثة أشخاص للاشتباه بتورطهم.")
    found = arrests(text)
    assert found and found[0].place is not None and "تادف" in found[0].place.span.text


def test_a_quoted_body_after_a_member_noun_is_a_name() -> None:
    doc = analyze("وانتقدت قوى في «تحالف البناء والعمران» قرار الحكومة رفع أسعار الوقود.",
                  published=PUB)
    assert not [q for q in doc.quotes if "البناء والعمران" in q.span.text]


def test_a_camp_in_guillemets_is_a_name() -> None:
    doc = analyze("وقالت صحيفة إسرائيلية إن الشرطة العسكرية فتحت تحقيقا في شبهات تنكيل جنود "
                  "بمعتقلين في معسكر «عناتوت للتوقيف»، بعد شهادات أدلى بها معتقلون سابقون.",
                  published=PUB)
    assert not [q for q in doc.quotes if q.span.text.strip("«» ").startswith("عناتوت")]


# --- threats


def test_a_measure_brandished_after_a_long_subject_is_a_threat() -> None:
    text = ("ولوّحت مديرية التربية في محافظة إب، صباح اليوم الأحد، باتخاذ «إجراءات صارمة» بحق "
            "المعلمين المتغيبين.")
    assert of_type(text, "THREATEN")


def test_resorting_to_force_is_a_threat_of_violence() -> None:
    text = ("وحذر وزير الدفاع الإيراني من أن طهران ستلجأ إلى «الخيار العسكري» إذا واصلت "
            "واشنطن حشد قواتها في الخليج.")
    threats = of_type(text, "THREATEN")
    assert threats and threats[0].mode == "violence"


def test_a_conditional_threat_is_made_not_hypothetical() -> None:
    text = ("وقال قائد الشرطة السودانية إن قواته ستتعامل بحزم مع أي طرف يعتدي على المحتجين "
            "السلميين في أم درمان.")
    threats = all_of_type(text, "THREATEN")
    assert threats and not threats[0].hypothetical


def test_a_counterfactual_threat_stays_hypothetical() -> None:
    text = ("وكتب المحلل أن الأسد لا يفهم إلا لغة القوة، ولو أنذره الأوروبيون بالرد لتغير "
            "سلوكه.")
    assert of_type(text, "THREATEN") == []


def test_a_matter_on_the_negotiating_table_is_no_talks() -> None:
    text = "وقال النائب إن ملف الأسرى ليس بندا على طاولة المفاوضات في ظل استمرار القصف."
    assert all_of_type(text, "CONSULT") == []


def test_sitting_at_the_negotiating_table_stays_talks() -> None:
    text = "جلس وفدا الحكومة والحركة على طاولة المفاوضات في الدوحة أمس."
    assert all_of_type(text, "CONSULT")


def test_classes_suspended_in_protest_are_a_strike() -> None:
    text = "وأعلنت نقابة المحامين في طرابلس تعليق العمل في المحاكم احتجاجا على اعتقال زميلين."
    assert [e.mode for e in of_type(text, "PROTEST")] == ["strike"]


def test_classes_suspended_for_a_storm_are_no_strike() -> None:
    text = "أعلنت وزارة التربية تعليق الدراسة في مدارس المحافظة بسبب العاصفة الرملية."
    assert all_of_type(text, "PROTEST") == []


def test_the_prisoners_club_is_no_call() -> None:
    text = "وقال نادي الأسير إن قوات الاحتلال اعتقلت 17 شابا من بلدة بيتا جنوب نابلس فجر اليوم."
    assert len(arrests(text)) == 1


def test_a_tally_of_arrest_cases_is_no_arrest() -> None:
    text = ("وقالت الهيئة إن حصيلة حالات الاعتقال في محافظة جنين منذ مطلع الشهر الجاري "
            "تجاوزت 310 حالات.")
    assert arrests(text) == []


def test_what_a_law_legalises_is_no_act() -> None:
    text = "واعتبرت منظمة حقوقية أن مشروع القانون «يشرعن هدم منازل الفلسطينيين» في القدس."
    assert all_of_type(text, "ASSAULT") == []
