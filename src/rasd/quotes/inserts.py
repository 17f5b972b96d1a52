"""How near a quotation stands to its verb once comma inserts are set aside (fix38).

A news sentence puts a frame between a verb and its words: ``واتهم رئيسها، في ندوة صحفية
اليوم، الإدارة بـ«تضخيم نسبة المشاركة»``، ``وأعرب المكتب، في تصريح لمتحدثه في جنيف، عن «قلق
بالغ»``، ``ودعت البعثة، في منشور على منصة «إكس»، جميع الأطراف إلى «ضبط النفس»``. The insert
is a time, a place or an occasion between two commas; it does not loosen the verb's hold on
the quotation after it, so :func:`words_between` counts the words outside it.
"""

from __future__ import annotations

from rasd.quotes.marks import Tok

#: Commas that open and close an insert.
COMMAS = frozenset({"،", ","})
#: Longest insert in tokens (marks included: في منشور على منصة «إكس»).
MAX_INSERT_TOKENS = 9
#: Punctuation that ends a clause: never inside an insert, never between a verb and its
#: quotation.
_HARD = frozenset(".؛;:!?؟")
#: Most words (outside inserts) of an object between a verb and the preposition that opens
#: its quotation (جميع الأطراف إلى «…»، الإدارة بـ«…»), with the tail of a subject read short
#: (بعثة الأمم المتحدة [للدعم في ليبيا] جميع الأطراف إلى).
MAX_OBJECT_WORDS = 4


def _insert_end(toks: list[Tok], k: int, stop: int) -> int | None:
    """The index of the comma closing the insert the comma at ``k`` opens, before
    ``stop``, or None."""
    for q in range(k + 1, min(stop, k + MAX_INSERT_TOKENS + 2)):
        if toks[q].text in COMMAS:
            return q if q > k + 1 else None
        if toks[q].text in _HARD:
            return None
    return None


def words_between(toks: list[Tok], a: int, b: int) -> int | None:
    """Word tokens strictly between ``a`` and ``b`` that no comma insert holds, or None when
    a comma outside an insert or a clause mark stands there."""
    n = 0
    k = a + 1
    while k < b:
        t = toks[k]
        if t.text in COMMAS:
            end = _insert_end(toks, k, b)
            if end is None:
                return None
            k = end + 1
            continue
        if t.text in _HARD:
            return None
        if t.kind == "word":
            n += 1
        k += 1
    return n


def near_object(toks: list[Tok], anchor: int, prep: int) -> bool:
    """Whether the preposition at ``prep`` follows the verb or subject ending at ``anchor``
    with at most an insert and a short object between (دعت البعثة، في منشور …، جميع الأطراف
    إلى): the verb's own preposition, which introduces its quotation tightly."""
    n = words_between(toks, anchor, prep)
    return n is not None and n <= MAX_OBJECT_WORDS
