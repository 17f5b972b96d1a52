"""Modifier cues (``data/events/modifiers.tsv``) applied to the trigger matches of a sentence:
negation, denial, foiled acts, future, hypothetical, generic statements, embedded content,
and where the attribution cues are.

Cues are found with the same readings as triggers (normalised form and clitic-stripped
bases). A normalised ``ان`` is both إن ("if") and أن ("that"): the hypothetical cue is taken
only when the page spells it إن.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from rasd.caches import WORD_CACHE_SIZE, word_cache
from rasd.events.lexicon import Alt, Modifier, cue_heads, modifier_index
from rasd.events.matcher import HARD_PUNCT, Match, Readings, plain_readings
from rasd.text.tokens import Token

#: Clause boundaries for clause-scoped cues (modifiers.tsv header).
CLAUSE_PUNCT = frozenset(".،,؛;:!?؟")
#: Imperfect prefixes after قد. Not أ/ا: normalisation folds the 1st person أ into the alif
#: that begins past verbs of forms IV, VIII and X (قد أعلنت، قد انسحبت = "had"), which are
#: far more frequent in news than "I may".
_IMPERFECT = frozenset("يتن")
#: Distinct ``except:`` conditions remembered: modifiers.tsv has a handful.
EXCEPT_CACHE_SIZE = 64
#: Speech verbs after which إن is the complementiser, not "if" (modifiers.tsv condition
#: not-after-speech); normalised.
_SPEECH = frozenset([
    "قال", "قالت", "قالوا", "يقول", "تقول", "اكد", "اكدت", "يؤكد", "تؤكد", "اضاف", "اضافت",
    "اوضح", "اوضحت", "ذكر", "ذكرت", "اعلن", "اعلنت", "افاد", "افادت", "صرح", "صرحت", "تابع",
    "تابعت", "اشار", "اشارت", "زعم", "زعمت"
])


@dataclass(slots=True)
class Flags:
    """What the cues of a sentence say about one match."""

    negated: bool = False
    denied: bool = False
    future: bool = False
    hypothetical: bool = False
    content: bool = False  # the content of a request, threat, promise or refusal
    generic: bool = False
    result: bool = False  # the consequence of an act told before it (ما أدى إلى مقتل)


@dataclass(slots=True)
class Cue:
    """A modifier cue found on tokens ``[first, last]``."""

    mod: Modifier
    first: int
    last: int


@dataclass(slots=True)
class SentenceCues:
    cues: list[Cue] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.mod.kind == kind]


_NORM = itemgetter(3)  # Token.norm


def strip_conj(norm: str) -> str:
    """A normalised word without a fused conjunction (وأعلن → أعلن), when a word remains."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


@word_cache
def cue_starts(norm: str) -> tuple[tuple[Modifier, Alt], ...]:
    """The cues a word of this normalised form may begin (longest first), read through its
    plain readings; most words begin none, and a page repeats its words, hence the cache."""
    words = plain_readings(norm)
    if norm[:1] in ("و", "ف") and len(norm) <= 4:
        # the tokenizer keeps three letters after a clitic: ولم، ولن، فلا are read here
        words = words | {norm[1:]}
    heads = cue_heads()
    if heads.isdisjoint(words):
        return ()
    index = modifier_index()
    return tuple(pair for reading in words for pair in index.get(reading, ()))


#: A cue word standing for any number (خلال # أشهر: خلال 10 أشهر).
NUMBER_SLOT = "#"


def _cue_word(word: str, tok: Token, plain: AbstractSet[str]) -> bool:
    """Whether a token reads as a cue's word after its first (``#`` takes any number)."""
    if word == NUMBER_SLOT:
        return tok.kind == "number"
    return word in plain


#: A word's cues (:func:`cue_starts`) sorted by their second word: the positions of the
#: one-word cues, of those whose second word is a number (``#``), and second word ->
#: positions. في and من begin a dozen cues each and stand in almost every sentence; most
#: of their cues fail at the second word, which this tells with one probe per reading.
_CuePlan = tuple[tuple[int, ...], tuple[int, ...], dict[str, tuple[int, ...]]]
_PLANS: dict[str, _CuePlan] = {}


