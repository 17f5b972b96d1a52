"""Attacks told beside another that are acts of their own (task fix44; used by
:func:`rasd.events.merge.merge_events`).

* **A later act by other means** (``وفي وقت لاحق من الليلة نفسها، أطلقت دبابة إسرائيلية
  قذيفتين على أطراف بلدة الوزاني`` after a drone strike on a car near Kounine): a sentence
  opened by a later-time phrase tells what happened next; an attack in it by means no attack
  told before used is a new act, not a retelling of the strike (the gold codes two ASSAULT,
  ev-1762). The same means may be the strike's follow-up (``وفي وقت لاحق، استهدفت مسيرة
  ثانية المسعفين``) and is left to the general merge.
* (Property destroyed in a concurrent clause told by a phrase row, ``…، فيما جرفت آليات
  عسكرية أجزاء من الشارع الرئيسي``, is read by
  :func:`rasd.events.retellings.later_tellings.property_clause` with the one-word verb.)
* **An arrest after a grievance arrest** (``تظاهر آلاف … احتجاجا على اعتقال الشرطة العسكرية
  طالبين … واستخدمت الشرطة خراطيم المياه لتفريق المحتجين، واعتقلت 12 منهم``): the arrest a
  protest answers came before it; an arrest told by its verb in a later sentence, with only
  such grievances told before, is a new act (the gold codes two COERCE/arrest, ev-1764).
"""

from __future__ import annotations

import re

from rasd.events.syntax.clauses import is_definite, strip_conj
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: A sentence's opening phrase of a later time (وفي وقت لاحق، لاحقا، وبعد ساعات، وفي
#: الأثناء is no later time and is left out): what follows happened after what was told.
LATER_OPENING = re.compile(
    r"^\s*[«\"]?\s*(?:و|ف)?(?:في\s+وقت\s+لاحق|لاحقا|بعد\s+(?:ساعات|ساعة|ساعتين|دقائق|"
    r"قليل)|في\s+وقت\s+متأخر)(?!\w)")

#: Verbs of reporting (normalised, without و): an attack after one is a report of an act,
#: maybe the one told before (وفي وقت لاحق، أعلن الجيش أن الغارة استهدفت …).
REPORTING_VERBS = frozenset(normalize_key(w) for w in (
    "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "زعم",
    "زعمت", "أوضح", "أوضحت", "أشار", "أشارت", "نقل", "نقلت", "تبنى", "تبنت"))
#: Means of the air (a drone strike is also told as a غارة): one family for the comparison.
_AIR = frozenset({"aerial", "drone"})


def _family(mode: str | None) -> str | None:
    return "air" if mode in _AIR else mode


def later_other_means(merged: list[Event], e: Event) -> bool:
    """Whether ``e`` is an attack of known means in a sentence opened by a later-time
    phrase, with no attack of those means told before (of the same flags)."""
    if e.type != "ASSAULT" or e.mode is None or is_definite(e.trigger.text.split()[0]):
        return False
    sent = e.evidence[0]
    opening = LATER_OPENING.search(sent.text)
    if opening is None:
        return False
    lead = sent.text[opening.end():max(0, e.trigger.start - sent.start)].split()
    if any(strip_conj(normalize_key(w.strip("،,«»"))) in REPORTING_VERBS for w in lead):
        return False  # وفي وقت لاحق، أعلن الجيش أن الغارة استهدفت: the strike reported
    told = [m for m in merged if m.type == "ASSAULT" and m.flags == e.flags]
    return bool(told) and all(_family(m.mode) != _family(e.mode) for m in told)


#: Words that make the act after them a protest's grievance (normalised): احتجاجا على،
#: رفضا ل، تنديدا ب (a fused ل/ب is part of the next word).
GRIEVANCE_WORDS = frozenset(normalize_key(w) for w in ("احتجاجا", "رفضا", "تنديدا"))
#: Words a grievance word may stand before the act (على, then the act).
GRIEVANCE_REACH = 2


def _grievance(m: Event) -> bool:
    sent = m.evidence[0]
    before = sent.text[: max(0, m.trigger.start - sent.start)].split()[-GRIEVANCE_REACH:]
    return any(normalize_key(w.strip("،,«»")) in GRIEVANCE_WORDS for w in before)


def after_grievance(merged: list[Event], e: Event) -> bool:
    """Whether ``e`` is a COERCE told by a verb (not a definite noun) in a sentence after one
    where every earlier COERCE of its flags was told as a protest's grievance."""
    if e.type != "COERCE" or is_definite(e.trigger.text.split()[0]):
        return False
    told = [m for m in merged if m.type == "COERCE" and m.flags == e.flags]
    return bool(told) and all(_grievance(m) and e.evidence[0] not in m.evidence
                              for m in told)


def separate_act(merged: list[Event], e: Event) -> bool:
    """Whether ``e`` is an act of its own by :func:`later_other_means` or
    :func:`after_grievance`."""
    return later_other_means(merged, e) or after_grievance(merged, e)


__all__ = ["LATER_OPENING", "after_grievance", "later_other_means", "separate_act"]
