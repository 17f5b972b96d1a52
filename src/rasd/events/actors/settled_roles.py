"""Who acts in two kinds of events the gold README settles by convention (task conv19,
session 2026-12-05 (19); README "Delegations, riots' crowds and wanted men's charges").

* **A delegation or representatives met by an official** (``والتقى المحافظ وفدا من
  المحتجين``، ``عقد الوزير اجتماعا مع ممثلي النقابات``، ``عقب اجتماعه بممثلين عن
  المعتصمين``) are the meeting's actor and the official its recipient: a delegation is sent
  to the party it meets, so the meeting is its visit, as a reception's visitor is its actor
  (README "Receptions are visits of the visitor", ``docs/ontology.md``: "the visitor is
  always the actor"). The official is the actor only where the text tells him travelling to
  them (``وزار الوزير مدينة إدلب … والتقى ممثلين عن المعلمين``): then he is the visitor.
  :func:`delegation_first`.
* **A protest's actor is its crowd, never the police** (``مواجهات بين قوات الأمن ومحتجين``،
  ``فرقت الشرطة المحتجين``): the riot is what the crowd does; the police's force is an
  ASSAULT/crowd-control of its own when its means are told. No dev gold PROTEST has a police,
  army or security actor. :func:`crowd_not_police`.

Both apply to the event a trigger makes, once built (a clash becomes a riot there; a
meeting's country is the official's): :func:`settled_roles`, the hook of
:mod:`rasd.events.sentence_events`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.actors.arguments import ActorFinder, np_at
from rasd.events.matcher import Match
from rasd.events.syntax.clauses import clause_end, clause_start
from rasd.model import Actor, Event, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Bare (clitic-free, normalised) heads of a party sent to meet another: a delegation or the
#: representatives of a group (وفدا من المحتجين، ممثلي النقابة). لجنة counts only with تمثل
#: after it (لجنة تمثل المحتجين). Not المندوبين: a meeting held at the level of permanent
#: delegates (اجتماعا على مستوى المندوبين الدائمين) is the organisation's own.
DELEGATION_HEADS = frozenset(normalize_key(w) for w in (
    "وفد", "وفدا", "وفدين", "ممثلي", "ممثلين", "ممثلو", "ممثلون"))
_COMMITTEE = normalize_key("لجنة")
_REPRESENTING = frozenset(normalize_key(w) for w in ("تمثل", "ممثلة"))
#: Meeting rows whose parties are both actors in the lexicon (التقى، اجتماع، لقاء، عقد
#: اجتماعا، محادثات): the rows where the delegation must be told apart.
MEETING_LEMMAS = frozenset({"التقى", "لقاء", "اجتمع", "اجتماع", "عقد اجتماعا", "محادثات",
                            "مباحثات"})
#: Reception rows: their object is the visitor already, unless the host's long title ran the
#: noun-phrase reader past it (استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم
#: وفدا من …): the delegation after the host is still the visitor.
RECEPTION_LEMMAS = frozenset({"استقبل"})
#: Most tokens between a meeting trigger and the delegation it meets: the official's name
#: and title after the verb (والتقى نائب محافظ الجيزة ممثلي), or a relative clause with its
#: subject (اجتماع عقده وزير العمل محمد جبران مع ممثلين), and a time insert.
DELEGATION_REACH = 10
#: The same for a reception, whose host is often named with honorifics, his full name and
#: title, then the audience's time between commas (استقبل معالي السيد بدر بن حمد البوسعيدي
#: وزير الخارجية، اليوم الاثنين، وفد …).
RECEPTION_REACH = 15
#: Words before the meeting in its sentence that tell the official travelling to the other
#: side (وزار الوزير مدينة إدلب … والتقى): then he is the visitor.
_TRAVEL = re.compile(r"(?:^|\s)[وف]?(?:زار|زارت|يزور|تزور|زيارة|زيارته|زيارتها|وصل|وصلت|"
                     r"جولة|جولته|تفقد|تفقدت|توجه|توجهت)(?:\s|$)")
def _delegation_at(toks: list[Token], k: int) -> bool:
    t = toks[k]
    if t.kind != "word":
        return False
    if t.norm in DELEGATION_HEADS:
        return True  # وفدا, which the clitic reader splits as و + فدا
    if t.clitics[:1] in ("و", "ف"):
        return False  # ووفد من العمال: a second party joined to the first (ev-1431's kind)
    if t.base in DELEGATION_HEADS:
        return True
    return t.base == _COMMITTEE and k + 1 < len(toks) and toks[k + 1].norm in _REPRESENTING


#: Most words of the group a delegation is of (ممثلي اتحادات النقل، وفدا من جمعيات المودعين):
#: the phrase stops before a time, a place or a second clause the noun-phrase reader would
#: run into (ممثلي النقابة الأسبوع الماضي، ممثلين عنهم بمقر ديوان عام المحافظة).
GROUP_WORDS = 4
_GROUP_STOPS = frozenset(normalize_key(w) for w in (
    "الأسبوع", "الشهر", "اليوم", "أمس", "مساء", "صباح", "ظهر", "بعد", "قبل", "خلال", "في",
    "بحضور", "برئاسة", "استمر", "حيث", "الذي", "التي", "الماضي", "المقبل", "أمام", "قرب",
    "داخل", "عند", "لدى"))


def _group_end(toks: list[Token], i: int, end: int) -> int:
    """End (exclusive) of the group named from token ``i``: at most :data:`GROUP_WORDS`
    words, before a stop word, a preposition fused to a word (بمقر) or a joined word (و)."""
    j = i
    while j < end and j - i < GROUP_WORDS:
        t = toks[j]
        if t.kind != "word" or t.norm in _GROUP_STOPS or (
                j > i and t.clitics[:1] in ("و", "ف", "ب", "ل")):
            break
        j += 1
    return j


def _delegation_phrase(toks: list[Token], k: int, end: int, finder: ActorFinder) -> Actor | None:
    """The delegation named from token ``k``: its head with the group after من/عن or the
    committee's تمثل (وفدا من جمعيات المودعين، ممثلين عن الحراك، لجنة تمثل المحتجين) or in
    construct (ممثلي السائقين), the preposition fused to the head (بممثلين) left out."""
    nxt = k + 1
    if nxt < end and toks[nxt].norm in _REPRESENTING | {"من", "عن"}:
        nxt += 1
    stop = max(_group_end(toks, nxt, end), k + 1)
    # the group it is of names its country and sector (وفد من القيادة الأمريكية في إفريقيا)
    group = (finder.actor(toks, nxt, stop, places=False)
             or finder.nisba_phrase(toks, nxt, stop)) if nxt < stop else None
    actor = group if group is not None and group.country else finder.actor(
        toks, k, stop, loose=True, places=False)
    if actor is None:
        return None
    head = toks[k]
    start = head.start + (len(head.clitics) if head.clitics[:1] == "ب" else 0)
    text = finder.doc.text
    return replace(actor, span=Span(start, toks[stop - 1].end, text[start:toks[stop - 1].end]))


def _delegation_first(toks: list[Token], m: Match, finder: ActorFinder, actor: Actor | None,
                      recipient: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A meeting's (actor, recipient) with a delegation or representatives the official meets
    as actor and the official as recipient (module docstring); unchanged when the trigger is
    no two-sided meeting, the actor is itself a delegation, no delegation is its other party
    or the official travelled to it."""
    if m.trigger.type != "CONSULT" or not (
            (m.trigger.lemma in MEETING_LEMMAS and m.trigger.mode is None)
            or m.trigger.lemma in RECEPTION_LEMMAS):
        return actor, recipient
    official = actor
    if actor is not None:
        told = [k for k in range(len(toks))
                if actor.span.start <= toks[k].start < actor.span.end and _delegation_at(toks, k)]
        if told and toks[told[0]].start == actor.span.start:
            return actor, recipient  # the delegation meets: it is the actor already
        if told and told[0] > 0:
            # the subject phrase ran into the object (نائب محافظ الجيزة ممثلي السائقين): the
            # official's phrase ends before the delegation
            cut = toks[told[0] - 1].end
            official = replace(actor, span=Span(actor.span.start, cut,
                                                finder.doc.text[actor.span.start:cut]))
    hi = clause_end(toks, m.last)
    if any(_delegation_at(toks, j) for j in range(clause_start(toks, m.first), m.last + 1)):
        return actor, recipient  # عقد وفد من الإدارة الذاتية اجتماعا مع وفد حكومي: its subject
    # the delegation is the meeting's own party, told right after the official (its object),
    # after مع or with ب fused (بممثلين); a second party joined by و (ووفد من العمال, beside
    # the company's chairman) is another's, and _delegation_at leaves it
    received = m.trigger.lemma in RECEPTION_LEMMAS
    reach = RECEPTION_REACH if received else DELEGATION_REACH
    # a meeting's delegation comes after the official; a reception's visitor phrase may have
    # been read past the delegation's head (ممثلين عن المحتجين بحضور مسؤولين)
    k = next((j for j in range(m.last + 1, min(hi, m.last + 1 + reach))
              if _delegation_at(toks, j) and (received or official is None
                                              or toks[j].end > official.span.start)), None)
    if k is None:
        return actor, recipient
    sentence = finder.doc.text[toks[0].start:toks[m.first].start]
    if _TRAVEL.search(sentence):
        return actor, recipient
    delegation = _delegation_phrase(toks, k, hi, finder)
    if delegation is None:
        return actor, recipient
    if actor is not None and delegation.span.start < actor.span.start <= delegation.span.end + 1:
        # the phrase read before was the delegation's group, told longer (وفدا من سفراء دول
        # الاتحاد الأوروبي): the delegation's phrase runs to its end
        end = max(delegation.span.end, actor.span.end)
        delegation = replace(delegation, span=Span(delegation.span.start, end,
                                                   finder.doc.text[delegation.span.start:end]))
        return delegation, recipient
    if received and recipient is not None:
        return delegation, recipient  # the host was read; the visitor's phrase was not
    return delegation, official if official is not None else recipient


