"""Casualty counts of events (tolls round 5) on the team's own sentences: a killing told with
راح ضحيته, a casualty verb whose subject runs long before its victims (a quoted name, a
relative verb, a time between commas), a toll's second part with its verb left out (،
وثلاثة آخرون), one more victim named by kin after a passive verb (وأصيب والده), the wounded
who died (وفاة خمسة من المصابين) counted neither as wounded nor as more dead, a negated
injury (عدم إصابة), a count told over two acts (من موقعي القصف) given to neither, an earlier
report of the act (وكانت الشرطة قد أعلنت أن الانفجار …) as a retelling that keeps the wounded
it alone gives."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import bounds, counts, events_of_type

PUB = date(2026, 11, 19)  # a Thursday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- the casualty layer

def test_rah_dahiyatuh_is_a_killing_with_its_victims_after_it() -> None:
    assert counts("وقع انفجار في سوق المدينة راح ضحيته ثمانية عشر شخصا.") == [
        ("killed", 18, 18)]
    # the numerals may carry their case vowels
    assert counts("هجوم راحت ضحيته خمسةَ عشرَ مدنيا.") == [("killed", 15, 15)]


def test_a_long_subject_before_the_victims() -> None:
    # a quoted group name in the subject
    assert counts("قتل مقاتلون من «جبهة التحرير الشعبية» 14 جنديا على الأقل في الكمين.") == [
        ("killed", 14, None)]
    # a verb of the subject's own and a time between commas
    assert counts("قتلت قذيفة أطلقتها الميليشيا على حي سكني مكتظ، مساء الثلاثاء، سبعة "
                  "أطفال.") == [("killed", 7, 7)]
    # a construct subject before a dual victim
    assert counts("اعتقلت قوات الجيش الإسرائيلي شابين من القرية.") == [("arrested", 2, 2)]
    # a week-long period between commas
    assert counts("أوقفت مصالح الدرك بولاية سطيف، خلال الأسبوع الماضي، 11 مشتبها في "
                  "القضية.") == [("arrested", 11, 11)]


def test_a_long_subject_needs_victims_and_stops_at_a_relative_clause() -> None:
    # a bare number that far from the verb counts nothing
    assert counts("قتل المسلحون الذين هاجموا القرية في ثلاث سيارات رباعية الدفع 5 جنود.") == []
    # a relative clause's own object is not the arrest's
    assert counts("اعتقلت الشرطة الرجل الذي هاجم 5 جنود بسكين.") == []
    # after a preposition a singular is where, not whom
    assert counts("اعتقلت الشرطة في منزل رجل أعمال معروف.") == []
    # "any": a negated count
    assert counts("أكد البيان عدم إصابة أي مدني في الغارة.") == []


def test_a_tolls_second_part_with_its_verb_left_out() -> None:
    assert counts("أصيب 22 شخصا بحالات اختناق جراء الغاز المسيل للدموع، وأربعة آخرون "
                  "بالرصاص المطاطي.") == [("injured", 26, 26)]
    # its own verb makes it a count of its own kind
    assert counts("قتل 5 جنود في الهجوم، وأصيب ثلاثة آخرون.") == [
        ("killed", 5, 5), ("injured", 3, 3)]


def test_one_more_victim_named_by_kin_after_a_passive_verb() -> None:
    assert counts("قتل طفل وأصيبت والدته بجروح في القصف.") == [
        ("killed", 1, 1), ("injured", 1, 1)]
    assert counts("قتل مصور برصاص قناص أثناء تغطيته المعارك، وأصيب زميله بجروح.") == [
        ("killed", 1, 1), ("injured", 1, 1)]


def test_the_wounded_who_died_are_neither_wounded_nor_more_dead() -> None:
    assert counts("ارتفع عدد القتلى إلى 12 بعد وفاة ثلاثة من المصابين في المستشفى.") == [
        ("killed", 12, 12)]


# --- attached to events

def test_a_count_over_two_acts_goes_to_neither() -> None:
    text = ("استشهد ستة فلسطينيين في قصف استهدف منزلا في حي الزيتون، فيما استشهد أربعة "
            "آخرون في غارة على مدرسة تؤوي نازحين في جباليا.\n"
            "وقال الدفاع المدني إن طواقمه نقلت 31 مصابا من موقعي القصف.")
    attacks = of_type(text, "ASSAULT")
    assert all(e.injured is None for e in attacks)
    assert sorted(bounds(e.killed) for e in attacks if e.killed is not None) == [
        (4, 4), (6, 6)]


def test_an_earlier_report_of_the_act_retells_it_and_keeps_its_wounded() -> None:
    text = ("ارتفع عدد قتلى التفجير الذي استهدف سوقا شعبيا في المدينة مساء أمس إلى 12 "
            "قتيلا، بحسب الشرطة.\n"
            "وكانت الشرطة قد أعلنت في وقت سابق أن الانفجار، الذي نفذه انتحاري، أودى بحياة "
            "سبعة أشخاص وجرح 30 آخرين.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (12, 12) and bounds(e.injured) == (30, 30)



def test_a_headline_and_the_body_with_the_same_toll_are_one_act() -> None:
    text = ("مقتل ثلاثة من عناصر الأمن بقصف قرب مدينة الحسكة\n"
            "الحسكة - قتل ثلاثة من عناصر الأمن وأصيب اثنان آخران، مساء أمس الأربعاء، بضربة "
            "نفذتها طائرة مسيرة استهدفت سيارتهم على طريق قرية تل حميس جنوب القامشلي.")
    e, = of_type(text, "ASSAULT")
    assert bounds(e.killed) == (3, 3) and bounds(e.injured) == (2, 2) and e.mode == "drone"
    # another toll in the body is another act
    text = ("مقتل ثلاثة من عناصر الأمن بقصف قرب مدينة الحسكة\n"
            "الحسكة - قتل خمسة مدنيين، مساء أمس الأربعاء، بضربة نفذتها طائرة مسيرة استهدفت "
            "سيارتهم على طريق قرية تل حميس جنوب القامشلي.")
    assert len(of_type(text, "ASSAULT")) == 2