def _plan(norm: str, starts: tuple[tuple[Modifier, Alt], ...]) -> _CuePlan:
    if len(_PLANS) >= WORD_CACHE_SIZE:
        _PLANS.clear()
    singles: list[int] = []
    numbers: list[int] = []
    second: dict[str, list[int]] = {}
    for k, (_, form) in enumerate(starts):
        if len(form) == 1:
            singles.append(k)
        elif form[1] == NUMBER_SLOT:
            numbers.append(k)
        else:
            second.setdefault(form[1], []).append(k)
    plan = _PLANS[norm] = (tuple(singles), tuple(numbers),
                           {w: tuple(ks) for w, ks in second.items()})
    return plan


def _second_word_passes(norm: str, starts: tuple[tuple[Modifier, Alt], ...],
                        toks: list[Token], plain: list[frozenset[str]],
                        i: int) -> list[tuple[Modifier, Alt]]:
    """The cues of ``starts`` (token ``i``'s) whose second word, if any, is read at
    ``i + 1``, in their order in ``starts``."""
    singles, numbers, second = _PLANS.get(norm) or _plan(norm, starts)
    if i + 1 >= len(toks) or not (numbers or second):
        return [starts[k] for k in singles]
    ks = list(singles)
    if numbers and toks[i + 1].kind == "number":
        ks.extend(numbers)
    if second:
        for reading in plain[i + 1]:
            more = second.get(reading)
            if more is not None:
                ks.extend(more)
    ks.sort()
    return [starts[k] for k in ks]


def find_cues(toks: list[Token], readings: Readings | None = None) -> SentenceCues:
    """Every modifier cue in a sentence (the longest cue at a position wins)."""
    plain = (readings or Readings(toks)).plain
    out = SentenceCues()
    # cue_starts over every token in C (map), the kind tested only where a cue may start:
    # most tokens start none, and the loop body was most of the cue finder's time
    for i, starts in enumerate(map(cue_starts, map(_NORM, toks))):
        if not starts:
            continue
        tok = toks[i]
        if tok.kind != "word":
            continue
        best: list[Cue] = []
        for mod, form in _second_word_passes(tok.norm, starts, toks, plain, i):
            n = len(form)
            if n > 2 and (i + n > len(toks) or any(
                    not _cue_word(form[k], toks[i + k], plain[i + k]) for k in range(2, n))):
                continue
            if form == ("ان",) and not tok.text.lstrip("وف").startswith("إ"):
                continue  # أن "that", not إن "if"
            if best and n < best[0].last - best[0].first + 1:
                continue
            if best and n > best[0].last - best[0].first + 1:
                best = []
            if all(c.mod is not mod for c in best):
                best.append(Cue(mod, i, i + n - 1))
        if best:
            out.cues.extend(c for c in best if _condition_ok(c, toks))
    return out


def _past_suffix(word: str) -> bool:
    """Whether a ت-word ends like a Form V/VI past verb: ت or وا (تظاهروا), or the dual ا
    and تا (قد تعهدا، قد تعهدتا); an imperfect ends in ا only with an object pronoun (قد
    تمنحها، قد تمنحنا)."""
    if word.endswith(("ت", "وا")):
        return True
    return word.endswith("ا") and not word.endswith(("ها", "نا"))


@lru_cache(maxsize=EXCEPT_CACHE_SIZE)
def _except_words(cond: str) -> frozenset[str]:
    """The words of an ``except:W|W`` condition, read once per condition (every cue of
    every sentence checks it; rebuilding the set per call was ~0.8% of pipeline CPU)."""
    return frozenset(cond[len("except:"):].split("|"))


@lru_cache(maxsize=EXCEPT_CACHE_SIZE)
def _after_words(cond: str) -> frozenset[str]:
    """The words of a ``not-after:W|W`` condition, read once per condition."""
    return frozenset(cond[len("not-after:"):].split("|"))