def delegation_first(e: Event, toks: list[Token], m: Match, finder: ActorFinder) -> Event:
    """``e`` with a delegation or representatives the official meets as actor and the
    official as recipient (module docstring). Applied to the event built, whose country is
    the official's (where the delegation came)."""
    if e.type != "CONSULT":
        return e
    actor, recipient = _delegation_first(toks, m, finder, e.actor, e.recipient)
    if actor is e.actor and recipient is e.recipient:
        return e
    return replace(e, actor=actor, recipient=recipient)


#: Words of a security force's phrase (قوات الأمن، الشرطة، الدرك، قوات مكافحة الشغب، الجيش،
#: السلطات الأمنية، عناصر الأمن): a protest's actor is never one of them.
_SECURITY = re.compile(r"قوات|شرطة|الأمن|الدرك|الشغب|الجيش|الحرس|أعوان")
#: Bare heads of a protest's crowd (محتجين، المتظاهرون، شبان، أنصار الحزب), normalised.
CROWD_HEADS = frozenset(normalize_key(w) for w in (
    "محتجين", "محتجون", "محتجا", "محتجات", "متظاهرين", "متظاهرون", "متظاهرا", "متظاهرات",
    "معتصمين", "معتصمون", "مضربين", "مضربون", "شبان", "شباب", "أنصار", "مشجعين", "مشجعون",
    "طلاب"))
