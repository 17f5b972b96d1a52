"""HTML pages: every fixture's metadata, body and comments, and its text layout through
the whole pipeline (``tests/fixtures/html``)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import rasd
from rasd.errors import BinaryInput, EncodingError
from rasd.io.html import HtmlPage, page_text, read_html

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(p.stem for p in HTML.glob("*.html"))


def _expected(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HTML / f"{stem}.expected.json").read_text("utf-8"))
    return data


def _read(stem: str) -> HtmlPage:
    path = HTML / f"{stem}.html"
    return read_html(path.read_bytes(), where=str(path))


def _posted(value: str) -> datetime | date:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def test_fixture_set_covers_the_markups() -> None:
    assert len(PAGES) >= 7
    markups = " ".join(_expected(stem)["about"] for stem in PAGES)
    for markup in ("<ol class=comment-list>", "<article class=comment>", "<div class=reply>",
                   "<table>", "JSON-LD", "microdata", "<ul class=comments>", "windows-1256"):
        assert markup in markups


@pytest.mark.parametrize("stem", PAGES)
def test_metadata(stem: str) -> None:
    page, want = _read(stem), _expected(stem)
    assert page.encoding == want["encoding"]
    assert page.title == want["title"]
    assert page.published == (date.fromisoformat(want["published"]) if want["published"]
                              else None)
    assert page.section == want["section"]
    assert page.author == want["author"]
    assert page.url == want["url"]


@pytest.mark.parametrize("stem", PAGES)
def test_body(stem: str) -> None:
    page, want = _read(stem), _expected(stem)
    paragraphs = page.body.split("\n\n")
    assert len(paragraphs) == len(want["paragraph_starts"])
    for paragraph, start in zip(paragraphs, want["paragraph_starts"], strict=True):
        assert paragraph.startswith(start)
    for absent in want["not_in_body"]:
        assert absent not in page.body


@pytest.mark.parametrize("stem", PAGES)
def test_comments(stem: str) -> None:
    page, want = _read(stem), _expected(stem)
    assert len(page.comments) == len(want["comments"])
    for got, exp in zip(page.comments, want["comments"], strict=True):
        assert got.author == exp["author"]
        assert got.posted == _posted(exp["posted"])
        assert got.text.startswith(exp["starts_with"])
        assert got.text.endswith(exp["ends_with"])


@pytest.mark.parametrize("stem", PAGES)
def test_text_layout_through_the_pipeline(stem: str) -> None:
    page, want = _read(stem), _expected(stem)
    text = page_text(page)
    doc = rasd.analyze(text, published=page.published, url=page.url)
    assert doc.text == text
    assert doc.title is not None and doc.title.text == want["title"]
    paragraphs = [b.span.text for b in doc.blocks if b.kind == "paragraph"]
    assert [p[: len(s)] for p, s in zip(paragraphs, want["paragraph_starts"], strict=False)] \
        == want["paragraph_starts"]
    assert len(doc.comments) == len(want["comments"])
    for got, exp in zip(doc.comments, want["comments"], strict=True):
        assert got.author is not None and got.author.text == exp["author"]
        assert got.posted == _posted(exp["posted"])
        assert got.span.text.startswith(exp["starts_with"])
        assert got.span.text.endswith(exp["ends_with"])
        assert text[got.span.start:got.span.end] == got.span.text
    if want["published"]:
        assert doc.published.date == date.fromisoformat(want["published"])


def test_the_layout_dates_itself_without_metadata() -> None:
    """The ``نشر في`` line carries the date when the caller passes no ``published``."""
    doc = rasd.analyze(page_text(_read("02_algeria_article_comment")))
    assert doc.published.date == date(2024, 4, 2)
    assert not doc.published.inferred


def test_windows_1256_is_detected_without_a_declaration() -> None:
    data = (HTML / "07_syria_cp1256_ul.html").read_bytes()
    start = data.index(b"<meta http-equiv")
    stripped = data[:start] + data[data.index(b">", start) + 1 :]
    page = read_html(stripped, where="x.html")
    assert page.encoding == "windows-1256"
    assert page.title == _expected("07_syria_cp1256_ul")["title"]
    assert [c.author for c in page.comments] == ["أم سامر", "حمصي مغترب"]


def test_a_western_declaration_on_an_arabic_page_is_not_trusted() -> None:
    data = (HTML / "07_syria_cp1256_ul.html").read_bytes().replace(
        b"charset=windows-1256", b"charset=iso-8859-1")
    assert read_html(data, where="x.html").encoding == "windows-1256"


def test_declared_utf8_bytes_that_are_not_arabic_text_are_refused() -> None:
    data = "<html><head><meta charset='utf-8'></head><body><p>caf\xe9 cr\xe8me br\xfbl\xe9e"
    with pytest.raises(EncodingError):
        read_html(data.encode("latin-1") * 20, where="x.html")


def test_binary_is_refused() -> None:
    with pytest.raises(BinaryInput):
        read_html(b"%PDF-1.7\n" + bytes(range(256)), where="x.html")


def test_trafilaturas_year_only_date_is_not_taken() -> None:
    """htmldate dates page 02 to 1 January 2024 (a year guess); the printed line wins, and
    without any printed date no date is better than that guess."""
    data = (HTML / "02_algeria_article_comment.html").read_bytes()
    data = data.replace("نشر في الثلاثاء 2 أفريل 2024 على الساعة 09:15".encode(), b"")
    assert read_html(data, where="x.html").published is None
