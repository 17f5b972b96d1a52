"""Attack words that tell no attack, read by kind (assault21, session 2026-12-05 (21)).

assault19's readings (:mod:`rasd.events.senses.assault_readings`) took the largest kinds of spurious
ASSAULT on unseen text: courses, figures, one fight told with several words. The blind
bank's rounds up to ev-1700 still show four kinds they do not read, each a reading of the
words around the trigger, never of a passage:

1. **An attack that may come** (``أي`` before the attack noun): ``مستعدة للرد على أي
   اعتداء``، ``لصد أي هجوم``، ``أن أي اعتداء على مقار الحشد سيجعل``. Any attack is no
   attack; after a negation or a denial (``لم تسجل أي اشتباكات``، ``نفت أن تكون قصفت أي
   أحياء``) the gold codes a negated ASSAULT (ev-061, ev-347, ev-968, ev-1037), so those
   stay: :func:`any_attack`.
2. **A doer's acts condemned as a whole**: a plural attack noun in the construct state,
   the doer after it (``وأدانت … اعتداءات المستوطنين``، ``وندد بانتهاكات الاحتلال``), as
   the object of a verb of condemning, with no day, relative clause or toll of its own.
   The gold codes a condemned act told with its own day or clause (``وأدان الاعتداءات التي
   تعرضت لها ناقلات النفط``, ev-326; ``هجمات المستوطنين على بلدة … أمس``) and no course
   (ev-882, ev-1228): :func:`condemned_course`.
3. **A past war or massacre named by its year** (``مجزرة عام 1982``، ``تفجيرات عام
   2005``، ``حرب 2020``، ``اجتياح المدينة في يوليو 1948``): background, two years or more
   before the page (the gold codes none: ev-662, ev-664, ev-1237, ev-1430, ev-1520; a
   year-old act told again is coded with its month, ev-1017 ``لهجمات مماثلة في يونيو
   2025``, so the previous year stays): :func:`past_year`.
4. **Weapons found or seized** (``عثرت الشرطة على عبوات ناسفة``، ``ضبطت بحوزة الموقوفين
   حزامين ناسفين``): the weapon is an object, not an attack (the gold codes the seizure
   COERCE/confiscate or nothing: ev-376, ev-465, ev-942, ev-1461 …). A planted device
   (``مزروعة``، ``زرعها``) is a foiled attack, and an explosion or a hit in the sentence is
   one told: those stay: :func:`found_weapon`.

:func:`attack_reference` gives the kind; :func:`without_attack_references` drops such events after
assault19's readings (an event another telling asserts keeps its other evidence: only the
event whose trigger is so read goes).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Final

from rasd.events.senses.assault_words import bare as _bare
from rasd.events.senses.assault_words import keys as _keys
from rasd.model import Event

# --- kind 1: an attack that may come ---------------------------------------------------------

#: Attack nouns (bare keys) a hypothetical ``أي`` may stand before.
ATTACK_NOUNS: Final = _keys(
    "اعتداء", "هجوم", "عدوان", "انتهاك", "خرق", "تهديد", "استهداف", "قصف", "غارة", "تصعيد",
    "اعتداءات", "هجمات", "انتهاكات", "خروقات", "عمل", "عملية", "توغل", "تحرك", "مغامرة")
ANY: Final = _keys("أي", "اي", "لأي", "بأي", "لاي", "باي")
#: Negations and denials before ``أي``: the gold codes the denied act (a negated ASSAULT).
NEGATIONS: Final = _keys(
    "لم", "لا", "دون", "بدون", "عدم", "ليس", "ليست", "نفى", "نفت", "ينفي", "تنفي", "نافيا",
    "نافية", "ينفون", "نفوا", "غير", "تسجيل", "يسجل", "تسجل", "سجل", "سجلت", "وقوع")
NEGATION_WINDOW: Final = 8

# --- kind 2: a doer's acts condemned as a whole ----------------------------------------------

#: Plural attack nouns in the construct state (no article: the doer follows).
CONSTRUCT_PLURALS: Final = _keys(
    "اعتداءات", "هجمات", "انتهاكات", "خروقات", "اقتحامات", "ممارسات", "جرائم", "اعتداءاتها",
    "عمليات", "غارات", "ضربات", "تجاوزات")
#: Verbs and nouns of condemning before the object (``وأدانت``، ``تندد``، ``إدانتها``).
CONDEMN: Final = _keys(
    "دان", "أدان", "دانت", "أدانت", "يدين", "تدين", "ندد", "نددت", "يندد", "تندد", "استنكر",
    "استنكرت", "يستنكر", "تستنكر", "شجب", "شجبت", "يشجب", "تشجب", "أدانوا", "نددوا",
    "استنكروا", "إدانة", "إدانتها", "إدانته", "تنديد", "تنديدها", "استنكار", "استنكارها",
    "رفض", "رفضها", "يرفض", "ترفض")
CONDEMN_WINDOW: Final = 8
#: A day or part of a day anywhere after the noun makes it that day's acts.
DAYS: Final = _keys(
    "اليوم", "أمس", "امس", "الليلة", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "الماضي", "الماضية", "الجاري")
#: A relative clause after the noun tells the acts (``الاعتداءات التي تعرضت لها``).
RELATIVES: Final = _keys("التي", "الذي", "اللتين", "اللذين", "الذين")
RELATIVE_WINDOW: Final = 4
#: A toll in the sentence tells an act (``أسفرت عن``، ``قتل``).
TOLL: Final = re.compile(
    r"(?:قتل|مقتل|أسفر|اسفر|أودى|اودى|استشهاد|استشهد|أصيب|اصيب|إصابة|اصابة|جرح|جرحى|قتلى)")

# --- kind 3: a past war named by its year -----------------------------------------------------

#: Nouns of a war, a massacre, a bombing campaign or an invasion (bare keys).
WAR_NOUNS: Final = _keys(
    "حرب", "مجزرة", "مذبحة", "تفجيرات", "تفجير", "هجمات", "هجوم", "اجتياح", "غزو", "قصف",
    "معركة", "معارك", "أحداث", "اغتيال", "حصار", "غارات", "اعتداءات", "انتفاضة", "عدوان")
#: Words between the noun and its year (``مجزرة عام 1982``، ``اجتياح المدينة في يوليو 1948``).
YEAR_WINDOW: Final = 5
_YEAR: Final = re.compile(r"^\(?((?:19|20)\d\d)\)?[،,.؛:]*$")
#: Words a bare year follows (a month before it makes a dated, named act).
YEAR_HEADS: Final = _keys("عام", "سنة", "العام", "السنة", "صيف", "شتاء", "ربيع", "خريف")
#: The year before the page is told again with its month and coded (ev-1017); two years
#: back and older are background.
BACKGROUND_YEARS: Final = 2

# --- kind 5: a past act as the matter of a case, an anniversary or a talk --------------------

#: Nouns naming an anniversary before the act (``في الذكرى السادسة للانفجار``، ``إحياء ذكرى
#: المجزرة``): the act is remembered, not told. Not a case (``قضية``، ``ملف``): the gold codes
#: a case named with its victim and place as the act, undated (ev-686 ``على خلفية قضية
#: اختطاف معارض جزائري في ضواحي العاصمة الفرنسية``).
MATTER_NOUNS: Final = _keys(
    "ذكرى", "الذكرى", "لذكرى", "إحياء", "ذكراه", "ذكراها", "ذكراهم", "لذكراهم")
MATTER_WINDOW: Final = 3
#: A talk, show or game about the act (``ندوة حول معركة أنوال``، ``محاضرة … عن معركة ذات
#: الصواري``): the act is its subject.
TALK_NOUNS: Final = _keys(
    "ندوة", "محاضرة", "معرض", "المعرض", "لعبة", "اللعبة", "مهرجان", "كتاب", "كتابا",
    "الكتاب", "فيلم", "فيلما", "وثائقي", "مؤتمر", "أمسية", "درس", "دراسة", "بحث", "رواية",
    "متحف", "المتحف")
ABOUT: Final = _keys("حول", "عن", "بعنوان", "تحت", "يتناول", "تتناول", "يستعرض", "تستعرض")
ABOUT_WINDOW: Final = 3
TALK_WINDOW: Final = 8
#: ``في مثل هذا اليوم`` opens an anniversary column: its acts are history.
_ANNIVERSARY: Final = re.compile(r"في\s+مثل\s+هذا\s+اليوم")

# --- kind 6: acts referred to by a link, an inquiry or a figure ---------------------------

#: Words of a suspected link to an act told elsewhere (``توقيف خمسة يشتبه في صلتهم بإطلاق
#: النار``): the act is referred to, as assault19's involvement (``المتورطين في قتل``).
LINKS: Final = _keys(
    "صلته", "صلتهم", "صلتها", "بصلته", "بصلتهم", "علاقته", "علاقتهم", "بعلاقته",
    "ضلوعه", "ضلوعهم", "ضلوعها", "بضلوعه", "بضلوعهم", "بالضلوع", "الضلوع", "ارتباطه",
    "ارتباطهم")
LINK_WINDOW: Final = 2
#: An inquiry into acts counted as a plural (``في إطار تحقيق في عمليات اغتيال طالت
#: مستشارين``): a course under investigation, not one act.
INQUIRY: Final = _keys("تحقيق", "التحقيق", "تحقيقات", "التحقيقات", "تحقيقا")
PLURAL_ACTS: Final = _keys(
    "عمليات", "هجمات", "اعتداءات", "جرائم", "حوادث", "انتهاكات", "تفجيرات", "اغتيالات")
#: A hostage as a figure: what becomes hostage to interests (``لن تسمح بأن تتحول الطرق إلى
#: رهينة لمصالح شخص واحد``).
HOSTAGE: Final = _keys("رهينة", "رهائن", "رهينه")
BECOME: Final = _keys(
    "تتحول", "يتحول", "تحولت", "تحول", "أصبحت", "أصبح", "باتت", "بات", "تصبح", "يصبح",
    "تبقى", "يبقى", "ظلت", "ظل", "إلى", "الى")

# --- kind 7: a group described by its acts, a habit ----------------------------------------

#: Imperfect verbs of launching or carrying out after an indefinite group (``فريق أحمر يشن
#: الهجمات``، ``بإيواء مسلحين يشنون هجمات``): with a plural object and no day of their own,
#: a description of the group, not one act.
LAUNCH_NOW: Final = _keys(
    "يشن", "تشن", "يشنون", "يشنان", "تشنان", "ينفذ", "تنفذ", "ينفذون", "يرتكب", "ترتكب",
    "يرتكبون")
#: Perfect verbs of launching after an indefinite group noun: a relative clause without
#: ``الذين`` describing the group (``بإيواء مسلحين شنوا هجمات داخل الإقليم``).
LAUNCH_PAST: Final = _keys("شنوا", "شنت", "شن", "نفذوا", "نفذت", "ارتكبوا", "ارتكبت")
GROUP_NOUNS: Final = _keys(
    "مسلحين", "مسلحون", "عناصر", "مقاتلين", "مقاتلون", "جماعات", "متشددين", "متشددون",
    "إرهابيين", "إرهابيون", "ميليشيات", "مليشيات", "متمردين", "متمردون", "خلايا", "فريق",
    "مجموعة", "مجموعات", "عصابات")
HABIT_PLURALS: Final = _keys(
    "هجمات", "غارات", "اعتداءات", "عمليات", "ضربات", "هجماتهم", "هجماتها", "غاراتها")

# --- kind 8: medicine's attacks ---------------------------------------------------------------

#: A treatment or the body as the agent or object of an attack verb (``علاج مناعي يهاجم
#: الخلايا السرطانية ويقصفها``، ``فيروس يهاجم الجهاز التنفسي``).
BODY_WORDS: Final = _keys(
    "علاج", "العلاج", "الدواء", "دواء", "لقاح", "اللقاح", "مناعي", "المناعي", "المناعة",
    "الخلايا", "خلايا", "الأورام", "الورم", "السرطانية", "السرطان", "البكتيريا",
    "الفيروسات", "الأنسجة", "الجهاز", "التنفسي", "العصبي", "الأعصاب", "الكبد", "الجسم")
BODY_WINDOW: Final = 4
#: The attack words a body word makes figurative (not a killing: ``قتل`` beside ``الجسم``
#: may be a body found).
MEDICAL_TRIGGERS: Final = _keys(
    "يهاجم", "تهاجم", "هاجم", "هاجمت", "يقصف", "تقصف", "ويقصفها", "يقصفها", "تقصفها",
    "هجوم", "هجوما", "يغزو", "تغزو", "غزو", "يستهدف", "تستهدف", "استهداف", "تدمر", "يدمر")

# --- kind 4: weapons found or seized ---------------------------------------------------------

#: Weapon nouns (bare keys) a trigger may be.
WEAPONS: Final = _keys(
    "عبوة", "عبوات", "ناسفة", "ناسفتين", "حزام", "أحزمة", "حزامين", "ناسفين", "متفجرات",
    "متفجرة", "صواريخ", "صاروخ", "قذائف", "قذيفة", "ألغام", "لغم", "أسلحة", "قنابل", "قنبلة",
    "مسيرات", "مسيرة", "طائرات", "ذخائر", "صاعق", "صواعق")
#: Verbs and nouns of finding or seizing before the weapon in its clause.
FINDING: Final = _keys(
    "عثر", "عثرت", "عثروا", "يعثر", "العثور", "اكتشف", "اكتشفت", "اكتشاف", "ضبط", "ضبطت",
    "ضبطوا", "يضبط", "حجز", "حجزت", "صادر", "صادرت", "مصادرة", "ضبطه", "ضبطها", "بحوزة",
    "بحوزتهم", "بحوزته", "بحوزتها", "مخزن", "مستودع", "مخبأ", "تهريب", "شحنة", "بشحنة",
    "ضبطتها", "حيازة", "بحيازة")
FINDING_WINDOW: Final = 6
#: A device planted is a foiled attack; an explosion, a hit or a toll tells one.
ATTACK_SIGNS: Final = re.compile(
    r"(?:زرع|مزروع|نفجر|انفجار|تفجير|فجرت|فجره|فجرها|استهدف|أطلق|اطلق|قصف|سقط|قتل|مقتل"
    r"|صيب|إصابة|اصابة|جرح)")


def _year_of(word: str) -> int | None:
    m = _YEAR.match(word.strip("«»\"'"))
    return int(m.group(1)) if m else None


def any_attack(before: list[str], trig: list[str]) -> bool:
    """Kind 1: ``أي`` right before the attack noun, no negation or denial before it."""
    if not trig or trig[0] not in ATTACK_NOUNS or not before:
        return False
    if before[-1] not in ANY:
        return False
    return not any(k in NEGATIONS for k in before[-NEGATION_WINDOW:])


def condemned_course(before: list[str], trig: list[str], rest: list[str], raw: str) -> bool:
    """Kind 2: a construct plural after a word of condemning, with its doer after it and no
    day, relative clause or toll of its own."""
    if len(trig) != 1 or trig[0] not in CONSTRUCT_PLURALS or not rest:
        return False
    if raw.lstrip("«\"(وبلف")[:2] == "ال":  # a definite plural: those told (الغارات)
        return False
    if not any(k in CONDEMN for k in before[-CONDEMN_WINDOW:]):
        return False
    if any(k in DAYS for k in rest) or any(k in RELATIVES for k in rest[:RELATIVE_WINDOW]):
        return False
    return TOLL.search(" ".join(rest)) is None


def past_year(trig: list[str], rest: list[str], published_year: int | None) -> bool:
    """Kind 3: a war noun with a year two years or more before the page."""
    if published_year is None or not trig or not any(w in WAR_NOUNS for w in trig):
        return False
    for i, w in enumerate(rest[:YEAR_WINDOW]):
        y = _year_of(w)
        if y is not None:
            # a year alone or after عام or a season (``حرب 2020``، ``مجزرة عام 1982``، ``منذ
            # صيف 2012``), not a date with its month (``اعتداءات 11 سبتمبر 2001``: a named
            # act, which the audit's judges take as told); an attack named with its year and
            # its toll is told too (ev-1865 ``هجوم بانيسكا عام 2023، الذي قتل فيه شرطي``)
            bare_year = i == 0 or _bare(rest[i - 1]) in YEAR_HEADS
            return bare_year and y <= published_year - BACKGROUND_YEARS \
                and TOLL.search(" ".join(rest[i + 1:])) is None
    return False


def found_weapon(before: list[str], trig: list[str], sentence: str) -> bool:
    """Kind 4: a weapon noun after a verb of finding or seizing in its clause, no attack
    told in the sentence."""
    if not trig or not all(w in WEAPONS or w in _keys("و") for w in trig):
        return False
    if not any(k in FINDING for k in before[-FINDING_WINDOW:] + trig):
        return False
    return ATTACK_SIGNS.search(sentence) is None


def matter_of(before: list[str], sentence: str) -> bool:
    """Kind 5: the act as a case's, an anniversary's or a talk's matter."""
    if any(k in MATTER_NOUNS for k in before[-MATTER_WINDOW:]):
        return True
    if _ANNIVERSARY.search(sentence):
        return True
    return any(k in ABOUT for k in before[-ABOUT_WINDOW:]) and any(
        k in TALK_NOUNS for k in before[-TALK_WINDOW:])


