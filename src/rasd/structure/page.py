"""Page structure of plain-text page dumps: section, title, captions, body blocks, comments.

A saved news page, flattened to text, keeps its layout as lines: a section line, the
headline, photo captions (often printed twice, with a trailing ``- جيتي`` credit), body
paragraphs with short subheadings between them, boilerplate (``اقرأ أيضا``, ``شارك``,
``الوسوم``), and a comments block. :class:`PageStructureParser` recovers that layout with
line-level rules that hold across outlets (see ``tests/fixtures/pages``); what it cannot
place becomes body text with a warning, never an error.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import ClassVar

from rasd.model import Block, Caption, Comment, Document, Published, Span, Warning
from rasd.structure.comments import match_header, parse_comments
from rasd.structure.lines import Line, PageMarkers, page_markers, split_lines
from rasd.structure.slash_datelines import slash_dateline  # fix51
from rasd.structure.timestamps import find_trailing_timestamp, parse_timestamp

log = logging.getLogger(__name__)

#: A section line is a label: "سياسة دولية", "عربي ودولي", "أخبار > عربي".
MAX_SECTION_WORDS = 3
MAX_SECTION_CHARS = 25
#: Subheadings in Arabic news are short noun phrases (the seed's are 3 and 4 words).
MAX_SUBHEADING_WORDS = 12
MAX_SUBHEADING_CHARS = 90
#: Headlines of "read also" lists are headline-sized; a longer line is back to the body.
MAX_RELATED_WORDS = 18
MAX_RELATED_LINES = 8
#: "اقرأ أيضا", "المزيد من أخبار مصر": a header line this short introduces a list.
MAX_RELATED_HEADER_WORDS = 6
#: A caption without credit is a short unpunctuated line between headline and body.
MAX_CAPTION_WORDS = 25
#: Credits not in the lexicon ("- إرنا") are accepted after a caption this long; a
#: shorter "X - Y" line is a dateline ("مقديشو – وكالات").
MIN_CAPTION_WORDS_FOR_UNKNOWN_CREDIT = 4
MAX_CREDIT_WORDS = 3
#: Tag lists under a bare "الوسوم" header are one short tag per line.
MAX_TAG_WORDS = 4
MAX_TAG_LINES = 15
#: A line this long without final punctuation, followed directly by another line, is a
#: hard-wrapped paragraph rather than a heading.
MIN_WRAPPED_CHARS = 50
#: Byline, dateline and date lines are short; a longer line is text.
MAX_META_WORDS = 8
#: A headline longer than this is the body of a page without a headline.
MAX_TITLE_WORDS = 40

_CREDIT_TAIL = re.compile(
    r"^(?P<cap>.*?\S)\s*(?:[-–—|/]\s*(?P<c1>[^-–—|/()]{1,40}?)|\((?P<c2>[^()]{1,40})\))\s*$"
)
#: The marks one of which every _CREDIT_TAIL match holds, unless the line ends with ")" (its
#: credit is bracketed): a line with neither has no credit tail, which this search (a
#: character set re skips by) tells far faster than the tail's lazy caption reading, tried
#: at every length of the line.
_CREDIT_MARKS = re.compile(r"[-–—|/]")
_BREADCRUMB = re.compile(r"[»>›/|]")
_DATELINE = re.compile(r"^[^.!?؟:،,]{2,40}\s[-–—]\s[^.!?؟]{2,40}$")


def _credit_tail(text: str) -> re.Match[str] | None:
    """``_CREDIT_TAIL.match(text)``, not tried on a line without :data:`_CREDIT_MARKS` that
    does not end with ")" (str.rstrip's whitespace is re's \\s): no match is lost."""
    if _CREDIT_MARKS.search(text) is None and not text.rstrip().endswith(")"):
        return None
    return _CREDIT_TAIL.match(text)


@dataclass(frozen=True, slots=True)
class PageLayout:
    """What the structure parser found; spans index into the page text."""

    section: Span | None
    title: Span | None
    captions: tuple[Caption, ...]
    blocks: tuple[Block, ...]
    comments_declared: int | None
    comments: tuple[Comment, ...]
    page_date: date | None
    warnings: tuple[Warning, ...]


def parse_page(text: str, *, title_in_text: bool = True) -> PageLayout:
    """Recover the layout of a page dump. ``title_in_text=False`` when the caller has the
    headline from metadata and the text starts with the body (JSONL corpora)."""
    return _PageParse(text, title_in_text).run()


class _PageParse:
    def __init__(self, text: str, title_in_text: bool) -> None:
        self.text = text
        self.title_in_text = title_in_text
        self.markers: PageMarkers = page_markers()
        all_lines = split_lines(text)
        self.lines = [line for line in all_lines if line is not None]
        self.warnings: list[Warning] = []
        self.captions: list[Caption] = []
        self.body: list[Line] = []
        self.page_date: date | None = None

    def run(self) -> PageLayout:
        lines = self.lines
        comments: tuple[Comment, ...] = ()
        declared: int | None = None
        h = self._comments_header_index()
        if h is not None:
            header = match_header(lines[h])
            assert header is not None
            declared = header.declared
            parsed = parse_comments(self.text, lines[h + 1 :])
            comments = parsed.comments
            if parsed.leftover or (lines[h + 1 :] and not comments):
                self.warnings.append(Warning(
                    "comments_unparsed",
                    f"{len(parsed.leftover) or len(lines) - h - 1} line(s) of the comments "
                    "block match no comment layout and were left out of the comments",
                ))
            lines = lines[:h]
        section, title, rest = self._head(lines)
        self._article(rest, title)
        blocks = self._blocks()
        if not blocks and not title and lines:
            self.warnings.append(Warning("layout_unrecognised", "no body found"))
        return PageLayout(section, title, tuple(self.captions), blocks, declared, comments,
                          self.page_date, tuple(self.warnings))

    # -- comments ----------------------------------------------------------------------
    def _comments_header_index(self) -> int | None:
        candidates = [i for i, line in enumerate(self.lines) if match_header(line) is not None]
        for i in candidates:
            if any(parse_timestamp(x.text) or find_trailing_timestamp(x.text)
                   for x in self.lines[i + 1 : i + 4]):
                return i
        return candidates[-1] if candidates else None

    # -- section and headline ----------------------------------------------------------
    def _head(self, lines: list[Line]) -> tuple[Span | None, Span | None, list[Line]]:
        if not lines:
            return None, None, []
        section: Span | None = None
        k = 0
        if self._is_section(lines, 0):
            section, k = lines[0].span, 1
        if not self.title_in_text or k >= len(lines):
            return section, None, lines[k:]
        first = lines[k]
        if first.words > MAX_TITLE_WORDS or (len(lines) == k + 1 and first.ends_sentence):
            self.warnings.append(Warning(
                "no_title", "the page has no headline line; its first line is body text"))
            return section, None, lines[k:]
        return section, first.span, lines[k + 1 :]

    def _is_section(self, lines: list[Line], i: int) -> bool:
        line = lines[i]
        if self.markers.is_("section", line.key):
            return True
        if line.words <= 6 and _BREADCRUMB.search(line.text) and not line.ends_sentence \
                and not slash_dateline(line.text, self._is_credit):  # fix51: أنقرة/ الأناضول
            return True
        if not self.title_in_text or i + 1 >= len(lines):
            return False
        nxt = lines[i + 1]
        return (line.words <= MAX_SECTION_WORDS and len(line.text) <= MAX_SECTION_CHARS
                and not line.ends_sentence and not any(c.isdigit() for c in line.key)
                and nxt.words >= 5 and nxt.index - line.index > 1)

    # -- article body ------------------------------------------------------------------
    def _article(self, lines: list[Line], title: Span | None) -> None:
        skip: set[int] = set()
        markers = self.markers
        for k, line in enumerate(lines):
            if k in skip:
                continue
            key = line.key
            if title is not None and line.text == title.text:
                continue
            dup = next((j for j in range(k + 1, min(k + 3, len(lines)))
                        if lines[j].text == line.text), None)
            if dup is not None and line.words <= 60:
                self._caption(line)
                skip.add(dup)
                continue
            if markers.starts("related", key) is not None and line.words <= MAX_RELATED_WORDS:
                if line.words <= MAX_RELATED_HEADER_WORDS:
                    skip.update(_related_items(lines, k))
                continue
            if self._is_share(line):
                skip.update(self._following(lines, k, self._is_social, MAX_TAG_LINES))
                continue
            if markers.starts("tags", key) is not None and (
                line.words <= 30 and (":" in line.text or self._bare(key, "tags"))
            ):
                if self._bare(key, "tags"):
                    skip.update(self._following(lines, k, _tag_line, MAX_TAG_LINES))
                continue
            if markers.starts("more", key) is not None and line.words <= 12:
                continue
            if not self.body and self._meta_line(line):
                continue
            if self._credit_caption(line):
                continue
            if not self.body and _standalone_caption(lines, k):
                self.captions.append(Caption(line.span, None))
                continue
            if _source_line(line, markers):
                continue
            self.body.append(line)

    def _bare(self, key: str, kind: str) -> bool:
        phrase = self.markers.starts(kind, key)
        return phrase is not None and not key[len(phrase):].strip(" :.-–—|»")

    @staticmethod
    def _following(lines: list[Line], k: int, pred: object, limit: int) -> list[int]:
        out: list[int] = []
        for j in range(k + 1, min(len(lines), k + 1 + limit)):
            if not callable(pred) or not pred(lines[j]):
                break
            out.append(j)
        return out

    def _is_social(self, line: Line) -> bool:
        if line.words > MAX_TAG_LINES:
            return False
        words = [w for w in re.split(r"[\s,|/·•-]+", line.key) if w]
        social = self.markers.phrases("social")
        return bool(words) and all(w in social for w in words)

    def _is_share(self, line: Line) -> bool:
        if self._is_social(line):
            return True
        phrase = self.markers.starts("share", line.key)
        if phrase is None or line.words > MAX_TAG_LINES:
            return False
        rest = [w for w in re.split(r"[\s,|/:·•-]+", line.key[len(phrase):]) if w]
        return all(w in self.markers.phrases("social") for w in rest)

    def _caption(self, line: Line, *, force_credit: bool = False) -> None:
        m = _credit_tail(line.text)
        if m is not None:
            credit = m.group("c1") or m.group("c2")
            if credit is not None and (force_credit or self._is_credit(credit)):
                cs = line.span.start + m.start("c1" if m.group("c1") else "c2")
                credit_span = Span.of(self.text, cs, cs + len(credit.rstrip()))
                cap = Span.of(self.text, line.span.start, line.span.start + m.end("cap"))
                self.captions.append(Caption(cap, credit_span))
                return
        self.captions.append(Caption(line.span, None))

    def _credit_caption(self, line: Line) -> bool:
        m = _credit_tail(line.text)
        credit = m and (m.group("c1") or m.group("c2"))
        if not m or not credit or line.words > MAX_CAPTION_WORDS:
            return False
        caption_words = len(m.group("cap").split())
        if self._is_credit(credit) or (
            caption_words >= MIN_CAPTION_WORDS_FOR_UNKNOWN_CREDIT
            and len(credit.split()) <= MAX_CREDIT_WORDS
            and not any(ch.isdigit() for ch in credit)
            and m.group("cap")[-1] not in ".!?؟:؛;,،"
        ):
            self._caption(line, force_credit=True)
            return True
        return False

    def _is_credit(self, credit: str) -> bool:
        from rasd.text.normalize import normalize_key

        key = normalize_key(credit).strip(" .:")
        return key in self.markers.phrases("credit") or self.markers.starts(
            "credit_prefix", key) is not None

    def _meta_line(self, line: Line) -> bool:
        """Date lines, bylines and standalone datelines before the first paragraph."""
        if line.words > MAX_META_WORDS + 4:
            return False
        stamp = parse_timestamp(line.text)
        if stamp is None and self.markers.starts("date_prefix", line.key) is not None:
            stamp = find_trailing_timestamp(line.text)
        if stamp is not None:
            if self.page_date is None and isinstance(stamp.value, date):
                self.page_date = (stamp.value.date() if isinstance(stamp.value, datetime)
                                  else stamp.value)
            return True
        if line.words > MAX_META_WORDS or line.ends_sentence:
            return False
        return self.markers.starts("byline", line.key) is not None or bool(
            _DATELINE.match(line.text))

    # -- blocks ------------------------------------------------------------------------
    def _blocks(self) -> tuple[Block, ...]:
        merged: list[Span] = []
        prev: Line | None = None
        for line in self.body:
            if (prev is not None and merged and line.index == prev.index + 1
                    and len(prev.text) >= MIN_WRAPPED_CHARS and not prev.ends_sentence):
                merged[-1] = Span.of(self.text, merged[-1].start, line.span.end)
            else:
                merged.append(line.span)
            prev = line
        blocks: list[Block] = []
        for j, span in enumerate(merged):
            heading = (0 < j < len(merged) - 1 and _is_heading(span.text))
            blocks.append(Block("subheading" if heading else "paragraph", span))
        return tuple(blocks)


def _is_heading(text: str) -> bool:
    return (len(text) <= MAX_SUBHEADING_CHARS and len(text.split()) <= MAX_SUBHEADING_WORDS
            and text[-1] not in ".!?؟:؛;,،…\"»”'")


def _related_line(line: Line) -> bool:
    return line.words <= MAX_RELATED_WORDS and not line.ends_sentence


def _related_items(lines: list[Line], k: int) -> list[int]:
    """The headlines listed under a "read also" header: headline-like lines right after
    it, up to the first blank line after an item (a subheading may follow the list)."""
    out: list[int] = []
    for j in range(k + 1, min(len(lines), k + 1 + MAX_RELATED_LINES)):
        if not _related_line(lines[j]) or (out and lines[j].index - lines[j - 1].index > 1):
            break
        out.append(j)
    return out


def _standalone_caption(lines: list[Line], k: int) -> bool:
    """A short unpunctuated line before the first paragraph, followed by running text."""
    line = lines[k]
    if line.words > MAX_CAPTION_WORDS or line.ends_sentence or k + 1 >= len(lines):
        return False
    nxt = lines[k + 1]
    return nxt.ends_sentence or nxt.words > MAX_CAPTION_WORDS


def _tag_line(line: Line) -> bool:
    return line.words <= MAX_TAG_WORDS and not line.ends_sentence


def _source_line(line: Line, markers: PageMarkers) -> bool:
    """A closing ``المصدر: وكالات`` line names the source; it is not body text."""
    key = line.key.lstrip("(")
    return line.words <= 6 and key.startswith("المصدر") and (
        len(key) == 6 or not key[6].isalnum())


class PageStructureParser:
    """Stage: fill section, title, captions, blocks and comments from the page text."""

    name: ClassVar[str] = "structure.page/1"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset(
        {"section", "title", "captions", "blocks", "comments_declared", "comments"})

    def __call__(self, doc: Document) -> Document:
        title_in_text = doc.meta_title is None or doc.text.lstrip().startswith(
            doc.meta_title.strip())
        layout = parse_page(doc.text, title_in_text=title_in_text)
        published = doc.published
        if published.date is None and layout.page_date is not None:
            # The page prints its own date: that is a statement, not an inference.
            published = Published(layout.page_date, inferred=False, basis="page")
        return replace(
            doc,
            section=layout.section,
            title=layout.title,
            captions=layout.captions,
            blocks=layout.blocks,
            comments_declared=layout.comments_declared,
            comments=layout.comments,
            published=published,
            warnings=doc.warnings + layout.warnings,
        )
