"""A body's own meeting told as the frame of what it decided or said: no CONSULT.

News Arabic sets a council's, a union's or a cabinet's session between commas as the
occasion of its act (أعلنت الهيئة الإدارية للاتحاد، في ختام اجتماعها أمس، تنفيذ إضراب عام؛
وحذر رئيس السلطة القضائية، في اجتماع لمسؤولي القضاء، من …؛ وأوضح مهنيو القطاع، في اجتماع
عقدوه أمس، أن …). The gold README codes such internal sessions as no event (a cabinet
meeting and a movement's own leadership council in the audit calls of its real_news.tsv
section, a consultative council's own session): PLOVER's CONSULT is a meeting between
parties. A framed
meeting that names a second party in its own phrase (خلال اجتماع عقده الوزير مع نظيره، في
لقاء ضم …) is kept: that phrase makes it a consultation.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised meeting nouns with the owner's pronoun (اجتماعها، جلسته): the subject body's
#: own session. The dual (اجتماعهما) is two parties' meeting, not listed.
OWN_MEETINGS = frozenset(normalize_key(w) for w in (
    "اجتماعه", "اجتماعها", "اجتماعهم", "جلسته", "جلستها", "جلستهم"))
#: Bare meeting nouns: a body's own session only when held by it, :data:`HELD_BY_IT` right
#: after (في اجتماع استثنائي عقده، في اجتماع عقدوه أمس). A bare framed meeting without it is
#: as often two parties' (اتفقت الحكومتان، خلال اجتماع عقد في جربة، على …). لقاء and مباحثات
#: are left out: they name a meeting between two parties.
BARE_MEETINGS = frozenset(normalize_key(w) for w in ("اجتماع", "جلسة"))
#: "Which it held" with the subject's pronoun, within :data:`HELD_REACH` words of the noun.
HELD_BY_IT = frozenset(normalize_key(w) for w in ("عقده", "عقدته", "عقدوه", "عقدها",
                                                    "عقدتها", "عقدوها"))
HELD_REACH = 2
#: Words right before the noun that make it a frame (في اجتماع، في ختام اجتماعها، خلال
#: جلسته), not the object of a verb (عقد اجتماعا) or a noun's complement (مكان اجتماع).
FRAME_WORDS = frozenset(normalize_key(w) for w in ("في", "خلال", "ختام", "عقب", "إثر"))
#: Words (normalised, matched on a token with و/ب stripped) that name a second party in the
#: frame's phrase: then the meeting is between parties.
PARTY_WORDS = frozenset(normalize_key(w) for w in (
    "مع", "بين", "ضم", "جمع", "بمشاركة", "مشاركة", "بحضور", "حضور", "وفد", "وفدا", "نظيره",
    "نظيرته", "نظرائه", "ممثلي", "ممثلين", "سفير", "سفراء", "المبعوث", "مبعوث",
    # a joint or bilateral committee is two states' (اجتماع اللجنة العسكرية المشتركة)
    "المشتركة", "المشترك", "مشتركة", "مشترك", "الثنائية", "الثنائي", "ثنائية", "ثنائي"))


def _words(text: str) -> list[str]:
    return [normalize_key(w.strip("،,.«»\"()")) for w in text.split()]


def own_meeting(e: Event) -> bool:
    """Whether ``e`` is a CONSULT told by a meeting noun set as the frame of its sentence's
    act, with no second party in the frame's phrase (up to the next comma)."""
    if e.type != "CONSULT" or " " in e.trigger.text.strip():
        return False
    word = normalize_key(e.trigger.text).removeprefix("و")
    if word not in OWN_MEETINGS and word not in BARE_MEETINGS:
        return False
    sent = e.evidence[0]
    before = _words(sent.text[:max(0, e.trigger.start - sent.start)])
    if not before or before[-1] not in FRAME_WORDS:
        return False
    phrase = _words(sent.text[max(0, e.trigger.end - sent.start):].split("،")[0])
    if word in BARE_MEETINGS and not HELD_BY_IT.intersection(phrase[:HELD_REACH]):
        return False
    return not any(w in PARTY_WORDS or w.lstrip("وب") in PARTY_WORDS for w in phrase)


def drop_own_meetings(events: list[Event]) -> list[Event]:
    """One sentence's events without a body's own framed session (:func:`own_meeting`): the
    session is the occasion of what the body decided or said, whether that is an act
    (أعلن … تنفيذ إضراب) or a statement rasd lists no trigger for (أوضح، حذر، قال)."""
    return [e for e in events if not own_meeting(e)]
