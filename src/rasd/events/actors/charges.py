"""Charges named with an act against the charged (gold convention "Charges", stated
2026-12-04 (13) in tests/gold/events/README.md): a charge given for an arrest, a detention
order, a trial, a sentence, an execution, a sanction listing, an expulsion or a ban
(اعتقلت … بتهمة الانتماء إلى خلية، أدرجت … على قائمة العقوبات بتهمة تمويل، طردت الهند
دبلوماسيا بتهمة التجسس) is ACCUSE/allege of the party that acts, against the party it acts
on, beside that act: CAMEO's "accuse of crime" (112), the party's formal allegation. The act
charged is no event of its own (modifiers.tsv ``embed بتهمة``). A conviction's charge
(أدين بتهمة) is the conviction's (SANCTION/convict rows), and a charge that describes a
person's past or standing (مطلوبين بتهم، كان يقضي حكما بتهمة) is no event (block rows).

The noun row تهمة is ambiguous alone (weight under the participant threshold): the act it
is given for, told before it in the sentence, corroborates it and lends it its parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.matcher import Match
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Trigger rows (lemmas) of a charge named by its noun (بتهمة، بتهم).
CHARGE_LEMMAS = frozenset({"تهمة"})
#: Types of the acts a charge is given for: an arrest or a restriction, a sanction (a
#: sentence, a listing, an expulsion, a suspension), an execution.
CHARGED_TYPES = frozenset({"COERCE", "SANCTION"})
CHARGED_ASSAULT_MODES = frozenset({"execute"})


def charged_act(events: Sequence[Event], m: Match) -> Event | None:
    """The latest event of ``events`` (the sentence's, built so far) that a charge match
    ``m`` is given for: an act against a party (:data:`CHARGED_TYPES`, an execution) whose
    trigger precedes the charge; None when ``m`` is no charge row or no such act is told."""
    return _act_before(events, m) if m.trigger.lemma in CHARGE_LEMMAS else None


def _act_before(events: Sequence[Event], m: Match) -> Event | None:
    """The latest act of ``events`` against a party (:data:`CHARGED_TYPES`, an execution)
    whose trigger precedes ``m``."""
    return next((e for e in reversed(events) if e.trigger.start < m.start and (
        e.type in CHARGED_TYPES or (e.type == "ASSAULT" and e.mode in CHARGED_ASSAULT_MODES))),
        None)


#: Rows of a charge brought (وجه إليه تهمة): with the bare noun, the rows a "held without
#: charge" clause (من دون أن توجه إليه تهمة) negates.
BROUGHT_LEMMAS = CHARGE_LEMMAS | {"وجه اتهاما", "وجه تهما"}
#: Normalised openings of a passive conviction verb (أُدين، وأُدينت، أُدينوا): the charge
#: told after it is the conviction's, not an allegation of its own (README "Charges").
CONVICTED_OPENINGS = tuple(normalize_key(w) for w in ("أدين", "وأدين"))


def idle_charge(events: Sequence[Event], m: Match, negated: bool) -> bool:
    """Whether the charge match ``m`` makes no event (round 27, 2026-12-04 (13)): a
    conviction's charge (أدين ابتدائيا … بالسجن خمس سنوات بتهم …) or a charge an arrest was
    made without (أوقفت … من دون أن توجه إليه تهمة). A charge with no act before it stays
    (a trial's: سيمثل أمام المحكمة بتهمة); a listed or a standing one is blocked in
    triggers.tsv (ومنها تهمة، الموقوف منذ يونيو بتهمة)."""
    if m.trigger.lemma not in BROUGHT_LEMMAS:
        return False
    host = _act_before(events, m)
    if host is None:
        return False  # a trial's or a prosecutor's charge (سيمثل أمام المحكمة بتهمة)
    if negated:
        return True
    return (host.type, host.mode) == ("SANCTION", "convict") and \
        normalize_key(host.trigger.text).startswith(CONVICTED_OPENINGS)


__all__ = ["BROUGHT_LEMMAS", "CHARGE_LEMMAS", "charged_act", "idle_charge"]
