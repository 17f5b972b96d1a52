"""Task weak4: two tellings that name no act of their own, folded into the act the story
told before them, across sentences as well as within one.

* **An aid programme named as the frame of a delivery** (``أرسلت الإمارات طائرة مساعدات …،
  ضمن جسر جوي أعلنت عنه في يناير``، ``هذه الطائرة هي السادسة ضمن الجسر الجوي``، ``ستسلم
  أوكرانيا منظومتين …، ضمن حزمة مساعدات عسكرية``): after ``ضمن``/``في إطار`` the airlift,
  package or programme is what the told delivery belongs to, not a second delivery (the gold
  codes one AID event: ev-380, ev-1450, ev-1476; ev-026 and ev-658 keep the frame as evidence
  of the delivery).
* **A raiding party's way out told after its raid's sentence** (``المهاجمين استولوا على آليات
  قبل أن ينسحبوا``، ``المهاجمين أحرقوا عشرات المنازل قبل انسحابهم``): the convention "A raid's
  way out" (gold README, settled 2026-12-04 (12)) makes it part of the raid; the
  sentence fold (:func:`rasd.events.sentence_folds.fold_raid_exits`) finds the raid only in
  the exit's own sentence, so an exit whose raid was told in an earlier sentence stayed a
  RETREAT (ev-712, ev-874).

* **A joint military operation told with its fight** (``استعاد الجيش الصومالي السيطرة على
  البلدة، إثر عملية عسكرية مشتركة مع قوات محلية قتل خلالها أكثر من عشرين مسلحا``، ``مقتل 25
  مسلحا في عملية مشتركة نفذها مع القوات الرواندية``): the operation is the fight's own name,
  not a cooperation of its own (the gold codes the one ASSAULT, with the joint operation in
  its evidence: ev-447, ev-866). A joint security operation that ends in arrests stays a
  COOPERATE beside the arrest (ev-418, ev-519, ev-1161 code it so), and the intelligence
  one side gave for it in the same sentence (``عملية مشتركة مع المديرية العامة …، التي زودت
  نظيرتها الإسبانية بمعلومات دقيقة``) is that one cooperation, not a second (ev-418, ev-519).

A guest with no earlier host of the same flags stays an event (a programme announced on its
own, an army's withdrawal with no raid before it).
"""

from __future__ import annotations

from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.sentence_folds import is_raid_exit
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised first words of an aid programme's name: an airlift, land or sea bridge, a
#: package, a programme (جسر جوي، الجسر البري، حزمة مساعدات، برنامج المساعدات).
_FRAME_NOUNS = frozenset(normalize_key(w) for w in (
    "جسر", "الجسر", "حزمة", "الحزمة", "برنامج", "البرنامج"))
#: What makes it a frame: "within", "in the framework of" right before it.
_FRAME_OPENERS = frozenset(normalize_key(w) for w in ("ضمن", "إطار", "وضمن"))
#: Normalised first words of a joint operation (عملية عسكرية مشتركة، عمليات مشتركة).
_OPERATION_NOUNS = frozenset(normalize_key(w) for w in ("عملية", "عمليات", "العملية"))
_JOINT = normalize_key("مشتركة")
#: The hosts a raid's way out belongs to (as the sentence fold's).
_RAIDS = frozenset({"ASSAULT", "COERCE"})


def _aid_frame(e: Event, text: str) -> bool:
    """Whether ``e`` is an AID event whose trigger is a programme's name after ضمن or
    في إطار."""
    if e.type != "AID":
        return False
    words = e.trigger.text.split()
    before = text[max(0, e.trigger.start - 12):e.trigger.start].split()
    return bool(words) and normalize_key(words[0]) in _FRAME_NOUNS and bool(before) \
        and normalize_key(before[-1]) in _FRAME_OPENERS


def _before(o: Event, e: Event) -> bool:
    return o.trigger.end <= e.trigger.start


def _joint_operation(e: Event) -> bool:
    """Whether ``e`` is a COOPERATE told as a joint operation (عملية عسكرية مشتركة)."""
    if e.type != "COOPERATE":
        return False
    words = [normalize_key(w) for w in e.trigger.text.split()]
    return len(words) >= 2 and words[0] in _OPERATION_NOUNS and _JOINT in words[1:3]


def _same_sentence(o: Event, e: Event) -> bool:
    """Whether ``o``'s trigger stands in ``e``'s sentence (its first evidence span)."""
    sentence = e.evidence[0]
    return sentence.start <= o.trigger.start < sentence.end


def fold_frames(events: list[Event], text: str) -> list[Event]:
    """A document's merged events with aid frames folded into the aid told before them, raid
    exits into the raid told before them (the nearest one with the same flags) and a joint
    operation into the fight or the other cooperation of its sentence."""
    out = fold_into_earlier(events, lambda e: _aid_frame(e, text),
                            lambda o, e: o.type == "AID" and _before(o, e))
    out = fold_into_earlier(out, _joint_operation,
                            lambda o, e: (o.type == "ASSAULT" or (
                                o.type == "COOPERATE" and not _joint_operation(o)))
                            and _same_sentence(o, e))
    return fold_into_earlier(out, lambda e: is_raid_exit(e, text),
                             lambda o, e: o.type in _RAIDS and _before(o, e))
