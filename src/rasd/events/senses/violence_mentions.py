"""Attack and coercion words that name an act without telling it (assault22, session
2026-12-05 (22); the readings :mod:`rasd.events.senses.violence_references` dispatches as its
kinds 5 and 6).

5. **An act named, not told**: after an involvement with ``في`` (``الذين لم يتورطوا في
   أعمال قتل``; not a dated act nor ``واقعة``, which the audit's judges take as told),
   ``نسف`` of efforts or talks (``نسف جهود التهدئة``), a detention practised on a class of
   people as an accusation's ب-object (``وتتهم عواصم غربية طهران باحتجاز مزدوجي الجنسية``):
   :func:`referred_violence`.
6. **A coercion not done or an act talked about**: told in a work (:func:`told_in_work`, as
   :mod:`rasd.events.senses.work_content` reads ASSAULT), attempted or sought (:func:`attempted`), a
   siege lifted or counted from its start (:func:`lifted_siege`), an act named by its place
   after a victims' association (:func:`victims_of`), the topic of opinion speech
   (:func:`talked_about`).
"""

from __future__ import annotations

import re
from typing import Final

from rasd.events.senses.assault_words import keys as _keys
from rasd.events.senses.work_content import WORK_NOUN

# --- kind 5: acts named by an involvement, a figure of efforts, an accusation ----------------

#: Every form of involvement before the act (``الذين لم يتورطوا في أعمال قتل``): assault19
#: reads ``المتورطين في``; the act is referred to, not told.
INVOLVED: Final = _keys(
    "تورط", "تورطوا", "يتورطوا", "يتورطون", "تتورط", "تورطهم", "تورطه", "تورطها", "بتورط",
    "متورطين", "متورطون", "المتورطين", "المتورطون", "متورطا", "تورطت")
#: Generic act nouns between ``في`` and the act (``في أعمال قتل``، ``في قضية اختطاف``).
ACT_CLASSES: Final = _keys("أعمال", "عمليات", "جرائم", "قضية", "قضايا", "حوادث")
#: A month or year after the act names it (``متورطا في اعتداءات اكتوبر 2002``), and a
#: ``واقعة`` is one act (``بالتورط في واقعة التحرش``): both told, as the audit judges them.
_NAMED: Final = re.compile(
    r"(?:(?:19|20)\d\d|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر"
    r"|أكتوبر|اكتوبر|نوفمبر|ديسمبر)")
#: ``نسف`` of talks, efforts or a truce: to wreck them (``نسف جهود التهدئة``).
WRECKING: Final = _keys("نسف", "ينسف", "تنسف", "نسفت", "لنسف", "ونسف")
EFFORTS: Final = _keys(
    "جهود", "مساعي", "محادثات", "مفاوضات", "اتفاق", "الاتفاق", "اتفاقية", "هدنة", "تهدئة",
    "التهدئة", "عملية", "مبادرة", "حوار", "تفاهمات", "التفاهمات", "مسار", "فرص", "آمال")
#: An accusation whose ب-object is a detention practised as a policy (``وتتهم عواصم غربية
#: طهران باحتجاز مزدوجي الجنسية لاستخدامهم ورقة مساومة``).
ACCUSING: Final = _keys(
    "اتهم", "اتهمت", "يتهم", "تتهم", "متهما", "متهمة", "اتهموا", "يتهمون", "اتهام",
    "اتهامات", "تتهمها", "يتهمها", "اتهامها", "اتهامه")
ACCUSE_WINDOW: Final = 6
PRACTICE_NOUNS: Final = _keys("احتجاز", "اعتقال", "اعتقالات", "احتجازات", "ترحيل", "تهجير",
                              "طرد", "قمع")
#: Objects that make the detention a practice: a class of people, not named persons.
CLASSES: Final = _keys(
    "مزدوجي", "الأجانب", "أجانب", "مواطنين", "مدنيين", "ناشطين", "معارضين", "صحفيين",
    "لاجئين", "مهاجرين", "آلاف", "مئات", "عشرات", "أبناء", "شبان")

# --- kind 6: a coercion told in a work, attempted, lifted, or a past act's victims ---------

#: A coercion attempted or sought (``بعد أن حاولوا منع شاحنات من دخول الميناء``، ``السعي
#: إلى الاستيلاء على مناجم الذهب``): not done. A plan foiled is coded by its foiling verb
#: (``أحبطت … محاولة هجرة``, ev-1414), not by the attempted act.
ATTEMPTS: Final = _keys(
    "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "محاولة", "محاولته",
    "محاولتهم", "محاولات", "السعي", "سعي", "تسعى", "يسعى", "يسعون", "سعت", "سعى")
#: Not an intention (``تعتزم حظر مجموعتين أخريين``): the gold codes it a future COERCE
#: (ev-1517).
ATTEMPT_FILLERS: Final = _keys("إلى", "ل", "الى")
#: A siege lifted or broken, or counted from its start, names the siege as background
#: (``لفك الحصار عن بابنوسة``، ``منذ بدء الحصار``).
SIEGES: Final = _keys("حصار", "الحصار")
LIFTING: Final = _keys(
    "فك", "كسر", "رفع", "إنهاء", "انهاء", "لفك", "لكسر", "لرفع", "لإنهاء", "بفك", "برفع",
    "بكسر", "بإنهاء", "بدء", "بداية", "فرض")
