"""fix57: a call's second complement opened by وإلى after a comma.

A call or an agreement may name two things asked for, the second after a comma with the
verb's own preposition again: ``ودعا المجلس طرفي النزاع إلى القبول الفوري بهدنة إنسانية …،
وإلى فتح ممرات آمنة لإيصال المساعدات`` (round 57). The act named there (the corridors opened)
is the call's content as much as the first, no act of its own.
:func:`rasd.events.syntax.modifiers._listed_terms` read this only for ``وعلى`` (fix38); this
module says when a token opens the same complement with ``وإلى``. The normalised form of
``وإلى`` is also that of ``والي`` (a governor), so the written form decides: ``وإلى`` or the
hamza-less ``والى``, never ``والي``.
"""

from __future__ import annotations

from rasd.text.tokens import Token

#: Written forms of وإلى (tatweel and diacritics aside): the hamza-less spelling ends in alif
#: maqsura; والي with ya is the governor.
AND_TO = frozenset({"وإلى", "والى"})


def opens_second_to(tok: Token) -> bool:
    """Whether ``tok`` is وإلى opening a second complement of the clause's verb."""
    return tok.text.replace("ـ", "") in AND_TO


__all__ = ["AND_TO", "opens_second_to"]
