"""Parts of a fight the page told before, told later with words of their own (fix42, blind
round 42).

A wire story tells one armed clash or attack, then names its parts in later clauses: each
such part is folded into the attack told before it on the page (its words join the attack's
evidence), never made an act of its own:

* what was heard during it (``اشتباكات عنيفة دارت …، سمع خلالها دوي انفجارات وإطلاق نار
  كثيف``): the sounds of the fight (:func:`fold_heard_sounds`);
* the attackers' drones or missiles brought down, counted among those launched (``هجوم
  بطائرات مسيرة … وقال مصدر إن الدفاعات الأرضية أسقطت ثلاث مسيرات من أصل سبع``): the
  attack met, one attack as the round-42 gold codes it (:func:`fold_downed_weapons`);
* arms or vehicles taken by a side at the end of the fight (``دحر المهاجمين …، واستولى على
  خمس مركبات قتالية``، ``قتلوا أكثر من 20 جنديا واستولوا على أسلحة وذخائر``): the spoils
  of the battle, no confiscation (:func:`fold_spoils`; ev-1358, ev-1707, ev-1724 code none,
  ev-698 and ev-974 were recoded so, gold README "Recodes of task fix42").

Each fold needs an attack told earlier on the page: a lone "explosions were heard", a lone
interception, a lone seizure of arms keep their own event.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.events.folds.pair_merge import fold_evidence
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised nouns of a sound heard (the roar of, the sounds of, the buzz of): an attack
#: told as heard is a sensory detail of the fight it belongs to.
_SOUND_WORDS = tuple(normalize_key(w) for w in (
    "دوي", "أصوات", "صوت", "أزيز", "هدير", "لعلعة"))
#: Characters before an attack's trigger read for a sound noun: the noun and a coordinated
#: first attack word (دوي انفجارات وإطلاق نار: both sounds).
_SOUND_REACH = 24
#: Normalised openings of a downing or an interception (brought down, intercepted, foiled).
_DOWNING = tuple(normalize_key(w) for w in (
    "أسقط", "وأسقط", "أسقطت", "وأسقطت", "أسقطوا", "يسقط", "تسقط", "إسقاط", "بإسقاط", "وإسقاط",
    "اعترض", "اعترضت", "واعترضت", "تعترض", "اعتراض", "باعتراض", "تصدت", "وتصدت", "التصدي"))
#: Normalised words after a downing that count the downed among those launched (ثلاث
#: مسيرات من أصل سبع أطلقت نحو المدينة): the attack told before, met. A bare daily tally of
#: drones downed over a region (أسقطت الدفاعات 47 مسيرة) is an attack of its own (ev-688,
#: ev-1079, ev-1567 code it so).
_OF_LAUNCHED = tuple(normalize_key(w) for w in ("من أصل", "من بين", "من مجموع", "من إجمالي"))
#: Characters after a downing's trigger read for :data:`_OF_LAUNCHED`.
_LAUNCHED_REACH = 40
#: Modes of an attack whose weapons can be brought down.
_AIR_MODES = frozenset({"drone", "missile", "aerial"})
#: Normalised stems of war materiel: what a side takes from its enemy in battle.
_MATERIEL_STEMS = tuple(normalize_key(w) for w in (
    "أسلحة", "سلاح", "ذخائر", "ذخيرة", "مركبات", "مركبة", "آليات", "آلية", "عربات", "عربة",
    "دبابات", "دبابة", "مدرعات", "مدرعة", "عتاد", "معدات عسكرية", "أطقم", "سيارات رباعية",
    "سيارات قتالية"))
#: Characters after a seizure's trigger read for what was taken.
_OBJECT_REACH = 40
#: Most characters between the attack's last telling and the later part: a few sentences
#: of one story, not another story of a live page.
_PART_REACH = 700


def _fold_into_attack(events: list[Event], text: str, guest: Callable[[Event], bool],
                      host_ok: Callable[[Event, Event], bool]) -> list[Event]:
    """``events`` with each ``guest`` folded into the nearest ASSAULT told before it on the
    page (first told before the guest's trigger; its latest telling before it within
    :data:`_PART_REACH`) of the same flags for which ``host_ok(host, guest)`` holds. An
    attack first told after the guest (a later drone of a live page) is another act."""
    out = list(events)
    for e in events:
        if not guest(e):
            continue
        start = e.trigger.start

        def before(o: Event, at: int = start) -> int:
            return max((s.start for s in o.evidence if s.start < at), default=-1)

        hosts = [o for o in out if o is not e and o.type == "ASSAULT" and o.flags == e.flags
                 and o.trigger.start < start and 0 <= start - before(o) <= _PART_REACH
                 and host_ok(o, e) and ((e.type == "ASSAULT" and _counted_launched(e, text))
                                        or _refers_back(e, o, text))]
        if not hosts:
            continue
        fold_evidence(out, max(hosts, key=before), e)
    return out


#: Normalised words by which a later sentence points back at the fight told before: the
#: definite fight nouns, "during it", a side's claim or its adoption of the attack. A
#: killing, a sound or a seizure in a sentence with none of them (and no telling of the
#: attack itself) is as often another act of a long page (real news: the live pages of the
#: audit's SaudiNewsNet articles tell several attacks in a row).
_BACK_REFERENCES = frozenset(normalize_key(w) for w in (
    "المواجهات", "المواجهة", "المعارك", "المعركة", "الاشتباكات", "الاشتباك", "القتال",
    "الهجوم", "المهاجمين", "المهاجمون", "الغارة", "الغارات", "القصف", "خلالها", "خلاله",
    "أثناءها", "أثناءه", "زعمت", "زعم", "ادعت", "ادعى", "تبنت", "تبنى"))
#: Proclitics stripped from a word before it is looked up in :data:`_BACK_REFERENCES`.
_PROCLITICS = ("و", "ف", "ب", "ل")


def _refers_back(e: Event, host: Event, text: str) -> bool:
    """Whether ``e``'s sentence tells ``host`` itself or points back at it
    (:data:`_BACK_REFERENCES`), the guest's own trigger aside."""
    lo = max(text.rfind(c, 0, e.trigger.start) for c in ".\n") + 1
    ends = [i for i in (text.find(c, e.trigger.end) for c in ".\n") if i >= 0]
    hi = min(ends) if ends else len(text)
    if any(lo <= s.start < hi for s in host.evidence):
        return True
    words = (text[lo:e.trigger.start] + " " + text[e.trigger.end:hi]).split()
    for w in words:
        key = normalize_key(w.strip("«»،,.\"():؛"))
        if key in _BACK_REFERENCES or (key[:1] in _PROCLITICS
                                       and key[1:] in _BACK_REFERENCES):
            return True
    return False


