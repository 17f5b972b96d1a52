"""A statement's topic is not where it was made (task fix41, blind round 41).

A verbal act (a call, an expression of support, an agreement, a refusal, an accusation) names
the places it is about after its verb: ``وأكد الوزيران دعمهما لجهود الاتحاد الأفريقي في
السودان``، ``ودعا الجانبان الأطراف السودانية إلى …``، ``واتفق الجانبان على أن تعقد الدورة
الثالثة في بريتوريا``. Those places are the act's content, not its setting: the act happened
where its speakers were, the meeting's place or the story's dateline (``الرياض 27 محرم …
واس``). :func:`statement_place` drops a place named after a verbal trigger unless a setting
noun introduces it (``خلال مؤتمر صحفي في الرياض``، ``في كلمته أمام القمة في بغداد``); the
paragraph's place, the dateline included, then stands, as for a sentence with no place.
"""

from __future__ import annotations

from rasd.events.matcher import Match
from rasd.events.places import PlaceRef
from rasd.text.normalize import normalize_key

#: Types whose trigger is a verbal act: what they name after the verb is what they are about.
STATEMENT_TYPES = frozenset({"SUPPORT", "REQUEST", "AGREE", "REJECT", "ACCUSE"})
#: Nouns of a setting that put a place after the verb where the act was made (في مؤتمر
#: صحفي في الرياض، خلال زيارته إلى القاهرة، في كلمة أمام البرلمان في الرباط), normalised.
SETTING_NOUNS = frozenset(normalize_key(w) for w in (
    "مؤتمر", "لقاء", "اجتماع", "كلمة", "خطاب", "زيارة", "قمة", "منتدى", "مقر", "جلسة",
    "ندوة", "تصريح", "تصريحات", "بيان", "مباحثات", "محادثات", "اتصال", "حفل", "افتتاح"))
#: How many characters before the place a setting noun may stand.
SETTING_REACH = 40


def statement_place(text: str, ref: PlaceRef | None, m: Match) -> PlaceRef | None:
    """``ref``, or None when it is a topic of a verbal act: named after the trigger, in no
    setting phrase, and no dateline."""
    if ref is None or m.trigger.type not in STATEMENT_TYPES or ref.dateline \
            or ref.span.start < m.end:
        return ref
    before = normalize_key(text[max(m.end, ref.span.start - SETTING_REACH):ref.span.start])
    words = {w.removeprefix("و").removeprefix("ب").removeprefix("ال") for w in before.split()}
    words |= {w.removesuffix("ه").removesuffix("ها").removesuffix("هم") for w in words}
    if words & SETTING_NOUNS:
        return ref
    return None
