"""Seed acceptance: every event of ../shared/seed/expected.json is matched by a distinct rasd
event (README beside it: listed type, stated fields agree). Skips without ../shared."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasd.analysis import analyze
from rasd.model import Actor, Casualty, Event
from rasd.text.normalize import normalize_key


def _text_ok(want: str, got: Actor | None) -> bool:
    if got is None:
        return False
    a, b = normalize_key(want), normalize_key(got.span.text)
    return a in b or b in a


def _count_ok(want: dict[str, int] | None, got: Casualty | None) -> bool:
    if want is None:
        return True
    if got is None or got.min is None:
        return False
    hi = got.max if got.max is not None else got.min
    return want["min"] <= got.min and hi <= want["max"]


def fits(want: dict[str, Any], e: Event) -> bool:
    if e.type not in want["type"]:
        return False
    if "country" in want and e.country != want["country"]:
        return False
    if "date" in want and (e.date is None or e.date.isoformat() != want["date"]):
        return False
    if "location" in want and (e.place is None or e.place.span is None
                               or not _text_ok(want["location"], Actor(e.place.span))):
        return False
    if not all(_count_ok(want.get(k), getattr(e, k)) for k in ("killed", "injured")):
        return False
    if "actor" in want and not _text_ok(want["actor"], e.actor):
        return False
    if "actor_country" in want and (e.actor is None or e.actor.country != want["actor_country"]):
        return False
    if "recipient_country" in want and (e.recipient is None
                                        or e.recipient.country != want["recipient_country"]):
        return False
    return "attributed_to" not in want or _text_ok(want["attributed_to"], e.attribution)


def _assign(wants: list[dict[str, Any]], got: list[Event]) -> dict[int, int]:
    """Largest one-to-one matching (augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(w: int, seen: set[int]) -> bool:
        for g, e in enumerate(got):
            if g in seen or not fits(wants[w], e):
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = w
                return True
        return False

    for w in range(len(wants)):
        augment(w, set())
    return {w: g for g, w in owner.items()}


def test_seed_events(seed_path: Path) -> None:
    expected = json.loads((seed_path.parent / "expected.json").read_text("utf-8"))["events"]
    doc = analyze(seed_path.read_text("utf-8"))
    matched = _assign(expected, list(doc.events))
    missing = [w["what"] for i, w in enumerate(expected) if i not in matched]
    assert not missing, missing