SINCE: Final = _keys("منذ")
#: A victims' families or association before the act (``أهالي ضحايا انفجار المرفأ``): a
#: past act that names them, not told (assault21 left the anniversary stand).
VICTIMS: Final = _keys("ضحايا")
KIN: Final = _keys("أهالي", "اهالي", "ذوي", "عائلات", "أسر", "اسر", "رابطة", "جمعية",
                   "لجنة", "تجمع", "أمهات", "امهات")
#: A work named before a coercion in its clause tells it as content (as work_content does
#: for ASSAULT: ``يضم المعرض رسائل كتبها فدائيون اعتقلتهم قوات الاحتلال``).
_WORK_CONTRAST: Final = re.compile(
    r"(?<!\S)(?:إلا|الا|غير|بيد)\s+[أا]ن|(?<!\S)(?:لكن|ولكن)(?!\S)|[،,]\s*(?:فيما|بينما)\s")

#: Speech or writing whose topic the act is (``تصريحات وزير الداخلية بشأن ترحيل
#: المهاجرين``، ``مقالات … حول الاشتباكات القبلية``): the act is talked about, not told.
#: Not a report (``تنشر الغارديان تقريرا عن اعتقال الشرطة 43 ناشطا``: a press review's
#: report tells the act, ev-1157), nor ``عن`` after speech.
SPEECH: Final = _keys(
    "تصريحات", "تصريح", "مقالات", "مقال", "مقالا", "حديث", "شائعات", "إشاعات", "أسئلة",
    "تساؤلات", "جدل", "نقاش")
TOPIC: Final = _keys("بشأن", "حول", "بخصوص")
SPEECH_WINDOW: Final = 4


def involved(before: list[str], rest: list[str]) -> bool:
    """An involvement governing the act through ``في`` (``لم يتورطوا في أعمال قتل``), the act
    not named by a date."""
    k = len(before)
    if k >= 1 and before[-1] in ACT_CLASSES:
        k -= 1
    if k < 2 or before[k - 1] != "في" or before[k - 2] not in INVOLVED:
        return False
    return _NAMED.search(" ".join(rest[:3])) is None


def referred_violence(before: list[str], trig: list[str], rest: list[str], raw_trig: str,
               raw_before: list[str]) -> bool:
    """Kind 5: an act after an involvement, ``نسف`` of efforts, or a detention practised on
    a class of people as the ب-object of an accusation."""
    if involved(before, rest):
        return True
    if trig[0] in WRECKING and any(w in EFFORTS for w in trig[1:] + rest[:2]):
        return True
    by_b = raw_trig.lstrip("«\"(").startswith("ب") or (
        bool(raw_before) and raw_before[-1].rstrip("«\"(").endswith("بـ"))
    return (by_b and trig[0] in PRACTICE_NOUNS
            and any(k in ACCUSING for k in before[-ACCUSE_WINDOW:])
            and any(w in CLASSES for w in trig[1:] + rest[:2]))


def talked_about(before: list[str]) -> bool:
    """Kind 6: the act as the topic of speech or writing (``بشأن``، ``حول`` after a word of
    speech)."""
    if not before or before[-1] not in TOPIC:
        return False
    return any(k in SPEECH for k in before[-1 - SPEECH_WINDOW:-1])


def attempted(before: list[str]) -> bool:
    """Kind 6: a coercion after a word of attempting, seeking or intending."""
    k = len(before)
    while k > 0 and before[k - 1] in ATTEMPT_FILLERS:
        k -= 1
    return k > 0 and before[k - 1] in ATTEMPTS


def lifted_siege(before: list[str], trig: list[str]) -> bool:
    """Kind 6: a siege after a word of lifting, or after ``منذ`` and its start."""
    if trig[0] not in SIEGES or not before:
        return False
    return before[-1] in LIFTING and (before[-1] not in _keys("بدء", "بداية", "فرض")
                                      or (len(before) >= 2 and before[-2] in SINCE))


def victims_of(before: list[str], raw_trig: str) -> bool:
    """Kind 6: an act named by its place (a construct, not the definite act the page tells:
    ``تعازيها لعائلات ضحايا الهجوم الإرهابي الذي وقع في أبها``) after ``ضحايا`` and a word
    of kin or association."""
    if raw_trig.lstrip("«\"(").startswith("ال"):
        return False
    return len(before) >= 2 and before[-1] in VICTIMS and before[-2] in KIN


def told_in_work(raw_before: str) -> bool:
    """Kind 6: a work named before the coercion in its clause."""
    cut = [m.end() for m in _WORK_CONTRAST.finditer(raw_before)]
    return WORK_NOUN.search(raw_before[cut[-1]:] if cut else raw_before) is not None


__all__ = ["attempted", "lifted_siege", "referred_violence", "talked_about", "told_in_work",
           "victims_of"]
