"""Which event a casualty count of a wire story belongs to: a capture takes no dead, and a
later toll updates an earlier open count (used by :mod:`rasd.events.merge`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasd.datafiles import tsv_rows
from rasd.events.syntax.clauses import SENTENCE_OR_SEMICOLON_END
from rasd.model import Casualty, Event
from rasd.text.normalize import normalize_key

#: ASSAULT modes that take people rather than harm them: a sentence's dead and wounded go to
#: the fighting told with them (معارك … أسفرت عن مقتل العشرات … وأسر 18), not to the capture.
CAPTURE_MODES = frozenset({"abduct"})


def takes_toll(e: Event, kind: str, events: list[Event]) -> bool:
    """Whether ``e`` may take a count of ``kind``: a capture takes no dead or wounded while
    another ASSAULT of its sentence could."""
    if kind not in ("killed", "injured") or e.mode not in CAPTURE_MODES:
        return True
    return not any(o.type == "ASSAULT" and o.mode not in CAPTURE_MODES for o in events)


#: How many times an earlier open count (على الأقل 23) a later toll of a sentence with no
#: event of its own may be and still be that event's update (ارتفعت الحصيلة إلى 31); a
#: larger figure is a cumulative toll of the war or the campaign (منذ بدء الحرب).
UPDATE_FACTOR = 3


#: Normalised stems of the toll nouns (عدد القتلى، الحصيلة): a count told with them states
#: a toll, which may update an earlier exact count (ارتفع عدد القتلى إلى ثمانية).
TOLL_STEMS = ("عدد", "حصيل")


#: How far before a count its toll noun may stand (الحصيلة النهائية بلغت 14 قتيلا).
TOLL_LEAD_CHARS = 30
#: A count joined by و to the count told before it (ثلاثة قتلى و14 جريحا) is the toll's
#: second part: its toll noun may stand this much further back (one more count and noun).
SECOND_PART_CHARS = 24
_JOINED = re.compile(r"\sو\s*$")


def is_toll(cas: Casualty, text: str | None = None) -> bool:
    """Whether ``cas`` is told as a toll (عدد القتلى، الحصيلة) rather than with its act:
    a toll noun in its span or, given the ``text``, shortly before it in its sentence."""
    lead = ""
    if text is not None:
        width = TOLL_LEAD_CHARS
        if _JOINED.search(text, max(0, cas.span.start - 3), cas.span.start):
            width += SECOND_PART_CHARS  # الحصيلة … إلى ثلاثة قتلى و14 جريحا: both are the toll
        lead = text[max(0, cas.span.start - width):cas.span.start]
        lead = SENTENCE_OR_SEMICOLON_END.split(lead)[-1]
    key = normalize_key(lead + " " + cas.span.text)
    return any(stem in key for stem in TOLL_STEMS)


def updates(old: Casualty, new: Casualty, toll: bool = False) -> bool:
    """Whether ``new``, told after ``old`` in a sentence reporting no act, is the update of
    an open or approximate count (لقي 23 على الأقل حتفهم … ثم ارتفعت الحصيلة إلى 31), or of
    an exact one when ``new`` is told as a toll (``toll``: ليرتفع عدد القتلى إلى ثمانية): a higher
    figure within :data:`UPDATE_FACTOR` times the first (times the upper bound of a vague
    range: العشرات … تتجاوز 50 قتيلا)."""
    if old.min is None or new.min is None:
        return False
    if not (old.approx or old.max is None or toll or is_toll(new)):
        return False
    top = old.max if old.approx and old.max is not None else old.min
    return old.min < new.min <= UPDATE_FACTOR * top


def summed(old: Casualty, more: Casualty) -> Casualty:
    """One act's toll told in two parts of a sentence (مقتل ستة من المهاجمين، فيما قتل
    جنديان): the sum, open when either part is."""
    low = None if old.min is None or more.min is None else old.min + more.min
    high = None if old.max is None or more.max is None else old.max + more.max
    return replace(old, min=low, max=high, approx=old.approx or more.approx)


#: Another source's estimate told in contrast (فيما قدرت لجان المقاومة عدد القتلى بأكثر من 25،
#: في حين تحدث الجيش في بيان عن 21 قتيلا): a contrastive conjunction, then a verb of
#: estimating or telling, shortly before the count.
_OTHER_ESTIMATE = re.compile(
    r"(?:فيما|في\s+حين|بينما)\s+(?:قدر|قدرت|قدروا|تحدث|تحدثت|تحدثوا|أفاد|أفادت|افادت|ذكر|ذكرت"
    r"|قال|قالت|أكد|أكدت|اكدت)\s[^.!?؟;؛\n]{0,60}$"
    # a party's claim (وزعمت أنها قتلت أكثر من 20 جنديا، ادعى التنظيم مقتل 30): its own
    # figure, set against the act's reported one, never an update of it
    r"|(?<!\w)[وف]?(?:زعم|زعمت|زعموا|ادعى|ادعت|ادعوا|إدعى|إدعت)(?!\w)[^.!?؟;؛\n]{0,60}$")


_CLAIM = re.compile(r"(?<!\w)[وف]?(?:زعم|زعمت|زعموا|ادعى|ادعت|ادعوا|إدعى|إدعت)(?!\w)"
                    r"[^.!?؟;؛\n]{0,60}$")


def claimed(cas: Casualty, text: str) -> bool:
    """Whether ``cas`` is a party's claim (وزعمت أنها قتلت أكثر من 20 جنديا)."""
    return _CLAIM.search(text, max(0, cas.span.start - 90), cas.span.start) is not None


