"""Quotation marks: the quoted passages of a piece of text (a headline, caption or paragraph).

Pairs are looked for within the piece (a quotation in news text rarely runs across a
paragraph break, and a stray mark must not swallow the page): guillemets ``«…»``, English
curly ``“…”``, German low-high ``„…“``/``„…”``, single guillemets ``‹…›`` and straight
``"…"`` pairs taken in reading order. A pair nested inside another one (a quotation inside a
quotation) is left to the outer one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from rasd import caches
from rasd.text.accelerator import load_fasttok
from rasd.text.normalize import normalize_key

#: Longest quotation in characters. A spoken statement of several sentences fits; one
#: unbalanced mark cannot pair with another a whole paragraph later.
MAX_QUOTE_CHARS = 1200

_PAIR_RE = re.compile(
    rf'«[^«»\n]{{1,{MAX_QUOTE_CHARS}}}»'
    rf'|“[^“”\n]{{1,{MAX_QUOTE_CHARS}}}”'
    rf'|„[^„“”\n]{{1,{MAX_QUOTE_CHARS}}}[“”]'
    rf'|‹[^‹›\n]{{1,{MAX_QUOTE_CHARS}}}›'
)
_STRAIGHT_RE = re.compile(rf'"[^"\n]{{1,{MAX_QUOTE_CHARS}}}"')
_UNCLOSED_RE = re.compile(r'(?:^|:)\s*(["«“])')
_CLOSING = {'"': {'"'}, "«": {"»"}, "“": {"”"}}


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted passage: ``[open, close)`` covers the marks, ``[start, end)`` the words
    inside them without surrounding space (offsets into the piece)."""

    open: int
    close: int
    start: int
    end: int
    #: False for a quotation still open at the end of the piece (it goes on in the next
    #: paragraph); ``close`` is then the end of the piece.
    closed: bool = True


def quoted_passages(text: str) -> list[Marked]:
    """The outermost quoted passages of ``text`` in reading order."""
    found = [(m.start(), m.end()) for m in _PAIR_RE.finditer(text)]
    found += [(m.start(), m.end()) for m in _STRAIGHT_RE.finditer(text)]
    found.sort(key=lambda p: (p[0], -p[1]))
    out: list[Marked] = []
    last_close = -1
    for open_, close in found:
        if open_ < last_close:  # nested in (or crossing) the previous passage
            continue
        start, end = open_ + 1, close - 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        out.append(Marked(open_, close, start, end))
        last_close = close
    unclosed = _unclosed(text, last_close)
    if unclosed is not None:
        out.append(unclosed)
    return out


def _unclosed(text: str, after: int) -> Marked | None:
    """A quotation opened after a colon or at the start of the piece and not closed in it:
    news text runs a long statement over several paragraphs and closes it in the last."""
    m = _UNCLOSED_RE.search(text, max(after, 0))
    if m is None:
        return None
    open_ = m.start(1)
    if _CLOSING[text[open_]] & set(text[open_ + 1:]):
        return None
    start, end = open_ + 1, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(open_, len(text), start, end, closed=False) if start < end else None


class Tok(NamedTuple):
    """A word or punctuation mark of a piece: offsets into the piece, normalised form."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "word" or "punct"


#: Words (letters, digits, and the diacritics and tatweel written inside Arabic words) or
#: single marks. Lighter than :func:`rasd.text.tokens.tokenize`: the quote stage needs no
#: clitic analysis, and tokenising is most of its cost.
_TOKEN_RE = re.compile(r"[\w\u064B-\u065F\u0670\u0640\u06D6-\u06ED]+|[^\w\s]")


def light_tokens(text: str) -> list[Tok]:
    """The words and marks of ``text`` in order.

    The loop runs in C where the accelerator is built (:mod:`rasd.text.accelerator`: the
    same chunks, caches and tokens), else in Python (:func:`light_tokens_python`).
    """
    if _FAST is not None:
        return _FAST.light_tokens(text, Tok, _WHOLE, _PARTS, _cut)
    return light_tokens_python(text)


def light_tokens_python(text: str) -> list[Tok]:
    """:func:`light_tokens`'s loop in Python: the fallback, and the reference the C loop
    (``rasd/text/_fasttok.c``) is tested against.

    A token never contains whitespace and the token regex looks at nothing around a match,
    so a whitespace-separated chunk always cuts into the same tokens wherever it stands (as
    in :func:`rasd.text.tokens.tokens_in`). News text repeats a few thousand chunks, so each
    distinct chunk is cut and normalised once (:func:`_cut`) and a token costs a dict probe
    and a tuple instead of a regex match object, its span and group and a normalisation
    cache probe (the quote stage's largest cost before).
    """
    new = tuple.__new__  # NamedTuple's own __new__ is Python code: a third of the time
    find = text.find
    whole = _WHOLE.get
    out: list[Tok] = []
    append = out.append
    pos = 0
    for chunk in text.split():  # str.split and the regex's \s agree on whitespace
        c = find(chunk, pos)  # only whitespace lies between pos and the chunk
        pos = c + len(chunk)
        rest = whole(chunk)
        if rest is not None:  # most chunks are one token
            append(new(Tok, (c, pos, chunk) + rest))  # noqa: RUF005 (faster)
            continue
        for a, b, word, norm, kind in _PARTS.get(chunk) or _cut(chunk):
            append(new(Tok, (c + a, c + b, word, norm, kind)))
    return out


#: Distinct chunks whose tokens are kept (both caches together), bounded as the tokenizer's
#: chunk caches are (:data:`rasd.caches.CHUNK_CACHE_SIZE`): emptied when full, they refill
#: with what is frequent.
CHUNK_CACHE_SIZE = caches.CHUNK_CACHE_SIZE

_WHOLE: dict[str, tuple[str, str]] = {}  # chunk that is one token -> (norm, kind)
#: chunk of several tokens -> (start, end, text, norm, kind) of each, relative to the chunk
_PARTS: dict[str, tuple[tuple[int, int, str, str, str], ...]] = {}


def _cut(chunk: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Cut a chunk with the token regex, normalise its tokens, and cache the result."""
    if len(_WHOLE) + len(_PARTS) >= CHUNK_CACHE_SIZE:
        _WHOLE.clear()
        _PARTS.clear()
    if chunk.isalnum() or _TOKEN_RE.fullmatch(chunk):
        # One token, the whole chunk (most new chunks: a word without punctuation), which
        # is what the scan would give: its first branch is greedy, the second one character.
        # isalnum() is the regex's \w without "_" (the same Unicode test), and cheaper.
        rest = _WHOLE[chunk] = _rest(chunk)
        return ((0, len(chunk), chunk, *rest),)
    pieces = []
    for m in _TOKEN_RE.finditer(chunk):
        word = m.group()
        pieces.append((m.start(), m.end(), word, *_rest(word)))
    _PARTS[chunk] = parts = tuple(pieces)
    return parts


def _rest(word: str) -> tuple[str, str]:
    """A token's ``(norm, kind)``, which depend on its text alone."""
    first = word[0]
    return normalize_key(word), "word" if first.isalnum() or first == "_" else "punct"


#: The compiled loop of :func:`light_tokens`, or ``None``: then the Python one runs.
_FAST = load_fasttok()
