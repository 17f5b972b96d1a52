"""Charac19: a characterisation that continues its clause's earlier refusal, threat,
condemnation or accusation is that act, not a second one (split from
:mod:`rasd.events.senses.characterisations`, which the matcher imports: this part needs the
event folds).

``رفض المجلس العسكري عرضا …، معتبرا أن «زمن الإملاءات قد ولى»``، ``توعدت موسكو بـ«رد مؤلم»،
معتبرة أنها «غير قانونية»``، ``ونددت المنظمة بالحكم، معتبرة إياه «ضربة جديدة»``: the gold
codes one REJECT, THREATEN or ACCUSE (README "reaction_folds" and the ``رفضت … واعتبرته «…»``
rule). :mod:`rasd.events.folds.reaction_folds` folds the و-joined وصف; this fold takes the
participles, the و-joined اعتبر / قال and the relative (التي وصفها) that the general frames of
:mod:`rasd.events.senses.characterisations` read.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.events.dates.right_after import RIGHT_AFTER, SPEECH_TYPES
from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.senses.characterisations import word_keys
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised first words of a characterisation that continues its clause's earlier act: the
#: circumstantial participle (معتبرا، واصفة: its subject is the clause's), the و-joined verb
#: (واعتبرت، وقال، ووصف) and the relative after the judged act (لهذه الخطوة، التي وصفها).
_CONTINUING = word_keys("معتبرا|معتبرة|معتبرين|معتبرتين|واصفا|واصفة|واصفين|واعتبر|واعتبرت|"
                    "واعتبروا|ورأى|ورأت|وقال|وقالت|وقالوا|ووصف|ووصفت|ووصفوا|التي|الذي|وأكد|"
                    "وأكدت|مؤكدا|مؤكدة")
#: The reactions such a characterisation says more of (gold ev-667, ev-700, ev-929, ev-1076,
#: ev-1145, ev-1605, ev-1718: رفض … معتبرا أن «…», توعدت … معتبرة أنها «غير قانونية»،
#: ونددت … معتبرة إياه «ضربة»): a refusal, a threat, a condemnation or an accusation. A
#: boycott or a demand keeps its characterisation apart (ev-1498, ev-1726).
_HOSTS = frozenset({"REJECT", "THREATEN", "ACCUSE"})


def _continuing(e: Event) -> bool:
    if (e.type, e.mode) != ("ACCUSE", "disapprove"):
        return False
    first = normalize_key(e.trigger.text).split(" ", 1)[0]
    return first in _CONTINUING


def fold_characterisations(events: list[Event]) -> list[Event]:
    """One sentence's events with each characterisation that continues an earlier
    refusal, threat, condemnation or accusation of the sentence folded into it (one
    ACCUSE or REJECT, as the gold codes it: README "reaction_folds" and the
    "رفضت … واعتبرته «…»" rule), the participle's and the و-joined verb's alike; and a
    comment told hours after a decision keeps no day borrowed from its paragraph."""
    folded = fold_into_earlier(events, _continuing, lambda o, e: o.type in _HOSTS
                               and o.trigger.end <= e.trigger.start)
    return [_undated_comment(e) for e in folded]


def _undated_comment(e: Event) -> Event:
    """``e`` without its paragraph's day when it is a statement in a sentence told as
    following a decision at once (واعتبر المتحدث بعد ساعات من صدور القرار أن الحكم «…»): a
    comment is no part of the occasion (:mod:`rasd.events.dates.right_after`, gold ev-1061)."""
    if e.type not in SPEECH_TYPES or e.date_basis != "paragraph":
        return e
    sent = e.trigger_sentence()
    if sent is None or RIGHT_AFTER.search(sent.text) is None:
        return e
    return replace(e, date=None, date_basis="none")


__all__ = ["fold_characterisations"]
