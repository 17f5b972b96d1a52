"""Task fix43: a stance stated now about a later act (reported futures).

A threat, a warning or an offer of readiness is told as made: what lies in the future is
its content (``هدد رئيس التجمع بإطفاء المولدات … يوم الخميس المقبل``، ``حذرت الإدارة من أنها
ستتخذ الإجراءات القانونية … اعتبارا من يوم الأحد``، ``أبدت استعدادها للقاء ممثلي الأطباء يوم
الجمعة``). The clause's future cue and its day are the content's, so the act itself is
neither future nor dated by that later day. The dev gold codes no THREATEN as future (160
of 160 on ev-001..ev-1760) and dates a threat by the day it was made or not at all (Reported
futures; round 43's ev-1733, ev-1740, ev-1753).

A threat itself announced for later (``سيهدد``) does not occur in the gold; an offer made
in the future tense (``ستبدي استعدادها``) keeps its flag: only a trigger whose own word is
not in the imperfect-with-future form is cleared.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Types whose act is the stance itself: the future in their clause is their content's.
#: fix45: a call or an invitation (REQUEST) too: the dev gold codes 516 of 518 REQUESTs not
#: future and none dated after publication (ودعا الوزير قادة النقابات إلى اجتماع … غدا
#: الأربعاء: the meeting is tomorrow, the call was made today).
STANCE_TYPES = frozenset({"THREATEN", "REQUEST"})

#: An offer of readiness (AGREE) is a stance as well; the nouns name it (أبدت استعدادها،
#: أعلن أنه مستعد). Pledges (تعهد) are left alone: the gold codes some of them future
#: (ev-152, ev-203), the promised act being told as the pledge's time.
READINESS_WORDS = ("استعداد", "مستعد")

#: The future prefix of an imperfect verb after a conjunction (سيهدد، وستبدي): a stance
#: announced for later, which keeps its flag.
FUTURE_PREFIXES = ("س", "وس", "فس")


#: fix45: a call is a stance made now when told by a past verb or its participle (ودعا
#: الوزير …، داعيا): a call noun after a future auxiliary (سيتم دعوة الملاك) is itself to come.
CALL_MADE = frozenset(normalize_key(w) for w in (
    "دعا", "دعت", "دعوا", "طالب", "طالبت", "طالبوا", "ناشد", "ناشدت", "حث", "حثت", "طلب",
    "طلبت", "داعيا", "داعية", "مطالبا", "مطالبة"))


def _stance(e: Event) -> bool:
    if e.type == "REQUEST":
        first = normalize_key(e.trigger.text).split()[:1]
        return bool(first) and first[0].removeprefix("و") in CALL_MADE
    if e.type in STANCE_TYPES:
        return True
    if e.type == "AGREE":
        key = normalize_key(e.trigger.text)
        return any(normalize_key(w) in key for w in READINESS_WORDS)
    return False


def _announced_later(e: Event) -> bool:
    first = normalize_key(e.trigger.text).split()[0] if e.trigger.text.strip() else ""
    # سيهدد، ستبدي: the future particle on an imperfect (ي/ت/ن/ا after it)
    return any(first.startswith(p) and first[len(p):len(p) + 1] in ("ي", "ت", "ن", "ا")
               for p in FUTURE_PREFIXES)


def stated_now(events: list[Event], published: date | None) -> list[Event]:
    """Clear the future flag of stances told as made, with the later day it brought."""
    out: list[Event] = []
    for e in events:
        if e.future and not e.negated and not e.hypothetical and _stance(e) \
                and not _announced_later(e):
            later = (e.date is not None and published is not None and e.date > published
                     and e.date_basis in ("sentence", "paragraph"))
            e = replace(e, future=False) if not later else replace(
                e, future=False, date=None, date_basis="none", date_precision="day")
        out.append(e)
    return out


__all__ = ["READINESS_WORDS", "STANCE_TYPES", "stated_now"]
