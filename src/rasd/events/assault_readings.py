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

from rasd.events.clauses import strip_conj
from rasd.model import Event
from rasd.text.normalize import normalize_key

_PUNCT: Final = "«»\"'()[],،.؛:!؟?-—"
#: A preposition and the article fused to a noun (``بالاعتداءات``، ``للقانون``).
_PREFIXES: Final = ("بال", "لل", "ال", "ب", "ل")


def _key(word: str) -> str:
    return strip_conj(normalize_key(word.strip(_PUNCT)))


def _bare(word: str) -> str:
    """A word's key without و/ف, a preposition ب/ل and the article (``بالاعتداءات`` →
    ``اعتداءات``)."""
    key = _key(word)
    for p in _PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= 3:
            return key[len(p):]
    return key


def _variants(word: str) -> set[str]:
    """A listed word's key with and without a leading و/ف and an article or preposition:
    :func:`_bare` cannot tell the و of ``وثقت`` from a conjunction, so the set holds both."""
    k = normalize_key(word)
    out = {k, _bare(word)}
    if k[:1] in ("و", "ف") and len(k) > 3:
        out.add(k[1:])
    for v in list(out):
        for p in _PREFIXES:
            if v.startswith(p) and len(v) - len(p) >= 3:
                out.add(v[len(p):])
    return out


def _keys(*words: str) -> frozenset[str]:
    """The keys of ``words`` a text word's :func:`_bare` key is probed against."""
    return frozenset(k for w in words for k in _variants(w))


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
    "آلاف", "مختلف", "كل", "جميع", "ظل", "إزاء", "حيال")
#: Words after the plural within :data:`COURSE_AFTER_WINDOW` words that make it a course:
#: continuing, repeated, daily, since a date (``الغارات الإسرائيلية المتواصلة``).
COURSE_AFTER: Final = _keys(
    "المتواصلة", "المتكررة", "المستمرة", "اليومية", "المتلاحقة", "المتصاعدة", "المتزايدة",
    "متواصلة", "متكررة", "مستمرة", "يومية", "متفرقة", "المتفرقة", "منذ", "شبه")
COURSE_AFTER_WINDOW: Final = 4
#: Imperfect verbs of a continuing state or of a place that sees acts (``تواصل إسرائيل شن
#: غارات``، ``يشهد الإقليم مواجهات``، ``تتعرض البلدة لاعتداءات``) within
#: :data:`STATE_WINDOW` words before the trigger.
STATE_VERBS: Final = _keys(
    "تواصل", "يواصل", "تواصلت", "تشهد", "يشهد", "شهدت", "شهد", "تتعرض", "يتعرض", "تعرضت",
    "تعرض", "تكثف", "يكثف", "تصعد", "يصعد", "تستمر", "يستمر", "اعتادت", "دأبت")
STATE_WINDOW: Final = 4
#: Verbs of counting or documenting (``وثقت المنظمة 412 اعتداء``، ``رصد التقرير``).
TALLY_VERBS: Final = _keys(
    "وثق", "وثقت", "يوثق", "توثق", "رصد", "رصدت", "يرصد", "ترصد", "سجل", "سجلت", "أحصى",
    "أحصت", "احصي", "احصت", "بلغ", "بلغت", "ارتفع", "ارتفعت", "تجاوز", "تجاوزت")
