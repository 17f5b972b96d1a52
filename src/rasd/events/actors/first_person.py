"""First-person verbs: a party speaking of its own act (نطالب واشنطن بموقف واضح، عقدنا ثلاث
جولات مع الحكومة، سنعقد جولة جديدة) has no subject after the verb — the subject is "we",
the speaker, and the noun phrase after the verb is its object.

The lexicon lists verb forms in full, the 1st person beside the 3rd (يطالب … نطالب,
عقد … عقدنا: triggers.tsv, "Verb forms are listed in full"), so a matched word is read as
first person when its 3rd-person twin is among its row's own forms: an imperfect whose ن
stands where the row has ي, or a past whose ending نا is dropped to a listed form. A verb
that merely begins with ن (نفذ، نقل) has no such twin and is left alone.

Used by :func:`rasd.events.actors.participants.participants` (fix55): the subject slot of a
first-person verb reads no party after the verb; the actor falls back as for any unnamed
subject (the quote's speaker, or none).
"""

from __future__ import annotations

from typing import Final

from rasd.events.matcher import Match
from rasd.events.syntax.clauses import strip_conj
from rasd.text.tokens import Token

#: The shortest word read: a three-letter root with its ن prefix (نطلب) or its نا ending
#: (طلبنا); shorter words (نا، بنا) are particles.
MIN_LETTERS: Final = 4


def first_person(toks: list[Token], m: Match) -> bool:
    """Whether the trigger's first word is a first-person verb whose 3rd-person twin the
    row lists (نطالب ↔ يطالب, سنعقد ↔ يعقد, عقدنا ↔ عقد)."""
    if m.trigger.pos not in ("verb", "phrase") or not m.trigger.slots:
        return False
    word = strip_conj(toks[m.first].norm)
    if word.startswith("سن") and len(word) > MIN_LETTERS:
        word = word[1:]  # the future prefix (سنعقد)
    forms = {alt[0] for alt in m.trigger.slots[0].alts if len(alt) == 1}
    if len(word) < MIN_LETTERS:
        return False
    if word.startswith("ن") and "ي" + word[1:] in forms:
        return True
    return word.endswith("نا") and word[:-2] in forms
