"""A quoted name after a member noun and ``في`` (fix40, blind round 40).

``وانتقدت قوى في «الإطار التنسيقي» الانفتاح على الحكومة السورية``، ``قيادي في «هيئة تحرير
الشام»``، ``عضو في «المجلس المركزي»``: the guillemets hold the body the people belong to, a
name (gold README: not quotes), not their words. ``في «…»`` alone is no cue: after ``تحقيق في``
or ``جهود … في`` the guillemets are often a speaker's words (ev-752, ev-1330); the member noun
before ``في`` is what makes them the name of a body.
"""

from __future__ import annotations

from rasd.quotes.marks import Tok
from rasd.text.normalize import normalize_key

#: Nouns of members, leaders and components of a body (normalised, with و).
MEMBER_NOUNS = frozenset(normalize_key(w) for w in (
    "قوى", "وقوى", "قيادي", "قياديا", "قياديون", "قياديين", "القيادي", "عضو", "عضوا",
    "أعضاء", "العضو", "نائب", "نواب", "النائب", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين",
    "ناشط", "ناشطون", "ناشطين", "عناصر", "عنصر", "عنصرا", "كوادر", "قادة", "فصائل",
    "أطراف", "أحزاب", "كتل", "مقاتلون", "مقاتلين", "زعيم", "رئيس"))
#: The preposition of membership (normalised).
_IN = frozenset(normalize_key(w) for w in ("في",))


def after_member(toks: list[Tok], o: int, first: int) -> bool:
    """Whether the opening mark at token ``o`` follows ``<member noun> في``."""
    if o - 2 < first:
        return False
    prep, noun = toks[o - 1], toks[o - 2]
    return prep.kind == "word" and prep.norm in _IN and noun.kind == "word" \
        and noun.norm in MEMBER_NOUNS
