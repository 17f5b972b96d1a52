"""Task fix56 on the team's own sentences: the general causes of the blind round 56's failures
(ev-2121..ev-2150, a week of world politics through Arab desks). An act named as what a
suspect is held for or what an inquiry looks into is no attack of its own, unless told with
its own time; an abduction of a gathering or a state is a figure; violations in a vote are no
attack; the drone named back as المسيرة is no march; a demand verb describing an indefinite
group is no demand; a congratulation with a pronoun object is SUPPORT; an asylum seeker is no
demand; a crowd pelting the police or attacking vendors riots; an act under consideration is
no event; a work's plot told by any verb of telling reports nothing; anti-dumping duties and
duties raised on a named state's goods are sanctions; the door to talks left open is no
meeting. And the readings beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import (
    assert_no_fact,
    assert_reports,
    events_of_type,
)

PUB = date(2026, 10, 27)  # a Tuesday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
any_of_type = partial(events_of_type, published=PUB)


# --- acts named inside a suspicion or an inquiry

def test_the_act_a_suspect_is_held_for_is_no_attack() -> None:
    text = "وأوقفت الشرطة الكينية شرطيا يشتبه في أنه أطلق النار على المحتج عن العمل."
    no_fact(text, "ASSAULT")


def test_the_act_of_an_inquiry_is_no_attack() -> None:
    text = "وفتح الادعاء العام في نيروبي تحقيقا في ملابسات مقتل الطالب."
    reports(text, "ACCUSE", "investigate")
    no_fact(text, "ASSAULT")


def test_a_suspected_act_told_with_its_own_day_stays() -> None:
    text = ("واعتقلت الشرطة البلجيكية ثلاثة أشخاص يشتبه في تنفيذهم هجوما بعبوة ناسفة "
            "على مقر بلدية أنتويرب فجر أمس.")
    assert any_of_type(text, "ASSAULT")


def test_an_attack_told_before_a_suspicion_stays() -> None:
    text = "هاجم مسلحون يشتبه في انتمائهم إلى جماعة متطرفة، فجر اليوم، ثكنة للجيش في شمال بنين."
    assert any_of_type(text, "ASSAULT")


# --- figures and other domains

def test_a_gathering_taken_over_is_no_abduction() -> None:
    text = "وقالت الشرطة إن التجمع بدأ سلميا قبل أن «تختطفه عناصر متطرفة» من خارج المدينة."
    no_fact(text, "ASSAULT")


def test_a_mayor_abducted_stays_an_abduction() -> None:
    reports("خطف مسلحون، ليل الأحد، رئيس بلدية في جنوب الكاميرون مع حارسه.",
            "ASSAULT", "abduct")


def test_violations_in_a_vote_are_no_attack() -> None:
    text = ("واتهم المرشح الخاسر لجنة الانتخابات بالتغاضي عن «انتهاكات واسعة» "
            "في فرز الأصوات.")
    no_fact(text, "ASSAULT")


def test_the_drone_named_back_is_no_march() -> None:
    text = ("أعلنت وزارة الدفاع البولندية أن طائرة مسيرة اخترقت أجواء البلاد ليلا، "
            "وأن مقاتلتين أقلعتا لتعقب المسيرة.")
    no_fact(text, "PROTEST")


def test_a_march_on_a_drone_page_stays_a_march_with_its_crowd() -> None:
    text = ("أسقطت الدفاعات الجوية طائرات مسيرة فوق العاصمة. "
            "وشارك آلاف الطلاب في المسيرة أمام البرلمان احتجاجا على الحرب.")
    assert any_of_type(text, "PROTEST")


# --- a group's describing demand clause

def test_a_movement_described_by_its_aim_makes_no_demand() -> None:
    text = "اعتقلت الشرطة التوغولية تسعة ناشطين من حركة تطالب بتنحي الرئيس."
    no_fact(text, "REQUEST")


def test_separatists_described_by_their_aim_make_no_demand() -> None:
    text = "ويشهد الإقليم نزاعا بين الجيش ومتمردين يطالبون بالحكم الذاتي."
    no_fact(text, "REQUEST")


def test_a_movement_demanding_in_a_headline_stays_a_demand() -> None:
    assert any_of_type("حركة المعارضة تطالب بالإفراج عن المعتقلين.", "REQUEST")


def test_an_asylum_seeker_is_no_demand() -> None:
    no_fact("ووجهت النيابة التهمة إلى طالب لجوء أفغاني.", "REQUEST")


# --- congratulations, riots

def test_a_congratulation_with_a_pronoun_object_is_support() -> None:
    reports("كما هنأه رئيس الوزراء الهندي في تدوينة على منصة إكس.", "SUPPORT", None)
    reports("وتلقى الرئيس اتصالا من نظيرته التشيلية هنأته خلاله بالفوز.", "SUPPORT", None)


def test_youths_pelting_the_police_riot() -> None:
    text = ("ورشقت مجموعة من الشبان الملثمين عناصر الشرطة بالزجاجات الحارقة "
            "قرب البرلمان في روما.")
    reports(text, "PROTEST", "riot")


def test_marchers_attacking_vendors_riot() -> None:
    text = "واعتدى عدد من المتظاهرين على باعة متجولين في وسط ديربان."
    reports(text, "PROTEST", "riot")
    no_fact(text, "ASSAULT")


def test_the_police_beating_protesters_stays_an_attack() -> None:
    text = "اعتدى عناصر من الشرطة على المتظاهرين بالهراوات أمس في وسط كاراكاس."
    assert any_of_type(text, "ASSAULT")


# --- considered acts, plots, duties, talks

def test_a_ban_under_consideration_is_no_event() -> None:
    no_fact("وأضافت الصحيفة أن الحكومة النرويجية تدرس حظر الطائرات المسيرة قرب المطارات.",
            "COERCE")


def test_a_ban_decided_stays() -> None:
    reports("وقررت الحكومة النرويجية حظر التجمعات في العاصمة حتى إشعار آخر.", "COERCE", "ban")


def test_a_plot_recalled_by_a_film_reports_nothing() -> None:
    text = ("ويستعيد الفيلم أيام خريف 1973، حين اقتحم الجنود الجامعة واعتقلوا المئات "
            "من الطلاب.")
    no_fact(text, "COERCE")
    no_fact(text, "ASSAULT")
    no_fact("ويتابع العمل شابا يرفض الانسحاب من المصنع المحاصر.", "REJECT")


def test_anti_dumping_duties_are_a_sanction() -> None:
    reports("فرضت وزارة التجارة الهندية، أمس الاثنين، رسوما نهائية لمكافحة الإغراق "
            "على واردات الألمنيوم الصيني.", "SANCTION", "discontinue")


def test_duties_raised_on_a_named_states_goods_are_a_sanction() -> None:
    reports("ردا على قرار بكين رفع الرسوم على السيارات الأوروبية إلى 40 في المائة.",
            "SANCTION", "discontinue")


def test_a_levy_raised_at_home_is_no_sanction() -> None:
    no_fact("رفعت الحكومة الرسوم على السجائر المحلية بنسبة عشرة في المائة.", "SANCTION")


def test_the_door_to_talks_left_open_is_no_meeting() -> None:
    no_fact("وأكد رئيس الوزراء أن باب التفاوض مع واشنطن «لا يزال مفتوحا».", "CONSULT")


# --- parts of one attack, orders, settings

def test_an_attacks_own_missile_named_back_is_no_second_attack() -> None:
    text = ("قالت السلطات المحلية إن القوات الروسية شنت فجر اليوم هجوما بالصواريخ على مدينة "
            "زابوريجيا، أصاب أحد صواريخه مبنى إداريا.")
    assert len(any_of_type(text, "ASSAULT")) == 1


def test_a_further_item_of_a_downing_tally_is_no_attack() -> None:
    text = ("أعلن سلاح الجو الأوكراني أن الدفاعات أسقطت 40 طائرة مسيرة من أصل 55 أطلقتها "
            "روسيا ليلا، إضافة إلى ثلاثة صواريخ من طراز «كاليبر».")
    assert len(any_of_type(text, "ASSAULT")) <= 1


def test_the_ambush_an_abduction_was_made_by_is_no_second_attack() -> None:
    text = ("خطف مسلحون، ليل الاثنين، قاضيا في شمال نيجيريا مع حارسه، بعد نصب كمين "
            "لسيارته على الطريق بين كادونا وزاريا.")
    found = any_of_type(text, "ASSAULT")
    assert len(found) == 1 and found[0].mode == "abduct"


def test_a_deployment_an_order_prevents_is_no_deployment() -> None:
    text = ("أصدر قاض فيدرالي في ولاية إلينوي أمرا يمنع الإدارة مؤقتا من نشر 300 من "
            "عناصر الحرس الوطني في مدينة شيكاغو.")
    no_fact(text, "MOBILIZE")


def test_a_deployment_announced_stays() -> None:
    reports("أعلنت وزارة الدفاع نشر 300 من عناصر الحرس الوطني في مدينة شيكاغو.",
            "MOBILIZE", None)


def test_a_sideline_meeting_is_told_by_its_own_verb() -> None:
    text = ("وعلى هامش القمة، عقد الرئيس الإندونيسي لقاء مع نظيره الفيتنامي، بحثا خلاله "
            "التعاون البحري.")
    found = any_of_type(text, "CONSULT")
    assert found and all(e.mode != "multilateral" for e in found)


def test_a_protest_on_the_sidelines_is_no_meeting() -> None:
    text = "وعلى هامش الاجتماعات، تظاهر مئات من أبناء الجالية الكردية أمام مبنى الأمم المتحدة."
    no_fact(text, "CONSULT")
    assert any_of_type(text, "PROTEST")


# --- names, readiness, orders, crowds, calls, refusals

def test_readiness_for_a_ceasefire_is_a_ceasefire_offer() -> None:
    reports("وقال الرئيس إن بلاده «مستعدة لوقف إطلاق النار فورا» إذا انسحبت القوات.",
            "CONCEDE", "ceasefire")


def test_a_confiscation_ordered_is_a_confiscation() -> None:
    reports("وأسقطت السلطات الفنزويلية الجنسية عن 12 معارضا، وأمرت بمصادرة ممتلكاتهم.",
            "COERCE", "confiscate")


def test_a_counted_crowd_marching_is_a_march() -> None:
    reports("وسار أكثر من 15 ألف شخص، أمس، في وسط لشبونة باتجاه البرلمان.", "PROTEST", "demo")


def test_a_called_shutdown_is_a_general_strike() -> None:
    found = any_of_type("اعتقلت الشرطة ثمانية ناشطين قبل «عصيان مدني» دعت إليه المعارضة يوم "
                        "الأحد المقبل.", "PROTEST")
    assert found and all(e.mode == "general" and e.future for e in found)


def test_never_recognising_an_annexation_is_a_refusal() -> None:
    text = "قال رئيس الوزراء إن حكومته «لن تعترف أبدا» بضم أي أراض بالقوة."
    reports(text, "REJECT", None)
    no_fact(text, "SUPPORT")
