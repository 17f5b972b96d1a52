"""Task fix46: one act told with several words, folded into the telling that names it first.

Three kinds of news wording name a single act twice, and the rules read each word as an act
of its own (round 46's blind passages, checked on dev ev-001 … ev-1820):

* **A vessel seized with its crew.** ``احتجاز ناقلة أجنبية … وتوقيف أفراد طاقمها الـ12``:
  the seizure of the ship and the arrest of the people on board are one COERCE (the gold
  README: "a boat seized with its crew is one COERCE, mode null", round 38's lorry). An
  arrest whose object is the crew, the sailors, the passengers or the driver of the vessel or
  vehicle seized just before in the same sentence folds into that seizure
  (:func:`_crew_of`), mode null, the crew's count its arrested.
* **The sidelines of a meeting told in the same breath.** ``على هامش استقبال … لسعادة وزير
  الكهرباء``: the trigger row ``على هامش`` reads a multilateral meeting (the sidelines of a
  summit), but when the word right after it is itself a meeting told (a reception, a visit,
  talks), the sidelines are that meeting's (:func:`_sidelines_of`).
* **A definite noun that refers back, under another type.** ``انسحب نواب الكتلة من جلسة
  البرلمان`` is a walk-out (PROTEST/boycott); ``قال رئيس الكتلة في مؤتمر صحفي عقب الانسحاب``
  names the same walk-out with the definite verbal noun of the same verb, which the lexicon
  reads as RETREAT/withdraw. The merge folds a definite retelling into an earlier act of its
  own type only; a definite act noun after a preposition of time (عقب، بعد، إثر، قبيل، خلال)
  whose word is of the same verb as an earlier act's trigger in another sentence is that act
  (:func:`_retold_under_other_type`), whatever the type the lexicon gives the noun.

And the other way round, two acts told with one word: protests gathered before different
buildings in different sentences are two gatherings (:func:`different_sites`, the merge's
hook), though they share the verb, the city and the mode.

A participle clause of thanks after a praise (وثمن محافظ حضرموت الدعم الإماراتي، معربا عن
شكره لدولة الإمارات) is the same SUPPORT told again; alone after a statement (وقال المكتب …،
معربا عن شكره لسلطنة عمان) its doer is the main clause's speaker, not the party after لـ,
which the actor finder reads there (:func:`_thanks_clause`). A road reopened with no doer
after a protest's blockade is that protest's end, no act (:func:`_blockade_ended`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.folds.pair_merge import last_index
from rasd.events.syntax.clauses import is_definite
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The people on board or at the wheel of a seized vessel or vehicle, as the object of the
#: arrest (أفراد طاقمها، طاقمه المكون من، البحارة، ركابها، سائقها).
CREW = re.compile(r"طاقم|بحار[ةه]|البحار[ةه]|ركاب|الركاب|سائق|السائق|ملاح|الملاح")
#: Characters after the arrest trigger in which its object names the crew: the trigger and
#: a word or two (وتوقيف أفراد طاقمها؛ واعتقال البحارة الـ12 على متنها).
CREW_REACH = 25
#: Seizure modes whose object may be a vessel or a vehicle; None: the trigger leaves the mode
#: to the clause (احتجاز ناقلة).
SEIZURE_MODES = frozenset({"confiscate", None})
#: Vessels and vehicles seized (ناقلة، سفينة، قارب، زورق، مركب، شاحنة، سيارة).
VEHICLE = re.compile(r"ناقل|سفين|سفن|قارب|قوارب|زورق|زوارق|مركب|شاحن|سيار")
#: Characters after a seizure trigger in which its object names the vessel.
VEHICLE_REACH = 30

#: The sidelines trigger (على هامش، في هامش).
SIDELINES = re.compile(r"هامش")
#: Characters between the end of ``على هامش`` and the start of the meeting it names: the
#: meeting noun follows at once, or after a short article-less word.
SIDELINES_GAP = 3

#: Prepositions of time before a definite act noun that refers back (عقب الانسحاب، بعد
#: الاعتصام، إثر الإضراب، خلال المقاطعة).
TIME_PREPOSITION = re.compile(r"(?:^|\s)(?:عقب|بعد|وبعد|إثر|اثر|قبيل|خلال|أثناء|اثناء|منذ)\s*$")
#: Shortest skeleton compared: two-letter skeletons of different verbs collide.
MIN_SKELETON = 3
_PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


def _skeleton(word: str) -> str:
    """The word's letters without its proclitics and article, and without the long vowels
    after its first letter: the verb and its verbal noun share it (انسحب، الانسحاب → انسحب;
    اعتصموا, الاعتصام → اعتصم)."""
    key = normalize_key(word)
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= MIN_SKELETON:
            key = key[len(p):]
            break
    return key[:1] + re.sub(r"[اويى]", "", key[1:])


def _after(e: Event, reach: int) -> str:
    sent = e.evidence[0]
    start = e.trigger.end - sent.start
    return sent.text[start:start + reach]


def _crew_of(host: Event, e: Event) -> bool:
    """Whether ``e`` is the arrest of the crew of the vessel ``host`` seized just before it
    in the same sentence."""
    return (e.type == host.type == "COERCE" and e.mode == "arrest"
            and host.mode in SEIZURE_MODES and host.flags == e.flags
            and host.evidence[0] == e.evidence[0] and host.trigger.start < e.trigger.start
            and (VEHICLE.search(host.trigger.text) is not None
                 or VEHICLE.search(_after(host, VEHICLE_REACH)) is not None)
            and CREW.search(_after(e, CREW_REACH)) is not None)


def _sidelines_of(e: Event, other: Event) -> bool:
    """Whether ``e`` is a sidelines trigger whose meeting is ``other``, told right after it."""
    return (e.type == other.type == "CONSULT" and e is not other
            and SIDELINES.search(e.trigger.text) is not None
            and e.evidence[0] == other.evidence[0] and e.flags == other.flags
            and 0 <= other.trigger.start - e.trigger.end <= SIDELINES_GAP)


def _retold_under_other_type(host: Event, e: Event) -> bool:
    """Whether ``e``'s definite act noun after a preposition of time names ``host``, told
    before in another sentence with a word of the same verb under another type."""
    if host.type == e.type or host.flags != e.flags or host.evidence[0] == e.evidence[0] \
            or host.trigger.start > e.trigger.start or not is_definite(e.trigger.text):
        return False
    sent = e.evidence[0]
    if TIME_PREPOSITION.search(sent.text[:e.trigger.start - sent.start]) is None:
        return False
    mine = _skeleton(e.trigger.text)
    first = host.trigger.text.split()[0] if host.trigger.text.split() else ""
    return len(mine) >= MIN_SKELETON and _skeleton(first) == mine


#: Circumstantial participles that open a clause of thanks or praise after the main verb
#: (وثمن المحافظ الدعم، معربا عن شكره لدولة الإمارات؛ وقال المكتب …، معربا عن شكره لسلطنة
#: عمان): their subject is the main clause's, and the party after لـ is the one thanked.
THANKS_PARTICIPLE = re.compile(
    r"^[وف]?(?:معرب|مثمن|مشيد|معبر|مقدم|مجدد)(?:ا|[ةه]|ين|ان|تين)?(?:\s|$)")


def _thanks_clause(e: Event) -> bool:
    """Whether ``e`` is a SUPPORT told by a participle clause of thanks whose actor was read
    at or after its trigger (the thanked party of لـ, not the one who thanks)."""
    return (e.type == "SUPPORT" and THANKS_PARTICIPLE.search(normalize_key(e.trigger.text))
            is not None and e.actor is not None and e.actor.span.start >= e.trigger.start)


#: A gathering's site: the building or square named after أمام (أمام مبنى المحكمة، أمام
#: مقر الحكومة، أمام السفارة الأمريكية): the preposition and the two words after it.
SITE = re.compile(r"(?:^|\s)أمام\s+(\S+)(?:\s+(\S+))?")
#: Characters after a protest trigger in which its site is named.
SITE_REACH = 80


def _site(e: Event) -> str | None:
    sent = e.evidence[0]
    start = e.trigger.start - sent.start
    m = SITE.search(sent.text[start:e.trigger.end - sent.start + SITE_REACH])
    if m is None:
        return None
    return " ".join(normalize_key(w) for w in m.groups() if w)


def different_sites(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` are protests told in different sentences before different
    buildings (a workers' gathering before the governorate in April, and the relatives'
    gathering before the court after the verdict): two acts, whatever else they share (the
    merge's hook, :func:`rasd.events.merge._compatible`)."""
    if a.type != "PROTEST" or b.type != "PROTEST" or b.evidence[0] in a.evidence:
        return False
    sa, sb = _site(a), _site(b)
    return sa is not None and sb is not None and sa != sb


