"""A second main verb fused to و ends the content of a speech act (round 34-35 fixes b,
2026-12-04 (16)).

A request, refusal or threat cue makes the triggers of its clause its content (رفض المشاركة
في أعمال اللجنة: the refused act). Its clause runs to the next comma, but Arabic news often
joins a second act of the same subject with a bare و and no comma (رفض حزب الجيد المشاركة في
أعمال اللجنة واتهم الحكومة بالمساومة): the و-fused past verb is a new main clause, a deed of
its own, not a part of what was refused or asked. A verbal noun after و (طالب بالإفراج عن
المعتقلين ووقف الاعتقالات) and an imperfect (بأن تفرج عنهم وتوقف) stay in the content: only a
verb row's match whose word reads as a past verb (:func:`rasd.events.syntax.clauses.past_verb`)
cuts the clause.
"""

from __future__ import annotations

from rasd.events.matcher import Match
from rasd.events.syntax.clauses import past_verb, strip_conj
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Shortest normalised word read as و + a past verb (وقال has four letters; a three-letter
#: word starting with و is a root of its own: وصل، وقع).
_MIN_FUSED = 4


def coordinated_verb(m: Match, toks: list[Token]) -> bool:
    """Whether match ``m`` is a verb row's trigger told as و + a past verb (واتهم، وانتقد،
    وأعلن): a second main clause."""
    if m.trigger.pos != "verb":
        return False
    norm = toks[m.first].norm
    if norm[:1] != "و" or len(norm) < _MIN_FUSED:
        return False
    if normalize_key(m.trigger.lemma)[:1] == "و" and norm[:2] != "وو":
        return False  # the و is the root's (وعدت بها، وافق، وقع): no conjunction
    return past_verb(strip_conj(norm))


def content_stop(toks: list[Token], matches: list[Match], after: int, end: int) -> int:
    """Where the content clause of a cue ending at token ``after`` stops: ``end`` (its
    clause end), or earlier at the first و-fused past verb trigger inside it."""
    for m in matches:
        if after < m.first < end and coordinated_verb(m, toks):
            if any(_fused(t) for t in toks[after + 1:m.first]):
                # a series already joined by و (بقتل الأطفال ومصادرة الأراضي وهدم البيوت):
                # the word is one more verbal noun of the list, not a new clause
                return end
            return min(end, m.first)
    return end


def _fused(tok: Token) -> bool:
    """Whether ``tok`` is a word with a fused و (a coordination before the candidate)."""
    return tok.kind == "word" and tok.norm[:1] == "و" and len(tok.norm) >= _MIN_FUSED
