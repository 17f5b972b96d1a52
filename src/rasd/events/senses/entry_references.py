"""fix57: a live entry whose toll names the act by a definite noun retells it.

A live page's later entry told by an indefinite word is another act
(:func:`rasd.events.senses.live_entries.new_entry`, assault18: ``14:10 — غارة جديدة على …``).
An entry that gives a toll and names the act it belongs to by a definite noun after a
preposition (``10:25 — مصدر طبي: مقتل أربعة مدنيين، بينهم طفل، وإصابة 11 آخرين في
القصف``, round 57) points back to the act told before: the toll is that act's, not a new
attack. A raised toll (``ارتفاع حصيلة القصف``) is left to the retold-toll merge, which finds
the act it raises.
"""

from __future__ import annotations

import re

#: A definite act noun after a preposition of cause or place (في القصف، جراء الغارة).
REFERENCE = re.compile(r"(?:في|جراء|إثر|خلال|أثناء)\s+ال(?:قصف|هجوم|غار[ةه]|"
                       r"غارات|اعتداء|تفجير|انفجار|هجمات|ضرب[ةه]|قذائف|كمين)(?!\w)")


def refers_back(sentence: str) -> bool:
    """Whether ``sentence`` names an act by a definite noun after a preposition: its toll
    belongs to the act told before."""
    return REFERENCE.search(sentence) is not None


__all__ = ["REFERENCE", "refers_back"]
