"""Tokens with their Arabic proclitics split off, and the regex helpers lexicons share.

:func:`tokenize` normalises the text once (:mod:`rasd.text.normalize`) and cuts it with one
compiled regex scan; every token keeps its span in the *original* text. A word token also
carries a conservative proclitic analysis for lexicon matching: ``clitics`` is the prefix
split off (conjunction و/ف, preposition ب/ك/ل, article ال, or لل = ل + ال) and ``base`` the
rest, so ``والأحد`` reads ``وال`` + ``احد`` and ``للمنظمة`` reads ``لل`` + ``منظمه``.

Splitting is a guess, so it is cautious:

* a prefix is split only when at least :data:`MIN_BASE_LETTERS` letters remain;
* words listed in ``data/lexicon/clitic_keep.tsv`` (``بلد``, ``لبنان``, ``وزير``, ``فرنسا``...,
  also with a pronoun suffix: ``بلاده``) keep their letters, even behind a real
  clitic (``ولبنان`` → ``و`` + ``لبنان``);
* the future prefix ``س`` is never split in the primary reading: too many nouns start with
  سي/ست/سن (سياسة, ستين, سنوات). It is offered by :func:`candidate_bases`, which lists every
  plausible reading for a gazetteer to try in turn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from rasd import caches
from rasd.caches import word_cache
from rasd.model import Span
from rasd.text.accelerator import load_fasttok
from rasd.text.normalize import TASHKEEL, NormalizedText, normalize

TokenKind = Literal["word", "number", "punct", "latin", "symbol"]

#: Letters that must remain after a clitic is split off. Arabic content words have a
#: three-letter root, so a shorter remainder (بلد → ب + لد) is almost always a misreading.
MIN_BASE_LETTERS = 3
#: Candidate readings may go one letter shorter after the article alone: a few place names
#: are two letters behind ال (الرس, العين is already three).
MIN_BASE_AFTER_ARTICLE = 2

#: Arabic-script letters after normalisation (tashkeel and tatweel are gone by then), plus
#: the small Qur'anic signs normalisation keeps, so they never split a word.
ARABIC_LETTERS = (
    "\u0610-\u061a\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
    "\u06fa-\u06fc\u06ff"
)
_LATIN_LETTERS = "a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

_TOKEN_RE = re.compile(
    rf"(?P<number>\d+(?:[.,]\d+)*)"
    rf"|(?P<word>[{ARABIC_LETTERS}]+)"
    rf"|(?P<latin>[{_LATIN_LETTERS}]+(?:['’][{_LATIN_LETTERS}]+)?)"
    rf"|(?P<other>[^\W\d_]+)"
    rf"|(?P<dots>\.{{2,}})"
    rf"|(?P<char>\S)"
)

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
#: Pronoun suffixes a kept word may carry (بلاده, فريقهم). Not plural endings: لست + ين
#: would pass for لستين (ل + ستين, "for sixty").
_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه", "ي")
_SUFFIX_SET = frozenset(_SUFFIXES)
_SUFFIX_SIZES = tuple(sorted({len(x) for x in _SUFFIXES}, reverse=True))


class Token(NamedTuple):
    """One token: where it is in the original text, its normalised form and proclitics.

    ``text`` is ``original[start:end]``; :attr:`span` gives the same as a :class:`Span`. For
    tokens other than Arabic words ``clitics`` is empty and ``base`` equals ``norm``.
    An immutable named tuple rather than a frozen dataclass, and the span is built on
    access: :func:`tokenize` makes one token per word of web-scale text, and a tuple is
    built in C at a fraction of the cost of two dataclass instances.
    """

    start: int
    end: int
    text: str
    norm: str
    clitics: str
    base: str
    kind: TokenKind

    @property
    def span(self) -> Span:
        """The token's span in the original text."""
        return Span(self.start, self.end, self.text)


@cache
def keep_whole() -> frozenset[str]:
    """Normalised words whose initial clitic-like letters belong to the word."""
    text = resources.files("rasd.data.lexicon").joinpath("clitic_keep.tsv").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _group, _, listed = line.partition("\t")
        words.update(listed.split())
    return frozenset(words)


