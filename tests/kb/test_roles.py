"""Actor phrases → (sector, country)."""

from __future__ import annotations

import pytest

from rasd.kb import SECTORS
from rasd.kb.roles import classify_actor_phrase, role_patterns


@pytest.mark.parametrize(
    ("phrase", "sector", "country"),
    [
        ("وزارة الداخلية في كازاخستان", "GOV", "KAZ"),
        ("الخارجية الأمريكية", "GOV", "USA"),
        ("الرئيس الكازاخي", "GOV", "KAZ"),
        ("رئيس الوزراء العراقي", "GOV", "IRQ"),
        ("وزير الدفاع التركي", "MIL", "TUR"),
        ("المتحدث باسم الجيش الإسرائيلي", "MIL", "ISR"),
        ("متحدثة باسم الشرطة المصرية", "COP", "EGY"),
        ("قائد الجيش اللبناني", "MIL", "LBN"),
        ("رئيس البرلمان الأردني", "LEG", "JOR"),
        ("المحكمة العليا الباكستانية", "JUD", "PAK"),
        ("المعارضة السورية", "OPP", "SYR"),
        ("زعيم حزب الله", "REB", "LBN"),
        ("حركة حماس", "REB", "PSE"),
        ("البيت الأبيض", "GOV", "USA"),
        ("وزارة الصحة في غزة", "GOV", "PSE"),
        ("قوات حفظ السلام الأممية", "MIL", None),
        ("مسلحون مجهولون", "UAF", None),
        ("المتظاهرون", "CVL", None),
        ("اللاجئون السوريون", "REF", "SYR"),
        ("للشرطة", "COP", None),
        # 2026-12-04 (15): actors news names often that were unknown
        ("قوى الأمن الداخلي", "COP", None),
        ("سلطات الاحتلال", "GOV", None),
        ("وحدات من الجيش اللبناني", "MIL", "LBN"),
        ("قوة من الشرطة", "COP", None),
        ("جهاز مكافحة الإرهاب", "COP", None),
        ("مستعمرون", "CVL", None),
        ("المعلمين", "EDU", None),
        ("موظفو وزارة الصحة", "LAB", None),
        ("المجلس الرئاسي", "GOV", None),
    ],
)
def test_sector_and_country(phrase: str, sector: str, country: str | None) -> None:
    actor = classify_actor_phrase(phrase)
    assert actor is not None
    assert (actor.sector, actor.country) == (sector, country)
    assert actor.country_source == ("phrase" if country else None)


def test_context_country_fills_in() -> None:
    actor = classify_actor_phrase("قوات الأمن", context_country="kaz")
    assert actor is not None
    assert (actor.sector, actor.country, actor.country_source) == ("COP", "KAZ", "context")
    own = classify_actor_phrase("قوات الأمن العراقية", context_country="KAZ")
    assert own is not None and (own.country, own.country_source) == ("IRQ", "phrase")


def test_head_noun_keeps_its_sector_without_a_known_complement() -> None:
    actor = classify_actor_phrase("المتحدث باسم الوزارة")
    assert actor is not None and actor.sector == "GOV"
    spokesman = classify_actor_phrase("المتحدث باسم لخارجية الأمريكية")  # typo in the source
    assert spokesman is not None and (spokesman.sector, spokesman.country) == ("GOV", "USA")


def test_named_entity_decides_over_a_shorter_role() -> None:
    actor = classify_actor_phrase("المتحدث باسم حركة طالبان")
    assert actor is not None and actor.entity is not None
    assert (actor.sector, actor.entity.kb_id) == ("INS", "org:taliban")


def test_no_role_no_class() -> None:
    assert classify_actor_phrase("سيارة بيضاء متوقفة") is None
    assert classify_actor_phrase("") is None
    assert classify_actor_phrase("، ؛ !") is None


def test_role_file_is_valid() -> None:
    patterns = role_patterns()
    assert len(patterns) > 150
    assert all(p.sector in SECTORS for p in patterns.values())
