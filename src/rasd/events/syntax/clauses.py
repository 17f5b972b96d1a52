"""Clauses and narrative links of a tokenised sentence, for the modifier cues
(:mod:`rasd.events.syntax.modifiers`), the event's date (:mod:`rasd.events.dates.context`) and its
arguments.

* where the clause of a token starts and ends (:func:`clause_start`, :func:`clause_end`): at
  clause punctuation, across a short insert between commas (``، أمس الثلاثاء،``), and at a
  comma before فيما / بينما / في حين;
* where a pluperfect backgrounder (كانوا قد) or a relative clause on a later noun starts
  (:func:`backgrounder_after`);
* whether a sentence goes on with the narrative of the one before (:func:`continues`) and
  whether a word reads as a past verb (:func:`past_verb`);
* a word without its fused conjunction (:func:`strip_conj`).

Split out of ``modifiers.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from rasd.events.syntax.channel_inserts import CHANNEL_WORDS, insert_words
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Marks that end a sentence in the raw text (the regex scans of counts, tolls and dates).
SENTENCE_END = re.compile(r"[.!?؟\n]")


@lru_cache(maxsize=4)
def _sentence_marks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in SENTENCE_END.finditer(text))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The raw-text sentence around ``[start, end)``: from after the last :data:`SENTENCE_END`
    mark before ``start`` to the first one at or after ``end`` (the marks of a page are found
    once, not once per event)."""
    marks = _sentence_marks(text)
    i = bisect_left(marks, start)
    j = bisect_left(marks, end)
    return (marks[i - 1] + 1 if i else 0), (marks[j] if j < len(marks) else len(text))


#: The same, with the semicolons that end a clause as firmly (a toll or a count told after
#: one belongs to the next clause).
SENTENCE_OR_SEMICOLON_END = re.compile(r"[.!?؟;؛\n]")
#: Marks a clause search never crosses (a sentence end, a semicolon, a colon), as tokens.
HARD_STOPS = frozenset(".؛;:!?؟")

#: Clause boundaries for clause-scoped cues (modifiers.tsv header).
CLAUSE_PUNCT = frozenset(".،,؛;:!?؟")
#: Speech verbs after which إن is the complementiser, not "if" (modifiers.tsv condition
#: not-after-speech); normalised.
SPEECH_VERBS = frozenset([
    "قال", "قالت", "قالوا", "يقول", "تقول", "اكد", "اكدت", "يؤكد", "تؤكد", "اضاف", "اضافت",
    "اوضح", "اوضحت", "ذكر", "ذكرت", "اعلن", "اعلنت", "افاد", "افادت", "صرح", "صرحت", "تابع",
    "تابعت", "اشار", "اشارت", "زعم", "زعمت"
])