def _condition_ok(cue: Cue, toks: list[Token]) -> bool:
    cond = cue.mod.condition
    nxt = toks[cue.last + 1] if cue.last + 1 < len(toks) else None
    if cond == "imperfect-next":
        if nxt is None or nxt.kind != "word":
            return False
        if any(strip_conj(t.norm) in _KANA for t in toks[max(0, cue.first - KANA_REACH):cue.first]):
            return False  # كان … قد تلقى: the pluperfect, whatever the verb's shape
        word = strip_conj(nxt.norm)
        # a Form V/VI past verb also starts with ت (وكان المحتجون قد تظاهروا = "had"), and a
        # past verb of a root in ن with ن (قد نشرت، قد نفذوا، قد نصبوا): its past suffix
        # (ت، وا) tells it from the imperfect
        return word[:1] in _IMPERFECT and not (word[0] in "تن" and _past_suffix(word))
    if cond == "yaa-next":  # only the unambiguous imperfect: تعرض may be past تعرّض
        return nxt is not None and nxt.kind == "word" and strip_conj(nxt.norm)[:1] == "ي"
    if cond.startswith("except:"):
        return nxt is None or nxt.norm not in _except_words(cond)
    if cond.startswith("not-after:"):  # the word before voids it: غير المشروط = unconditional
        prev = toks[cue.first - 1] if cue.first > 0 else None
        return prev is None or strip_conj(prev.norm) not in _after_words(cond)
    if cond == "clause-initial":
        if cue.first == 0 or toks[cue.first].norm[:1] in ("و", "ف"):
            return True
        return toks[cue.first - 1].norm in CLAUSE_PUNCT
    if cond == "not-after-speech":
        return not any(strip_conj(t.norm) in _SPEECH for t in toks[: cue.first])
    if cond == "count-near":
        near = toks[max(0, cue.first - COUNT_NEAR_BEFORE):cue.first] \
            + toks[cue.last + 1:cue.last + 1 + COUNT_NEAR_AFTER]
        return any(t.kind == "number" for t in near)
    return True


#: How far before قد its pluperfect auxiliary may stand (وكان سمو ولي العهد قد تلقى).
KANA_REACH = 5


#: The tokens a ``count-near`` cue looks at for a figure: before it, the act's count and its
#: victims (وقتل أكثر من 200 عنصر أمن في الإقليم منذ مطلع العام); after it, a tally's figure
#: (عدد الذين أعدموا منذ مطلع العام تجاوز 1000). A cue with no figure near it is no tally (رابع
#: عملية تستهدف المصلين منذ بداية العام: the act itself, counted among others).
COUNT_NEAR_BEFORE = 9
COUNT_NEAR_AFTER = 4


#: Longest comma-delimited insert a clause runs across (``، أمس الثلاثاء،``, ``، الأحد،``):
#: news Arabic sets the time of an act between commas inside its clause.
INSERT_WORDS = 4
_COMMAS = frozenset("،,")


def _insert_after(toks: list[Token], j: int) -> int | None:
    """If the comma at ``j`` opens a short insert closed by another comma, that comma's
    index; an insert holds at most :data:`INSERT_WORDS` tokens and no new clause (و/ف)."""
    for k in range(j + 1, min(len(toks), j + INSERT_WORDS + 2)):
        t = toks[k]
        if t.norm in _COMMAS:
            return k if k > j + 1 else None
        if t.norm in CLAUSE_PUNCT or t.clitics[:1] in ("و", "ف"):
            return None
    return None


def _insert_before(toks: list[Token], j: int) -> int | None:
    """Mirror of :func:`_insert_after` for the comma at ``j`` closing an insert."""
    for k in range(j - 1, max(-1, j - INSERT_WORDS - 2), -1):
        t = toks[k]
        if t.norm in _COMMAS:
            return k if k < j - 1 else None
        if t.norm in CLAUSE_PUNCT or t.clitics[:1] in ("و", "ف"):
            return None
    return None


