"""Which stored document a page is (docs/store.md, identity rule)."""

from __future__ import annotations

from rasd.model import document_id
from rasd.store import canonical_url, identity


def test_canonical_url_names_one_page_however_written() -> None:
    a = canonical_url("http://www.Example.com/news/مقال/#comments")
    assert a == canonical_url("https://www.example.com/news/%D9%85%D9%82%D8%A7%D9%84")
    assert a == canonical_url("https://www.example.com:443/news/مقال")
    assert a != canonical_url("https://www.example.com/news/مقال-آخر")
    assert canonical_url("https://x.com/a?id=2") != canonical_url("https://x.com/a?id=3")


def test_input_id_wins_and_is_qualified_by_source() -> None:
    who = identity("نص", id="42", url="https://x.com/a", source="outlet")
    assert (who.id, who.kind, who.input_id) == ("outlet:42", "input", "42")
    assert identity("نص", id="42", url=None, source=None).id == "42"


def test_same_url_changed_text_is_the_same_document() -> None:
    first = identity("النص الأول", id=None, url="https://x.com/a/", source=None)
    again = identity("النص بعد التعديل", id=None, url="http://x.com/a", source=None)
    assert first.kind == "url" and first.id == again.id
    assert first.id != identity("النص", id=None, url="https://x.com/b", source=None).id


def test_without_id_or_url_the_text_is_the_identity() -> None:
    who = identity("نص الصفحة", id=None, url=None, source="outlet")
    assert (who.id, who.kind) == (document_id("نص الصفحة"), "text")
