"""fix53: an act a reaction names back by the definite verbal noun of the verb that told it.

``توغلت قوة إسرائيلية … في قرية أم باطنة …، قبل أن تعتقل راعيين`` … ``وأدانت وزارة الخارجية
… «التوغل السافر»``: the condemnation names the incursion the page told with the verb
توغلت; it tells no second act (the gold README: an act named inside another act, the
summary references of a reaction). The raid convention made the incursion part of the
arrest (a COERCE), so the noun, read by an ASSAULT row, found no event of its own type to
fold into (:mod:`rasd.events.retellings.referred_acts` needs a pronoun and the same type;
:mod:`rasd.events.retellings.told_once` a preposition of time).

The fold: an ASSAULT or COERCE whose trigger is one definite word (or one with its
preposition: «وأدانت الدار القبض على العمال»), standing in a sentence
that tells a reaction (a condemnation, a call, a refusal), is folded into the nearest
earlier event of any type whose sentences, before this one, hold a verb of the same root
(the noun's letters a prefix of the verb's, past its suffix: توغلت → التوغل، اقتحمت →
الاقتحام), or whose own trigger is the same noun (ألقت قوات الأمن القبض … على ثلاثة).
A noun with a time of its own is told anew and stays.
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import fold_into_kept
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Types of the definite act noun a reaction may name back.
NAMED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Types of the reactions in whose sentence such a name stands.
REACTION_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
#: Prepositions a definite act noun may carry in its trigger (القبض على، الاعتداء على).
OBJECT_PREPS = frozenset(normalize_key(w) for w in ("على", "ضد", "عن"))
#: Shortest stem compared (a two-letter stem collides across verbs).
MIN_STEM = 3
#: Time words in the noun's sentence that make it a telling of its own (اليوم، أمس، فجر).
OWN_TIME = re.compile(r"(?:^|\s)(?:اليوم|أمس|فجر|صباح|مساء|ليل|ظهر)(?:\s|$)")


def _stem(word: str) -> str:
    """The letters of a word without و/ف/ب/ل, the article and the long vowels after its first
    letter (التوغل → تغل، توغلت → تغلت، الاقتحام → اقتحم)."""
    key = normalize_key(word)
    for p in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
        if key.startswith(p) and len(key) - len(p) >= MIN_STEM:
            key = key[len(p):]
            break
    return key[:1] + re.sub(r"[اويى]", "", key[1:])


def _named_back(e: Event, events: list[Event]) -> bool:
    words = e.trigger.text.split()
    sent = e.trigger_sentence()
    if not words or len(words) > 1 + (len(words) > 1 and normalize_key(words[-1]) in OBJECT_PREPS) \
            or sent is None or e.type not in NAMED_TYPES \
            or not normalize_key(words[0]).lstrip("وفب").startswith("ال") \
            or OWN_TIME.search(sent.text):
        return False
    if e.killed or e.injured or e.arrested:
        return False  # تم القبض على 144 شخصا: a count tells an act of its own
    # the reaction names the act after its own verb (وأدانت الدار القبض على العمال); a charge
    # or a comment after the act (… القبض على 144 شخصا بتهمة) tells it, not names it back
    return any(r.type in REACTION_TYPES and r.trigger.start < e.trigger.start
               and any(s == sent for s in r.evidence) for r in events if r is not e)


def _host(out: list[Event], e: Event) -> int | None:
    """The nearest earlier event told, in a sentence before ``e``'s, with a verb of the noun's
    root (توغلت → التوغل) or with the same noun as its own trigger (ألقت القبض → القبض على)."""
    sent = e.trigger_sentence()
    stem = _stem(e.trigger.text.split()[0])
    if sent is None or len(stem) < MIN_STEM:
        return None
    for k in range(len(out) - 1, -1, -1):
        h = out[k]
        if h.flags != e.flags or h.trigger.end > sent.start:
            continue
        if any(_stem(w) == stem for w in h.trigger.text.split()):
            return k
        for s in h.evidence:
            if s.end <= sent.start and any(
                    _stem(w).startswith(stem) and not normalize_key(w).startswith("ال")
                    for w in re.findall(r"[^\s،,.«»]+", s.text)):
                return k
    return None


def fold_condemned_back(events: list[Event]) -> list[Event]:
    """``events`` with a definite act noun a reaction names back folded into the event whose
    sentence told it with its verb."""
    return fold_into_kept(events, lambda out, e: _host(out, e)
                          if _named_back(e, events) else None)


__all__ = ["fold_condemned_back"]