def referred(before: list[str], trig: list[str], rest: list[str]) -> bool:
    """Kind 6: an act named after a suspected link, a course under inquiry, a hostage as a
    figure."""
    if any(k in LINKS for k in before[-LINK_WINDOW:]):
        return True
    if len(before) >= 2 and before[-1] in PLURAL_ACTS and before[-2] == "في" \
            and len(before) >= 3 and before[-3] in INQUIRY:
        return True
    if trig[0] in PLURAL_ACTS and before[-2:] and before[-1] == "في" \
            and len(before) >= 2 and before[-2] in INQUIRY:
        return True
    if trig[0] in HOSTAGE:
        after_l = bool(rest) and rest[0][:1] == "ل" and rest[0] not in _keys("لدى", "لدي")
        return (bool(before) and before[-1] in BECOME) or after_l
    return False


def habit(before: list[str], trig: list[str], rest: list[str]) -> bool:
    """Kind 7: a plural of acts as the object of an imperfect launch verb, or of a perfect one
    describing an indefinite group, with no day of its own after it."""
    words = before[-1:] + trig
    pairs = list(pairwise(words))
    if any(k in DAYS for k in rest):
        return False
    seq = before + trig
    for i, (verb, noun) in enumerate(pairs):
        if noun not in HABIT_PLURALS or (verb not in LAUNCH_NOW and verb not in LAUNCH_PAST):
            continue
        # an indefinite group right before the verb: a clause describing it (a subject
        # with its article before an imperfect is the news present of a live page:
        # ``مقاتلات تابعة لسلاح الجو النيجيري تنفذ غارات``, ev-1301)
        at = len(before) - 1 + i
        if at >= 1 and seq[at - 1] in GROUP_NOUNS:
            return True
    return False


