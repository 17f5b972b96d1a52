"""fix49: an insert that tells the channel of a statement (، في رسالة إلى وزير الطاقة،).

News Arabic sets between commas, after the speaking party, the channel by which it spoke:
``وطالب نائب مقاطعة كيفة، في رسالة إلى وزير الطاقة، بفتح تحقيق``، ``نفت مجموعة مسلحة، في
بيان، أي صلة``، ``وقال الوزير، في تصريح للوكالة الرسمية، إن``. Such an insert is part of the
clause, as the time insert (، أمس الثلاثاء،) is: the request's, the denial's or the threat's
complement after it is still its content. A channel is often told with its addressee or its
outlet, so it runs longer than the four words a clause crosses otherwise
(:data:`rasd.events.syntax.clauses.INSERT_WORDS`); its opening words (في + a channel noun) mark it.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Nouns of a statement's channel after في (في رسالة، في بيان، في تصريح لـ، في كلمة أمام).
CHANNEL_NOUNS = frozenset(normalize_key(w) for w in (
    "رسالة", "رسالتها", "رسالته", "بيان", "بيانها", "بيانه", "بلاغ", "تصريح", "تصريحات",
    "تصريحه", "تصريحها", "كلمة", "كلمته", "كلمتها", "مقابلة", "حديث", "حوار", "تغريدة",
    "منشور", "تدوينة", "مراسلة", "خطاب", "خطابه", "مؤتمر", "ندوة", "مذكرة", "عريضة"))
#: Words a channel insert may hold (في رسالة إلى وزير الطاقة والمعادن الموريتاني: seven).
CHANNEL_WORDS = 8
_IN = normalize_key("في")


def opens_channel(toks: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` opens a channel insert (، في رسالة …)."""
    k = comma + 1
    return k + 1 < len(toks) and toks[k].norm == _IN and toks[k + 1].norm in CHANNEL_NOUNS


def insert_words(toks: list[Token], comma: int, words: int) -> int:
    """How many words the insert the comma at ``comma`` opens may hold: ``words`` (the
    caller's limit), or :data:`CHANNEL_WORDS` for a channel insert."""
    return max(words, CHANNEL_WORDS) if opens_channel(toks, comma) else words
