"""fix57: acts that a new party adds to one told before are not its retellings.

Two wordings tell an act of the same type as one told earlier in the passage, by a party of
their own, and news Arabic never uses them to retell the earlier act:

* a group joining a strike or a protest under way (``وانضم معلمو المدارس الحكومية إلى
  الإضراب منذ صباح اليوم``، ``التحق طلاب الجامعة بالمعتصمين``): the joiners' own strike or
  protest (round 57), with its own actor and often its own day; the strike they join was told
  with its first strikers;
* a counter-charge told by a participle after the other party's denial (``واتهم الجيش
  قوات الدعم السريع بتنفيذ الهجوم، وهو ما نفته الأخيرة في بيان، محملة «مليشيات الحركة
  الإسلامية» المسؤولية``, round 57): the participle's subject is the denier, so its charge
  is the denier's own, not more of the first accusation;
* a party naming its own condition, in its finite verb (``فيما اشترط الجيش انسحابها من
  المدن``): its demand, beside a mediator's call of the same kind told before (``ودعا المجلس
  طرفي النزاع إلى القبول بهدنة``).

:func:`rasd.events.merge.merge_events` would otherwise join them to the earlier event of
their type (same mode, an actor left open). The first word of the trigger marks them: the
rows that read them (triggers.tsv, fix57) start on the joining or the conditioning verb.
"""

from __future__ import annotations

import re

from rasd.events.syntax.clauses import strip_conj
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Verbs and verbal nouns of joining (انضم إلى، التحق بـ), normalised: a PROTEST told with
#: one of them first is the joiners' own.
JOINING = frozenset(normalize_key(w) for w in (
    "انضم", "انضمت", "انضموا", "ينضم", "تنضم", "ينضمون", "انضمام", "بانضمام", "التحق",
    "التحقت", "التحقوا", "يلتحق", "تلتحق", "يلتحقون"))
#: Finite verbs of setting a condition, normalised: a REQUEST told with one of them first is
#: the conditioning party's own demand (the participle مشترطا is an acceptance's condition).
CONDITIONING = frozenset(normalize_key(w) for w in (
    "اشترط", "اشترطت", "اشترطوا", "يشترط", "تشترط", "يشترطون"))
#: Event type each opening verb family marks.
_OWN = (("PROTEST", JOINING), ("REQUEST", CONDITIONING))


#: A relative clause of denial before the participle (وهو ما نفته الأخيرة في بيان،): the
#: participle after it is the denier's.
DENIAL_RELATIVE = re.compile(
    r"(?:وهو|وهي|وهذا|الأمر\s+الذي|وذلك)\s+ما\s+(?:نفته|نفاه|نفوه|نفتاه|تنفيه|ينفيه|رفضته|رفضه)"
    r"[^.؛]{0,60}،\s*$")
#: The participles of a charge a denier lays in turn (محملة … المسؤولية، متهمة …).
COUNTER_CHARGE = frozenset(normalize_key(w) for w in (
    "محملا", "محملة", "محملين", "متهما", "متهمة", "متهمين"))


def _counter_charge(e: Event) -> bool:
    """Whether ``e`` is an ACCUSE told by a charging participle right after a relative
    clause of denial (وهو ما نفته الأخيرة، محملة …)."""
    words = e.trigger.text.split()
    if e.type != "ACCUSE" or not words or normalize_key(words[0]) not in COUNTER_CHARGE:
        return False
    sent = e.evidence[0]
    return DENIAL_RELATIVE.search(sent.text[:max(0, e.trigger.start - sent.start)]) is not None


def own_party_act(e: Event) -> bool:
    """Whether ``e`` is told by a joining or a conditioning verb (its trigger's first word)
    or is a denier's counter-charge: a new party's act, never a retelling of an earlier act
    of its type."""
    words = e.trigger.text.split()
    if not words:
        return False
    first = strip_conj(normalize_key(words[0]))
    return any(e.type == kind and first in verbs for kind, verbs in _OWN) or _counter_charge(e)


__all__ = ["CONDITIONING", "COUNTER_CHARGE", "DENIAL_RELATIVE", "JOINING", "own_party_act"]
