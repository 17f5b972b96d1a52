"""Task fix45: a reaction's object does not reach across a new narrative clause.

:func:`rasd.events.retellings.condemned_acts.reaction_object` reads an attack noun after a verb of
reaction (``وأدانت الوزارة استهداف الخيمة``) as the object of that reaction, an attack told
before, and folds it there. A protest's slogan is a reaction too (``رافعين شعارات تندد
بـ«التهجير دون تعويض»``), and the sentence may go on ``قبل أن تتدخل القوات العمومية
لتفريقهم``: a new act of the story, told in a clause of its own. Round 45 lost that dispersal
so, folded into the demolition told in the lead (ev-1817; the gold codes the demolition
``["ASSAULT", "COERCE"]``/destroy and the dispersal ASSAULT/crowd-control).
:func:`after_sequence_break` keeps only the words of the act's own clause.

Two more readings of what a clause around an act holds: a bare participle accusation
continuing a condemnation (:func:`accusing_participle`), and a statement's issuing clause
(``في بلاغ أصدرته مساء أمس السبت``), whose time is the act's, not a foreign relative clause's
(:func:`issued_statement`, hooked in :mod:`rasd.events.dates.date_scope`).
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

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




#: The bare circumstantial participle of accusing (normalised), with its object pronoun
#: after (متهمة إياها بـ): not و-joined.
_ACCUSING = ("متهما", "متهمه", "متهمين", "متهمتين")


def accusing_participle(e: Event) -> bool:
    """Fix45: a bare participle accusation (حملت الصحيفة الحكومة مسؤولية «العطش»، متهمة
    إياها بـ«تفضيل الزراعات التصديرية»): what the speaker charged in the condemnation just
    told, one ACCUSE (round 45's press review codes one); after a ban or an arrest the
    host is no ACCUSE and the charge stays its own (ev-1813's ban «متهمة إياها بالسعي»)."""
    words = normalize_key(e.trigger.text).split()
    return e.type == "ACCUSE" and bool(words) and words[0] in _ACCUSING



#: fix45: nouns of a statement (normalised) that an act is told in (اتهمت الأمانة العامة، في
#: بلاغ أصدرته مساء أمس السبت، …): the statement's issuing clause gives the act's time, not a
#: foreign relative clause's (round 45's ev-1792).
STATEMENT_NOUNS = frozenset(normalize_key(w) for w in (
    "بيان", "بلاغ", "تصريح", "تصريحات", "رسالة", "مذكرة", "منشور", "تدوينة", "تغريدة",
    "كلمة", "خطاب", "مؤتمر"))


def issued_statement(norm: str) -> bool:
    """Whether ``norm`` (a normalised token, its proclitic ب/و/ل/ف stripped here) names the
    statement an act is told in."""
    for c in ("وب", "ب", "و", "ل", "ف"):
        if norm.startswith(c) and norm[len(c):] in STATEMENT_NOUNS:
            return True
    return norm in STATEMENT_NOUNS


__all__ = ["STATEMENT_NOUNS", "accusing_participle", "after_sequence_break", "issued_statement"]
