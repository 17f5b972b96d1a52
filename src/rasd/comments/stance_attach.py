"""Which actor a stance cue is about (:mod:`rasd.comments.stance`): the attach rules of
the cue lexicon (``next``, ``prev``, ``near``) and the rules that find the doer, the
addressee or the compared party further.

Harm verbs (``دمر``, ``باع``, ``خان``) are ``prev`` cues: the doer before is blamed, not
the victim after. A cue with an object pronoun (``الله يحفظك``, ``الله يعزها``, ``شكرا
لها``) is about the actor the pronoun stands for, across clause marks: the one addressed
with يا (``يا مصر… ربنا يحفظك``) for a second-person pronoun, else the nearest actor
before. A blessing or curse about a relative clause (``الله لا يوفق من خان فلسطين``,
``لعن الله من باع العراق``) is about whoever the clause describes: its sign times the sign
of the clause's verb is the stance toward the actor of the clause (cursing those who
betray X is taking X's side); with no cue verb in the clause it is about nobody named.

The doer of a ``prev`` cue is sought further (:func:`_prev_subject`): a verb joined by و
to the clause's first verb has the clause's opening actor (``روسيا تدعم الانقلابيين في
مالي وتنهب ذهب البلد``); a verb opening its clause has the earlier topic (``أردوغان رجل
دولة، وقف مع السوريين``), or the actor right after it when no earlier one is at hand
(``ارتكبت إسرائيل مجزرة``); a verb with an object pronoun after التي / الذي has the actor
after it (``المجزرة التي ارتكبتها إسرائيل``). A place after في is no doer, one after بحق /
على no target of a ``near`` cue before it (``جرائم بحق السوريين``), and whoever reports or
condemns (``توثق``, ``تدين``: weight-0 or weak ``next`` cues) is not what a later cue in
the clause blames.

A comparison (``than`` cues: ``الصين أحسن من أمريكا``) is about the actor before it and,
with the opposite sign, the first actor after it. A ``subj`` cue (``تدعم فلسطين بالكلام
بس``) is about the actor opening its clause. A "who" question with its own answer
(``مين اللي جاب الخراب للعراق غير أمريكا؟``) blames the actor after the word of exclusion,
and a "where" question about an actor (``وين الجامعة العربية من كل هذا؟``) reproaches it.
An actor after بين (``الحرب بين روسيا وأوكرانيا``) is a party, not what a cue before it is
about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.comments.stance_cues import GOD_WORDS, NEGATORS, Cue, CueHit
from rasd.model import Span
from rasd.text.tokens import Token

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
#: Words that start a new clause with a turn of argument.
CLAUSE_WORDS = frozenset({"لكن", "ولكن", "لكنه", "بل", "بينما", "اما", "واما"})
#: Question words asking "who" (``مين اللي جاب الخراب … غير أمريكا؟``) and the words of
#: exclusion whose actor answers it.
_WHO = frozenset({"مين", "من", "منو", "شكون"})
_EXCLUSION = frozenset({"غير", "الا", "سوي"})
#: Question words asking "where": ``وين الجامعة العربية من كل هذا؟`` reproaches the
#: absent actor when the actor ends the question or is followed by من.
_WHERE = frozenset({"وين", "اين", "فين", "وينك", "وينكم", "وينهم"})
#: The cue a "where" reproach lends (weight and attach as for any cue).
_WHERE_CUE = Cue("وين", -1.0, "next")
#: How far back the opening actor of a clause may be for a verb coordinated with its
#: first verb (``روسيا تدعم الانقلابيين في مالي وتنهب ذهب البلد``).
TOPIC_WINDOW = 10


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One mention of an actor in a comment: its word range ``[first, last]``, its stance
    target and how the word before it frames it (the word sets are in
    :mod:`rasd.comments.stance`, which builds these)."""

    first: int
    last: int
    target: str
    name: str
    span: Span
    #: After a locative or people word (``stance._PLACE_OR_PEOPLE``).
    passive: bool = False
    #: Addressed with يا (``يا مصر``).
    vocative: bool = False
    #: After a locative word (``stance._LOCATIVE``).
    locative: bool = False
    #: After a word that marks the one an act is done to (``stance._VICTIM``).
    victim: bool = False
    #: After بين, or joined by و to one that is (``stance._BETWEEN``).
    between: bool = False


def resolve(
    hits: Sequence[CueHit], words: Sequence[Token], occurrences: Sequence[Occurrence],
    clauses: Sequence[int],
) -> list[tuple[CueHit, float, Occurrence]]:
    """Each cue with the weight it lends and the mention it is about (see the module
    docstring: pronouns, relative clauses, then the attach rules)."""
    out: list[tuple[CueHit, float, Occurrence]] = []
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
        if hit.cue.than:
            other = _first_after(hit, occurrences, clauses)
            if other is not None and other is not occ:
                out.append((hit, -hit.weight, other))
    return out + _where_reproaches(words, occurrences, clauses)


