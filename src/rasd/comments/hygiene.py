"""Personal data in reader comments: e-mail addresses and phone numbers, found to be masked.

Every output shows :attr:`Redaction.mask` (``[email]``, ``[phone]``) instead of the span.

Phone numbers are digit runs (ASCII, Arabic-Indic ``٠-٩`` or Persian ``۰-۹``) joined by
single spaces, hyphens or a parenthesised area code, accepted when they have the shape of a
number to dial:

* international: ``+`` or ``00`` then :data:`MIN_INTL_DIGITS`–:data:`MAX_DIGITS` digits
  (``+966 55 123 4567``, ``00201001234567``);
* local: a leading ``0`` and :data:`MIN_LOCAL_DIGITS`–:data:`MAX_DIGITS` digits
  (``0551234567``, ``010 1234 5678``, ``٠٥٥١٢٣٤٥٦٧``);
* any other run of :data:`MIN_CUED_DIGITS`+ digits only right after a phone word
  (``هاتف``, ``جوال``, ``واتساب`` …, :data:`PHONE_CUES`).

Years, prices (``1,500,000``: commas and decimal points are not separators), casualty counts
and dates (``07-01-2022``, ``2022/01/07``: rejected by shape) are never phones.
"""

from __future__ import annotations

import re
from typing import Final

from rasd.model import Redaction, RedactionKind, Span

EMAIL_MASK: Final = "[email]"
PHONE_MASK: Final = "[phone]"
#: Digits after ``+``/``00`` (country code included): the shortest real numbers (small
#: countries) have 8, ITU E.164 caps them at 15.
MIN_INTL_DIGITS: Final = 8
MAX_DIGITS: Final = 15
#: A local number with its trunk ``0``: 9 digits is the shortest (landlines with area code).
MIN_LOCAL_DIGITS: Final = 9
#: Digits of a run without ``+``/``0`` accepted after a phone word: 7 is the shortest
#: subscriber number; fewer is a count or a price.
MIN_CUED_DIGITS: Final = 7
#: Characters before a run searched for a phone word.
CUE_WINDOW: Final = 25
PHONE_CUES: Final = ("هاتف", "تلفون", "تليفون", "جوال", "موبايل", "محمول", "واتس", "واتساب",
                     "رقم", "رقمي", "اتصل", "اتصلوا", "للتواصل", "تواصل", "phone", "tel",
                     "whatsapp", "mobile")

_D = "0-9\u0660-\u0669\u06f0-\u06f9"
EMAIL_RE: Final = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])")
# A run: optional +/00, digit groups joined by one space or hyphen, an optional "(0xx)".
PHONE_RE: Final = re.compile(
    rf"(?<![{_D}\w.,/+])(?:\+\s?)?(?:\([{_D}]{{1,5}}\)\s?)?[{_D}]+"
    rf"(?:(?:[ \-]|\s?\([{_D}]{{1,5}}\)\s?)[{_D}]+)*(?![{_D}]|[.,/:][{_D}])")
_DATE_RE: Final = re.compile(
    rf"[{_D}]{{1,2}}[-/.][{_D}]{{1,2}}[-/.][{_D}]{{2,4}}|[{_D}]{{4}}[-/.][{_D}]{{1,2}}"
    rf"[-/.][{_D}]{{1,2}}")
_DIGIT: Final = re.compile(rf"[{_D}]")
_ZEROS: Final = str.maketrans("\u0660\u06f0", "00")


def _is_phone(run: str, before: str) -> bool:
    if _DATE_RE.search(run):
        return False
    digits = "".join(_DIGIT.findall(run)).translate(_ZEROS)
    n = len(digits)
    if n > MAX_DIGITS:
        return False
    first = run.lstrip("( ").translate(_ZEROS)
    if first.startswith("+") or digits.startswith("00"):
        national = digits[2:] if digits.startswith("00") else digits
        return len(national) >= MIN_INTL_DIGITS
    if digits.startswith("0") and n >= MIN_LOCAL_DIGITS:
        return True
    if n >= MIN_CUED_DIGITS:
        window = before[-CUE_WINDOW:].lower()
        return any(cue in window for cue in PHONE_CUES)
    return False


def find_redactions(text: str, offset: int = 0) -> tuple[Redaction, ...]:
    """E-mail addresses and phone numbers in ``text``, spans shifted by ``offset``."""
    found: list[tuple[int, int, RedactionKind, str]] = []
    taken: list[tuple[int, int]] = []
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            found.append((m.start(), m.end(), "email", EMAIL_MASK))
            taken.append(m.span())
    if _DIGIT.search(text):
        for m in PHONE_RE.finditer(text):
            s, e = m.span()
            run = m.group().rstrip(" -")
            e = s + len(run)
            if any(a < e and s < b for a, b in taken):
                continue
            if _is_phone(run, text[max(0, s - CUE_WINDOW):s]):
                found.append((s, e, "phone", PHONE_MASK))
    found.sort()
    return tuple(Redaction(Span(s + offset, e + offset, text[s:e]), kind, mask)
                 for s, e, kind, mask in found)


def masked(text: str, redactions: tuple[Redaction, ...], offset: int = 0) -> str:
    """``text`` (which starts at document offset ``offset``) with every redaction masked."""
    out: list[str] = []
    pos = 0
    for r in sorted(redactions, key=lambda r: r.span.start):
        s, e = r.span.start - offset, r.span.end - offset
        if s < pos or e > len(text):
            continue
        out.append(text[pos:s])
        out.append(r.mask)
        pos = e
    out.append(text[pos:])
    return "".join(out)
