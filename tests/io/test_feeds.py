"""RSS/Atom feeds to one record per item (rasd.io.feeds)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from rasd.io.feeds import feed_records, html_to_paragraphs
from rasd.io.records import RawRecord, RecordFailure, RecordResult, parse_published
from rasd.io.sources import iter_records

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
RSS = FEEDS / "news_rss.xml"
ATOM = FEEDS / "news_atom.xml"


def _records(results: list[RecordResult]) -> list[RawRecord]:
    return [r for r in results if isinstance(r, RawRecord)]


def test_rss_items_become_records_with_metadata() -> None:
    results = list(iter_records([RSS]))
    assert [r.where for r in results] == [f"{RSS}#{n}" for n in (1, 2, 3, 4)]
    first, second = _records(results)
    assert first.title == "إضراب عمال الميناء في طرابلس يدخل يومه الثالث"
    assert first.url == "https://sahel.example.org/news/101"
    assert first.id == "sahel-101"
    assert first.source == "صحيفة الساحل - أخبار"
    assert first.published == "2024-03-05T08:30:00+02:00"  # the feed's own offset kept
    assert parse_published(first.published).isoformat() == "2024-03-05"
    # The full text (content:encoded) wins over the teaser; tags and scripts are gone.
    assert first.text.split("\n\n") == [
        "إضراب عمال الميناء في طرابلس يدخل يومه الثالث",
        "واصل عمال ميناء طرابلس اللبناني إضرابهم لليوم الثالث على التوالي، مطالبين بزيادة "
        "الأجور وتحسين شروط السلامة في الأرصفة.",
        "وقال رئيس نقابة العمال في تصريح صحفي إن الإدارة لم تقدم أي عرض جدي حتى الآن.\n",
    ]
    assert "<" not in first.text and "track" not in first.text
    # Escaped HTML in a description is flattened too; no guid: the link is the id.
    assert second.text.count("\n\n") == 2
    assert second.id == second.url == "https://sahel.example.org/news/102"
    assert second.published == "2024-11-06T10:00:00+00:00"


def test_rss_item_failures_are_per_item() -> None:
    results = list(iter_records([RSS]))
    empty, english = results[2], results[3]
    assert isinstance(empty, RecordFailure) and empty.error.code == "empty"
    assert isinstance(english, RecordFailure) and english.error.code == "not_arabic"
    assert len(list(iter_records([RSS], require_arabic=False))) == 4
    assert isinstance(list(iter_records([RSS], require_arabic=False))[3], RawRecord)


def test_atom_entries_with_published_or_updated_dates() -> None:
    first, second = _records(list(iter_records([ATOM])))
    assert first.title == "البرلمان الموريتاني يصادق على قانون الصيد البحري"
    assert first.url == "https://maghreb.example.org/2024/04/fishing-law"
    assert first.published == "2024-04-01T17:45:00+00:00"  # published, not updated
    assert first.text.endswith("في المياه الإقليمية.\n\nوصوت لصالح القانون أغلب النواب.\n")
    assert second.published == "2024-04-02T11:15:00+01:00"  # only updated: that one
    assert second.source == "وكالة المغرب العربي التجريبية"


def test_feed_is_sniffed_whatever_its_name_and_read_through_gzip(tmp_path: Path) -> None:
    renamed = tmp_path / "latest"
    renamed.write_bytes(gzip.compress(ATOM.read_bytes()))
    assert [r.where for r in iter_records([renamed])] == [f"{renamed}#1", f"{renamed}#2"]


def test_broken_xml_without_items_is_one_failure() -> None:
    results = list(feed_records(io.BytesIO(b"<?xml version='1.0'?><rss><channel <<"),
                                "bad.xml"))
    assert len(results) == 1 and isinstance(results[0], RecordFailure)
    assert (results[0].where, results[0].error.code) == ("bad.xml", "bad_record")


def test_feed_without_items_is_empty() -> None:
    data = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
    [result] = feed_records(io.BytesIO(data), "none.xml")
    assert isinstance(result, RecordFailure) and result.error.code == "empty"


@pytest.mark.parametrize(("html", "paragraphs"), [
    ("<p>أ ب</p><p>ج</p>", "أ ب\n\nج"),
    ("سطر أول<br>سطر ثان", "سطر أول\n\nسطر ثان"),
    ("نص  عادي\n\nفقرة   ثانية", "نص عادي\n\nفقرة ثانية"),
    ("<div><style>p{}</style><ul><li>بند</li><li>آخر &amp; ثالث</li></ul></div>",
     "بند\n\nآخر & ثالث"),
])
def test_html_to_paragraphs(html: str, paragraphs: str) -> None:
    assert html_to_paragraphs(html) == paragraphs
