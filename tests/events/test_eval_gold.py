"""The event gold set itself: what the issue asks of it (size, every type in both splits,
passages without events, casualties, relative dates, flags) and that it is well formed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rasd.evaluation.events import EVENT_TYPES
from rasd.evaluation.events_gold import load_passages
from rasd.events.ontology import is_valid

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"
#: Each type must be measurable on the held-out split, not only on dev.
MIN_PER_TYPE_AND_SPLIT = 3
ARGUMENT_FIELDS = ("actor", "recipient", "place", "attribution")


def test_size_and_coverage() -> None:
    passages = load_passages(GOLD / "passages.jsonl")
    assert len(passages) >= 80
    assert sum(not p.events for p in passages) >= 20
    per_split: Counter[tuple[str, str]] = Counter()
    for p in passages:
        for e in p.events:
            per_split[(e.types[0], p.split)] += 1
    for t in EVENT_TYPES:
        for split in ("dev", "test"):
            assert per_split[(t, split)] >= MIN_PER_TYPE_AND_SPLIT, (t, split)
    events = [(p, e) for p in passages for e in p.events]
    assert sum(e.killed is not None for _, e in events) >= 15
    assert sum(dict(e.flags).get("negated", False) for _, e in events) >= 5
    assert sum(dict(e.flags).get("future", False) for _, e in events) >= 5
    relative = [e for p, e in events
                if e.date is not None and p.published is not None
                and e.date != p.published.isoformat()]
    assert len(relative) >= 30
    assert sum(len(p.events) > 1 for p in passages) >= 30
    assert len({p.raw["source"] for p in passages}) >= 30
    assert len({e.country for _, e in events if e.country}) >= 25


def test_arguments_are_in_the_text() -> None:
    for line in (GOLD / "passages.jsonl").read_text("utf-8").splitlines():
        p = json.loads(line)
        for e in p["events"]:
            types = e["type"] if isinstance(e["type"], list) else [e["type"]]
            assert any(is_valid(t, e["mode"]) for t in types), p["id"]
            for f in ARGUMENT_FIELDS:
                assert e[f] is None or e[f] in p["text"], (p["id"], f, e[f])
            for f in ("actor_country", "recipient_country", "country"):
                assert e[f] is None or (len(e[f]) == 3 and e[f].isupper()), (p["id"], f)


def test_ids_unique_and_readme_present() -> None:
    ids = [json.loads(line)["id"]
           for line in (GOLD / "passages.jsonl").read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids))
    readme = (GOLD / "README.md").read_text("utf-8")
    assert "matching rule" in readme.lower() and "sentences.jsonl" in readme
