"""Search the way people type: clitics, ال, diacritics, letter variants, one-edit slips."""

from __future__ import annotations

import pytest

from rasd.store import Ingester, Store, search, snippet
from rasd.store.search import within_one_edit
from rasd.store.terms import query_terms, text_terms
from tests.store.pages import DIACRITICS, MEETING, PROTEST, STRIKE, WITH_CLITIC, record


def test_terms_drop_clitics_article_and_diacritics() -> None:
    assert text_terms("والاحتجاجات") == text_terms("الاحتجاجات") == ["احتجاجات"]
    assert text_terms("الإحْتِجَاجَات") == ["احتجاجات"]
    assert text_terms("مظاهرة") == text_terms("مظاهره")
    assert text_terms("مستشفى") == text_terms("مستشفي")
    assert text_terms("في 3.5 ساعات") == ["في", "ساعات"]  # one-letter pieces dropped


def test_query_words_keep_their_whole_form_as_a_second_reading() -> None:
    assert query_terms("Reuters رويترز reuters") == [("reuters",), ("رويترز",)]
    assert query_terms("والاحتجاجات") == [("احتجاجات", "والاحتجاجات")]
    assert query_terms("و 5") == []


@pytest.mark.parametrize(("a", "b", "near"), [
    ("كازاخستان", "كازخستان", True),   # a letter dropped
    ("كازاخستان", "كازاخستانن", True),  # a letter doubled
    ("كازاخستان", "كازاغستان", True),   # one letter replaced
    ("كازاخستان", "كزااخستان", True),   # neighbours swapped
    ("كازاخستان", "كزخستان", False),    # two letters dropped
    ("بغداد", "بغداد", True),
])
def test_within_one_edit(a: str, b: str, near: bool) -> None:
    assert within_one_edit(a, b) is near
    assert within_one_edit(b, a) is near


@pytest.fixture
def filled(store: Store) -> Store:
    Ingester(store).run([record(PROTEST, id="protest"), record(STRIKE, id="strike"),
                         record(MEETING, id="meeting"), record(WITH_CLITIC, id="clitic"),
                         record(DIACRITICS, id="diacritics")])
    return store


_TEXTS = {"protest": PROTEST, "strike": STRIKE, "meeting": MEETING, "clitic": WITH_CLITIC,
          "diacritics": DIACRITICS}


def ids(store: Store, query: str) -> set[str]:
    return {h.id for h in search(store.db, query)}


def test_article_and_conjunction_are_ignored(filled: Store) -> None:
    # PROTEST has الاحتجاجات, WITH_CLITIC والاحتجاجات: every spelling finds both.
    for q in ("احتجاجات", "الاحتجاجات", "والاحتجاجات", "بالاحتجاجات"):
        assert ids(filled, q) == {"protest", "clitic"}, q


def test_diacritics_and_letter_variants_are_ignored(filled: Store) -> None:
    assert ids(filled, "اعلنت اضرابا") == {"diacritics"}
    assert ids(filled, "مظاهره") == {"diacritics"}
    assert ids(filled, "المُتَحَدِّثَة") == {"diacritics"}
    assert ids(filled, "إعلان") == set()


def test_every_term_must_occur(filled: Store) -> None:
    assert ids(filled, "كازاخستان الشرطة") == {"protest"}
    assert ids(filled, "كازاخستان حلب") == set()


def test_one_edit_misspelling_finds_the_word(filled: Store) -> None:
    assert ids(filled, "كازخستان") == {"protest"}
    assert ids(filled, "كازاخستانن") == {"protest"}
    assert ids(filled, "الماتى") == {"protest"}  # ى/ي and أ/ا are not even edits
    assert ids(filled, "كزخستان") == set()  # two edits away


def test_snippet_shows_the_original_words(filled: Store) -> None:
    (hit,) = search(filled.db, "وزارة الداخلية")
    text = snippet(hit.text, hit.terms)
    assert "[وزارة]" in text and "كازاخستان" in text
    (hit,) = search(filled.db, "الاضراب")
    assert "[إضرابًا]" in snippet(hit.text, hit.terms)


def test_nothing_to_search(filled: Store) -> None:
    assert search(filled.db, "") == []
    assert search(filled.db, "و 5") == []
    # particles are terms like any other: every page that has them
    assert ids(filled, "في") == {d for d, t in _TEXTS.items() if "في" in text_terms(t)} != set()
