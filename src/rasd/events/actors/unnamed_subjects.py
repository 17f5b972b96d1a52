"""fix53: the doer a verb's own subject phrase names when nothing else names one.

:func:`rasd.events.actors.participants.participants` reads a verb's plain subject phrase (one
the knowledge base need not know) only in a report carrier's stead (وطالب وجهاء البلدة، في
بيان). A sentence with no carrier at all and a subject the NER model missed (وأدانت «هيئة
مقاومة الجدار والاستيطان» الاعتداء، رفض «الوفد» تعليق الاعتصام، وأدانت «دار الخدمات النقابية»)
then had no actor, though the verb's words name one as plainly. This reads the same phrase
there, in the kinds of clause where the phrase after the verb is its subject: a clause
opening with the verb (or after a complementiser, as :func:`plain_subject` reads it), not a
verb joined mid-sentence (…، ودعت «المؤسسات الدولية» إلى: the appeal's addressee; …،
وأوقفت «خمسة شبان»: the object of a verb sharing the first subject), not a reception (استقبل
الملك الضيف: the guest is the visit's actor), not a count (أوقفت ثلاثة) and not a first-person
verb (نطالب واشنطن: :mod:`rasd.events.actors.first_person`).
"""

from __future__ import annotations

from rasd.events.actors.arguments import ActorFinder
from rasd.events.actors.first_person import first_person
from rasd.events.actors.plain_subjects import plain_subject
from rasd.events.matcher import Match
from rasd.events.syntax.quantity_gaps import SMALL_CARDINALS
from rasd.model import Actor
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Marks that may stand before a clause-opening verb: a dateline's dash, a colon, a comma of a
#: lead's dateline (رام الله - أدانت …), the opening of a quote.
_OPENERS = frozenset({"-", "–", "—", ":", "«", "(", "."})
#: Modes of rows whose subject is the host, not the doer the gold codes (the guest visits).
_HOST_MODES = frozenset({"visit"})
#: Number words that head an arrest's or a crowd's count, never its doer (أوقفت «ثلاثة»).
_COUNT_WORDS = SMALL_CARDINALS | frozenset(normalize_key(w) for w in (
    "عشرات", "مئات", "آلاف", "نحو", "قرابة", "حوالي"))


def opens_clause(toks: list[Token], m: Match) -> bool:
    """Whether the verb opens its sentence or a dateline's clause (not joined mid-sentence)."""
    return m.first == 0 or (toks[m.first - 1].kind != "word" and toks[m.first - 1].text in _OPENERS)


def unnamed_subject(toks: list[Token], m: Match, hi: int, finder: ActorFinder) -> Actor | None:
    """The verb's own subject phrase when the sentence has no carrier and no known party."""
    if m.trigger.mode in _HOST_MODES or first_person(toks, m):
        return None  # a first-person verb's phrase after it is its object (نطالب واشنطن)
    found = plain_subject(toks, m, hi, finder)
    if found is None:
        return None
    if found.span.start > m.last and not opens_clause(toks, m):
        return None  # a VSO verb joined mid-sentence: the phrase after it is its object
    head = normalize_key(found.span.text.split()[0]) if found.span.text.split() else ""
    if head in _COUNT_WORDS or head[:1].isdigit():
        return None
    return found
