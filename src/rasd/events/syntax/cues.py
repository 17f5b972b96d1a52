"""Finding the modifier cues of ``data/events/modifiers.tsv`` in a sentence, for
:mod:`rasd.events.syntax.modifiers`.

Cues are found with the same readings as triggers (normalised form and clitic-stripped
bases), the longest cue at a position winning; a cue's condition (``imperfect-next``,
``except:``, ``count-near``…) is checked where it is found. A normalised ``ان`` is both إن
("if") and أن ("that"): the hypothetical cue is taken only when the page spells it إن.

Split out of ``modifiers.py``.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from rasd.caches import WORD_CACHE_SIZE, word_cache
from rasd.events.lexicon import Alt, Modifier, cue_heads, modifier_index
from rasd.events.matcher import Readings, plain_readings
from rasd.events.retellings.answered_acts import told_with_its_doer
from rasd.events.syntax.clauses import CLAUSE_PUNCT, KANA, SPEECH_VERBS, strip_conj
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Imperfect prefixes after قد. Not أ/ا: normalisation folds the 1st person أ into the alif
#: that begins past verbs of forms IV, VIII and X (قد أعلنت، قد انسحبت = "had"), which are
#: far more frequent in news than "I may".
_IMPERFECT = frozenset("يتن")
#: Distinct ``except:`` conditions remembered: modifiers.tsv has a handful.
EXCEPT_CACHE_SIZE = 64


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
def _self_words(cond: str) -> frozenset[str]:
    """The words of a ``not-word:W|W`` condition (normalised), read once per condition."""
    return frozenset(normalize_key(w) for w in cond[len("not-word:"):].split("|"))


@lru_cache(maxsize=EXCEPT_CACHE_SIZE)
def _after_words(cond: str) -> frozenset[str]:
    """The words of a ``not-after:W|W`` condition, read once per condition."""
    return frozenset(cond[len("not-after:"):].split("|"))


def _condition_ok(cue: Cue, toks: list[Token]) -> bool:
    """Whether the cue's condition holds; ``A;B`` holds when both do (``except:…;not-after:…``)."""
    if cue.mod.kind == "negation" and _opens_quoted_name(cue, toks):
        return False  # fix42
    return all(_one_condition_ok(c, cue, toks) for c in cue.mod.condition.split(";"))


#: Most words of a quoted name after a negation word that opens it (fix42).
QUOTED_NAME_WORDS = 3
#: First letters of an imperfect verb (normalised, so أ is ا): a negated quoted statement.
_IMPERFECT_LETTERS = frozenset("يتنا")


def _opens_quoted_name(cue: Cue, toks: list[Token]) -> bool:
    """Whether the cue is the first word of a short name in guillemets (صحيفة «لا فوا»،
    «لا كروا»، إذاعة «ما بعد»): French and Spanish article ``La``, a title; it negates no
    act outside the quotes (fix42, round 42). A quoted statement that opens with the
    negation and an imperfect verb («لن يستقيل»، «لا تسمح» بدخول) is negated speech."""
    if cue.first == 0 or toks[cue.first - 1].norm != "«" or cue.last + 1 >= len(toks):
        return False
    if strip_conj(toks[cue.last + 1].norm)[:1] in _IMPERFECT_LETTERS:
        return False
    end = min(len(toks), cue.last + QUOTED_NAME_WORDS + 1)
    return any(t.norm == "»" for t in toks[cue.last + 1:end])


def _one_condition_ok(cond: str, cue: Cue, toks: list[Token]) -> bool:
    nxt = toks[cue.last + 1] if cue.last + 1 < len(toks) else None
    if cond == "imperfect-next":
        if nxt is None or nxt.kind != "word":
            return False
        if any(strip_conj(t.norm) in KANA for t in toks[max(0, cue.first - KANA_REACH):cue.first]):
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
    if cond.startswith("not-word:"):  # the cue word itself in an idiom: بدوره = "in turn"
        return strip_conj(toks[cue.first].norm) not in _self_words(cond)
    if cond.startswith("not-after:"):  # the word before voids it: غير المشروط = unconditional
        prev = toks[cue.first - 1] if cue.first > 0 else None
        return prev is None or strip_conj(prev.norm) not in _after_words(cond)
    if cond == "clause-initial":
        if cue.first == 0 or toks[cue.first].norm[:1] in ("و", "ف"):
            return True
        return toks[cue.first - 1].norm in CLAUSE_PUNCT
    if cond == "not-after-speech":
        return not any(strip_conj(t.norm) in SPEECH_VERBS for t in toks[: cue.first])
    if cond == "referred-next":
        # fix41: ردا على الرسوم التي فرضتها واشنطن names its doer: told for the first time
        return nxt is not None and referred(nxt) and not told_with_its_doer(toks, cue.last + 1)
    if cond == "count-near":
        near = toks[max(0, cue.first - COUNT_NEAR_BEFORE):cue.first] \
            + toks[cue.last + 1:cue.last + 1 + COUNT_NEAR_AFTER]
        return any(t.kind == "number" for t in near)
    return True


#: Demonstratives that point back to an act already told (ردا على هذه الخطوة).
_DEMONSTRATIVES = frozenset(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"])
#: Object pronouns fused to a verbal noun (ردا على اعتقاله، ردا على إغلاقها), in the text's
#: own spelling (normalisation spells ة like ه).
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


#: Verbal nouns whose own first letters are ال (Form VIII of roots in ل: التزام، التقاء،
#: التحاق، التماس), indefinite in construct though they read like الـ + noun (fix39).
_OWN_ALIF_LAM = frozenset(normalize_key(w) for w in (
    "التزام", "التقاء", "التحاق", "التماس", "التفاف"))


def referred(tok: Token) -> bool:
    """Whether a word names an act as already known: a definite noun (الغارة، التوقيف،
    التهديدات), a demonstrative (هذه الخطوة) or a noun with a fused pronoun (اعتقاله); an
    indefinite noun in construct (إغلاق شرطة كوسوفو معبر ياريني، توقيف موظف قنصلي) names
    an act of its own with its party."""
    word = strip_conj(tok.norm)
    if word in _OWN_ALIF_LAM:
        return False  # ردا على التزام مينسك بالإفراج: a commitment named with its party
    if word.startswith(("ال", "لل")) or word in _DEMONSTRATIVES:
        return True
    return tok.text.endswith(_PRONOUN_ENDINGS)


#: How far before قد its pluperfect auxiliary may stand (وكان سمو ولي العهد قد تلقى).
KANA_REACH = 5


#: The tokens a ``count-near`` cue looks at for a figure: before it, the act's count and its
#: victims (وقتل أكثر من 200 عنصر أمن في الإقليم منذ مطلع العام); after it, a tally's figure
#: (عدد الذين أعدموا منذ مطلع العام تجاوز 1000). A cue with no figure near it is no tally (رابع
#: عملية تستهدف المصلين منذ بداية العام: the act itself, counted among others).
COUNT_NEAR_BEFORE = 9
COUNT_NEAR_AFTER = 4