#: Bare heads of the groups a protest's crowd is told as when no crowd word names it (أهالي
#: البلدة، ناشطون، المحاضرين، التجار، أحزاب المعارضة، جمعيات مناهضة للعنصرية): read only
#: when the sentence names no crowd by :data:`CROWD_HEADS`.
GROUP_HEADS = frozenset(normalize_key(w) for w in (
    "أهالي", "سكان", "ناشطا", "ناشطين", "ناشطون", "ناشطات", "عمال", "معلمين", "معلمون",
    "محاضرين", "أطباء", "خريجين", "خريجون", "تجار", "سائقي", "سائقو", "مزارعين", "فلاحين",
    "موظفي", "موظفو", "جمعيات", "أحزاب", "نقابات", "مشاركين", "مشاركون"))
#: Group heads that name a group only with the noun after them (أهالي البلدة، أحزاب
#: المعارضة): their phrase runs on.
_GROUP_CONSTRUCTS = frozenset(normalize_key(w) for w in (
    "أهالي", "سكان", "عمال", "سائقي", "سائقو", "موظفي", "موظفو", "جمعيات", "أحزاب", "نقابات"))
#: Quantity heads told before a crowd (مئات المحتجين، آلاف المتظاهرين): the crowd's phrase
#: starts there.
_QUANTITIES = frozenset(normalize_key(w) for w in ("مئات", "آلاف", "عشرات", "ألوف"))
#: Crowd heads that name a group only with the noun after them (أنصار الحزب، أنصار يون).
_CONSTRUCT_HEADS = frozenset({normalize_key("أنصار")}) | _GROUP_CONSTRUCTS


