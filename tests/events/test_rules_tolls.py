"""Casualty counts of events (tolls round) on the team's own sentences: a toll told in two
parts, counts after a preposition phrase, updates of a toll (ارتفع عدد القتلى إلى …، الحصيلة
النهائية بلغت …، تتجاوز 50 قتيلا), cumulative tolls that belong to no event, and the second
act a `فيما` clause tells."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Casualty, Event
from rasd.text.casualties import extract_casualties

PUB = date(2026, 10, 14)  # a Wednesday


def events(text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def of_type(text: str, type_: str) -> list[Event]:
    return [e for e in events(text) if e.type == type_]


def bounds(c: Casualty | None) -> tuple[int | None, int | None] | None:
    return None if c is None else (c.min, c.max)


def counts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.kind, c.min, c.max) for c in extract_casualties(text)]


# --- the casualty layer

def test_a_toll_in_two_parts_is_summed() -> None:
    assert counts("قتل 22 مهاجما وسبعة جنود في هجوم على قاعدة عسكرية.") == [
        ("killed", 29, 29)]


def test_a_vague_part_and_an_exact_part_sum_their_bounds() -> None:
    text = "قتل العشرات من مسلحي الجماعة وسبعة من جنود الجيش في معارك عنيفة."
    assert counts(text) == [("killed", 17, 106)]


def test_the_wounded_of_two_groups_are_summed() -> None:
    text = "أصيب 18 عنصرا من القوات العمومية وسبعة محتجين خلال مواجهات."
    assert counts(text) == [("injured", 25, 25)]


def test_a_second_count_of_something_else_is_no_part() -> None:
    # the second number counts vehicles, not victims
    assert counts("قتل 5 جنود و3 آليات دمرت في الهجوم.") == [("killed", 5, 5)]


def test_a_preposition_and_a_definite_noun_stand_between_verb_and_count() -> None:
    assert counts("قتلت القوات خلال العملية أربعة إرهابيين.") == [("killed", 4, 4)]
    assert counts("وأصيب في الاقتحام 14 مواطنا بالرصاص الحي.") == [("injured", 14, 14)]


def test_a_preposition_before_an_indefinite_noun_is_not_crossed() -> None:
    assert counts("اعتقل في مدن عدة 3 أشخاص.") == []


def test_two_fighters_killed() -> None:
    assert ("killed", 2, 2) in counts("قتل مقاتلان من قوات البيشمركة وأصيب ثلاثة آخرون.")


def test_a_plural_verb_before_its_victims() -> None:
    text = "هاجم مسلحون قرية ليل الخميس، وقتلوا 19 مدنيا على الأقل بالسواطير."
    assert counts(text) == [("killed", 19, None)]


def test_a_count_that_is_exceeded_is_open() -> None:
    assert counts("وقال مصدر أمني إن «الحصيلة ثقيلة وتتجاوز 50 قتيلا».") == [
        ("killed", 51, None)]


def test_a_partitive_group_before_a_verb_after_its_victims() -> None:
    assert counts("وأوضحت الوزارة أن سبعة من أعوان الأمن أصيبوا بجروح.") == [
        ("injured", 7, 7)]


# --- events

def test_a_second_part_told_with_fima_joins_the_act() -> None:
    text = ("صدت القوات الحكومية هجوما لمسلحين على موقع عسكري، ما أسفر عن مقتل أربعة من "
            "المهاجمين، فيما قتل ثلاثة جنود.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert bounds(found[0].killed) == (7, 7)


def test_a_fima_clause_with_its_own_act_keeps_its_own_toll() -> None:
    text = ("قتل خمسة مدنيين في قصف مدفعي لقوات الحكومة استهدف بلدة كفرنبل، فجر اليوم "
            "الثلاثاء، فيما قتل جنديان في قصف مضاد نفذته الفصائل على مواقعهم.")
    assert sorted(bounds(e.killed) or (0, 0) for e in of_type(text, "ASSAULT")) == [
        (2, 2), (5, 5)]


def test_a_final_toll_told_with_an_arrest_updates_the_clashes() -> None:
    text = ("أسفرت اشتباكات بين مزارعين ورعاة في قرية جنوبي تشاد، يوم الاثنين، عن مقتل 11 "
            "شخصا وإصابة العشرات. وأعلن حاكم الولاية، الثلاثاء، أن الحصيلة النهائية بلغت "
            "14 قتيلا و32 جريحا، وأن قوات الأمن أوقفت 20 مشتبها بهم.")
    assault = of_type(text, "ASSAULT")[0]
    assert bounds(assault.killed) == (14, 14)
    assert bounds(assault.injured) == (32, 32)
    arrest = of_type(text, "COERCE")[0]
    assert arrest.killed is None and bounds(arrest.arrested) == (20, 20)


def test_a_toll_told_later_updates_an_exact_count() -> None:
    text = ("قتل ستة أشخاص وأصيب 23 آخرون في هجوم روسي بالصواريخ على مدينة دنيبرو ليل "
            "الأحد. وأضاف الحاكم أن فرق الإنقاذ انتشلت جثتين أخريين من تحت الأنقاض، "
            "ليرتفع عدد القتلى إلى ثمانية.")
    assert [bounds(e.killed) for e in of_type(text, "ASSAULT")] == [(8, 8)]


def test_a_vague_count_is_updated_by_a_higher_open_one() -> None:
    text = ("قتل عشرات الجنود في هجوم شنه جهاديون على موقع عسكري في بلدة جيبو، الأحد. "
            "وقال مصدر أمني إن «الحصيلة ثقيلة وتتجاوز 50 قتيلا».")
    assert [bounds(e.killed) for e in of_type(text, "ASSAULT")] == [(51, None)]


def test_a_cumulative_toll_of_the_war_is_not_attached() -> None:
    text = ("استشهد 27 فلسطينيا وأصيب أكثر من 60 آخرين في سلسلة غارات إسرائيلية على خان "
            "يونس. وبذلك يرتفع عدد الشهداء منذ بدء الحرب إلى أكثر من 68 ألف شهيد.")
    assert [bounds(e.killed) for e in of_type(text, "ASSAULT")] == [(27, 27)]


def test_a_killing_verb_after_an_attack_is_its_toll() -> None:
    text = "هاجم مسلحون من جماعة متمردة قرية في منطقة بيني ليل الخميس، وقتلوا 19 مدنيا."
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert bounds(found[0].killed) == (19, 19)


def test_a_toll_told_with_a_protest_alone_is_not_the_protest_s() -> None:
    text = ("ارتفع عدد قتلى الاحتجاجات الطلابية إلى تسعة على الأقل، بحسب مستشفى المدينة. "
            "وكانت الشرطة قد أطلقت الرصاص المطاطي على آلاف الطلاب الذين تظاهروا.")
    assert all(e.killed is None for e in of_type(text, "PROTEST"))


# --- second pass: the end of an act, a repulse retold, arrests counted after a time insert

def test_an_act_that_lasted_until_a_day_is_not_dated_by_its_end() -> None:
    text = ("قتل العشرات من مسلحي الجماعة وسبعة من جنود الجيش في معارك عنيفة اندلعت، ليل "
            "الاثنين، غرب المدينة. وقالت المصادر إن 16 جنديا أصيبوا في المعارك التي "
            "استمرت حتى فجر الثلاثاء.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert found[0].date == date(2026, 10, 12)
    assert bounds(found[0].injured) == (16, 16)


def test_an_attack_repelled_retold_by_the_defender_is_the_attack() -> None:
    text = ("قتل 22 مهاجما وسبعة جنود، أمس، في هجوم شنه مسلحون على قاعدة عسكرية في "
            "ولاية بورنو. وقال المتحدث باسم الجيش إن القوات صدت الهجوم بعد ثلاث ساعات.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert bounds(found[0].killed) == (29, 29)


def test_a_time_insert_between_commas_before_the_people_arrested() -> None:
    text = "أوقفت الوحدات الأمنية، ليلة الثلاثاء، 12 شخصا على الأقل خلال احتجاجات ليلية."
    assert counts(text) == [("arrested", 12, None)]
    arrests = of_type(text, "COERCE")
    assert [bounds(e.arrested) for e in arrests] == [(12, None)]


def test_an_arrest_verb_counting_its_people_is_an_arrest() -> None:
    text = ("وأضاف البلاغ أن المصالح الأمنية أوقفت 34 شخصا، من بينهم 11 قاصرا، للاشتباه في "
            "تورطهم في أعمال العنف.")
    assert [bounds(e.arrested) for e in of_type(text, "COERCE")] == [(34, 34)]


def test_an_arrest_verb_without_people_is_no_arrest() -> None:
    assert of_type("أوقفت الشركة العمل في مصنعها لمدة يومين.", "COERCE") == []
