"""Clauses of a sentence whose time is not the other acts' (the third dates pass,
2026-12-04 (15)), for :func:`rasd.events.dates.context.event_date`:

* a "before" clause (``…، قبل أن تفرج عنهم صباح اليوم``): its time dates the later act it
  tells, not the acts before it (:func:`before_clause_at`);
* a counter-claim by another speaker (``…، فيما قالت الوزارة إن دفاعاتها أسقطت 63 مسيرة``)
  or a speech participle's clause (``…، مؤكدا أن الغارة استهدفت``): an act reported in it
  takes only a time of that clause, not the sentence's (:func:`counter_claim_at`; README:
  ev-1079, ev-1083);
* a noun act's own relative clause (``التفجير الذي استهدف مسجدا …، أول أمس السبت``) dates it
  before the other times of its clause (:func:`own_relative`);
* a counted interval before an activity that lasts (``بعد أسبوعين من احتجاجات``، ``بعد يومين
  من معارك``) tells its duration, not a day before the main act (:func:`durative_noun`);
* a month in a threat's complement (``مهددا بإضراب مفتوح خلال شهر فيفري``) is the
  threatened act's, not the threat's (:func:`threat_object_start`).

The conventions are those of ``tests/gold/events/README.md``: the sentence's date, else the
paragraph's, else publication, for the acts a time is said of.
"""

from __future__ import annotations

from operator import itemgetter

from rasd.events.matcher import Match
from rasd.events.syntax.clauses import HARD_STOPS, RELATIVE_GAP, SPEECH_VERBS, strip_conj
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token


