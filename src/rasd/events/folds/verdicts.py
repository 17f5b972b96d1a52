"""A court's ruling told in several verbs of one sentence is one act: the conviction.

Round 27 (2026-12-04 (13)) found two ways rasd split a ruling the gold codes as one event:

* a supreme court that rejects an appeal and upholds the sentence (``رفضت المحكمة العليا
  الطعن …، وأيدت حكم محكمة الاستئناف القاضي بسجنه 15 عاما``) made a REJECT and a SANCTION;
  the README codes it as one event, ``["SANCTION", "REJECT"]``/convict;
* the measures a sentence orders beside the prison term (``القاضي بسجنه 15 عاما ومصادرة
  ممتلكاته``، ``وأمرت بمصادرة المضبوطات``) made a COERCE/confiscate of their own, though
  they are the court's sentence, as the arms seized in an arrest are the arrest's
  (README, "A raid's way out and an arrest's seizures").

:func:`fold_verdict_parts` folds both into the sentence's conviction.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.events.matcher import Match
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: What a rejected appeal is called, normalised (الطعن، الاستئناف، النقض), right after the
#: refusing verb or after its subject and a time insert.
APPEAL_WORDS = frozenset(normalize_key(w) for w in (
    "الطعن", "طعن", "الطعون", "طعون", "الاستئناف", "استئناف", "النقض", "التماس", "الالتماس"))
#: Characters after a REJECT trigger searched for the appeal word: a court's name and a time
#: insert (رفضت المحكمة العليا، مساء الثلاثاء، الطعن) fit in 60, a second clause does not.
APPEAL_REACH = 60
#: COERCE modes a sentence orders beside its prison term.
SENTENCE_MEASURES = frozenset({"confiscate"})


def _rejects_appeal(e: Event, text: str) -> bool:
    if e.type != "REJECT" or e.negated:
        return False
    tail = text[e.trigger.end:e.trigger.end + APPEAL_REACH]
    for stop in ".؛;\n":
        tail = tail.split(stop, 1)[0]
    return any(normalize_key(w) in APPEAL_WORDS for w in tail.split())


#: The conviction a sentence rests on, told after it (حكما بالإعدام …، بعد إدانتها بارتكاب
#: جرائم؛ بالسجن المؤبد …، بعد إدانتهم بالانضمام): round 28. After an execution, which is no
#: SANCTION, ``بعد إدانتهم بتهمة`` stays the conviction of its own (ev-1185).
GROUND_BEFORE = frozenset(normalize_key(w) for w in ("بعد", "وبعد", "إثر", "عقب"))
GROUND_NOUN = normalize_key("إدان")
#: Characters before the trigger searched for ``بعد`` (``بعد`` and a space).
GROUND_REACH = 6


def _sentence_ground(e: Event, text: str) -> bool:
    """Whether ``e`` is the conviction (or its misreading as a condemnation) told after the
    sentence as its ground: its trigger is إدانة right after بعد/إثر/عقب."""
    if e.type not in ("SANCTION", "ACCUSE") or e.negated:
        return False
    word = normalize_key(text[e.trigger.start:e.trigger.end].split()[0])
    before = text[max(0, e.trigger.start - GROUND_REACH):e.trigger.start].split()
    return word.startswith(GROUND_NOUN) and bool(before) and \
        normalize_key(before[-1]) in GROUND_BEFORE


def fold_verdict_parts(events: list[Event], clauses: list[int],
                       text: str) -> tuple[list[Event], list[int]]:
    """One sentence's events with a rejected appeal and a sentence's confiscation folded into
    the sentence's SANCTION/convict event (see the module doc); unchanged without one."""
    k = next((i for i, e in enumerate(events)
              if (e.type, e.mode) == ("SANCTION", "convict") and not e.negated), None)
    if k is None:
        return events, clauses
    conv = events[k]
    drop: set[int] = set()
    for i, e in enumerate(events):
        if i == k:
            continue
        if _rejects_appeal(e, text) or (
                e.type == "COERCE" and e.mode in SENTENCE_MEASURES and e.flags == conv.flags) \
                or (i > k and _sentence_ground(e, text)):
            drop.add(i)
    if not drop:
        return events, clauses
    # the first telling (the refusal with its court as subject) keeps its actor and date
    first = min(drop | {k})
    keep = events[first] if first in drop and events[first].type == "REJECT" else conv
    merged = replace(keep, type="SANCTION", mode="convict")
    for i in sorted(drop | {k}):
        if events[i] is not keep:
            merged = merged.with_evidence(events[i].evidence)
            if merged.actor is None and events[i].actor is not None:
                merged = replace(merged, actor=events[i].actor)
    at = first if keep is not conv else k
    out = [merged if i == at else e for i, e in enumerate(events) if i == at or
           (i not in drop and i != k)]
    kept = [c for i, c in enumerate(clauses) if i == at or (i not in drop and i != k)]
    return out, kept


#: ASSAULT modes that tell the police breaking up a crowd (فرقت الشرطة المحتجين).
DISPERSAL_MODES = frozenset({"crowd-control"})


def dispersed_crowd(gathering: Match, other: Match) -> bool:
    """Whether ``other`` (a dispersal) corroborates ``gathering`` (a PROTEST word): a crowd
    that security forces disperse in the same sentence gathered in protest (وتجمع العشرات
    أمام قصر العدل، قبل أن تفرقهم الشرطة), as a second protest word would show it; also
    when the dispersal is told first (أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات من
    أنصار الحزب تجمعوا في الحي: round 28)."""
    return gathering.trigger.type == "PROTEST" and other.trigger.type == "ASSAULT" \
        and other.trigger.mode in DISPERSAL_MODES
