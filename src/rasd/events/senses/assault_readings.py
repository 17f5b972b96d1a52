"""Attack words that tell no single attack, read by kind (assault19, session 2026-12-05 (19)).

On unseen text ASSAULT is the rules' largest error mass (the blind bank's last ten rounds:
82 spurious attack candidates against 107 true ones). The spurious ones fall into three
kinds, each a reading of the words around the trigger rather than of the trigger itself:

1. **A course of acts, not one** (gold README: generic acts, tallies and series are no
   events). A plural attack noun that is the object of a complaint or of a state
   (``مكشوفا أمام الاعتداءات``، ``شكوى ضد «الخروقات»``، ``تصاعد اعتداءات المستعمرين``), a
   count of acts over a period (``وثقت 412 اعتداء``، ``شنت مئات الغارات منذ``), a
   continuing state (``تواصل إسرائيل شن غارات``، ``يشهد الإقليم منذ 2023 مواجهات``):
   :func:`course_reading`.
2. **A figurative attack** (the gold codes no event on business, weather, culture or
   opinion pages, nor a metaphorical ``هجوم``، ``قصف``، ``ضربة``). What makes an attack
   figurative is its object or its agent: an attack on prices, a market, a season,
   democracy or a ruling is none; neither is one by fire, waves, locusts, a newspaper's
   editorial or a runner; an appeal (``طعن في الحكم``) is no stabbing:
   :func:`figurative_reading`.
3. **One fight told with several words**: a kill told in the sentence of the attack that
   caused it (``قتل 22 مهاجما … في هجوم شنه``), the toll or the other side's claim told
   after it (``زعمت الحركة أن مقاتليها قتلوا``، ``صدت الهجوم وقتلت``), a weapon named as a
   noun beside the attack's verb (``بصاروخين وطائرة مسيرة``) or with no attack at all
   (sanctions on drone makers, a missile sale): :func:`telling_reading`.

:func:`unasserted_kind` gives the kind of an ASSAULT event that is none of its own, and
:func:`without_unasserted_assaults` drops such events after the merge (an event another
telling asserts keeps its evidence: only a lone telling is read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from rasd.events.retellings.assault_tellings import telling_host, telling_reading
from rasd.events.senses.assault_words import PUNCT as _PUNCT
from rasd.events.senses.assault_words import around as _around
from rasd.events.senses.assault_words import bare as _bare
from rasd.events.senses.assault_words import key as _key
from rasd.events.senses.assault_words import keys as _keys
from rasd.model import Event
from rasd.text.normalize import normalize_key

# --- kind 1: a course of acts -------------------------------------------------------------

#: Plural attack nouns (bare keys): a plural names one attack only with its own day, place
#: or toll; with the readings below it names a course.
PLURAL_ATTACKS: Final = _keys(
    "اعتداءات", "هجمات", "غارات", "خروقات", "انتهاكات", "ضربات", "اغتيالات", "تفجيرات",
    "مواجهات", "اشتباكات", "عمليات", "هجماتها", "اعتداءاتها", "اعتداءاتهم", "غاراتها",
    "خروقاتها", "انتهاكاتها", "هجماتهم")
#: Words right before a plural attack noun that make it a course: its growth, its
#: continuation, exposure to it, a complaint against it, its kinds (``تصاعد اعتداءات``،
#: ``مكشوفا أمام الاعتداءات``، ``شكوى ضد الخروقات``، ``وقف الاعتداءات``).
COURSE_HEADS: Final = _keys(
    "تصاعد", "تزايد", "تكرار", "استمرار", "تواصل", "توالي", "تكثيف", "تصعيد", "وتيرة",
    "أمام", "امام", "ضد", "وقف", "لوقف", "بوقف", "إنهاء", "لإنهاء", "حد", "عشرات", "مئات",
    "آلاف", "مختلف", "كل", "جميع", "ظل", "إزاء", "حيال", "جرائم", "لجرائم", "بجرائم")
#: Words after the plural within :data:`COURSE_AFTER_WINDOW` words that make it a course:
#: continuing, repeated, daily, since a date (``الغارات الإسرائيلية المتواصلة``).
COURSE_AFTER: Final = _keys(
    "المتواصلة", "المتكررة", "المستمرة", "اليومية", "المتلاحقة", "المتصاعدة", "المتزايدة",
    "متكررة", "يومية", "شبه")
COURSE_AFTER_WINDOW: Final = 4
#: Imperfect verbs of a continuing state or of a place that sees acts (``تواصل إسرائيل شن
#: غارات``، ``يشهد الإقليم مواجهات``، ``تتعرض البلدة لاعتداءات``) within
#: :data:`STATE_WINDOW` words before the trigger.
STATE_VERBS: Final = _keys(
    "تشهد", "يشهد", "تتعرض", "يتعرض", "اعتادت", "دأبت", "تشهدها", "يشهدها")
STATE_WINDOW: Final = 7
#: Verbs of counting or documenting (``وثقت المنظمة 412 اعتداء``، ``رصد التقرير``).
TALLY_VERBS: Final = _keys(
    "وثق", "وثقت", "يوثق", "توثق", "رصد", "رصدت", "يرصد", "ترصد", "سجل", "سجلت", "أحصى",
    "أحصت", "احصي", "احصت")
TALLY_WINDOW: Final = 9
_FIGURE: Final = re.compile(r"^[\d,.]+$")
_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
#: An incident named as such after an involvement (``بالتورط في واقعة التحرش``): that act.
INCIDENT_NOUNS: Final = _keys("واقعة", "حادثة", "قضية", "جريمة")
#: A day or a time of its own: a plural with it is the acts of that day, an event.
DAY_WORDS: Final = _keys(
    "اليوم", "أمس", "امس", "الليلة", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
OWN_TIME_BEFORE: Final = 6
#: Verbs of condemning: the day before a condemned course is the condemnation's.
CONDEMN_VERBS: Final = _keys(
    "دان", "أدان", "دانت", "أدانت", "يدين", "تدين", "ندد", "نددت", "يندد", "تندد", "استنكر",
    "استنكرت", "يستنكر", "تستنكر", "شجب", "شجبت", "يشجب", "تشجب", "أدانوا", "نددوا")
OWN_TIME_AFTER: Final = 8
MONTHS: Final = _keys(
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان",
    "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل", "ماي",
    "جوان", "جويلية", "أوت")
#: Nouns heading an attack word as a plural (``عمليات اغتيال``).
PLURAL_HEADS: Final = _keys("عمليات", "حوادث", "أعمال", "جرائم")
#: A possessive suffix on a plural: the doer's acts as a whole.
_POSSESSED: Final = re.compile(r"ات(?:ه|ها|هم|هما)$")
#: Prepositions of a period and the nouns of a past one (``خلال الأشهر الماضية``، ``التي
#: شهدتها المنطقة في الأشهر الأخيرة``).
PERIOD_PREPS: Final = _keys("خلال", "طوال", "مدى", "مدار", "في")
PERIOD_NOUNS: Final = _keys(
    "الأشهر", "الشهور", "الأسابيع", "السنوات", "الأعوام", "الفترة", "العامين",
    "أشهر", "سنوات", "أسابيع", "العقود", "عقود")
#: Words of an involvement in acts (``متورطين في``، ``تورطه في``): the acts are referred to,
#: not told.
INVOLVEMENT: Final = _keys(
    "متورطة", "متورطين", "المتورطين", "متورطون", "المتورطون", "متورط", "تورطه", "تورطها",
    "تورطهم", "بتورطه", "بتورطهم", "التورط", "بالتورط")
INVOLVEMENT_WINDOW: Final = 3
PERIOD_WINDOW: Final = 7
#: ``منذ`` and its kin after a counted act (``منذ مطلع العام``، ``منذ سريان الهدنة``).
SINCE_WORDS: Final = _keys("منذ", "حتى الآن")
SINCE_WINDOW: Final = 8
#: Periods a tally counts over (``خلال الشهر الماضي``). Not a week: the gold codes a
#: ministry's weekly count of fighters neutralised as its act (ev-1102, ev-1148).
TALLY_PERIODS: Final = _keys(
    "الشهر", "العام", "السنة", "شهر", "الأسابيع", "الأشهر")
COUNT_WINDOW: Final = 4
MANY: Final = _keys("مئات", "عشرات", "آلاف", "المئات", "الآلاف")
#: A count's head words after which a tally since a date is read (``عدد الذين أعدموا منذ``).
COUNT_HEADS: Final = MANY | _keys("عدد", "إجمالي")
#: The dead of a protest wave counted since it began (``قتلوا منذ بدء الاحتجاجات``) are its
#: repression's toll, which the gold codes (ev-004, ev-739), unlike a war's or a year's.
PROTEST_SPELLS: Final = _keys(
    "الاحتجاجات", "الاحتجاج", "التظاهرات", "المظاهرات", "الاضطرابات")
#: A record set since a date is one act (``أعنف هجوم منذ أشهر``، ``أول غارة منذ``).
RECORD_WORDS: Final = _keys(
    "أعنف", "اعنف", "أكبر", "اكبر", "أول", "اول", "أسوأ", "الأعنف", "الأكبر", "الأول",
    "الأدمى", "أدمى", "الأسوأ", "الثالث", "الثاني", "ثالث", "ثاني", "الرابع")


def _own_time(before: list[str], after: list[str]) -> bool:
    """Whether a day, a part of a day or a dated month stands near the trigger: a plural
    with its own time (``غارات … فجر اليوم``، ``لهجمات في يونيو 2025``) tells those acts."""
    near = [_bare(w) for w in before[-OWN_TIME_BEFORE:] + after[:OWN_TIME_AFTER]]
    if any(w in DAY_WORDS for w in near):
        return True
    return any(w in MONTHS and (i == 0 or near[i - 1] != _bare("منذ"))
               for i, w in enumerate(near))


def _course_since(before: list[str], after: list[str]) -> bool:
    """A count of acts or of their dead since a date or over a period (``شن أكثر من 40
    هجوما منذ مطلع العام``، ``قتل أكثر من 200 عنصر منذ``، ``أطلقت خلال الأسبوع أكثر من
    1,800 مسيرة``), not a record (``أعنف هجوم منذ أشهر``)."""
    keys = [_bare(w) for w in after[:SINCE_WINDOW]]
    since = next((i for i, k in enumerate(keys) if k in SINCE_WORDS), None)
    if since is not None and any(k in PROTEST_SPELLS for k in keys[since + 1:since + 3]):
        return False
    span = [_bare(w) for w in before[-COUNT_WINDOW:]] + keys
    period = since is not None or any(
        k in _keys("خلال", "طوال") and any(x in TALLY_PERIODS for x in span[i + 1:i + 3])
        for i, k in enumerate(span))
    if not period or any(k in RECORD_WORDS for k in span):
        return False
    return any(_count(k) or k in COUNT_HEADS for k in span)


def course_reading(e: Event) -> bool:
    """Whether ``e``'s trigger names a course of acts (module docstring, kind 1). A negated
    one is kept: ``لم تسجل أي اشتباكات جديدة`` asserts that no act happened."""
    return course_reason(e) is not None


def course_reason(e: Event) -> str | None:
    """Which reading of :func:`course_reading` makes ``e`` a course, or None."""
    if e.negated:
        return None
    around = _around(e)
    words = e.trigger.text.split()
    if around is None or not words:
        return None
    before, after = around
    trig = [_bare(w) for w in words]
    rest = after[len(words):]
    before_keys = [_bare(w) for w in before]
    # an act named inside an involvement (المتورطين في قتل العسكريين، متورطة في عمليات خطف),
    # not an incident named as such (بالتورط في واقعة التحرش)
    near = before_keys[-INVOLVEMENT_WINDOW:]
    if any(k in INVOLVEMENT for k in near) and not any(k in INCIDENT_NOUNS for k in near) \
            and _keys("في") & set(near):  # involved in (تورط في), not تأكد تورط «داعش»
        return "involvement"
    # a count documented (وثقت 412 اعتداء، وثقت أكثر من 300 خرق خلال شهر تموز): the month
    # is the count's period, not an act's day
    head = before_keys[-TALLY_WINDOW:]
    if any(_count(k) for k in head[-3:] + trig[:-1]) and any(k in TALLY_VERBS for k in head):
        return "documented"
    # a count right before the noun over a period that opens its clause (ومنذ سقوط الحكم
    # في ديسمبر 2024، شنت إسرائيل مئات الغارات)
    if any(_count(k) for k in head[-1:] + trig[:-1]) \
            and any(k in SINCE_WORDS for k in before_keys):
        return "since-before"
    plural = any(w in PLURAL_ATTACKS for w in trig) or (
        bool(before_keys) and before_keys[-1] in PLURAL_HEADS)
    # a day in the sentence is the acts' own (شنت طائرات فجر اليوم غارات متكررة، سقط اليوم
    # عشرات القتلى بالاشتباكات المستمرة), unless a condemnation names them (دان … اليوم
    # الاثنين الغارات المتواصلة): the day is the condemnation's
    day = any(_bare(w) in DAY_WORDS for w in rest[:OWN_TIME_AFTER]) or (
        any(_bare(w) in DAY_WORDS for w in before)
        and not any(k in CONDEMN_VERBS for k in before_keys))
    if plural and not day:
        if any(w in COURSE_AFTER for w in [_bare(x) for x in rest[:COURSE_AFTER_WINDOW]]):
            return "continuing"
        if _period_after(rest):
            return "period"
    if _own_time(before, rest) or day:
        return None
    if plural and before_keys and before_keys[-1] in COURSE_HEADS:
        return "course-head"
    if plural and before_keys and before_keys[-1] in _keys("عن", "من") \
            and _POSSESSED.search(normalize_key(words[-1].strip(_PUNCT))):
        return "possessed"  # its doer's acts: المسؤولية الكاملة عن اعتداءاتهم
    if plural and any(k in STATE_VERBS for k in before_keys[-STATE_WINDOW:]):
        return "state"
    return "since-after" if _course_since(before, after) else None


def _count(key: str) -> bool:
    """A count (not a year: ``منذ 1974``) or a word of many."""
    return (bool(_FIGURE.match(key)) and not _YEAR.match(key)) or key in MANY


def _period_after(rest: list[str]) -> bool:
    """``خلال``/``طوال``/``على مدى`` followed by a past period (``خلال الأشهر الماضية``)."""
    keys = [_bare(w) for w in rest[:PERIOD_WINDOW]]
    return any(k in PERIOD_PREPS and any(x in PERIOD_NOUNS for x in keys[i + 1:i + 3])
               for i, k in enumerate(keys))


# --- kind 2: a figurative attack ----------------------------------------------------------

#: Attack words whose object or agent decides whether they are an attack (bare keys).
FIGURABLE: Final = _keys(
    "هجوم", "هجوما", "هجمات", "هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "هجومه",
    "هجومها", "اجتاح", "اجتاحت", "يجتاح", "تجتاح", "اجتياح", "قصف", "يقصف", "تقصف", "قصفت",
    "اغتيال", "يغتال", "تغتال", "اعتداء", "معركة", "معركته", "معركتها", "معارك", "غزو",
    "غزت", "ضربة", "ضربت", "مجزرة", "المجزرة", "حرب", "حربا", "يحاصر", "تحاصر", "حاصرت",
    "طعن", "ستطعن", "سيطعن", "يطعن", "تطعن", "طعنت", "سيطعنون", "طعنا", "الطعن", "بالطعن",
    "يقتل", "تقتل", "استهداف", "اختطاف", "انتهاك", "يشن", "تشن", "شن", "شنت", "شنوا",
    "ويقصفهم", "تقصفنا", "تستهدف", "يستهدف", "استهدفت", "استهدف", "فجرتها", "فجرت", "فجر",
    "فجره", "كمين", "كمينا")
#: Objects or complements no attack has (bare keys): markets and money, prices, seasons,
#: abstractions of politics and law, minds, a ranking.
FIGURATIVE_OBJECTS: Final = _keys(
    "الأسعار", "أسعار", "اسعار", "الاسعار", "الأسهم",
    "الاسهم", "الشراء", "البيع", "السيولة", "جيوب", "الرواتب", "الأرباح", "الارباح",
    "الحصة", "حصص", "العملة", "الذهب", "التضخم", "المستهلك", "المستهلكين", "الموسم",
    "موسم", "الديمقراطية", "الديموقراطية", "الاستقلال", "استقلال", "الدستور", "الإرادة",
    "إرادة", "اراده", "الحريات", "حرية", "الوعي", "العقول", "عقول", "الهوية", "القيم",
    "الأخلاق", "الحقيقة", "الذاكرة", "الصدارة", "المرمى", "اللقب", "المنافسين", "الحكم",
    "الأحكام", "الاحكام", "القرار", "قرار", "المرسوم", "نتائج", "بنتائج", "دستورية",
    "بالتعقيب", "التعقيب", "بالاستئناف", "الاستئناف", "بالنقض", "النقض", "المحاصيل",
    "الكبد", "القصبات", "المناعة", "الجلد", "الرئتين", "التصحر", "الفساد", "البطالة",
    "الفقر", "الأمية", "الجوع", "المخدرات", "الحرائق", "النيران", "البعوض", "الجراد",
    "الأوبئة", "الوباء", "العطش", "السيادة", "سيادة", "القانون", "للقانون", "متصدر",
    "السباق", "الجناح", "الكيلومتر", "كيلومترات", "اللفات", "الترتيب", "عروضا",
    "عروض", "العروض", "تخفيضات", "بؤر", "الكتب", "المشاهدين", "الجمهور", "الشباك", "اللهب",
    "الحريق", "تكاليف", "الأسمدة", "منافسه", "منافسيه", "منافستها")
#: What a crisis or a row is sparked by (``الأزمة التي فجرتها تصريحات``، ``فجر جدلا``):
#: objects and agents of the verb فجّر only.
SPARKED: Final = _keys(
    "أزمة", "الأزمة", "الجدل", "جدلا", "غضبا", "الغضب", "خلافا", "الخلاف", "مفاجأة",
    "موجة", "تصريحات", "التصريحات", "قضية", "القضية", "ملف", "الملف")
SPARK_VERBS: Final = _keys("فجرتها", "فجرت", "فجر", "فجره", "فجرها", "يفجر", "تفجر")
#: Agents no attack has: fire, weather, pests, a disease, a newspaper and its writers,
#: traders and markets, visitors, players (bare keys).
FIGURATIVE_AGENTS: Final = _keys(
    "النيران", "الحرائق", "الحريق", "اللهب", "العاصفة", "الأمواج", "الامواج", "السيول",
    "الفيضانات", "أسراب", "اسراب", "الأسراب", "الجراد", "قناديل", "الحشرة", "حشرة",
    "الآفة", "البعوض", "الفيروس", "المرض", "الالتهاب", "الوباء", "الجفاف", "التصحر",
    "الغبار", "الثلوج", "الصحيفة", "صحيفة", "الافتتاحية", "افتتاحيتها", "افتتاحيته",
    "المقال", "مقاله", "مقالها", "الكاتب", "الكاتبة", "المعلق", "الناقد", "المغتربين",
    "المغتربون", "السياح", "الزوار", "المتسوقين", "البنوك", "المصارف", "المنتجون",
    "المنتجين", "التجار", "المضاربين", "المضاربون", "المستثمرين", "الشركات", "الشركة",
    "العداء", "الدراج", "اللاعب", "الفريق", "المنتخب", "السائق", "الأسعار",
    "الغلاء", "التضخم", "الأسفلت", "السرعة", "المخدرات", "الشائعات", "الإشاعات",
    "المدارية", "الإعصار", "المنخفض", "الربو", "الشيطان", "الغزو", "متسابق", "المتسابق")
#: What a plan or a measure targets is its scope, not an attack's target (``الحملة «تستهدف
#: المهاجرين»``، ``العقوبات تستهدف``): agents of the targeting verbs only.
TARGETING_AGENTS: Final = _keys(
    "الحملة", "حملة", "الخطة", "البرنامج", "المبادرة", "المشروع", "القرار", "العقوبات",
    "الإجراءات", "الشركة", "الوزارة", "الاستراتيجية", "الخدمة", "المنصة", "الدورة")
TARGETING: Final = _keys("تستهدف", "يستهدف", "استهدفت", "استهدف")
#: A police sting (``ضبطهم … في كمين``) and an operation of arrest, search or airdrop
#: (``نفذ عملية الضبط``، ``عملية دهم``، ``عمليات إنزال جوي لمساعدات``) are no attack.
STING_WORDS: Final = _keys(
    "ضبط", "ضبطت", "ضبطهم", "ضبطه", "القبض", "أوقفت", "توقيف", "الإيقاع", "متلبسا",
    "متلبسين", "ضبطتهم")
FIRE: Final = re.compile(normalize_key(
    r"إطلاق النار|لإطلاق النار|الرصاص|اشتباك|اشتبك|قتل|مقتل|أصيب|إصابة|جرح|قذيف|غار"))
OPERATION_OBJECTS: Final = _keys(
    "الضبط", "ضبط", "دهم", "الدهم", "مداهمة", "المداهمة", "تفتيش", "التفتيش", "القبض",
    "إنزال", "الإنزال", "إجلاء", "الإجلاء", "إنقاذ", "الإنقاذ", "تمشيط", "بحث", "البحث")
#: A work named before an act with its verb of telling (``ويروي العرض قصة فتاة … بعد أن
#: اجتاح الغزاة السهل``): the act is the work's content.
WORK_NOUNS: Final = _keys(
    "العرض", "قصة", "الرواية", "رواية", "الفيلم", "فيلم", "المسلسل", "المسرحية", "مسرحية",
    "اللعبة", "لعبة", "القصيدة", "الأغنية", "الوثائقي", "الكتاب", "الحكاية", "الملحمة")
NARRATE_VERBS: Final = _keys(
    "يروي", "تروي", "يحكي", "تحكي", "تدور", "يستعيد", "تستعيد", "يتناول", "تتناول", "يجسد",
    "تجسد", "يصور", "تصور", "يسرد", "تسرد")
#: Words of an appeal's setting anywhere in its sentence (``بعد طعن تقدم به مرشح … في
#: الانتخابات``، ``«حمس» تتمسك بالطعن`` after ``النتائج النهائية``), and of a stabbing.
APPEAL_SETTING: Final = _keys(
    "محكمة", "المحكمة", "القضاء", "الدستورية", "النتائج", "نتائج", "الانتخابات",
    "انتخابات", "الانتخابية", "فرز", "الأصوات", "مرشح", "المرشح", "تقدم", "الحكم", "القرار",
    "الأحكام", "التعقيب", "الاستئناف", "النقض", "التشريعيات")
KNIFE_WORDS: Final = _keys(
    "سكين", "بسكين", "السكين", "سكاكين", "حادة", "بآلة", "بأداة", "طعنات", "طعنة", "جرح",
    "أصيب", "إصابة", "مستوطن", "جندي", "شرطي", "عملية")
#: Adjectives of a figurative attack (``هجوم تسويقي``، ``استهداف سياسي``).
FIGURATIVE_ADJECTIVES: Final = _keys(
    "تسويقي", "تسويقية", "إعلاني", "إعلانية", "إعلامي", "إعلامية", "دبلوماسي", "دبلوماسية",
    "سعري", "سعرية", "ترويجي", "ترويجية", "كلامي", "لفظي", "لفظية", "ثقافي", "فكري",
    "سياسي", "اقتصادي", "تجاري", "تجارية", "ممنهج", "مضاد", "مضادا", "معاكسا", "معاكس")
COUNTER_ADJECTIVES: Final = _keys("مضاد", "مضادا", "معاكسا", "معاكس")
#: A comparison before the trigger: ``ما يشبه «الهجوم»``، ``بمثابة اغتيال``.
COMPARISONS: Final = _keys("يشبه", "أشبه", "بمثابة", "كأنه", "كأنها", "وكأنه", "وكأنها")
COMPARISON_WINDOW: Final = 2
#: Objects that keep a counter-attack armed (``هجوم مضاد على مواقع``).
ARMED_OBJECTS: Final = _keys(
    "مواقع", "مواقعها", "قاعدة", "القوات", "قوات", "الجيش", "المسلحين", "مسلحي", "معاقل",
    "مدينة", "بلدة", "قرية", "جبهة", "المتمردين", "الحوثيين", "المهاجمين")
#: Words of the clause after the trigger read for its object (``على``/``ل`` + object, or
#: a direct object), and before it for its agent.
OBJECT_WINDOW: Final = 4
AGENT_WINDOW: Final = 4
#: An appeal names its court or ruling within this many words (``ستطعن فيه أمام محكمة
#: التعقيب``).
APPEAL_WINDOW: Final = 6
_APPEAL_STEM: Final = re.compile(r"^(?:و|ف)?(?:س)?(?:[يتن])?(?:ال)?(?:ب)?طع(?:ن|ون|نون|نوا|نت|نا)?")
_COURT: Final = _keys("أمام", "امام", "محكمة", "المحكمة", "القضاء", "الطعن")


def _is_appeal_word(word: str) -> bool:
    k = _key(word)
    return bool(_APPEAL_STEM.match(k)) and "طعن" in k


def _told_by_a_work(before: list[str]) -> bool:
    """A work and its verb of telling before the trigger in its sentence."""
    keys = [_bare(w) for w in before]
    return any(k in NARRATE_VERBS for k in keys) and any(k in WORK_NOUNS for k in keys)


def figurative_reading(e: Event) -> bool:
    """Whether ``e``'s trigger is a figurative attack (module docstring, kind 2)."""
    around = _around(e)
    if around is None:
        return False
    before, after = around
    words = e.trigger.text.split()
    if not words:
        return False
    trig = [_bare(w) for w in words]
    if not any(w in FIGURABLE for w in trig) and not any(_is_appeal_word(w) for w in words) \
            and not any(w in _keys("عملية", "عمليات") for w in trig) \
            and not _told_by_a_work(before):
        return False
    rest = after[len(words):]
    rest_keys = [_bare(w) for w in rest[:APPEAL_WINDOW]]
    sent_keys = [_bare(w) for w in before + after]
    if any(_is_appeal_word(w) for w in words):
        # an appeal: before a court, against a ruling or a vote (ستطعن فيه أمام محكمة
        # التعقيب، بعد طعن تقدم به مرشح), unless a knife or a wound tells a stabbing
        if any(k in KNIFE_WORDS for k in sent_keys):
            return False
        return any(k in _COURT or k in FIGURATIVE_OBJECTS for k in rest_keys) or any(
            k in APPEAL_SETTING for k in sent_keys)
    if any(w in _keys("كمين", "كمينا") for w in trig):
        return any(k in STING_WORDS for k in sent_keys)  # a police sting
    if any(w in _keys("عملية", "عمليات") for w in trig) and rest_keys \
            and rest_keys[0] in OPERATION_OBJECTS:
        # unless fire was exchanged during it (عملية دهم … تخللها تبادل لإطلاق النار)
        return FIRE.search(normalize_key(" ".join(before + after))) is None
    if _told_by_a_work(before):
        return True
    obj = rest_keys[:OBJECT_WINDOW]
    # the object after على/ل/مع/ضد, or the direct object
    if any(k in FIGURATIVE_OBJECTS for k in obj):
        return True
    if any(_bare(w) in COMPARISONS for w in before[-COMPARISON_WINDOW:]):
        return True
    # an adjective right after the noun (هجوم «تسويقي»، استهداف سياسي), unless an armed
    # object follows it (a counter-attack's مضاد is no figure: :data:`FIGURATIVE_OBJECTS`
    # or an agent decides it) or the sentence tells harm done (``قتل مسلحون نائبا في عملية
    # اغتيال سياسي``: a political assassination is a killing, its adjective the motive)
    if rest_keys and rest_keys[0] in FIGURATIVE_ADJECTIVES \
            and rest_keys[0] not in COUNTER_ADJECTIVES \
            and not any(k in ARMED_OBJECTS for k in rest_keys[1:OBJECT_WINDOW + 1]) \
            and FIRE.search(normalize_key(" ".join(before + after))) is None:
        return True
    agent = [_bare(w) for w in before[-AGENT_WINDOW:]] + trig + [
        _bare(w) for w in rest[:2]]  # the subject after a verb (اجتاحت النيران)
    if any(w in TARGETING for w in trig) and any(k in TARGETING_AGENTS for k in agent):
        return True
    if any(w in SPARK_VERBS for w in trig) and any(k in SPARKED for k in agent + obj):
        return True
    return any(k in FIGURATIVE_AGENTS for k in agent)