def _where_reproaches(
    words: Sequence[Token], occurrences: Sequence[Occurrence], clauses: Sequence[int]
) -> list[tuple[CueHit, float, Occurrence]]:
    """``وين X من كل هذا؟``, ``أين الجامعة العربية؟``: a "where" right before an actor that
    ends its clause or is followed by من reproaches the actor for being absent."""
    out: list[tuple[CueHit, float, Occurrence]] = []
    for occ in occurrences:
        q = occ.first - 1
        if q < 0 or words[q].norm not in _WHERE or clauses[q] != clauses[occ.first]:
            continue
        after = occ.last + 1
        if after < len(words) and clauses[after] == clauses[occ.last] \
                and words[after].norm != "من":
            continue
        hit = CueHit(_WHERE_CUE, q, q, _WHERE_CUE.weight, False)
        out.append((hit, hit.weight, occ))
    return out


def _reports(hit: CueHit) -> bool:
    """Whether a cue is a verb of reporting or condemning (``توثق``, weight 0; ``تدين``,
    weak): a weak or null ``next`` cue other than the preposition ``ضد``."""
    return hit.cue.attach == "next" and abs(hit.cue.weight) <= 0.5 and hit.cue.key != "ضد"


def _prev_subject(
    hit: CueHit, words: Sequence[Token], occurrences: Sequence[Occurrence],
    clauses: Sequence[int],
) -> Occurrence | None:
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
    answer = _who_answer(hit, words, occurrences, clauses, start)
    if answer is not None:
        return answer
    if hit.cue.subject:
        # how the subject acts (ايران تدعم فلسطين بالكلام بس): the actor opening the clause
        opener = next((o for o in occurrences if o.first == start), None)
        if (opener is not None and not opener.locative
                and hit.first - opener.last <= TOPIC_WINDOW):
            return opener
    inside = [o for o in occurrences if clauses[o.first] == clause and o.last < hit.first]
    conj = next((j for j in range(hit.first, max(start, hit.first - 2) - 1, -1)
                 if words[j].clitics.startswith("و")
                 or (words[j].norm[:1] == "و" and words[j].norm[1:] in NEGATORS)), None)
    if conj is not None and inside and not any(o.last >= conj for o in inside):
        topic = inside[0]
        if topic.first == start and conj - topic.last <= TOPIC_WINDOW and not topic.locative:
            return topic
    if inside or not all(words[j].norm in NEGATORS or words[j].norm in CLAUSE_WORDS
                         for j in range(start, hit.first)):
        return None
    earlier = _by_pronoun(hit, occurrences, clauses, hit.first)
    after = [o for o in occurrences if o.first == hit.last + 1]
    if after and not words[hit.last].norm.endswith(("وا", "ون")):
        # verb, subject, object (ارتكبت إسرائيل مجزرة): the subject is after it, unless an
        # earlier actor may be the one meant (إسرائيل قصفت، دمرت لبنان): then nobody
        return after[0] if earlier is None else None
    return earlier


def _who_answer(
    hit: CueHit, words: Sequence[Token], occurrences: Sequence[Occurrence],
    clauses: Sequence[int], start: int,
) -> Occurrence | None:
    """The doer a "who" question names in its own answer: ``مين اللي جاب الخراب للعراق
    غير أمريكا؟`` (who but America brought ruin) blames the actor right after the word of
    exclusion, when the clause opens with the question word (and a relative) before the
    cue. Else None."""
    before = [words[j].norm for j in range(start, hit.first)]
    if not before or before[0] not in _WHO or not all(
            w in _WHO or w in _RELATIVES for w in before[1:]):
        return None
    for j in range(hit.last + 1, len(words)):
        if clauses[j] != clauses[hit.first]:
            break
        if words[j].norm in _EXCLUSION:
            return next((o for o in occurrences if o.first == j + 1), None)
    return None


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
    hit: CueHit, occurrences: Sequence[Occurrence], clauses: Sequence[int], before: int
) -> Occurrence | None:
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
    hit: CueHit, occurrences: Sequence[Occurrence], clauses: Sequence[int]
) -> Occurrence | None:
    """The first actor after ``hit`` in its clause, within :data:`ATTACH_WINDOW`."""
    for occ in occurrences:
        if (occ.first > hit.last and occ.first - hit.last <= ATTACH_WINDOW
                and clauses[occ.first] == clauses[hit.last]):
            return occ
    return None


def coordinated(
    occ: Occurrence, occurrences: Sequence[Occurrence], words: Sequence[Token]
) -> list[Occurrence]:
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
    hit: CueHit, occurrences: Sequence[Occurrence], clauses: Sequence[int]
) -> Occurrence | None:
    """The mention a cue is about, or None (see the module docstring)."""
    clause = clauses[hit.first]
    best: tuple[int, int, Occurrence] | None = None
    for occ in occurrences:
        if occ.first <= hit.first and hit.last <= occ.last:
            return occ  # the cue is part of the name (مرتزقة فاغنر)
        if clauses[occ.first] != clause or (occ.passive and hit.cue.attach == "near") or (
                occ.locative and hit.cue.attach == "prev") or (
                occ.between and occ.first > hit.last):
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
