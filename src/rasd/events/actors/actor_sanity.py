"""Phrases that are never the doer of an event, whatever slot or fallback finds them
(:class:`rasd.events.actors.arguments.ActorFinder` refuses a phrase starting at one).

* A wire's dateline (مقديشو - قتل …، المنامة في 17 ديسمبر / بنا / …): the city the story was
  filed from, not a party; the fallbacks that walk back to the sentence's start
  (:func:`rasd.events.actors.participants.participants`) otherwise find it first.
* The people counted in a killed or injured toll (استشهد ستة «فلسطينيين» … في قصف،
  مقتل أربعة «محتجين» برصاص الشرطة): the victims of the act, never its doer.
* The party after a word of mediation or patronage (بوساطة تركية، برعاية الأمم المتحدة):
  a third party to the act of the parties it brings together, the actor only of the
  mediation row itself (triggers.tsv ``بوساطة``, whose slot asks with ``third=True``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasd.model import Actor, Casualty
from rasd.text.normalize import normalize_key
from rasd.text.number_grammar import number_lexicon
from rasd.text.tokens import Token

#: A paragraph's opening place before a dash (an agency in brackets may come between:
#: القاهرة (رويترز) -) or before a date and an agency between slashes (المنامة في 17 ديسمبر
#: / بنا /): at most three words, none a digit or punctuation.
_WORD = r"[^\s\-–—()/:.،,«»\"\d][^\s\-–—()/:.،,«»\"]*"
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_WORD}(?: {_WORD}){{0,2}})[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?"
    r"(?:[-–—][ \t]*(?P<after>\S+)|في \d{1,2} \S+ ?/)")
#: Casualty kinds whose counted people suffered the act: they never did it. Arrests are
#: left out: the arrested may be the doers of the protest told beside them.
VICTIM_KINDS = frozenset({"killed", "injured"})
#: Words of a toll that name its people when it has no count word (مقتل «محتج شاب»); the
#: words before them are the verb and maybe the doer (قتلت قوات الأمن ثلاثة مسلحين).
VICTIM_WORDS = 2
#: Words that make the phrase after them a mediator or patron (normalised, with و).
MEDIATION_WORDS = frozenset(normalize_key(w) for w in (
    "بوساطة", "وبوساطة", "برعاية", "وبرعاية"))


def dateline_starts(text: str) -> frozenset[int]:
    """Start offsets of the words of every paragraph's dateline place. A definite word after
    the dash (ثنائية الدين - السياسة) or a second dash on the line (فلان - والد الضحية -
    قال) makes the dash an aside, not a dateline's."""
    out: set[int] = set()
    for m in DATELINE.finditer(text):
        after = m.group("after")
        if after is not None:
            line_end = text.find("\n", m.end())
            rest = text[m.end():line_end if line_end >= 0 else len(text)]
            if normalize_key(after).startswith("ال") or re.search(r"\s[-–—]\s", rest):
                continue
        pos = m.start("place")
        for word in m.group("place").split(" "):
            out.add(pos)
            pos += len(word) + 1
    return frozenset(out)


def victim_starts(text: str, casualties: Sequence[Casualty]) -> frozenset[int]:
    """Start offsets of the words that count a killed or injured toll's people: from its
    count on (قتل «تسعة جنود على الأقل»، قتلت قوات الأمن «ثلاثة مسلحين»), else its last
    :data:`VICTIM_WORDS` words; never its first word (the verb)."""
    out: set[int] = set()
    numbers = number_lexicon().words
    for c in casualties:
        if c.kind not in VICTIM_KINDS:
            continue
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", c.span.text)]
        if len(words) < 2:
            continue
        count = next((i for i, (_, w) in enumerate(words) if i >= 1 and (
            w[:1].isdigit() or normalize_key(w) in numbers)), None)
        first = count if count is not None else max(1, len(words) - VICTIM_WORDS)
        out.update(c.span.start + off for off, _ in words[first:])
    return frozenset(out)


def after_mediation(toks: list[Token], a: int) -> bool:
    """Whether the phrase at token ``a`` follows a word of mediation (بوساطة تركية) or that
    word and its من (بوساطة من الأمم المتحدة)."""
    if a >= 1 and toks[a - 1].norm in MEDIATION_WORDS:
        return True
    return a >= 2 and toks[a - 1].norm == "من" and toks[a - 2].norm in MEDIATION_WORDS


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """Currency words (the number lexicon's money units, normalised): the NER tagger may
    call دولار or يورو a MISC name, but a currency is never a party to an event."""
    return frozenset(normalize_key(w) for w, kind in number_lexicon().unit_words.items()
                     if kind == "money")


def is_money(phrase: str) -> bool:
    key = normalize_key(phrase)
    return key in _money_words() or (key.startswith("ال") and key[2:] in _money_words())


#: Heads of a phrase that names where a report came from, not a party (normalised, without
#: the article): a statement or report (في بيان، وأكد البيان الختامي، بحسب تقرير), an
#: unnamed source or witness (مصدر أمني، مصادر دبلوماسية، شهود عيان), a correspondent. The
#: sentence's announcer stands in for an unnamed doer (أعلنت المنظمة إرسال قوات) only when
#: it is a party; these carry the report, they do not act in it.
REPORT_HEADS = frozenset(normalize_key(w) for w in (
    "بيان", "بيانا", "تقرير", "تقريرا", "مصدر", "مصادر", "شهود", "شاهد", "مراسل", "مراسلة"))
#: Proclitics that may stand before a report's head (وفق بيان، في البيان، للمصدر).
_REPORT_CLITICS = ("و", "ف", "ب", "ل", "ال", "لل")


def reporter(actor: Actor | None) -> bool:
    """Whether ``actor`` is a report's carrier (:data:`REPORT_HEADS`) or a news medium (a
    newspaper, channel or agency: sector MED), not a party to the act it reports."""
    if actor is None:
        return False
    if actor.sector == "MED":
        return True
    words = actor.span.text.split()
    head = normalize_key(words[0].strip("«»\"")) if words else ""
    for _ in range(3):
        if head in REPORT_HEADS:
            return True
        clitic = next((c for c in sorted(_REPORT_CLITICS, key=len, reverse=True)
                       if head.startswith(c) and len(head) > len(c) + 2), None)
        if clitic is None:
            return False
        head = head[len(clitic):]
    return head in REPORT_HEADS
