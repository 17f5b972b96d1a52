"""One fight told with several words (assault19, 2026-12-05 (19); kind 3 of
:mod:`rasd.events.senses.assault_readings`).

The merge leaves apart tellings of one fight that name it by different words: a kill told
in the sentence of the attack that caused it (``قتل 22 مهاجما … في هجوم شنه``), the toll or
the other side's claim told after it (``زعمت الحركة أن مقاتليها قتلوا``، ``صدت الهجوم
وقتلت``), blasts heard during it (``سمع دوي انفجارات``), the repelled attack of a story that
told the attack (``صدت هجوما على مواقعها``), a weapon named as a noun in the attack's
ب-phrase (``بصاروخين وطائرة مسيرة``). :func:`telling_host` says which attack such a telling
is a part of; :func:`unarmed_weapon` reads a weapon named with no attack at all (a sale,
sanctions on its makers, drills).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from rasd.events.senses.assault_words import PUNCT as _PUNCT
from rasd.events.senses.assault_words import bare as _bare
from rasd.events.senses.assault_words import keys as _keys
from rasd.events.senses.assault_words import variants as _variants
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Kill words that tell a toll of an attack (bare keys).
KILL_WORDS: Final = _keys(
    "قتل", "قتلت", "قتلوا", "قتلا", "مقتل", "ومقتل", "بمقتل", "تقتل", "استشهد", "استشهدوا",
    "تحييد", "قتلى", "قتله", "وقتله", "قتلهم", "وقتلهم", "قتلها", "أسر", "وأسر", "أسروا",
    "وأسروا")
#: Words before a weapon searched for the ب-phrase it is listed in.
INSTRUMENT_WINDOW: Final = 4
#: Modes of a killing that is an act of its own, never a fight's toll (``نفذت … حكم القتل
#: قصاصا في أحد الجناة لإقدامه على قتل مواطن بإطلاق النار``).
OWN_MODES: Final = frozenset({"execute"})
#: Verbs whose object a weapon is: the weapon then names that verb's act.
FIRING_VERBS: Final = tuple(normalize_key(w) for w in (
    "أطلق", "اطلق", "إطلاق", "القاء", "القت", "القي", "القوا", "رشق", "استخدم", "أسقط",
    "اسقط", "يطلق", "تطلق"))
#: A sound heard right before the trigger (``سمع خلالها دوي انفجارات وإطلاق نار``): the
#: fight told before is heard, not a new one.
SOUND_WORDS: Final = _keys("دوي", "أصوات", "صوت", "سماع", "وسماع", "ودوي")
#: A repelled attack (``صدت هجوما``، ``تصدت لهجوم``).
_REPEL: Final = _keys("صد", "صدت", "صدوا", "تصدت", "تصدى", "تصدوا")


#: A later or another scene before a repelled attack (``وفي وقت لاحق، أعلن … أن قواته صدت
#: هجوما``): a second attack, not the one told.
LATER_SCENE: Final = re.compile(r"(?<!\w)(?:لاحق|لاحقا|وفي|فيما|بينما|كما|أيضا|كذلك|مجددا|جديد)")


def _repelled(trig: list[str]) -> bool:
    return len(trig) >= 2 and trig[0] in _REPEL


#: Words of a later sentence that take back the fight a kill belongs to (bare keys): the
#: attack or its attackers by a definite word, its repulse, the other side's claim, «the
#: same». A fight named anew (``في المعارك العنيفة في الحوطة``، ``في المواجهات التي جرت
#: في جبل صبر``) tells its own day's toll: the real-news audit takes it as an event.
FIGHT_WORDS: Final = _keys(
    "الهجوم", "المهاجمين", "مهاجما", "القتال", "صد", "صدت", "صدوا", "ردوا", "زعمت", "زعم",
    "مقاتليها", "مقاتليه", "ذاتها", "نفسها")
#: Weapons named as nouns (bare keys): the instrument of the attack told beside them, or
#: no attack at all (a sale, sanctions, drills, a seizure).
WEAPON_NOUNS: Final = _keys(
    "صواريخ", "صاروخ", "صاروخين", "صاروخا", "قنبلتين", "قذيفتين", "قذيفتي", "طائرات",
    "طائرة", "مسيرة", "مسيرات", "المسيرة",
    "قنابل", "قنبلة", "قذائف", "قذيفة", "مدفعية", "راجمات", "الرصاص", "رصاص", "رصاصة",
    "خراطيم", "المياه", "المسيل", "الصوتية", "المطاطي", "هاون", "سيارة", "مفخخة",
    "الطائرات", "الصواريخ", "القنابل", "القذائف", "برصاصة", "بقذيفة", "بقذائف", "بقنابل")
#: Verbs that make a weapon noun an attack's instrument in its sentence.
ATTACK_STEMS: Final = tuple(normalize_key(w) for w in (
    "قصف", "استهدف", "أطلق", "إطلاق", "ألقت", "ألقى", "ألقوا", "أسقط", "هاجم", "هجوم", "غار",
    "ضرب", "فجرت", "فجروا", "فجره",
    "فجرها", "انفجار", "رشق", "أصيب", "اصابة", "إصابة", "استهداف", "يطلق", "تطلق", "قتيل",
    "جرحى", "قتلى", "شهيد", "جرح", "جروح", "شظايا", "القاء", "إلقاء",
    "إصاب", "قتل", "مقتل", "استشهد", "سقط", "أسقط", "تفجير", "مواجه", "اشتباك", "قمع",
    "فرق", "تفريق", "استخدم", "استخدام", "مستخدم"))
#: Words of an attack a kill or a weapon folds into (normalised stems of the host's
#: trigger): an abduction, an arson or a raid told beside a killing is an act of its own.
HOST_STEMS: Final = tuple(normalize_key(w) for w in (
    "هجوم", "هاجم", "هجم", "قصف", "غار", "استهدف", "اشتبك", "اشتباك", "معارك", "معركة",
    "تفجير", "انفجار", "فجر", "كمين", "ضرب", "اعتداء", "اعتدى", "صد", "شن", "إطلاق", "أطلق",
    "مواجه", "القتال", "اقتحام", "اقتحم"))
#: Words that open a clause about another act between a host and a kill or weapon
#: (``… في قصف …، فيما قتل طفل بقذيفة أطلقها …``).
OTHER_CLAUSE: Final = re.compile(
    r"(?<!\w)(?:فيما|بينما|في\s+حين|كما|وفي|أما|اما|في\s+المقابل|وقبل|ومن\s+جهة|مضيفا|مضيفة|"
    r"وأضاف|وأضافت|مشيرا|مشيرة)(?!\w)")


def _same_clause(a: Event, b: Event, text: str) -> bool:
    """Whether ``b``'s trigger stands in ``a``'s sentence with no clause about another act
    between them."""
    s = a.trigger_sentence()
    if s is None or not s.start <= b.trigger.start < s.end:
        return False
    lo, hi = sorted((a.trigger.end, b.trigger.end))
    return OTHER_CLAUSE.search(text, lo, hi) is None


def _host(e: Event) -> bool:
    """Whether ``e`` names an attack by its act (a verb or an attack noun), not by a kill or
    a weapon: what a kill or a weapon told beside it folds into."""
    trig = [_bare(w) for w in e.trigger.text.split()]
    return e.type == "ASSAULT" and not any(w in KILL_WORDS for w in trig) \
        and not all(w in WEAPON_NOUNS for w in trig) \
        and any(s in normalize_key(e.trigger.text) for s in HOST_STEMS)


def telling_host(e: Event, events: Sequence[Event], text: str) -> int | None:
    """The index in ``events`` of the attack that ``e`` (a kill or a weapon named as a
    noun) is a part of, or None (module docstring, kind 3)."""
    words = e.trigger.text.split()
    if len(e.evidence) > 1 or e.mode in OWN_MODES:  # told again elsewhere; an execution
        return None
    trig = [_bare(w) for w in words]
    sent = e.trigger_sentence()
    if sent is None:
        return None
    hosts = [i for i, o in enumerate(events) if o is not e and _host(o)]
    earlier = [i for i in hosts if events[i].trigger.start < e.trigger.start]
    sound = _bare(text[sent.start:e.trigger.start].split()[-1]) in SOUND_WORDS \
        if text[sent.start:e.trigger.start].split() else False
    if _repelled(trig) and earlier and not any(_same_clause(e, events[i], text)
                                               for i in earlier) \
            and LATER_SCENE.search(text, sent.start, e.trigger.start) is None:
        # the repelled attack of a story that told it (صدت هجوما منسقا على مواقعها)
        return earlier[-1]
    weapon = bool(trig) and all(w in WEAPON_NOUNS for w in trig)
    lead = text[sent.start:e.trigger.start].split()
    if weapon and lead and any(v.startswith(FIRING_VERBS) for v in _variants(lead[-1])):
        return None  # the object of its own firing verb (وأطلقت قنابل الغاز): an act
    if not weapon and not sound and not any(w in KILL_WORDS for w in trig):
        return None
    same = next((i for i in hosts if _same_clause(e, events[i], text)), None)
    if weapon:
        # an instrument (بطائرات مسيرة وصواريخ، هجوم بالصواريخ والطائرات المسيرة), not a
        # second act named by its weapon and place (انفجار القديح ورصاص الدالوة)
        return same if _instrument(lead) or words[0].startswith(("ب", "وب")) else None
    if same is not None:
        return same
    if not earlier:
        return None
    if sound:  # blasts and gunfire heard during the fight told before
        return earlier[-1]
    # the kill's own clause: from the last clause about another act before it
    lo = max([m.end() for m in OTHER_CLAUSE.finditer(text, sent.start, e.trigger.start)],
             default=sent.start)
    clause = text[lo:sent.end].split()
    if any(_bare(w) in FIGHT_WORDS for w in clause if w not in words):
        return earlier[-1]
    return None


def _instrument(lead: list[str]) -> bool:
    """Whether a ب-phrase of weapons stands among the words right before a weapon (``بصاروخين
    مجنحين وطائرة مسيرة``)."""
    return any(w.startswith(("ب", "وب")) and _bare(w) in WEAPON_NOUNS
               for w in lead[-INSTRUMENT_WINDOW:])


def unarmed_weapon(e: Event) -> bool:
    """Whether ``e`` is a weapon named as a noun in a sentence that tells no attack (a sale,
    sanctions on its makers, drills, a seizure)."""
    words = e.trigger.text.split()
    if len(e.evidence) > 1 or not words or not all(_bare(w) in WEAPON_NOUNS for w in words) \
            or words[0].startswith(("ب", "وب")):  # an instrument (بصاروخ روسي.)
        return False
    sent = e.trigger_sentence()
    if sent is None:
        return False
    own = _variants(words[-1])
    return not any(v.startswith(ATTACK_STEMS) for w in sent.text.split()
                   for v in _variants(w.strip(_PUNCT)) if v not in own)


def telling_reading(e: Event, events: Sequence[Event], text: str) -> bool:
    """Whether ``e`` is a part of an attack another of ``events`` tells, or a weapon named
    with no attack (module docstring, kind 3)."""
    return telling_host(e, events, text) is not None or unarmed_weapon(e)
