"""ASSAULT and COERCE words that tell no act of their own, read by kind (assault22, session
2026-12-05 (22)).

assault19 (:mod:`rasd.events.senses.assault_readings`) and assault21
(:mod:`rasd.events.senses.attack_references`) read courses, figures, retellings, hypothetical
``أي`` attacks, past years and found weapons. The blind bank's rounds up to ev-1760 still
show these kinds, each a reading of the words around the trigger, never of a passage:

1. **Drones or missiles brought down**: ``أسقطت دفاعاته 87 مسيرة من أصل 110 أطلقتها روسيا``،
   ``اعترضت ثلاثة صواريخ``. The defender's downing is no attack of its own: the gold codes
   the drones downed "of the N launched" as the attack told before (README, recodes of fix42:
   ev-1701), and a drone's wreck (``حطام إحدى المسيرات``) tells none. A bare tally of drones
   downed with no launch in its sentence stays an attack of its own (ev-688, ev-1079,
   ev-1567): :func:`downed`.
2. **An attack planned, prepared or intended, not carried out**: ``خلية كانت تخطط لتنفيذ
   هجوم وشيك``، ``يستعدون لمهاجمة مواقع الجيش``، ``إخطارات بهدم ستة منازل``. A plan foiled
   (``أحبطت``، ``إحباط``، ``تفكيك``) is a negated ASSAULT in the gold (README "a foiled
   plot", ev-465 …), so a sentence with a word of foiling keeps it; demolition notices are
   THREATEN/violence (ev-494, ev-1624, ev-1772), not a demolition: :func:`planned`.
3. **Goods seized in an arrest or taken in a fight**: ``اعتقلت … وصادرت أسلحة وذخائر``،
   ``زعمت الحركة أن مقاتليها قتلوا … واستولوا على أسلحة``. Arms or material seized in the
   course of an arrest are part of it ("A raid's way out and an arrest's seizures", settled
   (12)), and spoils of a fight part of its ASSAULT (recodes of fix42); a lone seizure (a
   shipment at a port) stays COERCE: :func:`seized_in_act`.
4. **A detention told as a state or none told**: the imperfect after ``كان`` (``جثامين
   كانت تحتجزها``، ``رهينتين كانت الجماعة تحتجزهما منذ``، ``حيث كان يخضع للإقامة
   الجبرية``), a detention continuing (``بمواصلة احتجاز آلاف المدنيين``، ``استمرار احتجاز
   أموال المقاصة``) and a report that none was made (``دون تسجيل اعتقالات``، ``عدم تسجيل أي
   إصابات أو توقيفات``). The act of the page is the release or the later step; a denial
   (``نفت أن تكون قد اعتقلت``) is coded negated and is not read here: :func:`held_state`.

Kinds 5 and 6 (an act named by an involvement, a wrecking of efforts or an accused
practice; a coercion told in a work, attempted, a siege lifted, a past act's victims, an act
talked about) are read in :mod:`rasd.events.senses.violence_mentions`. :func:`violence_reference`
gives the kind; :func:`without_violence_references` drops such events after assault21's readings.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from rasd.events.senses.assault_words import bare as _bare
from rasd.events.senses.assault_words import keys as _keys
from rasd.events.senses.violence_mentions import (
    attempted,
    lifted_siege,
    referred_violence,
    talked_about,
    told_in_work,
    victims_of,
)
from rasd.model import Event

# --- kind 1: drones or missiles brought down -------------------------------------------------

#: Verbs and nouns of bringing down or intercepting a projectile.
DOWNING: Final = _keys(
    "أسقط", "أسقطت", "أسقطنا", "أسقطوا", "يسقط", "تسقط", "إسقاط", "اسقاط", "اعترض",
    "اعترضت", "اعتراض", "يعترض", "تعترض", "تصدت", "تصدى", "التصدي", "أسقطتها", "أسقطها",
    "اعترضتها", "اعترضها", "دمرت", "تدمير")
#: Projectiles a downing takes as its object.
PROJECTILES: Final = _keys(
    "مسيرة", "مسيرات", "طائرة", "طائرات", "صاروخ", "صواريخ", "صاروخا", "قذيفة", "قذائف",
    "مقذوف", "مقذوفات", "درون", "باليستي", "باليستية", "مجنح", "مجنحة", "كروز")
DOWNING_WINDOW: Final = 6
#: "Of the N launched" (``من أصل 110 أطلقتها روسيا``): the downing retells the strike.
_OF_LAUNCHED: Final = re.compile(r"من\s+[أا]صل")
#: A single projectile intercepted with its launch (``اعترضت صاروخا باليستيا أطلقته
#: الميليشيا``، ``اعترضت طائرة مسيرة مفخخة أطلقت من صعدة``) is the strike itself, coded so
#: even where the page tells other attacks (ev-443, ev-1977): only "of the N" retells.
#: Not read: a drone's wreck that falls and burns a site (``حطام مسيرة سقط على منشأة
#: نفطية``) is that strike in ev-1432 and a part of the night's tally in ev-1293.

# --- kind 2: an attack planned, prepared or intended -----------------------------------------

#: Words of planning, preparing or intending before the attack word.
PLANNING: Final = _keys(
    "تخطط", "يخطط", "يخططون", "تخططان", "خطط", "خططت", "خططوا", "مخطط", "مخططا", "مخططات",
    "التخطيط", "تخطيط", "تعد", "يعد", "يعدون", "تستعد", "يستعد", "يستعدون", "تتأهب",
    "يتأهبون", "تحضر", "يحضر", "يحضرون", "التحضير", "تحضير", "تعتزم", "يعتزم", "يعتزمون",
    "تنوي", "ينوي", "ينوون", "نية", "بنية", "تهدف", "يهدف", "بهدف", "تسعى", "يسعى", "يسعون",
    "كانت", "كان", "كانوا", "لتنفيذ", "تنفيذ", "معدة", "معدا")
#: The planning word must be one of these (``كان``/``لتنفيذ`` only join it to the act).
PLAN_HEADS: Final = PLANNING - _keys("كانت", "كان", "كانوا", "لتنفيذ", "تنفيذ")
PLAN_WINDOW: Final = 4
#: Attack words a plan may take (indefinite or a verbal noun; a definite ``الهجوم`` names an
#: act told elsewhere).
PLANNED_ACTS: Final = _keys(
    "هجوم", "هجوما", "هجمات", "مهاجمة", "لمهاجمة", "اعتداء", "اعتداءات", "استهداف",
    "تفجير", "تفجيرات", "عملية", "عمليات", "اغتيال", "اغتيالات", "ضربة", "ضربات", "قصف",
    "اقتحام", "تنفيذ", "عمل", "أعمال")
#: A plan foiled is coded a negated ASSAULT (README "a foiled plot"); a plan carried out
#: tells its act.
_FOILED: Final = re.compile(
    r"(?:حبط|حباط|أفشل|افشل|إفشال|افشال|تفكيك|فكك|ضبط|اعتقل|اعتقال|أوقف|اوقف|توقيف|القبض|منع|تمكن|قتل"
    r"|مقتل|أسفر|اسفر|انفجر|نفذ\s)")
#: Notices, orders or decisions to demolish (THREATEN/violence, ev-494), not a demolition.
DEMOLITION_NOTICES: Final = _keys(
    "إخطار", "إخطارات", "اخطار", "اخطارات", "أوامر", "أمر", "أوامرا", "قرار", "قرارات",
    "قرارا", "إنذار", "إنذارات", "تهدد", "يهدد", "تهديد", "بتهديد", "نية", "مخطط")
DEMOLITION: Final = _keys("هدم", "بهدم", "لهدم", "وهدم", "الهدم")
NOTICE_WINDOW: Final = 3

#: Words of threatening whose ب-object is the act threatened (``وهدد … بـ«استهداف المنشآت
#: النفطية» في حال``): THREATEN's content, not an attack.
THREATS: Final = _keys(
    "هدد", "هددت", "يهدد", "تهدد", "هددوا", "يهددون", "مهددا", "مهددة", "مهددين", "توعد",
    "توعدت", "يتوعد", "تتوعد", "متوعدا", "متوعدة", "لوح", "لوحت", "يلوح", "تلوح", "ملوحا",
    "ملوحة", "تهديد", "التهديد", "بتهديد", "تهديدات", "تهديده", "تهديدها", "وعيد")
THREAT_WINDOW: Final = 14
#: Words of fear or precaution before an act that may come (``تحسبا لاندلاع اشتباكات``،
#: ``خشية وقوع هجمات``، ``مخاوف من هجوم``).
FEARS: Final = _keys(
    "تحسبا", "تحسب", "خشية", "خوفا", "مخاوف", "مخافة", "تخوف", "تخوفا", "تخوفات", "احتمال",
    "احتمالات", "سيناريو", "توقعات", "تحذيرات", "تحذير", "يحذر", "تحذر", "حذر", "حذرت",
    "محذرا", "محذرة", "يحذرون", "حذروا")
#: Words a feared act's noun may follow (``تحسبا لاندلاع``).
#: Not ``تجدد``: a renewal tells the clashes before it (ev-053 codes ``تحسبا لتجدد
#: المواجهات``).
FEAR_FILLERS: Final = _keys("من", "ل", "اندلاع", "وقوع", "حدوث", "شن", "تنفيذ", "أي")
FEARED_ACTS: Final = _keys(
    "اشتباكات", "اشتباك", "مواجهات", "مواجهة", "هجوم", "هجمات", "اعتداء", "اعتداءات",
    "معارك", "قتال", "أعمال", "عنف", "غارات", "ضربات", "ضربة", "قصف", "تفجيرات", "تفجير")


# --- kind 3: goods seized in an arrest or taken in a fight -----------------------------------

#: Verbs and nouns of seizing goods.
SEIZING: Final = _keys(
    "صادر", "صادرت", "صادروا", "مصادرة", "ضبط", "ضبطت", "ضبطوا", "حجز", "حجزت", "استولى",
    "استولت", "استولوا", "الاستيلاء", "غنم", "غنمت", "غنموا", "اغتنم", "اغتنمت", "اغتنموا",
    "وضبطت", "وصادرت", "واستولوا", "واستولى", "واستولت", "وحجز", "وحجزت", "وضبط", "ومصادرة")
#: Goods a seizure takes (not land, a site or a person).
GOODS: Final = _keys(
    "أسلحة", "اسلحة", "سلاح", "ذخائر", "ذخيرة", "آليات", "اليات", "آلية", "مركبات", "مركبة",
    "عربات", "عربة", "سيارات", "سيارة", "سيارتين", "شاحنات", "شاحنة", "شاحنتين", "هواتف",
    "هاتف", "هواتفهم", "عتاد", "قوارب", "قارب", "زوارق", "زورق", "زوارقهم", "دراجات",
    "أسلحتهم", "متفجرات", "بنادق", "رشاشات", "قذائف", "صواريخ", "مسيرات",
    # what the arrested carry (``صادروا هاتفه وكاميرته خلال توقيفه``)
    "هاتفه", "هاتفها", "هواتفهن", "هواتفهما", "كاميرا", "كاميرته", "كاميرتها", "كاميرات",
    "جواز", "جوازه", "جوازات", "جوازاتهم", "سيارته", "سيارتها", "سياراتهم")
#: A body's property (a UN office's computers, papers or equipment, ev-511, ev-847,
#: ev-1205): taken from an organisation, a seizure of its own, whatever the sentence tells.
PROPERTY: Final = _keys(
    "أجهزة", "اجهزة", "حواسيب", "حاسوب", "معدات", "وثائق", "مستندات", "ممتلكات", "محتويات",
    "مقتنيات", "أموال", "اموال", "أرشيف", "ملفات", "مكاتب", "مقر", "مقار", "أراض", "أراضي")
#: Words before the head of the object (``كمية من الأسلحة``، ``على خمس مركبات``).
OBJECT_FILLERS: Final = _keys("على", "كمية", "كميات", "عدد", "عددا", "من", "مجموعة")
GOODS_WINDOW: Final = 4
NUMBER_WORDS: Final = _keys(
    "اثنين", "اثنتين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع",
    "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرات", "مئات")
#: The arrest or fight in the sentence whose part the seizure is.
#: Not a raid alone: "a lone seizure of arms (a raid, a checkpoint) stays a confiscation"
#: (README, recodes of fix42).
_ARREST_OR_FIGHT: Final = re.compile(
    r"(?:اعتقل|اعتقال|أوقف|اوقف|توقيف|الموقوف|القبض|احتجز|احتجاز|أسر|قتل|مقتل|قتلى|اشتب"
    r"|هجوم|هاجم|دحر|المهاجمين|كمين)")
#: A clause of its own after these (``…، فيما أوقفت ثلاثة``): its arrest is another act.
_OTHER_CLAUSE: Final = re.compile(r"(?:،\s*|\s)(?:فيما|بينما|في\s+حين|وفي\s+المقابل)\s")

# --- kind 4: a detention told as a state, or none told ---------------------------------------

#: Imperfect verbs of holding (after ``كان`` a state: who was being held).
HOLDING_NOW: Final = _keys(
    "تحتجز", "يحتجز", "تحتجزها", "تحتجزه", "تحتجزهم", "تحتجزهما", "يحتجزها", "يحتجزه",
    "يحتجزهم", "يحتجزون", "يحتجزونهم", "تعتقل", "تعتقلهم", "تعتقله", "يعتقل", "تأسر",
    "تأسرهم", "يأسر", "يخضع", "تخضع", "يقبع", "تقبع", "يقبعون")
WAS: Final = _keys("كان", "كانت", "كانوا", "كانتا", "كانا", "ظل", "ظلت", "لا", "تزال", "يزال")
WAS_WINDOW: Final = 4
#: Nouns of arrests or injuries a report says none were recorded of.
NONE_NOUNS: Final = _keys("اعتقالات", "اعتقال", "توقيفات", "توقيف", "إيقافات", "موقوفين",
                          "إصابات", "اصابات", "خسائر")
RECORDING: Final = _keys("تسجيل", "يسجل", "تسجل", "سجل", "سجلت", "ترصد", "رصد")
NONE_WORDS: Final = _keys("دون", "بدون", "عدم", "لم", "لا", "غير")
NONE_WINDOW: Final = 6



def downed(before: list[str], trig: list[str], rest: list[str], sentence: str) -> bool:
    """Kind 1: a downing verb before a projectile (in the trigger or governing it) "of the
    N launched"."""
    words = before[-DOWNING_WINDOW:] + trig
    down_at = [i for i, w in enumerate(words) if w in DOWNING]
    if not down_at:
        return False
    # the projectile after the downing word, in the trigger or right after it
    after_down = words[down_at[-1] + 1:] + rest[:3]
    if not any(w in PROJECTILES for w in after_down):
        return False
    return _OF_LAUNCHED.search(sentence) is not None


