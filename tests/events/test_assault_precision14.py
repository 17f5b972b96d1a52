"""ASSAULT precision (2026-12-04 (14)): an attack told again as the object of a reaction
(وأدانت الوزارة استهداف الخيمة) is the attack told before; a course of attacks (استمرار
الاعتداءات، لوقف اعتداءاتها) is no event. The team's own sentences."""

from __future__ import annotations

from datetime import date

from rasd.events.learned.candidate_filter import filter_disabled
from rasd.model import Event
from tests.events.rule_checks import events

PUB = date(2026, 5, 20)


def _assaults(text: str) -> list[Event]:
    with filter_disabled():
        return [e for e in events(text, PUB) if e.type == "ASSAULT"]


# --- the condemned act is the act told before

def test_a_condemned_construct_phrase_retells_the_strike() -> None:
    text = ("استشهد أربعة فلسطينيين، فجر اليوم، في غارة إسرائيلية استهدفت خيمة للنازحين في "
            "دير البلح. وأدانت وزارة الخارجية القطرية استهداف الخيمة، وطالبت بتحقيق دولي.")
    found = _assaults(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2, "the condemnation's sentence joins the strike"


def test_a_described_shooting_is_the_shooting_told_before() -> None:
    text = ("قالت البعثة الأممية إن جنودا أطلقوا النار، صباح الاثنين، باتجاه دورية قرب الحدود. "
            "ووصفت البعثة في بيان إطلاق النار بأنه «انتهاك خطير».")
    assert len(_assaults(text)) == 1


def test_a_negated_comment_on_the_strike_does_not_make_a_second_strike() -> None:
    text = ("قتل ثلاثة عناصر، مساء السبت، بضربة نفذتها طائرة مسيرة استهدفت سيارتهم قرب الحدود. "
            "ولم تعلق الحكومة على الضربة حتى الآن.")
    found = _assaults(text)
    assert len(found) == 1 and not found[0].negated


def test_a_denied_responsibility_for_the_attack_retells_it() -> None:
    text = ("قتل خمسة جنود، مساء الأحد، في هجوم بعبوة ناسفة على دورية عسكرية شمال البلاد. "
            "ونفت الجماعة في بيان مسؤوليتها عن الهجوم.")
    assert len(_assaults(text)) == 1


def test_a_denied_act_itself_stays_its_own_denied_event() -> None:
    # نفى المتحدث استهداف المدنيين: the denial's object is an act, coded denied (ev-949)
    text = ("قتل عشرة مدنيين، مساء الأحد، في غارة جوية على قرية في الشمال. "
            "ونفى المتحدث باسم الجيش استهداف المدنيين.")
    assert len(_assaults(text)) == 2


def test_a_condemned_attack_with_its_own_relative_clause_is_not_folded() -> None:
    text = ("قتل شرطيان، أمس، في هجوم مسلح على حاجز أمني جنوب المدينة. "
            "وحمل المسؤول الجماعة مسؤولية الهجوم الانتحاري الذي استهدف ليلا مركز شرطة في "
            "العاصمة.")
    assert len(_assaults(text)) == 2


def test_a_condemned_attack_told_only_there_stays_an_event() -> None:
    text = ("أدانت وزارة الخارجية، اليوم، الهجوم الإرهابي الذي استهدف مسجدا في مدينة بيشاور.")
    assert len(_assaults(text)) == 1



def test_a_condemned_crime_s_relative_clause_retells_the_bombing() -> None:
    text = ("قتل 19 مصليا، السبت، في تفجير انتحاري استهدف مسجدا في سوق المدينة. "
            "وأدانت المنظمة «العمل الإجرامي الذي استهدف بيتا من بيوت الله».")
    assert len(_assaults(text)) == 1

# --- a course of attacks is no event

def test_continued_attacks_condemned_are_no_event() -> None:
    text = ("وأدان الوزير استمرار الاعتداءات الإسرائيلية على الأراضي السورية، مطالبا "
            "بالانسحاب.")
    assert _assaults(text) == []


def test_a_call_to_stop_its_attacks_is_no_event() -> None:
    text = "وطالب الرئيس الولايات المتحدة بالضغط على إسرائيل لوقف اعتداءاتها."
    assert _assaults(text) == []


def test_ending_indefinite_clashes_that_broke_out_stays_an_event() -> None:
    text = ("تدخلت الشرطة، أمس، لإنهاء اشتباكات اندلعت بين عائلتين في حي الشجاعية.")
    assert _assaults(text)


# --- the one strike told before, retold with a toll of its own

def test_the_raised_toll_of_the_strike_is_no_second_strike() -> None:
    text = ("استشهد سبعة مواطنين، فجر اليوم، في غارة لطائرات الاحتلال على منزل في مخيم "
            "النصيرات. وأفاد الدفاع المدني بأن طواقمه انتشلت جثامين ثلاثة شهداء آخرين من تحت "
            "الأنقاض، ليرتفع عدد ضحايا الغارة إلى عشرة.")
    assert len(_assaults(text)) == 1


def test_the_attack_set_against_an_earlier_one_keeps_that_one_apart() -> None:
    text = ("قتل مقاتلان وأصيب ثلاثة آخرون، مساء أمس، في هجوم شنه مسلحون على نقطة تفتيش. "
            "ويأتي الهجوم بعد أسبوعين من هجوم مماثل على المنطقة نفسها أسفر عن مقتل خمسة.")
    assert len(_assaults(text)) == 2


# --- the content of a work is no event

def test_shelling_a_novel_recalls_is_no_event() -> None:
    text = ("ومن أبرز الإصدارات رواية «حصار المدينة» للكاتب سليم حداد، التي تستعيد حملة الغزو "
            "عام 1830 وقصف المدينة من البحر.")
    assert _assaults(text) == []


def test_battles_a_game_lets_the_player_fight_are_no_event() -> None:
    text = "أطلقت شركة ناشئة لعبة إلكترونية جديدة يخوض فيها اللاعب معارك ضد جيوش غازية."
    assert _assaults(text) == []


def test_a_series_of_attacks_is_no_work() -> None:
    text = "استمر مسلسل العمليات الإرهابية، أمس، باستهداف محكمة شرق العاصمة بعبوة ناسفة."
    assert _assaults(text)


def test_an_attack_set_against_a_film_by_a_contrast_stays_an_event() -> None:
    text = ("كان المخرج يضع اللمسات الأخيرة على الفيلم، إلا أن انفجار سيارة مفخخة قرب "
            "الاستوديو، أمس، أدى إلى مقتل ثلاثة من طاقمه.")
    assert _assaults(text)


# --- a market's attack is no attack

def test_banks_counterattack_on_falling_liquidity_is_no_attack() -> None:
    text = ("شنت البنوك هجوما معاكسا على تراجع السيولة بإطلاق عروض قروض عقارية، فيما ارتفع "
            "مؤشر سوق الأسهم 1.2 في المئة.")
    assert _assaults(text) == []


def test_a_strike_on_an_oil_field_is_an_attack_whatever_the_market_words() -> None:
    text = ("قصفت طائرات مسيرة للحوثيين، أمس، حقلا نفطيا، ما أدى إلى تراجع الأسهم وارتفاع "
            "أسعار النفط في السوق.")
    assert _assaults(text)


# --- a claim of responsibility's own toll is the claimed attack's telling

def test_the_claimed_toll_after_a_claim_of_responsibility_is_the_attack() -> None:
    text = ("قتل ستة جنود، صباح اليوم، في هجوم انتحاري بسيارة مفخخة استهدف قاعدة عسكرية شمال "
            "العاصمة. وتبنت الحركة الهجوم في بيان، وزعمت أنها قتلت أكثر من 20 جنديا.")
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.min == 6


# --- an announced attack is no attack

def test_an_announced_ground_operation_is_no_attack() -> None:
    text = "وقال الرئيس إن بلاده ستشن قريبا عملية برية ضد المسلحين في الشمال."
    assert _assaults(text) == []


def test_a_body_that_will_appeal_the_ruling_stabs_no_one() -> None:
    text = "وقال المحامي إن الحكم «سياسي»، مؤكدا أن الهيئة ستطعن فيه أمام محكمة التعقيب."
    assert _assaults(text) == []


# --- the attacker's own claim of the strike told just before

def test_the_army_s_claim_in_a_fima_clause_is_the_shooting_told() -> None:
    text = ("وقال الدفاع المدني إن خمسة فلسطينيين قتلوا بنيران إسرائيلية الاثنين شرق خان يونس، "
            "فيما قال الجيش الإسرائيلي إن قواته أطلقت النار على «مشتبه بهم اقتربوا من القوات».")
    assert len(_assaults(text)) == 1


def test_a_ministry_s_claim_of_taking_a_village_is_an_act_of_its_own() -> None:
    text = ("قصفت طائرات مسيرة أوكرانية، أمس، منشأة نفطية في مقاطعة بيلغورود. "
            "وأعلنت وزارة الدفاع الروسية أن قواتها سيطرت على قرية في منطقة دونيتسك.")
    assert len(_assaults(text)) == 2
