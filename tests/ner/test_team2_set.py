"""The second team-written NER test set (``tests/gold/ner/team2.bio``) stays what its
README says: it parses, has the documented counts, and its tokens and sentence breaks are
exactly what ``scripts/ner_gold_tokens.py --items`` makes of ``team2.jsonl`` today."""

from __future__ import annotations

import json
from collections import Counter
from types import ModuleType

from tests.conftest import ROOT

from rasd.ner.conll import read_conll

GOLD = ROOT / "tests" / "gold" / "ner"
TEAM2 = GOLD / "team2.bio"
ITEMS = GOLD / "team2.jsonl"


def test_counts_match_the_readme() -> None:
    sentences = read_conll(TEAM2)
    runs = [run for s in sentences for run in s.runs()]
    assert len(sentences) == 321
    assert sum(len(s.tokens) for s in sentences) == 4989
    assert Counter(str(run.label) for run in runs) == {
        "PER": 219, "LOC": 335, "ORG": 165, "MISC": 63}
    assert Counter(str(run.label) for run in runs if run.end - run.start > 1) == {
        "PER": 189, "ORG": 86, "LOC": 36, "MISC": 31}


def test_items_are_well_formed() -> None:
    rows = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"n2-{k:03d}" for k in range(1, 67)]
    assert all(set(r) == {"id", "source", "domain", "text"} for r in rows)
    assert all(str(r["source"]).startswith("style: ") for r in rows)
    assert Counter(r["domain"] for r in rows) == {
        "politics": 18, "sports": 16, "economy": 10, "culture": 9, "science": 7, "world": 6}


def test_tokens_are_the_items_words(tok: ModuleType) -> None:
    items = tok.read_items(ITEMS)
    gold = [s.tokens for s in read_conll(TEAM2)]
    assert gold == [tuple(s) for s in tok.skeleton(items)]
    assert "".join("".join(s) for s in gold) == "".join(
        "".join(str(r["text"]).split()) for r in items)


def test_no_entity_covers_punctuation() -> None:
    for sentence in read_conll(TEAM2):
        for tag, token in zip(sentence.tags, sentence.tokens, strict=True):
            if tag != "O":
                assert token not in {".", "،", "«", "»", "(", ")", "-", "/"}, sentence.where