def _security(actor: Actor) -> bool:
    """Whether ``actor`` names a security force by its words (a defence team, فريق الدفاع,
    is classed MIL by its ministry's word but is no force)."""
    return bool(_SECURITY.search(actor.span.text))


def _crowd_at(toks: list[Token], k: int, heads: frozenset[str]) -> bool:
    return toks[k].kind == "word" and toks[k].base in heads


def crowd_not_police(e: Event, toks: list[Token], m: Match, finder: ActorFinder) -> Event:
    """``e`` with the crowd its sentence names as actor when ``e`` is a protest (a riot read
    from a clash included) whose participants gave it a security force (module docstring):
    the crowd nearest the trigger outside the force's phrase, the trigger itself when it names
    the crowd (فرقت الشرطة المحتجين). Unchanged when the sentence names no crowd (policemen
    protesting their pay)."""
    actor = e.actor
    if e.type != "PROTEST" or actor is None or not _security(actor):
        return e
    inside = range(actor.span.start, actor.span.end)
    spots = [k for k in range(len(toks)) if _crowd_at(toks, k, CROWD_HEADS)
             and toks[k].start not in inside] or [
        k for k in range(len(toks)) if _crowd_at(toks, k, GROUP_HEADS)
        and toks[k].start not in inside]
    if not spots:
        return e
    k = min(spots, key=lambda j: (abs(j - m.first), j))
    first = k - 1 if k > 0 and toks[k - 1].base in _QUANTITIES else k
    last = k
    if toks[k].base in _CONSTRUCT_HEADS:
        # أنصار حركة «لبيك باكستان»: the group they follow, named in full
        rng = np_at(toks, k, clause_end(toks, k))
        last = max(k, rng[1] - 1) if rng is not None else k
        if k < m.first <= last:
            last = m.first - 1  # the phrase ran into the trigger (أنصار الرابطة تجمعوا)
    head = toks[first]
    start = head.start + (1 if head.clitics[:1] in ("و", "ف", "ب", "ل") else 0)
    span = Span.of(finder.doc.text, start, toks[last].end)
    if span.start <= m.start and m.end <= span.end:
        # the trigger names the crowd (فرقت الشرطة المحتجين): the actor is that word, so
        # that the crowd-word fold (sentence_folds.drop_crowd_words) keeps the protest
        span = Span.of(finder.doc.text, m.start, m.end)
    crowd = finder.actor(toks, first, last + 1, loose=True, places=False)
    if crowd is None:
        return e
    # the crowd's country is where it protests (an unlinked crowd phrase, أنصار حركة «لبيك
    # باكستان», may read as another state's party; a French gendarmerie meets New Caledonians)
    where = (e.place.country if e.place is not None else None) or e.country
    crowd = replace(crowd, span=span, country=where or actor.country or crowd.country)
    recipient = e.recipient if e.recipient is None or e.recipient.span != span else None
    return replace(e, actor=crowd, recipient=recipient)


def settled_roles(e: Event, toks: list[Token], m: Match, finder: ActorFinder) -> Event:
    """``e``, built from the trigger ``m``, with its parties under this module's two
    conventions (the hook of :mod:`rasd.events.sentence_events`)."""
    return crowd_not_police(delegation_first(e, toks, m, finder), toks, m, finder)


__all__ = ["CROWD_HEADS", "DELEGATION_HEADS", "settled_roles"]
