"""Sentence splitting for Arabic news text (with Latin-script passages).

Boundaries are found in one regex scan for runs of terminators (``. ! ? ؟ ؛ ; …``) and for
newlines; each candidate is then checked against the few things that look like a sentence
end but are not:

* newlines always end a sentence (a text dump puts one paragraph on a line);
* a terminator inside a quotation (``"…"``, ``«…»``, ``“…”``) never ends a sentence. Quotes
  are paired within a line and at most :data:`MAX_QUOTE_CHARS` apart, so a stray quote mark
  cannot swallow a page. A terminator just before the closing mark moves the boundary to
  after the mark (``قال: "انتهى الأمر." ثم غادر`` is two sentences);
* a period between digits is a decimal point (``3.5``) and a period inside a token
  (``aljazeera.net``, ``ق.م``) is not a boundary;
* abbreviations: a single Arabic letter with a period (``د.`` ``أ.`` ``م.`` — except ``م.`` /
  ``هـ.`` closing a year, which do end sentences), Latin initials (``U.S.``, ``J.``) and the
  titles listed in :data:`LATIN_ABBREVIATIONS`;
* an ellipsis (``..``, ``...``, ``…``) ends a sentence when a new word follows after a space:
  news headlines use ``..`` to join two headlines (``احتجاجات في كازاخستان.. واشنطن تحذر``);
  one followed by a closing quote or bracket stays inside the sentence.

Returned spans exclude surrounding whitespace and never are empty.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from rasd.model import Span

#: Longest quotation (characters) inside which terminators are ignored. Long enough for a
#: quoted statement of several sentences, short enough that one unbalanced quote mark
#: cannot suppress boundaries across a whole page.
MAX_QUOTE_CHARS = 600

#: Latin abbreviations that end with a period but rarely end a sentence (lower-cased).
LATIN_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt",
     "gov", "sen", "rep", "vs", "no", "inc", "ltd", "co", "corp", "e.g", "i.e", "etc", "approx"}
)

_TERMINATORS = ".!?؟؛;…"
_CLOSERS = "\"'»”’)]}"
_ARABIC = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"

# A newline alone, or a run of terminators. Written to start with one character class so
# that ``re`` skips to the next candidate in a tight loop instead of trying every position.
_CANDIDATE_RE = re.compile(r"[\n.!?؟؛;…](?:(?<=\n)|[.!?؟؛;…]*)")
_QUOTE_RE = re.compile(
    rf'"[^"\n]{{1,{MAX_QUOTE_CHARS}}}"|«[^«»\n]{{1,{MAX_QUOTE_CHARS}}}»'
    rf"|“[^“”\n]{{1,{MAX_QUOTE_CHARS}}}”"
)
_WORD_BEFORE_RE = re.compile(r"(\S+?)$")
_YEAR_ERA_RE = re.compile(r"\d{3,4}\s*(?:م|هـ|ه)$")
_HTML_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]+|#\d+)$")
_ARABIC_TAIL_RE = re.compile(rf"[{_ARABIC}]{{2,}}$")
_ARABIC_HEAD_RE = re.compile(rf"[{_ARABIC}]{{2,}}")
_ARABIC_CHAR_RE = re.compile(rf"[{_ARABIC}]")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


#: Piece texts whose sentences are remembered. The quote and event stages split the same
#: pieces (headline, captions, body blocks) one after the other; a page has a few dozen at
#: most, so this holds every piece of the page being read and little else.
SENTENCE_CACHE_SIZE = 256


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` as spans of it, in order (see module doc for the rules)."""
    return list(_sentences(text))


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _sentences(text: str) -> tuple[Span, ...]:
    """:func:`split_sentences`, kept as an immutable tuple for the next stage to reuse."""
    quotes = _quote_regions(text)
    quote_starts = [q[0] for q in quotes]
    opening = set(quote_starts)
    cuts: list[int] = []
    n = len(text)
    for m in _CANDIDATE_RE.finditer(text):
        start, end = m.span()
        if text[start] == "\n":
            cuts.append(start)
            continue
        inside = _enclosing_quote(quotes, quote_starts, start)
        if inside is not None:
            q_end = inside[1]
            if end == q_end - 1 and _is_sentence_end(text, start, end, q_end):
                cuts.append(q_end)
            continue
        if _is_sentence_end(text, start, end, end):
            stop = end
            while stop < n and text[stop] in _CLOSERS and stop not in opening:
                stop += 1
            cuts.append(stop)
    return tuple(_spans_between(text, cuts))


def _quote_regions(text: str) -> list[tuple[int, int]]:
    if '"' not in text and "«" not in text and "“" not in text:
        return []
    return [m.span() for m in _QUOTE_RE.finditer(text)]


def _enclosing_quote(
    quotes: list[tuple[int, int]], starts: list[int], pos: int
) -> tuple[int, int] | None:
    k = bisect_right(starts, pos) - 1
    if k >= 0 and quotes[k][0] < pos < quotes[k][1]:
        return quotes[k]
    return None


def _is_sentence_end(text: str, start: int, end: int, after: int) -> bool:
    """Whether the terminator run ``text[start:end]`` ends a sentence; ``after`` is where the
    next sentence would begin (past a closing quote when the run closes a quotation)."""
    run = text[start:end]
    nxt = text[after] if after < len(text) else ""
    ellipsis = run[-1] == "…" or run.endswith("..")
    if run[0] in "؛;":
        return _HTML_ENTITY_RE.search(text, max(0, start - 12), start) is None
    if nxt and not nxt.isspace():
        if nxt in _CLOSERS:
            return not ellipsis  # "(...)" and «...» keep their ellipsis inside
        if ellipsis or nxt.isdigit():
            return False  # "قال...إن", "1.5", "v2.0"
        if run == ".":
            return _glued_arabic_boundary(text, start)
        return True  # "ماذا؟قال": a missing space after ! or ?
    if run == ".":
        return not _is_abbreviation(text, start)
    return True


def _glued_arabic_boundary(text: str, dot: int) -> bool:
    before = _ARABIC_TAIL_RE.search(text[max(0, dot - 20):dot])
    after = _ARABIC_HEAD_RE.match(text[dot + 1:dot + 21])
    return before is not None and after is not None


def _is_abbreviation(text: str, dot: int) -> bool:
    """A single period at ``dot`` that closes an abbreviation or an initial."""
    head = text[max(0, dot - 30):dot]
    m = _WORD_BEFORE_RE.search(head)
    if m is None:
        return False
    word = m.group(1)
    if word[-1].isdigit():
        return False
    if len(word) == 1 and _ARABIC_CHAR_RE.match(word):
        return _YEAR_ERA_RE.search(head) is None  # "عام 1991 م." ends a sentence
    if word.endswith("ـ") and len(word.rstrip("ـ")) == 1:
        return _YEAR_ERA_RE.search(head.rstrip("ـ")) is None
    low = word.lower().lstrip("(\"'«“")
    if low in LATIN_ABBREVIATIONS:
        return True
    if len(low) == 1 and low.isalpha() and word[-1].isupper():
        return True  # an initial: J. K. Rowling
    return _INITIALS_RE.fullmatch(low) is not None  # U.S. / e.g.


def _spans_between(text: str, cuts: list[int]) -> list[Span]:
    spans: list[Span] = []
    begin = 0
    for cut in [*cuts, len(text)]:
        if cut < begin:
            continue
        a, b = begin, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append(Span(a, b, text[a:b]))
        begin = cut
    return spans
