"""``rasd train ner`` and ``rasd eval ner`` on a tiny corpus written for the test."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from tests.ner.corpus import SENTENCES, write_corpus

from rasd import cli_ner
from rasd.cli import main
from rasd.model import Document, Entity, Mention, Span

# as SENTENCES, but the last sentence has a proclitic on a location (وأغادير)
_SENTENCES = [*SENTENCES[:3], [("غادرت", "O"), ("سلمى", "B-PERS"), ("وأغادير", "B-LOC"),
                              ("متجهة", "O"), ("إلى", "O"), ("طنجة", "B-LOC"), (".", "O")]]


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli_ner")
    corpus = write_corpus(root / "tiny.txt", copies=5, sentences=_SENTENCES)
    model = root / "tiny.crfsuite"
    code, out, err = _run(["train", "ner", "--data", str(corpus), "--out", str(model),
                           "--dev-fraction", "0.2", "--seed", "5", "--c1", "0.01",
                           "--c2", "0.01", "--max-iter", "40", "--context", "4"])
    assert code == 0, err
    assert model.is_file() and model.with_suffix(".json").is_file()
    assert "micro P/L/O" in out and "4 dev sentences" in out
    return model, corpus


def test_train_writes_a_card_with_the_options(trained: tuple[Path, Path]) -> None:
    from rasd.ner.card import ModelCard

    model, _ = trained
    card = ModelCard.read(model.with_suffix(".json"))
    assert card.seed == 5 and card.dev_fraction == 0.2
    assert card.params["max_iter"] == 40 and card.params["context_sentences"] == 4
    assert card.dev_scores


def test_eval_tagger_only_scores_the_file(trained: tuple[Path, Path]) -> None:
    model, corpus = trained
    code, out, _ = _run(["eval", "ner", str(corpus), "--model", str(model), "--tagger-only"])
    assert code == 0
    assert "the CRF tagger alone" in out
    assert "20 sentences" in out
    for name in ("PER", "LOC", "ORG", "micro P/L/O", "clitic-insensitive"):
        assert name in out
    # The tiny model has learned its training data: the micro F1 is high.
    line = next(row for row in out.splitlines() if row.startswith("micro P/L/O"))
    assert float(line.split()[-1]) > 0.8


def test_eval_dev_fraction_scores_only_the_tail(trained: tuple[Path, Path]) -> None:
    model, corpus = trained
    code, out, _ = _run(["eval", "ner", str(corpus), "--model", str(model), "--tagger-only",
                         "--dev-fraction", "0.25"])
    assert code == 0 and "5 sentences" in out and "last 25%" in out


def test_eval_falls_back_to_the_tagger_without_entity_stage(
    trained: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, corpus = trained
    monkeypatch.setattr(cli_ner, "entity_stage", lambda tagger: None)
    code, out, _ = _run(["eval", "ner", str(corpus), "--model", str(model)])
    assert code == 0 and "falling back" in out


class _FakeLinker:
    """An entity stage that finds طنجة (GPE) and كمال ناصر (PERSON) by string search."""

    name = "entities/test"
    requires: frozenset[str] = frozenset()
    provides = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        from dataclasses import replace

        entities: list[Entity] = []
        for surface, kind in (("طنجة", "GPE"), ("كمال ناصر", "PERSON"), ("أغادير", "GPE")):
            start = doc.text.find(surface)
            spans = []
            while start != -1:
                spans.append(Span.of(doc.text, start, start + len(surface)))
                start = doc.text.find(surface, start + 1)
            if spans:
                mentions = (*(Mention(s) for s in spans), Mention(spans[0], "role"))
                entities.append(Entity(spans[0], kind, mentions))  # type: ignore[arg-type]
        return replace(doc, entities=tuple(entities))


def test_eval_runs_the_entity_stage_and_maps_types(
    trained: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, corpus = trained
    monkeypatch.setattr(cli_ner, "entity_stage", lambda tagger: _FakeLinker())
    code, out, _ = _run(["eval", "ner", str(corpus), "--model", str(model), "--context", "1"])
    assert code == 0 and "full entity stage" in out
    rows = {row.split()[0]: row.split() for row in out.splitlines() if row[:3] in
            ("PER", "LOC", "ORG")}
    # GPE counts as LOC; role mentions are not names. 5 copies x 4 طنجة, and وأغادير,
    # which the stage finds without its و: right on the gold tokens (the headline table),
    # wrong character for character.
    assert rows["LOC"][1:4] == ["25", "25", "25"]  # gold, predicted, correct
    assert rows["PER"][1:4] == ["20", "10", "10"]
    assert rows["ORG"][2] == "0"
    exact = next(row for row in out.splitlines() if row.strip().startswith("micro P/L/O")
                 and row.startswith("  "))
    assert exact.split()[2:5] == ["55", "35", "30"]  # gold, predicted, correct
    assert "clitic-insensitive" in out


def test_prerequisites_follow_requires_and_provides() -> None:
    class Stage:
        def __init__(self, name: str, requires: set[str], provides: set[str]) -> None:
            self.name, self.requires, self.provides = name, frozenset(requires), frozenset(
                provides)

    a = Stage("a", set(), {"blocks"})
    b = Stage("b", {"blocks"}, {"tokens"})
    c = Stage("c", set(), {"quotes"})
    class Linker(Stage):
        pass

    linker: Any = Linker("linker", {"tokens"}, {"entities"})
    # A linker already in the pipeline is not run twice.
    assert cli_ner._prerequisites([a, b, c, Linker("x", {"tokens"}, set())], linker) == [a, b]


def test_train_reports_bad_data(tmp_path: Path) -> None:
    code, _, err = _run(["train", "ner", "--data", str(tmp_path / "missing.txt"),
                         "--out", str(tmp_path / "m.crfsuite")])
    assert code == 1 and "missing.txt" in err
