"""Accusations named by a noun with their accuser (accuse22).

A party's denial or refusal of an accusation (``نفى الجيش الاتهامات التي وجهتها منظمات
حقوقية له بقتل مدنيين``، ``ترفض بشكل قاطع الاتهامات السودانية بتسهيل مرور أسلحة``) denies
the act charged, not that the charge was made: the accusation the noun phrase names, with
its accuser told by a relative clause or a nationality adjective and its charge after بـ,
is the accuser's ACCUSE/allege (gold README, "Denials" and round 30's ev-1238; the bare
back-reference ``نفت طهران الاتهامات`` stays the denial's block rows). The denial cue of
``modifiers.tsv`` negates every trigger of its clause; this module names the trigger rows
it must spare (one hook in :func:`rasd.events.syntax.modifiers._cue_flags`).
"""

from __future__ import annotations

from typing import Final

from rasd.events.lexicon import Trigger

#: The ``triggers.tsv`` lemmas (accuse22 block) of an accusation named by a noun phrase with
#: its accuser: the accusation stands whatever the clause's denier says of the act charged.
NAMED_ACCUSATION_LEMMAS: Final = frozenset({
    "الاتهامات التي وجهتها",
    "الاتهامات السودانية بتسهيل",
})


def spared_by_denial(trigger: Trigger, cue_kind: str, effect: str) -> bool:
    """Whether a cue leaves ``trigger`` as it stands: the trigger is an accusation
    (:data:`NAMED_ACCUSATION_LEMMAS`) that a denier names as what it denies (the denial's
    negation) or a refuser as what it refuses (a refusal of accusations is a denial, not a
    REJECT whose content the accusation would be)."""
    if trigger.lemma not in NAMED_ACCUSATION_LEMMAS:
        return False
    return cue_kind == "denial" or effect == "content"
