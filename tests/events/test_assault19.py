"""ASSAULT on unseen text, by kind (assault19, 2026-12-05 (19)): attack words that tell no
single attack (:mod:`rasd.events.senses.assault_readings`), pinned on the team's own sentences
(other countries, outlets and wording than the gold passages), each kind with a near miss
that must stay an attack: a course of acts (a complaint against a series, a count since a
date, a continuing state), a figurative attack (its object or its agent: prices, rulings,
fire, pests, a newspaper, a cyclist; an appeal), and one fight told with several words (a
kill or a weapon beside its attack, a weapon with no attack)."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.events.retellings.assault_tellings import telling_host, unarmed_weapon
from rasd.events.senses.assault_readings import course_reading, figurative_reading
from rasd.model import Event, Span
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 8, 19)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def _event(sentence: str, trigger: str, nth: int = 0) -> Event:
    """An ASSAULT event whose trigger is the ``nth`` occurrence of ``trigger``, its
    evidence the trigger's sentence."""
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(trigger, at + 1)
    lo = sentence.rfind(". ", 0, at) + 1
    hi = sentence.find(".", at) + 1 or len(sentence)
    return Event("ASSAULT", Span(at, at + len(trigger), trigger),
                 (Span(lo, hi, sentence[lo:hi]),))


# --- kind 1: a course of acts

def test_a_plural_under_a_complaint_or_a_growth_is_a_course() -> None:
    for text, word in (
            ("وقدمت الحكومة الصومالية شكوى إلى مجلس الأمن ضد الخروقات الإثيوبية.", "الخروقات"),
            ("وحذر النائب من أن انسحاب الوحدات يترك القرى مكشوفة أمام الهجمات.", "الهجمات"),
            ("وندد المجلس المحلي بتصاعد اعتداءات الميليشيات على المزارعين.", "اعتداءات")):
        assert course_reading(_event(text, word)), text


def test_a_plural_with_its_own_day_is_an_event() -> None:
    # near miss: the strikes of one dawn are told, not a course
    text = "وشنت طائرات حربية فجر اليوم غارات متكررة على أطراف مدينة مأرب."
    assert not course_reading(_event(text, "غارات"))


def test_a_count_documented_or_since_a_date_is_a_course() -> None:
    for text, word in (
            ("ووثقت الرابطة الحقوقية 318 اعتداء على الصحفيين في البلاد.", "اعتداء"),
            ("وقتل أكثر من 90 جنديا في الولاية منذ مطلع العام الجاري.", "وقتل")):
        assert course_reading(_event(text, word)), text


def test_the_deadliest_attack_since_a_date_is_one_attack() -> None:
    # near miss: a record since a date names one attack
    text = "وقتل 14 شخصا في الهجوم الذي يعد أعنف هجوم منذ أشهر في الإقليم."
    assert not course_reading(_event(text, "وقتل"))


def test_a_region_that_sees_attacks_is_no_event() -> None:
    text = "وتشهد ولاية كابو ديلغادو بين الحين والآخر هجمات متفرقة لمسلحين متشددين."
    assert not all_of_type(text, "ASSAULT")


def test_a_state_asked_to_stop_its_attacks_is_no_event() -> None:
    text = "وطالب الرئيس القبرصي الاتحاد الأوروبي بالضغط على أنقرة لوقف خروقاتها."
    assert course_reading(_event(text, "خروقاتها"))


# --- kind 2: a figurative attack

def test_an_attack_on_prices_or_a_market_is_no_attack() -> None:
    for text, word in (
            ("وشن المستوردون هجوما على أسعار الأرز المحلية قبل موسم الحصاد.", "هجوما"),
            ("وقال محللون إن صناديق التحوط شنت «هجوما» على الأسهم التقنية هذا الأسبوع.",
             "هجوما")):
        assert figurative_reading(_event(text, word)), text


def test_fire_waves_and_pests_attack_nothing() -> None:
    for text, word in (
            ("واجتاحت النيران مساحات واسعة من غابات الأطلس المتوسط مساء أمس.", "واجتاحت"),
            ("وهاجمت الأمواج العالية مراكب الصيادين في ميناء نواذيبو.", "وهاجمت"),
            ("وقال مهندسون زراعيون إن الجراد قد يهاجم المحاصيل في الأسابيع المقبلة.", "يهاجم")):
        assert figurative_reading(_event(text, word)), text


def test_a_newspaper_and_a_cyclist_attack_nothing() -> None:
    for text, word in (
            ("وهاجمت الصحيفة في افتتاحيتها أداء الحكومة الاقتصادي.", "وهاجمت"),
            ("وشن الدراج الكولومبي هجوما منفردا على متصدر الترتيب في آخر عشرة كيلومترات.",
             "هجوما")):
        assert figurative_reading(_event(text, word)), text


def test_an_appeal_is_no_stabbing() -> None:
    text = "وقال محامي المتهم إنه سيطعن في الحكم أمام محكمة الاستئناف الأسبوع المقبل."
    assert figurative_reading(_event(text, "سيطعن"))
    assert not all_of_type(text, "ASSAULT")


def test_a_stabbing_is_an_attack() -> None:
    # near miss: a knife and a person stabbed
    text = "وطعن شاب شرطيا بسكين قرب محطة القطارات في مدينة ليون مساء أمس الثلاثاء."
    assert not figurative_reading(_event(text, "وطعن"))
    assert of_type(text, "ASSAULT")


def test_an_assault_on_democracy_is_no_attack() -> None:
    text = "ووصف زعيم المعارضة القانون الجديد بأنه «اعتداء سافر على الديمقراطية»."
    assert figurative_reading(_event(text, "اعتداء"))


