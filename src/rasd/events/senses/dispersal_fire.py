"""fix57: a crowd that a force fires on to disperse it gathered in protest.

A protest word of low weight (``تجمعوا``، ``احتشدوا``: also a meeting, a queue, a funeral)
needs corroboration in its sentence. A dispersal by tear gas or batons gives it
(:func:`rasd.events.folds.verdicts.dispersed_crowd`: round 28's ``أطلقت الشرطة الغاز المسيل
للدموع لتفريق مئات من أنصار الحزب تجمعوا في الحي``). News Arabic tells the same dispersal with
live fire or any other force (``عندما أطلقت قوات الشرطة النار لتفريق مئات من أنصار «منتدى
الإنقاذ الصومالي» المعارض تجمعوا في حي دركينلي``, round 57): the attack's mode is then firearms,
and the purpose word of dispersing (``لتفريق``، ``لفض``) between the attack and the gathering is
what says the crowd was a protest.
"""

from __future__ import annotations

from rasd.events.matcher import HARD_PUNCT, Match
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Verbal nouns of breaking up a crowd, normalised, bare or with the purpose ل.
DISPERSING = frozenset(normalize_key(w) for w in (
    "تفريق", "لتفريق", "بتفريق", "تفرقة", "لتفرقة", "فض", "لفض", "بفض", "تشتيت", "لتشتيت"))
#: Most tokens between the dispersing word and the gathering verb: the crowd with its count,
#: its party in guillemets and an adjective (مئات من أنصار «منتدى الإنقاذ الصومالي» المعارض).
CROWD_REACH = 10


def fired_to_disperse(toks: list[Token], gathering: Match, other: Match) -> bool:
    """Whether ``other`` (an ASSAULT told before ``gathering``, a PROTEST word) was done to
    disperse the crowd that ``gathering`` tells: a dispersing word after the attack, within
    :data:`CROWD_REACH` tokens before the gathering verb, no punctuation between."""
    if gathering.trigger.type != "PROTEST" or other.trigger.type != "ASSAULT" \
            or other.last >= gathering.first:
        return False
    span = toks[other.last + 1:gathering.first]
    if any(t.norm in HARD_PUNCT for t in span):
        return False
    lo = max(other.last + 1, gathering.first - CROWD_REACH)
    return any(toks[k].norm in DISPERSING for k in range(lo, gathering.first))


__all__ = ["CROWD_REACH", "DISPERSING", "fired_to_disperse"]
