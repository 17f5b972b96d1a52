"""A reader's stance toward each country, organisation and person a comment names.

Lexicon and local rules, no model: a stance cue (``data/comments/stance.tsv``: ``الله
يلعن``, ``عدو``, ``احتلال``, ``مجرم``, ``بسبب``; ``الله ينصر``, ``تحيا``, ``أبطال``) is about
an actor mentioned in the same clause — the first one after it, the nearest one before
it, or the nearest on either side, as the cue's ``attach`` column says — and a negation
before the cue flips it (:mod:`rasd.comments.stance_cues`). Between an actor before and
one after at the same distance, the one before wins (the doer in ``الاخوان خربوا مصر``). A
cue inside a mention (``مرتزقة فاغنر``) is about that mention, and a cue about one of
actors joined by و (``الأمريكان والروس كلهم كلاب``) is about all of them. An actor's cues
add up; the sum decides the polarity (:data:`STANCE_THRESHOLD`) and the strongest agreeing
cue with its mention is the evidence. Actors with no cue are ``neutral``, the evidence
being their first mention.

Harm verbs (``دمر``, ``باع``, ``خان``) are ``prev`` cues: the doer before is blamed, not
the victim after. A cue with an object pronoun (``الله يحفظك``, ``الله يعزها``, ``شكرا
لها``) is about the actor the pronoun stands for, across clause marks: the one addressed
with يا (``يا مصر… ربنا يحفظك``) for a second-person pronoun, else the nearest actor
before. A blessing or curse about a relative clause (``الله لا يوفق من خان فلسطين``,
``لعن الله من باع العراق``) is about whoever the clause describes: its sign times the sign
of the clause's verb is the stance toward the actor of the clause (cursing those who
betray X is taking X's side); with no cue verb in the clause it is about nobody named.
A cue word inside a place name that is no actor (``خان يونس``) is not read.

The doer of a ``prev`` cue is sought further (:func:`_prev_subject`): a verb joined by و
to the clause's first verb has the clause's opening actor (``روسيا تدعم الانقلابيين في
مالي وتنهب ذهب البلد``); a verb opening its clause has the earlier topic (``أردوغان رجل
دولة، وقف مع السوريين``), or the actor right after it when no earlier one is at hand
(``ارتكبت إسرائيل مجزرة``); a verb with an object pronoun after التي / الذي has the actor
after it (``المجزرة التي ارتكبتها إسرائيل``). A place after في is no doer, one after بحق /
على no target of a ``near`` cue before it (``جرائم بحق السوريين``), and whoever reports or
condemns (``توثق``, ``تدين``: weight-0 or weak ``next`` cues) is not what a later cue in
the clause blames.

Scripture quoted in the comment (``exclude`` spans) is not the reader's own words: its
cues and mentions are ignored. Sarcasm is out of scope.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.comments.stance_cues import GOD_WORDS, NEGATORS, CueHit, find_cues, word_forms
from rasd.model import Entity, Span, Stance, StancePolarity
from rasd.text.tokens import Token, tokenize

#: A summed cue weight at or beyond this is a side taken: one full cue (±1) or two weak
#: ones (±0.5 each, e.g. ``ضد`` twice), not a single weak descriptive word.
STANCE_THRESHOLD = 0.75
#: How many words a ``next`` / ``prev`` cue may be from its actor (``ضد المصالح الروسية``,
#: ``تستنكر بأقوى العبارات سلوك روسيا``).
ATTACH_WINDOW = 4
#: How far a ``near`` cue reaches on either side.
NEAR_WINDOW = 6
#: How far back (in words, across clause marks) a cue's object pronoun finds its actor
#: (``موريتانيا بلد المليون شاعر، الله يحفظها``).
PRONOUN_WINDOW = 12
#: Words that open a relative clause (``من خان``, ``اللي باع``, ``كل من``).
_RELATIVES = frozenset({"من", "اللي", "الي", "الذي", "الذين", "التي", "ممن"})
#: Relative words before a verb whose object pronoun stands for the word before them
#: (``المجزرة التي ارتكبتها إسرائيل``): the verb's subject comes after it.
_OBJECT_RELATIVES = frozenset({"اللي", "الذي", "الذين", "التي"})
#: After من these make it the preposition "from" (``شكرا من القلب``, ``من كل قلبي``), not
#: "whoever"; so does any word with the article, which a verb never has.
_FROM_NOUNS = frozenset({"قلبي", "قلوبنا", "كل", "اعماق", "جديد", "زمان"})
_SECOND_PERSON = frozenset({"ك", "كي", "كم"})
#: Punctuation that ends a clause; a line break ends one too.
_CLAUSE_MARKS = frozenset('.،,؛;!?؟:()"«»“”–—-')
#: Words that start a new clause with a turn of argument.
_CLAUSE_WORDS = frozenset({"لكن", "ولكن", "لكنه", "بل", "بينما", "اما", "واما"})
_WORD_KINDS = frozenset({"word", "latin"})
#: Words before a mention that make it a place or a people, not an actor that acts
#: (``إلى كازاخستان``, ``للشعب السوري``): only a cue naming it from the front (``الله ينصر
#: أهل …``, ``ضد … في``) is about it, not a ``near`` cue that is about whoever acts there.
_PLACE_OR_PEOPLE = frozenset({
    "في", "الي", "داخل", "نحو", "قرب", "شعب", "الشعب", "اهل", "اهالي", "سكان", "ابناء",
    "مواطني", "لاجئي",
})
#: Words before a mention that make it the one an act is done to (``جرائم بحق السوريين``,
#: ``العدوان على لبنان``): a ``near`` cue before it is not about it (one after it still
#: is: ``الحرب على داعش الإرهابي``).
_VICTIM = frozenset({"بحق", "علي"})
#: Of those, the locative words: a place after them (``تدعم الانقلابيين في مالي``) is where
#: something happens, not the doer of a ``prev`` cue after it either.
_LOCATIVE = frozenset({"في", "الي", "داخل", "نحو", "قرب"})
#: How far back the opening actor of a clause may be for a verb coordinated with its
#: first verb (``روسيا تدعم الانقلابيين في مالي وتنهب ذهب البلد``).
TOPIC_WINDOW = 10


@dataclass(frozen=True, slots=True)
class _Occurrence:
    first: int
    last: int
    target: str
    name: str
    span: Span
    #: After a locative or people word (see :data:`_PLACE_OR_PEOPLE`).
    passive: bool = False
    #: Addressed with يا (``يا مصر``).
    vocative: bool = False
    #: After a locative word (see :data:`_LOCATIVE`).
    locative: bool = False
    #: After a word that marks the one an act is done to (see :data:`_VICTIM`).
    victim: bool = False


def stance_target(entity: Entity) -> str | None:
    """The id a stance is about: a country's ISO code (``RUS``), an organisation's or
    person's KB id; ``None`` for places and peoples that are not actors."""
    if entity.kb_id is None:
        return entity.span.text if entity.type in ("ORG", "PERSON") else None
    if entity.type == "GPE" and entity.kb_id.startswith("iso:"):
        return entity.kb_id[4:]
    return entity.kb_id if entity.type in ("ORG", "PERSON") else None


