"""The compiled CRF tags exactly as CRFsuite does: on a tiny model trained here, with
random attribute sequences, and on the shipped model with the real features."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.compiled import CompiledCrf
from rasd.ner.crf import CrfModel, CrfParams, fit_crf
from rasd.ner.crfsuite_file import CrfFileError, read_crf_file
from rasd.ner.decoder import CDecoder
from rasd.ner.emissions import EmissionScorer
from rasd.ner.tagger import NerTagger
from rasd.ner.type_scores import CLUSTER, TOPICS
from rasd.ner.words import sentence_chunks

_ATTRS = ["a", "b", "c", "d", "w=x", "w=y", "s=z", "bias"]
_LABELS = ["O", "B-PER", "I-PER", "B-LOC"]


def _toy_data() -> tuple[list[list[list[str]]], list[list[str]]]:
    # Hand-made: "a" opens a person, "b" continues it, "c" is a place, the rest is O.
    xs = [
        [["bias", "a"], ["bias", "b"], ["bias", "d"]],
        [["bias", "c", "s=z"], ["bias", "d", "w=x"]],
        [["bias", "d"], ["bias", "a", "w=y"], ["bias", "b"], ["bias", "c"]],
        [["bias", "w=x"], ["bias", "c"]],
    ]
    ys = [
        ["B-PER", "I-PER", "O"],
        ["B-LOC", "O"],
        ["O", "B-PER", "I-PER", "B-LOC"],
        ["O", "B-LOC"],
    ]
    return xs, ys


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crf") / "toy.crfsuite"
    xs, ys = _toy_data()
    fit_crf(xs, ys, CrfParams(c1=0.0, c2=0.1, max_iter=50), path)
    return path


def test_file_reader_agrees_with_crfsuite(toy_model: Path) -> None:
    model = read_crf_file(toy_model)
    crf = CrfModel(toy_model)
    assert sorted(model.labels) == sorted(crf.labels())
    info = crf._tagger.info()  # rounded to 6 decimals by CRFsuite's text dump
    state = {(model.attributes[a], model.labels[y]): w for a, y, w in model.state}
    assert state.keys() == info.state_features.keys()
    assert all(abs(w - info.state_features[k]) < 1e-6 for k, w in state.items())
    trans = {(model.labels[a], model.labels[b]): w for a, b, w in model.transitions}
    assert trans.keys() == info.transitions.keys()
    assert crf.attributes() == CompiledCrf.load(toy_model).attributes()


def test_garbage_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(CrfFileError, match=r"bad\.crfsuite"):
        read_crf_file(bad)
    bad.write_bytes(b"lCRF")
    with pytest.raises(CrfFileError):
        read_crf_file(bad)


_ITEM = st.lists(st.sampled_from([*_ATTRS, "unknown", "w=never"]), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ITEM, max_size=8))
def test_compiled_tag_equals_crfsuite_on_random_sequences(
    toy_model: Path, xseq: list[list[str]]
) -> None:
    crf = CrfModel(toy_model)
    compiled = CompiledCrf.load(toy_model)
    expected = crf.tag(xseq)
    assert compiled.tag(xseq) == expected
    # The C decoder on the same emission vectors (repeated and unknown attributes too).
    emissions = [compiled.emission(item) for item in xseq]
    assert CDecoder(compiled).decode(emissions) == expected


def _sequential_sum(compiled: CompiledCrf, attributes: list[str]) -> tuple[float, ...]:
    """What CRFsuite computes: 0.0, then each known attribute's weights added in turn."""
    total = [0.0] * compiled.size
    for attribute in attributes:
        weights = compiled.weights.get(attribute)
        if weights is not None:
            total = [t + w for t, w in zip(total, weights, strict=True)]
    return tuple(total)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ATTRS, "unknown"]), max_size=40))
def test_emission_adds_left_to_right_to_the_bit(toy_model: Path, attributes: list[str]) -> None:
    """Long lists cross the unrolled chunks of :meth:`CompiledCrf.emission`."""
    compiled = CompiledCrf.load(toy_model)
    got = compiled.emission(attributes)
    want = _sequential_sum(compiled, attributes)
    assert [x.hex() for x in got] == [x.hex() for x in want]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([-2.0, -1.0, 0.0, 0.5, 1.0, 3.25]),
                         min_size=4, max_size=4), max_size=7))
