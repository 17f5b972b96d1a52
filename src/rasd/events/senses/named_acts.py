"""fix56: act words that name an act inside another act, or in another domain, and tell none
(blind round 56, ev-2121 … ev-2150: world politics through Arab desks).

Each kind is a reading of the words around the trigger, as news writers use them on any page:

1. **The act a suspicion or an inquiry is about.** ``أوقف … الضابط الذي يشتبه في أنه أطلق
   النار``، ``اعتقلت … شخصين يشتبه في تنفيذهما الهجوم``، ``فتحت النيابة العامة تحقيقا في
   ملابسات مقتل الشاب``، ``لجنة تحقيق في الغارة``: the attack is what the suspect is held
   for or what the inquiry looks into, the content of that act (the README's Charges: the
   crime charged is no event; every dev inquiry into a killing codes the inquiry or the
   call alone: ev-482, ev-676, ev-1362, ev-1372, ev-1420, ev-2125). assault21's
   :mod:`rasd.events.senses.attack_references` reads a link (``يشتبه في صلتهم بإطلاق النار``)
   and an inquiry into a plural course; this reads the suspected act itself and the inquiry's
   object of any number. A suspicion after the trigger (``هاجم مسلحون يشتبه في انتمائهم``)
   is no cue: only the words before the trigger are read, in its own clause.
2. **An abduction of what is no person.** ``بدأ التجمع سلميا قبل أن «تختطفه مجموعات
   منظمة»``، ``اختطاف الدولة``، ``خطف الثورة``: a gathering, a state, a decision or a
   revolution taken over is a figure (a charge, coded ACCUSE by its sayer), never an
   ASSAULT/abduct. The object right after the verbal noun, or the noun a pronoun object
   takes back a few words before, decides.
3. **Violations of a vote.** ``متهما السلطات الانتخابية بـ«التساهل مع خروقات موثقة»``:
   خرق/انتهاك in a sentence about an election (its authorities, its ballots, its count) are
   breaches of electoral law, not a ceasefire's; no ASSAULT.
4. **The drone called back ``المسيرة``.** ``طائرة مسيرة روسية اخترقت المجال الجوي`` …
   ``أقلعتا لتعقب المسيرة``: on a page that named a drone (طائرة مسيرة، المسيرات), the bare
   noun with no crowd word in its sentence is that drone, not a protest march.

5. **An attack's own weapons named back.** ``شنت القوات الروسية خلال الليل هجوما بالصواريخ
   والطائرات المسيرة على المدينة، أصاب أحد صواريخه مبنى سكنيا``: a projectile noun with a
   possessive pronoun or after ``أحد``/``إحدى`` is a part of the attack its sentence told
   before (one event per act; the gold codes one ASSAULT). A further item of a downing tally
   "of the N launched" (``أسقطت 72 مسيرة من أصل 96 أطلقتها روسيا، إضافة إلى صاروخين``)
   is assault22's downed drones, read past its window.

6. **The ambush an attack was made by.** ``أحرق مسلحون … 25 صهريج وقود …، بعد نصب كمين
   لقافلة``، ``خطف مسلحون … رئيس بلدية مع سائقه، بعد نصب كمين لسيارته``: the ambush told
   after ``بعد``/``إثر`` following the attack of its sentence is how that attack was made
   (the gold codes the one attack, ev-745 and round 56's abduction), as fix52's cordon is
   the means of an arrest.

7. **The act an order prevents.** ``أصدرت قاضية فيدرالية … أمرا يمنع إدارة الرئيس مؤقتا من
   نشر 200 من عناصر الحرس الوطني``، ``مشروع قرار يمنع الرئيس من إرسال قوات برية``: the
   deployment after ``يمنع … من`` is what the order stops, not a deployment told (round 56's
   gold codes none; a ban's own COERCE row starts at the verb of preventing and is not read
   here). Not a verb of justifying: ``اتهمت الجانب التايلاندي بـ«اختلاق الذرائع» لتبرير حشد
   قواته`` asserts the build-up (round 54's accused act, ev-2129), so ``يبرر`` is no cue.

:func:`without_named_acts` drops such events after the merge (an event merged with another
telling keeps that telling's trigger and stays).
"""

from __future__ import annotations

import re
from typing import Final

from rasd.events.senses.assault_words import bare as _bare
from rasd.events.senses.assault_words import keys as _keys
from rasd.model import Event

# --- kind 1: the act of a suspicion or an inquiry -------------------------------------------

#: Words of suspicion before the suspected act (``يشتبه في أنه``، ``المشتبه في تنفيذه``،
#: ``للاشتباه في``، ``بشبهة``).
SUSPICION: Final = _keys(
    "يشتبه", "تشتبه", "يشتبهون", "اشتباه", "الاشتباه", "للاشتباه", "بالاشتباه", "شبهة",
    "بشبهة", "يشك", "تشك")
