"""Clashes that are riots (task assault18, blind rounds 40–41; used by
:mod:`rasd.events.sentence_events`).

A clash noun (``مواجهات``، ``اشتباكات``) reads an armed fight by default. When its parties or
its setting are a protest — protesters, youths or a party's supporters against the police,
or two political camps' activists — and nothing in its sentence is fired, the fight is a
riot (PLOVER PROTEST/riot, ACLED "Violent demonstration"), as the dev gold codes it::

    بعد مواجهات بين قوات الأمن ومحتجين غاضبين …                 (ev-200, riot)
    إثر مواجهات اندلعت خلال احتجاج أمام فندق …، حيث رشق محتجون …  (ev-1440, riot)
    إثر مواجهات بين ناشطين من المعارضة وكوادر من الحزب الحاكم     (ev-1679, riot)
    بعد ليلة ثانية من المواجهات … بين قوات الأمن وشبان من أنصار الاستقلال (ev-1698, riot)

Live fire, a gunman or a death among the crowd makes it the forces' assault (``اندلعت
مواجهات بين الشبان وقوات الاحتلال التي أطلقت الرصاص الحي``، ``وقتل متظاهر … في مواجهات``:
ASSAULT, ev-341, ev-1362), and a clash between two armed forces stays the fight it is.
Stones thrown at the police in a protest are conv18's question; this module reads only the
clash noun's own parties and setting.
"""

from __future__ import annotations

import re

from rasd.events.syntax.clauses import strip_prefix
from rasd.model import Event, Span
from rasd.text.normalize import normalize_key

#: Clash nouns (normalised, bare of conjunction and article).
CLASH_NOUNS = frozenset(normalize_key(w) for w in (
    "مواجهات", "مواجهة", "اشتباكات", "صدامات", "اشتباك"))
#: Stems (normalised) of a crowd's people or of a protest in the clash's clause: the
#: parties of a street fight.
CROWD_STEMS = tuple(normalize_key(w) for w in (
    "محتج", "متظاهر", "احتجاج", "مظاهرة", "مظاهرات", "تظاهرة", "شبان", "أنصار", "ناشطين",
    "ناشطي", "مشجع", "مؤيدي", "كوادر"))
#: What makes the clash an assault after all (normalised stems): fire, gunmen, arms, or a
#: killing of the crowd's people.
ARMED = re.compile(normalize_key(
    r"رصاص|إطلاق النار|أطلق|الذخيرة|مسلح|أسلحة|قناص|قتل متظاهر|مقتل متظاهر|قتل محتج|"
    r"مقتل محتج|استشهاد|شهيد|قوات الاحتلال|جنود الاحتلال|قوات الدعم|الجيش"))
#: Words after the clash noun that may hold its parties or setting (بين … و …، خلال احتجاج،
#: an insert of time between commas).
CLAUSE_WORDS = 14


def riot_clash(text: str, sentence: Span, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` is a clash noun whose parties or setting
    are a protest's, in a sentence where nothing is fired (module docstring)."""
    words = text[start:end].split()
    if len(words) != 1 or _bare(words[0]) not in CLASH_NOUNS:
        return False
    key = normalize_key(sentence.text)
    if ARMED.search(key):
        return False
    after = normalize_key(text[end:sentence.end]).split()[:CLAUSE_WORDS]
    return any(stem in w for w in after for stem in CROWD_STEMS)


def _bare(word: str) -> str:
    return strip_prefix(normalize_key(word), ("وال", "بال", "فال", "ال", "و", "ب"), 5)


#: Stems (normalised) of a protester noun that names a party of the riot's clash.
PARTY_STEMS = tuple(normalize_key(w) for w in ("محتج", "متظاهر"))
#: Words between the clash noun and its protester party (بين قوات الأمن ومحتجين).
PARTY_WINDOW = 6


def fold_riot_party(merged: list[Event], e: Event) -> bool:
    """Drop ``e`` when it is a protest read off the protester party of a riot clash told
    just before it in its sentence (مواجهات بين قوات الأمن ومحتجين غاضبين: the protesters are
    the riot's party, not a second, peaceful demonstration); whether dropped."""
    words = e.trigger.text.split()
    if e.type != "PROTEST" or e.mode == "riot" or len(words) != 1 or not e.evidence:
        return False
    if not any(stem in normalize_key(words[0]) for stem in PARTY_STEMS):
        return False
    sent = e.evidence[0]
    for host in reversed(merged):
        if host.type == "PROTEST" and host.mode == "riot" and host.flags == e.flags \
                and sent.start <= host.trigger.start < e.trigger.start \
                and _bare(host.trigger.text.split()[-1]) in CLASH_NOUNS:
            between = sent.text[host.trigger.end - sent.start:e.trigger.start - sent.start]
            return len(between.split()) <= PARTY_WINDOW
    return False
