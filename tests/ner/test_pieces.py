"""Tagging an article's pieces together: one document for features and name spreading."""

from __future__ import annotations

import pytest

from rasd.ner import NerTagger
from rasd.ner.words import Word

PIECES = [
    "وصل الأمين العام للأمم المتحدة إلى القاهرة أمس والتقى الرئيس المصري .",
    "وقال المتحدث باسم الأمم المتحدة إن الزيارة تستمر يومين في القاهرة .",
]


def _split(tagger: NerTagger) -> list[tuple[str, list[Word]]]:
    return [(text, tagger.split_words(text)) for text in PIECES]


def test_one_piece_is_tag_words() -> None:
    tagger = NerTagger.load()
    text, words = _split(tagger)[0]
    assert tagger.tag_pieces([(text, words)]) == [tagger.tag_words(text, words)]


def test_pieces_keep_their_own_lengths() -> None:
    tagger = NerTagger.load()
    pieces = _split(tagger)
    labels = tagger.tag_pieces(pieces)
    assert [len(x) for x in labels] == [len(w) for _, w in pieces]
    assert any(y.endswith("LOC") for y in labels[1])  # القاهرة


def test_kb_matches_from_the_caller_give_the_same_labels() -> None:
    kb = pytest.importorskip("rasd.kb")
    tagger = NerTagger.load()
    if tagger.labeler is None:
        pytest.skip("the model uses no gazetteer")
    pieces = _split(tagger)
    gazetteer = kb.Gazetteer.default()
    matches = [gazetteer.find(text) for text, _ in pieces]
    assert tagger.tag_pieces(pieces, matches) == tagger.tag_pieces(pieces)


def test_match_lists_must_pair_with_pieces() -> None:
    tagger = NerTagger.load()
    with pytest.raises(ValueError):
        tagger.tag_pieces(_split(tagger), [[]])
