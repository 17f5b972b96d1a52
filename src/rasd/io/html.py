"""HTML news pages: metadata, article text and per-comment records, and the page-dump text
rasd analyses.

:func:`read_html` decodes the bytes (``<meta charset>`` / ``http-equiv``, else UTF-8 or a
detected windows-1256 through :mod:`rasd.io.decode`), cuts the comments out with
:mod:`rasd.io.html_comments`, and has trafilatura (Apache-2.0) extract the article text and
metadata from the rest. trafilatura's dates come from htmldate, which reads neither
Arabic-Indic digits nor Levantine/Maghrebi month names (``آذار``, ``أفريل``): structured
metadata (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``)
comes first, then the page's printed date line read with :mod:`rasd.text.dates`, and only
then trafilatura's guess.

:func:`page_text` lays an :class:`HtmlPage` out as the plain-text page dump that
:mod:`rasd.structure.page` parses (section line, headline, date line, paragraphs separated
by blank lines, then ``التعليقات (N)`` with author / time / text per comment), so every
span rasd reports indexes that text exactly. :func:`rasd.io.records.html_record` uses it
as::

    page = read_html(data, where, url)
    text = page_text(page)
    RawRecord(where, text, published=page.published.isoformat(), url=page.url or url,
              title=None, encoding=page.encoding)

``title`` must stay ``None``: the headline is a line of the text, and a ``meta_title`` that
the text does not *start* with (it starts with the section line when the page has one)
makes the structure parser read the text as body-only, so the headline becomes a paragraph.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

import trafilatura
from lxml import html as lxml_html
from lxml.html import HtmlElement

from rasd.errors import BinaryInput, EncodingError, InputTooLarge
from rasd.io.decode import MAX_PAGE_BYTES, check_text, decode_bytes, sniff_binary
from rasd.io.html_comments import (
    HtmlComment,
    element_lines,
    extract_comments,
    has_type,
    jsonld_name,
    jsonld_objects,
    parse_iso,
    read_printed_time,
)
from rasd.structure.timestamps import parse_timestamp

log = logging.getLogger(__name__)

__all__ = ["HtmlComment", "HtmlPage", "page_text", "read_html"]

#: The charset declaration is in the first bytes of a page: browsers look at 1024
#: (HTML5 prescan); pages with long inline scripts in <head> push it further, so 4 KiB.
CHARSET_SNIFF_BYTES = 4096

#: Declared charsets trusted as such: UTF-8 and the Arabic codepages. A Western charset
#: (``iso-8859-1``, ``windows-1252``) on an Arabic page is a server default, not the
#: truth; such pages go through detection like undeclared ones.
_ARABIC_CODECS = {"windows-1256": "cp1256", "cp1256": "cp1256", "x-cp1256": "cp1256",
                  "iso-8859-6": "iso8859_6", "arabic": "iso8859_6", "asmo-708": "iso8859_6"}

#: A section line is a short label (see ``rasd.structure.page.MAX_SECTION_WORDS``); a
#: longer category is kept in :attr:`HtmlPage.section` but not printed in the text, where
#: the structure parser would take it for the headline.
MAX_SECTION_LINE_WORDS = 3
MAX_SECTION_LINE_CHARS = 25

#: How comment authors are printed when a page gives none: an anonymous comment still
#: needs an author line in the dump, or the parser would take the previous comment's last
#: line for its author. Arabic sites print "زائر" (visitor) for anonymous readers.
ANONYMOUS_AUTHOR = "زائر"

#: A date line is short (``الأحد 5 تشرين الثاني 2023، 11:30 ص`` is 7 words); a longer
#: element that ends in a date is text.
MAX_DATE_LINE_WORDS = 10

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: htmldate's extensive search parses free text with dateparser (0.1-4 s a page while its
#: locale tables warm up) and is the guess most often wrong (a copyright year, a comment's
#: date); rasd reads printed dates itself, so only htmldate's markup-based search is used.
_HTMLDATE_PARAMS = {"extensive_search": False, "original_date": True}

_SCRIPT = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(rb"<[^>]*>")
_DATE_CLASS = re.compile(r"(?:^|[-_ ])(?:date|time|published|posted|datetime)(?:$|[-_ ])")
_META_DATE_KEYS = ("article:published_time", "datePublished", "pubdate", "publishdate",
                   "date", "dc.date", "dc.date.issued", "og:published_time")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What an HTML news page says, before analysis. ``body`` is the article's paragraphs
    joined with blank lines; ``comments`` are in page order."""

    title: str | None
    published: date | None
    section: str | None
    author: str | None
    url: str | None
    body: str
    comments: tuple[HtmlComment, ...]
    encoding: str


