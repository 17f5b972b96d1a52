"""Task fix52: a crossing foiled and its crossers held, told in one sentence, are one act.

Maghreb, Egyptian and Libyan coast-guard news tells the interception of boats in two verbs
of one force: ``أحبطت دوريات البحرية الملكية محاولات للهجرة غير النظامية …، وأوقفت 412
مرشحا للهجرة``, ``إحباط 14 محاولة اجتياز للحدود البحرية خلسة …، وإيقاف 312 مجتازا``. The
trigger row ``أحبط محاولات اجتياز`` (triggers.tsv, fix52) reads the foiling as a COERCE, mode
open, as the gold codes a foiling told alone (ev-1227, ev-1674, ev-2009's foiled crossings
whose organisers are held in another sentence); when the same sentence holds the arrest of
the people on board, the dev gold codes one COERCE with both words as evidence (ev-1154,
ev-1560, ev-1791), and so when the arrest of the crossers is told in the next sentence
(``أحبطت السلطات العمومية بمدينة الفنيدق … محاولة هجرة جماعية`` / ``وأفادت المصادر ذاتها بأن
عناصر الأمن … أوقفت 63 شخصا``, ev-1414): the arrest folds into the foiling
(:func:`fold_foiled_crossings`). The arrest of the trip's organisers, smugglers or skippers
(``كما تم إيقاف أربعة منظمين للرحلات``, ev-2009) is another act against other people and
stays its own.
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import merge_pair
from rasd.model import Event

#: The foiling trigger's first word (أحبطت، إحباط، بإحباط، تم إحباط): the fix52 row.
FOILED = re.compile(r"^(?:و|ب|وب)?(?:تم\s+)?(?:أحبط|احبط|يحبط|تحبط|إحباط|احباط)")


def _foiling(e: Event) -> bool:
    return e.type == "COERCE" and e.mode is None and FOILED.search(e.trigger.text) is not None


#: The trip's organisers and smugglers as the arrest's object: other people than the crossers.
ORGANISERS = re.compile(r"منظم|مهرب|وسطاء|وسيط|سماسر|سمسار|ربان|رباب")
#: Characters after the arrest trigger (whose phrase may hold its object) in which its object
#: is named (أوقفت 63 شخصا، بينهم).
OBJECT_REACH = 30
#: What may lie between the foiling's sentence and the arrest's for the two to be adjacent.
BETWEEN = re.compile(r"^[\s.،,]*$")


def _arrest_beside(foil: Event, other: Event, text: str) -> bool:
    """Whether ``other`` is the arrest of the crossers told in ``foil``'s sentence or in the
    sentence right after it, with the same flags."""
    if other is foil or other.type != "COERCE" or other.mode != "arrest" \
            or other.flags != foil.flags:
        return False
    mine, theirs = foil.evidence[0], other.evidence[0]
    if theirs != mine and not (theirs.start >= mine.end
                               and BETWEEN.match(text[mine.end:theirs.start])):
        return False
    return ORGANISERS.search(text[other.trigger.start:other.trigger.end + OBJECT_REACH]) is None


def fold_foiled_crossings(events: list[Event], text: str) -> list[Event]:
    """``events`` with the arrest of the crossers folded into the foiled crossing told in its
    sentence or the one before (the foiling's doer; the arrest's mode and count)."""
    out = list(events)
    for foil in [e for e in events if _foiling(e)]:
        arrest = next((o for o in out if _arrest_beside(foil, o, text)), None)
        if arrest is None or foil not in out:
            continue
        out[out.index(foil)] = merge_pair(foil, arrest)
        out.remove(arrest)
    return out
