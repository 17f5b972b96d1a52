"""Round-15 fold of one sentence's reactions: a characterisation that continues a
condemnation or a refusal told just before it is that reaction, not a second one.

``وأدانت المنظمة الإعدام ووصفت المحاكمة بأنها «صورية»``: the characterisation joined by و to
a condemnation or a refusal of the same sentence says more of it (the gold codes one ACCUSE,
ev-090, ev-358); alone (``ووصفت الخارجية الخطوة بأنها «تصعيد غير مسؤول»``, ev-470) it is the
act.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Reaction types a و-joined characterisation continues.
_CONDEMNATIONS = frozenset({"ACCUSE", "REJECT"})


def _characterisation(e: Event) -> bool:
    key = normalize_key(e.trigger.text)
    return e.type == "ACCUSE" and "وصف" in key and " بان" in key


def fold_reactions(events: list[Event]) -> list[Event]:
    """One sentence's events with each و-joined characterisation folded into the
    condemnation or refusal told before it in the sentence."""
    out = list(events)
    for e in events:
        if not (_characterisation(e) and e.trigger.text.startswith("و")):
            continue
        hosts = [o for o in out if o is not e and o.trigger.start < e.trigger.start
                 and o.type in _CONDEMNATIONS and o.flags == e.flags]
        if not hosts:
            continue
        host = max(hosts, key=lambda o: o.trigger.start)
        k = out.index(host)
        out[k] = host.with_evidence(e.evidence)
        out.remove(e)
    return out