@word_cache
def is_kept_whole(word: str) -> bool:
    """Whether a normalised word's initial clitic-like letters belong to it (``كميه``,
    ``بلاده``): true for listed words, also behind a pronoun or plural suffix.

    Computed in C where the accelerator is built (:mod:`rasd.text.accelerator`), else by
    :func:`is_kept_whole_python`: the same test."""
    if _FAST_CLITICS is not None:
        return _FAST_CLITICS.is_kept_whole(word, keep_whole(), _SUFFIX_SET, _SUFFIX_SIZES,
                                           MIN_BASE_LETTERS)
    return is_kept_whole_python(word)


def is_kept_whole_python(word: str) -> bool:
    """:func:`is_kept_whole`'s test in Python: the fallback, and the reference the C one
    (``_fasttok.c``) is tested against."""
    kept = keep_whole()
    if word in kept:
        return True
    for size in _SUFFIX_SIZES:
        if len(word) - size >= MIN_BASE_LETTERS and word[-size:] in _SUFFIX_SET \
                and word[:-size] in kept:
            return True
    return False


def _prefixes(with_future: bool) -> list[str]:
    """Every proclitic sequence, shortest first."""
    out: set[str] = set()
    for conj in _CONJUNCTIONS:
        for prep in _PREPOSITIONS:
            out.add(conj + prep)
            if prep != "ل":  # ل + ال is written لل
                out.add(conj + prep + "ال")
        out.add(conj + "لل")
        if with_future:
            out.add(conj + "س")
    out.discard("")
    return sorted(out, key=len)


_PRIMARY_PREFIXES = _prefixes(with_future=False)
_ALL_PREFIXES = _prefixes(with_future=True)
_FUTURE_NEXT = frozenset("يتن")  # imperfect-verb prefixes that may follow future س
_BY_FIRST_LETTER = {
    ch: [p for p in _PRIMARY_PREFIXES if p[0] == ch] for ch in {p[0] for p in _PRIMARY_PREFIXES}
}
#: The same for every reading (:func:`candidate_bases`, run once per new word by the
#: gazetteer): only the prefixes starting with the word's first letter can match, in
#: :data:`_ALL_PREFIXES` order.
_ALL_BY_FIRST_LETTER = {
    ch: [p for p in _ALL_PREFIXES if p[0] == ch] for ch in {p[0] for p in _ALL_PREFIXES}
}


@word_cache
def split_clitics(word: str) -> tuple[str, str]:
    """The primary ``(clitics, base)`` reading of a normalised Arabic word (see module doc).

    Read in C where the accelerator is built (:mod:`rasd.text.accelerator`; about a tenth
    of the Python body's time, which was most of what a new chunk of text cost the
    tokenizer), else by :func:`split_clitics_python`: the same reading."""
    if _FAST_CLITICS is not None:
        return _FAST_CLITICS.split_clitics(word, _BY_FIRST_LETTER, keep_whole(), _SUFFIX_SET,
                                           _SUFFIX_SIZES, MIN_BASE_LETTERS)
    return split_clitics_python(word)


def split_clitics_python(word: str) -> tuple[str, str]:
    """:func:`split_clitics`'s reading in Python: the fallback, and the reference the C one
    (``_fasttok.c``) is tested against. Its kept-whole tests are the Python ones too."""
    prefixes = _BY_FIRST_LETTER.get(word[:1])
    if prefixes is None or len(word) <= MIN_BASE_LETTERS or is_kept_whole_python(word):
        return "", word
    best = ("", word)
    for prefix in prefixes:
        if not word.startswith(prefix):
            continue
        base = word[len(prefix):]
        if len(base) < MIN_BASE_LETTERS:
            continue
        if is_kept_whole_python(base):
            return prefix, base
        if len(prefix) > len(best[0]):
            best = (prefix, base)
    return best


def candidate_bases(token: Token | str) -> list[tuple[str, str]]:
    """Every plausible ``(clitics, base)`` reading, the whole word first, then by clitic length.

    Meant for gazetteer and lexicon lookups: try each base until one is known.
    """
    word = token.norm if isinstance(token, Token) else token
    if isinstance(token, Token) and token.kind != "word":
        return [("", word)]
    out = [("", word)]
    for prefix in _ALL_BY_FIRST_LETTER.get(word[:1], ()):
        if not word.startswith(prefix):
            continue
        base = word[len(prefix):]
        shortest = MIN_BASE_AFTER_ARTICLE if prefix == "ال" else MIN_BASE_LETTERS
        if len(base) < shortest:
            continue
        if prefix.endswith("س") and base[0] not in _FUTURE_NEXT:
            continue
        out.append((prefix, base))
    return out


