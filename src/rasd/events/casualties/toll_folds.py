"""A bare death word and the act it was the toll of, told in one sentence across commas.

:func:`rasd.events.sentence_folds.merge_clause` folds a bare toll word (قتل، استشهد، مقتل)
into the act word of its clause. News Arabic often sets more than one insert between them
(استشهد 4 فلسطينيين، بينهم طفلان، فجر اليوم، في غارة إسرائيلية; قتل عنصر وأصيب اثنان آخران
ليل الأحد، في اشتباك), which the clause reader takes for a clause boundary, and it tells the
toll of fighting named just before with a pronoun of the act (بعد معارك …، قتل خلالها 17 من
المسلحين). Either way the toll and the act are one event: left apart, the count sits on a
death word that names no act while the act goes without it (tolls pass 2026-12-04 (14)).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from rasd.events.casualties.tolls import dual_act
from rasd.events.folds.pair_merge import merge_pair
from rasd.events.merge import act_dates_toll, bare_death
from rasd.model import Event

#: Longest stretch between a bare death word and the act word that names its cause (the
#: victims, a sub-count after بينهم, a time and a place between commas fit in 120).
TOLL_TO_ACT_CHARS: Final = 120
#: The word before an act that names the cause of the deaths told before it (في غارة، جراء
#: القصف، إثر هجوم، خلال اشتباكات), or a fused بـ (بقصف، برصاص).
_CAUSE_BEFORE = re.compile(r"(?:^|\s)(?:في|جراء|إثر|اثر|خلال|أثناء|اثناء)\s+$")
_FUSED_BY = re.compile(r"^ب(?!\s)")
#: What ends the toll's clause before the act: a sentence end or another clause's opener
#: (فيما، بينما، في حين، كما), after which the act is another one (فيما قتل جنديان في قصف).
_OTHER_CLAUSE = re.compile(r"[.!?؟;؛:\n]|(?<!\w)(?:فيما|بينما|في\s+حين|كما|بعدما|قبل)(?!\w)")
#: A pronoun of the act right after a bare death word (قتل خلالها، سقط فيها، أصيب جراءه): the
#: deaths are told of the act named before it.
_OF_THE_ACT = re.compile(
    r"\s*(?:خلال|في|جراء|إثر|اثر|أثناء|اثناء)(?:ها|ه|هما|هم)(?!\w)")


def _cause_of(toll: Event, act: Event, text: str) -> bool:
    """Whether ``act``, told after the bare death word of ``toll``, names its cause."""
    gap = text[toll.trigger.end:act.trigger.start]
    if len(gap) > TOLL_TO_ACT_CHARS or _OTHER_CLAUSE.search(gap):
        return False
    if dual_act(act.trigger.text):
        return False  # في غارتين: the total of two acts, each told apart (over_two_acts)
    return bool(_CAUSE_BEFORE.search(gap)) or bool(_FUSED_BY.match(act.trigger.text))


def fold_bare_tolls(events: list[Event], text: str) -> list[Event]:
    """One sentence's events with a bare death word folded into the ASSAULT whose cause it
    tells: the act right after it introduced by في/جراء/إثر/بـ (it names the event, and its
    mode), or the act right before it when a pronoun of the act follows the death word
    (قتل خلالها)."""
    out: list[Event] = []
    for e in events:
        prev = out[-1] if out else None
        if prev is None or prev.type != "ASSAULT" or e.type != "ASSAULT" \
                or prev.flags != e.flags:
            out.append(e)
            continue
        if bare_death(prev) and not bare_death(e) and _cause_of(prev, e, text):
            merged = merge_pair(prev, e, first_dates=not act_dates_toll(prev, e))
            # the act word's participants too: the death word's subject is its victims
            out[-1] = replace(merged, trigger=e.trigger, mode=e.mode or prev.mode,
                              actor=e.actor or prev.actor,
                              recipient=e.recipient or prev.recipient)
        elif bare_death(e) and not bare_death(prev) and _OF_THE_ACT.match(text, e.trigger.end):
            out[-1] = merge_pair(prev, e, first_dates=True)
        else:
            out.append(e)
    return out
