"""Acceptance: the quotes listed for the seed page (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.analysis import analyze
from rasd.evaluation.quotes import speaker_matches, speaker_strings
from rasd.text.normalize import normalize_key
from tests.conftest import SEED_DIR, need

_MARKS = "\"«»“” "


def test_seed_quotes(seed_path: Path) -> None:
    expected = json.loads(need(SEED_DIR / "expected.json").read_text("utf-8"))
    doc = analyze(seed_path.read_text("utf-8"))
    for gold in expected["quotes"]:
        start = normalize_key(gold["starts_with"])
        found = [q for q in doc.quotes
                 if q.direct and normalize_key(q.span.text.strip(_MARKS)).startswith(start)]
        assert found, f"no direct quote starting {gold['starts_with']!r}"
        assert speaker_matches(gold["speaker"], speaker_strings(doc, found[0])), (
            gold, found[0].speaker)
    for text in expected["not_quotes"]:
        key = normalize_key(text)
        assert not [q for q in doc.quotes if normalize_key(q.span.text.strip(_MARKS)) == key]


def test_seed_speakers_link_to_entities(seed_path: Path) -> None:
    doc = analyze(seed_path.read_text("utf-8"))
    names = {q.speaker.name_en for q in doc.quotes if q.direct and q.speaker is not None}
    assert "Ned Price" in names
    assert any(n and "Islamic Cooperation" in n for n in names)
    carried = [q for q in doc.quotes if q.carried]
    assert {q.verb.text for q in carried if q.verb} >= {"ودعت", "وأضاف"}
