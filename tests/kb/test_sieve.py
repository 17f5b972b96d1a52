"""The gazetteer's shortcuts: the word sieve, cached clitic offsets, and a search given
the word positions and vocabulary the caller already has."""

from __future__ import annotations

import pytest

from rasd.kb import Gazetteer, gazetteer
from rasd.kb.gazetteer import WordSieve, clitic_offset
from rasd.text.tokens import tokenize


def test_sieve_returns_the_passing_words_and_tests_each_word_once() -> None:
    asked: list[str] = []

    def long_word(word: str) -> bool:
        asked.append(word)
        return len(word) > 3

    sieve = WordSieve(long_word)
    assert sieve.passing(["قال", "الرئيس", "قال", "الوزير"]) == {"الرئيس", "الوزير"}
    assert sieve.passing({"الرئيس", "في"}) == {"الرئيس"}
    assert sorted(asked) == sorted(["قال", "الرئيس", "الوزير", "في"])


def test_clitic_offset_counts_original_characters_diacritics_included() -> None:
    assert clitic_offset("ولبنان", 1) == 1
    assert clitic_offset("وَلبنان", 1) == 2  # the fatha belongs to the و


def test_find_with_known_positions_and_vocabulary_matches_plain_find() -> None:
    gaz = Gazetteer.default()
    text = "وصل وزير خارجية الأمم المتحدة إلى بيروت ثم إلى القاهرة والرياض."
    toks = tokenize(text)
    words = [i for i, t in enumerate(toks) if t.kind in ("word", "latin", "number")]
    vocab = {toks[i].norm for i in words}
    assert gaz.find(text, toks, words, vocab) == gaz.find(text)
    assert [m.span.text for m in gaz.find(text)] == ["الأمم المتحدة", "بيروت", "القاهرة",
                                                       "الرياض"]


def test_only_the_words_that_pass_the_sieve_fill_the_start_cache() -> None:
    # The sieve remembers its answers itself; the cached test behind find() is asked only
    # about the words that may start a name, so a page's other words do not fill it.
    gaz = Gazetteer(Gazetteer.default().kb)
    text = "قال المتحدث إن الوفد وصل إلى بيروت صباح اليوم."
    names = [m.span.text for m in gaz.find(text)]
    assert names == ["بيروت"]
    cached = gaz._word_starts.cache_info().currsize
    assert 1 <= cached < len(text.split()) - 2


def test_a_full_sieve_keeps_its_answers_in_an_old_generation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A full sieve starts a new generation; words the old one answered are not tested again,
    # and they still pass (or not) as before.
    monkeypatch.setattr(gazetteer, "SIEVE_MEMORY", 2)
    asked: list[str] = []

    def long_word(word: str) -> bool:
        asked.append(word)
        return len(word) > 3

    sieve = WordSieve(long_word)
    assert sieve.passing({"قال", "الرئيس", "الوزير"}) == {"الرئيس", "الوزير"}
    assert sieve.passing({"الرئيس", "في", "المدينة"}) == {"الرئيس", "المدينة"}
    assert sorted(asked) == sorted(["قال", "الرئيس", "الوزير", "في", "المدينة"])
    # three generations on, a word of the first is new again and tested once more
    sieve.passing({"ثم", "عن"})
    sieve.passing({"من", "الى", "على"})
    assert sieve.passing({"قال", "الوزير"}) == {"الوزير"}
    assert asked.count("قال") == 2