def strip_conj(norm: str) -> str:
    """A normalised word without a fused conjunction (وأعلن → أعلن), when a word remains."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def strip_prefix(norm: str, prefixes: tuple[str, ...], min_rest: int) -> str:
    """``norm`` without the first of ``prefixes`` it begins with, when at least ``min_rest``
    letters remain (بالصواريخ → صواريخ). Each reader passes its own prefixes and length: a
    short stem (بث، لم) must keep a letter that only looks like a preposition, and how short
    depends on the words the reader compares against."""
    for p in prefixes:
        if norm.startswith(p) and len(norm) - len(p) >= min_rest:
            return norm[len(p):]
    return norm



#: What a definite word begins with: the article, with a fused conjunction or preposition.
DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال")


#: Form VIII verbs and verbal nouns of roots beginning with ل (normalised, without a fused
#: و/ف): their ال is the stem's own alif and lam, not the article. التقى سموه رئيس الأركان
#: is a further meeting, not الاجتماع retelling the one before; التزام is a fresh promise.
LAM_FORM_VIII = frozenset(normalize_key(w) for w in (
    "التقى", "التقت", "التقوا", "التقيا", "التقتا", "التقاه", "التقاها", "التقاهم", "التقاء",
    "التزم", "التزمت", "التزموا", "التزما", "التزام", "التزاما",
    "التحق", "التحقت", "التحقوا", "التحاق", "التمس", "التمست", "التماس"))


def is_definite(word: str) -> bool:
    """Whether a one-word trigger carries the article (الهجوم، والهجوم، بالاتفاق، للمفاوضات);
    not a Form VIII word of a ل root (والتقى، التزام: :data:`LAM_FORM_VIII`)."""
    if " " in word:
        return False
    key = normalize_key(word)
    if key in LAM_FORM_VIII or (key[:1] in ("و", "ف") and key[1:] in LAM_FORM_VIII):
        return False
    return any(word.startswith(p) and len(word) - len(p) >= 3 for p in DEFINITE_PREFIXES)

#: Longest comma-delimited insert a clause runs across (``، أمس الثلاثاء،``, ``، الأحد،``):
#: news Arabic sets the time of an act between commas inside its clause.
INSERT_WORDS = 4
COMMAS = frozenset("،,")


def _insert_after(toks: list[Token], j: int) -> int | None:
    """If the comma at ``j`` opens a short insert closed by another comma, that comma's
    index; an insert holds at most :data:`INSERT_WORDS` tokens and no new clause (و/ف)."""
    for k in range(j + 1, min(len(toks), j + insert_words(toks, j, INSERT_WORDS) + 2)):
        t = toks[k]
        if t.norm in COMMAS:
            return k if k > j + 1 else None
        if t.norm in CLAUSE_PUNCT or t.clitics[:1] in ("و", "ف"):
            return None
    return None


def _insert_before(toks: list[Token], j: int) -> int | None:
    """Mirror of :func:`_insert_after` for the comma at ``j`` closing an insert."""
    for k in range(j - 1, max(-1, j - CHANNEL_WORDS - 2), -1):
        t = toks[k]
        if t.norm in COMMAS:  # fix49: a channel insert (، في رسالة إلى الوزير،) runs longer
            within = j - k - 1 <= insert_words(toks, k, INSERT_WORDS)
            return k if k < j - 1 and within else None
        if t.norm in CLAUSE_PUNCT or t.clitics[:1] in ("و", "ف"):
            return None
    return None


def after_insert(toks: list[Token], i: int) -> int:
    """``i``, or the index after a short insert between commas opening at ``i`` (a verb's
    subject, then an adverbial between commas, then its object: استقبل الوالي، بعد ظهر اليوم،
    وفدا عن المحتجين)."""
    if i < len(toks) and toks[i].norm in COMMAS:
        close = _insert_after(toks, i)
        if close is not None:
            return close + 1
    return i


def clause_end(toks: list[Token], i: int) -> int:
    """Index of the token ending the clause that token ``i`` is in (exclusive); a short
    insert between commas does not end it."""
    j = i + 1
    while j < len(toks):
        if toks[j].norm in CLAUSE_PUNCT:
            close = _insert_after(toks, j) if toks[j].norm in COMMAS else None
            if close is None:
                return j
            j = close
        j += 1
    return len(toks)


#: Conjunctions that open a clause of their own after a comma (…، فجر اليوم، فيما قتل
#: جنديان): the comma before them closes no insert.
CLAUSE_OPENERS = frozenset({"فيما", "بينما"})
#: The two-word opener في حين "whereas" (…، في حين أعلن حلف القبائل رفع الجاهزية): like فيما,
#: the comma before it closes no insert (round 20).
_WHEREAS = ("في", "حين")


def _opens_clause(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a clause of its own after a comma (فيما، بينما، في حين)."""
    if toks[k].norm in CLAUSE_OPENERS:
        return True
    return toks[k].norm == _WHEREAS[0] and k + 1 < len(toks) and toks[k + 1].norm == _WHEREAS[1]


def clause_start(toks: list[Token], i: int) -> int:
    j = i - 1
    while j >= 0:
        if toks[j].norm in COMMAS and j + 1 < i and _opens_clause(toks, j + 1):
            return j + 1
        if toks[j].norm in CLAUSE_PUNCT:
            open_ = _insert_before(toks, j) if toks[j].norm in COMMAS else None
            if open_ is None:
                return j + 1
            j = _chained_opening(toks, open_)
        j -= 1
    return 0


#: Words that open a victims' subset insert (``، بينهم طفلان،``، ``، من بينهم امرأة،``): a
#: toll's clause runs across it and the time insert after it to the act (round 29:
#: ``استشهد 4 فلسطينيين، بينهم طفلان، فجر اليوم الاثنين، في غارة``). Other pairs of short
#: comma-set pieces are often a clause and an insert (``إنها نفذت غارة جوية، الأربعاء،``).
SUBSET_INSERT = frozenset({"بينهم", "بينهن", "بينها", "منهم", "منهن"})


def _subset_insert(toks: list[Token], comma: int) -> bool:
    k = comma + 1
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    return k < len(toks) and toks[k].norm in SUBSET_INSERT


def _chained_opening(toks: list[Token], open_: int) -> int:
    """The comma opening a victims' subset insert (:data:`SUBSET_INSERT`) that ends at the
    comma ``open_`` opens, else ``open_``."""
    before = _insert_before(toks, open_)
    return before if before is not None and _subset_insert(toks, before) else open_


