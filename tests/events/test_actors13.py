"""Actors pass (2026-12-04 (13)): an actor phrase never stops inside a person's name, and a
nationality adjective (nisba) heads no phrase: the actor is the adjective with the noun it
modifies before it, never the words after it (the verb's object, the clause's rest)."""

from __future__ import annotations

from datetime import date

from rasd.events.learned.candidate_filter import filter_disabled
from tests.events.rule_checks import events

PUB = date(2026, 3, 11)


def _actor(text: str, typ: str) -> str | None:
    with filter_disabled():
        found = [e for e in events(text, PUB) if e.type == typ]
    assert found, f"no {typ} event"
    return found[0].actor.span.text if found[0].actor is not None else None


def test_a_role_and_name_runs_to_the_end_of_the_name() -> None:
    actor = _actor("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، الأحد، الطرفين إلى وقف "
                   "فوري لإطلاق النار.", "REQUEST")
    assert actor is not None and actor.endswith("غوتيريش")


def test_a_long_role_before_a_name_keeps_the_whole_name() -> None:
    actor = _actor("اتهم وزير الخارجية الإيراني محمد جواد ظريف، الاثنين، إسرائيل بتخريب المنشأة.",
                   "ACCUSE")
    assert actor is not None and actor.endswith("محمد جواد ظريف")


def test_a_nisba_after_the_verb_takes_its_noun_not_the_object() -> None:
    actor = _actor("استهدفت طائرة مسيرة تركية سيارة قرب الحدود، ما أدى إلى مقتل شخصين.",
                   "ASSAULT")
    assert actor is not None and actor.endswith("تركية") and "سيارة" not in actor
    assert "مسيرة تركية" in actor


def test_a_definite_nisba_takes_its_definite_noun() -> None:
    actor = _actor("وهددت الترويكا الأوروبية بإحالة الملف مجددا إلى مجلس الأمن.", "THREATEN")
    assert actor == "الترويكا الأوروبية"


def test_a_nisba_then_a_title_then_the_name() -> None:
    actor = _actor("وأصدر العاهل الأردني الملك عبد الله الثاني عفوا خاصا عن عشرين موقوفا.",
                   "CONCEDE")
    assert actor is not None and actor.endswith("عبد الله الثاني")


def test_a_noun_with_its_nisba_after_the_verb_is_the_subject() -> None:
    actor = _actor("قصفت المدفعية التركية، مساء الأربعاء، قرى حدودية شمال أربيل.", "ASSAULT")
    assert actor == "المدفعية التركية"


def test_a_phrase_row_that_spells_its_subject_out() -> None:
    actor = _actor("قطع محتجون غاضبون، صباح اليوم، الطريق الدولي بالإطارات المشتعلة احتجاجا على "
                   "انقطاع الكهرباء.", "PROTEST")
    assert actor is not None and actor.startswith("محتجون")


def test_aircraft_with_their_nisba_inside_a_phrase_row() -> None:
    actor = _actor("شنت طائرات حربية إسرائيلية، فجر اليوم، سلسلة غارات على مواقع في ريف دمشق.",
                   "ASSAULT")
    assert actor is not None and "إسرائيلية" in actor and "مواقع" not in actor


def test_an_accusative_plural_after_the_verb_is_no_subject() -> None:
    with filter_disabled():
        found = [e for e in events("فرقت المحتجين قوات الأمن بالغاز المسيل للدموع.", PUB)
                 if e.actor is not None]
    assert all(e.actor.span.text != "المحتجين" for e in found if e.actor is not None)


def test_the_words_after_a_verbal_noun_are_its_object() -> None:
    actor = _actor("وأعلن التحالف الإقليمي الذي تقوده موسكو، إرسال قوات حفظ سلام إلى البلاد، "
                   "تلبية لطلب رئيسها.", "AID")
    assert actor is not None and "قوات حفظ سلام" not in actor


def test_a_verb_joined_by_waw_shares_the_first_subject() -> None:
    text = ("اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم، بلدة بيت أمر شمال الخليل، واعتقلت "
            "تسعة مواطنين بينهم طفلان.")
    with filter_disabled():
        arrests = [e for e in events(text, PUB) if e.type == "COERCE"]
    assert arrests and arrests[0].actor is not None
    assert arrests[0].actor.span.text.startswith("قوات الاحتلال")
