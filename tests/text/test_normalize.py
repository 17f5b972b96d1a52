from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import normalize, normalize_key

ARABIC = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.sampled_from(list("ﻻﷲﻷ \u00a0\u200f\u200b\tـً abcXYZ019"))
    | st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    max_size=200,
)


def test_examples() -> None:
    n = normalize("أعلنت إدارة آل ٱلشيخ ١٢٣ قتيلاً، في مدرسة ﻻ ﷲ؟")
    assert n.text == "اعلنت اداره ال الشيخ 123 قتيلا, في مدرسه لا الله?"
    assert normalize("مصطفى", fold=False).text == "مصطفى"
    assert normalize("مصطفى").text == "مصطفي"


def test_match_maps_back_with_diacritics_and_tatweel() -> None:
    original = "وصل إلى كازاخـــستانَ أمس"
    n = normalize(original)
    i = n.text.index("كازاخستان")
    span = n.span(i, i + len("كازاخستان"))
    assert span.text == "كازاخـــستانَ"
    assert original[span.start:span.end] == span.text


def test_expansion_maps_to_the_source_character() -> None:
    n = normalize("قال ﷲ أكبر")
    i = n.text.index("الله")
    assert n.span(i, i + 4).text == "ﷲ"
    assert n.span(i + 1, i + 3).text == "ﷲ"


@settings(max_examples=400, deadline=None)
@given(ARABIC | st.text(max_size=200))
def test_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert normalize_key(normalize_key(text)) == normalize_key(text)


@settings(max_examples=400, deadline=None)
@given(ARABIC | st.text(max_size=200), st.data())
def test_every_range_maps_to_an_exact_original_slice(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    span = n.span(a, b)
    assert text[span.start:span.end] == span.text
    assert 0 <= span.start <= span.end <= len(text)
    # the original slice normalises back to (at least) the matched text
    assert n.text[a:b] in normalize(span.text).text or a == b


# normalize() replaces only the characters that occur instead of calling str.translate
# (faster on long pages); it must give exactly what the translation table gives.
_TABLE_CASES = [
    "قَالَ المُتَحَدِّثُ إِنَّ ٣٫٥ مليون شخص نزحوا",
    "أعلنت آلاف الأُسر في إربد والٱسكندرية",
    "ﻻ ﷲ ﻣﺪﻳﻨﺔ ۱۲۳ و\u00a0الـــرياض\u200fحتى\u200b",
    "Ali وNATO؛ هل؟ نعم، ربما",
]


@pytest.mark.parametrize("fold", [True, False])
@pytest.mark.parametrize("text", _TABLE_CASES)
def test_normalize_equals_the_translation_table(text: str, fold: bool) -> None:
    from rasd.text.normalize import _TABLES

    assert normalize(text, fold=fold).text == text.translate(_TABLES[fold])


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFEFF)))
def test_normalize_equals_the_translation_table_on_any_text(text: str) -> None:
    from rasd.text.normalize import _TABLES

    for fold in (True, False):
        assert normalize(text, fold=fold).text == text.translate(_TABLES[fold])


def test_normalize_piece_is_normalize_remembered() -> None:
    from rasd.text.normalize import normalize_piece

    text = "قالَ الرئيسُ ـ في ٣ أيام"
    first = normalize_piece(text)
    assert first == normalize(text)
    assert normalize_piece(text) is first  # the next stage gets the same object