#: A reopening told by its verbal noun or verb (أعيد فتح الطريق، إعادة فتح الطرق).
REOPENED = re.compile(r"فتح")
#: fix48: a protest's road block told in its evidence (وأغلق عشرات من المشاركين شارع أيالون)
#: when the block was folded into a march and the protest's mode is demo.
ROAD_BLOCKED = re.compile(r"(?:أغلق|قطع)\S*\s+(?:\S+\s+){0,8}(?:ال)?(?:طريق|شارع|جسر|أوتوستراد)")


def _blockade_ended(done: list[Event], e: Event) -> bool:
    """Whether ``e`` is a reopening with no doer of a road that only a protest had blocked
    (قطع عشرات الصيادين الطريق … وأعيد فتح الطريق بعد ساعات من الإفراج): the protest's end,
    no easing by a party; a road an armed party or an authority closed stays RETREAT/ease
    when reopened (ev-1064, ev-1150). fix48: the police reopening it after clearing or
    arresting the blockers (قبل أن تعتقل الشرطة سبعة منهم وتعيد فتح الطريق; ev-749, ev-1617
    code no RETREAT either) ends the protest too: a doer is no longer required."""
    if e.type != "RETREAT" or e.mode != "ease" \
            or REOPENED.search(e.trigger.text) is None:
        return False
    return any(d.type == "PROTEST" and (d.mode == "obstruct" or any(
        ROAD_BLOCKED.search(ev.text) for ev in d.evidence)) for d in done) and not any(
        d.type in ("COERCE", "ASSAULT", "MOBILIZE") and d.mode in ("restrict", "blockade")
        for d in done)


