"""A headline's act dated by the lead that retells it (dates pass, 2026-12-04 (14)).

A news headline names its act without a day (``دمشق و«قسد» تتفقان على تسليم سد الفرات``،
``مقتل 5 جنود بهجوم لطالبان باكستان``); the lead paragraph under it retells the act with its
day (``اتفقت الحكومة السورية وقوات سوريا الديمقراطية، أمس الثلاثاء، …``). When the two
tellings are not merged into one event (their participants or places read differently), the
headline's act still happened on the lead's day, not on the publication day it falls back to.

A headline here is the text's first line when it is short and does not end a sentence (a
dateline lead paragraph ends with a full stop); its act takes the day of the first act of the
same type and flags told in the first body paragraph, when its sentence dates it.

So too an act told "during the session" (``واتفق الطرفان، خلال جلسة المحادثات، …``) in a
sentence with no date of its own: the definite meeting noun refers back to the meeting the
text told before, whose day is the act's (:func:`session_dates`; README round 19: a later
paragraph's act takes the day of the act it follows when the text makes it the same). The
meeting is the last CONSULT told before with a day, else the last act whose own sentence names
the session with its day (``وافق مجلس الوزراء، في جلسته التي انعقدت مساء أمس، …``). And an act
told "since the morning hours" (``وانتشرت وحدات من الجيش منذ ساعات الصباح الأولى``), a part of
the day with no day of its own, happened on the day of the story told before
(:func:`part_of_day_dates`; README, "Date convention for a later paragraph", 2026-12-04 (14)).
A background act after ``بعد`` whose sentence tells only its outcome before the cue (``سيطرت
قوات …، أمس الثلاثاء، على المقر بعد اشتباكات``) takes that clause's day (:func:`outcome_dates`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import Event
from rasd.text.dates import extract_times
from rasd.text.normalize import normalize_key

#: Longest first line read as a headline (characters): wire headlines run to about 120; a
#: lead paragraph is longer and ends with a full stop.
HEADLINE_MAX = 160
#: Marks that end a sentence: a first line ending with one is a paragraph, not a headline.
_SENTENCE_ENDS = ".!?؟…"
#: A live page's entry opens with its clock time (09:40 — أعلنت …): the next entry is another
#: update, not a lead retelling it.
_CLOCK_LEAD = re.compile(r"[\d٠-٩]{1,2}[:.][\d٠-٩]{2}")


def _headline_end(text: str) -> int | None:
    """The end of the text's first line when it reads as a headline, else None."""
    end = text.find("\n")
    if end <= 0:
        return None
    line = text[:end].strip()
    if not line or len(line) > HEADLINE_MAX or line[-1] in _SENTENCE_ENDS \
            or _CLOCK_LEAD.match(line):
        return None
    return end


def headline_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act the headline tells dated only by publication given the day
    of the lead paragraph's first act of its type and flags, when its sentence dates it."""
    head_end = _headline_end(text)
    if head_end is None:
        return events
    lead_end = text.find("\n", head_end + 1)
    lead_end = len(text) if lead_end < 0 else lead_end
    out = list(events)
    for k, e in enumerate(events):
        if e.trigger.start >= head_end or e.date_basis not in ("published", "none") \
                or e.negated or e.future or e.hypothetical:
            continue
        lead = next((b for b in events if head_end < b.trigger.start < lead_end
                     and b.type == e.type and b.flags == e.flags), None)
        if lead is not None and lead.date_basis == "sentence" and lead.date is not None:
            out[k] = replace(e, date=lead.date, date_basis="sentence",
                             date_precision=lead.date_precision)
    return out


#: An act told "during the session" or "from the session" (واتفق الطرفان، خلال جلسة المحادثات،
#: …، وانسحب الوزراء الشيعة الخمسة من الجلسة): a definite meeting noun after a preposition of
#: time or place refers back to the meeting the text told before, whose day is the act's.
SESSION_REFERENCE = re.compile(
    r"(?:^|\s)(?:خلال|أثناء|اثناء|في|من)\s+(?:ختام\s+)?(?:جلسة\s+)?"
    r"(?:الجلسة|الاجتماع|اللقاء|المحادثات|المباحثات|القمة)(?=[\s،,.]|$)")
#: How far (characters) from the trigger that reference may stand in its sentence.
SESSION_REACH = 80


