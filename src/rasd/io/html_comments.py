"""Reader comments out of an HTML page, one record per comment: author, time, text.

trafilatura flattens a comments section into one run of text (or drops it), which loses
who wrote what and when. Comment sections come in a handful of markups, and all of them
mark the three parts of a comment somehow; this module finds the comment *items* and reads
the parts inside each:

* items are elements whose class, id or ``itemtype`` names a comment
  (``<li class="comment">``, ``<article class="comment">``, ``<div class="reply">``,
  ``id="comment-12"``, ``itemtype=".../Comment"``), the ``<li>`` children of a comment list
  (``<ol class="comment-list">``, ``<ul class="comments">``), and the rows of tables inside
  a comments region (the layout of older forums);
* inside an item, the author, time and text are elements whose class or ``itemprop`` says
  so (``comment-author``, ``fn``, ``date``, ``<time datetime>``, ``comment-content``,
  ``itemprop="text"``); table rows without such classes are read by position (the short
  first cell is the author, the cell or line that parses as a timestamp is the time, the
  rest is the text);
* replies nested inside a comment are items of their own and are left out of its text;
  buttons (``رد``, ``إبلاغ``), avatars, forms and scripts are never text;
* JSON-LD ``Comment`` objects (``author.name``, ``dateCreated``, ``text``) are read when
  the markup has no comments (pages that render comments with JavaScript still ship them).

Times are read with :mod:`rasd.structure.timestamps` and :mod:`rasd.text.dates`, which know
Arabic-Indic digits and every month-naming tradition (``آذار``, ``أفريل``, ``نونبر``); a
``<time datetime>`` attribute wins over the printed text. Times are local as printed: a
timezone offset in an ISO value is dropped, not converted.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from lxml.html import HtmlElement

from rasd.structure.timestamps import parse_timestamp
from rasd.text.dates import extract_times

log = logging.getLogger(__name__)

#: A forum table's author cell holds a nickname, maybe a rank or a post count under it:
#: a cell longer than this is message text, not an author.
MAX_AUTHOR_CELL_CHARS = 60

#: Class/id tokens of a comment item (compared in lower case, ``_`` read as ``-``).
_ITEM_TOKENS = re.compile(
    r"^(?:comment|comments-item|comment-item|comment-box|comment-wrap|comment-wrapper"
    r"|single-comment|user-comment|reply|comment-reply|commentbox|comment-\d+|forum-post)$"
)
#: Class/id tokens of a region holding comments (a list, a section, a forum thread).
_REGION_TOKENS = re.compile(
    r"^(?:comments|comment-list|commentlist|comments-list|comments-area|comment-section"
    r"|comments-section|article-comments|user-comments|reader-comments|thread|posts"
    r"|forum-posts|replies|ta3liqat)$"
)
_AUTHOR_TOKENS = re.compile(
    r"^(?:author|comment-author|fn|name|username|user-name|user|commenter|comment-name"
    r"|author-name|nickname|nick|poster|bigusername|postername)$"
)
_TIME_TOKENS = re.compile(
    r"^(?:date|time|timestamp|datetime|comment-date|comment-time|comment-metadata"
    r"|comment-meta|posted|post-date|postdate|published)$"
)
_TEXT_TOKENS = re.compile(
    r"^(?:comment-content|comment-text|comment-body-text|text|content|message|msg|body"
    r"|comment-message|postbody|post-content|post-message|comment-entry)$"
)
#: Controls and decoration inside a comment, never its text (``says:`` is WordPress's
#: "Ahmad says:" after the author).
_NOISE_TOKENS = re.compile(
    r"^(?:reply-link|comment-reply-link|reply-button|actions|comment-actions|like|likes"
    r"|votes|vote|report|share|avatar|says|comment-awaiting-moderation|screen-reader-text)$"
)
_NOISE_TAGS = frozenset({"script", "style", "form", "button", "img", "svg", "noscript",
                         "input", "textarea", "select", "iframe"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "blockquote", "h1", "h2",
                         "h3", "h4", "h5", "h6", "article", "section", "header", "footer",
                         "ul", "ol", "table", "dd", "dt", "pre", "hr"})
_ITEM_TAGS = frozenset({"li", "article", "div", "section", "tr", "table", "tbody"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


@dataclass(frozen=True, slots=True)
class HtmlComment:
    """One reader comment: the author as printed, the local time it was posted (``None``
    when the page prints none or only a relative one), the time as printed, and the text
    (lines joined with ``\\n``)."""

    author: str | None
    posted: datetime | date | None
    text: str
    posted_text: str | None = None


def extract_comments(root: HtmlElement) -> tuple[tuple[HtmlComment, ...], tuple[HtmlElement, ...]]:
    """The comments of the page, in page order, and the elements that hold them (the
    caller removes those before extracting the article text)."""
    items = _items(root)
    comments: list[HtmlComment] = []
    # Forums print a post's date in a header row above its author and message row.
    header_time: tuple[datetime | date | None, str | None] = (None, None)
    for item in items:
        comment = _read_item(item, items)
        if comment is None:
            if item.tag == "tr":
                value, printed, rest = _time_line(element_lines(item))
                header_time = (value, printed) if printed and not rest else (None, None)
            continue
        if comment.posted is None and comment.posted_text is None and header_time[1]:
            comment = replace(comment, posted=header_time[0], posted_text=header_time[1])
        header_time = (None, None)
        comments.append(comment)
    holders = _holders(root, items)
    if not comments:
        comments = list(jsonld_comments(root))
    return tuple(comments), holders


# -- finding items ---------------------------------------------------------------------


def _tokens(el: HtmlElement) -> list[str]:
    raw = f"{el.get('class', '')} {el.get('id', '')}".lower().replace("_", "-")
    return raw.split()


def _has(el: HtmlElement, pattern: re.Pattern[str]) -> bool:
    return any(pattern.match(t) for t in _tokens(el)) or any(
        pattern.match(p) for p in el.get("itemprop", "").lower().split())


def _is_region(el: HtmlElement) -> bool:
    return el.tag in {"ol", "ul", "section", "div", "table", "tbody", "aside"} and any(
        _REGION_TOKENS.match(t) for t in _tokens(el))


def _items(root: HtmlElement) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _ITEM_TAGS:
            continue
        if el.get("itemtype", "").rstrip("/").endswith("schema.org/Comment"):
            found.append(el)
            continue
        if any(_ITEM_TOKENS.match(t) for t in _tokens(el)):
            found.append(el)
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if (el.tag == "li" and parent.tag in {"ol", "ul"} and _is_region(parent)) or (
            el.tag == "tr" and _in_region_table(el)
        ):
            found.append(el)
    # An item must show an author or a time: a "reply" div holding only a reply button,
    # or a table row holding a header, is not a comment.
    return [el for el in found if _author_el(el, found) is not None
            or _time_el(el, found) is not None or el.tag == "tr"]


def _in_region_table(tr: HtmlElement) -> bool:
    for anc in tr.iterancestors():
        if _is_region(anc):
            return True
        if anc.tag == "body":
            return False
    return False


def _holders(root: HtmlElement, items: list[HtmlElement]) -> tuple[HtmlElement, ...]:
    """The outermost comment regions (or items outside any region): what to cut from the
    article before text extraction."""
    regions = [el for el in root.iter() if isinstance(el.tag, str) and _is_region(el)]
    out: list[HtmlElement] = []
    for el in [*regions, *items]:
        if not any(el is o or _is_inside(el, o) for o in out):
            out = [o for o in out if not _is_inside(o, el)]
            out.append(el)
    return tuple(out)


def _is_inside(el: HtmlElement, container: HtmlElement) -> bool:
    return any(anc is container for anc in el.iterancestors())


# -- reading one item -------------------------------------------------------------------


def _own_descendants(item: HtmlElement, items: list[HtmlElement]) -> Iterator[HtmlElement]:
    """Descendants of ``item`` in document order, not entering nested items (replies).

    lxml keeps one proxy object per node while it is referenced, so ``id`` identifies
    nodes as long as ``items`` holds them.
    """
    nested = {id(el) for el in items} - {id(item)}
    stack = list(reversed(item))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or id(el) in nested:
            continue
        yield el
        stack.extend(reversed(el))


def _author_el(item: HtmlElement, items: list[HtmlElement]) -> HtmlElement | None:
    for el in _own_descendants(item, items):
        if (_has(el, _AUTHOR_TOKENS) and el.tag not in {"img", "a"} | _NOISE_TAGS) or (
            el.tag == "a" and _has(el, _AUTHOR_TOKENS) and el.get("href") is not None
        ):
            # An author wrapper (``comment-author vcard``) may hold the avatar and a ``fn``.
            inner = next((d for d in el.iterdescendants()
                          if isinstance(d.tag, str) and _has(d, _AUTHOR_TOKENS)), None)
            return inner if inner is not None else el
    return None


def _time_el(item: HtmlElement, items: list[HtmlElement]) -> HtmlElement | None:
    fallback: HtmlElement | None = None
    for el in _own_descendants(item, items):
        if el.tag == "time" or el.get("itemprop") in {"dateCreated", "datePublished"}:
            return el
        if fallback is None and _has(el, _TIME_TOKENS):
            fallback = el
    return fallback


def _read_item(item: HtmlElement, items: list[HtmlElement]) -> HtmlComment | None:
    author_el = _author_el(item, items)
    time_el = _time_el(item, items)
    if item.tag == "tr" and author_el is None and time_el is None:
        return _read_row(item)
    roles = [el for el in (author_el, time_el) if el is not None]
    text_el = next((el for el in _own_descendants(item, items) if _has(el, _TEXT_TOKENS)
                    and not any(el is r or _is_inside(el, r) for r in roles)), None)
    skip = roles + [el for el in items if el is not item]  # only nested ones are under it
    lines = element_lines(text_el if text_el is not None else item, skip=skip)
    author = _clean_author(" ".join(element_lines(author_el))) if author_el is not None else None
    posted, posted_text = _read_time(time_el) if time_el is not None else (None, None)
    if text_el is None and posted is None:
        # No time element: the time may be a line of its own inside the item.
        posted, posted_text, lines = _time_line(lines)
    if not lines:
        return None
    return HtmlComment(author or None, posted, "\n".join(lines), posted_text)


def _read_row(row: HtmlElement) -> HtmlComment | None:
    """A forum table row without role classes: author cell, time, message cell."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in {"td", "th"}]
    if len(cells) < 2 or any(c.tag == "th" for c in cells):
        return None
    texts = [element_lines(c) for c in cells]
    author_lines = texts[0]
    if not author_lines or len(author_lines[0]) > MAX_AUTHOR_CELL_CHARS:
        return None
    rest = [line for cell in texts[1:] for line in cell]
    posted, posted_text, lines = _time_line(rest)
    if not lines:
        return None
    return HtmlComment(_clean_author(author_lines[0]) or None, posted, "\n".join(lines),
                       posted_text)


