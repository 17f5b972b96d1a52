"""Pieces, the building blocks :mod:`rasd.text.dates` joins, and the context readers use.

A *piece* is one grammar match resolved against the publication date (readers in
:mod:`rasd.text.date_readers`); neighbouring pieces may then form one expression. The
context helpers here decide which way a year-less date or a weekday points (the tense
heuristic documented in :mod:`rasd.text.dates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from re import Match
from typing import Literal

from rasd.model import Granularity
from rasd.text.date_arith import Direction
from rasd.text.date_patterns import (
    CLAUSE_END,
    DIGITS,
    FUTURE_VERB,
    FUTURE_WORDS,
    NEXT_WORD,
    SINCE_BEFORE,
    WORDS,
)

#: How far back (characters, same sentence) the tense cue of a weekday or year-less date may
#: be: a news clause puts its verb before the time adverb, usually within 60 characters
#: ("ومن المقرر أن يزور الرئيس الفرنسي الجزائر الثلاثاء" is 45).
FUTURE_LOOKBACK = 80

#: How far back "منذ" may stand before the date it governs ("ومنذ يوم الخميس", spaces spare).
_SINCE_REACH = 16

_HIJRI_ERAS = frozenset({"ه", "هجري", "هجريه", "للهجره"})

PieceKind = Literal["date", "weekday", "relday", "time", "month", "year", "other"]


@dataclass(frozen=True, slots=True)
class OpenDate:
    """A date or month named without a year, kept so a neighbour can supply the year."""

    hijri: bool
    month: int
    day: int | None


@dataclass(frozen=True, slots=True)
class Piece:
    """One matched expression, in normalised offsets, before neighbours are joined.

    ``clock`` is the (hour, minute) of a time piece; ``ampm_open`` says its hour may still
    be read as PM from a neighbouring part of the day, ``daypart`` is that part's rule on a
    day piece (``مساء الخميس`` → ``pm``).
    """

    start: int
    end: int
    kind: PieceKind
    value: date | None
    granularity: Granularity
    relative: bool
    clock: tuple[int, int] | None = None
    ampm_open: bool = False
    daypart: str | None = None
    open_date: OpenDate | None = None
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """The normalised text being read and the publication date it is anchored to."""

    text: str
    pub: date | None


# --- context ------------------------------------------------------------------------------


def points_forward(ctx: Context, start: int) -> bool:
    """Whether the clause before ``start`` is in the future tense."""
    window = ctx.text[max(0, start - FUTURE_LOOKBACK):start]
    ends = list(CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    if FUTURE_WORDS.search(window):
        return True
    return any(_is_future_verb(m.group(1)) for m in FUTURE_VERB.finditer(window))


# Imperfect verbs never end in ة (folded to ه), the plural ات or ين (ستين sixty, سنتين); nouns
# such as سيارة, سيطرة, سنوات that start like سـ + verb do.
_NOUN_ENDINGS = ("ه", "ات", "ين")


def _is_future_verb(word: str) -> bool:
    return not word.endswith(_NOUN_ENDINGS) and word not in WORDS.not_future


def after_since(ctx: Context, start: int) -> bool:
    """Whether ``منذ`` ("since") stands right before ``start``."""
    return SINCE_BEFORE.search(ctx.text, max(0, start - _SINCE_REACH), start) is not None


def direction_of(ctx: Context, start: int, modifier: str | None) -> Direction:
    """Where a year-less date or weekday at ``start`` lies: its modifier, else "since", else
    the tense of its clause."""
    kind = WORDS.modifier.get(key(modifier)) if modifier else None
    if kind == "before":
        return "before"
    if kind == "after":
        return "after"
    if kind == "current":
        return "current"
    if after_since(ctx, start):
        return "on_or_before"
    return "on_or_after" if points_forward(ctx, start) else "on_or_before"


def key(s: str) -> str:
    """The lexicon key of matched text: the grammar allows any run of spaces inside a name."""
    return " ".join(s.split())


def next_word(ctx: Context, end: int) -> str | None:
    """The word (or ``%``) right after ``end``, if the next thing there is one."""
    m = NEXT_WORD.match(ctx.text, end)
    return m.group(1) if m else None


def digits(s: str) -> int:
    m = DIGITS.search(s)
    return int(m.group()) if m else 0


def is_hijri_era(era: str | None) -> bool:
    return era is not None and era in _HIJRI_ERAS


def within(value: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


def month_of(m: Match[str], tag: str) -> tuple[bool, int, str]:
    """(is Hijri, month number, normalised name) of a ``_month`` group."""
    greg = m.group(f"{tag}_g")
    if greg is not None:
        name = key(greg)
        return False, WORDS.gregorian[name], name
    name = key(m.group(f"{tag}_h"))
    return True, WORDS.hijri[name], name