def _same_sentence_act(host: Event, e: Event) -> bool:
    """``host`` is an act of ``e``'s type and flags told in ``e``'s own sentence."""
    return host.type == e.type and host.flags == e.flags and host.evidence[0] == e.evidence[0]


def fold_told_once(events: list[Event]) -> list[Event]:
    """``events`` with a crew's arrest folded into its vessel's seizure, a sidelines trigger
    into the meeting it names and a definite noun into the act of the same verb it refers
    back to."""
    out: list[Event] = []
    for e in events:
        sideline = next((o for o in events if _sidelines_of(e, o)), None)
        if sideline is not None or _blockade_ended(out, e):
            continue  # the meeting itself is (or will be) in the list; the protest ended
        host = last_index(out, _crew_of, e)
        if host is not None:
            h = out[host].with_evidence(e.evidence)
            out[host] = replace(h, mode=None, arrested=h.arrested or e.arrested,
                                recipient=h.recipient or e.recipient)
            continue
        if _thanks_clause(e):
            host = last_index(out, _same_sentence_act, e)
            if host is not None:  # وثمن المحافظ الدعم، معربا عن شكره: one praise
                out[host] = out[host].with_evidence(e.evidence)
                continue
            # the one who speaks thanks, not the thanked: the sentence's attributed party when
            # it is one (a bare بيان is none)
            speaker = e.attribution
            e = replace(e, actor=speaker if speaker is not None and speaker.sector else None)
        host = last_index(out, _retold_under_other_type, e)
        if host is not None:
            out[host] = out[host].with_evidence(e.evidence)
            continue
        out.append(e)
    return out


__all__ = ["different_sites", "fold_told_once"]
