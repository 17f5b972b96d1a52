"""fix51: a prison term is no prison (قضت المحكمة بسجن زوجين، حكما بسجن والي، قضت أمس
بسجن ثلاثة).

سجن is a site head (سجن إيفين، بسجن صيدنايا) and also the verbal noun "imprisoning" that a
ruling takes with ب: the word after it is then the sentenced (people, a count, an
official), not a prison's name, and the place stage read ``بسجن زوجين`` as a site. After a
ruling word (قضى، حكم، حكما، أمر) a few words back, the head opens a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: The verbal-noun head (normalised base).
PRISON: Final = normalize_key("سجن")
#: Words of a ruling that take بسجن (normalised): قضت المحكمة بسجن، حكما بسجن، أمر بسجن.
RULING_WORDS: Final = frozenset(normalize_key(w) for w in (
    "قضى", "قضت", "يقضي", "تقضي", "قضي", "حكم", "حكمت", "يحكم", "تحكم", "حكما", "الحكم",
    "حكمها", "حكمه", "أمر", "أمرت", "يأمر", "تأمر", "قرار", "قرارا", "القرار", "أصدرت",
    "أصدر", "المحكمة", "محكمة",
))
#: How many tokens back the ruling word may stand (قضت أمس بسجن، قضت المحكمة الابتدائية بسجن).
REACH: Final = 6
#: Punctuation that ends the search (not the commas of an insert).
STOPS: Final = frozenset(".؛;:!?؟")


def prison_term(toks: Sequence[Token], i: int) -> bool:
    """Whether token ``i``, سجن with a fused ب, is a ruling's prison term."""
    head = toks[i]
    if head.base != PRISON or not head.clitics.startswith("ب"):
        return False
    for t in reversed(toks[max(0, i - REACH):i]):
        if t.norm in STOPS:
            return False
        if t.norm in RULING_WORDS or t.base in RULING_WORDS:
            return True
    return False


__all__ = ["prison_term"]