def medicine(before: list[str], trig: list[str], rest: list[str]) -> bool:
    """Kind 8: a treatment, a germ or the body beside an attack word."""
    return any(k in BODY_WORDS for k in before[-BODY_WINDOW:] + trig + rest[:BODY_WINDOW])


def attack_reference(sentence: str, start: int, end: int, published_year: int | None) -> str | None:
    """The kind of an attack trigger at ``[start, end)`` of ``sentence`` that tells no
    attack (module docstring), or None."""
    raw_before = sentence[:start].split()
    raw_trig = sentence[start:end].split()
    rest_raw = sentence[end:].split()
    before = [_bare(w) for w in raw_before]
    trig = [_bare(w) for w in raw_trig]
    rest = [_bare(w) for w in rest_raw]
    if not trig:
        return None
    if any_attack(before, trig):
        return "any"
    if condemned_course(before, trig, rest, raw_trig[0]):
        return "condemned-course"
    if past_year(trig, [w.strip("«»\"'") for w in rest_raw], published_year):
        return "past-year"
    if found_weapon(before, trig, sentence[:start] + " " + sentence[end:]):
        return "found-weapon"
    if matter_of(before, sentence):
        return "matter"
    if referred(before, trig, rest):
        return "referred"
    if habit(before, trig, rest):
        return "habit"
    if any(w in MEDICAL_TRIGGERS for w in trig) and medicine(before, trig, rest):
        return "medicine"
    return None


def event_attack_reference(e: Event, published_year: int | None) -> str | None:
    """:func:`attack_reference` of an ASSAULT event's trigger in its sentence (negated events kept:
    a denial names its act)."""
    if e.type != "ASSAULT" or e.negated:
        return None
    sent = e.trigger_sentence()
    if sent is None:
        return None
    return attack_reference(sent.text, e.trigger.start - sent.start, e.trigger.end - sent.start,
                     published_year)


def without_attack_references(events: list[Event], published: date | None) -> list[Event]:
    """``events`` without the ASSAULT events :func:`event_attack_reference` reads as none
    (``published``: the page's date, whose year dates kind 3's background)."""
    year = published.year if published is not None else None
    return [e for e in events if event_attack_reference(e, year) is None]


__all__ = ["attack_reference", "event_attack_reference", "without_attack_references"]