def other_estimate(cas: Casualty, text: str) -> bool:
    """Whether ``cas`` is another source's figure for the act, told in contrast with the
    first (تضارب الحصيلة), rather than an update of it."""
    return _OTHER_ESTIMATE.search(text, max(0, cas.span.start - 90), cas.span.start) is not None


def lowest_of(old: Casualty, other: Casualty) -> Casualty:
    """Two sources' conflicting figures for one act: the lower one, open (at least that many,
    as the more cautious source says); a vague first figure (عشرات) gives way to the other's
    number (عشرات … في حين تحدث الجيش عن 21 قتيلا: at least 21)."""
    if old.approx and old.max is not None and other.min is not None:
        return replace(other, max=None, approx=True)
    low = other.min if old.min is None or (other.min is not None and other.min < old.min) \
        else old.min
    return replace(old, min=low, max=None, approx=True)


#: A count told as more victims of the act (أربع إصابات أخرى، ثلاثة آخرون، ثمانية من
#: المهاجمين قتلوا أيضا): a word of addition right after it, in its clause.
_ADDITIONAL = re.compile(r"\s*(?:أخرى|اخرى|آخرين|اخرين|آخرون|اخرون|أيضا|ايضا|أيضاً|ايضاً|كذلك)(?!\w)")


def additional(cas: Casualty, text: str) -> bool:
    """Whether ``cas``, told in a sentence with no act of its own, adds victims to the act's
    count rather than updating it (فيما سجلت عيادة البلدة أربع إصابات أخرى; وقالت الشرطة إن
    ثمانية من المهاجمين قتلوا أيضا): not a toll (ارتفع عدد القتلى إلى ثمانية)."""
    if is_toll(cas, text):
        return False
    return _ADDITIONAL.match(text, cas.span.end) is not None


#: A tally since the start of a period told right after a count, in its clause (إن 61 مدنيا
#: قتلوا في المقاطعة منذ مطلع نوفمبر، أعدم منذ مطلع العام أكثر من 1000، منذ بدء الحصار): the
#: cumulative record of many acts, which the casualty conventions attach to none. Not منذ بدء
#: الاحتجاجات: one protest wave's dead over a few days are that wave's toll (gold ev-004).
_SINCE_START = re.compile(
    r"منذ\s+(?:مطلع|بداية|بدء|اندلاع|سريان)\s+(?:ال)?(?:عام|سنة|حرب|نزاع|صراع|حصار|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
    r"نوفمبر|ديسمبر)(?!\w)")
#: How far after a count its tally's منذ phrase may stand (في المقاطعة منذ مطلع نوفمبر).
SINCE_AFTER_CHARS = 40


