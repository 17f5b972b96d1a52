"""WARC crawl files to one record per HTML 200 response (rasd.io.warc).

The WARC files are built here with warcio's writer from pages written for these tests; no
binary fixture is committed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.io import warc
from rasd.io.records import RawRecord, RecordFailure, RecordResult
from rasd.io.sources import iter_records

AMMAN_PAGE = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<title>البرلمان الأردني يناقش قانون الانتخاب</title>
<meta property="article:published_time" content="2024-05-14T10:00:00+03:00">
</head><body><article><h1>البرلمان الأردني يناقش قانون الانتخاب</h1>
<p>بدأ مجلس النواب الأردني في عمّان صباح الثلاثاء مناقشة مشروع قانون الانتخاب الجديد الذي
يرفع عدد المقاعد المخصصة للأحزاب السياسية في المجلس المقبل.</p>
<p>وقال رئيس اللجنة القانونية في المجلس إن النقاش سيستمر ثلاثة أيام قبل التصويت النهائي
على مواد القانون كافة.</p>
</article>
<div id="comments"><ol class="comment-list">
<li class="comment"><div class="comment-author"><b class="fn">سامي العمري</b></div>
<div class="comment-metadata"><time datetime="2024-05-14T13:05:00+03:00">14 أيار 2024</time></div>
<div class="comment-content"><p>قانون طال انتظاره، نأمل أن يفتح الباب أمام الشباب.</p></div></li>
<li class="comment"><div class="comment-author"><b class="fn">هدى</b></div>
<div class="comment-metadata"><time datetime="2024-05-14T15:30:00+03:00">14 أيار 2024</time></div>
<div class="comment-content"><p>المهم التطبيق وليس النصوص.</p></div></li>
</ol></div>
</body></html>
"""

ADEN_PAGE = """<html><head><meta charset="windows-1256">
<title>انقطاع الكهرباء في عدن</title></head><body><div class="post">
<h1>انقطاع الكهرباء في عدن</h1>
<p>شهدت مدينة عدن اليمنية انقطاعا واسعا للتيار الكهربائي استمر أكثر من عشر ساعات يوم
الأحد، وسط ارتفاع كبير في درجات الحرارة وغضب بين السكان.</p>
<p>وأرجعت مؤسسة الكهرباء الانقطاع إلى نفاد وقود محطات التوليد الرئيسية في المدينة.</p>
</div></body></html>
"""