def read_html(data: bytes, where: str, url: str | None = None) -> HtmlPage:
    """Read one HTML page. Raises the :class:`rasd.errors.InputError` subclasses of
    :func:`rasd.io.decode.decode_bytes` for bytes that are not a readable page."""
    text, encoding = decode_html(data, where=where)
    root = lxml_html.document_fromstring(
        text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    comments, holders = extract_comments(root)
    jsonld = jsonld_objects(root)
    article = copy.deepcopy(root)
    _drop(article, holders, root)
    found = trafilatura.bare_extraction(
        copy.deepcopy(article), url=url, include_comments=False, with_metadata=True,
        include_tables=False, date_extraction_params=_HTMLDATE_PARAMS)
    extracted: dict[str, object] = {}
    if isinstance(found, dict):
        extracted = found
    elif found is not None:
        extracted = found.as_dict()
    meta = _Meta(root, jsonld)
    title = meta.title() or _str(extracted, "title")
    body = _body(_str(extracted, "text"), article, title)
    published = meta.published(article) or _guessed_date(_str(extracted, "date"))
    categories = extracted.get("categories")
    section = meta.first("article:section", "section") or meta.ld("articleSection") or (
        categories[0] if isinstance(categories, list) and categories
        and isinstance(categories[0], str) else None)
    # trafilatura's own author guess reads bylines and datelines alike ("وهران - مراسلنا"
    # gives "وهران"); only declared authors are taken.
    author = meta.ld_name("author") or meta.first("author", "article:author") or _itemprop(
        root, "author")
    canonical = meta.canonical() or url
    return HtmlPage(title, published, section, author, canonical, body, comments, encoding)


def page_text(page: HtmlPage) -> str:
    """The page as the plain-text dump :mod:`rasd.structure.page` reads."""
    head: list[str] = []
    if page.section and _section_line(page.section, page.title):
        head.append(page.section)
    if page.title:
        head.append(_one_line(page.title))
    if page.published is not None:
        head.append(f"نشر في: {page.published.isoformat()}")
    out = "\n\n".join(p for p in (*head, page.body) if p)
    shown = [c for c in page.comments if _dump_time(c) is not None]
    if len(shown) < len(page.comments):
        log.info("%d comment(s) without a time left out of the page text",
                 len(page.comments) - len(shown))
    if shown:
        lines = [f"التعليقات ({len(shown)})"]
        for c in shown:
            lines += [_one_line(c.author or ANONYMOUS_AUTHOR), _dump_time(c) or "", c.text]
        out += "\n\n" + "\n".join(lines)
    return out + "\n"


def decode_html(data: bytes, *, where: str) -> tuple[str, str]:
    """Decode with the declared Arabic or UTF charset, else detect (UTF-8, windows-1256)."""
    m = _CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    declared = m.group(1).decode("ascii").lower() if m else None
    codec = _ARABIC_CODECS.get(declared) if declared else None
    if codec is None:
        try:
            decoded = decode_bytes(data, where=where)
        except EncodingError:
            # decode_bytes judges windows-1256 by how Arabic the text reads, and markup
            # (ASCII tags glued to Arabic words) reads as garbage: judge the visible text.
            visible = _TAG.sub(b" ", _SCRIPT.sub(b" ", data))
            if decode_bytes(visible, where=where).encoding != "windows-1256":
                raise
            codec = "cp1256"
        else:
            return decoded.text, decoded.encoding
    if len(data) > MAX_PAGE_BYTES:
        raise InputTooLarge(f"input too large: {len(data):,} bytes", where=where)
    looks_like = sniff_binary(data)
    if looks_like is not None:
        raise BinaryInput(f"binary input: {looks_like}", where=where)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:  # iso-8859-6 leaves bytes undefined; cp1256 does not
        raise EncodingError(f"declared {declared} but {exc.reason} at byte offset "
                            f"{exc.start}", where=where) from exc
    check_text(text, where=where)
    return text, "windows-1256" if codec == "cp1256" else "iso-8859-6"


# -- helpers ---------------------------------------------------------------------------


class _Meta:
    """``<meta>``, ``<link rel=canonical>``, ``<h1>`` and JSON-LD article metadata."""

    def __init__(self, root: HtmlElement, jsonld: list[dict[str, object]]) -> None:
        self.root = root
        self.meta: dict[str, str] = {}
        for el in root.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            content = (el.get("content") or "").strip()
            if key and content and key not in self.meta:
                self.meta[key] = content
        self.article = next((o for o in jsonld if any(
            has_type(o, t) for t in ("NewsArticle", "Article", "ReportageNewsArticle",
                                     "BlogPosting", "AnalysisNewsArticle"))), {})

    def first(self, *keys: str) -> str | None:
        return next((self.meta[k.lower()] for k in keys if k.lower() in self.meta), None)

    def ld(self, key: str) -> str | None:
        value = self.article.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    def ld_name(self, key: str) -> str | None:
        return jsonld_name(self.article.get(key))

    def title(self) -> str | None:
        h1 = [" ".join(element_lines(h)) for h in self.root.iter("h1")]
        h1 = [h for h in h1 if h]
        if len(h1) == 1:
            return h1[0]
        return self.ld("headline") or self.first("og:title")

    def canonical(self) -> str | None:
        for el in self.root.iter("link"):
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
                return str(el.get("href")).strip()
        main = self.article.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        return self.first("og:url") or self.ld("url") or (
            main.strip() if isinstance(main, str) and main.startswith("http") else None)

    def published(self, article: HtmlElement) -> date | None:
        for printed in (self.ld("datePublished"), *(self.first(k) for k in _META_DATE_KEYS)):
            found = _as_date(parse_iso(printed))
            if found is not None:
                return found
        for el in article.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag == "time" or _DATE_CLASS.search(
                    f"{el.get('class', '')} {el.get('id', '')}".lower()):
                value = _as_date(parse_iso(el.get("datetime")))
                if value is None:
                    printed = " ".join(element_lines(el))
                    value = _as_date(read_printed_time(printed)) if printed else None
                if value is not None:
                    return value
        # No marked date: an element that is nothing but a timestamp (a forum post's
        # header cell, an unclassed date line) dates the page; the first one is the
        # article's, comments having been cut out.
        for el in article.iter("td", "div", "span", "p", "small", "li", "font", "b"):
            printed = " ".join(element_lines(el))
            if printed and len(printed.split()) <= MAX_DATE_LINE_WORDS:
                stamp = parse_timestamp(printed)
                if stamp is not None and stamp.value is not None:
                    return _as_date(stamp.value)
        return None


def _str(d: dict[str, object], key: str) -> str | None:
    value = d.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _guessed_date(value: str | None) -> date | None:
    """trafilatura's date (htmldate), the last resort. htmldate reports a page on which it
    found only a year (a copyright line, a year in the text) as 1 January of that year:
    such a date says nothing about the day and is dropped."""
    found = _as_date(parse_iso(value))
    if found is None or (found.month, found.day) == (1, 1):
        return None
    return found


def _itemprop(root: HtmlElement, prop: str) -> str | None:
    """The first microdata ``itemprop`` value outside comments (``<span itemprop=author>``,
    or its ``name`` child)."""
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("itemprop") == prop and not any(
                "Comment" in (a.get("itemtype") or "") for a in el.iterancestors()):
            name = next((d for d in el.iterdescendants() if isinstance(d.tag, str)
                         and d.get("itemprop") == "name"), el)
            text = el.get("content") or " ".join(element_lines(name))
            return text.strip() or None
    return None


def _as_date(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _drop(copy_root: HtmlElement, holders: tuple[HtmlElement, ...], root: HtmlElement) -> None:
    """Remove from ``copy_root`` the copies of ``holders`` (elements of ``root``)."""
    originals = list(root.iter())
    copies = list(copy_root.iter())
    index = {id(el): i for i, el in enumerate(originals)}
    for holder in holders:
        twin = copies[index[id(holder)]]
        parent = twin.getparent()
        if parent is not None:
            twin.drop_tree()


def _body(extracted: str | None, article: HtmlElement, title: str | None) -> str:
    """Paragraphs joined with blank lines: trafilatura's text, else the page's ``<p>``s.
    The headline is left out when the article element repeats it (``<article><h1>``)."""
    if extracted and extracted.strip():
        paragraphs = [_one_line(line) for line in extracted.splitlines()]
    else:
        paragraphs = [" ".join(element_lines(p)) for p in article.iter("p")]
    headline = _one_line(title) if title else None
    return "\n\n".join(p for p in paragraphs if p and p != headline)


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _section_line(section: str, title: str | None) -> bool:
    return (len(section.split()) <= MAX_SECTION_LINE_WORDS
            and len(section) <= MAX_SECTION_LINE_CHARS
            and not any(ch.isdigit() for ch in section) and section != title)


def _dump_time(c: HtmlComment) -> str | None:
    """The comment's time as a line the timestamp parser reads back to the same value."""
    if isinstance(c.posted, datetime):
        return c.posted.strftime("%Y-%m-%d %H:%M")
    if isinstance(c.posted, date):
        return c.posted.isoformat()
    if c.posted_text and parse_timestamp(_one_line(c.posted_text)) is not None:
        return _one_line(c.posted_text)  # relative (``منذ 3 ساعات``): kept as relative
    return None
