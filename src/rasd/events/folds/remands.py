"""A remand in custody told beside the arrest it follows (fix39, round 39).

The gold codes a prosecutor's or a judge's order to hold a suspect for a set number of days
(``أمرت النيابة العامة بحبس ثلاثة موظفين 21 يوما على ذمة التحقيق``، ``قرر المدعي العام
توقيفهما 14 يوما``، ``بالحبس الاحتياطي``) as a COERCE/arrest of its own beside the police's or
an anti-graft body's arrest of the same people (``ضبطت هيئة الرقابة الإدارية …``، ``أوقفت
الهيئة …``): two acts by two organs on two days (rounds 35, 38 and 39, ev-304). The merge
must therefore not take one for a retelling of the other; two remands, or two arrests, still
merge as before.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: Characters after the trigger read for the remand's term: the detainees' phrase (ثلاثة
#: موظفين في الهيئة العامة للقوى العاملة) comes between the verb and the days.
TERM_REACH = 90
#: A term of custody in days, or the words of remand (the news writes them one way).
_TERM = re.compile(r"\d+\s+(?:يوما|يومًا|أيام)|(?:خمسة|سبعة|عشرة|أربعة|ثلاثة)\s+(?:عشر\s+)?"
                   r"(?:يوما|أيام)|على\s+ذمة\s+(?:التحقيق|القضية)|الاحتياطي|احتياطيا|"
                   r"الحبس\s+المؤقت|حبسا\s+مؤقتا")  # conv18: the Maghreb's word (الحبس المؤقت)
#: The custody words of a remand (حبس، توقيف، إيداع): a judicial order's object.
_CUSTODY = re.compile(r"حبس|توقيف|إيداع|الحبس")


def trigger_in_sentence(e: Event) -> tuple[str, int] | None:
    """The text of ``e``'s own sentence and where its trigger starts in it."""
    sent = e.trigger_sentence()
    if sent is None:
        return None
    return sent.text, e.trigger.start - sent.start


def is_remand(e: Event) -> bool:
    """Whether the arrest ``e`` is a remand: a custody word with a term of days or the
    words of remand after it in its clause (an order to arrest, أمرت بتوقيف, names no
    term and is the arrest itself)."""
    if e.type != "COERCE" or e.mode != "arrest" or not _CUSTODY.search(e.trigger.text):
        return False
    found = trigger_in_sentence(e)
    if found is None:
        return False
    text, at = found
    after = text[at:at + len(e.trigger.text) + TERM_REACH]
    clause_end = min((k for k in (after.find("،", len(e.trigger.text)),
                                  after.find(".", len(e.trigger.text))) if k >= 0),
                     default=len(after))
    return _TERM.search(after[:clause_end]) is not None


def remand_and_arrest(a: Event, b: Event) -> bool:
    """Whether one of two arrests is a remand and the other is not: two acts."""
    if not (a.type == b.type == "COERCE" and a.mode == b.mode == "arrest"):
        return False
    return is_remand(a) != is_remand(b)
