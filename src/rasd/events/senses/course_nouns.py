"""Courses of attacks named by a plural noun in construct, and attacks named as what a place is
left exposed to (task fix44; used by :func:`rasd.events.retellings.condemned_acts.no_attack`).

:func:`rasd.events.retellings.condemned_acts.course_of_acts` reads an attack noun governed by a
noun of continuing or escalating (``استمرار الاعتداءات``، ``لوقف اعتداءاتها``) as a course of
acts, no event, but only when the noun itself is definite or possessed: an indefinite one may be
a told act (``لإنهاء اشتباكات اندلعت بعد …``). Round 44 shows the third form news writers use, a
plural in construct with a definite people (``أدان المجلس تصاعد اعتداءات المستعمرين في مسافر
يطا``؛ ``اجتماعا لبحث تصاعد اعتداءات المستوطنين``): as definite as the possessed plural, and as
much a course of a period, which the condemnation or the meeting is about (the gold codes the
ACCUSE or the CONSULT, no ASSAULT).

An attack noun after a word of exposure (``يترك الجنوب مكشوفا أمام الاعتداءات``، ``عرضة
للهجمات``) names what may happen, no act told.
"""

from __future__ import annotations

from rasd.events.syntax.clauses import is_definite, strip_conj
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Nouns (normalised, without a leading و) of continuing or escalating, as
#: condemned_acts.COURSE_NOUNS, with the synonyms of escalation news writers use with a
#: people in construct (تزايد، تصعيد، تنامي، ازدياد، موجة). Stopping nouns (وقف، إنهاء) are
#: left to condemned_acts: a demand to stop a people's attacks is its own reading there.
COURSE_NOUNS = frozenset(normalize_key(w) for w in (
    "استمرار", "لاستمرار", "باستمرار", "تواصل", "تصاعد", "لتصاعد", "بتصاعد", "تكرار", "تكرر",
    "تزايد", "لتزايد", "تصعيد", "تنامي", "ازدياد", "موجة"))
#: Words of exposure before an attack noun (normalised): what a place or people is open to.
EXPOSURE_WORDS = frozenset(normalize_key(w) for w in (
    "مكشوفا", "مكشوفة", "مكشوفين", "عرضة", "معرضا", "معرضة", "معرضين"))
#: Words an exposure word may stand before the noun (أمام، ل fused to it: للهجمات).
EXPOSURE_REACH = 2


def _word_after(e: Event) -> str:
    rest = words_after(e)
    return rest[0].strip("،,.«»\"") if rest else ""


def construct_course(e: Event) -> bool:
    """Whether ``e`` is a one-word plural attack noun in construct with a definite noun
    (اعتداءات المستعمرين) governed by a noun of continuing or escalating (تصاعد اعتداءات
    المستعمرين): a course of a period, no event."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or len(words) != 1 or not normalize_key(words[0]).endswith("ات"):
        return False
    before = words_before(e)
    if not before or strip_conj(normalize_key(before[-1])) not in COURSE_NOUNS:
        return False
    return is_definite(_word_after(e))


def exposed_to(e: Event) -> bool:
    """Whether ``e`` is an attack noun a word of exposure stands just before (مكشوفا أمام
    الاعتداءات، عرضة للهجمات): what may happen to a place, no act told."""
    if e.type != "ASSAULT" or len(e.trigger.text.split()) != 1:
        return False
    before = words_before(e)[-EXPOSURE_REACH:]
    return any(strip_conj(normalize_key(w.strip("«»\""))) in EXPOSURE_WORDS for w in before)


def no_course_attack(e: Event) -> bool:
    """Whether ``e`` reports no attack by :func:`construct_course` or :func:`exposed_to`."""
    return construct_course(e) or exposed_to(e)


__all__ = ["construct_course", "exposed_to", "no_course_attack"]
