"""The KB build's common-word rule (``scripts/kb_corpus.py``) on hand-made corpus counts,
and the shipped gazetteer it produced: minor towns whose name is an everyday word."""

from __future__ import annotations

from collections import Counter
from types import ModuleType

import pytest

from rasd.kb import Gazetteer


def stats(kc: ModuleType, key: str, *, count: int = 0, locative: int = 0,
          **ner: int) -> object:
    s = kc.WordStats()
    s.count[key] = count
    s.locative[key] = locative
    if ner:
        s.ner[key] = Counter(ner)
    return s


MINOR = 50_000
BIG = 1_000_000


def test_a_minor_foreign_town_seen_twice_as_a_word_needs_a_cue(kc: ModuleType) -> None:
    two = stats(kc, "كلمه", count=2)
    assert kc.common_word_decision("كلمه", two, MINOR, abroad=True) == ("cue", "foreign-word")
    # the NER corpora's O and MISC tags count as sightings too
    one_each = stats(kc, "كلمه", count=1, O=1)
    assert kc.common_word_decision("كلمه", one_each, MINOR, abroad=True)[0] == "cue"


def test_one_sighting_is_not_enough(kc: ModuleType) -> None:
    one = stats(kc, "كلمه", count=1)
    assert kc.common_word_decision("كلمه", one, MINOR, abroad=True) == ("keep", "rare")


def test_home_towns_and_big_cities_are_not_foreign_words(kc: ModuleType) -> None:
    two = stats(kc, "كلمه", count=2)
    assert kc.common_word_decision("كلمه", two, MINOR, abroad=False) == ("keep", "rare")
    assert kc.common_word_decision("كلمه", two, BIG, abroad=True) == ("keep", "rare")


def test_an_o_tag_in_the_ner_corpora_marks_a_minor_town_name_as_a_word(
    kc: ModuleType,
) -> None:
    tagged_o = stats(kc, "كلمه", O=1)
    assert kc.common_word_decision("كلمه", tagged_o, MINOR) == ("cue", "ner-word")
    assert kc.common_word_decision("كلمه", tagged_o, BIG) == ("keep", "rare")


def test_any_sighting_as_a_place_keeps_the_name(kc: ModuleType) -> None:
    tagged_loc = stats(kc, "كلمه", count=2, O=3, LOC=1)
    assert kc.common_word_decision("كلمه", tagged_loc, MINOR, abroad=True) == ("keep", "rare")
    after_cue = stats(kc, "كلمه", count=2, locative=1)
    assert kc.common_word_decision("كلمه", after_cue, MINOR, abroad=True) == ("keep", "rare")


def test_frequent_names_still_follow_the_common_word_thresholds(kc: ModuleType) -> None:
    frequent = stats(kc, "كلمه", count=50, locative=1)
    assert kc.common_word_decision("كلمه", frequent, BIG) == ("cue", "common-word")
    placed = stats(kc, "كلمه", count=50, locative=20)
    assert kc.common_word_decision("كلمه", placed, BIG) == ("keep", "locative")


# --- the shipped gazetteer ------------------------------------------------------------------


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def kb_ids(gaz: Gazetteer, text: str) -> list[str]:
    return [m.entries[0].kb_id for m in gaz.find(text)]


@pytest.mark.parametrize("text", [
    "انسحب المتظاهرون سلما بعد أن أوصلوا رسالتهم.",  # سلما: Selma (US)
    "أبدى الوزير رفضا تاما لأي تدخل خارجي.",  # تاما: Tama (Japan)
    "عبر اللاعب عن ولائه للنادي الذي نشأ فيه.",  # و + لائه: Lae (Papua New Guinea)
    "حطم الناس الأصنام، فالعودة للأصنام لا تليق بعاقل.",  # Chlef's old name
    "رصد المختبر سلالة جديدة من الفيروس.",  # سلالة: a misspelling of Salalah
    "سار الجنود في ميمنة الجيش.",  # Maymana (Afghanistan)
])
def test_everyday_words_are_not_minor_towns(gaz: Gazetteer, text: str) -> None:
    assert [k for k in kb_ids(gaz, text) if k.startswith("gn:")] == []


def test_cue_only_towns_still_match_after_a_place_cue(gaz: Gazetteer) -> None:
    assert kb_ids(gaz, "وقع الانفجار في مدينة تاما اليابانية.") == ["gn:6822129", "norp:JPN"]
    assert kb_ids(gaz, "اشتبك الجيش مع المسلحين قرب مدينة ميمنة.") == ["gn:1133453"]


def test_an_adjective_or_an_agreement_is_not_the_place(gaz: Gazetteer) -> None:
    # تركية is the feminine adjective (طائرات تركية), not an old spelling of Turkey
    assert kb_ids(gaz, "قصفت طائرات تركية مواقع على الحدود.") == ["norp:TUR"]
    assert kb_ids(gaz, "أكد النواب تمسكهم باتفاق الطائف.") == []
    assert kb_ids(gaz, "وصل الوفد إلى الطائف مساء أمس.") == ["gn:107968"]
