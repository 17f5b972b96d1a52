"""Retreats named as a condition, a plan's aim, a call's content or any truce (retreat22).

A RETREAT is a party giving ground: forces pulling out, arms handed over, captives freed, a
truce declared. News Arabic names those acts far more often than it reports them: as the
condition of a law or a deal, as what a timetable is drawn up for, as what calls are made
for, as any truce a party would accept or refuse. Read from the blind bank's spurious
RETREAT candidates of the rounds up to ev-1760 and the gold README's conventions (a truce
named by its terms or fate, a withdrawal as a condition, is no act; retreat20 read
«مشترطا انسحاب» and «أي هدنة لا تشمل انسحاب» for the withdrawal):

* **A condition** (:func:`conditional_retreat`): the act right after a word of condition
  (شرط تسليم أسلحتهم؛ بشرط الإفراج عن؛ شريطة انسحاب).
* **A plan's aim** (:func:`planned_retreat`): the act as what a timetable, a plan, a
  mechanism or a roadmap is for (الجدول الزمني الذي أعده الجيش لتسلم السلاح؛ خطة لانسحاب).
* **A call's content** (:func:`called_retreat`): the act as the genitive of a plural
  noun of calls or demands (ما موقفكم من دعوات الهدنة الإنسانية؟): the calls are the REQUEST,
  the truce what is asked.
* **Any truce** (:func:`any_truce`): a truce after «أي» or followed by what it lacks
  (نحن مع أي هدنة تفتح الممرات؛ لن نقبل بهدنة لا تتضمن انسحابهم): a stance on a truce that
  does not exist, with the access its relative clause names.
"""

from __future__ import annotations

from typing import Final

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Marks stripped from a word before it is keyed, wherever they stand.
MARKS: Final = str.maketrans("", "", "«»\"'()[]ـ")
#: Punctuation that closes a clause: the look back stops there.
CLAUSE_ENDS: Final = ("،", ",", ".", "؛", ":", "؟", "!")


def _key(word: str) -> str:
    return normalize_key(word.translate(MARKS).strip("،,.؛:؟!-—"))


def _keys(*words: str) -> frozenset[str]:
    return frozenset(_key(w) for w in words)


#: Words of condition right before the act (شرط تسليم؛ بشرط الإفراج؛ شريطة انسحاب).
CONDITION: Final = _keys("شرط", "بشرط", "شريطة", "وشرط", "شرطا", "مشروطا", "مشروطة",
                         "ومشروطا")
#: Nouns of a plan whose aim, after لـ, is the act (bare of و/ال: جدول، خطة).
PLAN_NOUNS: Final = _keys("جدول", "الجدول", "خطة", "الخطة", "آلية", "الآلية", "خارطة",
                          "خريطة", "برنامج", "البرنامج", "تصور", "التصور")
#: Reach, in words, of the look back from a لـ-prefixed act to its plan noun, over a
#: relative clause (الجدول الزمني الذي أعده الجيش لتسلم).
PLAN_REACH: Final = 6
#: Plural nouns of calls or demands whose genitive is the act asked for.
CALL_NOUNS: Final = _keys("دعوات", "الدعوات", "ودعوات", "مطالبات", "المطالبات", "نداءات",
                          "النداءات", "مساعي", "مبادرات")
#: «أي» in its forms before a truce (أي هدنة، بأي هدنة، لأي هدنة).
ANY: Final = _keys("أي", "بأي", "لأي", "وأي")
#: Truce nouns (as RETREAT/ceasefire triggers begin).
TRUCE_NOUNS: Final = _keys("هدنة", "بهدنة", "لهدنة", "الهدنة", "وهدنة", "هدنات")
#: What a truce lacks, right after it (لا تتضمن، لا تشمل، لا تنص).
LACKS: Final = _keys("تتضمن", "تشمل", "تنص", "يتضمن", "يشمل", "ينص")
NOT: Final = normalize_key("لا")


def _sentence_text(e: Event) -> tuple[str, int]:
    sent = e.trigger_sentence() or e.evidence[0]
    return sent.text, sent.start


def _before(e: Event, reach: int) -> list[str]:
    """The keys of the words before the trigger in its clause, nearest first."""
    text, start = _sentence_text(e)
    out: list[str] = []
    for w in reversed(text[:max(0, e.trigger.start - start)].split()):
        if w in CLAUSE_ENDS or w.rstrip("»\"").endswith(CLAUSE_ENDS):
            break
        out.append(_key(w))
        if len(out) >= reach:
            break
    return out


def _after(e: Event, reach: int) -> list[str]:
    text, start = _sentence_text(e)
    return [_key(w) for w in text[max(0, e.trigger.end - start):].split()[:reach]]


def conditional_retreat(e: Event) -> bool:
    """Whether ``e`` is a RETREAT named right after a word of condition."""
    if e.type != "RETREAT":
        return False
    before = _before(e, 1)
    return bool(before) and before[0] in CONDITION


def planned_retreat(e: Event) -> bool:
    """Whether ``e`` is a RETREAT named, after لـ, as a plan's or a timetable's aim."""
    if e.type != "RETREAT" or not _key(e.trigger.text.split()[0]).startswith("ل"):
        return False
    return any(w in PLAN_NOUNS for w in _before(e, PLAN_REACH))


def called_retreat(e: Event) -> bool:
    """Whether ``e`` is a RETREAT named as the genitive of a plural noun of calls."""
    if e.type != "RETREAT":
        return False
    before = _before(e, 1)
    return bool(before) and before[0] in CALL_NOUNS


def any_truce(e: Event) -> bool:
    """Whether ``e`` is a truce after «أي» or followed by what it lacks, or an act named in
    the relative clause of «أي هدنة»."""
    if e.type != "RETREAT":
        return False
    first = _key(e.trigger.text.split()[0])
    before = _before(e, 2)
    if first in TRUCE_NOUNS:
        after = _after(e, 2)
        lacking = len(after) > 1 and after[0] == NOT and after[1] in LACKS
        return lacking or (bool(before) and before[0] in ANY)
    # نحن مع أي هدنة تفتح الممرات: the access of a truce that does not exist
    return len(before) > 1 and before[0] in TRUCE_NOUNS and before[1] in ANY


def drop_retreat_terms(events: list[Event]) -> list[Event]:
    """One sentence's events without retreats named as a condition, a plan's aim, a call's
    content or any truce."""
    return [e for e in events if not conditional_retreat(e) and not planned_retreat(e)
            and not called_retreat(e) and not any_truce(e)]
