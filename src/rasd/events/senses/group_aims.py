"""fix56: a demand verb that describes a group's standing aim, not a demand made.

``اعتقلت الشرطة 11 ناشطا من حركة تطالب برحيل الرئيس``، ``نزاعا بين القوات الحكومية
وانفصاليين يطالبون بالاستقلال``: an imperfect verb of demanding right after an indefinite
group noun is a clause describing that group (Arabic writes the relative clause of an
indefinite noun without ``التي``/``الذين``), what it stands for, with no day and no act of
asking; the gold codes no REQUEST there (round 56's Zimbabwean movement and Cameroonian
separatists). assault21 reads the same shape for attacks (``مسلحين يشنون هجمات``:
:func:`rasd.events.senses.attack_references.habit`).

The noun must stand where no subject can: after a preposition (``من حركة``، ``لجماعة``،
``بين … وانفصاليين``) or in the oblique sound plural (``انفصاليين``، ``متمردين``), which is
never the subject of a verb after it. A headline's ``حركة تطالب بالإفراج`` (the group as
subject, a demand of the day) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

if TYPE_CHECKING:  # the matcher imports this module
    from rasd.events.matcher import Match


def _keys(*words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


#: Imperfect verbs of demanding and calling (the group's habitual aim).
AIM_VERBS: Final = _keys(
    "يطالب", "تطالب", "يطالبون", "يطالبان", "تطالبان", "يدعو", "تدعو", "يدعون", "ينادي",
    "تنادي", "ينادون", "تسعى", "يسعى", "يسعون")
#: Indefinite group nouns in any case: they describe only after a preposition.
GROUP_NOUNS: Final = _keys(
    "حركة", "جماعة", "مجموعة", "منظمة", "جمعية", "ائتلاف", "تحالف", "تنظيم", "حزب", "تيار",
    "حركات", "جماعات", "مجموعات", "منظمات", "جمعيات", "أحزاب", "ميليشيا", "ميليشيات",
    "مليشيا", "شبكة", "لجنة", "لجان", "نقابة", "نقابات", "فصيل", "فصائل")
#: Oblique sound plurals of armed or political groups: never a subject, whatever precedes.
OBLIQUE_GROUPS: Final = _keys(
    "انفصاليين", "متمردين", "مسلحين", "معارضين", "ناشطين", "إسلاميين", "مقاتلين",
    "متشددين", "جهاديين", "قوميين", "انقلابيين")
#: Prepositions (separate words) after which the group noun is no subject.
PREPOSITIONS: Final = _keys("من", "في", "إلى", "الى", "عن", "ضد", "مع", "بين", "على", "لدى")
#: Proclitic prepositions on the group noun itself (لحركة، بجماعة).
_CLITIC_PREPOSITIONS: Final = ("ل", "ب")


def _bare_noun(tok: Token) -> str:
    word = tok.norm
    if word[:1] in ("و", "ف") and word[1:]:
        word = word[1:]
    return word


def describes_group(m: Match, toks: list[Token]) -> bool:
    """Whether the demand trigger ``m`` is an indefinite group's describing clause."""
    if m.trigger.type != "REQUEST" or m.first == 0:
        return False
    verb = toks[m.first].norm
    if verb[:1] == "و":
        return False  # a verb joined by و tells an act of its own sentence
    if verb not in AIM_VERBS:
        return False
    prev = toks[m.first - 1]
    noun = _bare_noun(prev)
    if noun in OBLIQUE_GROUPS:
        return True
    if noun not in GROUP_NOUNS:
        # a preposition written on the noun (لحركة، بجماعة)
        return noun[:1] in _CLITIC_PREPOSITIONS and noun[1:] in GROUP_NOUNS
    return m.first >= 2 and toks[m.first - 2].norm in PREPOSITIONS


__all__ = ["describes_group"]
