"""Nationality adjectives (nisba) in every gender and number link to their country."""

from __future__ import annotations

import pytest

from rasd.kb import KnowledgeBase
from rasd.kb.nisba import NISBA_SUFFIXES, inflect, rule_stem


@pytest.mark.parametrize(
    ("form", "alpha3"),
    [
        ("الكازاخي", "KAZ"),
        ("الكازاخية", "KAZ"),
        ("الكازاخيون", "KAZ"),
        ("الكازاخيين", "KAZ"),
        ("الكازاخستانية", "KAZ"),
        ("الأمريكي", "USA"),
        ("الأمريكية", "USA"),
        ("الأمريكيون", "USA"),
        ("الأمريكيين", "USA"),
        ("الأمريكان", "USA"),
        ("الأميركية", "USA"),
        ("الروسي", "RUS"),
        ("الروسية", "RUS"),
        ("الروس", "RUS"),
        ("الروسيين", "RUS"),
        ("السوري", "SYR"),
        ("السوريون", "SYR"),
        ("المصري", "EGY"),
        ("المصريين", "EGY"),
        ("الفرنسي", "FRA"),
        ("الفرنسيات", "FRA"),
        ("الأتراك", "TUR"),
        ("الألمان", "DEU"),
        ("الأفغان", "AFG"),
        ("الإيرانيون", "IRN"),
        ("الكوري الشمالي", "PRK"),
        ("الكورية الجنوبية", "KOR"),
        ("الجنوب أفريقية", "ZAF"),
        ("النمساوي", "AUT"),
        ("الباكستانيون", "PAK"),
        ("اللبنانيتين", "LBN"),
        ("سعودي", "SAU"),
    ],
)
def test_nisba_links_to_country(form: str, alpha3: str) -> None:
    entries = [e for e in KnowledgeBase.load().lookup(form) if e.type == "NORP"]
    assert entries, form
    assert entries[0].country == alpha3
    assert entries[0].lat is None  # a nationality is not a place


def test_peoples_without_a_country() -> None:
    kb = KnowledgeBase.load()
    for form in ("العرب", "الأكراد", "الكردية", "الأمازيغ"):
        entry = kb.lookup(form)[0]
        assert (entry.type, entry.country) == ("NORP", None)


def test_nisba_that_is_a_given_name_is_left_out() -> None:
    kb = KnowledgeBase.load()
    assert not any(e.type == "NORP" for e in kb.lookup("تركي"))  # Turki, a given name
    assert kb.lookup("التركي")[0].country == "TUR"


def test_common_words_are_not_nationalities() -> None:
    kb = KnowledgeBase.load()
    for word in ("المالي", "المالية", "العربية", "الإسلامي"):
        assert not any(e.type == "NORP" for e in kb.lookup(word)), word


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("كازاخستان", "كازاخي"),
        ("روسيا", "روسي"),
        ("فرنسا", "فرنسي"),
        ("السعودية", "سعودي"),
        ("سنغافورة", "سنغافوري"),
        ("لبنان", "لبناني"),
        ("العراق", "عراقي"),
        ("توغو", None),
        ("جيبوتي", None),
        ("كوريا الجنوبية", None),
    ],
)
def test_rule_stem(name: str, stem: str | None) -> None:
    assert rule_stem(name) == stem


def test_inflect_agrees_word_by_word() -> None:
    forms = set(inflect("كوري شمالي"))
    assert {"الكوري الشمالي", "الكورية الشمالية", "الكوريون الشماليون", "كوريات شماليات"} <= forms
    invariant = set(inflect("=جنوب أفريقي"))
    assert {"الجنوب أفريقي", "الجنوب أفريقية", "جنوب أفريقيين"} <= invariant
    assert "الجنوب الأفريقي" not in invariant
    assert len(inflect("روسي")) == 2 * len(NISBA_SUFFIXES)
