"""places19: villages of the home-news countries the KB now knows (GeoNames cities500 under
the common-word rule), palaces, streets and islands named as an event's place, a quarter
named like a town, the lead's village for the dateline paragraph's later acts, and foreign
cities as the Arabic press spells them (the team's own sentences)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from types import ModuleType

import pytest

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import filter_disabled
from rasd.kb import Gazetteer
from rasd.model import Event

PUB = date(2026, 7, 15)


def events(text: str) -> list[Event]:
    with filter_disabled():  # the rules' candidates: the filter is not under test
        return list(analyze(text, published=PUB).events)


def place(text: str, trigger: str) -> str | None:
    e = next(e for e in events(text) if trigger in e.trigger.text)
    return e.place.span.text if e.place is not None and e.place.span is not None else None


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def kb_ids(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {m.span.text: m.entries[0].kb_id for m in gaz.find(text)}


# --- the KB: home-news villages, word-named ones behind a cue, press spellings abroad

def test_a_west_bank_and_a_yemeni_village_are_known(gaz: Gazetteer) -> None:
    found = kb_ids(gaz, "اقتحم الجيش قرية تياسير، فيما سقطت قذيفة في مديرية حيس")
    assert found.get("تياسير", "").startswith("gn:")
    assert found.get("حيس", "").startswith("gn:")


def test_a_village_named_like_a_word_needs_its_cue(gaz: Gazetteer) -> None:
    # a Jordanian village is called الخالدية, Yemeni ones البلاد and السوق: the bare words
    # are "the country" and "the market"
    assert "البلاد" not in kb_ids(gaz, "انتشر الجيش في شمال البلاد بعد إغلاق السوق")
    assert "السوق" not in kb_ids(gaz, "ارتفعت الأسعار في السوق المحلية هذا الأسبوع")


def test_generic_heads_of_compound_names_are_no_village(gaz: Gazetteer) -> None:
    found = kb_ids(gaz, "دارت اشتباكات في منطقة عين زارة وقرب خور عبدالله")
    assert "عين" not in found and "خور" not in found


def test_foreign_cities_in_the_press_spelling(gaz: Gazetteer) -> None:
    found = kb_ids(gaz, "وصل الوزير إلى سول قادما من كوناكري بعد زيارة خاركيف ومرسين")
    assert {k: v for k, v in found.items() if v.startswith("gn:")}.keys() == {
        "سول", "كوناكري", "خاركيف", "مرسين"}



def test_a_village_name_seen_after_directions_only_needs_a_cue(kc: ModuleType) -> None:
    s = kc.WordStats()
    s.count["كلمه"], s.locative["كلمه"] = 40, 20  # شمال كلمة، جنوب كلمة: a common noun
    s.ner["كلمه"] = Counter()
    assert kc.common_word_decision("كلمه", s, 600, village=True) == ("cue", "village-word")
    assert kc.common_word_decision("كلمه", s, 600)[0] == "keep"  # an older town keeps it
    s.named["كلمه"] = 10  # بلدة كلمة، قرية كلمة: a village indeed
    assert kc.common_word_decision("كلمه", s, 600, village=True)[0] == "keep"


# --- events: the place they take

def test_a_known_village_is_the_place_not_the_governorate() -> None:
    text = "قتل ثلاثة مدنيين في غارة جوية على بلدة سرمين في ريف إدلب الشرقي مساء الخميس."
    assert place(text, "غارة") == "سرمين"


def test_the_leads_village_holds_the_dateline_paragraphs_later_acts() -> None:
    text = ("نابلس - هاجم مستوطنون، صباح الأحد، رعاة أغنام في أراضي قرية تياسير شرق "
            "طوباس، وفق مصادر محلية. وأضافت المصادر أن المستوطنين أحرقوا خيمتين "
            "للرعاة قبل انسحابهم.")
    assert place(text, "أحرقوا") == "تياسير"


def test_a_presidential_palace_is_the_place_of_a_reception() -> None:
    text = ("استقبل الرئيس التونسي، أمس الاثنين، في قصر قرطاج وزير الخارجية الإيطالي "
            "وبحث معه ملف الهجرة.")
    assert place(text, "استقبل") == "قصر قرطاج"
    text = "استقبل الرئيس المصري في قصر الاتحادية رئيس وزراء اليونان أمس الأربعاء."
    assert place(text, "استقبل") == "قصر الاتحادية"


def test_a_street_and_an_island_are_the_place_of_a_protest() -> None:
    text = ("تظاهر مئات الطلاب، أمس السبت، في شارع الحمراء ببيروت احتجاجا على رفع "
            "الأقساط الجامعية.")
    assert place(text, "تظاهر") == "شارع الحمراء"
    text = ("تجمهر عشرات من أهالي جزيرة الدهب بمحافظة الجيزة، صباح اليوم، أمام مبنى "
            "المحافظة احتجاجا على قرار الإزالة.")
    assert place(text, "تجمهر") == "جزيرة الدهب"


def test_a_quarter_named_like_a_town_is_that_quarter() -> None:
    # الروضة is also a Yemeni village in the KB: after حي it is Taiz's quarter
    text = "قتل مدنيان في قصف مدفعي استهدف حي الروضة في مدينة تعز مساء الجمعة."
    assert place(text, "قصف") == "حي الروضة"


def test_the_street_alone_stands_for_no_street_named_before() -> None:
    text = ("نظم ناشطون وقفة في شارع الاستقلال بعمان أمس. وفي مدينة إربد، تظاهر آلاف "
            "المحتجين في الشارع احتجاجا على الغلاء.")
    assert place(text, "وقفة") == "شارع الاستقلال"
    assert place(text, "تظاهر") == "إربد"  # الشارع is "the street", not شارع الاستقلال


def test_a_crossing_closed_is_the_place_of_the_closure() -> None:
    text = ("اندلعت اشتباكات بين قوات البلدين قرب معبر شمن الحدودي مساء السبت. وأغلقت "
            "السلطات المعبر أمام الشاحنات حتى إشعار آخر، فيما تستضيف الدوحة محادثات الأسبوع "
            "المقبل.")
    assert "معبر شمن" in (place(text, "وأغلقت") or "")


def test_a_foreign_burg_in_either_spelling(gaz: Gazetteer) -> None:
    found = kb_ids(gaz, "وصل الوفد إلى هامبورج ثم إلى ستراسبورغ")
    assert found.get("هامبورج", "").startswith("gn:")
    assert found.get("ستراسبورغ", "").startswith("gn:")


def test_a_family_named_like_a_village_is_no_place(gaz: Gazetteer) -> None:
    # أبو سمرة is also a Qatari village in the KB: after عائلة it is a family
    assert "أبو سمرة" not in kb_ids(gaz, "دمرت الغارة منزلا لعائلة أبو سمرة وسط القطاع")
    assert "الخليل" in kb_ids(gaz, "وصلت عائلة من الخليل إلى المستشفى")
