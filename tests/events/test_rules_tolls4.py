"""Casualty counts of events (tolls round 4) on the team's own sentences: victims counted in
three parts (أطفال ونساء ورجلان), a dual after a numeral or a dual noun, a و-fused verb after
a count (the actors' next act, not the victims' verb), victims' partitive before a verb
that follows them, a resumptive pronoun between a casualty verb and its count (قتل فيها),
a figure a correction sets aside (وليس أربعة قتلى), a corrected toll's second count, another
source's arrest figure, a فيما clause naming its act retold (خلال الاشتباكات) past another
kind of act, and a headline's vague toll made precise by the body."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import bounds, counts, events, events_of_type

PUB = date(2026, 11, 26)  # a Thursday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- the casualty layer

def test_victims_in_three_parts_are_summed() -> None:
    assert counts("قتل ثلاثة أطفال وامرأتان ورجل في القصف.") == [("killed", 6, 6)]
    assert counts("استشهد خمسة جنود وثلاثة مدنيين وشرطيان في الكمين.") == [("killed", 10, 10)]


def test_a_dual_after_a_numeral_counts_two() -> None:
    assert counts("أصيب سبعة عمال وطفلان بجروح.") == [("injured", 9, 9)]
    # a bare singular after a numeral is still the counted noun's other half
    assert counts("اعتقلت السلطات 9 ضباط وضابط صف بتهمة التآمر.") == [("arrested", 9, 9)]


def test_a_dual_joined_to_a_counted_or_dual_noun() -> None:
    assert counts("أسفر القصف عن سقوط قتيلين وثلاثة جرحى.") == [
        ("killed", 2, 2), ("injured", 3, 3)]
    assert counts("أسفر الانفجار عن سقوط قتيلين مدنيين وجريحين.") == [
        ("killed", 2, 2), ("injured", 2, 2)]
    assert counts("أسفر الهجوم عن 4 قتلى وجريحين.") == [("killed", 4, 4), ("injured", 2, 2)]
    # not joined to a casualty noun: a bare dual is no count
    assert counts("وصل الطبيبان وجريحين من المستشفى.") == []


def test_a_dual_of_protesters() -> None:
    assert counts("قتل متظاهران برصاص الشرطة.") == [("killed", 2, 2)]


def test_a_wa_fused_verb_after_a_count_is_the_actors_next_act() -> None:
    # 20 villagers killed, and then the gunmen abducted women: the 20 are not abducted
    assert counts("قتل مسلحون 20 قرويا واختطفوا عددا من النساء.") == [("killed", 20, 20)]
    # a verb after its victims, with no و, keeps them
    assert counts("وذكرت الشرطة أن 6 جنود قتلوا في الكمين.") == [("killed", 6, 6)]


def test_the_victims_partitive_before_a_verb_that_follows_them() -> None:
    assert counts("لقي شرطيان من قوات التدخل السريع مصرعهما في الانفجار.") == [
        ("killed", 2, 2)]
    assert counts("لقي جندي من الجيش حتفه.") == [("killed", 1, 1)]
    # a plural group names no count
    assert counts("لقي عدد من الجنود مصرعهم.") == []


def test_a_resumptive_pronoun_between_a_casualty_verb_and_its_count() -> None:
    assert counts("نفذ الطيران غارات قتل فيها 12 مسلحا.") == [("killed", 12, 12)]
    assert counts("وقع انفجار في السوق أصيب فيه 8 أشخاص.") == [("injured", 8, 8)]


def test_a_figure_a_correction_sets_aside_is_no_count() -> None:
    assert counts("أسفر الهجوم عن مقتل ثلاثة أشخاص، وليس خمسة قتلى كما أعلن في البداية.") == [
        ("killed", 3, 3)]
    assert counts("قتل تسعة أشخاص بدلا من 12 قتيلا.") == [("killed", 9, 9)]


# --- attached to events

def test_a_corrected_toll_updates_its_second_count_too() -> None:
    text = ("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في مدينة الزاوية، مساء الأربعاء، "
            "ما أسفر عن قتيل و6 جرحى.\nوعدلت وزارة الصحة الحصيلة اليوم إلى قتيلين و9 جرحى.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (2, 2) and bounds(e.injured) == (9, 9)


def test_another_sources_arrest_figure_goes_to_the_arrest() -> None:
    text = ("قالت المعارضة إن قوات الأمن اعتقلت أكثر من 300 من أنصارها خلال الاحتجاجات التي "
            "شهدتها العاصمة أمس، فيما قالت وزارة الداخلية إن عدد الموقوفين بلغ 120 شخصا.")
    arrest, = of_type(text, "COERCE")
    assert bounds(arrest.arrested) == (120, None) and arrest.arrested is not None \
        and arrest.arrested.approx
    assert all(e.arrested is None for e in of_type(text, "PROTEST"))


def test_a_fima_clause_naming_its_act_retold_adds_to_the_attack() -> None:
    text = ("أعلن الجيش، اليوم الخميس، مقتل 14 مسلحا في عملية عسكرية واسعة قرب بلدة "
            "بلعد، فيما قتل جنديان خلال المعارك.")
    attacks = of_type(text, "ASSAULT")
    assert [bounds(e.killed) for e in attacks] == [(16, 16)]
    # a فيما clause with an act of its own is that act
    text = ("قتل ستة مسلحين في غارة جوية على معسكر للتنظيم، أمس الأربعاء، فيما قتل جنديان "
            "في قصف مضاد.")
    assert sorted(bounds(e.killed) for e in of_type(text, "ASSAULT")) == [(2, 2), (6, 6)]


def test_a_headlines_vague_toll_gives_way_to_the_bodys_figure() -> None:
    text = ("عشرات القتلى بهجوم على قرية قرب الدمازين\n"
            "قتل أكثر من 30 شخصا، مساء الأربعاء، في هجوم شنه مسلحون على قرية قرب مدينة "
            "الدمازين، بحسب مسؤول محلي.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (31, None)


def test_a_resumptive_during_a_series_since_a_date_is_no_toll() -> None:
    assert counts("اندلعت مواجهات أصيب خلالها 5 شبان بالرصاص.") == [("injured", 5, 5)]
    # the pronoun points back to a series told with its period: a tally, no count
    assert counts("وهو الأحدث في سلسلة من التفجيرات التي قتل خلالها أكثر من 300 شخص منذ "
                  "تولي الحكومة.") == []


def test_a_tally_since_the_start_of_a_year_or_a_month_is_no_act() -> None:
    text = ("قتل جنديان في هجوم على حاجز قرب مدينة الرمادي، أمس الأربعاء. وقتل أكثر من 150 "
            "عنصر أمن في المحافظة منذ مطلع العام.")
    attacks = [e for e in events(text, PUB) if e.type == "ASSAULT" and not e.negated]
    assert [bounds(e.killed) for e in attacks] == [(2, 2)]
    text = "وقالت المنظمة إن 40 مدنيا قتلوا في المدينة منذ مطلع أكتوبر."
    assert not any(e.type == "ASSAULT" for e in events(text, PUB))
    # with no figure near it, an act told as one of several this year stays
    text = "قصفت الطائرات الحربية أمس مستشفى المدينة للمرة الثالثة منذ مطلع العام."
    assert [e.type for e in events(text, PUB)] == ["ASSAULT"]


def test_the_arms_of_one_attack_listed_are_one_attack_with_its_toll() -> None:
    text = ("قتل ثلاثة أشخاص وأصيب 12 آخرون، ليل الأربعاء، في هجوم بالصواريخ والطائرات "
            "المسيرة على مدينة خاركيف، أصيب فيه عدد من عمال الإغاثة أيضا.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (3, 3) and bounds(e.injured) == (12, 12)
    # two means in two clauses are two acts
    text = ("قتل جنديان في غارة بطائرة مسيرة على موقع للجيش، أمس الأربعاء، فيما رد الجيش "
            "بقصف مدفعي على مواقع المسلحين.")
    assert len(of_type(text, "ASSAULT")) == 2


def test_a_tally_since_a_date_and_its_cause_belong_to_no_act() -> None:
    text = ("قالت المنظمة، اليوم الخميس، إن 50 مدنيا قتلوا في المدينة منذ مطلع العام جراء "
            "القصف، بينهم ثلاثة قتلوا أمس في غارة جوية على سوق شعبي.")
    e, = of_type(text, "ASSAULT")
    assert e.mode == "aerial" and bounds(e.killed) == (3, 3)