def unasserted_kind(text: str, e: Event, events: Sequence[Event]) -> str | None:
    """The kind (``course``, ``figurative``, ``telling``) of an ASSAULT ``e`` that tells no
    attack of its own, or None."""
    if e.type != "ASSAULT":
        return None
    if course_reading(e):
        return "course"
    if figurative_reading(e):
        return "figurative"
    if telling_reading(e, events, text):
        return "telling"
    return None


def _folded(host: Event, part: Event) -> Event:
    """``host`` with the telling ``part`` folded in: its evidence, and its toll where the
    host has none (``قتل 22 مهاجما … في هجوم`` gives the attack its dead)."""
    return replace(host.with_evidence(part.evidence),
                   killed=host.killed or part.killed, injured=host.injured or part.injured)


def without_unasserted_assaults(events: list[Event], text: str) -> list[Event]:
    """``events`` without the ASSAULT events that tell no attack of their own: a course of
    acts and a figurative attack go; a kill or a weapon told with its attack folds into
    it (module docstring)."""
    out: list[Event | None] = list(events)
    for i, e in enumerate(events):
        kind = unasserted_kind(text, e, events)
        if kind is None:
            continue
        if kind == "telling":
            k = telling_host(e, events, text)
            host = out[k] if k is not None else None
            if host is not None and k is not None:
                out[k] = _folded(host, e)
        out[i] = None
    return [e for e in out if e is not None]
