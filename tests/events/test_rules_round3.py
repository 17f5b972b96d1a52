"""Round-3 rules on the team's own sentences: the weapon that refines an attack's mode, new
lexicon rows (ratification, deposits, convictions, suspended broadcasts, travel bans, calls
that insist), and the non-events (provinces, disasters, claims, goals, protest demands)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events.lexicon import modifiers
from rasd.events.syntax.modes import MEANS
from rasd.model import Event

PUB = date(2024, 3, 12)  # a Tuesday


def events(text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text) if not e.negated}


@pytest.mark.parametrize(("text", "mode"), [
    ("قصفت طائرات حربية مواقع للمسلحين في ريف المدينة أمس.", "aerial"),
    ("قصف الطيران الحربي قرى في الريف الجنوبي أمس.", "aerial"),
    ("شن المسلحون هجوما بطائرات مسيرة على قاعدة عسكرية أمس.", "drone"),
    ("قصفت طائرات تركية مسيرة مواقع للمقاتلين في الجبال أمس.", "drone"),
    ("اندلعت اشتباكات بالأسلحة الثقيلة بين فصيلين في الضاحية أمس.", "heavy-weapons"),
    ("شن مسلحون هجوما بعبوة ناسفة على دورية للشرطة أمس.", "explosives"),
    # a specific mode of the row stands: an assassination with a drone is an assassination
    ("اغتال الجيش قياديا في الحركة بطائرة مسيرة أمس.", "assassinate"),
])
def test_weapon_refines_the_mode(text: str, mode: str) -> None:
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].mode == mode, [(e.mode, e.trigger.text) for e in found]


def test_a_weapon_in_another_clause_does_not_count() -> None:
    found = [e for e in events("أطلق مسلحون النار على حافلة، فيما حلقت طائرات مسيرة فوق المنطقة.")
             if e.type == "ASSAULT"]
    assert found and found[0].mode == "firearms"


def test_weapon_rows_name_means_of_attack() -> None:
    effects = {m.effect.partition(":")[2] for m in modifiers()
               if m.kind == "mode" and m.effect.startswith("ASSAULT:")}
    assert effects and effects <= set(MEANS)


def test_two_means_in_one_sentence_are_two_acts() -> None:
    text = ("نفذت مسيرة غارة على سيارة في البلدة ظهر اليوم، ما أدى إلى مقتل شخصين، "
            "فيما رد الحزب بقصف موقع عسكري بالصواريخ.")
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert sorted(e.mode or "" for e in found) == ["drone", "heavy-weapons"]


@pytest.mark.parametrize(("text", "kind"), [
    ("صادق مجلس النواب، مساء الاثنين، على اتفاقية التعاون الدفاعي مع اليونان.",
     ("SUPPORT", None)),
    ("أودعت قطر ثلاثة مليارات دولار في البنك المركزي التونسي.", ("AID", "economic")),
    ("أدين ثلاثة موظفين بالاختلاس في محكمة العاصمة أمس.", ("SANCTION", "convict")),
    ("قررت السلطات تعليق بث قناة خاصة لمدة شهر بعد برنامج ساخر.", ("COERCE", "censor")),
    ("أفرجت السلطات عن الناشط مع منعه من السفر.", ("COERCE", "restrict")),
    ("شددت الوزيرة على ضرورة إطلاق سراح المحتجزين.", ("REQUEST", "yield")),
    ("خرج آلاف العمال إلى شوارع العاصمة أمس احتجاجا على الأجور.", ("PROTEST", "demo")),
    ("أسقطت الدفاعات الجوية ثلاث مسيرات فوق المدينة أمس.", ("ASSAULT", "drone")),
    ("ردت الحكومة بطرد دبلوماسي من السفارة أمس.", ("SANCTION", "expel")),
])
def test_new_rows(text: str, kind: tuple[str, str | None]) -> None:
    assert kind in kinds(text), [(e.type, e.mode, e.trigger.text) for e in events(text)]


@pytest.mark.parametrize(("text", "absent"), [
    # مقاطعة after في is a province
    ("افتتحت الشركة مصنعا جديدا في مقاطعة شاندونغ الصينية.", "PROTEST"),
    # deaths caused by a disaster or an accident
    ("قتل سبعة أشخاص جراء سيول جارفة ضربت القرى الجبلية.", "ASSAULT"),
    ("أصيب عشرون شخصا إثر حادث سير على الطريق السريع.", "ASSAULT"),
    # a drone is no march
    ("قصفت طائرات الجيش المسيرة مخزنا للأسلحة أمس.", "PROTEST"),
    # shooting at goal, leaving the pitch injured
    ("واصل الفريق قصف مرمى منافسيه في الشوط الثاني.", "ASSAULT"),
    ("شهدت المباراة انسحاب الحارس مصابا قبل نهاية الشوط الأول.", "RETREAT"),
    # the topic of talks and the content of an insistence are no acts
    ("بحث الوزيران سبل تعزيز التعاون العسكري بين البلدين.", "COOPERATE"),
    ("شدد الرئيس على ضرورة التوصل إلى وقف دائم لإطلاق النار.", "CONCEDE"),
    ("شدد الرئيس على ضرورة التوصل إلى وقف دائم لإطلاق النار.", "RETREAT"),
    # the victims of a shooting are no protest of their own
    ("قتل أربعة متظاهرين برصاص قوات الأمن أمس.", "PROTEST"),
])
def test_no_event(text: str, absent: str) -> None:
    assert absent not in {t for t, _ in kinds(text)}, \
        [(e.type, e.trigger.text) for e in events(text)]


def test_a_denied_claim_does_not_negate_the_attack() -> None:
    text = ("قتل عشرة مدنيين في هجوم نفذه مسلحون على قرية نائية أمس. "
            "ولم تتبن أي جهة الهجوم حتى الآن.")
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(found) == 1 and not found[0].negated


def test_a_protest_demand_joins_the_protest() -> None:
    text = "تظاهر مئات الطلاب أمس في احتجاجات تطالب بإقالة وزير التعليم."
    found = events(text)
    assert [e.type for e in found] == ["PROTEST"], [(e.type, e.trigger.text) for e in found]


def test_two_phrases_of_protesters_are_one_crowd() -> None:
    text = "خرج مئات المتظاهرين أمس إلى الشوارع، وأغلق محتجون الطريق الرئيسي."
    assert [e.type for e in events(text)].count("PROTEST") == 1


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("وطالب المجلس الحكومة بالإفراج عن المعتقلين فورا.", "REQUEST", "yield"),
    ("طالبت السلطات الولايات المتحدة بسحب قواتها من أراضيها.", "REQUEST", "yield"),
    ("ناشد البرنامج طرفي الحرب السماح بمرور قوافل المساعدات.", "REQUEST", "assist"),
    ("دعا الوسيط الطرفين إلى استئناف المحادثات المباشرة.", "REQUEST", "meet"),
    # no embedded act: a mode word of the clause
    ("ودعت المنظمة الحكومة إلى التراجع عن القرار فورا.", "REQUEST", "change"),
    ("وحث الأمين العام الأطراف على ضبط النفس.", "REQUEST", "yield"),
])
def test_the_act_asked_for_gives_the_mode(text: str, type_: str, mode: str) -> None:
    found = [e for e in events(text) if e.type == type_]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in events(text)]


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("أرسل الجيش المغربي تعزيزات عسكرية إلى الحدود الشرقية أمس.", "MOBILIZE", "الجيش المغربي"),
    ("شن الطيران الحربي غارات على مواقع المتمردين أمس.", "ASSAULT", "الطيران الحربي"),
])
def test_the_subject_in_a_phrase_gap_is_the_actor(text: str, type_: str, actor: str) -> None:
    found = [e for e in events(text) if e.type == type_]
    assert found and found[0].actor is not None and actor in found[0].actor.span.text, \
        [(e.type, e.actor) for e in events(text)]


def test_first_gap_is_the_gap_not_the_object() -> None:
    from rasd.events.matcher import find_matches, first_gap
    from rasd.text.tokens import tokenize
    toks = tokenize("شن الطيران الحربي غارات على المدينة.")
    m = next(m for m in find_matches(toks) if m.trigger.type == "ASSAULT")
    assert first_gap(toks, m) == (1, 3)
    toks = tokenize("قررت المنظمة إرسال قوات حفظ سلام إلى البلاد.")
    m = next(m for m in find_matches(toks) if m.trigger.type == "AID")
    gap = first_gap(toks, m)
    assert gap is None or gap[0] == gap[1]
