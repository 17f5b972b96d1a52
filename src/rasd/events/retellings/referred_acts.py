"""fix50: an act referred back to by its verbal noun with a pronoun is the act told before.

``أوقفت الشرطة الفيدرالية الصحفي … مساء الثلاثاء`` … ``ودعت اللجنة إلى الإفراج عنه،
معتبرة أن توقيفه «يندرج في حملة لإسكات الصحافة»``: the second sentence names the arrest
again, as the subject of a judgment, with the verbal noun and a pronoun that points back to
its victim (توقيفه، اعتقالها، احتجازهم، استهدافه). A reaction, a demand or a comment
refers so to the act the page has told; it tells no second act (the gold README: an act
named inside another act, the summary references of a reaction). The rules read the noun as
a COERCE or an ASSAULT of its own, dated by the reaction's paragraph.

The fold: an event whose trigger is one word read by a *noun* row of the lexicon with an
attached pronoun (the same word without it is that row's form), with no time of its own
in its sentence, standing in a reaction's sentence (a call, a condemnation, a refusal,
praise) and not after a preposition of time (بعد توقيفه في ولاية تشياباس tells a step of
its own story, ev-1371), is folded into the nearest earlier event of its type (and mode,
when both have one) told in an earlier sentence. A verb with an object pronoun (اعتقلته) is
an act told, not a reference, and stays; so does a noun told with its own day.
"""

from __future__ import annotations

from rasd.caches import word_cache
from rasd.events.folds.pair_merge import fold_evidence
from rasd.events.matcher import find_matches
from rasd.model import Event
from rasd.text.normalize import normalize_key
from rasd.text.tokens import tokenize

#: Types whose acts reactions refer back to by a verbal noun (arrests, detentions, attacks).
REFERRED_TYPES = frozenset({"COERCE", "ASSAULT"})
#: Types of the reactions in whose sentence such a reference stands (a call, a condemnation,
#: a refusal, praise, a threat): the sentence reacts to the act, it does not tell a new one.
REACTION_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})
#: Prepositions of time before the noun (normalised): بعد توقيفه في ولاية تشياباس tells a
#: step of its own sentence's story line (ev-1371, ev-1953), not a reference in a reaction.
TIME_PREPOSITIONS = frozenset(normalize_key(w) for w in (
    "بعد", "وبعد", "إثر", "اثر", "عقب", "قبل", "منذ", "خلال", "أثناء", "لدى", "عند"))
#: Characters looked back for the word before the noun (one word and its space).
WORD_REACH = 12
#: Attached pronouns of a verbal noun pointing back to the act's victim (normalised; the
#: longer first, so that هما is not read as ه + ما).
POINTING_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


@word_cache  # one entry per word type met: bounded like the stages' other word caches
def _noun_row(word: str) -> bool:
    """Whether ``word`` (normalised, no pronoun) is read by a noun row of the lexicon."""
    return any(m.trigger.pos == "noun" for m in find_matches(tokenize(word)))


def pointing_noun(text: str) -> bool:
    """Whether ``text`` is one verbal noun with a pronoun pointing back (توقيفه، اعتقالهم):
    the word without the pronoun (ت back to ة: احتجازته is not a form; اعتقالته neither,
    so only the plain stem and the ة stem are tried) is a noun row's form."""
    words = normalize_key(text).split()
    if len(words) != 1:
        return False
    word = words[0]
    for p in POINTING_PRONOUNS:
        if word.endswith(p) and len(word) - len(p) >= 4:
            stem = word[: -len(p)]
            return _noun_row(stem) or (stem.endswith("ت") and _noun_row(stem[:-1] + "ه"))
    return False


def _host(events: list[Event], e: Event) -> Event | None:
    sent = e.trigger_sentence()
    hosts = [o for o in events if o is not e and o.type == e.type
             and o.trigger.end <= e.trigger.start
             and (o.mode is None or e.mode is None or o.mode == e.mode)
             and (sent is None or o.trigger.end <= sent.start)
             and not o.negated and not o.future and not o.hypothetical]
    return max(hosts, key=lambda o: o.trigger.start) if hosts else None


def _in_reaction(events: list[Event], e: Event, text: str) -> bool:
    """Whether ``e`` stands in a reaction's sentence with no preposition of time before it."""
    before = text[max(0, e.trigger.start - WORD_REACH):e.trigger.start].split()
    if before and normalize_key(before[-1]) in TIME_PREPOSITIONS:
        return False
    sent = e.trigger_sentence()
    return sent is not None and any(
        o.type in REACTION_TYPES and sent.start <= o.trigger.start < sent.end for o in events)


def fold_referred_acts(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act referred back to by a pronoun-suffixed verbal noun in a
    reaction's sentence folded into the act of its type told before (module doc)."""
    out = list(events)
    for e in events:
        if e.type not in REFERRED_TYPES or e.date_basis == "sentence" or e.negated \
                or e.future or e.hypothetical or len(e.evidence) > 1 \
                or not pointing_noun(e.trigger.text) or not _in_reaction(events, e, text):
            continue
        host = _host(out, e)
        if host is not None:
            fold_evidence(out, host, e)
    return out


__all__ = ["REFERRED_TYPES", "fold_referred_acts", "pointing_noun"]