#: Not the nouns of the suspects (``المشتبه بهم اعترفوا باعتدائهم``، ``تحديد هوية مشتبه به
#: في هجوم سوروتش``): they name people, and what follows them may tell the act (the audit's
#: judged real news).
#: Not the words of a charge (``متهمين بالتورط في واقعة الاعتداء على حارس أمن في حي
#: الملز``): a charged act named as an incident with its place is told (assault18), and the
#: charge readings of :mod:`rasd.events.retellings.arrest_steps` take the rest.
#: How far back the suspicion may stand (``يشتبه في أنه أطلق``: 3 words; ``يشتبه في
#: تورطهما في تنفيذ الهجوم``: 5).
SUSPICION_WINDOW: Final = 5
#: Inquiry nouns and what may stand between them and ``في`` (an adjective: مستقل، دولي).
INQUIRY: Final = _keys(
    "تحقيق", "تحقيقا", "التحقيق", "تحقيقات", "التحقيقات", "للتحقيق", "تحقيقه", "تحقيقها")
INQUIRY_GAP: Final = 3
#: Words between ``في`` and the act (``في ملابسات مقتل``، ``في ظروف``، ``في «الاعتداء``).
INQUIRY_MATTER: Final = _keys("ملابسات", "ظروف", "أسباب", "حيثيات", "واقعة", "حادثة", "حادث")
#: Time words after the act: an act named with its own day, month or year is told there
#: (``المتهم بتنفيذ عملية طعن عند حاجز تياسير في يناير الماضي``، ``مشتبه بهم في تفجير سيارة
#: مفخخة بمدينة منبج أمس``: the gold codes both, ev-1108, ev-1131, ev-665, ev-691, ev-1621).
TIME_WORDS: Final = _keys(
    "اليوم", "أمس", "امس", "الليلة", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "الماضي", "الماضية", "الجاري", "عام", "سنة", "يناير", "فبراير", "مارس", "أبريل", "مايو",
    "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "منذ")
_NUMBER: Final = re.compile(r"\d")
#: A clause boundary word: a suspicion or an inquiry before it is another clause's.
_CLAUSE_END: Final = re.compile(r"[،,.؛:!؟?]$")

# --- kind 2: abduction of what is no person --------------------------------------------------

#: Verbs whose attached pronoun is their object (the verbal nouns خطف/اختطاف take the doer as
#: a pronoun: ``بعد أيام من خطفها ثمانية مقاتلين`` is the group's abduction of fighters).
ABDUCTION_VERBS: Final = _keys(
    "اختطف", "اختطفت", "خطفت", "يختطف", "تختطف", "يخطف", "تخطف", "اختطفوا", "خطفوا",
    "يختطفون", "يخطفون")
ABDUCTION: Final = _keys(
    "اختطاف", "خطف", "اختطف", "اختطفت", "خطفت", "يختطف", "تختطف", "يخطف", "تخطف",
    "اختطفوا", "خطفوا", "يختطفون", "يخطفون")
#: What is taken over in the figure (a gathering, a state, a cause, a decision).
ABSTRACT_OBJECTS: Final = _keys(
    "التجمع", "تجمع", "الاحتجاج", "الاحتجاجات", "احتجاج", "احتجاجات", "المظاهرة",
    "المظاهرات", "التظاهرة", "التظاهرات", "الحراك", "حراك", "الثورة", "ثورة", "الانتفاضة",
    "الدولة", "دولة", "القرار", "قرار", "الوطن", "المؤسسات", "الانتخابات",
    "الإرادة", "إرادة", "المشهد", "الحزب", "النقابة", "القضية", "السلطة", "الحكم",
    "المسيرة", "الاعتصام", "الإضراب", "العملية", "الشارع", "الحوار", "الديمقراطية", "البرلمان")
#: How far back the noun a pronoun object takes back may stand (``وإن التجمع بدأ سلميا قبل
#: أن «تختطفه``: 5 words).
PRONOUN_WINDOW: Final = 6
#: An attached pronoun at a word's end (an object of a verb, a possessor of a noun).
_PRONOUN_SUFFIX: Final = re.compile(r"(?:ه|ها|هم|هما)$")

# --- kind 3: violations of a vote ------------------------------------------------------------

VIOLATIONS: Final = _keys("خرق", "خروقات", "انتهاك", "انتهاكات", "خروق", "تجاوزات")
#: Words of an election in the sentence.
ELECTION: Final = re.compile(
    r"(?:انتخاب|الاقتراع|اقتراع|التصويت|الأصوات|أصوات|فرز|صناديق|مراكز الاقتراع|الناخبين)")

# --- kind 4: the drone called back المسيرة ---------------------------------------------------

MARCH_WORDS: Final = _keys("مسيرة", "المسيرة")
#: A drone named on the page.
DRONE_NAMED: Final = re.compile(r"(?:طائر(?:ة|ات) مسير|مسيرات|مسيرتين|بالمسيرات|المسيرات)")
#: Crowd words that keep a march a march (its marchers, slogans, organisers).
CROWD: Final = re.compile(
    r"(?:متظاهر|محتج|احتجاج|دعا|دعت|دعوة|الدعوة|مشارك|شارك|هتف|هتاف|شعارات|لافتات|نظم|انطلقت|خرج|تضامن|أنصار"
    r"|حشود|آلاف|مئات|المسيرات الاحتجاجية)")


# --- kind 5: an attack's own weapons named back -----------------------------------------------

PROJECTILES: Final = _keys(
    "صاروخ", "صواريخ", "قذيفة", "قذائف", "مسيرة", "مسيرات", "طائرة", "طائرات", "صاروخين",
    "قذيفتين", "مسيرتين", "طائرتين", "صاروخا", "قنبلة", "قنابل", "مقذوف", "مقذوفات")
#: ``أحد صواريخه``، ``إحدى القذائف``: one of the weapons already told.
ONE_OF: Final = _keys("أحد", "إحدى", "احدى", "بعض", "أحدها", "إحداها")
#: Words adding an item to a list told before (``إضافة إلى صاروخين``).
ADDITION: Final = _keys("إضافة", "بالإضافة", "فضلا", "علاوة")
DOWNING: Final = _keys(
    "أسقط", "أسقطت", "أسقطنا", "أسقطوا", "إسقاط", "اعترض", "اعترضت", "اعتراض", "تصدت",
    "دمرت", "تدمير")
_OF_LAUNCHED: Final = re.compile(r"من\s+[أا]صل")


def weapon_named_back(before_raw: list[str], trig_raw: list[str], sentence: str,
                      earlier_attack: bool) -> bool:
    """Kind 5: a projectile noun with a possessive pronoun or after ``أحد`` in a sentence
    that told an attack before it, or a further item of a downing tally "of the N"."""
    if len(trig_raw) != 1:
        return False
    word = _bare(trig_raw[0].strip("«»\"'،,"))
    stem = _PRONOUN_SUFFIX.sub("", word)
    before = [_bare(w.strip("«»\"'،,")) for w in before_raw]
    if word in PROJECTILES and any(w in ADDITION for w in before[-3:]) \
            and any(w in DOWNING for w in before) and _OF_LAUNCHED.search(sentence):
        return True
    if not earlier_attack:
        return False
    owned = word not in PROJECTILES and stem in PROJECTILES
    return owned or (word in PROJECTILES and bool(before) and before[-1] in ONE_OF)


# --- kind 6: the ambush an attack was made by ------------------------------------------------

AMBUSH: Final = _keys("نصب", "كمين", "كمينا", "الكمين")
AFTER: Final = _keys("بعد", "إثر", "اثر", "عقب")


def ambush_means(before_raw: list[str], trig_raw: list[str], earlier_attack: bool) -> bool:
    """Kind 6: an ambush right after ``بعد``/``إثر`` following an attack of its sentence."""
    if not earlier_attack or not trig_raw:
        return False
    first = _bare(trig_raw[0].strip("«»\"'،,"))
    return first in AMBUSH and bool(before_raw) \
        and _bare(before_raw[-1].strip("«»\"'،,")) in AFTER


# --- kind 7: the act an order prevents -----------------------------------------------------

PREVENTING: Final = _keys(
    "يمنع", "تمنع", "منع", "منعت", "بمنع", "يمنعها", "يمنعه", "تمنعها", "تمنعه", "يحول",
    "تحول", "لمنع", "يحظر", "تحظر")
#: How far back the verb of preventing may stand before ``من`` (its object between:
#: ``يمنع إدارة الرئيس دونالد ترامب مؤقتا من``).
PREVENT_WINDOW: Final = 7
PREVENTED_TYPES: Final = frozenset({"MOBILIZE", "ASSAULT", "PROTEST", "CONSULT", "AID"})


def prevented(before_raw: list[str]) -> bool:
    """Kind 7: a verbal noun right after ``من`` whose clause opened with a verb of
    preventing."""
    before = _clause_before(before_raw)
    if not before:
        return False
    return before[-1] in ("من", "دون") and any(
        w in PREVENTING for w in before[-1 - PREVENT_WINDOW:-1])


def _clause_before(before_raw: list[str]) -> list[str]:
    """The words of the trigger's own clause before it (back to the last comma or stop)."""
    out: list[str] = []
    for w in reversed(before_raw):
        if _CLAUSE_END.search(w):
            break
        out.append(w)
    return [_bare(w) for w in reversed(out)]


def _own_time(rest_raw: list[str]) -> bool:
    """Whether the words after the trigger, to the end of its sentence, give it a time (a
    time may follow the act's place after a comma: ``اعتداءات استهدفت مهاجرين … في بلدة
    روكيتاس دي مار …، ليلة الثلاثاء``, ev-1870)."""
    return any(_bare(w.strip("«»\"'،,.")) in TIME_WORDS or _NUMBER.search(w) for w in rest_raw)


def suspected_or_inquired(before_raw: list[str], rest_raw: list[str]) -> bool:
    """Kind 1: a suspicion word a few words before the trigger in its clause, or an inquiry
    noun, ``في`` and at most a matter word right before it, the act given no time of its
    own after it."""
    if _own_time(rest_raw):
        return False
    before = _clause_before(before_raw)
    if any(w in SUSPICION for w in before[-SUSPICION_WINDOW:]):
        return True
    words = list(before)
    if words and words[-1] in INQUIRY_MATTER:
        words.pop()
    if not words or words[-1] != "في":
        return False
    return any(w in INQUIRY for w in words[-1 - INQUIRY_GAP:-1])


def figurative_abduction(before_raw: list[str], trig_raw: list[str], rest_raw: list[str]) -> bool:
    """Kind 2: an abduction word whose object is a gathering, a state or a cause."""
    first = _bare(trig_raw[0].strip("«»\"'"))
    stripped = _PRONOUN_SUFFIX.sub("", first)
    if first not in ABDUCTION and stripped not in ABDUCTION:
        return False
    if first not in ABDUCTION:  # a verb's pronoun object: the noun it takes back
        if stripped not in ABDUCTION_VERBS:
            return False
        back = [_bare(w.strip("«»\"'،,")) for w in before_raw[-PRONOUN_WINDOW:]]
        return any(w in ABSTRACT_OBJECTS for w in back)
    nxt = [_bare(w.strip("«»\"'،,")) for w in (trig_raw[1:] + rest_raw)[:1]]
    return bool(nxt) and nxt[0] in ABSTRACT_OBJECTS


def electoral_violation(trig_raw: list[str], sentence: str) -> bool:
    """Kind 3: a violation word in a sentence about a vote."""
    return any(_bare(w.strip("«»\"'")) in VIOLATIONS for w in trig_raw[:1]) \
        and ELECTION.search(sentence) is not None


def drone_called_back(trig_raw: list[str], sentence: str, text: str) -> bool:
    """Kind 4: a bare march noun on a page that named a drone, no crowd word beside it."""
    if len(trig_raw) != 1 or _bare(trig_raw[0].strip("«»\"'")) not in MARCH_WORDS:
        return False
    return DRONE_NAMED.search(text) is not None and CROWD.search(sentence) is None


def named_act(e: Event, text: str, earlier_attack: bool = False) -> str | None:
    """The kind of ``e``'s trigger that tells no act of its type (module docstring), or None
    (``earlier_attack``: another ASSAULT of the page was told before it in its sentence)."""
    if e.type not in PREVENTED_TYPES or e.negated:
        return None
    sent = e.trigger_sentence()
    if sent is None:
        return None
    s, t0, t1 = sent.text, e.trigger.start - sent.start, e.trigger.end - sent.start
    before_raw, trig_raw, rest_raw = s[:t0].split(), s[t0:t1].split(), s[t1:].split()
    if not trig_raw:
        return None
    if prevented(before_raw):
        return "prevented"
    if e.type == "PROTEST":
        return "drone" if drone_called_back(trig_raw, s, text) else None
    if e.type != "ASSAULT":
        return None
    if suspected_or_inquired(before_raw, trig_raw + rest_raw):
        return "suspected"
    if figurative_abduction(before_raw, trig_raw, rest_raw):
        return "figure"
    if electoral_violation(trig_raw, s):
        return "vote"
    if weapon_named_back(before_raw, trig_raw, s, earlier_attack):
        return "weapon"
    if ambush_means(before_raw, trig_raw, earlier_attack):
        return "ambush"
    return None


def _earlier_attack(e: Event, events: list[Event]) -> bool:
    """Whether another ASSAULT's trigger stands before ``e``'s in ``e``'s sentence."""
    sent = e.trigger_sentence()
    if sent is None:
        return False
    return any(o is not e and o.type == "ASSAULT"
               and sent.start <= o.trigger.start < e.trigger.start for o in events)


def without_named_acts(events: list[Event], text: str) -> list[Event]:
    """``events`` without those :func:`named_act` reads as no act of their type."""
    return [e for e in events if named_act(e, text, _earlier_attack(e, events)) is None]


__all__ = ["named_act", "without_named_acts"]
