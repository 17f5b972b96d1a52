"""The shipped model on raw text: loads, finds names, spans exact, never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner import NerMention, NerTagger
from rasd.ner.card import ModelCard, card_path
from rasd.ner.features import FEATURE_VERSION, FeatureExtractor, resources_digest
from rasd.ner.tagger import default_model_path


def _found(mentions: list[NerMention]) -> set[tuple[str, str]]:
    return {(m.span.text, m.type) for m in mentions}


def test_shipped_model_has_a_matching_card() -> None:
    path = default_model_path()
    assert path.is_file()
    assert path.stat().st_size < 30 * 1024 * 1024
    card = ModelCard.read(card_path(path))
    assert card.feature_version == FEATURE_VERSION
    assert card.resources == resources_digest(), "lexicons or clusters changed: retrain"
    assert card.model_file == path.name
    assert {s.type for s in card.dev_scores} >= {"PER", "LOC", "ORG", "micro P/L/O"}


def test_load_is_cached() -> None:
    assert NerTagger.load() is NerTagger.load()


def test_macron_in_paris() -> None:
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون في باريس وزير الخارجية السعودي"
    mentions = NerTagger.load().tag(text)
    types = {m.type for m in mentions}
    assert {"PERSON", "LOC"} <= types
    assert ("باريس", "LOC") in _found(mentions)
    assert any("ماكرون" in m.span.text and m.type == "PERSON" for m in mentions)


def test_news_paragraph() -> None:
    text = (
        "أعلنت وزارة الصحة العراقية، الأحد، ارتفاع عدد المصابين في محافظة البصرة، "
        "وقال المتحدث باسم الوزارة سيف البدر إن فرق منظمة الصحة العالمية وصلت إلى بغداد."
    )
    found = _found(NerTagger.load().tag(text))
    assert ("البصرة", "LOC") in found
    assert ("بغداد", "LOC") in found
    assert any(t == "ORG" and "الصحة العالمية" in s for s, t in found)


def test_spans_index_the_original_text_with_diacritics_and_clitics() -> None:
    text = "وصلَ الرئيسُ التونسيُّ إلى الجزائرِ، واستقبله الرئيس عبد المجيد تبّون في قصر المرادية."
    mentions = NerTagger.load().tag(text)
    assert mentions, "expected at least one mention"
    for m in mentions:
        assert text[m.span.start:m.span.end] == m.span.text
    assert any(m.span.text.startswith("الجزائر") and m.type == "LOC" for m in mentions)


def test_dropping_unknown_features_changes_no_label() -> None:
    tagger = NerTagger.load()
    text = (
        "وفي الدوحة، أكد رئيس مجلس إدارة البنك التجاري أن أرباح الشركة ارتفعت، فيما تعادل "
        "فريق السد مع الريان، وزار المبعوث الأممي هانس غروندبرغ مدينة عدن أمس."
    )
    words = tagger.split_words(text)
    gazetteer = tagger.labeler(text, words) if tagger.labeler is not None else None
    full = FeatureExtractor().sentence(words, gazetteer)
    pruned = FeatureExtractor(known=tagger.compiled.attributes()).sentence(words, gazetteer)
    assert sum(map(len, pruned)) < sum(map(len, full))
    assert tagger.model.tag(pruned) == tagger.model.tag(full)


def test_empty_and_blank_text() -> None:
    tagger = NerTagger.load()
    assert tagger.tag("") == []
    assert tagger.tag("  \n\t ") == []


_ANY = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ") + list("ًٌٍَُِّْـ") + list("abcXYZ019٠١٢٣")
        + list(" \n\t.,،؛؟!?…()«»\"'-_/\u200c\u200f\u00a0\x00\x07") + ["ﻻ", "ﷲ", "😀"]
    ),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(_ANY)
def test_tagging_arbitrary_text_keeps_offsets_exact(text: str) -> None:
    mentions = NerTagger.load().tag(text)
    previous_end = 0
    for m in mentions:
        assert text[m.span.start:m.span.end] == m.span.text
        assert previous_end <= m.span.start < m.span.end
        assert m.type in ("PERSON", "ORG", "LOC", "MISC")
        previous_end = m.span.end


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(
    ["قال", "الرئيس", "محمد", "في", "بيروت", "وزارة", "الخارجية", "،", ".", "\n", "اتحاد",
     "الكرة", "برشلونة", "أمس", "عبد", "الله", "بن", "زايد", "الأمم", "المتحدة"]
), max_size=40))
def test_tagging_word_salad_keeps_offsets_exact(words: list[str]) -> None:
    text = " ".join(words)
    for m in NerTagger.load().tag(text):
        assert text[m.span.start:m.span.end] == m.span.text
