from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import tokens
from rasd.text.normalize import normalize
from rasd.text.tokens import (
    _TOKEN_RE,
    MIN_BASE_LETTERS,
    candidate_bases,
    split_clitics,
    tokenize,
    word_alternation,
)

#: Arabic letters and marks, Arabic-Indic and Persian digits, Latin, punctuation, quotes,
#: control and invisible characters, all interleaved.
MIXED = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.sampled_from(list("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789.,،؛؟!?-–«»“”\"'() \n\t\r"))
    | st.sampled_from(list("\u200f\u200b\u00a0\u0000\u001f\ufeffـًّabcXYZéß漢ﻻﷲ"))
    | st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    max_size=200,
)


def words(text: str) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.clitics, t.base) for t in tokenize(text) if t.kind == "word"]


def test_clitics_split_off_for_matching() -> None:
    assert words("والأحد بمثيري للمنظمة") == [
        ("والأحد", "وال", "احد"),
        ("بمثيري", "ب", "مثيري"),
        ("للمنظمة", "لل", "منظمه"),
    ]


@pytest.mark.parametrize(
    "word", ["بلد", "لبنان", "كان", "فرنسا", "بغداد", "وزير", "ولاية", "سوريا", "ليبيا",
             "بريطانيا", "فلسطين", "واشنطن", "كبير", "بيان", "واحد"],
)
def test_frequent_words_that_start_like_clitics_stay_whole(word: str) -> None:
    [(_, clitics, base)] = words(word)
    assert clitics == ""
    assert base == word.replace("ة", "ه")


def test_a_real_clitic_before_a_kept_word_is_split() -> None:
    assert split_clitics("ولبنان") == ("و", "لبنان")
    assert split_clitics("وبغداد") == ("و", "بغداد")
    assert split_clitics("بلاده") == ("", "بلاده")  # بلاد + suffix ه


def test_short_remainders_are_not_split() -> None:
    # ب + لد or و + قت would leave fewer than MIN_BASE_LETTERS letters.
    assert MIN_BASE_LETTERS == 3
    assert split_clitics("وقت") == ("", "وقت")
    assert split_clitics("الله") == ("", "الله")


def test_future_prefix_only_among_candidates() -> None:
    assert split_clitics("سيقوم") == ("", "سيقوم")
    assert ("س", "يقوم") in candidate_bases("سيقوم")
    assert split_clitics("سياسه") == ("", "سياسه")


def test_candidate_bases_list_every_reading_whole_word_first() -> None:
    readings = candidate_bases("وبالمدينة".replace("ة", "ه"))
    assert readings[0] == ("", "وبالمدينه")
    assert {("و", "بالمدينه"), ("وب", "المدينه"), ("وبال", "مدينه")} <= set(readings)
    assert candidate_bases("الرس") == [("", "الرس"), ("ال", "رس")]


def test_token_kinds_and_normalised_forms() -> None:
    toks = tokenize("قال د. علي: ارتفع ٣٫٥% في U.S. — «نعم»")
    kinds = [(t.span.text, t.norm, t.kind) for t in toks]
    assert ("٣٫٥", "3.5", "number") in kinds
    assert ("%", "%", "symbol") in kinds or ("%", "%", "punct") in kinds
    assert ("U", "u", "latin") in kinds
    assert ("«", "«", "punct") in kinds
    assert ("—", "—", "punct") in kinds


def test_tokens_survive_diacritics_and_tatweel() -> None:
    [tok] = tokenize("كازاخـــستانَ")
    assert tok.span.text == "كازاخـــستانَ"
    assert tok.norm == "كازاخستان"


def test_word_alternation_matches_exactly_the_listed_words() -> None:
    listed = ["ثلاث", "ثلاثه", "ثلاثين", "ما يقرب من", "مئه", "a.b"]
    pattern = re.compile(rf"(?:{word_alternation(listed)})")
    for w in listed:
        assert pattern.fullmatch(w)
    assert pattern.fullmatch("ما   يقرب من")  # spaces in a listed phrase are flexible
    for w in ["ثلا", "ثلاثون", "مئ", "axb", ""]:
        assert not pattern.fullmatch(w)
    assert word_alternation([]) == "(?!)"


