"""The team-written NER test set (``tests/gold/ner/team.bio``) stays what its README says:
it parses, has the documented counts, and its tokens and sentence breaks are exactly what
``scripts/ner_gold_tokens.py`` makes of the chosen passages of the events gold today."""

from __future__ import annotations

from collections import Counter
from types import ModuleType

from tests.conftest import ROOT

from rasd.ner.conll import read_conll

TEAM = ROOT / "tests" / "gold" / "ner" / "team.bio"


def test_counts_match_the_readme() -> None:
    sentences = read_conll(TEAM)
    types = Counter(str(run.label) for s in sentences for run in s.runs())
    assert len(sentences) == 214
    assert sum(len(s.tokens) for s in sentences) == 5794
    assert types == {"PER": 30, "LOC": 283, "ORG": 90, "MISC": 14}


def test_tokens_are_the_passages_words(tok: ModuleType) -> None:
    passages = tok.select_passages()
    assert len(passages) == 101
    assert passages[0]["id"] == "ev-001" and passages[-1]["id"] == "ev-727"
    gold = [s.tokens for s in read_conll(TEAM)]
    assert gold == [tuple(s) for s in tok.skeleton(passages)]
    # joined back without spaces, the tokens are the passages' text without spaces
    assert "".join("".join(s) for s in gold) == "".join(
        "".join(str(p["text"]).split()) for p in passages)


def test_tokenizer_follows_anercorp(tok: ModuleType) -> None:
    assert tok.tokenize("بـ«خلية حلوان»، قصف (إف-16) بنسبة 3.5% و12.") == [
        "بـ", "«", "خلية", "حلوان", "»", "،", "قصف", "(", "إف-16", ")", "بنسبة", "3.5%",
        "و12", "."]
    assert list(tok.sentences("قال. «نعم.» ثم\nعنوان بلا نقطة")) == [
        ["قال", "."], ["«", "نعم", ".", "»"], ["ثم"], ["عنوان", "بلا", "نقطة"]]


def test_no_entity_covers_punctuation() -> None:
    for sentence in read_conll(TEAM):
        for tag, token in zip(sentence.tags, sentence.tokens, strict=True):
            if tag != "O":
                assert token not in {".", "،", "«", "»", "(", ")", "-", "/"}, sentence.where
