"""Golden pages: the team's own page dumps parse as annotated (tests/fixtures/pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rasd
from rasd.model import Document
from rasd.serialize import iso
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("*.expected.json"))


def _analyse(expected_path: Path) -> tuple[Document, dict]:
    page = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
    raw = page.read_bytes().decode("utf-8")
    return rasd.analyze(raw), json.loads(expected_path.read_text("utf-8"))


def test_there_are_enough_golden_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("expected_path", PAGES, ids=lambda p: p.name.split(".")[0])
def test_structure(expected_path: Path) -> None:
    doc, want = _analyse(expected_path)
    assert (doc.section.text if doc.section else None) == want["section"]
    assert doc.title_text == want["title"]
    assert [(c.span.text, c.credit.text if c.credit else None) for c in doc.captions] == [
        (c["text"], c["credit"]) for c in want["captions"]]
    assert [b.span.text for b in doc.subheadings] == want["subheadings"]
    paragraphs = [b.span.text for b in doc.paragraphs]
    assert len(paragraphs) == want["paragraph_count"], paragraphs
    for got, start in zip(paragraphs, want["paragraph_starts"], strict=True):
        assert got.startswith(start), (got[:60], start)
    body = "\n".join(b.span.text for b in doc.blocks)
    for junk in want["not_in_body"]:
        assert junk not in body, junk


@pytest.mark.parametrize("expected_path", PAGES, ids=lambda p: p.name.split(".")[0])
def test_comments(expected_path: Path) -> None:
    doc, want = _analyse(expected_path)
    assert doc.comments_declared == want["comments_declared"]
    got = [(c.author.text if c.author else None,
            iso(c.posted)) for c in doc.comments]
    assert got == [(c["author"], c["posted"]) for c in want["comments"]]
    for c, w in zip(doc.comments, want["comments"], strict=True):
        assert c.span.text.startswith(w["starts_with"]), (c.span.text[:50], w["starts_with"])
        assert c.span.text.endswith(w["ends_with"]), (c.span.text[-50:], w["ends_with"])


@pytest.mark.parametrize("expected_path", PAGES, ids=lambda p: p.name.split(".")[0])
def test_published(expected_path: Path) -> None:
    doc, want = _analyse(expected_path)
    stated = want["published"]
    accept = want.get("published_accept") or []
    got = doc.published.date.isoformat() if doc.published.date else None
    if stated["date"] is not None and not stated["inferred"]:
        assert got == stated["date"] and doc.published.inferred is False
    elif accept:
        assert got in accept and doc.published.inferred is True
    else:
        assert got is None