def cumulative(cas: Casualty, text: str) -> bool:
    """Whether ``cas`` is a tally since the start of a year, a month, a war or a siege."""
    tail = SENTENCE_OR_SEMICOLON_END.split(text[cas.span.end:cas.span.end + SINCE_AFTER_CHARS])[0]
    return _SINCE_START.search(tail.split("،")[0]) is not None


#: A dual of an act or its site (موقعي القصف، الغارتين، الهجومين): a count told with it is
#: the total over two acts told apart before (عشرة في قصف منزل … والسبعة الآخرون في غارة على
#: خيمة … نقلت 23 مصابا من موقعي القصف), which no one of them took alone.
_TWO_ACTS = re.compile(
    r"(?<!\w)(?:[وبل]|لل)?(?:موقعي|مكاني|ال)?(?:غارتين|غارتان|هجومين|هجومان|تفجيرين|تفجيران|"
    r"انفجارين|انفجاران|قصفين|حادثين|حادثتين|هجومي|قصفي|غارتي|تفجيري)(?!\w)|(?<!\w)(?:موقعي|مكاني)\s")


def dual_act(word: str) -> bool:
    """Whether ``word`` is a dual of an act or its site (غارتين، موقعي القصف)."""
    return _TWO_ACTS.search(normalize_key(word)) is not None


def over_two_acts(cas: Casualty, text: str) -> bool:
    """Whether ``cas`` is told, in its sentence, as the total of two acts (a dual of the
    act or its site: موقعي القصف، الغارتين)."""
    start = max((m.end() for m in SENTENCE_OR_SEMICOLON_END.finditer(text, 0, cas.span.start)),
                default=0)
    end_m = SENTENCE_OR_SEMICOLON_END.search(text, cas.span.end)
    end = end_m.start() if end_m else len(text)
    return _TWO_ACTS.search(normalize_key(text[start:end])) is not None


#: A result clause's opening (ما أدى إلى، ما أسفر عن، خلف، أوقع): the counts told in it, up
#: to the next comma, are the toll of the act told before it.
_RESULT = re.compile(
    r"(?<!\w)(?:م?ما\s+)?(?:أدى|أدت|ادى|ادت|أسفر|أسفرت|اسفر|اسفرت|خلف|خلفت|أوقع|أوقعت|"
    r"تسبب|تسببت|أودى|أودت)(?!\w)")
#: How far before a count its result clause may open (ما أدى إلى مقتل فلسطيني وإصابة نحو
#: 100 آخرين: the second part too).
RESULT_LEAD_CHARS = 60


def result_cue(cas: Casualty, text: str) -> int | None:
    """Where the result clause ``cas`` is told in opens (ما أدى إلى مقتل …), or None: the
    last result word before it in its clause (no comma or sentence end between)."""
    lo = max(0, cas.span.start - RESULT_LEAD_CHARS)
    last = None
    for m in _RESULT.finditer(text, lo, cas.span.start + 1):
        last = m
    if last is None or re.search(r"[،,.!?؟;؛\n]", text[last.end():cas.span.start]):
        return None
    return last.start()


#: How far before a result clause its accident noun may stand (حريقا في مستشفى الولادة
#: بالمدينة أودى بحياة: the noun, a place of two or three words, the verb).
ACCIDENT_LEAD_CHARS = 50


@cache
def _accident_re() -> re.Pattern[str]:
    forms = sorted({normalize_key(cols[0]) for _, cols in
                    tsv_rows("rasd.data.events", "accident_nouns.tsv")}, key=len, reverse=True)
    words = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<!\w)(?:[وبل]|لل)?(?:ال)?(?:{words})(?!\w)")


def accident_toll(cas: Casualty, text: str) -> bool:
    """Whether ``cas`` is told in the result clause of an accident or a disaster (حريق …
    أودى بحياة ستة، انهيار المظلة الذي أودى بحياة 16): no political act's toll."""
    cue = result_cue(cas, text)
    if cue is None:
        return False
    lead = SENTENCE_OR_SEMICOLON_END.split(text[max(0, cue - ACCIDENT_LEAD_CHARS):cue])[-1]
    lead = re.split(r"[،,]", lead)[-1]
    return _accident_re().search(normalize_key(lead)) is not None
