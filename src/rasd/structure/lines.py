"""Lines of a page dump with exact offsets, and the page-marker lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.model import Span
from rasd.text.normalize import normalize_key, normalized_text

# Characters that may pad a line without being content: ASCII whitespace, NBSP and the
# other Unicode spaces, zero-width and bidi marks that editors and CMSs leave behind.
_PAD = " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\u061c"
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
#: Markers are phrases at the start of short lines: normalising a line's first characters
#: is enough to match them, and long paragraphs are not normalised whole.
KEY_CHARS = 120

#: Sentence-final punctuation: a line ending in one of these reads as running text.
FINAL_PUNCT = frozenset(".!?؟:؛;,،…\"»”'")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: its index among all lines and the span of its trimmed content."""

    index: int
    span: Span
    key: str  # normalised start of the content (KEY_CHARS), for marker matching
    words: int  # whitespace-separated words

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def ends_sentence(self) -> bool:
        return self.span.text[-1] in FINAL_PUNCT


def split_lines(text: str) -> list[Line | None]:
    """All lines of ``text`` in order; blank ones (only padding) are ``None``."""
    out: list[Line | None] = []
    pos = 0
    for i, m in enumerate(_iter_breaks(text)):
        start, end = pos, m
        pos = _after_break(text, m)
        out.append(_make_line(text, i, start, end))
    return out


def _iter_breaks(text: str) -> list[int]:
    ends = [m.start() for m in _LINE_BREAK.finditer(text)]
    ends.append(len(text))
    return ends


def _after_break(text: str, at: int) -> int:
    if text.startswith("\r\n", at):
        return at + 2
    return at + 1


def _make_line(text: str, index: int, start: int, end: int) -> Line | None:
    raw = text[start:end]
    stripped_left = raw.lstrip(_PAD)
    if not stripped_left:
        return None
    s = start + (len(raw) - len(stripped_left))
    e = start + len(raw.rstrip(_PAD))
    content = text[s:e]
    return Line(index, Span(s, e, content), _key(content[:KEY_CHARS]), len(content.split()))


def _key(text: str) -> str:
    return " ".join(normalized_text(text).split())


@dataclass(frozen=True, slots=True)
class PageMarkers:
    """Normalised marker phrases by kind (see ``data/lexicon/page_markers.tsv``)."""

    by_kind: dict[str, frozenset[str]]
    starters: dict[str, re.Pattern[str]]

    def phrases(self, kind: str) -> frozenset[str]:
        return self.by_kind.get(kind, frozenset())

    def is_(self, kind: str, key: str) -> bool:
        """Whether the whole (normalised) line is one of the ``kind`` phrases."""
        return _strip_trailing(key) in self.by_kind.get(kind, frozenset())

    def starts(self, kind: str, key: str) -> str | None:
        """The longest ``kind`` phrase that starts the line at a word boundary, if any."""
        pattern = self.starters.get(kind)
        m = pattern.match(key) if pattern is not None else None
        return m.group(0) if m is not None else None


def _strip_trailing(key: str) -> str:
    return key.rstrip(" :.-–—|»>").strip()


@cache
def page_markers() -> PageMarkers:
    data = resources.files("rasd.data.lexicon").joinpath("page_markers.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, phrases = line.split("\t", 1)
        kinds.setdefault(kind, set()).update(normalize_key(p) for p in phrases.split("|"))
    starters = {
        kind: re.compile(
            "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
            + r")(?!\w)")
        for kind, phrases in kinds.items()
    }
    return PageMarkers({k: frozenset(v) for k, v in kinds.items()}, starters)