URL_AMMAN = "https://amman.example.org/politics/2024/05/14/election-law"
URL_ADEN = "https://aden.example.org/local/power-cut"


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8",
              date: str = "2024-05-15T03:20:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def build_warc(path: Path, *, gzipped: bool) -> Path:
    """A small crawl: warcinfo, a request, two Arabic pages, a 404, a redirect, an image."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rasd"}))
        request = StatusAndHeaders("GET /politics HTTP/1.1", [("Host", "amman.example.org")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(URL_AMMAN, "request",
                                                      http_headers=request))
        _response(writer, URL_AMMAN, AMMAN_PAGE.encode("utf-8"))  # record 3
        _response(writer, "https://amman.example.org/missing", b"<html>404</html>",
                  status="404 Not Found")
        _response(writer, "https://amman.example.org/old", b"", status="301 Moved")
        _response(writer, "https://amman.example.org/logo.png", b"\x89PNG\r\n\x1a\n",
                  content_type="image/png")
        _response(writer, URL_ADEN, ADEN_PAGE.encode("cp1256"),  # record 7
                  content_type="text/html", date="2024-06-02T08:00:00Z")
    return path


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def crawl(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    gzipped: bool = request.param
    return build_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"),
                      gzipped=gzipped)


def _stub_html_record(data: bytes, where: str, **meta: Any) -> RawRecord:
    """Stands in for the HTML reader: these tests are about which records are pages."""
    return RawRecord(where, data.decode("utf-8", "replace"), url=meta["url"], id=meta["id"],
                     published=meta["fallback_published"])


def test_only_html_200_responses_are_records(crawl: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "html_record", _stub_html_record)
    results = list(iter_records([crawl]))
    assert [r.where for r in results] == [f"{crawl}#3", f"{crawl}#7"]
    amman, aden = results
    assert isinstance(amman, RawRecord) and isinstance(aden, RawRecord)
    assert (amman.url, aden.url) == (URL_AMMAN, URL_ADEN)
    assert amman.id is not None and amman.id.startswith("urn:uuid:")
    assert (amman.published, aden.published) == ("2024-05-15T03:20:00Z", "2024-06-02T08:00:00Z")


def test_warc_pages_through_the_html_reader(crawl: Path) -> None:
    pytest.importorskip("rasd.io.html")
    amman, aden = list(iter_records([crawl]))
    assert isinstance(amman, RawRecord), amman
    assert isinstance(aden, RawRecord), aden
    assert amman.url == URL_AMMAN
    assert amman.published is not None and amman.published.startswith("2024-05-14")
    assert "مشروع قانون الانتخاب الجديد" in amman.text and "<p>" not in amman.text
    for comment in ("سامي العمري", "قانون طال انتظاره", "هدى", "المهم التطبيق"):
        assert comment in amman.text
    # The page names no date: the crawl date stands in; windows-1256 is decoded.
    assert aden.published == "2024-06-02T08:00:00Z"
    assert "انقطاعا واسعا للتيار الكهربائي" in aden.text


def test_warc_page_comments_reach_the_document(tmp_path: Path) -> None:
    pytest.importorskip("rasd.io.html")
    from rasd.analysis import analyze

    crawl = build_warc(tmp_path / "c.warc.gz", gzipped=True)
    amman = next(iter(iter_records([crawl])))
    assert isinstance(amman, RawRecord), amman
    doc = analyze(amman.text, url=amman.url)
    assert len(doc.comments) == 2, amman.text
    assert doc.comments[0].author is not None
    assert doc.comments[0].author.text == "سامي العمري"
    assert "المهم التطبيق وليس النصوص." in doc.comments[1].span.text


def test_warc_is_sniffed_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "html_record", _stub_html_record)
    crawl = build_warc(tmp_path / "segment-00042", gzipped=True)
    other = tmp_path / "dir"
    other.mkdir()
    build_warc(other / "b.bin.warc", gzipped=False)
    results = list(iter_records([crawl, other]))
    assert len(results) == 4 and all(isinstance(r, RawRecord) for r in results)


def test_warc_without_pages_and_broken_warc(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    with empty.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warcinfo_record("empty.warc", {"software": "rasd"}))
    [none] = iter_records([empty])
    assert isinstance(none, RecordFailure) and none.error.code == "empty"
    assert "among its 1 WARC records" in none.error.reason

    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nab")
    results: list[RecordResult] = list(iter_records([broken]))
    assert len(results) == 1 and isinstance(results[0], RecordFailure)
    assert (results[0].where, results[0].error.code) == (f"{broken}#1", "bad_record")


def test_warc_content_beats_a_wrong_suffix(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "html_record", _stub_html_record)
    crawl = build_warc(tmp_path / "crawl.jsonl", gzipped=True)  # misnamed
    assert len(list(iter_records([crawl]))) == 2
    assert len(list(iter_records([crawl], input_format="warc"))) == 2


def test_non_arabic_pages_are_refused_from_their_bytes(tmp_path: Path) -> None:
    from rasd.errors import NotArabic
    from rasd.io.warc import surely_not_arabic

    english = b"<html><body><h1>Markets</h1><p>Shares rose on Monday.</p></body></html>"
    assert surely_not_arabic(english)
    # Anything that may still hold Arabic text goes to the full reader.
    assert not surely_not_arabic(AMMAN_PAGE.encode("utf-8"))
    assert not surely_not_arabic(ADEN_PAGE.encode("cp1256"))  # not UTF-8: not judged
    assert not surely_not_arabic(b"<p>&#1593;&#1583;&#1606;</p>")
    assert not surely_not_arabic(b'<script type="application/ld+json">{"text": '
                                 b'"\\u0639\\u062f\\u0646"}</script>')
    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        _response(writer, "https://news.example.com/markets", english)
        _response(writer, URL_AMMAN, AMMAN_PAGE.encode("utf-8"))
    with path.open("rb") as stream:
        results = list(warc.warc_records(stream, path.name))
    failures = [r for r in results if isinstance(r, RecordFailure)]
    pages = [r for r in results if isinstance(r, RawRecord)]
    assert len(pages) == 1 and pages[0].url == URL_AMMAN
    assert len(failures) == 1 and isinstance(failures[0].error, NotArabic)
    assert "Arabic characters in its bytes" in str(failures[0].error)
