"""Calls to protest: a party's call on its members, its followers or the public to march,
strike, hold a stand or boycott is a future PROTEST of the caller, in the mode of what is
called (ودعت الهيئة منخرطيها إلى وقفة احتجاجية، ودعا إلى مسيرة جديدة، دعا التحالف إلى
مواصلة التظاهر); the protest held later is its own event. A call on an authority or a state
(دعت المفوضية السلطات إلى احترام حق التظاهر، دعا الدول العربية إلى مقاطعة …) stays a
REQUEST. This is the gold convention "Calls to protest" (tests/gold/events/README.md),
after ACLED's and CAMEO's practice of coding a called protest as the caller's protest.

The sentence builder (:mod:`rasd.events.sentence_events`) asks :func:`protest_calls` which
protest triggers of a sentence are the content of such a call: it builds them as events of
the caller (future) and drops the call's own REQUEST. The phrase rows that tell call and act
in one match (دعا المواطنين إلى التظاهر) are PROTEST rows; :data:`CALL_ROW_LEMMAS` marks
them future.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.matcher import Match
from rasd.events.senses.call_inserts import parted
from rasd.events.syntax.clauses import KANA, clause_start, strip_conj
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: REQUEST rows (lemmas of triggers.tsv) of a call verb: a call, not a demand (طالب) nor a
#: request (طلب), is what asks a crowd to act. The noun دعوة is left out: a protest held
#: "in response to a call" (استجابة لدعوة الاتحاد إلى الإضراب) names the call as its cause.
CALL_LEMMAS = frozenset({"دعا", "داعيا", "حث", "حض", "ناشد"})
#: PROTEST phrase rows that hold the call and the act called (دعا المواطنين إلى التظاهر):
#: their events are future.
CALL_ROW_LEMMAS = frozenset({"دعا المواطنين إلى التظاهر", "دعا المواطنين إلى الإضراب",
                             "دعا المواطنين إلى مقاطعة", "دعا المواطنين إلى العصيان",
                             "دعا إلى التظاهر",
                             "دعت إلى وقفات أمام",  # fix41
                             "دعا إلى الالتحاق بزملائهم"})  # fix55
#: Prepositions that open what a call asks for (normalised: إلى is الي, على is علي); a
#: fused لـ (للتظاهر، لمقاطعة) opens it too.
_OPENERS = frozenset({"الي", "علي"})
#: Words that may stand between the opening preposition and the protest word, naming a
#: step of taking part (إلى مواصلة التظاهر، إلى المشاركة في مسيرة، إلى تنظيم وقفة، إلى
#: الخروج في مظاهرات): normalised bases, without the article. Any other word (إلى احترام حق
#: التظاهر، إلى عدم قمع الاحتجاجات) makes the protest the object of another act asked for.
STEP_WORDS = frozenset(normalize_key(w) for w in (
    "مواصلة", "استئناف", "مشاركة", "واسعة", "مكثفة", "انضمام", "تنظيم", "خروج", "نزول",
    "توجه", "حشد", "كثافة", "في", "إلى",
    # round 27: waging, starting or carrying out a strike (إلى خوض إضراب مفتوح عن الطعام)
    "خوض", "بدء", "تنفيذ", "إعلان"))
#: Addressees that make the call a REQUEST to an authority or a state (normalised bases):
#: they are asked to allow or respect protest, or to take a state measure (a boycott by
#: states is a sanction), not to protest themselves.
AUTHORITY_WORDS = frozenset(normalize_key(w) for w in (
    "سلطات", "سلطة", "حكومة", "حكومات", "دول", "دولة", "برلمان", "شرطة", "جيش", "قوات",
    "أجهزة", "مجتمع"))
#: How many tokens a call's subject and addressee may take before what it asks for.
CALL_GAP = 8


def _opens(t: Token) -> bool:
    """Whether ``t`` is a preposition of a call's complement or carries a fused لـ."""
    return strip_conj(t.norm) in _OPENERS or "ل" in t.clitics.removesuffix("ال")


def _called(toks: list[Token], call: Match, act: Match) -> bool:
    """Whether ``act`` opens the complement of ``call``: the last preposition (or fused لـ)
    before the act, within :data:`CALL_GAP` tokens of it, with no authority addressee before
    it, only step words (:data:`STEP_WORDS`) between it and the act, and no punctuation on
    the way."""
    if parted(toks, call.last + 1, act.first):  # fix57: ، في بيان، crossed
        return False
    lo = max(call.last + 1, act.first - CALL_GAP)
    opener = next((k for k in range(act.first, lo - 1, -1) if _opens(toks[k])), None)
    if opener is None:
        return False
    if any(t.base in AUTHORITY_WORDS for t in toks[call.last + 1:opener]):
        return False
    first = opener + 1 if strip_conj(toks[opener].norm) in _OPENERS else opener
    return all(t.base in STEP_WORDS or t.kind != "word" for t in toks[first:act.first])


def pluperfect(toks: list[Token], m: Match) -> bool:
    """Whether ``m`` is told in the pluperfect (وكانت الحركة قد دعت): an earlier call, whose
    protest the passage reports as held."""
    if m.first == 0 or toks[m.first - 1].norm != "قد":
        return False
    lo = clause_start(toks, m.first)
    return any(strip_conj(t.norm) in KANA for t in toks[lo:m.first - 1])


def protest_calls(toks: list[Token], matches: Sequence[Match],
                  content: Sequence[bool]) -> dict[int, int]:
    """``{protest index: call index}`` for every PROTEST match that is the content of a
    call verb's match (:data:`CALL_LEMMAS`) before it in the sentence (``content[j]``: the
    cues made match j the content of a speech act)."""
    out: dict[int, int] = {}
    for j, act in enumerate(matches):
        if act.trigger.type != "PROTEST" or not content[j]:
            continue
        k = next((i for i in range(j - 1, -1, -1) if matches[i].last < act.first
                  and matches[i].trigger.type == "REQUEST"), None)
        if k is not None and matches[k].trigger.lemma in CALL_LEMMAS \
                and k not in out.values() and _called(toks, matches[k], act):
            out[j] = k
    return out


__all__ = ["CALL_LEMMAS", "CALL_ROW_LEMMAS", "pluperfect", "protest_calls"]