@lru_cache(maxsize=4096)
def _char_kind(ch: str) -> TokenKind:
    return "punct" if unicodedata.category(ch).startswith("P") else "symbol"


@lru_cache(maxsize=4)
def document_tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a whole document text, computed once and shared by the stages that
    read the same document one after another (entities, events); a few recent texts are
    kept so a pipeline never tokenises a page twice."""
    return tuple(tokenize(text))


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word, number, Latin, punctuation and symbol tokens.

    Whitespace separates tokens and is never part of one; every token's span indexes the
    original text (as :meth:`NormalizedText.span` maps it: trailing diacritics included).
    Digits in any script become ASCII in ``norm`` (``٣٫٥`` → ``3.5``).
    """
    return tokens_in(normalize(text))


def tokens_in(nt: NormalizedText) -> list[Token]:
    """:func:`tokenize` over text normalised once for several layers.

    The loop runs in C where the accelerator is built (:mod:`rasd.text.accelerator`: the
    same chunks, caches and tokens), else in Python (:func:`tokens_in_python`).
    """
    if _FAST is not None:
        return _FAST.tokens_in(nt.original, nt.text, nt.norm_starts, nt.orig_starts, Token,
                               _WHOLE, _PARTS, _cut, TASHKEEL)
    return tokens_in_python(nt)


def tokens_in_python(nt: NormalizedText) -> list[Token]:
    """:func:`tokens_in`'s loop in Python: the fallback, and the reference the C loop
    (``_fasttok.c``) is tested against.

    No token contains whitespace and the token regex looks at nothing around a match, so a
    whitespace-separated chunk always cuts into the same tokens wherever it stands. News
    text repeats a few thousand chunks (``في``, ``الى``, ``وزير``...), so each distinct
    chunk is cut and its clitics split once (:func:`_cut`), and a chunk's tokens are its
    cached pieces moved to where it stands.
    """
    text = nt.original
    s = nt.text
    starts, origins = nt.norm_starts, nt.orig_starts
    last_segment = len(starts) - 1
    n = len(text)
    beyond = len(s) + 1  # past every token end
    # The offset-map segment k of the current token start (tokens come in order), the shift
    # from normalised to original index inside it, and where the next segment starts. A
    # chunk ending before that lies in segment k and is followed by a kept character, so no
    # diacritic to absorb: the hot path is two additions (identity map: shift 0, no end).
    k = 0
    shift = origins[0] - starts[0]
    segment_end = starts[1] if last_segment else beyond
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # the hot path skips NamedTuple's Python-level __new__ and _make
    find = s.find
    whole = _WHOLE.get
    pos = 0
    if not last_segment and not shift:
        # Identity map (nothing deleted or expanded: most texts): the same loop without the
        # segment bookkeeping, normalised offsets are original offsets.
        for chunk in s.split():
            c = find(chunk, pos)
            pos = c + len(chunk)
            rest = whole(chunk)
            if rest is not None:
                append(new(Token, (c, pos, text[c:pos]) + rest))  # noqa: RUF005 (faster)
                continue
            for ra, rb, norm, clitics, base, kind in _pieces(chunk):
                a = c + ra
                b = c + rb
                append(new(Token, (a, b, text[a:b], norm, clitics, base, kind)))
        return tokens
    for chunk in s.split():
        c = find(chunk, pos)  # only whitespace lies between pos and the chunk
        pos = c + len(chunk)
        if pos < segment_end:
            oa = c + shift
            rest = whole(chunk)
            if rest is not None:  # most chunks are one token
                ob = pos + shift
                append(new(Token, (oa, ob, text[oa:ob]) + rest))  # noqa: RUF005 (faster)
                continue
            for ra, rb, norm, clitics, base, kind in _pieces(chunk):
                a = oa + ra
                b = oa + rb
                append(new(Token, (a, b, text[a:b], norm, clitics, base, kind)))
            continue
        for ra, rb, norm, clitics, base, kind in _pieces(chunk):
            a = c + ra
            b = c + rb
            if b < segment_end:
                oa = a + shift
                ob = b + shift
            else:
                while k < last_segment and starts[k + 1] <= a:
                    k += 1
                shift = origins[k] - starts[k]
                segment_end = starts[k + 1] if k < last_segment else beyond
                j = k
                while j < last_segment and starts[j + 1] < b:
                    j += 1
                oa = a + shift
                ob = origins[j] + b - starts[j]
                while ob < n and text[ob] in _COMBINING:  # diacritics after the last letter
                    ob += 1
            append(new(Token, (oa, ob, text[oa:ob], norm, clitics, base, kind)))
    return tokens


