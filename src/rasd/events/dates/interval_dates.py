"""Dates of acts told as counted intervals before another act (round 15).

News ties a background act to the main one by how long before it happened: ``وتأتي الزيارة
بعد أسبوع من استضافة مسقط جولة محادثات``، ``وجاء الاجتماع بعد ثلاثة أيام من اشتباكات``. When
the main act of the sentence has a day, the text fixes the background act's day too: that
day less the interval (the convention settled in ``tests/gold/events/README.md``, round 15).
A vague interval (``بعد أيام من``، ``بعد ساعات من``) or a main act without a day dates nothing,
and an act whose own clause gives a date keeps it.

This runs on the merged events of a document, so a retelling of the main act (``وتأتي
الزيارة``) already belongs to the event whose date anchors the interval.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from rasd.events.dates.date_clauses import durative_noun
from rasd.events.syntax.clauses import SENTENCE_END, sentence_bounds
from rasd.model import Event

#: Counted intervals in days, as news writes them (normalised spelling not assumed: both
#: hamza forms listed).
_UNITS: dict[str, int] = {
    "يوم": 1, "يوم واحد": 1, "يومين": 2, "يومان": 2,
    "أسبوع": 7, "اسبوع": 7, "أسبوع واحد": 7, "أسبوعين": 14, "اسبوعين": 14,
    "ثلاثة أسابيع": 21, "ثلاثة اسابيع": 21,
}
_COUNTED_DAYS: dict[str, int] = {
    "ثلاثة": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8,
    "تسعة": 9, "عشرة": 10,
}
#: How many words may stand between ``من`` and the background act's trigger (``بعد يومين
#: من إعلان فرنسا وبريطانيا وألمانيا تفعيل الآلية``: the trigger is the fifth word).
MAX_WORDS_TO_TRIGGER = 5
_INTERVAL = re.compile(
    r"(?:^|\s)و?بعد\s+(?P<n>[\d٠-٩]+|" + "|".join(_COUNTED_DAYS) + r")?\s*"
    r"(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|أيام|يوما)\s+من\s+"
    r"(?P<gap>(?:[^\s،,.؟!:؛]+\s+){0," + str(MAX_WORDS_TO_TRIGGER) + r"})$")
#: The formula that ties a sentence to the story's main act (ويأتي ذلك، وتأتي الزيارة، وجاء
#: القرار): its interval counts back from the lead act.
_COMES_AFTER = re.compile(r"\s*و?(?:يأتي|تأتي|جاء|جاءت|ياتي|تاتي)\s")
#: Date bases by which the text itself dates the main act (not the publication fallback).
_TOLD_DATES = frozenset({"sentence", "paragraph"})
#: Characters looked at before a trigger for the interval phrase.
_LOOK_BACK = 120


def _days(m: re.Match[str]) -> int | None:
    unit, n = m.group("unit"), m.group("n")
    if unit in ("أيام", "يوما"):  # needs a count: بعد أيام من is vague
        if n is None:
            return None
        # the pattern's count is a listed word or a run of digits, Western or Arabic-Indic,
        # which int() reads alike
        return _COUNTED_DAYS.get(n) or int(n)
    return None if n is not None else _UNITS[unit]


def _interval_before(text: str, start: int) -> tuple[int, int] | None:
    """(days, position of بعد) when ``text`` tells a counted interval right before
    ``start`` in the same sentence."""
    lo = max(0, start - _LOOK_BACK)
    ends = list(SENTENCE_END.finditer(text, lo, start))
    if ends:
        lo = ends[-1].end()
    m = _INTERVAL.search(text[lo:start])
    if m is None:
        return None
    after = text[lo + m.start("gap"):].split()
    if after and after[0].startswith(("ال", "وال")):
        return None  # بعد ثلاثة أيام من الاحتجاجات: three days of the protests, a duration
    if after and durative_noun(after[0]):
        return None  # بعد أسبوعين من احتجاجات حاشدة: two weeks of protests (dates pass 3)
    days = _days(m)
    return None if days is None else (days, lo + m.start())


def counted_interval(text: str, start: int) -> bool:
    """Whether a counted interval (بعد أسبوع من، بعد يومين من) stands right before ``start``:
    :func:`interval_dates` dates that act from the main one."""
    return _interval_before(text, start) is not None


def interval_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act told ``بعد <interval> من`` a dated act of its sentence
    dated that many days before it."""
    out = list(events)
    for k, e in enumerate(events):
        if e.negated or e.future or e.hypothetical:
            continue
        found = _interval_before(text, e.trigger.start)
        if found is None:
            continue
        days, at = found
        sentence_start = sentence_bounds(text, at, at)[0]
        others = [a for a in events if a is not e]
        # the act named last before بعد in the sentence, else an earlier act this sentence
        # retells (وجاءت الضربة, merged into the strike), else after the formula the lead act
        named = [a for a in others if sentence_start <= a.trigger.start < at]
        retold = [a for a in others if a.trigger.start < sentence_start
                  and any(sentence_start <= s.start < at for s in a.evidence)]
        if named:
            anchor = max(named, key=lambda a: a.trigger.start)
        elif retold:
            anchor = max(retold, key=lambda a: a.trigger.start)
            if _COMES_AFTER.match(text, sentence_start):
                # ويأتي الهجوم بعد ثلاثة أيام من …: the formula names the story's lead act of
                # that kind, though the retelling may have merged into a later one
                same = [a for a in others if a.type == anchor.type
                        and a.trigger.start < sentence_start]
                anchor = min(same, key=lambda a: a.trigger.start)
        elif _COMES_AFTER.match(text, sentence_start):
            # وتأتي الحادثة بعد أسبوع من …: the formula refers back to the story's lead act
            lead = [a for a in others if a.trigger.start < sentence_start]
            if not lead:
                continue
            anchor = min(lead, key=lambda a: a.trigger.start)
        else:
            continue
        if anchor.date is None or anchor.date_precision != "day" or anchor.future \
                or anchor.date_basis not in _TOLD_DATES:
            continue  # the main act's day must be one the text gives
        if e.date_basis == "sentence" and e.date != anchor.date:
            continue  # its own clause dates it (بعد يومين من هجوم الأحد الماضي)
        out[k] = replace(e, date=anchor.date - timedelta(days=days), date_basis="sentence",
                         date_precision="day")
    return out


#: "During it" right after an act's verb (زيارة … التقى خلالها، اجتماع … اتفقا خلاله، مواجهات
#: رشق خلالها محتجون): the act took place during the event named before it.
_DURING = re.compile(r"\S+\s+(?:خلاله|خلالها|خلالهما)(?=[\s،,.]|$)")


def during_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act told as taking place "during" (خلاله، خلالها) the event
    its sentence names just before it dated like that event, when the text dates it."""
    out = list(events)
    for k, e in enumerate(events):
        if e.negated or e.future or e.hypothetical or e.date_basis not in ("published", "none"):
            continue
        if _DURING.match(text, e.trigger.start, e.trigger.end + 12) is None:
            continue
        sentence_start = sentence_bounds(text, e.trigger.start, e.trigger.start)[0]
        before = [a for a in events if a is not e and sentence_start <= a.trigger.start
                  and a.trigger.end <= e.trigger.start]
        if not before:
            continue
        anchor = max(before, key=lambda a: a.trigger.start)
        if anchor.date is None or anchor.future or anchor.date_basis not in _TOLD_DATES:
            continue
        out[k] = replace(e, date=anchor.date, date_basis="sentence",
                         date_precision=anchor.date_precision)
    return out
