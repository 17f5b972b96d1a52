"""The name-dictionary features (rasd.ner.dictionary): counts, bins, the shipped TSV, the
out-of-fold featurisation in training and the compiled tagger's agreement with CRFsuite."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ner.corpus import SENTENCES, write_corpus

import rasd.ner.train as train_module
from rasd.ner.conll import read_conll
from rasd.ner.crf import CrfModel, CrfParams
from rasd.ner.dictionary import MIN_COUNT, NameDictionary, dictionary_path
from rasd.ner.tagger import NerTagger
from rasd.ner.train import train_ner
from rasd.ner.type_scores import OWN, VIEWS
from rasd.ner.words import Word, resolve_splitter, sentence_chunks


def _w(norm: str, base: str | None = None) -> Word:
    return Word(0, len(norm), norm, "" if base is None else norm[: len(norm) - len(base)],
                norm if base is None else base)


def test_counts_bins_and_minimum() -> None:
    tagged = [
        *[(_w("عمان"), "B-LOC")] * 7, *[(_w("عمان"), "B-ORG")] * 3,  # a city, sometimes a club
        (_w("ناصر"), "I-PER"), (_w("ناصر"), "O"), (_w("ناصر"), "O"), (_w("ناصر"), "O"),
        (_w("زياد"), "B-PER"),  # seen once: below the minimum
        (_w("قال"), "O"), (_w("قال"), "O"),  # never a name: not listed
        (_w("ولبنان", "لبنان"), "B-LOC"), (_w("لبنان"), "B-LOC"),
    ]
    names = NameDictionary.build(tagged)
    assert names.features("عمان", "عمان") == (
        "dict=LOC:hi", "dict=LOC:B", "dict=ORG:mid", "dict=ORG:B", "dict=n:some",
        "dictb=LOC:hi", "dictb=LOC:B", "dictb=ORG:mid", "dictb=ORG:B", "dictb=n:some")
    assert names.features("ناصر", "ناصر")[:3] == ("dict=PER:lo", "dict=PER:I", "dict=n:few")
    assert names.features("زياد", "زياد") == ()
    assert names.features("قال", "قال") == ()
    # the clitic-free base pools ولبنان with لبنان; each form alone is too rare
    assert names.features("ولبنان", "لبنان") == ("dictb=LOC:hi", "dictb=LOC:B", "dictb=n:few")
    assert MIN_COUNT == 2


def test_file_round_trip(tmp_path: Path) -> None:
    names = NameDictionary.build([(_w("طنجة"), "B-LOC"), (_w("طنجة"), "O"),
                                  (_w("ناصر"), "I-PER"), (_w("ناصر"), "I-PER")])
    path = tmp_path / "ner.dict.tsv"
    names.write(path)
    again = NameDictionary.read(path)
    assert again.counts == names.counts and len(again) == len(names) == 4
    assert again.features("طنجة", "طنجة") == names.features("طنجة", "طنجة")
    assert dictionary_path(tmp_path / "ner.crfsuite") == path


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("nerdict")
    corpus = write_corpus(root / "tiny.txt", copies=30)  # 120 sentences: 8 texts of 15
    report = train_ner([corpus], out_path=root / "dict.crfsuite", dev_fraction=0.0, seed=3,
                       c1=0.01, c2=0.01, max_iter=60, gazetteer="none", name_dictionary=True)
    assert report.card.params["name_dictionary_min_count"] == MIN_COUNT
    return report.model_path


def test_training_ships_the_dictionary_and_the_model_weighs_it(trained: Path) -> None:
    names = NameDictionary.read(dictionary_path(trained))
    assert names.features("طنجه", "طنجه")[0] == "dict=LOC:hi"
    assert any(a.startswith("dict") for a in CrfModel(trained).attributes())
    tagger = NerTagger.from_card(trained)
    assert tagger.features.dictionary is not None
    assert tagger.features.dictionary.counts == names.counts


def test_training_featurises_each_part_without_its_own_labels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A name that occurs in one text only must get no dictionary feature in training (its
    # labels are in no other part's dictionary), though the shipped dictionary lists it.
    rare = [[("زار", "O"), ("الرئيس", "O"), ("هشام", "B-PERS"), ("بوزيد", "I-PERS"),
             (".", "O")]] * 3
    lines = [*SENTENCES * 15, *rare, *SENTENCES * 3]
    corpus = write_corpus(tmp_path / "c.txt", copies=1, sentences=lines)
    seen: list[list[list[str]]] = []

    def capture(xseqs: list[list[list[str]]], *_: object) -> None:
        seen.extend(xseqs)

    monkeypatch.setattr(train_module, "fit_crf", capture)
    out = tmp_path / "m.crfsuite"
    full = train_module._fit(read_conll(corpus), resolve_splitter(None)[1], None, CrfParams(),
                             3, 15, out, name_dictionary=True)
    assert full is not None and full.counts == NameDictionary.read(dictionary_path(out)).counts
    bouzid = [x for xseq in seen for x in xseq if "w=بوزيد" in x]
    assert len(bouzid) == 3 and not any(f.startswith("dict") for x in bouzid for f in x)
    tangier = [x for xseq in seen for x in xseq if "w=طنجه" in x]
    assert tangier and all("dict=LOC:hi" in x for x in tangier)
    assert full.features("بوزيد", "بوزيد")[:2] == ("dict=PER:hi", "dict=PER:I")


def test_compiled_tagger_gives_crfsuite_labels_with_the_dictionary(trained: Path) -> None:
    tagger = NerTagger.from_card(trained)
    text = "زار كمال ناصر مدينة طنجة .\nقالت سلمى إن منظمة الإغاثة الدولية وصلت أغادير ."
    words = tagger.split_words(text)
    scorer = tagger.scorer
    scored = scorer.words(words)
    doc = tagger.features.document(words, None)
    for word, record in zip(words, scored, strict=True):  # type records include the dictionary
        expected = tagger.features.word_features(word)
        assert record[OWN] == tagger.compiled.emission(expected.own)
        assert record[VIEWS] == tuple(tagger.compiled.emission(v) for v in expected.views)
    assert any(f.startswith("dict") for w in words
               for f in tagger.features.word_features(w).own)
    for a, b in sentence_chunks(text, words):
        expected = tagger.model.tag(tagger.features.sentence(words[a:b], None, doc[a:b]))
        assert scorer.tag(words[a:b], scored[a:b], None, doc[a:b]) == expected
    found = {(m.span.text, m.type) for m in tagger.tag(text)}
    assert ("طنجة", "LOC") in found and ("كمال ناصر", "PERSON") in found
