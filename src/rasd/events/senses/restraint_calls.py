"""fix48: a call on the public for restraint is a REQUEST of its own.

:func:`rasd.events.gates.public_call` drops a call addressed to the public or the faithful
(دعا المواطنين إلى …، حث الأهالي على …): such a call asks no party for anything. A call for
calm after a killing or a clash is the exception PLOVER names ("show restraint",
REQUEST/yield): notables, clerics or officials asking residents to keep calm and not be
drawn into strife (ودعا وجهاء من أحياء المدينة الأهالي إلى «ضبط النفس وعدم الانجرار وراء
دعوات الفتنة»، round 48's ev-1888) ask the crowd not to act, which is what the gold codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Heads of what a call for restraint asks (ضبط النفس، التهدئة، الهدوء، التحلي بالحكمة،
#: عدم الانجرار وراء الفتنة، التعقل): bases, after the article and proclitics are split off.
RESTRAINT_WORDS = frozenset(normalize_key(w) for w in (
    "ضبط", "تهدئة", "هدوء", "حكمة", "تعقل", "انجرار", "انزلاق", "فتنة", "التحلي", "تحلي",
    "روية", "تريث", "عقلانية"))
#: Types of a public call's content that leave it a call to the public: another call, and
#: the public's cooperation with the authorities (داعيا الأهالي إلى التعاون مع الوحدات المنتشرة
#: والإبلاغ عن أي مظاهر مسلحة, round 48's ev-1893; round 39 codes such a call no event).
CIVIC_TYPES = frozenset({"REQUEST", "COOPERATE"})
#: ضبط is also seizure (ضبط أسلحة، ضبط المطلوبين): it names restraint only before النفس.
SELF = normalize_key("النفس")
SEIZE = normalize_key("ضبط")


def asks_restraint(content: Sequence[Token]) -> bool:
    """Whether the words after a public call's addressee ask for calm or restraint."""
    for i, t in enumerate(content):
        if t.base not in RESTRAINT_WORDS:
            continue
        if t.base != SEIZE:
            return True
        nxt = content[i + 1] if i + 1 < len(content) else None
        if nxt is not None and (nxt.norm == SELF or nxt.base == normalize_key("نفس")):
            return True
    return False
