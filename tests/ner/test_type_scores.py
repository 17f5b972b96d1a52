"""Word-type records from per-template weight tables (rasd.ner.type_scores) against the
feature strings they stand for: the same weights, added in the same order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.compiled import Vector
from rasd.ner.tagger import NerTagger
from rasd.ner.type_scores import (
    CLUSTER,
    DOC_CLASSES,
    DOC_KEY,
    MULTI,
    NORM,
    OWN,
    TOPICS,
    VIEWS,
    split_weights,
)
from rasd.ner.words import Word

#: The team's own sentences: clitics (والرئيس، للمنظمة), trigger and name-list words, topic
#: cue words (مباراة، البورصة), digits, Latin, punctuation and a rare long name.
_TEXT = (
    "قال الرئيس للصحفيين إن وزارة المالية ستعلن الموازنة في 12 مارس. "
    "وفاز فريق الهلال في مباراة الدوري على ملعب المدينة 3-1، وسجل اللاعب كريستوفانو هدفين! "
    "وارتفعت أسهم شركة Aramco في البورصة بنسبة 2.5% (بحسب وكالة رويترز) للمنظمة الدولية."
)


def test_records_equal_the_feature_strings_summed() -> None:
    tagger = NerTagger.load()
    scorer, features, crf = tagger.scorer._types, tagger.features, tagger.compiled
    words = tagger.split_words(_TEXT)
    assert len(words) > 40
    for word in words:
        record = scorer.score(word)
        expected = features.word_features(word)
        assert record[OWN] == crf.emission(expected.own), word
        assert record[VIEWS] == tuple(crf.emission(view) for view in expected.views), word
        assert record[TOPICS] == expected.topics
        assert record[CLUSTER] == expected.cluster
        assert record[DOC_KEY] == expected.doc_key
        assert record[DOC_CLASSES] == expected.doc_classes
        assert record[NORM] == word.norm
    # The text does exercise what the tables must get right.
    assert any(scorer.score(w)[TOPICS] for w in words)
    assert any(scorer.score(w)[DOC_CLASSES] for w in words)
    assert any(w.clitics for w in words)
    assert not any(scorer.score(w)[MULTI] for w in words[:1])


def test_a_word_made_up_of_known_affixes_sums_them_in_order() -> None:
    tagger = NerTagger.load()
    scorer, features, crf = tagger.scorer._types, tagger.features, tagger.compiled
    word = Word(0, 8, "والكرتوفيل", "وال", "كرتوفيل")  # no such word: affixes only
    assert scorer.score(word)[OWN] == crf.emission(features.word_features(word).own)


_VECTORS = st.tuples(st.floats(-5, 5), st.floats(-5, 5))


@given(st.dictionaries(st.text("ab=|", max_size=6), _VECTORS, max_size=20),
       st.text("ab=|", max_size=4))
def test_split_tables_answer_as_the_prefixed_lookup(
    weights: dict[str, Vector], value: str
) -> None:
    prefixes = ["a=", "b=", "ab=", "a|b="]
    tables = split_weights(weights, prefixes)
    for prefix in prefixes:
        assert tables[prefix].get(value) == weights.get(prefix + value)