def planned(before: list[str], trig: list[str], rest: list[str], sentence: str) -> bool:
    """Kind 2: an attack word after a word of planning with no foiling or carrying out in
    the sentence; a demolition after a notice or order."""
    if trig[0] in DEMOLITION and any(k in DEMOLITION_NOTICES
                                      for k in before[-NOTICE_WINDOW:]):
        return True
    if trig[0] not in PLANNED_ACTS:
        return False
    window = before[-PLAN_WINDOW:]
    if not any(k in PLAN_HEADS for k in window):
        return False
    # every word between the plan and the act is one joining them (لتنفيذ, كانت …)
    start = max(i for i, k in enumerate(window) if k in PLAN_HEADS)
    if any(k not in PLANNING and k not in _keys("ل", "في", "على", "إلى") for k in
           window[start + 1:]):
        return False
    return _FOILED.search(sentence) is None


def threatened_or_feared(before: list[str], raw_trig: str, raw_before: list[str],
                         trig: list[str]) -> bool:
    """Kind 2b: the ب-object of a threat (the act threatened), or an act feared or guarded
    against."""
    by_b = raw_trig.lstrip("«\"(").startswith("ب") or (
        bool(raw_before) and raw_before[-1].rstrip("«\"(").endswith("بـ"))
    if by_b and any(k in THREATS for k in before[-THREAT_WINDOW:]):
        return True
    if trig[0] not in FEARED_ACTS:
        return False
    k = len(before)
    while k > 0 and before[k - 1] in FEAR_FILLERS:
        k -= 1
    if k == 0 or len(before) - k > 3:
        return False
    # the warning's subject may stand between it and من (``يحذر خبراء من ضربة``)
    return before[k - 1] in FEARS or (
        2 <= k < len(before) and before[k] == "من" and before[k - 2] in FEARS)


