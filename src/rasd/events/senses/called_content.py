"""Task fix47: a call whose matched phrase already holds what it asks for.

``public_call`` (rasd.events.gates) drops a REQUEST addressed to the public (``دعا
المواطنين إلى``، ``داعيا الطلاب إلى``) by looking for the addressee after the call word, or
after the match when a phrase row ends past it. A phrase row of a call with its content
(``دعا إلى إطلاق سراح``، ``طالب بالإفراج``) ends past the content's opener, so the words
after the match are the content's own object, not the addressee: ``ودعا إلى إطلاق سراح
«جميع الطلاب المحتجزين»`` asks for students' release and addresses no student (round 47's
ev-1872 lost its REQUEST/yield so). The addressee stands between the call word and the
opener; :func:`content_inside` says when to look there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

if TYPE_CHECKING:  # the matcher imports this module
    from rasd.events.matcher import Match

#: Words that open what a call asks for (as rasd.events.gates.CALL_CONTENT), and the
#: proclitics that open it fused (بالإفراج، للإفراج).
OPENERS = frozenset(normalize_key(w) for w in ("إلى", "على", "أن", "بأن"))
OPENER_CLITICS = ("ب", "ل")


def content_inside(toks: list[Token], m: Match) -> bool:
    """Whether the match ``m`` runs past its call word into the call's content: a content
    opener (a word or a fused ب / ل) stands after its first token, up to its last."""
    return _opener_between(toks, m.first, m.last)




#: Call words that open a block row of an administrative addressee (``دعت الوزارة
#: المتقدمين``، ``حث المواطنين``): the addressee comes right after the call and its subject.
CALL_WORDS = frozenset(normalize_key(w) for w in (
    "دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعية", "طالب", "طالبت", "يطالب", "تطالب",
    "مطالبا", "مطالبة", "حث", "حثت", "يحث", "تحث", "ناشد", "ناشدت", "يناشد", "تناشد", "أهاب",
    "أهابت", "يهيب", "تهيب"))


def addressee_after_content(b: Match, toks: list[Token], raw: Sequence[Match]) -> bool:
    """Whether the block match ``b`` of a call's addressee (a call word, then the public or
    an applicant within a few words) runs past the call's content opener into an act of
    another type that the call asks for: ``ودعا إلى إطلاق سراح جميع الطلاب`` names students
    as whom the call would free, not as its addressees, so the block does not hold (the
    gate :func:`rasd.events.gates.public_call` still reads the addressee before the opener).
    A call for an administrative step (``ودعت الجامعة إلى تسجيل الطلاب``) names no act and
    stays blocked, as does a block ending on an opener (``داعيا سموه للذين استشهدوا
    بالرحمة``: a prayer for the dead, not a call)."""
    if toks[b.first].base not in CALL_WORDS or _opener_between(toks, b.last - 1, b.last):
        # a block ending on its own opener word (a prayer's بالرحمة, لحضور) is no addressee
        return False
    return any(not o.trigger.block and o.trigger.type != "REQUEST" and b.first < o.first
               and o.last <= b.last and _opener_between(toks, b.first, o.first)
               for o in raw)


def _opener_between(toks: list[Token], a: int, b: int) -> bool:
    for t in toks[a + 1:b + 1]:
        if t.kind != "word":
            continue
        clitics = t.clitics[:-2] if t.clitics.endswith("ال") else t.clitics
        if t.norm in OPENERS or clitics.startswith(OPENER_CLITICS):
            return True
    return False


__all__ = ["addressee_after_content", "content_inside"]
