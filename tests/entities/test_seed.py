"""Seed acceptance: every entity of ../shared/seed/expected.json is found (README.md
beside the seed gives the matching rules). Skips when ../shared is absent."""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

import pytest

import rasd
from rasd.model import Document, Entity
from tests.conftest import SEED_DIR, need

#: Mean Earth radius for the haversine distance (km).
EARTH_RADIUS_KM = 6371.0


@cache
def _seed() -> tuple[Document, list[dict[str, Any]]]:
    text = need(SEED_DIR / "000_deac851cec9a8270.txt").read_text("utf-8")
    expected = json.loads(need(SEED_DIR / "expected.json").read_text("utf-8"))
    return rasd.analyze(text), expected["entities"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _fits(e: Entity, want: dict[str, Any]) -> bool:
    types = {"GPE", "LOC"} if want["type"] == "GPE" else {want["type"]}
    if e.type not in types:
        return False
    for key in ("country", "sector"):
        if key in want and getattr(e, key) != want[key]:
            return False
    if "lat" in want:
        if e.lat is None or e.lon is None:
            return False
        tol = float(want.get("tolerance_km", 25))
        return _km(e.lat, e.lon, float(want["lat"]), float(want["lon"])) <= tol
    return True


def _expected_ids() -> list[str]:
    path = SEED_DIR / "expected.json"
    if not path.exists():
        return ["seed-absent"]
    entities = json.loads(path.read_text("utf-8"))["entities"]
    return [str(e["mentions"][0]) for e in entities]


@pytest.mark.parametrize("name", _expected_ids())
def test_seed_entity_found(name: str) -> None:
    doc, expected = _seed()
    want = next(e for e in expected if e["mentions"][0] == name)
    mentions = set(want["mentions"])
    reached = [e for e in doc.entities if any(m.span.text in mentions for m in e.mentions)]
    assert reached, f"no entity has a mention in {mentions}"
    assert any(_fits(e, want) for e in reached), [
        (e.span.text, e.type, e.country, e.sector, e.lat, e.lon) for e in reached]


def test_seed_spans_are_exact() -> None:
    doc, _ = _seed()
    for e in doc.entities:
        for m in (e.span, *(x.span for x in e.mentions)):
            assert doc.text[m.start : m.end] == m.text