def clause_end(toks: list[Token], i: int) -> int:
    """Index of the token ending the clause that token ``i`` is in (exclusive); a short
    insert between commas does not end it."""
    j = i + 1
    while j < len(toks):
        if toks[j].norm in CLAUSE_PUNCT:
            close = _insert_after(toks, j) if toks[j].norm in _COMMAS else None
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
        if toks[j].norm in _COMMAS and j + 1 < i and _opens_clause(toks, j + 1):
            return j + 1
        if toks[j].norm in CLAUSE_PUNCT:
            open_ = _insert_before(toks, j) if toks[j].norm in _COMMAS else None
            if open_ is None:
                return j + 1
            j = open_
        j -= 1
    return 0


#: The pluperfect auxiliary (وكانت الجزائر قد استدعت): a backgrounder in the past.
_KANA = frozenset(["كان", "كانت", "كانوا", "كانا", "كانتا"])
#: Particles and prepositions a narrative continuation does not open with (وفي وقت لاحق،
#: ولم تسجل، وذلك بعد).
_NOT_VERB = frozenset(["في", "لم", "لن", "لا", "ما", "ذلك", "هذا", "هذه", "من", "على", "الي",
                       "عن", "مع", "بعد", "قبل", "منذ", "كان", "قد", "ان", "لكن", "اما"])
#: Form V masculine past verbs of reactions (وتوعد قائد الجيش، وتعهد الرئيس): they open
#: with ت and end in neither ت nor وا, like an imperfect, but no imperfect is spelt so
#: (the imperfects are يتوعد/تتوعد): a narrative continuation all the same.
_FORM_V_PAST = frozenset(["توعد", "تعهد"])


