"""Loose word keys, the fast fold and the verse index built from the quran-text package."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.comments import scripture_text
from rasd.comments.scripture import ScriptureFinder
from rasd.comments.scripture_text import WORD, Words, fold_text, fold_words, word_key
from rasd.errors import DataMissing


@pytest.mark.parametrize(("a", "b"), [
    ("آمنوا", "امنو"),
    ("ٱلرَّحۡمَٰنِ", "الرحمن"),
    ("السماء", "السما"),
    ("إِلَّا", "الا"),
    ("عَلَىٰ", "علي"),
    ("رحمة", "رحمه"),
    ("يُؤۡمِنُونَ", "يومنون"),
    ("شَيۡءٖ", "شي"),
    ("ﭐللَّهُ", "الله"),
    ("الـــلـه", "الله"),
])
def test_loose_keys_match_comment_spellings(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(("a", "b"), [("كتب", "قتل"), ("الله", "إله"), ("من", "ما")])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


def test_marks_alone_have_no_key_and_break_nothing() -> None:
    text = "غُرُورًا ۚ وَمَا ۖ يَعِدُهُمُ"
    words = Words(text)
    assert words.keys == ["غرور", "وم", "يعدهم"]
    assert [text[slice(*words.span(i))] for i in range(3)] == ["غُرُورًا", "وَمَا", "يَعِدُهُمُ"]


_ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                  max_size=30)


@settings(max_examples=200, deadline=None)
@given(_ARABIC)
def test_fast_fold_agrees_with_the_table(text: str) -> None:
    words = WORD.findall(text)
    assert fold_words(words) == [word_key(w) for w in words]
    assert fold_text(text) == word_key(text)


def test_presentation_forms_take_the_slow_path() -> None:
    assert fold_words(["ﻻ", "ﷲ", "بسم"]) == [word_key("لا"), word_key("الله"), "بسم"]


def test_index_holds_the_whole_mushaf() -> None:
    index = ScriptureFinder.load()._index
    assert len(index.verse_refs) == 6236
    assert index.verse_refs[0] == (1, 1) and index.verse_refs[-1] == (114, 6)
    assert len(index.keys) == len(index.verse_of) == len(index.surah_end)
    # 4:120 starts with يعدهم; its words end where 4:121 begins.
    v = index.verse_refs.index((4, 120))
    words = index.keys[index.verse_starts[v]:index.verse_starts[v + 1]]
    assert words[0] == word_key("يعدهم") and words[-1] == word_key("غرورا")
    assert index.surah_end[index.verse_starts[v]] == index.verse_starts[
        index.verse_refs.index((5, 1))]


def test_seed_positions_are_all_found_in_order() -> None:
    index = ScriptureFinder.load()._index
    positions = index.seeds(" ".join(Words("ياأيها الذين آمنوا").keys))
    assert len(positions) > 50
    assert positions == sorted(positions)
    assert index.seeds("لا يوجد هذا") == []


def test_missing_text_package_is_a_rasd_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scripture_text, "SOURCE_PACKAGE", "no_such_quran_package")
    with pytest.raises(DataMissing, match="quran-text"):
        scripture_text.load_index()