TALLY_WINDOW: Final = 5
_FIGURE: Final = re.compile(r"^[\d,.]+$")
#: A day or a time of its own: a plural with it is the acts of that day, an event.
DAY_WORDS: Final = _keys(
    "اليوم", "أمس", "امس", "الليلة", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
OWN_TIME_BEFORE: Final = 6
OWN_TIME_AFTER: Final = 8
MONTHS: Final = _keys(
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان",
    "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل", "ماي",
    "جوان", "جويلية", "أوت")
#: Nouns heading an attack word as a plural (``عمليات اغتيال``).
PLURAL_HEADS: Final = _keys("عمليات", "حوادث", "أعمال")
#: A possessive suffix on a plural: the doer's acts as a whole.
_POSSESSED: Final = re.compile(r"ات(?:ه|ها|هم|هما)$")
#: Prepositions of a period and the nouns of a past one (``خلال الأشهر الماضية``).
PERIOD_PREPS: Final = _keys("خلال", "طوال", "مدى", "مدار")
PERIOD_NOUNS: Final = _keys(
    "الأشهر", "الشهور", "الأسابيع", "السنوات", "الأعوام", "الأيام", "الفترة", "العام",
    "العامين", "السنة", "عام", "أشهر", "سنوات", "أسابيع", "العقود", "عقود")
PERIOD_WINDOW: Final = 4
#: ``منذ`` and its kin after a counted act (``منذ مطلع العام``، ``منذ سريان الهدنة``).
SINCE_WORDS: Final = _keys("منذ", "حتى الآن")
SINCE_WINDOW: Final = 8
COUNT_WINDOW: Final = 4
MANY: Final = _keys("مئات", "عشرات", "آلاف", "المئات", "الآلاف", "عدد", "إجمالي")
#: The dead of a protest wave counted since it began (``قتلوا منذ بدء الاحتجاجات``) are its
#: repression's toll, which the gold codes (ev-004, ev-739), unlike a war's or a year's.
PROTEST_SPELLS: Final = _keys(
    "الاحتجاجات", "الاحتجاج", "التظاهرات", "المظاهرات", "الاضطرابات")
#: A record set since a date is one act (``أعنف هجوم منذ أشهر``، ``أول غارة منذ``).
RECORD_WORDS: Final = _keys(
    "أعنف", "اعنف", "أكبر", "اكبر", "أول", "اول", "أسوأ", "الأعنف", "الأكبر", "الأول",
    "الأدمى", "أدمى", "الأسوأ", "الثالث", "الثاني", "ثالث", "ثاني", "الرابع")


def _around(e: Event) -> tuple[list[str], list[str]] | None:
    """The words of ``e``'s sentence before its trigger and from the trigger on."""
    sent = e.trigger_sentence()
    if sent is None:
        return None
    before = sent.text[:e.trigger.start - sent.start].split()
    after = sent.text[e.trigger.start - sent.start:].split()
    return before, after


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
    هجوما منذ مطلع العام``، ``قتل أكثر من 200 عنصر منذ``، ``عدد الذين أعدموا منذ``), not a
    record (``أعنف هجوم منذ أشهر``)."""
    keys = [_bare(w) for w in after[:SINCE_WINDOW]]
    since = next((i for i, k in enumerate(keys) if k in SINCE_WORDS), None)
    if since is None or any(k in PROTEST_SPELLS for k in keys[since + 1:since + 3]):
        return False
    span = [_bare(w) for w in before[-COUNT_WINDOW:]] + keys
    if any(k in RECORD_WORDS for k in span):
        return False
    return any(_FIGURE.match(k) or k in MANY for k in span)


def course_reading(e: Event) -> bool:
    """Whether ``e``'s trigger names a course of acts (module docstring, kind 1). A negated
    one is kept: ``لم تسجل أي اشتباكات جديدة`` asserts that no act happened."""
    if e.negated:
        return False
    around = _around(e)
    if around is None:
        return False
    before, after = around
    words = e.trigger.text.split()
    if not words:
        return False
    trig = [_bare(w) for w in words]
    rest = after[len(words):]
    own_time = _own_time(before, rest)
    before_keys = [_bare(w) for w in before]
    plural = any(w in PLURAL_ATTACKS for w in trig) or (
        bool(before_keys) and before_keys[-1] in PLURAL_HEADS)
    if plural and not own_time:
        if before_keys and before_keys[-1] in COURSE_HEADS:
            return True
        if _POSSESSED.search(normalize_key(words[-1].strip(_PUNCT))):
            return True  # its doer's acts: لوقف اعتداءاتها، المسؤولية عن اعتداءاتهم
        if any(w in COURSE_AFTER for w in [_bare(x) for x in rest[:COURSE_AFTER_WINDOW]]):
            return True
        if _period_after(rest):
            return True
        if any(k in STATE_VERBS for k in before_keys[-STATE_WINDOW:]):
            return True
    if own_time:
        return False
    # a count of acts by a documenting verb (وثقت 412 اعتداء، سجلت أكثر من 40 هجوما)
    head = before_keys[-TALLY_WINDOW:]
    if any(_FIGURE.match(k) or k in MANY for k in head[-3:]) \
            and any(k in TALLY_VERBS for k in head):
        return True
    return _course_since(before, after)


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
    "ويقصفهم", "تقصفنا")
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
    "عروض", "العروض", "تخفيضات", "بؤر", "الكتب", "المشاهدين", "الجمهور", "الشباك")
#: Agents no attack has: fire, weather, pests, a disease, a newspaper and its writers,
#: traders and markets, visitors, players (bare keys).
FIGURATIVE_AGENTS: Final = _keys(
    "النيران", "الحرائق", "الحريق", "ألسنة", "العاصفة", "الأمواج", "الامواج", "السيول",
    "الفيضانات", "أسراب", "اسراب", "الأسراب", "الجراد", "قناديل", "الحشرة", "حشرة",
    "الآفة", "البعوض", "الفيروس", "المرض", "الالتهاب", "الوباء", "الجفاف", "التصحر",
    "الغبار", "الثلوج", "الصحيفة", "صحيفة", "الافتتاحية", "افتتاحيتها", "افتتاحيته",
    "المقال", "مقاله", "مقالها", "الكاتب", "الكاتبة", "المعلق", "الناقد", "المغتربين",
    "المغتربون", "السياح", "الزوار", "المتسوقين", "البنوك", "المصارف", "المنتجون",
    "المنتجين", "التجار", "المضاربين", "المضاربون", "المستثمرين", "الشركات", "الشركة",
    "العداء", "الدراج", "اللاعب", "الفريق", "المنتخب", "السائق", "المهاجم", "الأسعار",
    "الغلاء", "التضخم", "الأسفلت", "السرعة", "المخدرات", "الشائعات", "الإشاعات",
    "المدارية", "الإعصار", "المنخفض", "الربو", "الشيطان", "الغزو", "منافستها",
    "منافسه", "منافسيه", "المنافسة", "متسابق", "المتسابق")
#: Adjectives of a figurative attack (``هجوم تسويقي``، ``استهداف سياسي``).
FIGURATIVE_ADJECTIVES: Final = _keys(
    "تسويقي", "تسويقية", "إعلاني", "إعلانية", "إعلامي", "إعلامية", "دبلوماسي", "دبلوماسية",
    "سعري", "سعرية", "ترويجي", "ترويجية", "كلامي", "لفظي", "لفظية", "ثقافي", "فكري",
    "سياسي", "اقتصادي", "تجاري", "تجارية", "ممنهج", "مضاد", "مضادا", "معاكسا", "معاكس")
COUNTER_ADJECTIVES: Final = _keys("مضاد", "مضادا", "معاكسا", "معاكس")
#: A comparison before the trigger: ``ما يشبه «الهجوم»``، ``بمثابة اغتيال``.
COMPARISONS: Final = _keys("يشبه", "أشبه", "بمثابة", "كأنه", "كأنها", "وكأنه", "وكأنها", "كأن")
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
_SEAL: Final = ("في", "على", "علي", "فيه", "فيها", "عليه", "عليها", "ضد")


def _is_appeal_word(word: str) -> bool:
    k = _key(word)
    return bool(_APPEAL_STEM.match(k)) and "طعن" in k


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
    if not any(w in FIGURABLE for w in trig) and not any(_is_appeal_word(w) for w in words):
        return False
    rest = after[len(words):]
    rest_keys = [_bare(w) for w in rest[:APPEAL_WINDOW]]
    if any(_is_appeal_word(w) for w in words):
        # an appeal: before a court, against a ruling (ستطعن فيه أمام محكمة التعقيب)
        return any(k in _COURT or k in FIGURATIVE_OBJECTS for k in rest_keys)
    obj = rest_keys[:OBJECT_WINDOW]
    # the object after على/ل/مع/ضد, or the direct object
    if any(k in FIGURATIVE_OBJECTS for k in obj):
        return True
    if any(_bare(w) in COMPARISONS for w in before[-COMPARISON_WINDOW:]):
        return True
    # an adjective right after the noun (هجوم «تسويقي»، استهداف سياسي), unless an armed
    # object follows it (a counter-attack's مضاد is no figure: :data:`FIGURATIVE_OBJECTS`
    # or an agent decides it)
    if rest_keys and rest_keys[0] in FIGURATIVE_ADJECTIVES \
            and rest_keys[0] not in COUNTER_ADJECTIVES \
            and not any(k in ARMED_OBJECTS for k in rest_keys[1:OBJECT_WINDOW + 1]):
        return True
    agent = [_bare(w) for w in before[-AGENT_WINDOW:]] + trig + [
        _bare(w) for w in rest[:2]]  # the subject after a verb (اجتاحت النيران)
    return any(k in FIGURATIVE_AGENTS for k in agent)


# --- kind 3: one fight told with several words --------------------------------------------

#: Kill words that tell a toll of an attack (bare keys).
KILL_WORDS: Final = _keys(
    "قتل", "قتلت", "قتلوا", "قتلا", "مقتل", "ومقتل", "بمقتل", "تقتل", "استشهد", "استشهدوا",
    "تحييد", "قتلى")
#: Words of a sentence that name the fight the kill belongs to (bare keys).
FIGHT_WORDS: Final = _keys(
    "هجوم", "الهجوم", "هجوما", "الاشتباكات", "اشتباكات", "الاشتباك", "اشتباك", "المعارك",
    "معارك", "القتال", "المواجهات", "المهاجمين", "مهاجما", "الغارة", "غارة", "القصف",
    "التفجير", "الانفجار", "صد", "صدت", "زعمت", "زعم", "مقاتليها", "مقاتليه")
#: Weapons named as nouns (bare keys): the instrument of the attack told beside them, or
#: no attack at all (a sale, sanctions, drills, a seizure).
WEAPON_NOUNS: Final = _keys(
    "صواريخ", "صاروخ", "صاروخين", "صاروخا", "قنبلتين", "قذيفتين", "قذيفتي", "طائرات",
    "طائرة", "مسيرة", "مسيرات", "المسيرة",
    "قنابل", "قنبلة", "قذائف", "قذيفة", "مدفعية", "راجمات", "الرصاص", "رصاص", "رصاصة",
    "خراطيم", "المياه", "المسيل", "الصوتية", "المطاطي", "هاون", "سيارة", "مفخخة", "انتحاري",
    "الطائرات", "الصواريخ", "القنابل", "القذائف", "برصاصة", "بقذيفة", "بقذائف", "بقنابل")
#: Verbs that make a weapon noun an attack's instrument in its sentence.
ATTACK_STEMS: Final = tuple(normalize_key(w) for w in (
    "قصف", "استهدف", "أطلق", "إطلاق", "هاجم", "هجوم", "غار", "ضرب", "فجر", "رشق", "أصيب",
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
    r"(?<!\w)(?:فيما|بينما|في\s+حين|كما|وفي|أما|اما|في\s+المقابل|وقبل|ومن\s+جهة)(?!\w)")


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
    if len(e.evidence) > 1:  # told again elsewhere: an act of its own
        return None
    trig = [_bare(w) for w in words]
    weapon = bool(trig) and all(w in WEAPON_NOUNS for w in trig)
    if not weapon and not any(w in KILL_WORDS for w in trig):
        return None
    hosts = [i for i, o in enumerate(events) if o is not e and _host(o)]
    same = next((i for i in hosts if _same_clause(e, events[i], text)), None)
    if same is not None or weapon:
        return same
    earlier = [i for i in hosts if events[i].trigger.start < e.trigger.start]
    sent = e.trigger_sentence()
    if not earlier or sent is None:
        return None
    # the kill's own clause: from the last clause about another act before it
    lo = max([m.end() for m in OTHER_CLAUSE.finditer(text, sent.start, e.trigger.start)],
             default=sent.start)
    clause = text[lo:sent.end].split()
    if any(_bare(w) in FIGHT_WORDS for w in clause if w not in words):
        return earlier[-1]
    return None


def unarmed_weapon(e: Event) -> bool:
    """Whether ``e`` is a weapon named as a noun in a sentence that tells no attack (a sale,
    sanctions on its makers, drills, a seizure)."""
    words = e.trigger.text.split()
    if len(e.evidence) > 1 or not words or not all(_bare(w) in WEAPON_NOUNS for w in words):
        return False
    sent = e.trigger_sentence()
    if sent is None:
        return False
    own = normalize_key(words[-1])
    keys = [normalize_key(w) for w in sent.text.split()]
    return not any(s in k for k in keys if k != own for s in ATTACK_STEMS)


def telling_reading(e: Event, events: Sequence[Event], text: str) -> bool:
    """Whether ``e`` is a part of an attack another of ``events`` tells, or a weapon named
    with no attack (module docstring, kind 3)."""
    return telling_host(e, events, text) is not None or unarmed_weapon(e)


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