#: Relative pronouns (normalised). One right after a trigger describes the act itself
#: (الهجوم الذي استهدف المنشأة أمس): its time dates the act; one further on describes
#: another noun.
_RELATIVES = frozenset(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"])
RELATIVE_GAP = 2


def backgrounder_after(toks: list[Token], i: int, end: int) -> int:
    """Index of the first pluperfect auxiliary (كان/كانوا ... قد) after token ``i`` and before
    ``end``, else ``end``: what follows tells an earlier act (أفرج مسلحون عن عامل كانوا قد
    اختطفوه في أبريل 2018), so its time does not date the trigger."""
    for j in range(i + 1, end - 1):
        if strip_conj(toks[j].norm) in _KANA and toks[j + 1].norm == "قد":
            return j
        if toks[j].norm in _RELATIVES and j > i + RELATIVE_GAP:
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
    if skip:
        word = first.norm[1:] if first.norm[:1] in ("و", "ف") else first.norm
        if word.startswith("ال"):
            return False  # a noun subject (في غضون ذلك، السلطات ...): no verb to read
    elif first.norm[:1] not in ("و", "ف") or len(first.norm) < 4:
        return False
    else:
        word = first.norm[1:]
    if len(word) < 3 or word in _KANA or word in _SPEECH or word in _NOT_VERB:
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


def _future_prefix(m: Match, toks: list[Token]) -> bool:
    """A verb trigger read through the future prefix س (ستعقد، وسيزور)."""
    if m.trigger.pos not in ("verb", "phrase"):
        return False
    word = strip_conj(toks[m.first].norm)
    if len(word) < 4 or word[0] != "س" or word[1] not in "يتن":
        return False
    return all(word not in alt for slot in m.trigger.slots[:1] for alt in slot.alts)


def _purpose_prefix(m: Match, toks: list[Token]) -> bool:
    """A verb trigger read through the particle لـ fused to an imperfect (ليقتل، ليدعو،
    ليقتلوا): 'in order to' or 'let him', a purpose or a command, not an act done. After a
    comma it tells what followed (، لتنسحب القوات): that consequence is reported."""
    if m.trigger.pos != "verb" or (m.first > 0 and toks[m.first - 1].norm in _COMMAS):
        return False
    word = strip_conj(toks[m.first].norm)
    if len(word) < 4 or word[0] != "ل" or word[1] not in "يتن":
        return False
    return all(word not in alt for slot in m.trigger.slots[:1] for alt in slot.alts)


#: Units of "every <unit>" (كل يوم، كل صباح) and the adverb "daily" (normalised): an act told
#: as daily is a habit or a figure of speech (كل صباح يشن التجار هجوما على جيوب المواطنين).
#: Matched in code, not as a modifiers.tsv row, whose cue words (يوم، مساء) would become
#: attributes of the candidate filter.
_DAILY_UNITS = frozenset(["يوم", "صباح", "مساء", "ليله", "اسبوع", "ساعه"])
_DAILY_WORDS = frozenset(["يوميا"])
#: Tokens looked at on either side of the trigger.
_DAILY_REACH = 3


def _daily(m: Match, toks: list[Token]) -> bool:
    """Whether "every day/morning/night" or "daily" stands within a few tokens of a
    trigger told by an imperfect verb (يشن، تقصف), with no punctuation between. A past
    verb tells acts that happened, however often (تعرضت يوميا لاعتداء جسدي)."""
    word = strip_conj(toks[m.first].norm)
    if m.trigger.pos not in ("verb", "phrase") or word[:1] not in ("ي", "ت") \
            or past_verb(word):
        return False
    def habitual(k: int) -> bool:
        word = strip_conj(toks[k].norm)
        return word in _DAILY_WORDS or (
            word in ("كل", "وكل", "فكل") and k + 1 < len(toks) and toks[k + 1].norm in _DAILY_UNITS)
    for k in range(m.first - 1, max(-1, m.first - 2 - _DAILY_REACH), -1):
        if toks[k].norm in HARD_PUNCT:
            break
        if habitual(k):
            return True
    for k in range(m.last + 1, min(len(toks), m.last + 1 + _DAILY_REACH)):
        if toks[k].norm in HARD_PUNCT:
            break
        if habitual(k):
            return True
    return False


#: Prepositions that make a trigger the setting of a speech act, not its content (اتفق
#: الجانبان خلال اتصال هاتفي على …، تعهد في ختام القمة ب…): normalised.
_SETTING_WORDS = frozenset(["خلال", "اثناء", "ختام", "هامش"])


def _setting(m: Match, toks: list[Token]) -> bool:
    """Whether the meeting or call of ``m`` is the occasion of the act before it (خلال
    اتصال هاتفي): only talks are such a setting."""
    return m.trigger.type == "CONSULT" and m.first > 0 \
        and strip_conj(toks[m.first - 1].norm) in _SETTING_WORDS


def flags_for(matches: list[Match], toks: list[Token], cues: SentenceCues) -> list[Flags]:
    """The flags each match gets from the sentence's cues."""
    flags = [Flags(future=_future_prefix(m, toks) or _purpose_prefix(m, toks),
                   generic=_daily(m, toks)) for m in matches]
    for cue in cues.cues:
        mod = cue.mod
        if mod.effect in ("none", "attribution"):
            continue
        for k in _in_scope(cue, matches, toks):
            if matches[k].first <= cue.first <= matches[k].last \
                    and not _subject_in_gap(cue, matches[k]) \
                    and not (mod.scope == "sentence" and mod.effect == "not-event"):
                # the cue is part of the trigger itself (لن يترشح، رفض الإفراج); a sentence's
                # non-political frame counts even inside a phrase's gap (فرضت [مفارز المرور]
                # طوقا)
                continue
            f = flags[k]
            if mod.effect.startswith("negated"):
                f.negated = True
                f.denied = f.denied or mod.kind == "denial"
                f.future = f.future or mod.effect.endswith("future")
            elif mod.effect == "future":
                f.future = True
            elif mod.effect == "hypothetical":
                f.hypothetical = True
            elif mod.effect == "content":
                if not _setting(matches[k], toks):
                    f.content = True
            elif mod.effect == "not-event":
                f.generic = True
            elif mod.effect == "result":
                f.result = True
    return flags


def _in_scope(cue: Cue, matches: list[Match], toks: list[Token]) -> list[int]:
    mod = cue.mod
    if mod.scope == "sentence":
        return list(range(len(matches)))
    if mod.scope == "clause":
        end = clause_end(toks, cue.last)
        found = [k for k, m in enumerate(matches) if cue.last < m.first < end]
        if not found and mod.effect == "content":
            found = _content_after_insert(toks, end, matches)
        if not found and mod.kind == "denial" and _object_after_comma(toks, end):
            # a denial whose clause ends before its object (نفى المتحدث باسم الجماعة، محمد
            # عبد السلام، أمس ما نقل عن زعيمهم بشأن رفضه): the object is in the next clause
            nxt = clause_end(toks, end + 1)
            found = [k for k, m in enumerate(matches) if end < m.first < nxt]
        return found
    out: list[int] = []
    if mod.position in ("before", "around"):
        after = [k for k, m in enumerate(matches)
                 if m.first > cue.last and m.first - cue.last - 1 <= mod.window
                 and not any(t.norm in HARD_PUNCT for t in toks[cue.last + 1:m.first])]
        out.extend(after[:1])
    if mod.position in ("after", "around"):
        before = [k for k, m in enumerate(matches)
                  if m.last < cue.first and cue.first - m.last - 1 <= mod.window]
        out.extend(before[-1:])
        out.extend(k for k, m in enumerate(matches) if _subject_in_gap(cue, m))
    return out


#: Longest insert between an agreement verb and its complement (اتفقت الحكومتان، خلال اجتماع
#: عقد في مدينة جربة أمس الخميس، على إعادة فتح المعبر).
CONTENT_INSERT_WORDS = 10
#: Prepositions that open such a complement (normalised: على is علي).
_COMPLEMENT_PREPS = frozenset({"علي", "الي"})


def _content_after_insert(toks: list[Token], end: int, matches: list[Match]) -> list[int]:
    """The triggers of a complement told after a long insert that ends the cue's clause at
    ``end`` (a comma): the clause after the insert's closing comma, opened by على / إلى."""
    if end >= len(toks) or toks[end].norm not in _COMMAS:
        return []
    for k in range(end + 1, min(len(toks) - 1, end + CONTENT_INSERT_WORDS + 2)):
        t = toks[k]
        if t.norm in CLAUSE_PUNCT and t.norm not in _COMMAS:
            return []
        if t.norm in _COMMAS:
            if k == end + 1 or toks[k + 1].norm not in _COMPLEMENT_PREPS:
                return []
            stop = clause_end(toks, k + 1)
            return [i for i, m in enumerate(matches) if k < m.first < stop]
    return []


#: Words that open a denied object (ما نقل عن، ما نسب إليه، الأنباء، التقارير): normalised.
_DENIED_OBJECT = frozenset(["ما", "الانباء", "التقارير", "الاتهامات", "الادعاءات", "المزاعم",
                            "صحه", "وجود", "ان"])
#: How far into the next clause the denied object may start (an appositive name, a place
#: or a day before it: ، محمد عبد السلام على صفحته أمس ما نقل).
DENIED_OBJECT_WINDOW = 14


def _object_after_comma(toks: list[Token], end: int) -> bool:
    """Whether the clause after the comma at ``end`` holds a denial's object: it is not a
    new clause (no و/ف-fused word opens it) and a word that opens a denied object (ما نقل،
    الأنباء، أن) comes within :data:`DENIED_OBJECT_WINDOW` tokens."""
    if end >= len(toks) - 1 or toks[end].norm not in _COMMAS:
        return False
    if toks[end + 1].clitics[:1] in ("و", "ف"):
        return False
    stop = clause_end(toks, end + 1)
    return any(t.norm in _DENIED_OBJECT
               for t in toks[end + 1:min(stop, end + 1 + DENIED_OBJECT_WINDOW)])


def _subject_in_gap(cue: Cue, m: Match) -> bool:
    """Whether a not-event subject cue opens the gap of a phrase trigger (وقعت [الشركة]
    عقدا): the verb's subject, which the cue judges like one right after a verb."""
    return cue.mod.effect == "not-event" and cue.mod.position == "after" \
        and cue.mod.window == 0 and cue.first == m.first + 1 < m.last
