"""The event-trigger proposer's features, gold labels and proposal reading
(rasd.events.learned.trigger_proposer_features, used by scripts/event_proposer_cv.py)."""

from __future__ import annotations

from rasd.events.learned.trigger_proposer_features import (
    WINDOW,
    bio_labels,
    chunks,
    lexicon_types,
    sentence_features,
    sentence_tokens,
)
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize

TEXT = "اعتقلت الشرطة ثلاثة محتجين أمس. وطالبت المنظمة بالإفراج عنهم."


def test_sentence_tokens_keep_offsets_and_sentences() -> None:
    sents = split_sentences(TEXT)
    toks = sentence_tokens(TEXT, sents)
    assert len(toks) == len(sents) == 2
    for span, sent in zip(sents, toks, strict=True):
        assert sent, "every sentence has tokens"
        for t in sent:
            assert span.start <= t.start < t.end <= span.end
            assert TEXT[t.start:t.end] == t.text
    assert toks[0][0].text == "اعتقلت" and toks[1][0].text == "وطالبت"


def test_lexicon_types_read_the_trigger_rows() -> None:
    assert "COERCE" in lexicon_types("اعتقلت")
    assert "REQUEST" in lexicon_types("وطالبت")
    assert lexicon_types("ثلاثه") == ()
    assert "block" in lexicon_types("الشرطه")  # a block row starts with it


def test_features_one_list_per_token_with_neighbours() -> None:
    sent = sentence_tokens(TEXT, split_sentences(TEXT))[0]
    feats = sentence_features(sent, 0)
    assert len(feats) == len(sent)
    first = feats[0]
    assert "w=اعتقلت" in first and "sent=s0" in first and "lex=COERCE" in first
    assert f"-{WINDOW}:edge" in first and "-1:edge" in first
    assert "1:w=الشرطه" in first  # the next word, normalised
    assert any(f.startswith("k1=") for f in first)
    later = sentence_features(sent, 9)[0]
    assert "sent=s8+" in later


def test_bio_labels_mark_overlapped_tokens_and_keep_the_first_span() -> None:
    toks = tokenize(TEXT)[:5]  # اعتقلت الشرطة ثلاثة محتجين أمس
    end = TEXT.index("محتجين") + len("محتجين")
    labels = bio_labels(toks, [("COERCE", 0, len("اعتقلت الشرطة")),
                               ("PROTEST", TEXT.index("الشرطة") + 2, end)])
    assert labels == ["B-COERCE", "I-COERCE", "B-PROTEST", "I-PROTEST", "O"]


def test_chunks_split_on_b_type_change_and_gaps() -> None:
    labels = ["B-ASSAULT", "I-ASSAULT", "I-COERCE", "O", "I-COERCE", "B-COERCE",
              "I-COERCE"]
    assert chunks(labels) == [("ASSAULT", 0, 1), ("COERCE", 2, 2), ("COERCE", 4, 4),
                              ("COERCE", 5, 6)]
    assert chunks(["O", "O"]) == []
