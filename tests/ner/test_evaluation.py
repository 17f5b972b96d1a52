"""Entity-level evaluation: exact span AND type, on raw text joined from gold tokens."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from rasd.evaluation.ner import evaluate_ner
from rasd.model import Span

GOLD = (
    "استقبل O\nالملك O\nعبدالله B-PERS\nالثاني I-PERS\nوفدا O\nمن O\nالبنك B-ORG\nالدولي I-ORG\n"
    "في O\nعمان B-LOC\n. O\n\n"
    "وقالت O\nوكالة B-ORG\nرويترز I-ORG\nإن O\nالاجتماع O\nتناول O\nكأس B-MISC\nآسيا I-MISC\n. O\n"
)


@dataclass(frozen=True)
class _Mention:
    span: Span
    type: str


class _ScriptedTagger:
    """Returns, for each sentence text, mentions of the given substrings and types."""

    def __init__(self, answers: dict[str, list[tuple[str, str]]]) -> None:
        self.answers = answers
        self.seen: list[str] = []

    def tag(self, text: str) -> list[_Mention]:
        self.seen.append(text)
        out = []
        for key, mentions in self.answers.items():
            if text.startswith(key):
                for surface, kind in mentions:
                    start = text.index(surface)
                    out.append(_Mention(Span.of(text, start, start + len(surface)), kind))
        return out


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.txt"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_perfect_tagger_scores_one(gold_file: Path) -> None:
    tagger = _ScriptedTagger({
        "استقبل": [("عبدالله الثاني", "PERSON"), ("البنك الدولي", "ORG"), ("عمان", "LOC")],
        "وقالت": [("وكالة رويترز", "ORG"), ("كأس آسيا", "MISC")],
    })
    report = evaluate_ner(gold_file, tagger)
    assert report.sentences == 2 and report.tokens == 20
    assert report.micro_all.f1 == 1.0 and report.micro_core.f1 == 1.0
    assert report.failures == ()
    # The tagger saw raw text: tokens joined by single spaces.
    assert tagger.seen[0].startswith("استقبل الملك عبدالله الثاني وفدا")


def test_boundary_and_type_errors_are_misses(gold_file: Path) -> None:
    tagger = _ScriptedTagger({
        # "الثاني" left out: a boundary error is a miss AND a false alarm.
        "استقبل": [("عبدالله", "PERSON"), ("البنك الدولي", "ORG"), ("عمان", "ORG")],
        # Right span, wrong type: also a miss.
        "وقالت": [("وكالة رويترز", "ORG"), ("كأس آسيا", "LOC")],
    })
    report = evaluate_ner(gold_file, tagger)
    per, loc, org, misc = (report.score(t) for t in ("PER", "LOC", "ORG", "MISC"))
    assert (per.gold, per.predicted, per.correct) == (1, 1, 0)
    assert (loc.gold, loc.predicted, loc.correct) == (1, 1, 0)
    assert (org.gold, org.predicted, org.correct) == (2, 3, 2)
    assert (misc.gold, misc.predicted, misc.correct) == (1, 0, 0)
    assert report.micro_core.correct == 2 and report.micro_core.gold == 4
    assert report.micro_core.precision == pytest.approx(2 / 5)
    assert report.micro_core.recall == pytest.approx(2 / 4)
    assert report.micro_core.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert len(report.failures) == 2
    assert "PER:عبدالله الثاني" in report.failures[0].expected
    assert "PER:عبدالله" in report.failures[0].got


def test_silent_tagger_has_zero_scores(gold_file: Path) -> None:
    report = evaluate_ner(gold_file, _ScriptedTagger({}))
    assert report.micro_all.predicted == 0 and report.micro_all.f1 == 0.0
    assert report.micro_all.gold == 5


def test_table_lists_every_type_and_the_averages(gold_file: Path) -> None:
    table = evaluate_ner(gold_file, _ScriptedTagger({})).table()
    for name in ("PER", "LOC", "ORG", "MISC", "micro P/L/O", "micro all"):
        assert name in table


def test_token_aligned_score_reads_spans_on_gold_tokens(gold_file: Path) -> None:
    # The tagger leaves the proclitic و of وقالت-like tokens out and finds one name one
    # word short: the first is right on the gold tokens, the second is not.
    tagger = _ScriptedTagger({
        "استقبل": [("عبدالله", "PERSON"), ("البنك الدولي", "ORG"), ("مان", "LOC")],
        "وقالت": [("كالة رويترز", "ORG")],
    })
    report = evaluate_ner(gold_file, tagger)
    assert report.token_core is not None and report.token_all is not None
    # عمان read from its tail and وكالة رويترز from inside its first token still cover
    # exactly the gold tokens; عبدالله without الثاني does not.
    assert (report.token_core.gold, report.token_core.predicted,
            report.token_core.correct) == (4, 4, 3)
    assert report.micro_core.correct == 1  # character-exact: only البنك الدولي
    assert report.table().splitlines()[1].startswith("token-aligned")


def test_token_entities_drop_spans_between_tokens() -> None:
    from rasd.evaluation.ner import token_entities

    offsets = [(0, 3), (4, 8), (9, 12)]
    assert token_entities(offsets, [(3, 4, "LOC")]) == set()  # only the space
    assert token_entities(offsets, [(2, 5, "LOC")]) == {(0, 2, "LOC")}
    assert token_entities(offsets, [(9, 12, "PER"), (10, 11, "PER")]) == {(2, 3, "PER")}
