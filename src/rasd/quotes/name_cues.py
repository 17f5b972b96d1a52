"""Two cues that a quotation is no one's words, or a verb no one's speech (fix38, round 38).

* A verbal noun spelt like a reporting verb with a pronoun (``إدانته`` "his conviction" is
  written as ``أدانته`` "she condemned him"): after a preposition that takes a noun (``بعد
  إدانته بـ«إساءة استخدام أجهزة الاتصالات»``) it is the noun, so the charge quoted after it
  is a charge's name (README, not quotes: charges), not the condemnation of a speaker.
* A quotation followed by a definite adjective that agrees with it (``وعناصر «الفيلق
  الأفريقي» الروسي``، ``مسلحون من «مجلس القيادة العسكرية لإنقاذ الجمهورية» المتمرد``) is a
  name the adjective describes: an organisation, not speech.
"""

from __future__ import annotations

from rasd.quotes.marks import Tok
from rasd.text.normalize import normalize_key

#: Prepositions and adverbs (normalised, with و/ف) that take a noun, never a finite verb.
NOUN_PREPOSITIONS = frozenset(normalize_key(w) for w in (
    "بعد", "عقب", "إثر", "قبل", "منذ", "رغم", "بسبب", "جراء", "لدى", "عند", "بعيد", "وبعد",
    "وعقب", "وإثر", "وقبل", "ومنذ"))
#: Definite adjectives of an organisation named just before (normalised): its nationality
#: (nisba) or its standing.
STANDING_ADJECTIVES = frozenset(normalize_key(w) for w in (
    "المتمرد", "المتمردة", "المعارض", "المعارضة", "الحاكم", "الحاكمة", "الانفصالي",
    "الانفصالية", "المسلح", "المسلحة", "المتشدد", "المتشددة", "الجهادي", "الجهادية"))
#: Shortest definite nisba adjective (الروسي): ال + three letters + ي.
_NISBA_MIN = 6


def after_noun_preposition(prev: Tok) -> bool:
    """Whether ``prev`` takes a noun: the reporting verb's spelling after it is a noun."""
    return prev.kind == "word" and prev.norm in NOUN_PREPOSITIONS


def named_by_adjective(toks: list[Tok], close: int, end: int) -> bool:
    """Whether the token after the closing mark ``close`` (before ``end``) is a definite
    adjective describing the quoted name (الروسي، الأمريكية، المتمرد)."""
    if close + 1 >= end:
        return False
    t = toks[close + 1]
    if t.kind != "word" or not t.norm.startswith("ال"):
        return False
    if t.norm in STANDING_ADJECTIVES:
        return True
    return len(t.norm) >= _NISBA_MIN and t.norm.endswith(("ي", "يه"))
