"""Choosing the reader by content (rasd.io.sources.sniff_format and iter_records)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from rasd.io import records
from rasd.io.records import RawRecord, RecordFailure
from rasd.io.sources import INPUT_FORMATS, iter_records, sniff_format

BEIRUT = ("عقد مجلس الوزراء اللبناني جلسة استثنائية في بيروت لبحث خطة الكهرباء، وأقر "
          "سلفة مالية جديدة لشراء الفيول.")
CAIRO = ("أعلنت وزارة الصحة المصرية في القاهرة إطلاق حملة تطعيم وطنية ضد شلل الأطفال "
         "تستهدف ملايين الأطفال في المحافظات.")
RSS = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ق</title>'
       f'<item><title>خبر</title><description>{CAIRO}</description></item></channel></rss>')
HTML = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>بيروت</title></head>"
        f"<body><article><p>{BEIRUT}</p></article></body></html>")


@pytest.mark.parametrize(("head", "name", "expected"), [
    (b"WARC/1.0\r\nWARC-Type: warcinfo", "x.txt", "warc"),
    (b"WARC/1.1\r\n", "", "warc"),
    (b"filedesc://crawl.arc 0.0.0.0 20240101 text/plain 76", "a", "warc"),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', "f", "rss"),
    (b'\xef\xbb\xbf<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "", "rss"),
    (b"  <rss version='2.0'>", "", "rss"),
    (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "", "rss"),
    (b"<!DOCTYPE html>\n<html lang='ar'>", "page", "html"),
    (b"\n<!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'>", "", "html"),
    (b"<HTML><HEAD>", "old.htm", "html"),
    (b"<!-- saved from url -->\n<html>", "", "html"),
    (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "", "html"),
    (b'{"text": "x"}\n', "batch", "jsonl"),
    (b"not json at all", "batch.jsonl", "jsonl"),
    (b"id,text\n", "export.CSV", "csv"),
    ("خبر عادي يذكر <html> في وسطه".encode(), "page.html", "text"),
    (b"<p>fragment</p>", "", "text"),
    (b"", "", "text"),
])
def test_sniff_format(head: bytes, name: str, expected: str) -> None:
    assert sniff_format(head, name) == expected


def test_input_formats_for_the_cli() -> None:
    assert INPUT_FORMATS == ("auto", "text", "jsonl", "csv", "html", "rss", "warc")


def _stub_html_record(data: bytes, where: str, **_: Any) -> RawRecord:
    return RawRecord(where, "html:" + data.decode("utf-8"))


def test_directory_mixing_formats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.io.sources.html_record", _stub_html_record)
    root = tmp_path / "mixed"
    root.mkdir()
    (root / "a_page.txt").write_text(BEIRUT, encoding="utf-8")
    (root / "b_feed").write_text(RSS, encoding="utf-8")  # no suffix: content decides
    (root / "c_page.dat").write_text(HTML, encoding="utf-8")
    (root / "d_batch.log").write_text(json.dumps({"text": CAIRO}) + "\n", encoding="utf-8")
    (root / "e_batch.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"text": BEIRUT}) + "\n").encode()))
    (root / "f_table.csv").write_text(f"text\n{CAIRO}\n", encoding="utf-8")
    with zipfile.ZipFile(root / "g_archive.zip", "w") as zf:
        zf.writestr("in/page.html", HTML)
    results = list(iter_records([root]))
    assert all(isinstance(r, RawRecord) for r in results), results
    assert [r.where.removeprefix(f"{root}/") for r in results] == [
        "a_page.txt", "b_feed#1", "c_page.dat", "d_batch.log:1", "e_batch.jsonl.gz:1",
        "f_table.csv:2", "g_archive.zip!in/page.html",
    ]
    assert results[-1].where == f"{root / 'g_archive.zip'}!in/page.html"
    texts = [r.text for r in results if isinstance(r, RawRecord)]
    assert texts[2].startswith("html:") and texts[-1].startswith("html:")
    assert texts[0] == BEIRUT and texts[3] == CAIRO and texts[4] == BEIRUT


def test_input_format_override_wins(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    [as_text] = iter_records([page], input_format="text")
    assert isinstance(as_text, RawRecord) and as_text.text == HTML
    batch = tmp_path / "batch.txt"
    batch.write_text(f"text\n{CAIRO}\n", encoding="utf-8")
    [as_csv] = iter_records([batch], input_format="csv")
    assert isinstance(as_csv, RawRecord) and as_csv.where == f"{batch}:2"
    [feed_as_rss] = iter_records([_gz(tmp_path / "feed.gz", RSS)], input_format="rss")
    assert isinstance(feed_as_rss, RawRecord) and CAIRO in feed_as_rss.text


def _gz(path: Path, text: str) -> Path:
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def test_stdin_is_sniffed_too() -> None:
    batch = (json.dumps({"text": BEIRUT}) + "\n" + json.dumps({"text": CAIRO}) + "\n")
    results = list(iter_records(["-"], stdin=io.BytesIO(batch.encode())))
    assert [r.where for r in results] == ["<stdin>:1", "<stdin>:2"]
    [feed] = iter_records(["-"], stdin=_Pipe(gzip.compress(RSS.encode())))
    assert isinstance(feed, RawRecord) and feed.where == "<stdin>#1"
    [page] = iter_records(["-"], stdin=_Pipe(BEIRUT.encode()))
    assert isinstance(page, RawRecord) and page.text == BEIRUT


def test_zip_from_a_pipe_is_a_failure() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        zf.writestr("a.txt", BEIRUT)
    [failure] = iter_records(["-"], stdin=_Pipe(data.getvalue()))
    assert isinstance(failure, RecordFailure) and "pipe" in failure.error.reason


def test_html_record_keeps_page_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    html = pytest.importorskip("rasd.io.html")
    page = html.read_html(HTML.encode(), "p.html", "https://beirut.example/x")
    record = records.html_record(HTML.encode(), "p.html", url="https://beirut.example/x",
                                 fallback_published="2024-01-02T00:00:00Z", id="r1")
    assert record.text == html.page_text(page)
    assert (record.url, record.id) == ("https://beirut.example/x", "r1")
    assert record.published == "2024-01-02T00:00:00Z"  # the page names no date


class _Pipe(io.RawIOBase):
    """An unseekable stream, like stdin from a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), 1000))  # short reads, like a pipe
        buffer[:len(chunk)] = chunk
        return len(chunk)
