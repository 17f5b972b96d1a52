"""Numbers in Arabic text: digits in any script, number words, ranges, bounds, vague counts.

:func:`extract_numbers` returns a :class:`Quantity` per number expression, in text order.
The grammar of compound number words lives in :mod:`rasd.text.number_grammar`; the words
themselves, the qualifiers and the unit words in ``data/lexicon/numbers.tsv``.

Conventions (the gold file ``tests/gold/lang/numbers.jsonl`` is annotated by them):

* **Span**: the number with its qualifiers (``نحو 120 ألف``, ``أكثر من 50``, ``بين 18 و25``,
  ``3 على الأقل``) and the article (``العشرات``, ``الـ15``), but never a leading clitic
  (``بنحو`` → ``نحو``, ``و748`` → ``748``, ``للعشرات`` → ``عشرات``) nor the unit or
  counted noun after it.
* **Values** are ``int`` when integral (``2.5 مليون`` → 2500000) else ``float``;
  ``min == max`` for an exact number. Vague words give their documented range
  (``عشرات`` 10..99, ``آلاف`` 1000..9999; see ``numbers.tsv``) with ``approx`` and ``vague``.
* **Qualifiers** (``approx`` true whenever the true figure is not pinned down):
  ``نحو/حوالي/قرابة/زهاء/ما يقرب من N`` → N..N; ``أكثر من N`` → N+1..None (for integral
  N; "more than 50" excludes 50); ``ما لا يقل عن N`` / ``N على الأقل`` → N..None;
  ``أقل من N`` → None..N-1; ``ما لا يزيد عن N`` → None..N. Explicit ranges (``بين 10 و15``,
  ``من 10 إلى 15``, ``10-15``, ``ثلاثة أو أربعة``) give min..max with ``approx`` false.
  ``من 12 إلى 19`` after a verb of change (``ارتفع``) is two numbers, before and after.
* **Context** says what the number counts, so callers can keep only counts:
  ``year`` (``عام 2015``, ``1991 م``, ``في 2015``), ``date`` (a day or year next to a month
  name: ``12 مارس 2021``), ``time`` (``الساعة 10``, ``10 صباحا``), ``percent``, ``money``,
  ``duration`` (``3 أيام``), ``measure`` (``40 كيلومترا``), ``label`` (``رقم 5``, list
  markers ``1)``, phone-like ``0505...``) and ``count`` for everything else. Numeric dates
  (``07-01-2022``) and clock times (``06:28``) are not numbers here at all:
  :mod:`rasd.text.dates` reads them.
* **Not numbers**: ``أحد``/``إحدى`` outside compounds ("one of" — ``أحد المسؤولين``),
  ``واحد من`` ("one of"), weekday names (``الأحد``, ``الاثنين``), ordinals inside month names
  (``تشرين الأول``), fractions without a scale (``نصف``), ``العديد``/``كثير``, dual nouns
  (``طائرتين``: a noun, not a number word — the casualty layer reads duals of its own words).
* ``ordinal`` is true for ``الأول``..``التاسع عشر``, ``الحادي والعشرون``, definite tens
  (``الذكرى العشرين``) and ``الـ15`` — unless a unit follows (``الـ24 ساعة`` is a duration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rasd.model import Span
from rasd.text.calendar import calendar_names
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.number_grammar import Exact, Phrase, number_lexicon, scan_phrases
from rasd.text.tokens import word_alternation

Number = int | float
QuantityContext = Literal[
    "count", "year", "date", "time", "percent", "money", "duration", "measure", "label"
]

#: How far back (characters) to look for a qualifier or keyword before a number: the
#: longest listed phrase (``ما لا يزيد على``) plus a clitic and spaces.
LOOKBACK_CHARS = 24
#: How far back a verb of change makes ``من X إلى Y`` a change rather than a range
#: (``ارتفع عدد القتلى في المدينة من 12 إلى 19``: a few words).
CHANGE_LOOKBACK_CHARS = 60
#: Plausible years: Gregorian years in news, and Hijri years (``1443 هـ``).
GREGORIAN_YEARS = range(1000, 2101)
HIJRI_YEARS = range(1, 1501)
#: Bare four-digit numbers read as years after a preposition (``في 2015``).
BARE_YEARS = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number expression: its span, value range and what kind of number it is."""

    span: Span
    min: Number | None
    max: Number | None
    approx: bool = False
    ordinal: bool = False
    vague: bool = False
    context: QuantityContext = "count"

    @property
    def is_count(self) -> bool:
        """A cardinal that counts things (not a year, date, time, amount or ordinal)."""
        return self.context == "count" and not self.ordinal


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity with its range in the normalised text (for layers that match there)."""

    quantity: Quantity
    start: int
    end: int


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    low: Exact | None
    high: Exact | None
    approx: bool
    ordinal: bool
    vague: bool
    definite_digits: bool
    context: QuantityContext = "count"


def extract_numbers(text: str) -> list[Quantity]:
    """Every number expression in ``text``, in order (see the module doc)."""
    return [m.quantity for m in quantities_in(normalize(text))]


def quantities_in(nt: NormalizedText) -> list[QuantityMatch]:
    """:func:`extract_numbers` over already normalised text, keeping normalised offsets."""
    s = nt.text
    phrases = scan_phrases(nt)
    out: list[QuantityMatch] = []
    i = 0
    while i < len(phrases):
        phrase = phrases[i]
        following = phrases[i + 1] if i + 1 < len(phrases) else None
        draft = _range(s, phrase, following) if following is not None else None
        if draft is not None:
            i += 2
        else:
            i += 1
            if _not_a_number(s, phrase):
                continue
            draft = _single(s, phrase)
        _set_context(s, draft)
        q = Quantity(
            nt.span(draft.start, draft.end), _value(draft.low), _value(draft.high),
            draft.approx, draft.ordinal, draft.vague, draft.context,
        )
        out.append(QuantityMatch(q, draft.start, draft.end))
    return out


def _value(x: Exact | None) -> Number | None:
    if x is None:
        return None
    return int(x) if x.denominator == 1 else float(x)


def _draft(phrase: Phrase) -> _Draft:
    first = phrase.atoms[0]
    definite_digits = first.kind == "digits" and first.definite
    return _Draft(phrase.start, phrase.end, phrase.low, phrase.high, phrase.vague,
                  phrase.ordinal, phrase.vague, definite_digits)


def _not_a_number(s: str, phrase: Phrase) -> bool:
    first = phrase.atoms[0]
    if len(phrase.atoms) == 1 and first.kind == "one" and _ONE_OF_RE.match(s, phrase.end):
        return True  # واحد من الشهود: "one of"
    if phrase.ordinal and first.kind != "digits":
        before = s[max(0, phrase.start - 10):phrase.start].split()
        if before and before[-1] in number_lexicon().name_heads:
            return True  # تشرين الأول, جمادى الأولى
    return False


_ONE_OF_RE = re.compile(r"\s+من\s")
_PHONE_LIKE_RE = re.compile(r"0\d{5,}")


# --- ranges -------------------------------------------------------------------------------

_RANGE_GAP_RE = re.compile(
    r"\s*(?P<dash>[-–])\s*|\s+(?P<to>الي|حتي)\s+|\s+(?P<and>و)\s*|\s+(?P<or>او)\s+"
)


def _range(s: str, p: Phrase, q: Phrase) -> _Draft | None:
    """``p`` and ``q`` read as one range, or ``None``."""
    if p.ordinal or q.ordinal or p.vague or q.vague or p.low is None or q.low is None:
        return None
    gap = _RANGE_GAP_RE.fullmatch(s, p.end, q.start)
    if gap is None:
        return None
    low = p.low
    if q.scale is not None and p.scale is None and q.high is not None \
            and low * q.scale <= q.high:
        low = low * q.scale  # بين 10 و15 ألفا
    if q.low <= low:
        return None
    start = p.start
    lead = _qualifier_before(s, p.start)
    if gap.lastgroup == "dash":
        if len(p.atoms) > 1 or len(q.atoms) > 1 or p.atoms[0].kind != "digits":
            return None
    elif gap.lastgroup == "and":
        if lead is None or lead[0] != "between":
            return None
        start = lead[1]
    elif gap.lastgroup == "to":
        if lead is not None and lead[0] == "from":
            if _after_change_word(s, lead[1]):
                return None
            start = lead[1]
        elif lead is not None and lead[0] == "between":
            start = lead[1]
    return _Draft(start, q.end, low, q.high, False, False, False, False)


def _after_change_word(s: str, pos: int) -> bool:
    window = s[max(0, pos - CHANGE_LOOKBACK_CHARS):pos]
    changes = number_lexicon().change_words
    return any(w in changes for w in _WORD_RE.findall(window))


_WORD_RE = re.compile(r"\w+")


# --- qualifiers ---------------------------------------------------------------------------


@cache
def _before_re() -> re.Pattern[str]:
    alternation = word_alternation(number_lexicon().before)
    return re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?P<q>{alternation})\s+$")


@cache
def _after_re() -> re.Pattern[str]:
    alternation = word_alternation(number_lexicon().after)
    return re.compile(rf"\s+(?P<q>{alternation})(?!\w)")


def _qualifier_before(s: str, start: int) -> tuple[str, int] | None:
    """The qualifier right before ``start``: its kind and where it starts."""
    m = _before_re().search(s, max(0, start - LOOKBACK_CHARS), start)
    if m is None:
        return None
    return number_lexicon().before[" ".join(m.group("q").split())], m.start("q")


def _single(s: str, phrase: Phrase) -> _Draft:
    draft = _draft(phrase)
    lead = _qualifier_before(s, phrase.start)
    if lead is not None and lead[0] not in ("between", "from"):
        _bound(draft, lead[0])
        draft.start = lead[1]
    tail = _after_re().match(s, draft.end)
    if tail is not None:
        _bound(draft, number_lexicon().after[" ".join(tail.group("q").split())])
        draft.end = tail.end()
    return draft


def _bound(d: _Draft, kind: str) -> None:
    d.approx = True
    if kind == "more" and d.low is not None:
        d.low = d.low + 1 if d.low.denominator == 1 else d.low
        d.high = None
    elif kind == "at_least":
        d.high = None
    elif kind == "less" and d.low is not None:
        d.high = d.low - 1 if d.low.denominator == 1 else d.low
        d.low = None
    elif kind == "at_most":
        d.low = None


# --- context ------------------------------------------------------------------------------


@cache
def _month_alternation() -> str:
    months = [k for k, v in calendar_names().items() if v.kind != "weekday"]
    return word_alternation(months)


@cache
def _context_res() -> tuple[re.Pattern[str], ...]:
    lex = number_lexicon()
    months = _month_alternation()
    keyword = re.compile(
        rf"(?<!\w)(?:[وفب]|لل?)?(?P<k>{word_alternation(lex.keywords)})\s*$"
    )
    month_before = re.compile(
        rf"(?<!\w)(?:{months})(?:\s*[(/]\s*(?:{months})\s*\)?)?\s*,?\s*$"
    )
    month_after = re.compile(rf"\s*(?:من\s+)?(?:شهر\s+)?(?:{months})(?!\w)")
    unit = re.compile(
        rf"\s*(?:من\s+)?(?:ال)?(?P<u>{word_alternation(lex.unit_words)})(?!\w)"
    )
    preposition = re.compile(
        rf"(?<!\w)(?:{word_alternation(lex.year_prepositions)})\s+(?:ال)?$"
    )
    year_end = re.compile(r"\s*(?:$|[^\w\s]|(?:و|في|علي|من|الى|عن|حين|حيث|بعد|قبل)\s)")
    return keyword, month_before, month_after, unit, preposition, year_end


def _set_context(s: str, d: _Draft) -> None:
    context = _find_context(s, d)
    d.context = context
    if context != "count" and d.definite_digits:
        d.ordinal = False  # الـ24 ساعة counts hours


def _find_context(s: str, d: _Draft) -> QuantityContext:
    keyword, month_before, month_after, unit, preposition, year_end = _context_res()
    lex = number_lexicon()
    back = max(0, d.start - LOOKBACK_CHARS)
    integral = d.low is not None and d.low.denominator == 1 and d.low == d.high
    value = int(d.low) if integral and d.low is not None else None
    k = keyword.search(s, back, d.start)
    if k is not None:
        kind = lex.keywords[" ".join(k.group("k").split())]
        if kind != "year" or (value is not None and value in GREGORIAN_YEARS):
            return kind  # type: ignore[return-value]
    if s[back:d.start].rstrip().endswith(("$", "€", "£")):
        return "money"
    if month_before.search(s, max(0, d.start - 2 * LOOKBACK_CHARS), d.start) \
            or month_after.match(s, d.end):
        return "date"
    # A unit after an ordinal word belongs to the next phrase (الحرب العالمية الثانية عام 1945).
    u = unit.match(s, d.end) if not d.ordinal or d.definite_digits else None
    if u is not None:
        kind = lex.unit_words[" ".join(u.group("u").split())]
        if kind == "era":
            hijri = u.group("u").startswith("ه")
            years = HIJRI_YEARS if hijri else GREGORIAN_YEARS
            if value is not None and value in years:
                return "year"
            return "measure" if u.group("u") == "م" else "count"
        return kind  # type: ignore[return-value]
    if d.end < len(s) and s[d.end] == ")" and not s[back:d.start].rstrip().endswith("("):
        return "label"
    if _PHONE_LIKE_RE.fullmatch(s, d.start, d.end):
        return "label"  # 0505602546: a phone or account number
    if value is not None and value in BARE_YEARS and preposition.search(s, back, d.start) \
            and year_end.match(s, d.end):
        return "year"
    return "count"
