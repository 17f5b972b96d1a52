"""A domestic body's own sitting that frames its decision (task fix55, blind round 55).

A council, a parliament or a cabinet that decides, passes or rejects something "in a
sitting it held" (قرر مجلس محافظة نينوى في جلسة طارئة عقدها اليوم تشكيل لجنة أمنية؛ أقر
مجلس النواب، في جلسته التي عقدها اليوم، …) met alone: the sitting is the setting of the act
it frames, not a meeting between parties. The dev gold codes no CONSULT for it (ev-744,
ev-1059, ev-1499, ev-1773, ev-2112), as the README codes a cabinet's meeting and a
consultative council's own session; :mod:`rasd.events.senses.internal_sessions` reads the
session named by its body after it (اجتماع لهيئة الأركان), this module the body named as
the sentence's subject before it, with the resumptive عقدها after the session noun.

An intergovernmental council (مجلس الأمن الدولي، الجامعة العربية) is not listed: its
sittings are meetings of states, CONSULT/multilateral. A second party named in the sentence
(مع، بين، وفد، بحضور) around the sitting keeps the meeting.
"""

from __future__ import annotations

import re
from typing import Final

from rasd.model import Event

#: Session nouns a sitting is told by, at the trigger's start.
_SESSION: Final = re.compile(r"^(?:ب|و|ف)?(?:ال)?(?:جلس[ةه]|اجتماع)")
#: The resumptive relative verb right after the session (and up to two adjectives): the
#: subject before held it (في جلسة طارئة عقدها، في جلسته الأسبوعية التي عقدها).
_HELD_AFTER: Final = re.compile(
    r"^\s*(?:[^\s،,.]+\s+){0,2}?(?:التي\s+|الذي\s+)?عقد(?:ها|ه|ته|تها|وها)(?!\w)")
#: One state's own deliberative or executive bodies as the subject before the sitting.
_OWN_BODY_BEFORE: Final = re.compile(
    r"(?<!\w)(?:مجلس\s+(?:محافظ[ةه]|المحافظ[ةه]|النواب|الشعب|الوزراء|الأم[ةه]|الشورى|الشيوخ"
    r"|الدول[ةه]|بلدي[ةه]|إدار[ةه]|القضاء)|المجلس\s+(?:البلدي|التشريعي|الأعلى\s+للدول[ةه]|"
    r"الوطني|المحلي)|البرلمان|الكنيست|الحكوم[ةه]|مجلس\s+محافظ[ةه]\s+\S+)")
#: Words that name a second party at the sitting.
_SECOND_PARTY: Final = re.compile(r"(?<!\w)(?:مع|بين|وفد|وفدا|بحضور|نظير\S*|سفير\S*)(?!\w)")
#: Characters before the trigger searched for the body (the subject and a time insert).
BODY_REACH: Final = 60
#: Characters after the trigger searched for a second party (the sitting's own clause: its
#: day and place, not the decision's content further on, ضعف التنسيق بين القوات).
PARTY_REACH: Final = 40


def own_sitting(e: Event) -> bool:
    """Whether ``e`` is a CONSULT told by a session noun that a domestic body named just
    before it held on its own (قرر مجلس المحافظة في جلسة طارئة عقدها اليوم)."""
    if e.type != "CONSULT" or _SESSION.match(e.trigger.text) is None:
        return False
    sent = e.evidence[0]
    lead = sent.text[max(0, e.trigger.start - sent.start - BODY_REACH):
                     max(0, e.trigger.start - sent.start)]
    tail = sent.text[max(0, e.trigger.end - sent.start):]
    return _HELD_AFTER.match(tail) is not None and _OWN_BODY_BEFORE.search(lead) is not None \
        and _SECOND_PARTY.search(lead + e.trigger.text + tail[:PARTY_REACH]) is None


def drop_own_sittings(events: list[Event]) -> list[Event]:
    """One sentence's events without a domestic body's own sitting (:func:`own_sitting`)."""
    return [e for e in events if not own_sitting(e)]
