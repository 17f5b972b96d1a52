"""Attribution: on whose word a sentence reports its events (``أعلنت وزارة الداخلية``,
``حسب قناة الحرة``, ``قال المرصد إن``, ``مصادر أمنية``), from the attribution cues of
``data/events/modifiers.tsv``.

An explicit source phrase (حسب، نقلا عن) wins over the subject of a speech verb, which wins
over a bare source noun (مصادر، وكالة). A cue that is part of a trigger (أعلن هدنة) is the
event itself, not its source.
"""

from __future__ import annotations

from rasd.events.actors.actor_sanity import reporter
from rasd.events.actors.arguments import ActorFinder, np_at
from rasd.events.matcher import Match
from rasd.events.syntax.clauses import clause_end, clause_start
from rasd.events.syntax.cues import Cue, SentenceCues
from rasd.model import Actor, Document
from rasd.text.tokens import Token


def _inside_trigger(cue: Cue, matches: list[Match]) -> bool:
    return any(m.first <= cue.first <= m.last for m in matches)


def attribution_of(toks: list[Token], cues: SentenceCues, finder: ActorFinder,
                   matches: list[Match]) -> Actor | None:
    """The source the sentence attributes its events to, if it names one."""
    explicit: Actor | None = None
    speaker: Actor | None = None
    noun: Actor | None = None
    for cue in cues.of_kind("attribution"):
        if _inside_trigger(cue, matches):
            continue
        hi = clause_end(toks, cue.last)
        if cue.mod.position == "before":
            rng = np_at(toks, cue.last + 1, hi)
            found = finder.actor(toks, *rng) if rng is not None else None
            verb = toks[cue.first].norm[:1] not in ("ح", "ب", "و") or len(cue.mod.forms) > 30
            if found is None and verb:
                found = finder.nearest_before(toks, cue.first, clause_start(toks, cue.first))
            if found is None:
                continue
            if _is_source_phrase(cue) and explicit is None:
                explicit = found
            elif speaker is None:
                speaker = found
        elif noun is None:
            rng = np_at(toks, cue.first, hi)
            if rng is not None:
                noun = finder.actor(toks, *rng, loose=True)
    return explicit or speaker or noun


def _is_source_phrase(cue: Cue) -> bool:
    """The حسب / نقلا عن row, told from the speech-verb row by its forms (it lists no verb
    of saying)."""
    return not any(form == ("قال",) for form in cue.mod.forms)


def later_speaker(toks: list[Token], cues: SentenceCues, finder: ActorFinder,
                  matches: list[Match], pos: int) -> Actor | None:
    """The subject of the last speech verb before token ``pos`` when an earlier speech verb
    of the sentence has another subject (قال الدفاع المدني إن …، فيما قال «الجيش» إن قواته
    أطلقت النار): the second clause's events are on the second speaker's word, else None."""
    found: list[Actor] = []
    for cue in cues.of_kind("attribution"):
        if cue.last >= pos or cue.mod.position != "before" or _is_source_phrase(cue) \
                or _inside_trigger(cue, matches):
            continue
        rng = np_at(toks, cue.last + 1, clause_end(toks, cue.last))
        actor = finder.actor(toks, *rng) if rng is not None else None
        if actor is not None:
            found.append(actor)
    return found[-1] if len(found) >= 2 and found[-1].span != found[0].span else None


def speaking_party(doc: Document, toks: list[Token], finder: ActorFinder, m: Match,
                   said: Actor | None) -> Actor | None:
    """Whose stance a row with the ``src`` role tells: the sentence's speaker, unless it is
    a newspaper or an unnamed report, else the speaker of the quote that holds the trigger
    (``وقال أحد المحتجين لـ«الشروق» إنهم «لن يغادروا المكان قبل …»``: the protester, whom
    the attribution finder passes over for the outlet after لـ; ``«لن نعود …»، هكذا قال
    نائب النقيب``: the speaker told after the quote)."""
    if said is not None and not reporter(said):
        return said
    for q in doc.quotes:
        if q.speaker is None or not q.span.start <= m.start < q.span.end:
            continue
        sp = q.speaker.span
        inside = [k for k, t in enumerate(toks) if sp.start <= t.start and t.end <= sp.end]
        named = finder.actor(toks, inside[0], inside[-1] + 1, loose=True) if inside else None
        return named or Actor(sp, q.speaker.type, q.speaker.kb_id, q.speaker.name_en,
                              q.speaker.country, q.speaker.sector)
    return said
