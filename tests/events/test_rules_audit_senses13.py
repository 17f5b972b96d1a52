"""Senses the thirteenth real-news audit round found read as events, on the team's own
sentences: brokerage (الوساطة المالية); 'apart from' (وعدا عن); deals 'worth millions'
(الصفقات المليونية); market turmoil; the outcomes of a national dialogue; a company
negotiating with its lenders; the Prophet's teaching cited; what endangers a party's
interests; artillery pieces as equipment; a solution 'consistent with' a text; a safety
ban on entering a volcano area. And cues: avoiding an act (تحاشى، تجنب), a purpose with
كي (لكيلا), a permission told with a pronoun (سماحها) and an act being prepared or about
to start (لبداية، يتحضرون). Each keeps its event sense beside it. Rules alone (the filter
off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import events, types


@pytest.mark.parametrize(("text", "typ"), [
    ("وتقدم الشركة خدمات إدارة الأصول والوساطة المالية لعملائها في المملكة.", "CONSULT"),
    ("وعدا عن ذلك فإن الحكومة لم تقدم أي تفسير للقرار.", "AGREE"),
    ("وبلغت قيمة الصفقات المليونية في المزاد أمس عشرين مليون ريال.", "PROTEST"),
    ("وأثارت الاضطرابات في سوق الأسهم الصينية مخاوف المستثمرين أمس.", "PROTEST"),
    ("وتقوم الشركة بالتفاوض مع الجهات المقرضة لإعادة جدولة ديونها.", "CONSULT"),
    ("وقد حث النبي صلى الله عليه وسلم على الصدق.", "REQUEST"),
    ("وقال الوزير إن الجماعة منظمة إرهابية تهدد مصالحنا في المنطقة.", "THREATEN"),
    ("وقال إن قوات المعارضة تسلمت دبابات وقطع مدفعية حديثة أمس.", "ASSAULT"),
    ("وقال إن الطرفين يريدان حلا يتفق مع قرارات الأمم المتحدة.", "AGREE"),
    ("وفرضت السلطات حظرا على الدخول إلى منطقة البركان بعد ثورانه أمس.", "COERCE"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وعرضت الدولة أمس الوساطة بين الطرفين المتنازعين.", "AGREE"),
    ("ووعدت الحكومة أمس المعارضة بإجراء انتخابات مبكرة.", "AGREE"),
    ("وانطلقت أمس مسيرة مليونية في العاصمة ضد الفساد.", "PROTEST"),
    ("واندلعت أمس اضطرابات في العاصمة بعد مقتل المتظاهر.", "PROTEST"),
    ("وأجرى الوفدان أمس مفاوضات في جنيف حول الأزمة.", "CONSULT"),
    ("وحث الأمين العام أمس الأطراف على وقف القتال.", "REQUEST"),
    ("وهدد زعيم الجماعة أمس بمهاجمة القواعد الأجنبية.", "THREATEN"),
    ("وقصفت المدفعية أمس مواقع المسلحين في ريف المدينة.", "ASSAULT"),
    ("واتفق الطرفان أمس على وقف إطلاق النار.", "AGREE"),
    ("وفرضت الحكومة أمس حظرا على سفر مسؤولي النظام.", "COERCE"),
])
def test_the_event_sense_stays(text: str, typ: str) -> None:
    assert typ in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    # an act avoided was not done
    ("وتحاشى المتحدث دعوة الحكومة صراحة إلى الانضمام للتحالف.", "REQUEST"),
    # a purpose with كي
    ("ويضغط النائب على زملائه لكيلا يوافقوا على المشروع.", "AGREE"),
    # a permission told with a pronoun
    ("وأعلنت الحكومة أمس سماحها للقيام بغارات جوية لحماية المدنيين.", "ASSAULT"),
    # an act being prepared or about to start
    ("وقالت المصادر إن المقاومة تحضر الآن لبداية انطلاق معركة تحرير المدينة من المسلحين.",
     "ASSAULT"),
])
def test_a_cue_keeps_the_act_from_being_a_fact(text: str, typ: str) -> None:
    assert typ not in types(text)
    assert any(e.type == typ and (e.negated or e.future or e.hypothetical)
               for e in events(text))


def test_a_battle_announced_begun_stays_a_fact() -> None:
    text = "وأعلنت المقاومة أمس بداية معركة تحرير المدينة من المسلحين."
    assert "ASSAULT" in types(text)


def test_the_honorific_samaha_is_no_permission() -> None:
    # سماحة normalises like سماحه 'his permission': the cue keeps to the other pronouns
    text = "وأدان سماحة المفتي أمس التفجير الذي استهدف المسجد."
    assert {"ACCUSE", "ASSAULT"} <= types(text)
