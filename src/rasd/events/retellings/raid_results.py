"""fix51: arrests a raid "resulted in" are the raid's own arrests, one COERCE/arrest.

``نفذت حملة مداهمات في مودية والمحفد، أسفرت عن القبض على خمسة مشتبه بهم``: the result cue
(أسفرت عن، أدت إلى: ``result`` in modifiers.tsv) folds a toll into the attack told before
it; an arrest told as a raid campaign's outcome is the same kind of tie, and the gold README
codes a raid told with its arrests as one arrest (raids in two districts with arrests, ev-1996;
"A raid told with its arrests"). Without a comma the general merge already joined them;
after the comma the arrest stood as a second act.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.matcher import Match
from rasd.model import Event, Span

#: The COERCE modes of a raid campaign and of the arrests it yields.
ARREST = "arrest"


def raid_result(events: Sequence[Event], m: Match, sentence: Span) -> int | None:
    """The index of the arrest campaign told earlier in ``sentence`` that the arrest ``m``
    (told after a result cue) is the outcome of, or None."""
    if m.trigger.type != "COERCE" or m.trigger.mode != ARREST:
        return None
    for k in range(len(events) - 1, -1, -1):
        e = events[k]
        if e.evidence[0] != sentence:
            return None
        if e.type == "COERCE" and e.mode == ARREST and e.trigger.start < m.start:
            return k
    return None


__all__ = ["raid_result"]
