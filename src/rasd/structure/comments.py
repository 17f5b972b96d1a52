"""The reader-comments block of a page dump: its header, and each comment's author, time
and text.

A comments block starts at a header line (``التعليقات (2)``, ``تعليقات``, ``التعليقات: 3``,
``3 تعليقات``, ``عدد التعليقات (5)``). Comments are anchored on their timestamp lines, the
one thing every layout prints in a recognisable form; the author is the line next to the
timestamp (before it in most layouts, after it when the block opens with a timestamp) or
the text before the time on the same line (``أحمد - 12 مارس 2023 10:15``). Everything from
the line after a comment's time to the next comment's author is that comment's text, which
may run over many lines. Button lines (``رد``, ``إبلاغ``) and the comment form that closes
the block are not comment text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.model import Comment, Span
from rasd.structure.lines import Line, page_markers
from rasd.structure.timestamps import Timestamp, find_trailing_timestamp, parse_timestamp

# Header forms, matched on the normalised line (digits already ASCII).
_HEADER = re.compile(
    r"^(?:عدد\s+)?(?:ال)?تعليقات(?:\s+(?:القراء|الزوار|الفيسبوك))?"
    r"\s*(?:[(\[:]\s*(?P<n1>\d+)\s*[)\]]?)?$"
    r"|^(?P<n2>\d+)\s+(?:تعليق|تعليقات|تعليقا)$"
    r"|^(?:ال)?تعليقات\s*[-–—]\s*(?P<n3>\d+)$"
    r"|^(?P<none>لا\s+توجد\s+تعليقات|لا\s+يوجد\s+تعليقات|كن\s+اول\s+من\s+يعلق)$"
    r"|^(?P<one>تعليق\s+واحد)$|^(?P<two>تعليقان)$"
)

#: An author line is a name or a nickname, not a sentence: past this many words it is text.
MAX_AUTHOR_WORDS = 7
#: Authors with a place/country suffix (``سامي - تونس``) stay short too; 60 characters covers
#: the longest nicknames seen on Arabic news sites.
MAX_AUTHOR_CHARS = 60


@dataclass(frozen=True, slots=True)
class CommentsHeader:
    line: Line
    declared: int | None


@dataclass(frozen=True, slots=True)
class CommentsParse:
    comments: tuple[Comment, ...]
    #: Lines of the block that belong to no comment and are not buttons or form fields.
    leftover: tuple[Line, ...]


def match_header(line: Line) -> CommentsHeader | None:
    """Whether ``line`` opens a comments block, and the count it declares."""
    if line.words > 4:
        return None
    m = _HEADER.match(line.key.strip(" :."))
    if m is None:
        return None
    n = m.group("n1") or m.group("n2") or m.group("n3")
    if n is not None:
        return CommentsHeader(line, int(n))
    if m.group("none"):
        return CommentsHeader(line, 0)
    if m.group("one"):
        return CommentsHeader(line, 1)
    if m.group("two"):
        return CommentsHeader(line, 2)
    return CommentsHeader(line, None)


def parse_comments(text: str, lines: list[Line]) -> CommentsParse:
    """Split the lines after a comments header into comments."""
    markers = page_markers()
    body: list[Line] = []
    for line in lines:
        if markers.is_("comment_end", line.key) or markers.starts("comment_end", line.key):
            break
        noise = markers.is_("comment_noise", line.key) or _button_with_count(line.key)
        if not noise and not _is_counter(line):
            body.append(line)
    stamps = [_stamp_of(line) for line in body]
    anchors = [i for i, st in enumerate(stamps) if st is not None]
    if not anchors:
        return CommentsParse((), tuple(body))
    time_first = anchors[0] == 0 and not _has_inline_author(body[0], stamps[0])
    comments: list[Comment] = []
    used: set[int] = set()
    for n, i in enumerate(anchors):
        line, stamp = body[i], stamps[i]
        assert stamp is not None
        next_anchor = anchors[n + 1] if n + 1 < len(anchors) else len(body)
        author: Span | None
        if _has_inline_author(line, stamp):
            author = _inline_author(text, line, stamp)
            first_text = i + 1
        elif time_first:
            author = _author_line(body, i + 1, next_anchor)
            first_text = i + 2 if author is not None else i + 1
        else:
            author = _author_line(body, i - 1, i) if i - 1 not in used else None
            first_text = i + 1
        last_text = next_anchor
        if not time_first and n + 1 < len(anchors):
            nxt = anchors[n + 1]
            if not _has_inline_author(body[nxt], stamps[nxt]) and nxt - 1 >= first_text:
                last_text = nxt - 1  # that line is the next comment's author
        text_lines = body[first_text:last_text]
        used.update(range(max(0, i - 1), last_text))
        if not text_lines:
            continue
        span = Span.of(text, text_lines[0].span.start, text_lines[-1].span.end)
        posted = stamp.value if not stamp.relative else None
        posted_span = Span.of(text, line.span.start + stamp.start, line.span.start + stamp.end)
        comments.append(Comment(span=span, author=author, posted=posted, posted_span=posted_span))
    leftover = tuple(line for j, line in enumerate(body) if j not in used and j < anchors[0] - 1)
    return CommentsParse(tuple(comments), leftover)


def _stamp_of(line: Line) -> Timestamp | None:
    if line.words > MAX_AUTHOR_WORDS + 10:
        return None
    whole = parse_timestamp(line.text)
    if whole is not None:
        return whole
    trailing = find_trailing_timestamp(line.text)
    if trailing is not None and _looks_like_author(line.text[: trailing.start]):
        return trailing
    return None


def _has_inline_author(line: Line, stamp: Timestamp | None) -> bool:
    return stamp is not None and bool(line.text[: stamp.start].strip(" -–—|,:،"))


def _inline_author(text: str, line: Line, stamp: Timestamp) -> Span:
    head = line.text[: stamp.start]
    name = head.rstrip(" -–—|,:،\t")
    return Span.of(text, line.span.start, line.span.start + len(name))


def _author_line(body: list[Line], i: int, limit: int) -> Span | None:
    if 0 <= i < limit and _looks_like_author(body[i].text):
        return body[i].span
    return None


def _looks_like_author(s: str) -> bool:
    s = s.strip(" -–—|,:،")
    # A final "." is allowed: initials end names ("سلمى ح.", "Dmytro K.").
    return bool(s) and len(s) <= MAX_AUTHOR_CHARS and len(s.split()) <= MAX_AUTHOR_WORDS \
        and not s.endswith(("!", "؟", "?", "،", ":"))


def _button_with_count(key: str) -> bool:
    """``أعجبني (12)``, ``عرض الردود 3``: a button label followed only by a count."""
    phrase = page_markers().starts("comment_noise", key)
    return phrase is not None and not any(ch.isalpha() for ch in key[len(phrase):])


def _is_counter(line: Line) -> bool:
    """Like/reply counters (``12``, ``👍 3``, ``(4)``) printed on a line of their own."""
    key = line.key
    return len(key) <= 8 and any(ch.isdigit() for ch in key) and not any(
        ch.isalpha() for ch in key
    )