def _clauses_of(sentence: str, at: int) -> list[str]:
    """The clause of ``sentence`` holding offset ``at`` (cut at ``فيما``، ``بينما`` …)."""
    cuts = [0, *(m.start() for m in _OTHER_CLAUSE.finditer(sentence)), len(sentence)]
    return [sentence[a:b] for a, b in pairwise(cuts) if a <= at < b] or [sentence]


def seized_in_act(before: list[str], trig: list[str], rest: list[str], sentence: str,
                  start: int) -> bool:
    """Kind 3: a seizure of goods in a clause that tells an arrest or a fight."""
    if not any(w in SEIZING for w in before[-1:] + trig[:2]):
        return False
    obj = [w for w in trig[1:] + rest[:GOODS_WINDOW]
           if w not in OBJECT_FILLERS and not w.isdigit() and w not in NUMBER_WORDS]
    if not obj or obj[0] not in GOODS:
        return False
    return any(_ARREST_OR_FIGHT.search(c) for c in _clauses_of(sentence, start))


def held_state(before: list[str], trig: list[str]) -> bool:
    """Kind 4: a holding verb after ``كان`` (a state), a holding noun after a word of
    continuing, or arrests a report says none were recorded of."""
    if trig[0] in HOLDING_NOW and any(k in WAS for k in before[-WAS_WINDOW:]):
        return True
    if trig[0] in NONE_NOUNS:
        window = before[-NONE_WINDOW:]
        rec = [i for i, k in enumerate(window) if k in RECORDING]
        return bool(rec) and any(k in NONE_WORDS for k in window[:rec[-1] + 1])
    return False