def test_a_counter_attack_on_army_positions_is_an_attack() -> None:
    # near miss: مضاد with an armed object stays an attack
    text = "وشن المتمردون هجوما مضادا على مواقع الجيش قرب بلدة روتشورو فجر اليوم."
    assert not figurative_reading(_event(text, "هجوما"))
    assert of_type(text, "ASSAULT")


def test_an_attack_on_a_market_place_is_an_attack() -> None:
    # near miss: a market as a place shelled is a target
    text = "وقصفت مدفعية الدعم السريع سوق المدينة الرئيسي ظهر اليوم."
    assert not figurative_reading(_event(text, "وقصفت"))


# --- kind 3: one fight told with several words

def test_a_kill_in_its_attacks_sentence_folds_into_it() -> None:
    text = ("قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في إقليم بلوشستان فجر "
            "اليوم الأربعاء.")
    events = [_event(text, "قتل"), _event(text, "هجوم")]
    assert telling_host(events[0], events, text) == 1
    attacks = of_type(text, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].killed is not None


def test_a_kill_after_a_contrast_is_its_own_act() -> None:
    # near miss: فيما opens another act's clause
    text = ("وأصيب ثلاثة جنود في قصف على مواقعهم شرق المدينة، فيما قتل طفل برصاص قناص "
            "في حي آخر.")
    events = [_event(text, "قصف"), _event(text, "قتل")]
    assert telling_host(events[1], events, text) is None


def test_a_weapon_with_no_attack_is_no_event() -> None:
    for text, word in (
            ("ووافقت واشنطن على بيع أنقرة 40 صاروخا مضادا للسفن بقيمة 300 مليون دولار.",
             "صاروخا"),
            ("وفرضت لندن عقوبات على شركتين لصناعة الطائرات المسيرة في بيلاروس.",
             "الطائرات المسيرة")):
        assert unarmed_weapon(_event(text, word)), text


def test_a_weapon_an_attack_fires_is_not_unarmed() -> None:
    # near miss: the drone is the attack's instrument
    text = "واستهدفت طائرة مسيرة سيارة على طريق المطار ما أدى إلى مقتل شخصين."
    assert not unarmed_weapon(_event(text, "طائرة مسيرة"))


# --- tuned on the later rounds (after the out-of-sample count)

def test_acts_named_in_an_involvement_are_no_event() -> None:
    text = "واعتقلت الشرطة خمسة أشخاص يشتبه في أنهم متورطون في اغتيال ناشط محلي."
    assert course_reading(_event(text, "اغتيال"))


def test_a_monthly_count_documented_is_a_course() -> None:
    text = "ورصدت نقابة الصحفيين في تقريرها لشهر أيلول الماضي 57 اعتداء على الصحفيين."
    assert course_reading(_event(text, "اعتداء"))


def test_a_condemned_continuing_course_is_no_event() -> None:
    text = "وأدانت الجامعة العربية، اليوم الخميس، الاعتداءات المتواصلة على المدنيين في الفاشر."
    assert course_reading(_event(text, "الاعتداءات"))


def test_a_police_sting_and_an_arrest_operation_are_no_attack() -> None:
    sting = "وضبط رجال المباحث موظفا في البلدية متلبسا بتلقي رشوة في كمين أعد له."
    assert figurative_reading(_event(sting, "كمين"))
    raid = "ونفذت الشرطة عملية دهم في حي الزهور بحثا عن مطلوبين."
    assert figurative_reading(_event(raid, "عملية"))


def test_an_ambush_on_a_convoy_is_an_attack() -> None:
    # near miss: an ambush with no arrest
    text = "ونصب مسلحون كمينا لقافلة عسكرية قرب مدينة غاو شمالي مالي فجر اليوم."
    assert not figurative_reading(_event(text, "كمينا"))


def test_an_appeal_filed_after_an_election_is_no_stabbing() -> None:
    text = "وأمرت اللجنة بإعادة فرز الأصوات في عشرين مركزا بعد طعن تقدم به المرشح الخاسر."
    assert figurative_reading(_event(text, "طعن"))


def test_a_campaign_targeting_migrants_is_no_attack() -> None:
    text = "وقال قائد الشرطة إن الحملة تستهدف المهربين والمهاجرين غير النظاميين."
    assert figurative_reading(_event(text, "تستهدف"))


def test_blasts_heard_during_a_fight_fold_into_it() -> None:
    text = ("ودارت اشتباكات عنيفة بين الجيش والمسلحين في أحياء مدينة بلدوين، "
            "وسمع السكان دوي انفجارات حتى الفجر.")
    events = [_event(text, "اشتباكات"), _event(text, "انفجارات")]
    assert telling_host(events[1], events, text) == 0


def test_a_repelled_attack_is_the_attack_told_before() -> None:
    text = ("هاجم مسلحون موقعا للجيش قرب بلدة كيدال فجر اليوم. "
            "وقال الجيش إن قواته صدت هجوما على الموقع.")
    events = [_event(text, "هاجم"), _event(text, "صدت هجوما")]
    assert telling_host(events[1], events, text) == 0


def test_a_repelled_attack_later_is_another_attack() -> None:
    # near miss: a later scene
    text = ("هاجم مسلحون موقعا للجيش قرب بلدة كيدال فجر اليوم. "
            "وفي وقت لاحق، قال الجيش إن قواته صدت هجوما آخر قرب تساليت.")
    events = [_event(text, "هاجم"), _event(text, "صدت هجوما")]
    assert telling_host(events[1], events, text) is None
