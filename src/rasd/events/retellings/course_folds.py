"""fix50: parts of one act told after it, folded into it (round 50's general causes).

Three wordings of Arabic news tell again, in a later sentence, an act already told, and the
rules read each as an act of its own:

* **The attackers' weapons.** ``صد الجيش هجوما واسعا شنته الحركة …`` then ``وأفاد شهود
  عيان بأن المهاجمين قصفوا أحياء المدينة بالمدفعية``: ``المهاجمون`` are the attack's
  doers, named by their part in it, and shelling or firing with a weapon is how the attack
  was made (the gold codes one ASSAULT: ev-1644, ev-1959). Other acts of the attackers
  (أحرقوا المنازل، اختطفوا نساء: destruction, abduction) are acts of their own (ev-484,
  ev-874, ev-1031, ev-1120) and stay.
* **A drone strike and an air strike of one force.** ``طائرات مسيرة تابعة لأفريكوم شاركت
  في صد الهجوم`` then ``وأكدت «أفريكوم» أنها نفذت غارة جوية قرب أفجوي``: the strike told by
  the officer and the force's own statement are one ASSAULT, its mode the drone (the more
  precise reading), when the air strike adds no toll and no other day.
* **A call to arms with a mobilisation.** ``وأعلن الوالي النفير العام في الولاية، داعيا
  الشباب القادرين على حمل السلاح إلى الالتحاق بمعسكرات التدريب``: the participle's call is
  the mobilisation's own content (one MOBILIZE); a call told by a new verb (ودعا المواطنين
  …، ev-398) stays a REQUEST.
"""

from __future__ import annotations

from rasd.events.folds.pair_merge import fold_evidence
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The attackers, named by their part in the attack told before (normalised).
ATTACKERS = frozenset(normalize_key(w) for w in (
    "المهاجمين", "المهاجمون", "المهاجمين المسلحين", "المسلحين المهاجمين", "المهاجمان",
    "المهاجمين الذين"))
#: Characters looked back for a subject told before the verb (one word and its space).
SUBJECT_REACH = 16
#: Modes of how an attack is made (weapons, fire), as opposed to acts of another kind.
WEAPON_MODES = frozenset({"heavy-weapons", "firearms", "explosives", "aerial", "drone", None})
#: Participles of a call (normalised first word of the REQUEST trigger).
CALL_PARTICIPLES = frozenset(normalize_key(w) for w in (
    "داعيا", "داعية", "داعين", "حاثا", "حاثة", "مطالبا", "مطالبة"))
#: Words of a call to arms (normalised, a token's form with its clitics).
ARMS_WORDS = frozenset(normalize_key(w) for w in (
    "الالتحاق", "للالتحاق", "بالالتحاق", "حمل", "السلاح", "التطوع", "للتطوع", "التجنيد",
    "للتجنيد", "التعبئة", "الاستنفار", "معسكرات"))


def _earlier(events: list[Event], e: Event, kind: str) -> list[Event]:
    sent = e.trigger_sentence()
    return [o for o in events if o is not e and o.type == kind
            and o.trigger.end <= e.trigger.start and o.flags == e.flags
            and (sent is None or o.trigger.end <= sent.start)]


def _attackers_weapons(e: Event, text: str) -> bool:
    """The attackers as the act's subject: its actor, or the word right before its verb
    (بأن المهاجمين قصفوا: a subject told first, which the actor finder leaves)."""
    if e.type != "ASSAULT" or e.mode not in WEAPON_MODES or e.killed is not None:
        return False
    if e.actor is not None:
        return normalize_key(e.actor.span.text) in ATTACKERS
    before = text[max(0, e.trigger.start - SUBJECT_REACH):e.trigger.start].split()
    return bool(before) and normalize_key(before[-1]) in ATTACKERS


def _drone_retold(out: list[Event], e: Event) -> Event | None:
    if e.type != "ASSAULT" or e.mode != "aerial" or e.killed is not None \
            or e.injured is not None:
        return None
    drones = [o for o in _earlier(out, e, "ASSAULT") if o.mode == "drone"
              and (e.date is None or o.date is None or o.date == e.date)]
    return drones[-1] if drones else None


def _call_to_arms(out: list[Event], e: Event) -> Event | None:
    if e.type != "REQUEST":
        return None
    words = normalize_key(e.trigger.text).split()
    if not words or words[0] not in CALL_PARTICIPLES or ARMS_WORDS.isdisjoint(words):
        return None
    sent = e.trigger_sentence()
    hosts = [o for o in out if o.type == "MOBILIZE" and o.flags == e.flags
             and o.trigger.end <= e.trigger.start
             and (sent is None or sent.start <= o.trigger.start)]
    return hosts[-1] if hosts else None


def fold_courses(events: list[Event], text: str) -> list[Event]:
    """``events`` with the attackers' weapons, a drone strike's air-strike telling and a
    mobilisation's call to arms folded into the act they tell (module doc)."""
    out = list(events)
    for e in events:
        host: Event | None = None
        if _attackers_weapons(e, text):
            attacks = _earlier(out, e, "ASSAULT")
            host = attacks[-1] if attacks else None
        elif e.type == "ASSAULT":
            host = _drone_retold(out, e)
        else:
            host = _call_to_arms(out, e)
        if host is not None and e in out:
            fold_evidence(out, host, e)
    return out


__all__ = ["fold_courses"]
