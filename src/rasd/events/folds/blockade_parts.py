"""fix53: what a protest's crowd prevents, told by a second verb of the same sentence.

``أقفل عشرات من العمال … المداخل الرئيسية لمبنى المؤسسة …، ومنعوا الموظفين من الدخول``: the
employees kept out are what the blockade does, one PROTEST/obstruct (round 53's gold). The
rules read ومنعوا … من الدخول as a COERCE/restrict of its own. A restriction told by a verb
joined by و whose subject is its plural suffix (ومنعوا، وحالوا دون، ومنعن), with no subject
of its own, after a protest told earlier in the sentence is that protest's part: the crowd
that protests is its doer, and a crowd cannot coerce as a state does. A restriction with a
subject of its own (ومنعت الشرطة الصحفيين من الاقتراب) is another party's act and stays.
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import fold_into_kept
from rasd.model import Event

#: A restriction verb with a fused و and a plural subject suffix (ومنعوا، وحالوا، ومنعن).
CROWD_VERB = re.compile(r"^[وف]\S{2,}(?:وا|ن)$")
#: Restriction modes a crowd's verb may be read with.
RESTRICT_MODES = frozenset({"restrict", None})


def _crowd_restriction(e: Event) -> bool:
    """Whether ``e`` is a restriction told by a joined verb with a plural subject suffix."""
    words = e.trigger.text.split()
    return e.type == "COERCE" and e.mode in RESTRICT_MODES and bool(words) \
        and CROWD_VERB.match(words[0]) is not None


def _protest_before(out: list[Event], e: Event) -> int | None:
    """The protest whose evidence holds ``e``'s sentence (told in it before ``e``)."""
    sent = e.trigger_sentence()
    for k in range(len(out) - 1, -1, -1):
        h = out[k]
        if h.type == "PROTEST" and h.flags == e.flags and sent is not None and any(
                s.start <= e.trigger.start < s.end and s.start < e.trigger.start
                for s in h.evidence) and h.trigger.start < e.trigger.start:
            return k
    return None


def fold_blockade_parts(events: list[Event]) -> list[Event]:
    """``events`` with a crowd's joined restriction verb folded into its protest."""
    return fold_into_kept(events, lambda out, e: _protest_before(out, e)
                          if _crowd_restriction(e) else None)


__all__ = ["fold_blockade_parts"]
