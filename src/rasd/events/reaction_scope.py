"""Task fix45: a reaction's object does not reach across a new narrative clause.

:func:`rasd.events.condemned_acts.reaction_object` reads an attack noun after a verb of
reaction (``وأدانت الوزارة استهداف الخيمة``) as the object of that reaction, an attack told
before, and folds it there. A protest's slogan is a reaction too (``رافعين شعارات تندد
بـ«التهجير دون تعويض»``), and the sentence may go on ``قبل أن تتدخل القوات العمومية
لتفريقهم``: a new act of the story, told in a clause of its own. Round 45 lost that dispersal
so, folded into the demolition told in the lead (ev-1817; the gold codes the demolition
``["ASSAULT", "COERCE"]``/destroy and the dispersal ASSAULT/crowd-control).
:func:`after_sequence_break` keeps only the words of the act's own clause.
"""

from __future__ import annotations

#: Words (normalised) that open a new clause of narrative after a reaction: ``قبل أن
#: تتدخل القوات``، ``بعد أن فرقت``، ``ثم``. A reaction verb before them (a slogan that
#: ``تندد بـ«التهجير»``) does not take the act after them as its object.
_SEQUENCE_PAIRS = frozenset({("قبل", "ان"), ("بعد", "ان"), ("قبيل", "ان"), ("عقب", "ان")})
_SEQUENCE_WORDS = frozenset({"ثم", "وبعدها", "وعندها", "فيما", "بينما"})


def after_sequence_break(keys: list[str]) -> list[str]:
    """``keys`` (normalised words before an act, in order) cut after the last word that opens
    a narrative clause of its own (قبل أن، بعد أن، ثم، فيما): only the words of the act's own
    clause can hold the reaction it is the object of."""
    cut = 0
    for i, k in enumerate(keys):
        if k in _SEQUENCE_WORDS or (i and (keys[i - 1], k) in _SEQUENCE_PAIRS):
            cut = i + 1
    return keys[cut:]


__all__ = ["after_sequence_break"]