def _time_line(lines: list[str]) -> tuple[datetime | date | None, str | None, list[str]]:
    """Find the first line that is a timestamp; return its value, itself, the other lines."""
    for i, line in enumerate(lines):
        stamp = parse_timestamp(line)
        if stamp is not None:
            return stamp.value, line, lines[:i] + lines[i + 1 :]
    return None, None, lines


def _clean_author(s: str) -> str:
    return s.strip(" :-–—|،,")


def _read_time(el: HtmlElement) -> tuple[datetime | date | None, str | None]:
    printed = " ".join(element_lines(el)) or None
    for attr in ("datetime", "content", "title"):
        value = parse_iso(el.get(attr))
        if value is not None:
            return value, printed
    return (read_printed_time(printed) if printed else None), printed


def parse_iso(value: str | None) -> datetime | date | None:
    """An ISO 8601 date or datetime (``2023-03-12``, ``2023-03-12T21:40:00+03:00``, ``Z``)
    as local wall time; ``None`` for anything else."""
    if not value or not re.match(r"^\s*\d{4}-\d{2}-\d{2}", value):
        return None
    s = value.strip().replace("Z", "+00:00")
    try:
        if len(s) == 10:
            return date.fromisoformat(s)
        return datetime.fromisoformat(s).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        return None