#: The pluperfect auxiliary (وكانت الجزائر قد استدعت): a backgrounder in the past.
KANA = frozenset(["كان", "كانت", "كانوا", "كانا", "كانتا"])
#: Particles and prepositions a narrative continuation does not open with (وفي وقت لاحق،
#: ولم تسجل، وذلك بعد).
_NOT_VERB = frozenset(["في", "لم", "لن", "لا", "ما", "ذلك", "هذا", "هذه", "من", "على", "الي",
                       "عن", "مع", "بعد", "قبل", "منذ", "كان", "قد", "ان", "لكن", "اما"])
#: Form V masculine past verbs of reactions (وتوعد قائد الجيش، وتعهد الرئيس): they open
#: with ت and end in neither ت nor وا, like an imperfect, but no imperfect is spelt so
#: (the imperfects are يتوعد/تتوعد): a narrative continuation all the same.
_FORM_V_PAST = frozenset(["توعد", "تعهد"])


#: Relative pronouns (normalised), each opening a clause of its own. One right after a
#: trigger describes the act itself (الهجوم الذي استهدف المنشأة أمس): its time dates the
#: act; one further on describes another noun.
RELATIVE_PRONOUNS = frozenset(normalize_key(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"))
RELATIVE_GAP = 2
#: Verbs of holding a meeting right after a relative pronoun (في ختام الاجتماع الذي عقد أمس،
#: في جلسته التي انعقدت مساء أمس، المؤتمر الذي استضافته جنيف أمس الخميس): the clause dates
#: the session, the frame of the acts told at it, so its time is no other act's (dates pass,
#: 2026-12-04 (14)). Normalised, with the object pronoun the verb takes.
HOLDING_VERBS = frozenset(normalize_key(v + p) for v in (
    "عقد", "عقدت", "انعقد", "انعقدت", "استضاف", "استضافت", "احتضن", "احتضنت")
    for p in ("", "ه", "ها", "هما")) | frozenset(normalize_key(w) for w in (
        "أقيم", "أقيمت", "جرى", "جرت", "التأم", "التأمت", "أجري", "أجريت"))
#: Every word :func:`backgrounder_after` can stop at: an auxiliary, bare or behind a fused
#: و/ف (:func:`strip_conj`), or a relative pronoun. A span holding none is passed whole.
_BACKGROUND_OPENERS = KANA | frozenset(c + k for c in ("و", "ف") for k in KANA) \
    | RELATIVE_PRONOUNS
_NORM = itemgetter(3)  # Token.norm


#: Words a pluperfect's subject may take between كان and قد (كانت السلطات الإيرانية قد
#: احتجزتهم).
SUBJECT_REACH = 4


def _qad_after(toks: list[Token], j: int, end: int) -> bool:
    """Whether قد follows the auxiliary at ``j``, right after it or after a short subject
    of words only."""
    for k in range(j + 1, min(end, j + 2 + SUBJECT_REACH)):
        if toks[k].norm == "قد":
            return True
        if toks[k].kind != "word":
            return False
    return False


def backgrounder_after(toks: list[Token], i: int, end: int) -> int:
    """Index of the first pluperfect auxiliary (كان/كانوا ... قد) after token ``i`` and before
    ``end``, else ``end``: what follows tells an earlier act (أفرج مسلحون عن عامل كانوا قد
    اختطفوه في أبريل 2018), so its time does not date the trigger."""
    if _BACKGROUND_OPENERS.isdisjoint(map(_NORM, toks[i + 1:end - 1])):
        return end  # neither an auxiliary nor a relative pronoun (most calls): one C test
    for j in range(i + 1, end - 1):
        if strip_conj(toks[j].norm) in KANA and _qad_after(toks, j, end):
            return j
        if toks[j].norm in RELATIVE_PRONOUNS and j > i + RELATIVE_GAP \
                and not (j + 1 < end and toks[j + 1].norm in HOLDING_VERBS):
            return j  # a relative clause on a later noun (الجمعيات التي رأت ... في يوليو)
    return end


#: Discourse openers that keep the time frame of the sentence before (في غضون ذلك، نشرت
#: السلطات ...): normalised word sequences, followed by a comma. Not the openers of a
#: reaction (في المقابل، من جهتها، بدوره): a response need not come the same day.
_OPENERS = (("في", "غضون", "ذلك"), ("في", "الاثناء"), ("في", "الوقت", "نفسه"),
            ("في", "الوقت", "ذاته"),
            # "hours later," (وبعد ساعات، شنت): the same day, unlike "weeks later" or a
            # "later" with no measure (وفي وقت لاحق: an act told as later has no date)
            ("بعد", "ساعات"), ("بعد", "ساعه"), ("بعد", "ساعتين"), ("بعد", "ساعات", "قليله"))


def _opener_end(words: list[Token]) -> int:
    """Number of leading tokens that form a discourse opener and its comma, else 0."""
    norms = [t.norm for t in words[:5]]
    if norms and norms[0][:1] in ("و", "ف") and len(norms[0]) > 2:
        norms[0] = norms[0][1:]  # وفي غضون ذلك
    for opener in _OPENERS:
        n = len(opener)
        if tuple(norms[:n]) == opener and len(norms) > n and norms[n] in ("،", ","):
            return n + 1
    return 0


#: "Also" opening a sentence (كما رحب المجلس), normalised.
_ALSO = "كما"


def continues(toks: list[Token]) -> bool:
    """Whether a sentence goes on with the narrative of the one before it, so it shares its
    time frame: it opens with و/ف fused to a past-tense verb (واتفق الوزيران، وأدان المجلس),
    or with a "meanwhile" opener and a past-tense verb (في غضون ذلك، نشرت). Not a pluperfect
    backgrounder (وكانت ... قد), a new report (وقال ... إن), a present or future verb
    (ويخشى), or a particle or preposition (ولم، وفي)."""
    start = next((k for k, t in enumerate(toks) if t.kind == "word"), None)
    if start is None:
        return False
    skip = _opener_end(toks[start:])
    first = toks[start + skip] if start + skip < len(toks) else None
    if first is None or first.kind != "word":
        return False
    if not skip and first.norm == _ALSO and start + 1 < len(toks):
        # كما رحب المجلس باتفاق …: "also" before a past verb goes on with the narrative
        # (dates pass 3, 2026-12-04 (15)); not كما أن / كما قال (a new report)
        word = toks[start + 1].norm
        return toks[start + 1].kind == "word" and len(word) >= 3 and word not in KANA \
            and word not in SPEECH_VERBS and word not in _NOT_VERB and past_verb(word)
    if skip:
        word = first.norm[1:] if first.norm[:1] in ("و", "ف") else first.norm
        if word.startswith("ال"):
            return False  # a noun subject (في غضون ذلك، السلطات ...): no verb to read
    elif first.norm[:1] not in ("و", "ف") or len(first.norm) < 4:
        return False
    else:
        word = first.norm[1:]
    if len(word) < 3 or word in KANA or word in SPEECH_VERBS or word in _NOT_VERB:
        return False
    return past_verb(word)


def past_verb(word: str) -> bool:
    """Whether a sentence-initial word reads as a past verb, not an imperfect (يخشى، تقول،
    نعمل): a Form V/VI past fem. verb ends in ت (تخللت), and a root starting with ن takes
    the past suffixes ت/وا (نشرت، نفذوا), which a 1st-person plural imperfect does not."""
    if word[0] == "ي":
        return False
    if word in _FORM_V_PAST:
        return True
    if word[0] in "تن":
        return word.endswith(("ت", "وا"))
    return True


#: Complementisers that open a reported clause after a verb of saying (قال إن، أضاف أن،
#: أفاد بأن، وإن); normalised.
_THAT = frozenset(["ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم",
                   "وان", "وانه", "وانها", "وانهم"])


#: Longest speaker phrase between the verb of saying and its complementiser (وقال المتحدث
#: باسم حكومة طالبان ذبيح الله مجاهد إن: 9 tokens; with an insert between commas, more).
_SPEAKER_REACH = 16
#: Words that open another clause of the sentence (a second speaker's إن is not this one's).
_CLAUSE_LINKS = frozenset(["بينما", "فيما", "حين", "وبينما"])


def reported_act(toks: list[Token], first: int) -> bool:
    """Whether the token at ``first`` stands in the reported clause of a new sentence
    opened by و/ف and a past verb of saying (وقال مصدر أمني إن القوات اعتقلت، وأضاف البيان
    أن، وأفاد شهود بأن): the act the source reports, as against the report itself (the
    verb of saying, which :func:`continues` leaves without the paragraph's time frame)."""
    start = next((k for k, t in enumerate(toks) if t.kind == "word"), None)
    if start is None or start >= first:
        return False
    head = toks[start].norm
    if head[:1] not in ("و", "ف") or head[1:] not in SPEECH_VERBS \
            or head[1:] in ("يقول", "تقول", "يؤكد", "تؤكد"):
        return False
    for t in toks[start + 1:min(first, start + 1 + _SPEAKER_REACH)]:
        if t.norm in _THAT:
            return True
        if t.norm in _CLAUSE_LINKS:
            return False  # وأعلن الحزب …، بينما قال الوزير إن: another speaker's clause
    return False
