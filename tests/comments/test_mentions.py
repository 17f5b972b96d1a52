"""Comment mentions: KB names, colloquial and misspelled forms, nationality words and
capitals read as their country, spans in document offsets."""

from __future__ import annotations

import pytest

from rasd.comments.mentions import MentionFinder, colloquial_forms, find_mentions, place_words
from rasd.kb import KnowledgeBase
from rasd.model import Entity
from rasd.text.normalize import squeeze


def _by_id(entities: tuple[Entity, ...]) -> dict[str | None, Entity]:
    return {e.kb_id: e for e in entities}


def test_squeeze_only_runs_of_three() -> None:
    assert squeeze("روووسيا") == "روسيا"
    assert squeeze("امريكاااا") == "امريكا"
    assert squeeze("الله") == "الله"  # a double letter is a real one


@pytest.mark.parametrize(("text", "kb_id"), [
    ("والله روووسيا خربت البلد", "iso:RUS"),
    ("امريكاااا ما بتتغير", "iso:USA"),
    ("النيتو بيتوسع كل سنة", "org:nato"),
    ("الامريكان جايين", "iso:USA"),
    ("الروس وصلوا", "iso:RUS"),
    ("الكيان الصهيوني يقصف مرة أخرى", "iso:ISR"),
    ("ماما امريكا زعلانة", "iso:USA"),
    ("amrika always wins", "iso:USA"),
    ("الصهاينة فى كل مكان", "iso:ISR"),
    ("بوتن قرر التى قرره", "per:putin"),
])
def test_colloquial_and_misspelled_forms(text: str, kb_id: str) -> None:
    assert kb_id in _by_id(find_mentions(text))


def test_nationality_words_are_mentions_of_the_country() -> None:
    text = "روسيا تدعم النظام والروس لا يهمهم الشعب، والجيش الروسي هناك"
    found = _by_id(find_mentions(text))
    rus = found["iso:RUS"]
    assert [(m.span.text, m.kind) for m in rus.mentions] == [("روسيا", "name"), ("الروس", "nisba")]
    assert "org:russianarmy" in found  # an organisation stays itself


def test_capital_is_the_country_unless_a_place_word_says_city() -> None:
    text = "حلفاء موسكو في كل مكان، أما في موسكو فالناس تعبت، والعاصمة الروسية موسكو باردة"
    found = _by_id(find_mentions(text))
    assert [m.kind for m in found["iso:RUS"].mentions] == ["metonym", "nisba"]
    city = next(e for e in found.values() if e.kb_id and e.kb_id.startswith("gn:"))
    assert len(city.mentions) == 2 and city.country == "RUS"


def test_spans_are_document_offsets() -> None:
    page = "مقدمة طويلة\nتعليق: الله ينصر أهل فلسطين والامريكان"
    start = page.index("الله")
    for e in find_mentions(page[start:], offset=start):
        for m in e.mentions:
            assert page[m.span.start:m.span.end] == m.span.text


def test_proclitics_stay_outside_the_span() -> None:
    (usa,) = find_mentions("وبأمريكيا")  # a misspelling from the colloquial list
    assert usa.kb_id == "iso:USA" and usa.span.text == "أمريكيا"


def test_every_colloquial_form_points_at_a_kb_record() -> None:
    kb = KnowledgeBase.load()
    for form, (kb_id, _kind) in colloquial_forms().items():
        assert kb.get(kb_id) is not None, (form, kb_id)


def test_common_words_are_not_mentions() -> None:
    assert find_mentions("الغرب والشرق والناس كلهم تعبوا من الأخبار") == ()


def test_finder_is_cached() -> None:
    assert MentionFinder.load() is MentionFinder.load()


def test_an_actor_addressed_with_ya_may_drop_its_article() -> None:
    assert "iso:IRQ" in _by_id(find_mentions("يا عراق يا أرض الرافدين"))
    assert "per:sisi" in _by_id(find_mentions("ربنا معاك يا سيسي"))
    # only after يا: a bare word elsewhere is not a name, and a common word is no actor
    assert "iso:IRQ" not in _by_id(find_mentions("عراق الأمس"))
    assert find_mentions("يا ناس يا هوه") == ()


@pytest.mark.parametrize("text", [
    "تعال عيش هون أسبوع وبعدين احكي",     # Levantine "here", not Hūn (Libya)
    "واللي ينشرها كانو حسابات وهمية",      # "they were", not Kano
    "وااااو توحشناك",                      # "wow", not Wau
    "الاكل راهي عليهم",                    # a small foreign town's name as a word
    "التي حولي في العمل",                  # "around me", not Hawalli
])
def test_dialect_words_that_are_town_names_are_not_places(text: str) -> None:
    assert [e for e in find_mentions(text) if e.type in ("GPE", "LOC")] == []


def test_small_towns_need_a_locative_word_or_the_article() -> None:
    assert _by_id(find_mentions("اللاجئين الصحراويين بتندوف")).get("gn:2476301") is not None
    assert _by_id(find_mentions("في كانو النيجيرية")).get("gn:2335204") is not None
    assert find_mentions("الله يحمي اهل سلفيت") == ()
    known = frozenset({"gn:282039"})  # the article names Salfit
    assert _by_id(find_mentions("الله يحمي اهل سلفيت", known=known)).get("gn:282039")


def test_capitals_and_big_cities_stay_places() -> None:
    ids = _by_id(find_mentions("من الرياض الى برشلونة ورفح"))
    assert {"gn:108410", "gn:3128760", "gn:281102"} <= set(ids) | {
        e.kb_id for e in ids.values()}


def test_every_place_word_is_a_kb_place_name() -> None:
    kb = KnowledgeBase.load()
    for word in place_words():
        assert any(s.entry.is_place for s in kb.senses.get(word, ())), word
