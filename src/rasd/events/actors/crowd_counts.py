"""Task fix47: a protest's crowd named by a count (actors of a kind of sentence).

Arabic news names a crowd by how many they were and who they are, the count first and the
group after ``من`` or as its genitive: ``وتجمع عشرات من أنصار المعارض أمام المحكمة``،
``وتظاهر نحو ألف شخص``، ``ونظم عشرات من سكان الحي، أغلبهم من أصول مغربية، مسيرة صامتة``،
``وتجمع مساء اليوم مئات من سكان المدينة``. The count phrase is the protest's subject, and its
actor: the gold codes the whole phrase (``عشرات من أنصار بيسيجي``، ``نحو ألف شخص``). The actor
finder knows roles and names, which begin no such phrase, so it found none or took a word
inside or after the crowd (the party of ``أنصار حزب``، an aside's ``أصول مغربية``). Round 47
missed five such actors in five passages.

The phrase is read right after the sentence's opening verb (a time adverbial such as ``مساء
اليوم`` may stand between), and the protest's trigger is that verb or follows the phrase in
the same clause (``ونظم … مسيرة``). Its country is left to the event's (the crowd protests
where it stands: ``_with_countries``), so only a phrase's own nationality (``آلاف المزارعين
الفرنسيين``) is kept, which the finder's classification gives.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from rasd.model import Actor, Event, Span
from rasd.text.normalize import normalize_keys
from rasd.text.tokens import Token, document_tokens

#: Words that state a count's size is approximate, before it (نحو ألف، أكثر من مئة).
APPROX: Final = normalize_keys(
    "نحو", "قرابة", "حوالي", "زهاء", "أكثر", "اكثر", "أزيد", "ما", "يزيد", "يقل", "لا", "عن",
    "على", "من", "حوالى")
#: Count words of a crowd (bare, and the accusative/genitive duals of ألف); digits count too.
COUNT_WORDS: Final = normalize_keys("عشرات", "مئات", "آلاف", "ألف", "ألفا", "ألفين", "ألفان", "مئة",
                           "مائة", "مئتين", "مائتين", "مئتا", "عشرين", "ثلاثين", "أربعين",
                           "خمسين", "الآلاف", "المئات", "العشرات",
                           "عدد")  # fix49: وقطع عدد من أهالي البلدية الطريق
#: Time words that may stand between the verb and its subject (وتجمع مساء اليوم مئات …).
TIME_WORDS: Final = normalize_keys(
    "مساء", "صباح", "ظهر", "عصر", "فجر", "ليل", "ليلة", "اليوم", "أمس", "الأحد", "الاثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أول", "امس", "يوم")
#: Words that end the crowd's noun phrase: prepositions and adverbs of place or time that
#: open the verb's complements (أمام المحكمة، في وسط المدينة، مساء أمس).
PHRASE_STOPS: Final = normalize_keys("أمام", "امام", "في", "قرب", "داخل", "خارج", "وسط", "عند",
                            "إلى", "الى", "على", "ضد", "بعد", "قبل", "خلال", "حول", "مساء",
                            "صباح", "ظهر", "عصر", "فجر", "ليل", "ليلة", "اليوم", "أمس", "مع",
                            "احتجاجا", "تنديدا", "رفضا", "للمطالبة", "مطالبين", "مرددين",
                            "رافعين", "حاملين")
#: Prepositions that end the group after its first word (``14 نائبا من الجلسة``: the
#: partitive من stands right after the count only).
GROUP_ENDS: Final = normalize_keys("من", "عن", "منذ", "لدى")
#: At most this many words of the group after the count (أنصار حزب «تحالف …»: the gold
#: stops anywhere; scoring accepts a longer phrase that holds it).
GROUP_WORDS: Final = 3
#: How far (tokens) after the phrase a noun trigger may stand in the same clause (ونظم عشرات
#: من سكان الحي، أغلبهم من أصول مغربية، مسيرة صامتة): an aside of a few words, no more.
TRIGGER_REACH: Final = 10


def _plain(tok: Token) -> str:
    """The token's normalised form without a conjunction (وتجمع → تجمع)."""
    return tok.base if tok.clitics in ("و", "ف") else tok.norm


