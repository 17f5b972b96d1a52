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

Which mention each cue is about (harm verbs and their doers, pronouns, relative clauses,
comparisons, "who"/"where" questions) is decided in :mod:`rasd.comments.stance_attach`.
A cue word inside a place name that is no actor (``خان يونس``) is not read.

Scripture quoted in the comment (``exclude`` spans) is not the reader's own words: its
cues and mentions are ignored. Sarcasm is out of scope.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.comments.stance_attach import CLAUSE_WORDS, Occurrence, coordinated, resolve
from rasd.comments.stance_cues import CueHit, find_cues, word_forms
from rasd.model import Entity, Span, Stance, StancePolarity
from rasd.text.tokens import Token, tokenize

#: A summed cue weight at or beyond this is a side taken: one full cue (±1) or two weak
#: ones (±0.5 each, e.g. ``ضد`` twice), not a single weak descriptive word.
STANCE_THRESHOLD = 0.75
#: Punctuation that ends a clause; a line break ends one too.
_CLAUSE_MARKS = frozenset('.،,؛;!?؟:()"«»“”–—-')
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
#: Words before a mention that make it one of the parties "between" which something
#: happens (``الحرب بين روسيا وأوكرانيا``): no cue before it is about it.
_BETWEEN = frozenset({"بين"})


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
        if tok.norm in CLAUSE_WORDS:
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
    clauses = clause_ids(text, toks)
    return CommentWords(words, clauses, skip, find_cues(words, skip, clauses))


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
    support: dict[str, list[tuple[float, CueHit, Occurrence]]] = {t: [] for t in totals}
    hits = _outside_places(cw.cues, words, mentions, offset)
    for hit, weight, occ in resolve(hits, words, occurrences, clauses):
        for each in coordinated(occ, occurrences, words):
            if each is occ or each.target != occ.target:
                totals[each.target] += weight
                support[each.target].append((weight, hit, each))
    first: dict[str, Occurrence] = {}
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
) -> list[Occurrence]:
    out: list[Occurrence] = []
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
            out.append(Occurrence(inside[0], inside[-1], target, entity.span.text, m.span,
                                   passive, vocative, not _LOCATIVE.isdisjoint(forms),
                                   not _VICTIM.isdisjoint(forms),
                                   not _BETWEEN.isdisjoint(forms)))
    out.sort(key=lambda o: o.first)
    for k in range(1, len(out)):  # بين روسيا وأوكرانيا: both are parties
        prev, cur = out[k - 1], out[k]
        if (prev.between and cur.first == prev.last + 1
                and words[cur.first].clitics.startswith("و")):
            out[k] = replace(cur, between=True)
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
