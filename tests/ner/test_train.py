"""Training on a tiny corpus written for the test: a working model and its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ner.corpus import SENTENCES, write_corpus

from rasd.evaluation.ner import evaluate_ner
from rasd.ner.card import ModelCard
from rasd.ner.tagger import NerTagger
from rasd.ner.train import train_ner


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("ner")
    corpus = write_corpus(root / "tiny.txt", copies=5)
    report = train_ner([corpus], out_path=root / "tiny.crfsuite", dev_fraction=0.2, seed=3,
                       c1=0.01, c2=0.01, max_iter=60, gazetteer="none")
    assert report.model_path.is_file() and report.card_path.is_file()
    assert report.dev is not None and report.dev.sentences == 4
    return report.model_path, corpus


def test_model_tags_what_it_learned(trained: tuple[Path, Path]) -> None:
    model_path, _ = trained
    tagger = NerTagger.from_card(model_path)
    found = {(m.span.text, m.type) for m in tagger.tag("زار كمال ناصر مدينة طنجة .")}
    assert ("كمال ناصر", "PERSON") in found
    assert ("طنجة", "LOC") in found


def test_card_describes_the_training(trained: tuple[Path, Path]) -> None:
    model_path, corpus = trained
    card = ModelCard.read(model_path.with_suffix(".json"))
    assert card.seed == 3 and card.dev_fraction == 0.2 and card.gazetteer is None
    assert card.params["c1"] == 0.01 and card.params["max_iter"] == 60
    (data,) = card.data
    assert data.path == corpus.name  # the file name, never a machine path
    assert (data.train_sentences, data.dev_sentences) == (16, 4)
    assert {"B-PER", "I-PER", "B-LOC", "B-ORG", "O"} <= set(card.labels)
    dev = {s.type: s for s in card.dev_scores}
    assert dev["micro P/L/O"].f1 > 0.9


def test_training_is_reproducible(trained: tuple[Path, Path], tmp_path: Path) -> None:
    model_path, corpus = trained
    again = train_ner([corpus], out_path=tmp_path / "again.crfsuite", dev_fraction=0.2, seed=3,
                      c1=0.01, c2=0.01, max_iter=60, gazetteer="none")
    assert again.model_path.read_bytes() == model_path.read_bytes()


def test_trained_model_evaluates_on_a_conll_file(trained: tuple[Path, Path]) -> None:
    model_path, corpus = trained
    report = evaluate_ner(corpus, NerTagger.from_card(model_path))
    assert report.sentences == 20
    assert report.micro_core.f1 > 0.9


def test_no_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        train_ner([], out_path=tmp_path / "x.crfsuite")


def test_refit_keeps_the_held_out_scores_and_writes_the_all_data_model(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    from rasd.cli_ner import seen_in_training

    model_path, corpus = trained
    kw = dict(seed=3, c1=0.01, c2=0.01, max_iter=60, gazetteer="none")
    refit = train_ner([corpus], out_path=tmp_path / "refit.crfsuite", dev_fraction=0.2,
                      refit=True, **kw)  # type: ignore[arg-type]
    every = train_ner([corpus], out_path=tmp_path / "all.crfsuite", dev_fraction=0.0,
                      **kw)  # type: ignore[arg-type]
    held_out = ModelCard.read(model_path.with_suffix(".json"))
    # The model written is the one trained on every sentence, byte for byte...
    assert refit.model_path.read_bytes() == every.model_path.read_bytes()
    assert refit.model_path.read_bytes() != model_path.read_bytes()
    # ...while the card keeps the held-out model's dev scores and says what happened.
    assert refit.card.params["refit"] is True and "refit" in refit.card.split
    assert refit.card.dev_scores == held_out.dev_scores
    assert not list(tmp_path.glob("rasd-ner-*"))  # the held-out model was temporary
    # rasd eval ner warns on data a model was trained on, and only then.
    assert seen_in_training(refit.card, corpus, 0.2) is not None
    assert seen_in_training(held_out, corpus, 0.2) is None
    assert seen_in_training(held_out, corpus, 0.5) is not None
    assert seen_in_training(held_out, tmp_path / "other.txt", 0.0) is None


def test_adapt_augments_the_other_domain_and_tagging_ignores_its_copies(
    tmp_path: Path,
) -> None:
    from rasd.ner.compiled import CompiledCrf
    from rasd.ner.crf import CrfModel
    from rasd.ner.features import DOMAIN_PREFIX

    news = write_corpus(tmp_path / "news.txt", copies=5)
    # the other domain tags the towns MISC: only its own copies should learn that
    wiki = [[(w, "B-MISC" if w in ("طنجة", "أغادير") else t) for w, t in s] for s in SENTENCES]
    other = write_corpus(tmp_path / "wiki.txt", copies=2, sentences=wiki)
    kw = dict(seed=3, c1=0.01, c2=0.01, max_iter=60, gazetteer="none")
    adapted = train_ner([news, other], out_path=tmp_path / "adapt.crfsuite", dev_fraction=0.2,
                        adapt=True, refit=True, **kw)  # type: ignore[arg-type]
    assert adapted.card.params["adapt"] is True
    trained = CrfModel(adapted.model_path).attributes()
    assert any(a.startswith(DOMAIN_PREFIX) for a in trained)  # the other domain's copies
    compiled = CompiledCrf.load(adapted.model_path)
    assert not any(a.startswith(DOMAIN_PREFIX) for a in compiled.weights)  # never tagged
    assert ("طنجة", "LOC") in {(m.span.text, m.type)
                               for m in NerTagger.from_card(adapted.model_path).tag(
                                   "زار كمال ناصر مدينة طنجة .")}
    # Without adapt the same files train one mixed domain, as before.
    mixed = train_ner([news, other], out_path=tmp_path / "mixed.crfsuite", dev_fraction=0.2,
                      **kw)  # type: ignore[arg-type]
    assert "adapt" not in mixed.card.params
    assert not any(a.startswith(DOMAIN_PREFIX) for a in CrfModel(mixed.model_path).attributes())
