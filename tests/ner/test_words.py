"""Word splitting, clitic analysis, chunking and span projection for the NER model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.words import Word, analyze, builtin_words, project_spans, sentence_chunks


def _texts(text: str) -> list[str]:
    return [text[w.start:w.end] for w in builtin_words(text)]


def test_words_and_punctuation_split_with_offsets() -> None:
    text = "أعلنت وكالة (سبأ) أنّ 2,500 نازحٍ وصلوا إلى مأرب... أمس!"
    assert _texts(text) == [
        "أعلنت", "وكالة", "(", "سبأ", ")", "أنّ", "2,500", "نازحٍ", "وصلوا", "إلى", "مأرب",
        "...", "أمس", "!",
    ]


def test_diacritics_and_tatweel_stay_inside_the_word() -> None:
    text = "الرئيــس مُحَمَّد"
    words = builtin_words(text)
    assert [w.norm for w in words] == ["الرئيس", "محمد"]
    assert [text[w.start:w.end] for w in words] == ["الرئيــس", "مُحَمَّد"]


def test_latin_and_mixed_tokens() -> None:
    assert _texts("قالت BBC إن G20 اجتمعت") == ["قالت", "BBC", "إن", "G20", "اجتمعت"]
    assert builtin_words("BBC")[0].norm == "bbc"


def test_article_clitics_are_split_conservatively() -> None:
    assert analyze("والرئيس") == ("والرئيس", "وال", "رئيس")
    assert analyze("للمنظمة") == ("للمنظمه", "لل", "منظمه")
    assert analyze("بالعاصمة")[1:] == ("بال", "عاصمه")
    # Single-letter proclitics stay on: a name may start with the same letter.
    assert analyze("بغداد") == ("بغداد", "", "بغداد")
    assert analyze("وزير")[1] == ""
    # Too short a remainder: not an article.
    assert analyze("الي")[1] == ""


def test_chunks_end_at_sentence_punctuation_and_newlines() -> None:
    text = "وصل الوفد. ثم غادر؟ نعم\nعاد د. أحمد"
    words = builtin_words(text)
    chunks = [[w.norm for w in words[a:b]] for a, b in sentence_chunks(text, words)]
    assert chunks == [
        ["وصل", "الوفد", "."], ["ثم", "غادر", "?"], ["نعم"], ["عاد", "د", ".", "احمد"],
    ]


def test_chunks_of_nothing() -> None:
    assert sentence_chunks("", []) == []
    assert sentence_chunks("\n\n", builtin_words("\n\n")) == []


def test_project_spans_marks_overlapping_words() -> None:
    text = "زار بكازاخستان وفد الأمم المتحدة"
    words = builtin_words(text)
    k = text.index("كازاخستان")
    u = text.index("الأمم")
    labels = project_spans([(k, k + len("كازاخستان"), "LOC"), (u, len(text), "ORG")], words)
    assert labels == [None, "B-LOC", None, "B-ORG", "I-ORG"]


def test_project_spans_first_claim_wins() -> None:
    words = [Word(0, 3, "abc", "", "abc"), Word(4, 7, "def", "", "def")]
    assert project_spans([(0, 7, "ORG"), (4, 7, "LOC")], words) == ["B-ORG", "I-ORG"]


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ") + list("ًٌٍَُِّْـ") + list("abcXYZ019٠١٢٣")
        + list(" \n\t.,،؛؟!?…()«»\"'-_/\u200c\u200f\u00a0\x00\x07") + ["ﻻ", "ﷲ", "😀"]
    ),
    max_size=80,
)


@given(_MIXED)
def test_words_have_exact_ordered_offsets(text: str) -> None:
    previous_end = 0
    for word in builtin_words(text):
        assert previous_end <= word.start < word.end <= len(text)
        assert not text[word.start:word.end].isspace()
        assert word.norm == analyze(text[word.start:word.end])[0]
        assert word.norm == word.clitics + word.base
        previous_end = word.end


@given(_MIXED)
def test_chunks_partition_the_words(text: str) -> None:
    words = builtin_words(text)
    chunks = sentence_chunks(text, words)
    flat = [i for a, b in chunks for i in range(a, b)]
    assert flat == list(range(len(words)))
    assert all(a < b for a, b in chunks)
