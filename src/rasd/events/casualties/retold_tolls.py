"""Later sentences that tell more of an attack's toll (used by :mod:`rasd.events.merge`).

A wire story often tells an attack's dead in the lead and then, in a later sentence, adds to
them or updates them with an act word of that sentence's own, so the later telling looks
like a second act whose toll conflicts with the first:

* the attackers' dead told by the defenders, with the attack retold by a definite noun
  (وأعلن الجيش أنه صد الهجوم وقتل نحو عشرين من المهاجمين; إن القوات قتلت 11 من عناصر
  الحركة في الاشتباكات التي أعقبت الهجوم): more dead of the same battle, added;
* bodies found later (عثر الأهالي على ثماني جثث أخرى … أثناء الهجوم): more victims, added;
* a toll whose noun names the act (ارتفعت حصيلة ضحايا التفجير إلى ثمانية عشر قتيلا): an
  update, which replaces the first figure.

:func:`toll_merge` says which earlier event such a telling belongs to and what it becomes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.casualties.tolls import additional, summed, updates
from rasd.model import Casualty, Event

#: Victim labels (victim_groups.tsv) of the fighters of an armed group.
FIGHTER_LABELS = frozenset({"attackers", "militants", "fighters"})
#: Victim labels of the state's forces (victim_groups.tsv).
FORCES_LABELS = frozenset({"soldiers", "police", "security forces", "officers"})
#: A partitive naming a group's members (11 من عناصر الحركة، 20 من مقاتلي الجماعة).
_MEMBERS_OF = re.compile(r"من\s+(?:عناصر|مقاتلي|مسلحي|أفراد|افراد)(?!\w)")
#: A definite word retelling an attack (صد الهجوم، الاشتباكات التي أعقبت الهجوم).
_ATTACK_RETOLD = re.compile(
    r"(?<!\w)(?:و|ف)?(?:ب|ل)?ال(?:هجوم|هجمات|اشتباكات|معارك|معركة|كمين|مواجهات|قتال)(?!\w)"
    # (tolls pass 14) the firefight of the operation (خلال تبادل إطلاق النار)
    r"|(?<!\w)تبادل\s+(?:ل|ال)?إطلاق\s+النار(?!\w)")
#: A toll noun phrase right before an act noun (حصيلة ضحايا التفجير، عدد قتلى الهجوم).
_TOLL_OF_ACT = re.compile(
    r"(?:حصيلة|حصيله|عدد)\s+(?:(?:ال)?(?:ضحايا|قتلى|قتلي|شهداء|جرحى|جرحي)\s+)?$")
#: How far before an act noun its toll noun phrase may start.
TOLL_PHRASE_CHARS = 24


def toll_merge(merged: list[Event], e: Event, text: str) -> tuple[int, Event] | None:
    """When ``e`` tells more of the toll of an earlier ASSAULT of ``merged`` (see the module
    doc), that event's index and the event it becomes; else None."""
    if not text or e.type != "ASSAULT" or e.killed is None:
        return None
    hosts = [k for k in range(len(merged) - 1, -1, -1)
             if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
             and merged[k].trigger.start < e.evidence[0].start]
    if not hosts:
        return None
    if _toll_of_act(e, text):
        # fix57: a raised toll (ارتفاع حصيلة القصف) updates the latest act that has a toll,
        # not a later act told without one (a live page's counter-fire)
        k = next((h for h in hosts if merged[h].killed is not None), hosts[0])
        host = merged[k]
        if host.killed is not None and not updates(host.killed, e.killed, True):
            return None
        injured = host.injured
        if e.injured is not None and (injured is None or updates(injured, e.injured, True)):
            injured = e.injured
        return k, _folded(host, e, killed=e.killed, injured=injured)
    # more dead of the attack told last before the sentence, when it has a toll and the
    # sentence told no act of its own before them (ومقتل 12 عنصرا … واستشهاد 9 مقاتلين)
    k = hosts[0]
    host = merged[k]
    if host.killed is None or any(e.evidence[0].start <= m.trigger.start < e.trigger.start
                                  for m in merged):
        return None
    if additional(e.killed, text) or _defenders_count(host.killed, e, text):
        return k, _folded(host, e, killed=summed(host.killed, e.killed), injured=host.injured)
    if _other_sides_own(e, text):
        injured = host.injured if e.injured is None else (
            e.injured if host.injured is None else summed(host.injured, e.injured))
        return k, _folded(host, e, killed=summed(host.killed, e.killed), injured=injured)
    return None


#: The act named as the same one (في الاشتباكات ذاتها، في الهجوم نفسه), normalised or not.
_SAME_ACT = re.compile(r"(?<!\w)(?:في|خلال|جراء)\s+ال[^\W\d]+\s+"
                       r"(?:ذاتها|ذاته|نفسها|نفسه|عينها|عينه)(?!\w)")
#: A side's own forces as the victims (ثلاثة من جنودها، اثنان من عناصره).
_OWN_FORCES = re.compile(r"من\s+(?:جنود|عناصر|أفراد|افراد|مقاتلي|قوات)(?:ها|ه|هم)(?!\w)")


def _other_sides_own(e: Event, text: str) -> bool:
    """Whether ``e`` tells one side's own dead in the act told before, named as the same
    act (وقالت الوزارة الكمبودية إن ثلاثة من جنودها قتلوا … في الاشتباكات ذاتها): the other
    side's losses, added to the first side's (every person the act killed, on all sides)."""
    assert e.killed is not None
    sentence = e.evidence[0]
    return _OWN_FORCES.search(e.killed.span.text) is not None \
        and _SAME_ACT.search(text, sentence.start, sentence.end) is not None


def _toll_of_act(e: Event, text: str) -> bool:
    """Whether ``e``'s trigger is the act noun of a toll phrase (حصيلة ضحايا التفجير)."""
    start = e.trigger.start
    return _TOLL_OF_ACT.search(text, max(0, start - TOLL_PHRASE_CHARS), start) is not None


def _defenders_count(first: Casualty, e: Event, text: str) -> bool:
    """Whether ``e`` tells the attackers' dead (قتلت نحو عشرين من المهاجمين، اثنين من عناصر
    التنظيم الذين نفذوا الهجوم قتلا) in a sentence that retells the attack with a definite
    noun: fighters, when the first toll counted other victims (not fighters, another figure:
    the same figure for the same fighters is the toll told again)."""
    assert e.killed is not None
    who = e.killed.who
    fighters = who in FIGHTER_LABELS or (who is None and _MEMBERS_OF.search(
        e.killed.span.text) is not None)
    if fighters and ((who is not None and first.who == who) or first.who in FIGHTER_LABELS):
        return False
    if not fighters and not (first.who in FIGHTER_LABELS and who in FORCES_LABELS):
        # (tolls pass 14) or the other way round: the militants an operation killed, then
        # its own soldiers killed in the firefight (مقتل 11 مسلحا في عملية … وأن جنديين
        # قتلا خلال تبادل إطلاق النار): the dead of both sides, added
        return False
    if (first.min, first.max) == (e.killed.min, e.killed.max):
        return False
    sentence = e.evidence[0]
    return _ATTACK_RETOLD.search(text, sentence.start, sentence.end) is not None


def _folded(host: Event, e: Event, *, killed: Casualty | None,
            injured: Casualty | None) -> Event:
    """``host`` with ``e``'s telling added to its evidence and the toll given."""
    return replace(host.with_evidence(e.evidence), killed=killed, injured=injured,
                   mode=host.mode or e.mode, attribution=host.attribution or e.attribution)
