"""Task conv18 on the team's own sentences: four codings the dev gold answered both ways,
settled in the gold README ("Background detentions and protest clashes"). An arrest named
as the time or the cause of a later act is an event of its own (counted back, lasting, the
grievance of a protest, a remand extended); custody named as the setting of a death and
migrants held in a centre before their deportation are not. Stones thrown at the police in a
protest are its riot (not an ASSAULT/primitive), settlers' stones stay an attack, and an
attempted storming is a riot, not a storming done (vandalize)."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.model import Event
from tests.events.rule_checks import bounds, events_of_type, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def arrests(text: str) -> list[Event]:
    return [e for e in of_type(text, "COERCE") if e.mode == "arrest"]


# --- background detentions: an event of their own


def test_an_arrest_counted_back_from_a_release_is_its_own_event() -> None:
    text = ("أفرجت السلطات الأردنية، أمس الثلاثاء، عن 12 معلما بكفالة، بعد أسبوعين من "
            "اعتقالهم خلال وقفة أمام وزارة التربية في عمان.")
    found = arrests(text)
    assert len(found) == 1
    assert found[0].date == date(2026, 9, 1)  # two weeks before Tuesday the 15th
    assert bounds(found[0].arrested) == (12, 12)  # the pronoun counts the teachers freed


def test_a_background_detention_counts_the_people_deported() -> None:
    text = ("رحلت السلطات التونسية، أمس الأحد، نحو 150 مهاجرا من دول جنوب الصحراء عبر الحدود "
            "الليبية، بعد توقيفهم في حملات أمنية نفذتها الشرطة في صفاقس.")
    found = arrests(text)
    assert len(found) == 1
    assert found[0].arrested is not None and found[0].arrested.min == 150


def test_a_hostage_crew_held_for_a_year_is_a_detention_of_its_own() -> None:
    text = ("أطلقت جماعة مسلحة في دلتا النيجر، اليوم الأربعاء، سراح بحارة ناقلة نفط يونانية، "
            "بعد أكثر من عام على احتجازهم قبالة السواحل النيجيرية.")
    assert len(arrests(text)) == 1


def test_an_arrest_days_before_a_remand_is_the_police_arrest() -> None:
    text = ("أودع قاضي التحقيق بمحكمة وهران، أمس الثلاثاء، الصحفي كريم بوزيد الحبس المؤقت، "
            "بعد ثلاثة أيام من توقيفه في حي سيدي الهواري.")
    assert len(arrests(text)) == 2


def test_a_detention_that_lasted_years_is_undated() -> None:
    text = ("وكانت موسكو قد أفرجت في مارس الماضي عن صحفي أمريكي بعد احتجاز دام عامين، في إطار "
            "صفقة تبادل مع واشنطن.")
    found = arrests(text)
    assert len(found) == 1
    assert found[0].date is None


def test_a_protest_against_a_detention_codes_the_detention() -> None:
    text = ("بدأ 40 سجينا في سجن صيدنايا، منذ يوم الأحد، إضرابا عن الطعام احتجاجا على "
            "احتجازهم لأكثر من عام دون محاكمة.")
    assert len(arrests(text)) == 1


def test_an_extended_pre_trial_detention_is_a_remand() -> None:
    text = ("دخل ستة نقابيين في سجن برج الرومي في إضراب جوع، احتجاجا على تمديد إيقافهم "
            "التحفظي أربعة أشهر أخرى.")
    assert len(arrests(text)) == 1


# --- custody that is no arrest told here


def test_a_death_during_custody_is_no_second_arrest() -> None:
    text = ("استدعت الخارجية التونسية، اليوم، السفير الإيطالي بعد وفاة مهاجر تونسي أثناء "
            "احتجازه في مركز للشرطة بمدينة ميلانو.")
    assert not arrests(text)


def test_migrants_held_in_a_centre_before_deportation() -> None:
    text = ("رحلت السلطات الموريتانية، أمس الاثنين، 230 مهاجرا من مالي والسنغال عبر معبر "
            "روصو، بعد احتجازهم في مركز الإيواء بنواكشوط لمدد متفاوتة.")
    assert not arrests(text)
    assert [e.mode for e in of_type(text, "COERCE")] == ["deport"]


# --- stones and stormings in a protest


def test_stones_thrown_at_the_police_in_a_protest_are_its_riot() -> None:
    text = ("قطع مئات العمال المسرحين الطريق السريع قرب مدينة سطيف احتجاجا على إغلاق المصنع، "
            "وقالت الشرطة إن خمسة من عناصرها أصيبوا جراء الرشق بالحجارة.")
    assert any(e.mode == "riot" for e in of_type(text, "PROTEST"))
    assert not [e for e in of_type(text, "ASSAULT") if e.mode == "primitive"]


def test_settlers_stones_stay_an_attack() -> None:
    text = ("هاجم مستوطنون، صباح اليوم، منازل المواطنين في قرية المغير شرق رام الله، ورشقوا "
            "المنازل بالحجارة، ما أدى إلى إصابة ثلاثة مواطنين.")
    assert of_type(text, "ASSAULT")
    assert not [e for e in of_type(text, "PROTEST") if e.mode == "riot"]


def test_an_attempted_storming_is_a_riot() -> None:
    text = ("فرقت الشرطة البلغارية بالغاز المسيل للدموع مجموعة من المتظاهرين حاولوا اقتحام "
            "مقر الحكومة في صوفيا، مساء أمس.")
    modes = [e.mode for e in of_type(text, "PROTEST")]
    assert "riot" in modes and "vandalize" not in modes


def test_a_storming_done_stays_vandalize() -> None:
    text = ("اقتحم عشرات المزارعين الغاضبين مقر مديرية الزراعة في مدينة القنيطرة، صباح اليوم، "
            "احتجاجا على تأخر صرف التعويضات.")
    assert any(e.mode == "vandalize" for e in of_type(text, "PROTEST"))