def _n(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


#: "before" of a "before (that)" clause (قبل أن تفرقهم الشرطة); not "قبل" alone, which
#: counts back (قبل يومين) or names a time (قبل الانتخابات).
_BEFORE, _THAT = normalize_key("قبل"), normalize_key("أن")
#: Marks that end a sentence's clause chain: a "before" clause beyond one is not the act's.
#: Every word :func:`before_clause_at` can stop at: a hard stop or قبل, bare or behind a
#: fused و/ف (:func:`strip_conj`). A span holding none is passed whole.
_BEFORE_STOPS = HARD_STOPS | {_BEFORE, "و" + _BEFORE, "ف" + _BEFORE}
_NORM = itemgetter(3)  # Token.norm


def before_clause_at(toks: list[Token], last: int, end: int) -> int:
    """Index of the first ``قبل أن`` after token ``last`` and before ``end``, else ``end``:
    the clause it opens tells a later act (اعتقلت ستة منهم، قبل أن تفرج عنهم صباح اليوم),
    so a time inside it does not date the acts told before it."""
    if _BEFORE_STOPS.isdisjoint(map(_NORM, toks[last + 1:end - 1])):
        return end  # no mark and no قبل (most calls): one test in C
    for j in range(last + 1, end - 1):
        if toks[j].norm in HARD_STOPS:
            return end
        if strip_conj(toks[j].norm) == _BEFORE and toks[j + 1].norm == _THAT:
            return j
    return end


#: Conjunctions that open a second speaker's claim beside the sentence's main act (فيما،
#: بينما، في حين), normalised; حين only after في.
_WHILE = _n(("فيما", "بينما", "وفيما", "وبينما"))
_WHEN, _IN = normalize_key("حين"), normalize_key("في")
#: The complementisers of a reported clause (إن، أن، بأن), normalised.
_THAT_CLAUSE = _n(("إن", "أن", "بأن"))
#: Participles of speech that open a second statement after a dated main clause (مؤكدا أن
#: الغارة استهدفت، مشيرا إلى أن السلطات دفعت بتعزيزات): a deed told in it has no date of the
#: main clause's (11 of the 14 dev deeds so told are coded undated; 2 of the other 3 have a
#: time of their own).
SPEECH_PARTICIPLES = _n((
    "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "لافتا",
    "لافتة", "مبينا", "مبينة"))
#: How many tokens may stand between the conjunction and the speech verb (فيما قالت
#: وزارة الدفاع الروسية إن: none; فيما نقلت … عن: not a speech verb, no claim).
_VERB_GAP = 1


def counter_claim_at(toks: list[Token], first: int) -> int | None:
    """Index of the conjunction (فيما، بينما، في حين) that opens a reported claim with the
    trigger at ``first`` inside it (فيما قالت وزارة الدفاع إن دفاعاتها الجوية أسقطت 63
    مسيرة), or of the speech participle that does (مؤكدا أن الغارة استهدفت), when a main
    clause stands before it in the sentence; else ``None``. Such a
    claim is dated only by a time of its own: the main clause's day is the other act's."""
    said = None
    for k in range(first - 1, 0, -1):
        norm = toks[k].norm
        if norm in HARD_STOPS:
            return None
        if said is None and (norm in _WHILE or norm in SPEECH_PARTICIPLES
                             or strip_conj(norm) in SPEECH_VERBS):
            return None  # the trigger is the claim's verb or object, not in a reported clause
        if said is None and norm in _THAT_CLAUSE:
            said = k
            continue
        if said is not None and norm in SPEECH_PARTICIPLES:
            return k if k > 0 else None
        if said is not None and strip_conj(norm) in SPEECH_VERBS:
            for c in range(k - 1, max(0, k - 1 - _VERB_GAP) - 1, -1):
                word = toks[c].norm
                if word in _WHILE and c > 0:
                    return c
                if word == _WHEN and c > 1 and strip_conj(toks[c - 1].norm) == _IN:
                    return c - 1
            return None
    return None


#: Activities that last (protests, strikes, sit-ins, battles, a siege, talks), indefinite:
#: a counted interval before one (بعد أسبوعين من احتجاجات حاشدة، بعد يومين من معارك عنيفة)
#: reads as its duration, which dates nothing (README, round 15's convention: "a duration
#: dates nothing"; ev-953, ev-1064, ev-1362, ev-1373 code so). Not اشتباكات, which the gold
#: reads as an incident counted back (ev-528, ev-845), nor a one-off act (هجوم، زيارة).
DURATIVE_NOUNS = _n((
    "احتجاجات", "مظاهرات", "تظاهرات", "معارك", "إضراب", "اضراب", "إضرابات", "اعتصام",
    "اعتصامات", "حصار", "قتال", "مفاوضات", "محادثات", "مشاورات"))


def durative_noun(word: str) -> bool:
    """Whether ``word`` (as written, a conjunction allowed) names an activity that lasts."""
    return strip_conj(normalize_key(word)) in DURATIVE_NOUNS




#: Relative pronouns (normalised) that describe the noun before them.
_RELATIVES = _n(("الذي", "التي", "الذين"))
_COMMAS = frozenset("،,")


def own_relative(toks: list[Token], m: Match, hi: int) -> tuple[int, int] | None:
    """(start, end) token indices of the relative clause right after a noun trigger
    (التفجير الانتحاري الذي استهدف مسجدا في سوق مدينة مايدوغوري، عاصمة ولاية بورنو، خلال
    صلاة المغرب أول أمس السبت، وأسفر عن …): the clause describes the act, so a time in it
    dates the act. It runs over comma-set inserts to a comma before و or فيما, or the end
    of the sentence; ``None`` when no such clause follows or the trigger's clause (ending
    at ``hi``) was cut before it (a relative clause on a later noun)."""
    if m.trigger.pos == "verb":
        return None
    start = next((j for j in range(m.last + 1, min(len(toks), m.last + 2 + RELATIVE_GAP))
                  if toks[j].norm in _RELATIVES), None)
    if start is None or start >= hi or any(t.kind != "word" for t in toks[m.last + 1:start]):
        return None
    for j in range(start + 1, len(toks)):
        if toks[j].norm in HARD_STOPS:
            return start, j
        if toks[j].norm in _COMMAS and j + 1 < len(toks) and (
                toks[j + 1].norm[:1] == "و" or toks[j + 1].norm in _WHILE):
            return start, j
    return start, len(toks)


#: Acts whose complement is a later act they hold out (مهددا بإضراب مفتوح خلال شهر فيفري،
#: هدد بخوض إضراب قبل نهاية الشهر الجاري): a month told after the trigger is that act's, not
#: the threat's (dates pass 3, 2026-12-04 (15); the dev gold dates a threat by a month only
#: when the month precedes it: قد هدد الشهر الماضي بتعليق).
THREAT_TYPES = frozenset(["THREATEN"])
#: Words opening a threat's complement besides a ب clitic (حذر من، حذر من أن، بـ«…»: ب alone).
_THREAT_OBJECT_WORDS = frozenset(["من", "بان", "ب"])


def threat_object_start(toks: list[Token], m: Match) -> int | None:
    """Character offset where a threat's complement (the act held out) begins: the first
    word after the trigger's verb with ب on it (مهددا بـ«إضراب»، هدد الشهر الماضي بتعليق) or
    من (حذر من), within its sentence; else ``None``."""
    for k in range(m.first + 1, len(toks)):
        if toks[k].norm in _THREAT_OBJECT_WORDS or toks[k].clitics.startswith("ب"):
            return toks[k].start
    return None