@given(st.lists(st.text(alphabet="ابتثجح .", min_size=1, max_size=6), max_size=12))
def test_word_alternation_property(listed: list[str]) -> None:
    pattern = re.compile(rf"(?:{word_alternation(listed)})")
    for w in listed:
        assert pattern.fullmatch(w) or " " in w


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_token_spans_index_the_original_text(text: str) -> None:
    previous_end = 0
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text == tok.span.text
        assert (tok.span.start, tok.span.end) == (tok.start, tok.end)
        assert tok.start >= previous_end
        assert tok.text.strip() != ""
        previous_end = tok.end
        if tok.kind == "word":
            assert tok.norm == tok.clitics + tok.base


def _one_scan(text: str) -> list[tuple[int, int, str, str, str, str, str]]:
    """The tokens by the plain algorithm: one regex scan of the whole normalised text, every
    match mapped back by :meth:`NormalizedText.to_original` (what the chunk cache must
    reproduce)."""
    nt = normalize(text)
    group_kind = {"number": "number", "word": "word", "latin": "latin", "other": "word",
                  "dots": "punct"}
    out = []
    for m in _TOKEN_RE.finditer(nt.text):
        a, b = nt.to_original(*m.span())
        norm = m.group()
        kind = group_kind.get(m.lastgroup or "") or (
            "punct" if unicodedata.category(norm).startswith("P") else "symbol")
        clitics, base = split_clitics(norm) if m.lastgroup == "word" else ("", norm)
        out.append((a, b, text[a:b], norm, clitics, base, kind))
    return out


def test_a_repeated_chunk_is_placed_wherever_it_stands() -> None:
    # the same chunks before and after deleted characters (tanwin, a zero-width space),
    # glued to punctuation, at the very start and end
    text = "وزير، وزيرٌ (وزير) وزير\u200b وزير.. 2015، وزير"
    toks = tokenize(text)
    assert [tuple(t) for t in toks] == _one_scan(text)
    assert [t.text for t in toks if t.norm == "وزير"] == ["وزير", "وزيرٌ", "وزير", "وزير",
                                                          "وزير", "وزير"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["وزير", "وَزير", "بالأمس", "(2015)", "U.S.", "ـ", "\u200b",
                                 "،", " ", "  ", "\n", "كازاخستانَ", "ﻻ", "ﷲ", "x"]),
                max_size=30) | MIXED)
def test_tokens_equal_one_scan_of_the_whole_text(parts: list[str] | str) -> None:
    text = parts if isinstance(parts, str) else "".join(parts)
    assert [tuple(t) for t in tokenize(text)] == _one_scan(text)


@given(st.text(alphabet="اأبتةىي١2٣a.,-_«ـًءپ", min_size=1, max_size=8).filter(
    lambda s: not any(ch.isspace() for ch in s)))
def test_a_new_chunk_cuts_as_one_scan_of_the_token_regex(chunk: str) -> None:
    # The one-word shortcut of _cut must give what the token regex gives.
    chunk = normalize(chunk).text
    if not chunk:
        return
    expected = []
    for m in tokens._TOKEN_RE.finditer(chunk):
        if m.lastgroup == "word":
            expected.append((m.start(), m.end(), m.group(), *split_clitics(m.group()), "word"))
        else:
            kind = tokens._GROUP_KIND.get(m.lastgroup) or tokens._char_kind(m.group())
            expected.append((m.start(), m.end(), m.group(), "", m.group(), kind))
    tokens._WHOLE.pop(chunk, None)
    tokens._PARTS.pop(chunk, None)
    assert list(tokens._cut(chunk)) == expected
    assert list(tokens._pieces(chunk)) == expected  # and from the cache
