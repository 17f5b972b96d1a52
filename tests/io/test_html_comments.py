"""Per-comment extraction on small markups, and how comments are laid out as page text."""

from __future__ import annotations

from datetime import date, datetime

from lxml import html as lxml_html

import rasd
from rasd.io.html import ANONYMOUS_AUTHOR, HtmlPage, page_text
from rasd.io.html_comments import (
    HtmlComment,
    element_lines,
    extract_comments,
    parse_iso,
    read_printed_time,
)


def _comments(fragment: str) -> tuple[HtmlComment, ...]:
    root = lxml_html.document_fromstring(f"<html><body>{fragment}</body></html>")
    return extract_comments(root)[0]


def _page(*comments: HtmlComment) -> HtmlPage:
    body = ("أعلنت وزارة الصحة في الكويت، الأحد، افتتاح مستشفى جديد للأطفال في منطقة الجهراء "
            "بسعة مئتي سرير، على أن يبدأ استقبال المرضى الشهر المقبل.")
    return HtmlPage("الكويت: افتتاح مستشفى جديد للأطفال في الجهراء", date(2023, 5, 7), None,
                    None, None, body, comments, "utf-8")


def test_reply_buttons_and_says_are_not_text() -> None:
    (c,) = _comments(
        '<ul class="comments"><li><span class="author">فاطمة <span class="says">says:</span>'
        '</span><span class="date">2023-05-07 10:00</span><p>نحتاج مستشفيات أكثر.</p>'
        '<a class="reply" href="#">رد</a><button>إبلاغ</button></li></ul>')
    assert (c.author, c.text) == ("فاطمة", "نحتاج مستشفيات أكثر.")
    assert c.posted == datetime(2023, 5, 7, 10, 0)


def test_nested_replies_are_comments_of_their_own() -> None:
    comments = _comments(
        '<div class="comment"><b class="name">أ</b><i class="time">07/05/2023 09:00</i>'
        '<div class="text">الأول</div>'
        '<div class="reply"><b class="name">ب</b><i class="time">07/05/2023 09:30</i>'
        '<div class="text">رد على الأول</div></div></div>')
    assert [(c.author, c.text) for c in comments] == [("أ", "الأول"), ("ب", "رد على الأول")]


def test_a_reply_button_div_is_not_a_comment() -> None:
    comments = _comments(
        '<ol class="comment-list"><li class="comment"><div class="comment-author">'
        '<cite class="fn">سالم</cite></div><time datetime="2023-05-07T08:00">اليوم</time>'
        '<div class="comment-content"><p>خبر طيب.</p></div>'
        '<div class="reply"><a class="comment-reply-link">رد</a></div></li></ol>')
    assert [(c.author, c.text, c.posted) for c in comments] == [
        ("سالم", "خبر طيب.", datetime(2023, 5, 7, 8, 0))]


def test_jsonld_is_used_only_when_the_markup_has_no_comments() -> None:
    ld = ('<script type="application/ld+json">{"@type": "Comment", "author": "س", '
          '"dateCreated": "2023-05-07", "text": "من JSON-LD"}</script>')
    markup = ('<ul class="comments"><li><span class="author">ص</span>'
              '<span class="date">2023-05-07 11:00</span><p>من الصفحة</p></li></ul>')
    assert [c.text for c in _comments(ld + markup)] == ["من الصفحة"]
    assert [(c.author, c.posted, c.text) for c in _comments(ld)] == [
        ("س", date(2023, 5, 7), "من JSON-LD")]


def test_malformed_jsonld_is_skipped() -> None:
    assert _comments('<script type="application/ld+json">{"@type": "Comm</script>') == ()


def test_a_time_line_inside_an_unclassed_item_is_its_time() -> None:
    (c,) = _comments('<div class="comment"><span class="author">هند</span>'
                     '<p>٠٧-٠٥-٢٠٢٣ ٠٤:١٥ م</p><p>شكرا للوزارة.</p></div>')
    assert (c.posted, c.text) == (datetime(2023, 5, 7, 16, 15), "شكرا للوزارة.")


def test_printed_times() -> None:
    assert read_printed_time("الأحد ٧ أيار ٢٠٢٣ - ٤:١٥ م") == datetime(2023, 5, 7, 16, 15)
    assert read_printed_time("7 ماي 2023 على الساعة 16:15") == datetime(2023, 5, 7, 16, 15)
    assert read_printed_time("منذ 3 ساعات") is None
    assert parse_iso("2023-05-07T16:15:42+03:00") == datetime(2023, 5, 7, 16, 15)
    assert parse_iso("2023-05-07") == date(2023, 5, 7)
    assert parse_iso("أمس") is None


def test_element_lines_break_at_blocks_and_br() -> None:
    root = lxml_html.fragment_fromstring(
        "<div>سطر  أول<br>سطر ثان<p>فقرة</p><script>x()</script></div>")
    assert element_lines(root) == ["سطر أول", "سطر ثان", "فقرة"]


def test_layout_keeps_anonymous_and_relative_comments_and_drops_untimed_ones() -> None:
    page = _page(
        HtmlComment(None, datetime(2023, 5, 7, 9, 5), "مبادرة ممتازة."),
        HtmlComment("سعود", None, "أخيرا.", "منذ 3 ساعات"),
        HtmlComment("بلا وقت", None, "لا يظهر.", None),
    )
    text = page_text(page)
    assert "لا يظهر" not in text
    doc = rasd.analyze(text, published=page.published)
    assert [(c.author.text if c.author else None, c.posted, c.span.text)
            for c in doc.comments] == [
        (ANONYMOUS_AUTHOR, datetime(2023, 5, 7, 9, 5), "مبادرة ممتازة."),
        ("سعود", None, "أخيرا."),
    ]
    assert doc.title is not None and doc.title.text == page.title


def test_layout_without_comments_has_no_comments_block() -> None:
    text = page_text(_page())
    assert "التعليقات" not in text
    assert rasd.analyze(text).comments == ()