def read_printed_time(text: str) -> datetime | date | None:
    """A printed date with an optional clock time, in any layout rasd reads
    (``١٢ آذار ٢٠٢٣ - ٩:٤٠ م``, ``3 أفريل 2024 على الساعة 14:20``); ``None`` for relative
    or unreadable times."""
    stamp = parse_timestamp(text)
    if stamp is not None:
        return stamp.value
    day = next((r.value for r in extract_times(text) if not r.relative
                and r.granularity in {"day", "hour", "minute"} and r.value is not None), None)
    if day is None:
        return None
    if isinstance(day, datetime):
        return day
    # A clock time after the date is resolved against that day.
    for ref in extract_times(text, published=day):
        if isinstance(ref.value, datetime) and ref.granularity in {"hour", "minute"}:
            return ref.value
    return day


# -- element text ----------------------------------------------------------------------


def element_lines(el: HtmlElement | None, *, skip: list[HtmlElement] | None = None) -> list[str]:
    """The visible text of ``el`` as lines: block elements and ``<br>`` break lines, runs of
    spaces collapse, empty lines go; ``skip`` subtrees, noise tags and controls are left
    out."""
    if el is None:
        return []
    parts: list[str] = []
    skipped = {id(s) for s in skip or ()}

    def walk(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        hidden = (not tag or tag in _NOISE_TAGS or id(node) in skipped
                  or (tag in {"a", "span", "div", "p"} and _has(node, _NOISE_TOKENS))
                  or (tag == "a" and "reply" in _tokens(node)))
        if not hidden:
            block = tag in _BLOCK_TAGS
            if block:
                parts.append("\n")
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
            if block:
                parts.append("\n")
        if node.tail and node is not el:
            parts.append(node.tail)

    walk(el)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


# -- JSON-LD ---------------------------------------------------------------------------


def jsonld_objects(root: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object in the page's ``application/ld+json`` scripts (``@graph`` and
    nested objects included); malformed scripts are skipped with a log line."""
    out: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in script.get("type", "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError as exc:
            log.debug("skipping malformed JSON-LD: %s", exc)
            continue
        _walk_json(data, out)
    return out


def _walk_json(data: object, out: list[dict[str, Any]]) -> None:
    if isinstance(data, dict):
        out.append(data)
        for value in data.values():
            _walk_json(value, out)
    elif isinstance(data, list):
        for value in data:
            _walk_json(value, out)


def has_type(obj: dict[str, Any], name: str) -> bool:
    kind = obj.get("@type")
    return kind == name or (isinstance(kind, list) and name in kind)


def jsonld_name(value: object) -> str | None:
    """``"x"``, ``{"name": "x"}`` or a list of them: the first name."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def jsonld_comments(root: HtmlElement) -> Iterator[HtmlComment]:
    for obj in jsonld_objects(root):
        if not has_type(obj, "Comment"):
            continue
        text = obj.get("text") or obj.get("commentText") or obj.get("description")
        if not isinstance(text, str) or not text.strip():
            continue
        printed = obj.get("dateCreated") or obj.get("datePublished")
        posted = parse_iso(printed) if isinstance(printed, str) else None
        if posted is None and isinstance(printed, str):
            posted = read_printed_time(printed)
        lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
        yield HtmlComment(jsonld_name(obj.get("author")), posted,
                          "\n".join(line for line in lines if line),
                          printed if isinstance(printed, str) else None)
