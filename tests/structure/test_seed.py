"""The founding example: the seed page's structure exactly as expected.json states it."""

from __future__ import annotations

import json
from datetime import date

import pytest

import rasd
from rasd.serialize import iso
from tests.conftest import SEED_DIR, need


@pytest.fixture(scope="module")
def seed() -> tuple[rasd.Document, dict[str, object]]:
    text = need(SEED_DIR / "000_deac851cec9a8270.txt").read_text("utf-8")
    expected = json.loads((SEED_DIR / "expected.json").read_text("utf-8"))
    return rasd.analyze(text), expected


def test_structure_matches_expected(seed: tuple[rasd.Document, dict]) -> None:
    doc, expected = seed
    want = expected["structure"]
    assert doc.section is not None and doc.section.text.strip() == want["section"]
    assert doc.title_text is not None and doc.title_text.strip() == want["title"]
    assert [(c.span.text.strip(), c.credit.text if c.credit else None) for c in doc.captions] \
        == [(c["text"], c["credit"]) for c in want["captions"]]
    assert [b.span.text.strip() for b in doc.subheadings] == want["subheadings"]
    assert len(doc.paragraphs) == want["paragraph_count"]
    assert doc.comments_declared == want["comments_declared"]
    got = [(c.author.text if c.author else None,
            iso(c.posted)) for c in doc.comments]
    assert got == [(c["author"], c["posted"]) for c in want["comments"]]
    for c, w in zip(doc.comments, want["comments"], strict=True):
        assert c.span.text.startswith(w["starts_with"])


def test_published_inferred(seed: tuple[rasd.Document, dict]) -> None:
    doc, expected = seed
    assert doc.published.inferred is True
    assert doc.published.date is not None
    assert doc.published.date.isoformat() in expected["published"]["accept"]


def test_metadata_date_wins(seed: tuple[rasd.Document, dict]) -> None:
    doc, _ = seed
    told = rasd.analyze(doc.text, published=date(2022, 1, 6))
    assert told.published.date == date(2022, 1, 6)
    assert told.published.inferred is False


def test_comments_exclude_body_and_body_excludes_comments(
    seed: tuple[rasd.Document, dict],
) -> None:
    doc, _ = seed
    last_block_end = max(b.span.end for b in doc.blocks)
    assert all(c.span.start > last_block_end for c in doc.comments)
    assert doc.comments[0].span.text.rstrip().endswith("حمار !")
