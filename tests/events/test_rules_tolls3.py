"""Casualty counts of events (tolls round 3) on the team's own sentences: victims joined by و
and counted by their nouns (امرأة وطفلاها، ضابط برتبة … وثلاثة جنود), duals of kin and
citizens, arrest campaigns (حملة توقيفات طالت), a dual verb after a relative clause, another
source's figure in the act's own sentence or before another act, the attackers' dead told
by the defenders, bodies found later, a toll whose noun names the act, a wounded clause
between a death verb and its act word, a cell dismantled and its members arrested, and a
death sentence carried out in Gulf wording."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event
from tests.events.rule_checks import bounds, counts

PUB = date(2026, 11, 26)  # a Thursday


def of_type(text: str, type_: str) -> list[Event]:
    return [e for e in analyze(text, published=PUB).events if e.type == type_]


# --- the casualty layer

def test_victims_joined_by_wa_are_counted_by_their_nouns() -> None:
    assert counts("قتل رجل وطفلاه بقذيفة سقطت على منزلهم.") == [("killed", 3, 3)]
    assert counts("أصيب شرطي وعامل في الانفجار.") == [("injured", 2, 2)]
    assert counts("قتل جندي برتبة عريف أول وخمسة مدنيين في الهجوم.") == [("killed", 6, 6)]


def test_a_bare_noun_after_a_numeral_is_its_other_half() -> None:
    # 9 officers and NCOs: ضابط صف completes the counted noun, it adds no one
    assert counts("اعتقلت السلطات 9 ضباط وضابط صف بتهمة التآمر.") == [("arrested", 9, 9)]


def test_a_dual_of_citizens_counts_two() -> None:
    assert counts("واستشهد مواطنان اثنان برصاص القناصة.") == [("killed", 2, 2)]


def test_an_arrest_campaign_that_reached_people() -> None:
    assert counts("نفذت الشرطة حملة توقيفات شملت 14 ناشطا.") == [("arrested", 14, 14)]
    # a suspension, not an arrest: the victims must be people
    assert counts("أعلنت الوزارة إيقافات عن العمل طالت 30 يوما.") == []


def test_a_dual_verb_after_a_relative_clause() -> None:
    assert counts("وقال الجيش إن اثنين من المسلحين اللذين هاجما الحاجز قتلا.") == [
        ("killed", 2, 2)]


def test_victims_joined_by_wa_with_a_numeral_after_their_noun() -> None:
    assert counts("وأسفر القصف عن مقتل أربعة من عناصر الشرطة ومدنيين اثنين.") == [
        ("killed", 6, 6)]


def test_a_dual_verb_after_a_partitive_construct_chain() -> None:
    assert counts("وذكر البيان أن اثنين من عناصر خلية التنظيم قتلا في المداهمة.") == [
        ("killed", 2, 2)]


# --- attached to events

def test_another_source_in_the_acts_sentence_keeps_the_lower_figure() -> None:
    e, = of_type("قتل العشرات في غارة جوية على سوق في مدينة كتم، أمس الأربعاء، فيما قال "
                 "مسؤول محلي إن 37 شخصا على الأقل قتلوا.", "ASSAULT")
    assert bounds(e.killed) == (37, None) and e.killed is not None and e.killed.approx


def test_another_source_before_another_act_is_the_first_acts() -> None:
    text = ("قتل خمسة أشخاص في اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية، مساء الثلاثاء. "
            "في حين قالت مصادر طبية إن عدد القتلى تجاوز تسعة، وإن بين الجرحى طفلا أصيب "
            "بقذيفة سقطت على منزل أسرته.")
    first = min(of_type(text, "ASSAULT"), key=lambda e: e.trigger.start)
    assert bounds(first.killed) == (5, None)


def test_the_attackers_dead_told_by_the_defenders_are_added() -> None:
    text = ("قتل سبعة جنود في هجوم شنه مسلحون على ثكنة للجيش في منطقة منكا، فجر الأربعاء. "
            "وقال الجيش إن قواته صدت الهجوم وقتلت 16 من المهاجمين.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (23, 23)


def test_the_same_fighters_told_again_are_not_added() -> None:
    text = ("قتل 12 مسلحا في غارة جوية على معسكر للتنظيم قرب بلدة الصالحية، أمس الأربعاء. "
            "وقال الجيش إن الغارة قتلت 12 من عناصر التنظيم.")
    attacks = of_type(text, "ASSAULT")
    assert [bounds(e.killed) for e in attacks] == [(12, 12)]


def test_bodies_found_later_add_to_the_attack() -> None:
    text = ("قتل 11 شخصا في هجوم شنه مسلحون على قرية قرب مدينة كتم، الاثنين الماضي. "
            "وقال زعيم محلي اليوم إن الأهالي عثروا على خمس جثث أخرى قرب الوادي بعد الهجوم.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (16, 16)


def test_a_toll_whose_noun_names_the_act_updates_it() -> None:
    text = ("قتل سبعة أشخاص وأصيب 12 آخرون، مساء الأربعاء، بتفجير سيارة مفخخة في سوق مدينة "
            "بيجي.\nوقال مسؤول محلي اليوم إن حصيلة ضحايا التفجير ارتفعت إلى 11 قتيلا و20 "
            "جريحا.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (11, 11) and bounds(e.injured) == (20, 20)


def test_a_wounded_clause_between_a_death_verb_and_its_act() -> None:
    text = ("قتل جندي وأصيب ثلاثة آخرون، مساء الأربعاء، بانفجار عبوة ناسفة استهدفت دورية "
            "للجيش قرب مدينة الرطبة.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (1, 1) and bounds(e.injured) == (3, 3)


def test_a_cell_dismantled_and_its_members_arrested_is_one_arrest() -> None:
    text = ("تمكنت الأجهزة الأمنية، أمس الأربعاء، من تفكيك شبكة لتهريب الأسلحة في مدينة "
            "وجدة، واعتقال سبعة من أفرادها.")
    e, = of_type(text, "COERCE")
    assert e.mode == "arrest" and bounds(e.arrested) == (7, 7)


def test_a_death_sentence_carried_out_in_gulf_wording() -> None:
    e, = of_type("نفذت وزارة الداخلية اليوم حكم القتل حدا بحق أربعة جناة في منطقة "
                 "الجوف.", "ASSAULT")
    assert e.mode == "execute" and bounds(e.killed) == (4, 4)


def test_an_execution_does_not_absorb_the_crime_it_punishes() -> None:
    attacks = of_type("نفذت وزارة الداخلية أمس حكم القتل قصاصا في أحد الجناة لإقدامه على "
                      "قتل مواطن بإطلاق النار عليه إثر خلاف بينهما.", "ASSAULT")
    assert sorted(e.mode or "" for e in attacks) == ["execute", "firearms"]
