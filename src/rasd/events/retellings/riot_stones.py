"""Task fix45: a riot's stones told back in a statement are that riot (one act, several words).

conv18 reads stones thrown at the police during a protest as the crowd's riot, PROTEST/riot
(:func:`rasd.events.senses.protest_clashes.stones_riot`). When the report has already told the riot
(``بعدما حاولوا اقتحام مبنى المجلس البلدي``, an attempted storming read as PROTEST/riot) and
then tells, in a police statement, that two officers ``أصيبا برشق الحجارة``, the stones are
that riot's violence told again, by its means: the gold codes one PROTEST/riot with the
injured (round 45's ev-1810). :func:`fold_stone_riots` folds a stones riot into the latest
riot or storming of the same crowd told before it in another sentence, with the same flags;
with no riot told before, the stones stay the protest's riot of their own (conv18).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.model import Event

#: Stones named at the trigger, as :mod:`rasd.events.senses.protest_clashes` reads them.
_STONES = re.compile(r"رشق|بالحجار|الحجار|حجار")

#: Protest modes whose crowd's stones are its own violence told again.
_VIOLENT_MODES = frozenset({"riot", "vandalize"})


def _stones(e: Event) -> bool:
    return e.type == "PROTEST" and e.mode == "riot" and _STONES.search(e.trigger.text) is not None


def fold_stone_riots(events: list[Event]) -> list[Event]:
    """``events`` with each stones riot folded into the riot or storming told before it in
    another sentence (same flags); its toll goes to the host when the host has none."""
    out: list[Event] = []
    for e in events:
        host = None
        if _stones(e):
            host = next((k for k in range(len(out) - 1, -1, -1)
                         if out[k].type == "PROTEST" and out[k].mode in _VIOLENT_MODES
                         and out[k].flags == e.flags and e.evidence[0] not in out[k].evidence),
                        None)
        if host is None:
            out.append(e)
            continue
        h = out[host].with_evidence(e.evidence)
        out[host] = replace(h, injured=h.injured or e.injured, killed=h.killed or e.killed,
                            arrested=h.arrested or e.arrested)
    return out


__all__ = ["fold_stone_riots"]