def fold_heard_sounds(events: list[Event], text: str) -> list[Event]:
    """Attacks told as sounds heard (:data:`_SOUND_WORDS` just before the trigger) folded
    into the attack told before them."""
    def heard(e: Event) -> bool:
        if e.type != "ASSAULT":
            return False
        before = text[max(0, e.trigger.start - _SOUND_REACH):e.trigger.start]
        clause = before.replace("،", ".").replace(",", ".").split(".")[-1]
        return any(normalize_key(w) in _SOUND_WORDS for w in clause.split())

    return _fold_into_attack(events, text, heard, lambda o, e: True)


def _counted_launched(e: Event, text: str) -> bool:
    """Whether ``e``'s trigger is followed by :data:`_OF_LAUNCHED` (ثلاث مسيرات من أصل سبع):
    the count itself points back at the attack told before."""
    after = normalize_key(text[e.trigger.end:e.trigger.end + _LAUNCHED_REACH])
    return any(w in after for w in _OF_LAUNCHED)


def fold_downed_weapons(events: list[Event], text: str) -> list[Event]:
    """Drones or missiles brought down or intercepted folded into the air attack told
    before them (:data:`_AIR_MODES`)."""
    def downed(e: Event) -> bool:
        if e.type != "ASSAULT":
            return False
        word = text[e.trigger.start:e.trigger.end].split()
        return bool(word) and normalize_key(word[0]) in _DOWNING and _counted_launched(e, text)

    return _fold_into_attack(events, text, downed, lambda o, e: o.mode in _AIR_MODES)


def fold_spoils(events: list[Event], text: str) -> list[Event]:
    """Arms or vehicles seized (COERCE/confiscate, :data:`_MATERIEL_STEMS`) after an armed
    clash or attack folded into it: the spoils of the battle."""
    def spoils(e: Event) -> bool:
        if e.type != "COERCE" or e.mode != "confiscate":
            return False
        taken = normalize_key(text[e.trigger.start:e.trigger.end + _OBJECT_REACH])
        return any(stem in taken for stem in _MATERIEL_STEMS)

    return _fold_into_attack(events, text, spoils, lambda o, e: True)


def fold_fight_parts(events: list[Event], text: str) -> list[Event]:
    """All the page folds of this module (the hook in :mod:`rasd.events.extractor`)."""
    return fold_fight_kills(fold_spoils(fold_downed_weapons(fold_heard_sounds(
        events, text), text), text), text)


#: Normalised past forms of "killed" told by a bare verb (the active plural and feminine,
#: the unvowelled passive): after an attack told on the page, the killing is its toll or a
#: side's claim about it (``ثلاثة جنود قتلوا وأصيب خمسة آخرون في المواجهات``، ``زعمت أن
#: مقاتليها قتلوا أكثر من 20 جنديا``، ``ردوا بقوة على المهاجمين وقتلوا 23 منهم``).
_KILL_VERBS = frozenset(normalize_key(w) for w in (
    "قتلوا", "وقتلوا", "فقتلوا", "قتلت", "وقتلت", "قتلا", "وقتلا", "قتلتا"))


def fold_fight_kills(events: list[Event], text: str) -> list[Event]:
    """Killings told by a bare verb (:data:`_KILL_VERBS`, no weapon) after an attack the
    page told before folded into it."""
    def kill(e: Event) -> bool:
        if e.type != "ASSAULT" or e.mode is not None:
            return False
        word = text[e.trigger.start:e.trigger.end].split()
        rest = text[e.trigger.end:].split(".")[0]
        return len(word) == 1 and normalize_key(word[0]) in _KILL_VERBS \
            and _OPERATION not in normalize_key(rest)

    return _fold_into_attack(events, text, kill, lambda o, e: o.mode not in _NOT_FIGHTS)


#: Hosts whose killings are not their part: the dead of a protest wave counted after a
#: dispersal (``إن 22 شخصا على الأقل قتلوا منذ بدء الاحتجاجات``, ev-004, ev-739) are an
#: act of their own.
_NOT_FIGHTS = frozenset({"crowd-control"})
#: Normalised "operation": a killing told with an operation of its own (``أعلن الحرس الثوري
#: أن قواته قتلت مسلحين اثنين … في عملية ملاحقة``, ev-1083) is another act, a pursuit.
_OPERATION = normalize_key("عملية")
