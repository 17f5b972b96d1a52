"""The count of a background detention told by a pronoun (conv18, session 2026-12-05 (18)).

A detention named as the time or the cause of the story's act (``أفرجت السلطات عن خمسة
صحفيين … بعد أسبوعين من توقيفهم``، ``رحّلت … نحو 400 مهاجر … بعد احتجازهم في حملات
أمنية``، ``دخل 23 محتجزا في إضراب … احتجاجا على احتجازهم``) is an arrest of its own (gold
README "Background detentions"), and its plural pronoun counts the people the main act
named: the last count of people before it in its sentence. :func:`rasd.events.casualties.counts.
antecedent_count` reads that count only within 70 characters (a relative clause's pronoun);
a background detention's pronoun stands after the whole main clause, so its sentence is
read from its start.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from rasd.events.casualties.counts import NISBA_PLURALS, people_nouns
from rasd.events.syntax.clauses import SENTENCE_OR_SEMICOLON_END
from rasd.model import Casualty, Event, Span
from rasd.text.normalize import normalize_key
from rasd.text.numbers import extract_numbers

#: The words that make a detention the background of the act before it, right before the
#: trigger: after an interval (بعد أسبوعين من، بعد أكثر من عام على), after بعد/منذ/إثر/عقب
#: directly, or as a protest's grievance (احتجاجا على).
_BACKGROUND: Final = re.compile(
    r"(?:(?:بعد|منذ)\s+(?:\S+\s+){1,4}(?:من|على)|بعد|وبعد|منذ|إثر|اثر|عقب|احتجاجا\s+على|"
    r"تنديدا\s+ب)\s+$")
#: Characters before the trigger read for those words.
MARKER_REACH: Final = 45
#: A plural pronoun on the detention noun (احتجازهم، توقيفهن، اعتقالهما).
_PLURAL_PRONOUN: Final = ("هم", "هن", "هما")
_TANWIN = str.maketrans("", "", "\u064b\u064c\u064d")
_WORD = re.compile(r"\s*(?:من\s+)?([^\W\d]+)")


def _people(word: str) -> bool:
    key = normalize_key(word.translate(_TANWIN))
    return key in people_nouns() or key.endswith(NISBA_PLURALS)


def background_count(text: str, e: Event) -> Casualty | None:
    """The count of the people a background detention's plural pronoun stands for, or
    None: the last number followed by a people noun (or من and one) in its sentence
    before it."""
    end = e.trigger.end
    while end < len(text) and text[end].isalpha():
        end += 1
    if not text[e.trigger.start:end].endswith(_PLURAL_PRONOUN):
        return None
    if _BACKGROUND.search(text[max(0, e.trigger.start - MARKER_REACH):e.trigger.start]) is None:
        return None
    lo = text.rfind("\n", 0, e.trigger.start) + 1
    for m in SENTENCE_OR_SEMICOLON_END.finditer(text, lo, e.trigger.start):
        lo = m.end()
    window = text[lo:e.trigger.start]
    for q in reversed([q for q in extract_numbers(window) if q.is_count]):
        word = _WORD.match(window, q.span.end)
        if q.min is None or word is None or not _people(word.group(1)):
            continue
        a, b = lo + q.span.start, lo + word.end(1)
        hi = int(q.max) if q.max is not None else None
        return Casualty(Span(a, b, text[a:b]), "arrested", int(q.min), hi, q.approx)
    return None


def background_counts(events: list[Event], text: str) -> list[Event]:
    """``events`` with the arrests told as background counted by their antecedent."""
    out: list[Event] = []
    for e in events:
        if e.type == "COERCE" and e.mode == "arrest" and e.arrested is None \
                and not (e.negated or e.future or e.hypothetical):
            cas = background_count(text, e)
            if cas is not None:
                e = replace(e, arrested=cas)
        out.append(e)
    return out
