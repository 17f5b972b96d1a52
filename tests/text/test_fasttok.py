"""The C chunk loops (rasd.text._fasttok) give the Python loops' tokens exactly.

Both :func:`rasd.text.tokens.tokens_in` and :func:`rasd.quotes.marks.light_tokens` run in
C where the module is built and keep their Python loop (``tokens_in_python``,
``light_tokens_python``) as the fallback and the reference. Each comparison runs both
paths on the same text with the chunk caches cold and warm, and compares the tokens, their
types and the caches they leave. Where the module is not built the comparisons are
skipped; CI builds it and sets RASD_REQUIRE_ACCELERATOR=1, so a broken build fails there.
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.quotes import marks
from rasd.text import tokens
from rasd.text.accelerator import PURE_PYTHON_ENV, FastTok, load_fasttok
from rasd.text.normalize import normalize

FAST = load_fasttok()
needs_fast = pytest.mark.skipif(FAST is None, reason="rasd.text._fasttok is not built here")

#: Ordinary and hostile texts: news sentences, every script's digits, diacritics and
#: tatweel (which make the offset map non-trivial), presentation forms (a ligature that
#: expands), Latin with apostrophes, emoji (outside the BMP), lone surrogates, unusual
#: whitespace (str.split's set, which the C loop must share), and empty or blank text.
TEXTS = [
    "",
    " ",
    "\n\t \u3000",
    "قال وزير الخارجية السعودي إن المملكة ستدعم الحكومة اليمنية.",
    "وقال الوزير: «إنّ الحكومةَ ستعمل» (الأحد) 3.5٪ ـــ",
    "مرحبـــا بالعالم، هل تسمعنا؟!",
    "كَتَبَ الطالبُ الدرسَ ثُمَّ خرجَ",
    "في عام ٢٠١٥ و۲۰۱۶ و2017 قتل ٣٫٥ ألف شخص، و1,200 جريح",
    "ﻻ ﷲ ﻹ ﺍﻟﺴﻼﻡ عليكم",
    "Reuters' report: O'Neil met al-Assad in Damascus... (AFP)",
    "تويتر 😀👍🏽 ❤️ #السعودية @user https://example.com/a?b=1",
    "lone \ud800 surrogate \udfff بين الكلمات",
    "  نص\u00a0بمسافة\u2028غير عادية\x1cوفاصل\u3000آخر  ",
    "د. أحمد،\"قال\"...؟! x_y مرحبـــا ًًً",
    "ـــ ً ٌ",
    "الرياض- واس\nجدة – أ.ف.ب\r\nالقاهرة —رويترز",
    "والأحد للمنظمة ولبنان بلاده فالسياسة سيقول",
    "Ünïcödé ÀÉÎ façade naïve Ελληνικά русский 中文 한국어",
    "١٢٣abc٤٥٦ ۷۸۹xyz 12.5.6 ...... ؟؟",
    "كلمةً" * 50 + " " + "ـ" * 30 + "نهاية",
]


def _fast() -> FastTok:
    assert FAST is not None
    return FAST


def _clear_caches() -> None:
    tokens._WHOLE.clear()
    tokens._PARTS.clear()
    marks._WHOLE.clear()
    marks._PARTS.clear()


def _caches() -> tuple[dict[str, object], ...]:
    return dict(tokens._WHOLE), dict(tokens._PARTS), dict(marks._WHOLE), dict(marks._PARTS)


def _restore(saved: tuple[dict[str, object], ...]) -> None:
    for cache, content in zip((tokens._WHOLE, tokens._PARTS, marks._WHOLE, marks._PARTS),
                              saved, strict=True):
        cache.clear()
        cache.update(content)  # type: ignore[arg-type]


def _assert_same(text: str) -> None:
    """Both paths from the same cache state (empty, then as the first pass left it) give
    the same tokens of the same type and leave the same caches."""
    nt = normalize(text)
    _clear_caches()
    for _ in ("cold", "warm"):
        start = _caches()
        expected = tokens.tokens_in_python(nt)
        python_caches = _caches()
        _restore(start)
        got = _fast().tokens_in(nt.original, nt.text, nt.norm_starts, nt.orig_starts,
                                tokens.Token, tokens._WHOLE, tokens._PARTS, tokens._cut,
                                tokens.TASHKEEL)
        assert got == expected
        assert [type(t) for t in got] == [tokens.Token] * len(expected)
        assert _caches()[:2] == python_caches[:2]
    for piece in [text, *text.splitlines()]:
        _clear_caches()
        for _ in ("cold", "warm"):
            start = _caches()
            expected_light = marks.light_tokens_python(piece)
            python_caches = _caches()
            _restore(start)
            got_light = _fast().light_tokens(piece, marks.Tok, marks._WHOLE, marks._PARTS,
                                             marks._cut)
            assert got_light == expected_light
            assert [type(t) for t in got_light] == [marks.Tok] * len(expected_light)
            assert _caches()[2:] == python_caches[2:]


def test_accelerator_is_built_where_ci_requires_it() -> None:
    if os.environ.get("RASD_REQUIRE_ACCELERATOR") != "1":
        pytest.skip("RASD_REQUIRE_ACCELERATOR is not set (CI sets it)")
    assert FAST is not None, "the install did not build rasd.text._fasttok (hatch_build.py)"


@needs_fast
@pytest.mark.parametrize("text", TEXTS)
def test_c_loops_give_the_python_tokens(text: str) -> None:
    _assert_same(text)


@needs_fast
def test_the_public_functions_run_the_c_loops() -> None:
    assert tokens._FAST is FAST and marks._FAST is FAST
    text = TEXTS[4]
    assert tokens.tokenize(text) == tokens.tokens_in_python(normalize(text))
    assert marks.light_tokens(text) == marks.light_tokens_python(text)


# Letters, diacritics, tatweel, three scripts' digits, punctuation, ligatures, Latin, an
# emoji, a lone surrogate and several kinds of whitespace, mixed at random.
_ALPHABET = ("اأإآبتةىيوفلكسه" "\u064b\u064e\u0651\u0670\u0640" "0123٠١٢٣۰۱۲" ".,،؛؟!:«»\"'-_()"
             "\ufefb\ufdf2" "aZéß" "😀" "\ud800" " \n\t\u00a0\u2028\u3000\x1c\u200b")


@needs_fast
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_c_loops_give_the_python_tokens_on_random_text(text: str) -> None:
    _assert_same(text)


@needs_fast
def test_c_loops_survive_the_caches_emptying_mid_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # The Python cut empties the caches when full, while the C loop runs over the text.
    monkeypatch.setattr(tokens, "CHUNK_CACHE_SIZE", 3)
    monkeypatch.setattr(marks, "CHUNK_CACHE_SIZE", 3)
    for text in TEXTS:
        _assert_same(text)
    assert len(tokens._WHOLE) + len(tokens._PARTS) <= 3
    assert len(marks._WHOLE) + len(marks._PARTS) <= 3


@needs_fast
def test_c_loops_refuse_malformed_arguments() -> None:
    fast = _fast()
    with pytest.raises(TypeError):
        fast.light_tokens("a b", int, {}, {}, marks._cut)
    with pytest.raises(TypeError):
        fast.light_tokens("a b", marks.Tok, {"a": ("a",)}, {}, marks._cut)
    with pytest.raises(TypeError):
        fast.light_tokens("a b", marks.Tok, {}, {}, lambda chunk: [])
    with pytest.raises(ZeroDivisionError):
        fast.light_tokens("a b", marks.Tok, {}, {}, lambda chunk: 1 / 0)
    with pytest.raises(TypeError):
        fast.tokens_in("a", "a", (0,), (0,), tokens.Token, {"a": ("a",)}, {}, tokens._cut,
                       tokens.TASHKEEL)
    with pytest.raises(ValueError):
        fast.tokens_in("a", "a", (0, 1), (0,), tokens.Token, {}, {}, tokens._cut,
                       tokens.TASHKEEL)


def test_environment_turns_the_accelerator_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    assert load_fasttok() is None


def test_absent_module_falls_back_to_the_python_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    # A module set to None in sys.modules makes its import fail, as an unbuilt one does.
    monkeypatch.delenv(PURE_PYTHON_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "rasd.text._fasttok", None)
    assert load_fasttok() is None
    monkeypatch.setattr(tokens, "_FAST", None)
    monkeypatch.setattr(marks, "_FAST", None)
    calls: list[str] = []
    python_tokens_in, python_light = tokens.tokens_in_python, marks.light_tokens_python

    def spy_tokens_in(nt):  # type: ignore[no-untyped-def]
        calls.append("tokens_in")
        return python_tokens_in(nt)

    def spy_light(text):  # type: ignore[no-untyped-def]
        calls.append("light_tokens")
        return python_light(text)

    monkeypatch.setattr(tokens, "tokens_in_python", spy_tokens_in)
    monkeypatch.setattr(marks, "light_tokens_python", spy_light)
    text = "قال الوزيرُ: «نعم» في ٢٠١٥"
    got = tokens.tokenize(text)
    assert [t.norm for t in got] == ["قال", "الوزير", ":", "«", "نعم", "»", "في", "2015"]
    assert got[1].text == "الوزيرُ"
    assert [t.text for t in marks.light_tokens(text)][:3] == ["قال", "الوزيرُ", ":"]
    assert calls == ["tokens_in", "light_tokens"]
