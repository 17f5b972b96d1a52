"""ASSAULT on unseen text, by kind (assault21, 2026-12-05 (21)): attack words that tell no
attack (:mod:`rasd.events.senses.attack_references`), pinned on the team's own sentences (other
countries, outlets and wording than the gold passages), each kind with a near miss that must
stay an attack: an attack that may come (``أي``), a doer's acts condemned as a whole, a past
war named by its year, a remembered or discussed act, acts referred to by a link, an inquiry
or a figure, and weapons found or seized."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.events.senses.attack_references import attack_reference
from tests.events.rule_checks import facts_of_type

PUB = date(2026, 8, 19)

of_type = partial(facts_of_type, published=PUB)


def _kind(sentence: str, trigger: str, year: int | None = 2026) -> str | None:
    at = sentence.index(trigger)
    return attack_reference(sentence, at, at + len(trigger), year)


# --- kind 1: an attack that may come

def test_any_attack_is_no_attack() -> None:
    for text, word in (
        ("وقال قائد الجيش إن قواته جاهزة لصد أي هجوم على المعابر الشرقية.", "هجوم"),
        ("وحذر الوزير من أن أي اعتداء على السفن التجارية سيواجه برد حازم.", "اعتداء"),
        ("وأكدت الحكومة أنها سترد على أي خرق للهدنة في الإقليم.", "خرق"),
    ):
        assert _kind(text, word) == "any", text


def test_any_after_a_negation_or_a_denial_stays() -> None:
    # the gold codes a denied act as a negated ASSAULT
    for text, word in (
        ("وقالت البعثة إنها لم تسجل أي اشتباكات في المنطقة العازلة خلال الليل.", "اشتباكات"),
        ("ونفى الجيش أن يكون قد نفذ أي قصف على الأحياء السكنية.", "قصف"),
    ):
        assert _kind(text, word) is None, text


def test_any_attack_gives_no_event() -> None:
    text = "وقال المتحدث باسم الحرس إن القوات «مستعدة للرد على أي اعتداء» على الجزر."
    assert not of_type(text, "ASSAULT")


# --- kind 2: a doer's acts condemned as a whole

def test_a_condemned_construct_plural_is_a_course() -> None:
    for text, word in (
        ("وندد المجلس الوطني بانتهاكات الاحتلال في البلدة القديمة.", "بانتهاكات"),
        ("واستنكرت الرابطة اعتداءات المستوطنين على المزارعين ومحاصيلهم.", "اعتداءات"),
    ):
        assert _kind(text, word) == "condemned-course", text


def test_a_condemned_plural_with_its_day_or_clause_stays() -> None:
    for text, word in (
        ("وأدانت الخارجية الأردنية هجمات المستوطنين على قرية المغير أمس الأحد.", "هجمات"),
        ("وأدان الاتحاد هجمات المسلحين التي أودت بحياة 12 مدنيا في الإقليم.", "هجمات"),
        ("وأدانت الوزارة الغارات على ريف درعا واعتبرتها تصعيدا خطيرا.", "الغارات"),
    ):
        assert _kind(text, word) is None, text


def test_a_dated_condemned_attack_keeps_its_event() -> None:
    text = "وأدانت الخارجية الأردنية هجمات المستوطنين على قرية المغير أمس الأحد."
    assert of_type(text, "ASSAULT")


# --- kind 3: a past war named by its year

def test_a_war_two_years_back_is_background() -> None:
    for text, word in (
        ("وأعادت الحادثة إلى الأذهان تفجيرات عام 2005 التي هزت العاصمة.", "تفجيرات"),
        ("وتضم القاعة صورا من حرب 1991 ومخيمات اللاجئين على الحدود.", "حرب"),
    ):
        assert _kind(text, word) == "past-year", text


def test_last_years_attack_or_a_named_one_with_its_toll_stays() -> None:
    assert _kind("وكانت المحطة قد تعرضت لهجمات مماثلة في مارس 2025 أوقفت الإنتاج.",
                 "لهجمات") is None
    assert _kind("وطالب الوزير بتسليم منفذي هجوم كومانوفو عام 2015 الذي قتل فيه ثمانية "
                 "شرطيين.", "هجوم") is None
    assert _kind("وتضم القاعة صورا من حرب 1991.", "حرب", year=None) is None
    # a date with its month names the act (the audit's judges take it as told)
    assert _kind("وكان حاكما للولاية إبان اعتداءات 11 سبتمبر 2001 على المدينة.",
                 "اعتداءات") is None


# --- kind 5: a remembered or discussed act

def test_an_anniversary_or_a_talk_is_no_attack() -> None:
    for text, word in (
        ("وأحيا الأهالي، أمس، الذكرى العاشرة لمجزرة السوق بوقفة صامتة.", "لمجزرة"),
        ("ونظم النادي الثقافي ندوة حول معركة ميسلون وأبطالها.", "معركة"),
        ("في مثل هذا اليوم من عام 1956، قصفت الطائرات مدينة بورسعيد.", "قصفت"),
    ):
        assert _kind(text, word) == "matter", text


def test_a_case_named_with_its_victim_stays() -> None:
    # the gold codes a case named with its victim and place as the act (undated)
    assert _kind("وجاء الطرد على خلفية قضية اختطاف صحفي معارض في ضواحي مدريد.",
                 "اختطاف") is None


# --- kind 6: acts referred to

def test_acts_referred_to_by_a_link_an_inquiry_or_a_figure() -> None:
    for text, word in (
        ("وأوقفت الشرطة أربعة شبان يشتبه في صلتهم بإطلاق النار على الحانة.", "بإطلاق"),
        ("واعتقلت الشرطة 9 أشخاص في إطار تحقيق في عمليات اغتيال طالت قضاة.", "اغتيال"),
        ("وقال الوزير إن الدولة لن تقبل بأن تتحول الموانئ إلى رهينة لمصالح المهربين.",
         "رهينة"),
    ):
        assert _kind(text, word) == "referred", text


def test_real_hostages_and_a_shooting_stay() -> None:
    for text, word in (
        ("واحتجز المسلحون خمسة رهائن داخل المصرف قبل أن تقتحمه القوات الخاصة.", "رهائن"),
        ("ولا يزال ثلاثة رهائن لدى الخاطفين في الغابة.", "رهائن"),
        ("وأطلق مجهولون النار على الحانة فجر اليوم ما أدى إلى إصابة شابين.", "النار"),
    ):
        assert _kind(text, word) is None, text
    assert of_type("واحتجز المسلحون خمسة رهائن داخل المصرف قبل أن تقتحمه القوات الخاصة.",
                   "ASSAULT")


# --- kind 4: weapons found or seized

def test_weapons_found_are_no_attack() -> None:
    for text, word in (
        ("وعثرت الشرطة على عبوات ناسفة ومواد أولية داخل منزل المشتبه به.", "عبوات ناسفة"),
        ("وضبطت الدورية بحوزة الموقوفين حزامين ناسفين.", "حزامين ناسفين"),
    ):
        assert _kind(text, word) == "found-weapon", text


def test_a_planted_or_exploded_device_stays() -> None:
    for text, word in (
        ("وعثرت القوات على عبوة ناسفة مزروعة على جانب الطريق وفككتها.", "عبوة ناسفة"),
        ("وعثرت الفرق على عبوة ناسفة قبل أن تنفجر وتصيب جنديين.", "عبوة ناسفة"),
    ):
        assert _kind(text, word) is None, text


# --- kind 7: a group described by its acts

def test_a_group_described_by_its_acts_is_no_attack() -> None:
    for text, word in (
        ("واتهمت الخارجية الجارة بإيواء مسلحين يشنون هجمات داخل أراضيها.", "يشنون هجمات"),
        ("ويتهم الجيش الحركة بإيواء مسلحين شنوا هجمات عبر الحدود.", "شنوا هجمات"),
    ):
        assert _kind(text, word) == "habit", text


def test_a_dated_or_live_launch_stays() -> None:
    for text, word in (
        ("وشن مسلحون هجمات على ثلاث قرى فجر اليوم ما أدى إلى مقتل سبعة مدنيين.",
         "هجمات"),
        ("14:10 — مقاتلات تابعة لسلاح الجو الكيني تنفذ غارات على مواقع للمسلحين.",
         "تنفذ غارات"),
    ):
        assert _kind(text, word) is None, text


# --- kind 8: medicine's attacks

def test_a_treatment_that_attacks_cells_is_no_attack() -> None:
    text = "وطور الباحثون علاجا مناعيا يهاجم الخلايا السرطانية دون أن يضر الأنسجة السليمة."
    assert _kind(text, "يهاجم") == "medicine"
    assert not of_type(text, "ASSAULT")


def test_gunmen_attacking_a_hospital_stay() -> None:
    text = "وهاجم مسلحون مستشفى المدينة فجر اليوم وقتلوا حارسين."
    assert _kind(text, "وهاجم") is None
    assert of_type(text, "ASSAULT")