#: A token of a chunk without its place: ``(norm, clitics, base, kind)``.
_Rest = tuple[str, str, str, TokenKind]
#: A token of a chunk: start and end relative to the chunk, then its :data:`_Rest`.
_Piece = tuple[int, int, str, str, str, TokenKind]

#: Distinct chunks whose tokens are kept (together, both caches below). A 10 MB news
#: corpus has about 125,000; the shared chunk bound (:mod:`rasd.caches`) keeps the
#: frequent ones and bounds memory on an endless stream, where the caches are emptied when
#: full and refill with what is frequent.
CHUNK_CACHE_SIZE = caches.CHUNK_CACHE_SIZE

_WHOLE: dict[str, _Rest] = {}  # chunk that is one token → that token's rest
_PARTS: dict[str, tuple[_Piece, ...]] = {}  # chunk of several tokens (or none) → its pieces


def _pieces(chunk: str) -> tuple[_Piece, ...]:
    """The tokens of one whitespace-free normalised chunk, relative to its start."""
    parts = _PARTS.get(chunk)
    if parts is not None:
        return parts
    rest = _WHOLE.get(chunk)
    if rest is not None:
        return ((0, len(chunk), *rest),)
    return _cut(chunk)


def _cut(chunk: str) -> tuple[_Piece, ...]:
    """Cut a chunk with the token regex, split its words' clitics, and cache the result."""
    if len(_WHOLE) + len(_PARTS) >= CHUNK_CACHE_SIZE:
        _WHOLE.clear()
        _PARTS.clear()
    if _ARABIC_WORD.fullmatch(chunk):
        # Most new chunks are one Arabic word, which the token regex takes whole (its
        # number alternative needs a digit first, and no Arabic letter is one): no scan.
        rest: _Rest = (chunk, *split_clitics(chunk), "word")
        _WHOLE[chunk] = rest
        return ((0, len(chunk), *rest),)
    pieces: list[_Piece] = []
    for m in _TOKEN_RE.finditer(chunk):
        norm = m.group()
        group = m.lastgroup
        if group == "word":
            clitics, base = split_clitics(norm)
            pieces.append((m.start(), m.end(), norm, clitics, base, "word"))
        else:
            kind = _GROUP_KIND.get(group) or _char_kind(norm)
            pieces.append((m.start(), m.end(), norm, "", norm, kind))
    if len(pieces) == 1 and pieces[0][1] == len(chunk):
        _WHOLE[chunk] = pieces[0][2:]
    else:
        _PARTS[chunk] = tuple(pieces)
    return tuple(pieces)


#: A chunk that is one Arabic word and nothing else (:func:`_cut`'s shortcut).
_ARABIC_WORD = re.compile(rf"[{ARABIC_LETTERS}]+")

_GROUP_KIND: dict[str | None, TokenKind] = {
    "number": "number", "latin": "latin", "other": "word", "dots": "punct",
}
_COMBINING = frozenset(TASHKEEL)
#: The compiled loop of :func:`tokens_in`, or ``None``: then the Python one runs.
_FAST = load_fasttok()
#: The same module for :func:`split_clitics` and :func:`is_kept_whole`, or ``None`` (also
#: when a module built before them lacks them): then their Python bodies run.
_FAST_CLITICS = _FAST if hasattr(_FAST, "split_clitics") else None


_Trie = dict[str, "_Trie"]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` compiled as a trie (shared prefixes factored out).

    Python's ``re`` tries alternatives one by one; factoring prefixes makes a lexicon of
    hundreds of entries cost a few character tests per position. Longer words win: every
    optional tail is greedy, so wrap the result in a boundary check to get whole words.
    """
    trie: _Trie = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        ends_here = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    if not trie:
        return "(?!)"
    return render(trie)