def test_decoders_break_ties_alike(toy_model: Path, emissions: list[list[float]]) -> None:
    """Few distinct values make exact ties common: both keep CRFsuite's first best."""
    compiled = CompiledCrf.load(toy_model)
    python = [compiled.labels[k] for k in compiled.viterbi(emissions)]
    assert CDecoder(compiled).decode(emissions) == python


_SENTENCES = [
    "استقبل الملك سلمان بن عبدالعزيز في الرياض وفدا من البنك الدولي برئاسة ديفيد مالباس.",
    "وقال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد إن القاهرة ترفض التدخل.",
    "فاز نادي الهلال على النصر بهدفين في ملعب الملك فهد الدولي، وسجل سالم الدوسري.",
    "ارتفع مؤشر السوق السعودية تاسي 2% مع صعود سهم أرامكو وشركة سابك.",
    "التقى سلمان وزير الطاقة في جدة، ثم عاد سلمان إلى الرياض.",
]


def test_emission_scorer_equals_crfsuite_on_the_shipped_model() -> None:
    tagger = NerTagger.load()
    scorers = [tagger.scorer, EmissionScorer(tagger.features, tagger.compiled, max_types=5,
                                             use_c=False)]
    text = "\n".join(_SENTENCES)
    words = tagger.split_words(text)
    gaz = tagger.labeler(text, words) if tagger.labeler is not None else None
    doc = tagger.features.document(words, gaz)
    for scorer in scorers:
        scored = scorer.words(words)
        assert scorer.document(scored, gaz) == doc
        for a, b in sentence_chunks(text, words):
            part = gaz[a:b] if gaz is not None else None
            expected = tagger.model.tag(tagger.features.sentence(words[a:b], part, doc[a:b]))
            assert tagger.compiled.tag(
                tagger.features.sentence(words[a:b], part, doc[a:b])) == expected
            assert scorer.tag(words[a:b], scored[a:b], part, doc[a:b]) == expected
    assert len(scorers[1]._cache) <= 5  # the small cache was emptied, labels unchanged


def test_tagger_labels_names_through_the_compiled_path() -> None:
    mentions = NerTagger.load().tag(_SENTENCES[0])
    found = {(m.span.text, m.type) for m in mentions}
    assert ("الرياض", "LOC") in found
    assert any("سلمان" in s and t == "PERSON" for s, t in found)


def test_scorer_looks_up_exactly_the_known_extras_in_order() -> None:
    # The scorer skips building bigram strings the model cannot know and maps document
    # features through shared lists: the weights it adds must be the known ones of
    # FeatureExtractor.extras, in its order (the order decides the bits of each sum).
    tagger = NerTagger.load()
    scorer = tagger.scorer
    text = "\n".join(_SENTENCES)
    words = tagger.split_words(text)
    gaz = tagger.labeler(text, words) if tagger.labeler is not None else None
    scored = scorer.words(words)
    doc = scorer.document(scored, gaz)
    weights = scorer.document_weights(doc)
    get = tagger.compiled.weights.get
    bigrams = 0
    for a, b in sentence_chunks(text, words):
        part = gaz[a:b] if gaz is not None else None
        extras = tagger.features.extras(words[a:b], [s[TOPICS] for s in scored[a:b]],
                                        [s[CLUSTER] for s in scored[a:b]], part, doc[a:b])
        expected = [[w for w in map(get, extra) if w is not None] for extra in extras]
        assert scorer._hits(words[a:b], scored[a:b], part, weights[a:b]) == expected
        bigrams += sum(1 for extra in extras for f in extra if "|w" in f and f in
                       tagger.compiled.weights)
        assert scorer.tag(words[a:b], scored[a:b], part, doc_weights=weights[a:b]) \
            == scorer.tag(words[a:b], scored[a:b], part, doc[a:b])
    assert bigrams > 0  # the sentences do hold bigrams the model knows