def violence_reference(sentence: str, start: int, end: int, etype: str) -> str | None:
    """The kind of an ASSAULT or COERCE trigger at ``[start, end)`` of ``sentence`` that
    tells no act of its own (module docstring), or None."""
    before = [_bare(w) for w in sentence[:start].split()]
    trig = [_bare(w) for w in sentence[start:end].split()]
    rest = [_bare(w) for w in sentence[end:].split()]
    trig = [w for w in trig if w]
    if not trig:
        return None
    if etype == "ASSAULT":
        if downed(before, trig, rest, sentence):
            return "downed"
        if planned(before, trig, rest, sentence):
            return "planned"
        raw_before = sentence[:start].split()
        if threatened_or_feared(before, sentence[start:end], raw_before, trig):
            return "threatened"
        if referred_violence(before, trig, rest, sentence[start:end], raw_before):
            return "referred"
        if victims_of(before, sentence[start:end]):
            return "victims"
        if talked_about(before):
            return "talked-about"
    elif etype == "COERCE":
        if seized_in_act(before, trig, rest, sentence, start):
            return "seized-in-act"
        if held_state(before, trig):
            return "held-state"
        if referred_violence(before, trig, rest, sentence[start:end], sentence[:start].split()):
            return "referred"
        if attempted(before):
            return "attempted"
        if lifted_siege(before, trig):
            return "lifted-siege"
        if told_in_work(sentence[:start]):
            return "work"
        if talked_about(before):
            return "talked-about"
    return None


def event_violence_reference(e: Event) -> str | None:
    """:func:`violence_reference` of an ASSAULT or COERCE event's trigger in its sentence (a denial,
    coded negated, is kept)."""
    if e.type not in ("ASSAULT", "COERCE") or e.denied:
        return None
    if e.type == "COERCE" and e.arrested is not None:
        return None  # an arrest folded with its seizure (``وصادرت …، فيما أوقفت ثلاثة``)
    sent = e.trigger_sentence()
    if sent is None:
        return None
    kind = violence_reference(sent.text, e.trigger.start - sent.start, e.trigger.end - sent.start,
                     e.type)
    if kind == "planned" and e.future:
        # a plot in preparation told as such is a future ASSAULT (round 28: ``المشتبهين
        # يخططون لتنفيذ هجمات خلال عيد الميلاد``); only an unflagged one is dropped
        return None
    return kind


def without_violence_references(events: list[Event]) -> list[Event]:
    """``events`` without the ASSAULT and COERCE events :func:`event_violence_reference` reads as
    none."""
    return [e for e in events if event_violence_reference(e) is None]


__all__ = ["event_violence_reference", "violence_reference", "without_violence_references"]
