"""fix49: quantity words inside a subject use up no gap of a phrase row.

Local news names a crowd or a force by a quantity before the noun that carries the sense
(ونظمت عائلات عدد من المعتقلين وقفة، قطع عدد من أهالي البلدية الطريق، توقف نحو 450 عاملا
… عن العمل): the quantity is no word of the clause between the verb and its object, as a
time adverbial is none (:data:`rasd.events.matcher.GAP_TIME_WORDS`). The rows were written
with a gap for the noun phrase itself (``نظم *3 وقفة``); the quantity in front of it made
each new wording of the same act a miss. Crossing it without using up the gap reads the
kind (a counted or estimated subject) once for every row, instead of one row per wording.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Words that count or estimate the noun after them (عدد من، عشرات، نحو، أكثر من): they
#: stand before the head of a subject or object, never for the act.
QUANTITY_WORDS = frozenset(normalize_key(w) for w in (
    "عدد", "العدد", "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "مجموعة",
    "نحو", "قرابة", "حوالي", "زهاء", "أكثر", "أزيد", "بضعة", "بضع"))

#: The cardinals two to ten (normalised): a small count heading a phrase (أوقفت ثلاثة،
#: أصيب تسعة متظاهرين).
SMALL_CARDINALS = frozenset(normalize_key(w) for w in (
    "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"))

#: Commas that open an insert (matcher._COMMAS).
_COMMAS = frozenset("،,")

#: The partitive من after a quantity word (عدد من، عشرات من، أكثر من): part of the quantity.
PARTITIVE = normalize_key("من")


def quantity_word(toks: list[Token], start: int, j: int) -> bool:
    """Whether token ``j`` of a gap opened at ``start`` is a quantity word, its partitive من,
    or a number right after one (نحو 450 عاملا): crossed free. A bare number is not
    (ستصرف 60 بالمئة من رواتب: an amount, often the object itself), nor a quantity after
    an insert the gap crossed (فرقت الشرطة، مساء أمس، مئات المحتجين): news tells the subject
    before the time or place insert and the object after it, and the object's quantity
    belongs to the object, whose noun may be an event of its own (the protesters)."""
    tok = toks[j]
    after_quantity = j > 0 and toks[j - 1].norm in QUANTITY_WORDS
    if not ((tok.norm in QUANTITY_WORDS and not tok.clitics)
            or (after_quantity and (tok.norm == PARTITIVE or tok.norm.isdigit()))):
        return False
    # Checked last: most gap words are no quantity, and the slice is walked per word.
    return not any(t.norm in _COMMAS for t in toks[start:j])
