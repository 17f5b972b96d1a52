"""Parties told together: two sides as one subject (واتفق الجانبان), the first party of fighting,
talks, an agreement or an exchange told with بين X وY (the second is the recipient), talks a
host holds between two parties (the host is where, not who), and the doer a phrase names
after a unit or a headless noun (قوة من الجيش، طائرات الاحتلال).

Used by :mod:`rasd.events.actors.participants`.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.events.actors.arguments import MAX_NP_WORDS, STOP, ActorFinder, np_at
from rasd.events.matcher import Match
from rasd.model import Actor, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token


def bare_word(tok: Token) -> str:
    """A word's normalised form without its conjunction (و، ف)."""
    return tok.norm[1:] if tok.clitics[:1] in ("و", "ف") else tok.norm


#: Nouns of a unit taken from a force (قوة من الجيش، عناصر من الشرطة), normalised.
UNIT_NOUNS = frozenset(normalize_key(w) for w in (
    "قوة", "قوات", "عناصر", "وحدة", "وحدات", "دورية", "دوريات", "مجموعة", "أفراد", "عدد"))
#: Dual nouns of the two parties of an act, nominative (the oblique الطرفين after a verb is
#: its object: ودعت الطرفين), normalised: the subject right after a verb (واتفق الجانبان،
#: وبحث الرئيسان، تبادل البلدان), which names no party the knowledge base could classify.
DUAL_PARTIES = frozenset(normalize_key(w) for w in (
    "الجانبان", "الطرفان", "البلدان", "الرئيسان", "الوزيران", "الزعيمان", "القائدان", "الوفدان",
    "الدولتان", "الحكومتان"))
#: Nouns of fighting between two parties (اشتباكات بين X وY): X is the actor, بين within
#: CLASH_REACH tokens (the weapons and a time insert may come first: اشتباكات بالأسلحة
#: المتوسطة، مساء السبت، بين).
CLASH_REACH = 8
#: Types whose act told as a noun names its parties with بين (محادثات بين الحكومة
#: والجبهة، اتفاق بين البلدين، تبادل للأسرى بين الطرفين): the first is the actor, whoever
#: hosts or announces it.
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT"})
CLASH_NOUNS = frozenset(normalize_key(w) for w in (
    "اشتباكات", "اشتباك", "مواجهات", "مواجهة", "معارك", "معركة", "اقتتال", "قتال"))


def dual_subject(toks: list[Token], m: Match, hi: int, finder: ActorFinder) -> Actor | None:
    """The two parties as the subject right after a verb (واتفق الجانبان)."""
    j = m.first + 1
    if m.trigger.pos == "noun" or j >= hi or toks[j].norm not in DUAL_PARTIES:
        return None
    return Actor(Span.of(finder.doc.text, toks[j].start, toks[j].end))  # the word alone


def clash_party(toks: list[Token], m: Match, hi: int, finder: ActorFinder) -> Actor | None:
    """The first party of fighting told with بين (اندلعت اشتباكات بالأسلحة المتوسطة، مساء
    السبت، بين جهاز دعم الاستقرار و…), or of talks, an agreement or an exchange told as a
    noun (:data:`MUTUAL_TYPES`): the phrase after بين, before its و."""
    found = _parties_between(toks, m, hi, finder)
    return found[0] if found is not None else None


def _parties_between(toks: list[Token], m: Match, hi: int,
                     finder: ActorFinder) -> tuple[Actor, int | None] | None:
    """:func:`clash_party`'s party with the index of the و-joined second one (None when
    none follows; talks then name no first party, a clash still does)."""
    mutual = m.trigger.type in MUTUAL_TYPES
    if mutual:
        if m.trigger.pos not in ("noun", "phrase"):
            return None
    elif m.trigger.type != "ASSAULT" or not any(bare_word(toks[j]) in CLASH_NOUNS
                                                for j in range(m.first, m.last + 1)):
        return None
    for j in range(m.last + 1, min(hi, m.last + 1 + CLASH_REACH)):
        if mutual and toks[j].clitics[:1] in ("و", "ف"):
            return None  # a new clause's بين (جولته الأخيرة ودورها في تعزيز العلاقات بين …)
        if toks[j].norm == "بين":  # the phrase up to its و is the first party, named or not
            party = doer_at(toks, j + 1, hi, finder, places=mutual) \
                or loose_at(toks, j + 1, hi, finder)
            if party is None:
                return None
            second = _second_party_at(toks, j, party, hi)
            if mutual and second is None:
                return None  # بين البلدين: both at once, no first party
            return party, second
    return None


def _second_party_at(toks: list[Token], j: int, party: Actor, hi: int) -> int | None:
    """Index of the و-joined phrase right after the party found after token ``j`` (بين X
    «و»Y), else None."""
    k = next((i for i in range(j, hi) if toks[i].start >= party.span.end), hi)
    return k if k < hi and toks[k].clitics[:1] == "و" else None


#: Rows whose subject hosts the act (استضافت الدوحة جولة مفاوضات): the host is its place
#: (:mod:`rasd.events.sentence_events`), and talks it holds between two named parties are
#: theirs (استضافت القاهرة جولة محادثات بين إسرائيل وحماس: Israel's talks with Hamas).
HOSTING_LEMMAS = frozenset({"استضاف محادثات"})


def hosted_parties(toks: list[Token], m: Match, hi: int,
                   finder: ActorFinder) -> tuple[Actor, Actor | None] | None:
    """The two parties of talks a host held (:data:`HOSTING_LEMMAS`, then بين X وY): X acts,
    Y is the recipient; None when the talks name no two parties."""
    if m.trigger.lemma not in HOSTING_LEMMAS:
        return None
    found = _parties_between(toks, m, hi, finder)
    if found is None:
        return None
    first, k = found
    second = (doer_at(toks, k, hi, finder, places=True) or loose_at(toks, k, hi, finder)) \
        if k is not None else None
    return first, second


def doer_at(toks: list[Token], k: int, hi: int, finder: ActorFinder, *,
            places: bool = False) -> Actor | None:
    """The party a phrase starting at token ``k`` names: a word that names none (طائرات،
    مقاتلو، فخامة) may come before the one that does (طائرات الاحتلال الإسرائيلي), and a
    unit of a force is that force's (قوة من إدارة مكافحة المخدرات). ``places``: a country or
    city may be the party (talks between Israel and Hamas); else a place named is where."""
    if k + 2 < hi and toks[k].norm in UNIT_NOUNS and toks[k + 1].norm == "من":
        force = doer_at(toks, k + 2, hi, finder, places=places)
        if force is not None:
            return replace(force, span=Span.of(finder.doc.text, toks[k].start,
                                               force.span.end))
    for start in range(k, min(hi, k + MAX_NP_WORDS)):
        if places and start > k and toks[start].clitics[:1] == "و":
            return None  # past the first party: the second begins
        rng = np_at(toks, start, hi)
        found = finder.actor(toks, *rng, places=places, lo=k) if rng is not None else None
        if found is None:
            continue
        if found.span.start > toks[k].start and all(
                t.kind == "word" and t.norm not in STOP and t.clitics[:1] not in ("و", "ف")
                for t in toks[k:start]):
            # the nouns before it head the phrase (مركز الملك سلمان، طائرات الاحتلال)
            found = replace(found, span=Span.of(finder.doc.text, toks[k].start,
                                                found.span.end))
        return found
    return None


def loose_at(toks: list[Token], k: int, hi: int, finder: ActorFinder) -> Actor | None:
    rng = np_at(toks, k, hi)
    return finder.actor(toks, *rng, loose=True) if rng is not None else None