def session_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act dated only by publication whose sentence tells it during or
    from a session named with a definite noun (خلال جلسة المحادثات، من الجلسة) given the day
    of the last meeting (CONSULT) told before it with a day of its sentence or paragraph."""
    out = list(events)
    for k, e in enumerate(events):
        if e.date_basis not in ("published", "none") or e.negated or e.future \
                or e.hypothetical or e.type == "CONSULT":
            continue
        lo, hi = sentence_bounds(text, e.trigger.start, e.trigger.end)
        ref = SESSION_REFERENCE.search(text, max(lo, e.trigger.start - SESSION_REACH),
                                       min(hi, e.trigger.end + SESSION_REACH))
        if ref is None:
            continue
        told = [b for b in events if b.trigger.end <= lo and b.date is not None
                and b.date_precision == "day" and b.date_basis in ("sentence", "paragraph")
                and not b.future]
        meeting = max((b for b in told if b.type == "CONSULT"),
                      key=lambda b: b.trigger.start, default=None)
        if meeting is None:
            meeting = max((b for b in told if _names_session(text, b.trigger.start)),
                          key=lambda b: b.trigger.start, default=None)
        # a meeting of the publication day adds nothing to the publication fallback (and an
        # act the rules left undated, as the act protested against, stays so)
        if meeting is not None and meeting.date != e.date:
            out[k] = replace(e, date=meeting.date, date_basis="sentence", date_precision="day")
    return out


#: A session named in an act's own sentence (``في جلسته التي انعقدت``، ``خلال اجتماعه``): the
#: act is the session's outcome, so a later "from the session" refers to its day.
SESSION_NAMED = re.compile(r"(?:^|\s)(?:ب|في|خلال|أثناء)?\s?(?:جلسة|جلسته|جلستها|الجلسة|اجتماع|"
                           r"اجتماعه|اجتماعها|الاجتماع)(?=[\s،,.]|$)")


def _names_session(text: str, at: int) -> bool:
    """Whether the sentence holding offset ``at`` of ``text`` names a session or meeting."""
    lo, hi = sentence_bounds(text, at, at)
    return SESSION_NAMED.search(text, lo, hi) is not None


#: A part of the day with no day of its own, told as the start of an ongoing act (``منذ ساعات
#: الصباح الأولى``، ``منذ الصباح الباكر``، ``منذ ساعات الفجر``): the story's day, not
#: publication's (3 of 3 dev acts so coded, ev-1325, ev-1327). ``منذ ساعات`` alone ("for
#: hours") is not one.
PART_OF_DAY_SINCE = re.compile(
    r"(?:^|\s)منذ\s+(?:ساعات\s+)?(?:الصباح|الفجر|الظهر|الظهيرة|المساء)"
    r"(?:\s+(?:الأولى|الاولى|الباكر))?(?=[\s،,.]|$)")


def part_of_day_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act dated only by publication whose sentence tells a part of the
    day since which it ran (:data:`PART_OF_DAY_SINCE`) given the day of the last act told
    before it with a day of its sentence or paragraph."""
    out = list(events)
    for k, e in enumerate(events):
        if e.date_basis not in ("published", "none") or e.negated or e.future \
                or e.hypothetical:
            continue
        lo, hi = sentence_bounds(text, e.trigger.start, e.trigger.end)
        if PART_OF_DAY_SINCE.search(text, lo, hi) is None:
            continue
        story = max((b for b in events if b.trigger.end <= lo and b.date is not None
                     and b.date_precision == "day" and not b.future
                     and b.date_basis in ("sentence", "paragraph")),
                    key=lambda b: b.trigger.start, default=None)
        day = story.date if story is not None else _last_day_told(text[:lo], e)
        # the story told on the publication day (a live page's "since the morning") is
        # what the publication fallback already says: the act stays as read
        if day is not None and day != e.date:
            out[k] = replace(e, date=day, date_basis="sentence", date_precision="day")
    return out


def _last_day_told(before: str, e: Event) -> date | None:
    """The last day (not after publication) the text before an act states, when no act told
    there carries one (the lead's act was not read): ``e`` is dated by publication."""
    if e.date_basis != "published" or not isinstance(e.date, date):
        return None
    pub = e.date
    days = [t.day for t in extract_times(before, pub)
            if t.granularity in ("day", "hour", "minute") and t.day is not None
            and t.day <= pub]
    return days[-1] if days else None


#: Past verbs that announce or decide an act told as their object (``أعلنت … سيطرتها على
#: الحقل بعد انسحاب الجيش``، ``قررت الإدارة صرف الحافز بعد إضراب``، ``أعلنتا الاتفاق … بعد
#: مباحثات``): that act is another event, which the background act preceded (ev-055, ev-746,
#: ev-1333 code it undated), so its day is not the background act's. Normalised forms.
DECLARING = frozenset(normalize_key(w) for w in (
    "أعلن", "أعلنت", "أعلنوا", "أعلنا", "أعلنتا", "قرر", "قررت", "قرروا", "قررا"))
#: A background act right after its cue (``بعد اشتباكات``، ``عقب معارك``، ``إثر منعهم``),
#: read at the end of the text before the trigger.
_PRIOR_CUE_BEFORE = re.compile(r"(?:^|\s)و?(?:بعد|عقب|إثر|أعقاب)\s*$")


def outcome_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with each background act after ``بعد``/``عقب``/``إثر`` (left undated, round
    5) given the day its sentence states before the cue when no other act is read there: the
    clause before the cue then tells the act's own outcome (``سيطرت قوات …، أمس الثلاثاء، على
    مقر المنطقة العسكرية بعد اشتباكات``، ``استعادت السيطرة على البلدة، مساء الجمعة، بعد
    معارك``، ``رحلت السلطات، أمس الاثنين، ثلاثة ناشطين … بعد منعهم من دخول``), which the gold
    joins with it as one event dated by that clause (ev-345, ev-750, ev-909). Not when that
    clause announces or decides an act (:data:`DECLARING`)."""
    out = list(events)
    for k, e in enumerate(events):
        if e.date_basis != "published" or not isinstance(e.date, date) or e.negated \
                or e.future or e.hypothetical:
            continue
        lo, _ = sentence_bounds(text, e.trigger.start, e.trigger.end)
        cue = _PRIOR_CUE_BEFORE.search(text, lo, e.trigger.start)
        if cue is None or any(lo <= b.trigger.start < cue.start() for b in events
                              if b is not e):
            continue
        if any(normalize_key(w).removeprefix("و") in DECLARING
               for w in text[lo:cue.start()].split()):
            continue
        pub = e.date
        days = [t.day for t in extract_times(text[lo:cue.start()], pub)
                if t.granularity in ("day", "hour", "minute") and t.day is not None
                and t.day < pub]
        if days:
            out[k] = replace(e, date=days[-1], date_basis="sentence", date_precision="day")
    return out