def _is_count(tok: Token) -> bool:
    return tok.kind == "number" or tok.text.isdigit() or tok.norm in COUNT_WORDS


def _count_phrase(toks: Sequence[Token], i: int, limit: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of a crowd count phrase starting at token ``i``: approximation
    words, a count (عشرات الآلاف as one), ``من`` or a genitive, and the group's words."""
    a = i
    j = i
    while j < limit and toks[j].norm in APPROX and not _is_count(toks[j]):
        j += 1
    if j >= limit or not _is_count(toks[j]) or j - a > 3:
        return None
    while j < limit and _is_count(toks[j]):
        j += 1
    if j < limit and toks[j].norm == "من":
        j += 1
    k = j
    while k < limit and k - j < GROUP_WORDS and toks[k].kind == "word" \
            and toks[k].norm not in PHRASE_STOPS and not toks[k].clitics.startswith("و") \
            and not (k > j and toks[k].norm in GROUP_ENDS):
        k += 1
    if k == j:
        return None
    return a, k


def _sentence_start(toks: Sequence[Token], i: int, text: str) -> int:
    """Index of the first token of the sentence holding token ``i``."""
    while i > 0:
        gap = text[toks[i - 1].end:toks[i].start]
        if "\n" in gap or toks[i - 1].text in (".", "؟", "!", ":"):
            break
        i -= 1
    return i


def crowd_counts(events: list[Event], text: str) -> list[Event]:
    """Protests whose subject is a crowd count phrase take the phrase as their actor."""
    if not any(e.type == "PROTEST" for e in events):
        return events
    toks = document_tokens(text)
    starts = [t.start for t in toks]
    out: list[Event] = []
    for e in events:
        span = _crowd_of(e, toks, starts, text) if e.type == "PROTEST" else None
        if span is not None and (
                e.actor is None or _inside_crowd_clause(e.actor.span, span, e.trigger)):
            e = replace(e, actor=_crowd_actor(span, e.actor, text))
        out.append(e)
    return out


def _crowd_actor(span: Span, found: Actor | None, text: str) -> Actor:
    """The crowd phrase as the actor. The finder's reading inside it is the group's head
    (``14 نائبا``: a legislator's sector; ``أنصار حزب الشعب الجمهوري``: the party's name,
    which may run past the phrase's words and then widens it); its sector stays, its KB
    link and country do not (the crowd is not the party, and protests where it stands:
    ``أنصار حزب «تحالف الاشتراكيين الديمقراطيين المستقلين»`` is no American party's)."""
    if found is None or not (span.start < found.span.start < span.end):
        return Actor(span=span)
    if found.span.end > span.end:
        span = Span.of(text, span.start, found.span.end)
    return Actor(span=span, sector=found.sector)


def _inside_crowd_clause(actor: Span, crowd: Span, trigger: Span) -> bool:
    """Whether the finder's actor lies in the crowd phrase or between it and the trigger
    (the party of ``أنصار الحزب``، an aside's ``أصول مغربية``). One starting with the phrase
    is the finder's own reading of it (``آلاف المزارعين الفرنسيين``) and stays."""
    return crowd.start < actor.start < max(crowd.end, trigger.start)


def _crowd_of(e: Event, toks: Sequence[Token], starts: list[int], text: str) -> Span | None:
    t = bisect_left(starts, e.trigger.start)
    if t >= len(toks) or toks[t].start != e.trigger.start:
        return None
    s = _sentence_start(toks, t, text)
    # the opening verb: the trigger itself, or the sentence's first word before a noun trigger
    verb = t if t - s <= 1 else s
    if verb > t or toks[verb].kind != "word":
        return None
    j = verb + 1
    while j < len(toks) and (toks[j].norm in TIME_WORDS or toks[j].text == "،"):
        j += 1
    found = _count_phrase(toks, j, len(toks))
    if found is None:
        return None
    a, b = found
    if verb != t and not (b <= t <= b + TRIGGER_REACH):
        return None
    return Span.of(text, toks[a].start, toks[b - 1].end)


__all__ = ["crowd_counts"]
