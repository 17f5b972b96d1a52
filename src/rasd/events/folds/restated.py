"""A refusal restated in a participle clause of the same sentence (fix38, round 38).

``جددت الخارجية التونسية رفض تونس «القاطع» أن تكون «بلد عبور»، مؤكدة أنها «لن تقبل أي
ترتيبات تمس بسيادتها»``: the participle of saying (``مؤكدة``، ``مشددا``) says more of the
refusal just told by the same subject; the gold codes one REJECT (round 24's restated refusal,
round 38's Tunisia). A second refusal by another subject, or told in a clause of its own
(``ورفضت … كما رفضت``), stays an event.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Circumstantial participles of saying or insisting (normalised) that restate the main
#: clause's act.
RESTATING = frozenset(normalize_key(w) for w in (
    "مؤكدا", "مؤكدة", "مؤكدين", "مشددا", "مشددة", "مشددين", "مجددا", "مجددة", "معتبرا",
    "معتبرة", "موضحا", "موضحة"))
#: Characters before the second refusal's trigger searched for the participle (مؤكدة
#: أنها «…).
_REACH = 24
#: The type restated.
_TYPE = "REJECT"


def _restating(e: Event) -> bool:
    sent = e.trigger_sentence()
    if sent is None:
        return False
    head = sent.text[max(0, e.trigger.start - sent.start - _REACH):e.trigger.start - sent.start]
    return any(normalize_key(w.strip("«»\"،,")) in RESTATING for w in head.split())


def fold_restated_refusals(events: list[Event]) -> list[Event]:
    """One sentence's events with a REJECT told after a restating participle folded into the
    REJECT told just before it, when they share their flags."""
    out: list[Event] = []
    for e in events:
        prev = out[-1] if out else None
        if prev is not None and e.type == _TYPE and prev.type == _TYPE \
                and prev.flags == e.flags and prev.trigger.end <= e.trigger.start \
                and _restating(e):
            out[-1] = prev.with_evidence(e.evidence)
            continue
        out.append(e)
    return out
