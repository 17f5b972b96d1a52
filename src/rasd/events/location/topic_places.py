"""fix51: places a sentence names as what its act is about, not where it was done.

A statement, a call or a meeting names places in what is said or discussed: the words a
party is quoted with (انتقد مجلس الأمن لـ«عجزه عن وقف المجازر في غزة»، داعيا إلى «منظومة أمن
جماعي في الخليج»), the situations talks review (بحث … الأوضاع في سوريا وغزة، التطورات في البحر
الأحمر), a file (في ملف تبادل الأسرى مع أوكرانيا) and a sovereignty affirmed (تأكيد سيادة
الإمارات على الجزر). Such a place is the act's topic; the place an act was done in is the
sentence's other place, else its paragraph's or the story's (a dateline: نيويورك - آر تي).
:func:`topic_spans` gives the spans :func:`rasd.events.location.places.best_place` must skip for a
trigger: every quote that does not hold the trigger, and the rest of the clause after a
topic noun that stands outside the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from rasd.events.location.place_ref import PlaceRef
from rasd.events.location.purpose_topics import PURPOSE_NOUNS
from rasd.model import Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Opening and closing quotation marks: what stands between them is a party's words.
QUOTE_PAIRS: Final = {"«": "»", "“": "”"}
_OPENERS: Final = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
#: Nouns of a situation that talks, calls and statements review (بحث الأوضاع في غزة، التطورات
#: الأمنية في البحر الأحمر): the place after their في is the topic's (normalised). Only with
#: في after them (one adjective may stand between): a subject (تدهورت الأوضاع صباح اليوم في
#: جنزور) tells where things happened.
SITUATION_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "الأوضاع", "أوضاع", "الوضع", "التطورات", "تطورات", "المستجدات", "مستجدات",
))
#: Nouns of a file or a claim named by what follows them (في ملف تبادل الأسرى مع أوكرانيا،
#: تأكيد سيادة الإمارات على الجزر): the places after them are its topic's.
FILE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "الملف", "ملف", "ملفات", "الملفات", "ملفي", "سيادة", "السيادة", "بسيادة",
))
#: The preposition a situation noun takes before its place (normalised).
IN: Final = normalize_key("في")
#: Punctuation that ends the clause a topic noun opens.
CLAUSE_END: Final = frozenset(".،,؛;:!?؟")


def _quotes(text: str, start: int, end: int) -> list[Span]:
    """The quoted stretches of ``text[start:end]`` (marks included); an unclosed quote runs
    to ``end``."""
    out: list[Span] = []
    i = start
    while (m := _OPENERS.search(text, i, end)) is not None:
        i = m.start()
        j = text.find(QUOTE_PAIRS[text[i]], i + 1, end)
        stop = end if j < 0 else j + 1
        out.append(Span.of(text, i, stop))
        i = stop
    return out


def _topic_noun(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a topic: a file noun, or a situation noun with في right
    after it or after one adjective (الوضع الأمني في)."""
    norm = toks[k].norm
    if norm in FILE_NOUNS or norm in PURPOSE_NOUNS:  # fix54: خصص لبحث تداعيات … في البحر الأحمر
        return True
    if norm not in SITUATION_NOUNS:
        return False
    return any(t.norm == IN for t in toks[k + 1:k + 3])


def _topic_clauses(text: str, toks: list[Token], start: int, end: int) -> list[Span]:
    """From each topic noun of ``[start, end)`` to the end of its clause."""
    out: list[Span] = []
    for k, tok in enumerate(toks):
        if not (start <= tok.start < end) or not _topic_noun(toks, k):
            continue
        stop = next((t.start for t in toks[k + 1:] if t.norm in CLAUSE_END or t.start >= end),
                    end)
        out.append(Span.of(text, tok.start, min(stop, end)))
    return out


def topic_spans(text: str, toks: list[Token], sent: Span, trig_start: int,
                trig_end: int) -> list[Span]:
    """Spans of the sentence ``sent`` whose places are an act's topic for the trigger at
    ``[trig_start, trig_end)``: quotes and topic clauses that do not hold the trigger (a
    quoted act's own place stays: قال إن «الغارة استهدفت حلب»)."""
    quotes = [s for s in _quotes(text, sent.start, sent.end)
              if not (s.start <= trig_start < s.end or s.start < trig_end <= s.end)]
    # a topic clause the trigger runs into is still its topic (جددوا تأكيد سيادة الإمارات
    # على الجزر: the trigger ends inside it); one the trigger starts in is its own words
    topics = [s for s in _topic_clauses(text, toks, sent.start, sent.end)
              if not s.start <= trig_start < s.end]
    return quotes + topics


#: Types whose act is a statement told from where its party speaks: a place the sentence
#: names without في is what it is about (فرض الاتحاد الأوروبي عقوبات … بتهمة تزويد روسيا …
#: المستخدمة في الحرب على أوكرانيا under بروكسل (أ ف ب) -); a sanction's decision too, not
#: a court's ruling or a signing, which the sentence places (قضت محكمة … بسلا).
SPEECH_TYPES: Final = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION"})
#: Sanction modes told where the court sits or the envoy serves: the sentence's place.
PLACED_SANCTIONS: Final = frozenset({"convict", "expel"})
#: Tokens before a place that tell where the act was done (في كلمة ألقاها في إسطنبول).
LOCATIVE_REACH: Final = 3
#: Prepositions of a party or a direction (normalised): a place right after one is the act's
#: target, partner or origin (في الحرب على أوكرانيا، مع روسيا، إلى طهران), not where it was done.
PARTY_PREPS: Final = frozenset(normalize_key(w) for w in (
    "على", "ضد", "مع", "إلى", "من", "عن", "بين", "لدى", "تجاه", "نحو"))


def _located(toks: list[Token], ref: PlaceRef) -> bool:
    """Whether ``ref`` follows في (or a fused ب) within :data:`LOCATIVE_REACH` tokens, no
    punctuation between: a place the sentence says the act happened in."""
    k = next((i for i, t in enumerate(toks) if t.start >= ref.span.start), len(toks))
    if k < len(toks) and toks[k].clitics.startswith("ب"):
        return True
    for t in reversed(toks[max(0, k - LOCATIVE_REACH):k]):
        if t.norm in CLAUSE_END or t.norm in PARTY_PREPS:
            return False  # الحرب على أوكرانيا: the place after على is a party, not a site
        if t.norm == IN:
            return True
    return False


def speech_dateline(refs: Sequence[PlaceRef], toks: list[Token], sent: Span,
                    type_: str, mode: str | None, found: PlaceRef | None) -> PlaceRef | None:
    """The dateline opening the sentence ``sent`` when its act is a statement (
    :data:`SPEECH_TYPES`) and the place found in it is named without في: where the party
    spoke, filed by the wire there."""
    if type_ not in SPEECH_TYPES or mode in PLACED_SANCTIONS:
        return None
    if found is not None and (found.dateline or _located(toks, found)):
        return None
    return next((r for r in refs if r.dateline and sent.start <= r.span.start < sent.end),
                None)

__all__ = ["speech_dateline", "topic_spans"]
