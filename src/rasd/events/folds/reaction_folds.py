"""Round-15 fold of one sentence's reactions: a characterisation that continues a
condemnation or a refusal told just before it is that reaction, not a second one.

``وأدانت المنظمة الإعدام ووصفت المحاكمة بأنها «صورية»``: the characterisation joined by و to
a condemnation or a refusal of the same sentence says more of it (the gold codes one ACCUSE,
ev-090, ev-358); alone (``ووصفت الخارجية الخطوة بأنها «تصعيد غير مسؤول»``, ev-470) it is the
act.
"""

from __future__ import annotations

from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.folds.reaction_scope import accusing_participle  # fix45
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Reaction types a و-joined characterisation continues.
_CONDEMNATIONS = frozenset({"ACCUSE", "REJECT"})


def _characterisation(e: Event) -> bool:
    key = normalize_key(e.trigger.text)
    return e.type == "ACCUSE" and "وصف" in key and " بان" in key


#: The circumstantial participle of characterising, bare (not و-joined: وواصفا after a
#: refusal is a reaction of its own, ev-1525).
_DESCRIBING = "واصف"


def _describing(e: Event) -> bool:
    """Fix36b: a bare participle characterisation (قدمت طوكيو احتجاجا شديد اللهجة، واصفة
    الإطلاق بأنه «انتهاك»): how the speaker qualified the condemnation just told, one
    ACCUSE (ev-1569); after a refusal it is told as a second reaction and stays."""
    key = normalize_key(e.trigger.text)
    return e.type == "ACCUSE" and key.startswith(_DESCRIBING) and " بان" in key


def _same_party(a: Event, b: Event) -> bool:
    return a.actor is None or b.actor is None or a.actor.span == b.actor.span


#: Normalised stems of the welcome, praise and thanks verbs (رحب، أشاد، ثمن، شكر): a signing or
#: a ratification, also SUPPORT, is an act of its own.
_PRAISE_STEMS = tuple(normalize_key(w) for w in ("رحب", "أشاد", "ثمن", "شكر"))


def _praise(e: Event) -> bool:
    key = normalize_key(e.trigger.text)
    return e.type == "SUPPORT" and any(stem in key for stem in _PRAISE_STEMS)


def _continued_praise(e: Event, host: Event) -> bool:
    """Round 27: a و-joined welcome, praise or thanks of the party that welcomed just before
    (ورحب قصر الإليزيه بالقرار، وشكر في بيان «الجزائر وألمانيا على تعاونهما») says more of
    that reaction: one SUPPORT, as the dev gold codes it (ev-680)."""
    return _praise(e) and _praise(host) and _same_party(e, host)


def fold_reactions(events: list[Event]) -> list[Event]:
    """One sentence's events with each و-joined characterisation folded into the
    condemnation or refusal told before it in the sentence (a bare واصفا into the
    condemnation), and each و-joined SUPPORT
    into the same party's SUPPORT told before it."""
    return fold_into_earlier(events, _joined_reaction, _reaction_host)


def _joined_reaction(e: Event) -> bool:
    return _describing(e) or accusing_participle(e) or (  # fix45: متهمة إياها
        e.trigger.text.startswith("و") and (e.type == "SUPPORT" or _characterisation(e)))


def _reaction_host(o: Event, e: Event) -> bool:
    if o.trigger.start >= e.trigger.start:
        return False
    if _describing(e) or accusing_participle(e):  # a participle's subject is its clause's
        return o.type == "ACCUSE"
    return _continued_praise(e, o) if e.type == "SUPPORT" else o.type in _CONDEMNATIONS
