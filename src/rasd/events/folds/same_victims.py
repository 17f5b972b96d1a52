"""fix53: one attack told with a second verb whose object points back at the same victims.

``هاجم مستوطنون … عائلات فلسطينية خلال قطفها ثمار الزيتون …، ورشقوها بالحجارة، ما أدى إلى
إصابة ثلاثة مواطنين``: the stones are how the attack was made, on the people the first verb
named, and the toll after them is the attack's; the gold codes one ASSAULT with the stones'
mode and the toll (round 53; PLOVER's one event per act of one force at one place and time).
The rules read the second verb as an attack of its own and gave it the toll. A second
attack verb joined by و with no subject of its own whose object is an attached pronoun
(ورشقوها، وضربوهم، وطعنه) or a pronoun right after it (واعتدوا عليهم، وانهالوا عليه) is
a manner of the attack told before it in the sentence: it folds into it, giving it its mode
when the first had none and its toll when the first had none.

A second verb with an object of its own (ويحرقون جرارا زراعيا، وأحرقوا منزلين) strikes
another target and stays an act (the gold codes the burnt tractor as ASSAULT/destroy), and so
does a verb of another manner than violence on people (destroying, :data:`PERSON_MODES`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.model import Event

#: Modes of violence on people a second verb may add to an attack told first (not destroy,
#: whose object is property: another target).
PERSON_MODES = frozenset({"primitive", "beat", "firearms", "crowd-control", None})
#: A past or present verb with a fused و, its subject's suffix and an attached object pronoun
#: (ورشقوها، وضربوهم، ويرشقونهم، ورشقته): the subject marker (و، ت، ن) tells the verb from a
#: verbal noun with a possessive (وضربه «his beating»، واعتداءاتهم «their attacks»: ات is a
#: plural noun's) is no second verb.
PRONOUN_OBJECT = re.compile(r"^و\S{2,}(?:و|[^ا]ت|ن)(?:ها|هم|هما|هن|ه)$")
#: A fused-و verb followed by a preposition with a pronoun (واعتدوا عليهم، وانهالوا عليه
#: بالضرب، واعتدوا عليها).
PRONOUN_AFTER = re.compile(r"^و\S{2,}(?:وا|ت|ن)\s+(?:علي|عل|ب|ل)(?:ها|هم|هما|هن|ه)(?:\s|$)")


def _pronoun_verb(e: Event, text: str) -> bool:
    """Whether ``e``'s trigger opens with a و-verb whose object is a pronoun."""
    first = e.trigger.text.strip().split()[0] if e.trigger.text.strip() else ""
    return bool(PRONOUN_OBJECT.match(first)) or bool(PRONOUN_AFTER.match(
        text[e.trigger.start:e.trigger.start + len(first) + 8]))


def _host(out: list[Event], e: Event) -> int | None:
    """The attack told in ``e``'s sentence before it (its evidence holds that sentence; the
    pronoun of a و-verb points back, so the act it continues stands before it)."""
    for k in range(len(out) - 1, -1, -1):
        h = out[k]
        if h.type == "ASSAULT" and h.flags == e.flags and h.mode in PERSON_MODES \
                and any(s.start <= e.trigger.start and e.trigger.end <= s.end
                        for s in h.evidence):
            return k
    return None


def fold_same_victims(events: list[Event], text: str) -> list[Event]:
    """``events`` with an attack verb on a pronoun (ورشقوها بالحجارة) folded into the attack
    its sentence told before it."""
    out: list[Event] = []
    for e in events:
        host = None
        if e.type == "ASSAULT" and e.mode in PERSON_MODES and _pronoun_verb(e, text):
            host = _host(out, e)
        if host is None:
            out.append(e)
            continue
        h = out[host]
        out[host] = replace(h.with_evidence(e.evidence), mode=h.mode or e.mode,
                            killed=h.killed or e.killed, injured=h.injured or e.injured)
    return out


__all__ = ["fold_same_victims"]
