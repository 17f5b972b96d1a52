"""Quoted names and labels by their shape: what a quotation in guillemets is when no verb of
speech introduces it tightly.

Arab desks put names of groups, forces, agreements and plans in guillemets inside reported
clauses (``نصبوا كمينا لقافلة ... وعناصر «الفيلق الأفريقي» الروسي``، ``صد هجوما شنه مسلحون
من «مجلس القيادة العسكرية لإنقاذ الجمهورية» المتمرد``، ``البناء على «تفاهم القاهرة» الموقع
في سبتمبر``). The gold README lists names and titles as not quotes; inside a reported clause
the quote stage otherwise takes any quotation of two words for the speaker's own words, and
a name taken so hides the clause it stands in. An adjective right after the closing mark
that describes a thing named gives the name away: a nisba (``الروسي``، ``الإثيوبية``) or a
participle of agreements and groups (``الموقع``، ``المتمرد``; ``name_adjective`` in
``quote_words.tsv``). Speech is not followed by an adjective agreeing with it.

A naming noun as the quotation's first word (``«تفاهم القاهرة»``) was tried too and left
out: the gold codes ``«شبكة تجسس»``، ``«قوات مناسبة»``، ``«مركز قيادة لوحدات أوكرانية»`` as
a party's words. Neither test applies to a quotation a verb of speech introduces itself
(after the verb, its subject, إن/أن, a colon or the verb's preposition).
"""

from __future__ import annotations

from rasd.quotes.lexicon import QuoteLexicon
from rasd.quotes.marks import Tok

#: Endings of a nisba adjective after a definite article (الروسي، الإثيوبية، الإيرانيين),
#: normalised (ة → ه).
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")
#: Shortest nisba word with its article: ``الروسي`` is 6; shorter words ending in ي
#: (``الذي``، ``التي``) are function words.
_MIN_NISBA_CHARS = 5


def _describes_name(tok: Tok, lex: QuoteLexicon) -> bool:
    """Whether ``tok``, right after a closing mark, is an adjective of a thing named."""
    norm = tok.norm
    if tok.kind != "word" or not norm.startswith("ال") or norm in lex.times:
        return False
    if norm in lex.name_adjectives:
        return True
    return (len(norm) >= _MIN_NISBA_CHARS and norm.endswith(_NISBA_ENDINGS)
            and norm not in lex.relatives)


def shaped_like_name(toks: list[Tok], c: int, end: int, lex: QuoteLexicon) -> bool:
    """Whether the quotation closing at token ``c`` reads as a name: an adjective of a
    named thing follows it."""
    return c + 1 < end and _describes_name(toks[c + 1], lex)
