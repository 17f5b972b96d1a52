"""speed24's C pieces of rasd.text._fasttok give the Python results exactly.

* ``split_clitics`` / ``is_kept_whole``: the bodies of :func:`rasd.text.tokens.split_clitics`
  and :func:`rasd.text.tokens.is_kept_whole` (their LRU caches stay in front), against
  ``split_clitics_python`` / ``is_kept_whole_python``;
* ``date_candidate``: the scan behind :func:`rasd.text.dates.extract_times_normalized`,
  whose ``GRAMMAR.match`` at each candidate must find what ``GRAMMAR.search`` finds.

Each runs on ordinary and hostile words and texts (mixed scripts, diacritics, tatweel, three
scripts' digits, emoji, lone surrogates, empty text, random text); where the module is not
built the comparisons are skipped, and the fallback test checks the Python bodies run.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import dates, tokens
from rasd.text.accelerator import PURE_PYTHON_ENV, load_fasttok
from rasd.text.date_patterns import GRAMMAR
from rasd.text.normalize import normalize

FAST = load_fasttok()
needs_fast = pytest.mark.skipif(FAST is None or not hasattr(FAST, "date_candidate"),
                                reason="rasd.text._fasttok (with speed24's pieces) is not built")

WORDS = [
    "", "و", "ال", "وال", "بلد", "بلاده", "ولبنان", "والأحد", "والاحد", "للمنظمه", "فالسياسه",
    "سيقول", "وبالمنظمه", "كميه", "فبلادهم", "لل", "للل", "ببب", "وو", "وزير", "ووزير",
    "والرياض", "بالخميس", "كالعاده", "2015", "abc", "وabc", "و😀", "\ud800", "و\ud800لد",
    "ـــ", "وًبلد", "ب١٢٣", "ولبنانها", "ولبنانهما", "فبلدي", "x" * 40, "وال" * 10,
]

TEXTS = [
    "",
    " ",
    "في 12 مارس 2020 قال الوزير يوم الخميس الماضي",
    "وفي عام ٢٠١٥ و۲۰۱۶ وبالأمس ال25 من ديسمبر، ولعام 2019م",
    "منذ 3 أيام، وقبل نحو 8 سنوات، صباح اليوم الساعة 10:30 مساء",
    "الجمعة 07-01-2022 06:28 م — الرياض- واس",
    "الأسبوع الماضي وهذا العام والشهر المقبل وخلال الأيام الماضية",
    "lone \ud800 surrogate \udfff يوم الأحد 😀 في 2015",
    "وفالخميس بلخميس وبل2015 فب2015 x_يوم _2015 ال٣ من يناير",
    "ـــ ً ٌ يومً الخميسَ",
    "Reuters' report on 3 May 2015 (AFP) في يناير",
]


def _all_matches(search: object, text: str) -> list[tuple[object, ...]]:
    """Every match ``search`` finds from every index after the previous match's start."""
    found = []
    pos = 0
    while (m := search(text, pos)) is not None:  # type: ignore[operator]
        found.append((m.span(), m.lastgroup, m.groups()))
        pos = m.start() + 1
    return found


@needs_fast
@pytest.mark.parametrize("word", WORDS)
def test_c_clitic_split_gives_the_python_reading(word: str) -> None:
    norm = normalize(word).text
    for w in (word, norm):
        assert tokens.split_clitics.__wrapped__(w) == tokens.split_clitics_python(w)
        assert tokens.is_kept_whole.__wrapped__(w) == tokens.is_kept_whole_python(w)


def test_clitic_split_reads_as_documented() -> None:
    # Whichever body runs: a real proclitic is split, a kept word is not.
    assert tokens.split_clitics("والرياض") == ("وال", "رياض")
    assert tokens.split_clitics("ولبنان") == ("و", "لبنان")
    assert tokens.split_clitics("بلاده") == ("", "بلاده")
    assert tokens.is_kept_whole("بلاده") and not tokens.is_kept_whole("رياض")


_ALPHABET = ("اأإآبتةىيوفلكسهمنعدخر" "\u064b\u064e\u0651\u0640" "0123٠١٢٣۰۱۲" ".,،:-_/()"
             "aZé" "😀" "\ud800" " \n\t\u00a0")


@needs_fast
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=20))
def test_c_clitic_split_gives_the_python_reading_on_random_words(word: str) -> None:
    assert tokens.split_clitics.__wrapped__(word) == tokens.split_clitics_python(word)
    assert tokens.is_kept_whole.__wrapped__(word) == tokens.is_kept_whole_python(word)


@needs_fast
def test_c_clitic_split_refuses_malformed_arguments() -> None:
    fast = FAST
    assert fast is not None
    kept, suffixes = tokens.keep_whole(), tokens._SUFFIX_SET
    with pytest.raises(TypeError):
        fast.split_clitics(3, tokens._BY_FIRST_LETTER, kept, suffixes, (3, 2, 1), 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        fast.split_clitics("ولد", tokens._BY_FIRST_LETTER, kept, suffixes, [3], 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fast.is_kept_whole("ولدهم", frozenset(), suffixes, (0,), 3)


@needs_fast
@pytest.mark.parametrize("text", TEXTS)
def test_c_date_scan_finds_what_the_grammar_search_finds(text: str) -> None:
    norm = normalize(text).text
    assert dates._search is dates._search_scanned
    for t in (text, norm):
        assert _all_matches(dates._search_scanned, t) == _all_matches(GRAMMAR.search, t)


_TEXT_ALPHABET = ("وفبلالخميسيومعامنذقبرهشد" "0123٠١٢٣" "\u064b\u0640" " ،.:-/\n_" "a😀\ud800")


@needs_fast
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TEXT_ALPHABET, max_size=60)
       | st.lists(st.sampled_from(["في", "يوم", "عام", "ال", "و", "ب", "12", "2015", "الخميس",
                                   "منذ", "3", "أيام", " ", "،", "وب", "فل", "٢٠١٥", "مارس"]),
                  max_size=12).map("".join))
def test_c_date_scan_finds_what_the_grammar_search_finds_on_random_text(text: str) -> None:
    assert _all_matches(dates._search_scanned, text) == _all_matches(GRAMMAR.search, text)


@needs_fast
def test_extract_times_is_the_same_on_both_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in TEXTS:
        got = dates.extract_times(text)
        monkeypatch.setattr(dates, "_search", GRAMMAR.search)
        assert dates.extract_times(text) == got
        monkeypatch.undo()


def test_absent_module_falls_back_to_the_python_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PURE_PYTHON_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "rasd.text._fasttok", None)
    assert load_fasttok() is None
    monkeypatch.setattr(tokens, "_FAST_CLITICS", None)
    calls: list[str] = []
    python_split = tokens.split_clitics_python

    def spy(word: str) -> tuple[str, str]:
        calls.append(word)
        return python_split(word)

    monkeypatch.setattr(tokens, "split_clitics_python", spy)
    assert tokens.split_clitics.__wrapped__("وللمنظمه") == ("ولل", "منظمه")
    assert tokens.is_kept_whole.__wrapped__("بلاده") is True
    assert calls == ["وللمنظمه"]
    # The date scan without the module is re's own search.
    monkeypatch.setattr(dates, "_search", GRAMMAR.search)
    found = dates.extract_times("في 12 مارس 2020 يوم الخميس")
    assert [t.span.text for t in found] == ["12 مارس 2020", "الخميس"]
    assert isinstance(GRAMMAR, re.Pattern)