def clause_ids(text: str, tokens: Sequence[Token]) -> list[int]:
    """For each word token (kinds word and latin, in order) the number of its clause."""
    out: list[int] = []
    clause = 0
    prev_end = 0
    for tok in tokens:
        if "\n" in text[prev_end:tok.start]:
            clause += 1
        prev_end = tok.end
        if tok.kind not in _WORD_KINDS:
            if any(ch in _CLAUSE_MARKS for ch in tok.text):
                clause += 1
            continue
        if tok.norm in _CLAUSE_WORDS:
            clause += 1
        out.append(clause)
    return out


def excluded_words(words: Sequence[Token], exclude: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each word lies inside one of the ``[start, end)`` ranges (text offsets)."""
    if not exclude:
        return [False] * len(words)
    return [any(s <= w.start and w.end <= e for s, e in exclude) for w in words]


@dataclass(frozen=True, slots=True)
class CommentWords:
    """What the stance and sentiment readers share, computed once per comment: the word
    tokens, each word's clause, which words are scripture, and the cues found."""

    words: list[Token]
    clauses: list[int]
    skip: list[bool]
    cues: list[CueHit]


def comment_words(
    text: str, offset: int = 0, exclude: Sequence[Span] = (),
    tokens: Sequence[Token] | None = None,
) -> CommentWords:
    """The :class:`CommentWords` of ``text`` (at document offset ``offset``), the
    ``exclude`` spans (document offsets) left out of the reader's own words."""
    toks = tokens if tokens is not None else tokenize(text)
    words = [t for t in toks if t.kind in _WORD_KINDS]
    skip = excluded_words(words, [(s.start - offset, s.end - offset) for s in exclude])
    return CommentWords(words, clause_ids(text, toks), skip, find_cues(words, skip))


def comment_stance(
    text: str,
    mentions: Sequence[Entity],
    offset: int = 0,
    exclude: Sequence[Span] = (),
    tokens: Sequence[Token] | None = None,
    prepared: CommentWords | None = None,
) -> tuple[Stance, ...]:
    """The stance of ``text`` (a comment at document offset ``offset``) toward each actor
    of ``mentions`` (document offsets), in order of first mention."""
    cw = prepared if prepared is not None else comment_words(text, offset, exclude, tokens)
    words, clauses, skip = cw.words, cw.clauses, cw.skip
    occurrences = _occurrences(words, mentions, offset, skip)
    if not occurrences:
        return ()
    totals: dict[str, float] = {o.target: 0.0 for o in occurrences}
    support: dict[str, list[tuple[float, CueHit, _Occurrence]]] = {t: [] for t in totals}
    hits = _outside_places(cw.cues, words, mentions, offset)
    for hit, weight, occ in _resolve(hits, words, occurrences, clauses):
        for each in _coordinated(occ, occurrences, words):
            if each is occ or each.target != occ.target:
                totals[each.target] += weight
                support[each.target].append((weight, hit, each))
    first: dict[str, _Occurrence] = {}
    for o in occurrences:
        first.setdefault(o.target, o)
    out: list[Stance] = []
    for target, total in totals.items():
        polarity: StancePolarity = (
            "against" if total <= -STANCE_THRESHOLD
            else "for" if total >= STANCE_THRESHOLD else "neutral")
        occ = first[target]
        evidence = occ.span
        agreeing = [s for s in support[target] if (s[0] < 0) == (total < 0) and s[0] != 0]
        if polarity != "neutral" and agreeing:
            _, hit, occ = max(agreeing, key=lambda s: abs(s[0]))
            start = min(words[hit.first].start + offset, occ.span.start)
            end = max(words[hit.last].end + offset, occ.span.end)
            evidence = Span(start, end, text[start - offset:end - offset])
        out.append(Stance(target=target, name=first[target].name, polarity=polarity,
                          evidence=evidence, score=round(max(-1.0, min(1.0, total)), 3)))
    return tuple(out)


def _occurrences(
    words: Sequence[Token], mentions: Sequence[Entity], offset: int, skip: Sequence[bool]
) -> list[_Occurrence]:
    out: list[_Occurrence] = []
    starts = [w.start for w in words]
    for entity in mentions:
        target = stance_target(entity)
        if target is None:
            continue
        for m in entity.mentions:
            s, e = m.span.start - offset, m.span.end - offset
            lo = max(0, bisect_right(starts, s) - 1)
            inside = [i for i in range(lo, bisect_left(starts, e))
                      if words[i].end > s and words[i].start < e]
            if not inside or all(skip[i] for i in inside):
                continue
            before = words[inside[0] - 1] if inside[0] else None
            forms = word_forms(before.norm, before.base) if before is not None else ()
            passive = not _PLACE_OR_PEOPLE.isdisjoint(forms)
            vocative = before is not None and before.norm == "يا"
            out.append(_Occurrence(inside[0], inside[-1], target, entity.span.text, m.span,
                                   passive, vocative, not _LOCATIVE.isdisjoint(forms),
                                   not _VICTIM.isdisjoint(forms)))
    out.sort(key=lambda o: o.first)
    return out


def _outside_places(
    hits: Sequence[CueHit], words: Sequence[Token], mentions: Sequence[Entity], offset: int
) -> list[CueHit]:
    """``hits`` without those inside the name of a place that is no actor (``خان يونس``)."""
    places = [(m.span.start - offset, m.span.end - offset) for e in mentions
              if stance_target(e) is None for m in e.mentions]
    if not places:
        return list(hits)
    return [h for h in hits
            if not any(s <= words[h.first].start and words[h.last].end <= e
                       for s, e in places)]


def _resolve(
    hits: Sequence[CueHit], words: Sequence[Token], occurrences: Sequence[_Occurrence],
    clauses: Sequence[int],
) -> list[tuple[CueHit, float, _Occurrence]]:
    """Each cue with the weight it lends and the mention it is about (see the module
    docstring: pronouns, relative clauses, then the attach rules)."""
    out: list[tuple[CueHit, float, _Occurrence]] = []
    used: set[int] = set()
    starts = {o.first for o in occurrences}
    for k, hit in enumerate(hits):
        if k in used:
            continue
        rel = _relative_after(hit, words, starts)
        if rel is not None:
            inner = hits[k + 1] if k + 1 < len(hits) else None
            if inner is None or inner.first != rel + 1:
                continue  # a curse on "whoever …": nobody named
            used.add(k + 1)
            occ = (_by_pronoun(inner, occurrences, clauses, hit.first) if inner.pronoun
                   else _first_after(inner, occurrences, clauses))
            if occ is not None:
                out.append((inner, hit.weight * inner.weight, occ))
            continue
        occ = None
        if hit.pronoun and hit.cue.attach == "next":
            occ = _by_pronoun(hit, occurrences, clauses, hit.first)
        elif hit.cue.attach == "prev":
            occ = _prev_subject(hit, words, occurrences, clauses)
        if occ is None:
            # a report or condemnation before it owns what follows: its subject is not
            # what a later cue is about (الأمم المتحدة توثق جرائم …, مصر تدين جرائم …)
            barrier = max((h.last for h in hits[:k] if _reports(h)
                           and clauses[h.first] == clauses[hit.first]), default=-1)
            occ = _attach(hit, [o for o in occurrences if o.first > barrier
                                or (o.first <= hit.first and hit.last <= o.last)], clauses)
        if occ is not None:
            out.append((hit, hit.weight, occ))
    return out


def _reports(hit: CueHit) -> bool:
    """Whether a cue is a verb of reporting or condemning (``توثق``, weight 0; ``تدين``,
    weak): a weak or null ``next`` cue other than the preposition ``ضد``."""
    return hit.cue.attach == "next" and abs(hit.cue.weight) <= 0.5 and hit.cue.key != "ضد"


def _prev_subject(
    hit: CueHit, words: Sequence[Token], occurrences: Sequence[_Occurrence],
    clauses: Sequence[int],
) -> _Occurrence | None:
    """The doer of a ``prev`` cue (a harm verb, a judgement) when it is not simply the
    nearest actor before: for a verb coordinated by و with the clause's first verb
    (``بريطانيا سلمت فلسطين لليهود وما زالت تتآمر``), the actor that opens the clause; for
    a cue that opens its clause with no subject of its own (``أردوغان رجل دولة، وقف مع
    السوريين``), the earlier topic, found as for a third-person pronoun, unless an actor
    stands right after a singular verb: that is its subject in verb-first order when no
    earlier actor is at hand (``ارتكبت إسرائيل مجزرة``), else none is sure; for a verb in
    a relative clause with an object pronoun (``الأرض التي احتلتها إسرائيل``), the actor
    right after it. Else None."""
    if hit.pronoun and hit.first and words[hit.first - 1].norm in _OBJECT_RELATIVES:
        after = [o for o in occurrences if o.first == hit.last + 1]
        if after:
            return after[0]  # the crimes which Israel committed: its subject follows
    clause = clauses[hit.first]
    start = hit.first
    while start and clauses[start - 1] == clause:
        start -= 1
    inside = [o for o in occurrences if clauses[o.first] == clause and o.last < hit.first]
    conj = next((j for j in range(hit.first, max(start, hit.first - 2) - 1, -1)
                 if words[j].clitics.startswith("و")
                 or (words[j].norm[:1] == "و" and words[j].norm[1:] in NEGATORS)), None)
    if conj is not None and inside and not any(o.last >= conj for o in inside):
        topic = inside[0]
        if topic.first == start and conj - topic.last <= TOPIC_WINDOW and not topic.locative:
            return topic
    if inside or not all(words[j].norm in NEGATORS or words[j].norm in _CLAUSE_WORDS
                         for j in range(start, hit.first)):
        return None
    earlier = _by_pronoun(hit, occurrences, clauses, hit.first)
    after = [o for o in occurrences if o.first == hit.last + 1]
    if after and not words[hit.last].norm.endswith(("وا", "ون")):
        # verb, subject, object (ارتكبت إسرائيل مجزرة): the subject is after it, unless an
        # earlier actor may be the one meant (إسرائيل قصفت، دمرت لبنان): then nobody
        return after[0] if earlier is None else None
    return earlier


def _relative_after(hit: CueHit, words: Sequence[Token], starts: set[int]) -> int | None:
    """The index of a relative word right after a blessing or curse (``الله يلعن من``,
    ``… كل من``, ``لعن الله من``), else None. Only wishes are read so: a ``next`` cue, or
    any cue with God named after it; a noun cue (``الإرهابيين من أنحاء أوروبا``) is not."""
    if hit.cue.attach == "prev" or hit.pronoun:
        return None
    named_god = False
    for j in range(hit.last + 1, min(hit.last + 4, len(words))):
        if words[j].norm in _RELATIVES:
            if hit.cue.attach != "next" and not named_god:
                return None
            after = words[j + 1].norm if j + 1 < len(words) else ""
            if words[j].norm == "من" and (
                    j + 1 in starts or after.startswith(("ال", "لل")) or after in _FROM_NOUNS):
                return None  # من as "from" (تحيا من سوريا، شكرا من القلب)
            return j
        named_god = named_god or words[j].norm in GOD_WORDS
        if words[j].norm != "كل" and words[j].norm not in GOD_WORDS:
            return None
    return None


def _by_pronoun(
    hit: CueHit, occurrences: Sequence[_Occurrence], clauses: Sequence[int], before: int
) -> _Occurrence | None:
    """The actor a cue's object pronoun stands for: the one addressed with يا for ``ك``;
    else, from an earlier clause, the actor that opens it (its topic: ``إسبانيا اعترفت
    بدولة فلسطين، شكرا لها``), else the nearest actor before word ``before``, within
    :data:`PRONOUN_WINDOW`."""
    if hit.pronoun in _SECOND_PERSON:
        addressed = [o for o in occurrences if o.vocative]
        if addressed:
            return min(addressed, key=lambda o: abs(o.first - hit.first))
    prior = [o for o in occurrences if o.last < before and before - o.last <= PRONOUN_WINDOW]
    topics = [o for o in prior if clauses[o.first] != clauses[before]
              and (o.first == 0 or clauses[o.first - 1] != clauses[o.first])]
    if topics:
        return topics[-1]
    return prior[-1] if prior else None


def _first_after(
    hit: CueHit, occurrences: Sequence[_Occurrence], clauses: Sequence[int]
) -> _Occurrence | None:
    """The first actor after ``hit`` in its clause, within :data:`ATTACH_WINDOW`."""
    for occ in occurrences:
        if (occ.first > hit.last and occ.first - hit.last <= ATTACH_WINDOW
                and clauses[occ.first] == clauses[hit.last]):
            return occ
    return None


def _coordinated(
    occ: _Occurrence, occurrences: Sequence[_Occurrence], words: Sequence[Token]
) -> list[_Occurrence]:
    """``occ`` and the actors coordinated with it by و right next to it (``الأمريكان
    والروس كلهم كلاب``): a cue about one of them is about all."""
    chain = [occ]
    at = occurrences.index(occ)
    for step in (-1, 1):
        i, cur = at + step, occ
        while 0 <= i < len(occurrences):
            nxt = occurrences[i]
            left, right = (nxt, cur) if step < 0 else (cur, nxt)
            if right.first != left.last + 1 or not words[right.first].clitics.startswith("و"):
                break
            chain.append(nxt)
            cur, i = nxt, i + step
    return chain


def _attach(
    hit: CueHit, occurrences: Sequence[_Occurrence], clauses: Sequence[int]
) -> _Occurrence | None:
    """The mention a cue is about, or None (see the module docstring)."""
    clause = clauses[hit.first]
    best: tuple[int, int, _Occurrence] | None = None
    for occ in occurrences:
        if occ.first <= hit.first and hit.last <= occ.last:
            return occ  # the cue is part of the name (مرتزقة فاغنر)
        if clauses[occ.first] != clause or (occ.passive and hit.cue.attach == "near") or (
                occ.locative and hit.cue.attach == "prev"):
            continue
        if occ.first > hit.last:
            distance, after = occ.first - hit.last, 1
            if hit.cue.attach == "prev" or (occ.victim and hit.cue.attach == "near") or (
                    distance > (ATTACH_WINDOW if hit.cue.attach == "next" else NEAR_WINDOW)):
                continue
        elif occ.last < hit.first:
            distance, after = hit.first - occ.last, 0
            if hit.cue.attach == "next" or distance > (
                    ATTACH_WINDOW if hit.cue.attach == "prev" else NEAR_WINDOW):
                continue
        else:
            continue
        key = (distance, after, occ)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best is not None else None
