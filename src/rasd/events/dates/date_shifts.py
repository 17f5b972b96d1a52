"""Where a clause moves the day its sentence gives (the dates round, 2026-12-04): an act told
"the next day" or "a week later" after the dated one, an act inside a pluperfect backgrounder,
a noun a participle dates (``إعلان جدة الموقع في 11 مايو 2023``), and a counted "ago" in weeks.

:func:`rasd.events.dates.context.event_date` finds the day a sentence or paragraph gives; these
rules read the trigger's own clause for what shifts it or keeps it from the act. The
conventions are those of ``tests/gold/events/README.md`` (counted intervals are dates the
text fixes; a background act takes only its own time).
"""

from __future__ import annotations

import re
from datetime import date

from rasd.events.syntax.clauses import KANA, strip_conj
from rasd.model import TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token


def _n(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


#: "The next day" (في اليوم التالي، صباح اليوم التالي), normalised.
_DAY, _NEXT = normalize_key("اليوم"), normalize_key("التالي")
#: "After" opening a counted delay (أفرجت عنهما بعد أسبوع).
_AFTER = _n(("بعد", "وبعد"))
#: Delay words that carry their own count, in days.
_DELAYS = {normalize_key(w): d for w, d in (
    ("يوم", 1), ("يومين", 2), ("أسبوع", 7), ("أسبوعين", 14), ("اسبوع", 7), ("اسبوعين", 14))}
#: Counted days (بعد ثلاثة أيام): the count word or digits, then the plural.
_COUNTS = {normalize_key(w): n for w, n in (
    ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7), ("ثمانية", 8),
    ("تسعة", 9), ("عشرة", 10))}
_DAYS_PLURAL = _n(("أيام", "ايام"))
#: What after a delay ties it to another act (بعد أسبوع من اعتقالهم، بعد يومين على): the
#: delay counts from that act, which the interval rule dates instead.
_ANCHORED = _n(("من", "على", "علي"))


def _delay_at(toks: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """(days, index after the delay) when ``بعد <delay>`` starts at token ``k``."""
    if k + 1 >= end or toks[k].norm not in _AFTER:
        return None
    word = toks[k + 1].norm
    if word in _DELAYS:
        return _DELAYS[word], k + 2
    count = _COUNTS.get(word) or (int(word) if word.isdigit() else None)
    if count is not None and k + 2 < end and toks[k + 2].norm in _DAYS_PLURAL:
        return count, k + 3
    return None


def later_offset(toks: list[Token], last: int, end: int,
                 times: list[TimeRef]) -> int | None:
    """Days by which the trigger's clause (tokens after ``last`` up to ``end``) puts its act
    after the day told: ``في اليوم التالي`` one, ``بعد أسبوع`` seven (not ``بعد أسبوع من``,
    which counts from another act). None when the clause says nothing of the kind, or gives
    a day of its own after that phrase (the act's day is then told)."""
    for k in range(last + 1, end):
        days: int | None = None
        after = k
        if toks[k].norm == _DAY and k + 1 < end and toks[k + 1].norm == _NEXT:
            days, after = 1, k + 2
        elif (found := _delay_at(toks, k, end)) is not None:
            days, after = found
            if after < len(toks) and toks[after].norm in _ANCHORED:
                return None
        if days is None:
            continue
        tail_start = toks[after].start if after < len(toks) else toks[-1].end
        tail_end = toks[end - 1].end if end > 0 else tail_start
        if any(tail_start <= t.span.start < tail_end and t.value is not None for t in times):
            return None
        return days
    return None


#: The particle of the pluperfect (كانوا قد اعتقلوا): what follows it is an earlier act.
_QAD = normalize_key("قد")


def pluperfect_start(toks: list[Token], lo: int, first: int) -> int:
    """The start of the trigger's clause with a pluperfect backgrounder before it
    (أفرجت السلطات، أمس، عن خمسة كانوا قد اعتقلوا في مارس الماضي): the auxiliary, so the
    main act's time before it does not date the earlier act; else ``lo``."""
    for j in range(first - 1, lo, -1):
        if toks[j].norm == _QAD and j > lo and strip_conj(toks[j - 1].norm) in KANA:
            return j - 1
    return lo


#: Passive participles that date the document before them (إعلان جدة الموقع في 11 مايو
#: 2023، القرار الصادر في مارس): like a relative clause, the time is that noun's, not the
#: other acts' of the sentence. Not المنعقد (في جلسته المنعقدة أمس), a setting that dates
#: the act held in it. Normalised.
DATING_PARTICIPLES = _n((
    "الموقع", "الموقعة", "المبرم", "المبرمة", "الصادر", "الصادرة", "المعلن", "المعلنة",
    "المعتمد", "المعتمدة"))

#: A counted "ago" in weeks (قبل أسبوع، قبل أسبوعين) is a day the text fixes, unlike "last
#: week" (الأسبوع الماضي). Not منذ, which mostly tells how long a state has lasted (انقطاع
#: المياه منذ أكثر من أسبوعين), nor a hedged count (قبل نحو أسبوعين).
_AGO = re.compile(r"قبل\s+(?:أسبوع|اسبوع|أسبوعين|اسبوعين|\d+\s+أسابيع|\d+\s+اسابيع)$")


def counted_week_day(t: TimeRef) -> date | None:
    """The day of a counted "ago" in weeks (قبل أسبوع: publication less 7 days), else None."""
    if t.granularity != "week" or t.value is None or not _AGO.match(t.span.text.strip()):
        return None
    return t.day


def ahead_month(times: list[TimeRef], a: int, b: int, published: date | None) -> date | None:
    """The month of a plan told in ``[a, b)`` (مطلع الشهر المقبل، منتصف الشهر المقبل، في مايو
    المقبل، مطلع ربيع الأول المقبل): a month-precision time after publication's month, else
    None. A week (الأسبوع المقبل) or "the coming days" is no date (the README's convention)."""
    if published is None:
        return None
    for t in times:
        if a <= t.span.start and t.span.end <= b and t.granularity == "month" \
                and t.value is not None:
            v = t.day
            if v is not None and (v.year, v.month) > (published.year, published.month):
                return v
    return None


#: "The day after" (غداة اشتباكات): the act it names took place the day before the act the
#: sentence tells (ev-687's clashes, ev-1158's talks). Normalised.
_DAY_AFTER = _n(("غداة", "وغداة"))
#: Words that may stand between غداة and the act's noun (غداة اختتام جولة مفاوضات).
_DAY_AFTER_REACH = 2


def day_after_cue(toks: list[Token], first: int) -> bool:
    """Whether the trigger at ``first`` names the act after which ("غداة") the sentence's
    act came: it is dated the day before that act's day."""
    for k in range(first - 1, max(-1, first - 2 - _DAY_AFTER_REACH), -1):
        if toks[k].norm in _DAY_AFTER:
            return True
        if toks[k].kind != "word":
            return False
    return False
