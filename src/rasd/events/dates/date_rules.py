"""Rules on the time expressions of a sentence before they date an event
(:func:`rasd.events.dates.context.event_date`): which ones date no act, how a range or an
anaphoric "the same day" reads, how long an act has been going on or how long ago it was
(في اليوم الثالث من إضراب، رغم مرور شهرين على توقيع), and where an act's clause makes it
one whose date the sentence does not give (an accused or condemned act, a plan).

The text layer resolves each expression on its own; these rules read it with its
neighbours, which is what an event's date needs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from rasd.events.dates.date_shifts import counted_week_day
from rasd.events.syntax.clauses import strip_conj
from rasd.model import TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Granularities precise enough to date an event (a month or a year is not a date).
DATED = frozenset({"minute", "hour", "day"})
#: Words after a day expression that make it anaphoric (مساء اليوم نفسه: the day told
#: before, which the text layer reads as the publication day).
SAME_DAY = ("نفسه", "ذاته", "نفسها", "ذاتها")
#: Characters looked at after a time expression for those words.
_NEAR = 24
#: A bare clock time (07:40 — ...): it names no day, so a live blog's timestamps say only
#: "the publication day" and must not pass for a date the text gives.
_CLOCK = re.compile(r"[\d٠-٩]{1,2}[:.][\d٠-٩]{2}")
#: Words joining two dates into a range (ليلة الأحد إلى الاثنين، من 3 حتى 5 مايو): the act
#: starts at the first, which dates it.
_RANGE_JOINERS = frozenset({"إلى", "الى", "حتى", "و", "-", "–"})
#: Largest gap (characters) between the ends of a range.
_RANGE_GAP = 7


def day_of(t: TimeRef) -> date | None:
    if t.value is None or t.granularity not in DATED:
        # a week counted back (قبل أسبوع، منذ أسبوعين) is a day the text fixes
        return counted_week_day(t)
    return t.day


def _same_day(text: str, t: TimeRef) -> bool:
    after = text[t.span.end:t.span.end + _NEAR].split()
    return bool(after and after[0].strip("،,.") in SAME_DAY)


#: Words by which a clock time in words names its day (الساعة الثامنة مساء أمس، الساعة 10
#: مساء الأحد، العاشرة من صباح اليوم): without one (من الساعة الحادية عشرة ليلا حتى الخامسة
#: صباحا, a curfew's hours) the text layer's publication day is no date the text gives.
_CLOCK_DAY_WORDS = frozenset({
    "اليوم", "أمس", "امس", "غدا", "غد", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "يناير", "فبراير", "مارس", "أبريل",
    "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت"})


def _clock_only(t: TimeRef) -> bool:
    text = t.span.text.strip()
    if _CLOCK.fullmatch(text):
        return True
    # whole words: الخامسة holds امس
    # (a live page's "23:50 (أمس)" names its day in brackets)
    return t.granularity in ("hour", "minute") and "/" not in text and \
        _CLOCK_DAY_WORDS.isdisjoint(w.strip("،,.()«»") for w in text.split())


#: Weekday names (normalised) and the dual or plural modifiers two joined weekdays share
#: (الأربعاء والخميس المقبلين، يومي السبت والأحد الماضيين).
_WEEKDAYS = frozenset(normalize_key(w) for w in (
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))
_SHARED_MODIFIERS = frozenset(normalize_key(w) for w in (
    "المقبلين", "القادمين", "المقبلتين", "القادمتين", "الماضيين", "الماضيتين"))


def _shared_modifier_start(first: TimeRef, second: TimeRef) -> date | None:
    """The day of a bare weekday joined to a second one that carries a dual or plural
    modifier for both (الأربعاء والخميس المقبلين: the Wednesday before that Thursday, not
    the last one), or None when the pair is not such."""
    words = [normalize_key(w.strip("،,.")) for w in first.span.text.split()]
    words = [w for w in words if w not in ("يوم", "يومي")]
    after = {normalize_key(w.strip("،,.")) for w in second.span.text.split()}
    a, b = day_of(first), day_of(second)
    if a is None or b is None or len(words) != 1 or words[0] not in _WEEKDAYS \
            or after.isdisjoint(_SHARED_MODIFIERS):
        return None
    return b - timedelta(days=(b.weekday() - a.weekday()) % 7)


def _night_pair(first: TimeRef, second: TimeRef) -> bool:
    """Whether two weekdays side by side name one night (ليل السبت الأحد): the second is the
    day after the first and both are bare weekday names."""
    a, b = day_of(first), day_of(second)
    if a is None or b is None or (b - a).days != 1:
        return False
    last = [normalize_key(t.span.text.split()[-1].strip("،,.")) for t in (first, second)]
    return all(w in _WEEKDAYS for w in last) and len(second.span.text.split()) == 1


#: "lasted until" before a time (المعارك التي استمرت حتى فجر الثلاثاء): the time ends the act,
#: which began before it, so it does not date the act.
_LASTED_UNTIL = re.compile(r"(?:استمر|استمرت|استمرا|استمروا|تواصل|تواصلت|امتد|امتدت|دام|دامت)"
                           r"\s+حت[ىي]\s*$")
#: Characters looked at before a time expression for that phrase.
_UNTIL_REACH = 20
#: A reporting period (حصيلة للفترة الممتدة من 28 أكتوبر إلى 3 نوفمبر): its bounds date no
#: act of it, several acts on unknown days of the period.
_PERIOD = re.compile(r"(?:ال)?فتر[ةه]\s+(?:(?:ال)?ممتد[ةه]\s+)?(?:من|بين)\s*$")
_PERIOD_END = re.compile(r"\s*(?:إلى|الى|حت[ىي]|و)\s*$")


def read_times(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """The time expressions as an event's date reads them, in text order:

    * "the same day" (فجر اليوم نفسه) takes the day of the last dated expression before it
      (the text layer reads اليوم as the publication day); none before: dropped;
    * of a range (ليلة الأحد إلى الاثنين) only the start is kept;
    * of two dates the text layer split out of one expression (منذ يوم | الجمعة 5 أفريل)
      only the second, fuller one is kept;
    * a bare clock time (07:40, الخامسة صباحا) is dropped: it names no day;
    * the end of an act that "lasted until" it (استمرت حتى فجر الثلاثاء) is dropped."""
    out: list[TimeRef] = []
    last: date | None = None
    last_night: date | None = None  # خلال الليلة نفسها: the night told before
    period_end = -1
    for t in times:
        if _clock_only(t):
            continue
        if _LASTED_UNTIL.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start):
            continue
        if _PERIOD.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start) or (
                period_end >= 0 and _PERIOD_END.fullmatch(text, period_end, t.span.start)):
            period_end = t.span.end
            continue
        if _same_day(text, t):
            same = last_night if _night(t) and last_night is not None else last
            if same is None or day_of(t) is None:
                continue
            t = replace(t, value=same, granularity="day")
        elif out and day_of(t) is not None and day_of(out[-1]) is not None:
            prev = out[-1]
            gap = text[prev.span.end:t.span.start]
            if len(gap) <= _RANGE_GAP:
                joiner = gap.strip()
                if joiner in _RANGE_JOINERS:
                    shared = _shared_modifier_start(prev, t)
                    if shared is not None:
                        out[-1] = replace(prev, value=shared, granularity="day")
                    continue  # the range's end: the start dates the act
                if not joiner and _night_pair(prev, t):
                    continue  # ليل السبت الأحد: the night from one day to the next, the first
                if not joiner:
                    out.pop()  # one expression split in two: the fuller second one
        out.append(t)
        last = day_of(t) or last
        if _night(t):
            last_night = day_of(t) or last_night
    return out


#: "Until" right before a time (لم يصدر عن هيئة الأركان أي بيان حتى مساء الجمعة): a past or
#: present time after it bounds a state, it dates no act (dates pass, 2026-12-04 (14)). A
#: later one is a deadline, which still tells a plan (حتى 14 أكتوبر المقبل).
_UNTIL = re.compile(r"(?:^|\s)حت[ىي]\s*$")


def until_bound(text: str, t: TimeRef) -> bool:
    """Whether time ``t`` stands right after حتى (a range's end is dropped by
    :func:`read_times` before this is asked)."""
    return _UNTIL.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start) is not None


def _night(t: TimeRef) -> bool:
    """Whether a time expression names a night (ليل الاثنين الثلاثاء، الليلة نفسها)."""
    return "ليل" in t.span.text


#: Ordinal day numbers (في اليوم الثالث من إضراب، لليوم العاشر على التوالي): normalised.
_ORDINALS = {normalize_key(w): n for n, w in enumerate(
    ("الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
     "العاشر"), start=2)}
#: The day words before such an ordinal (اليوم، لليوم، في اليوم).
_DAY_WORDS = frozenset({"يوم"})
#: "على" (التوالي) after such a day, normalised (ى is folded into ي).
_ON = normalize_key("على")
#: Tokens looked at on either side of the trigger for "the Nth day of"; after it, a place
#: may stand between (اعتصامهم أمام مقر الولاية لليوم الخامس على التوالي).
_ORDINAL_REACH = 4
_ORDINAL_REACH_AFTER = 9
#: fix57: "its Nth day" (يومه الثالث) and "for the Nth day in a row" (لليوم الثاني على التوالي)
#: tie the day to the act across a long subject in one clause (دخل إضراب موظفي الخدمة المدنية
#: في ولاية شمال بحر الغزال يومه الثالث؛ شل إضراب سائقي الحافلات الصغيرة «سوترما» وسيارات
#: الأجرة حركة النقل في العاصمة المالية باماكو لليوم الثاني على التوالي).
_ORDINAL_REACH_TIED = 18
#: "Its day" with a pronoun (يومه، يومها): the act's own running day.
_ITS_DAY = frozenset({"يومه", "يومها"})
#: Punctuation a running day after the act must not be separated from it by.
_CLAUSE_BREAKS = frozenset(".،,؛;:!?؟")


def running_days(toks: list[Token], first: int, last: int) -> int | None:
    """How many days before its dated day an ongoing act began: "on the Nth day of a strike"
    (في اليوم الثالث من إضراب، إضرابهم لليوم العاشر على التوالي) says it began N-1 days
    earlier. ``None`` if the trigger's neighbourhood names no such day."""
    lo = max(0, first - _ORDINAL_REACH - 2)
    hi = min(len(toks) - 1, last + _ORDINAL_REACH_TIED)
    for k in range(lo, hi):
        own_day = toks[k].norm in _ITS_DAY and k > last  # دخل إضراب العاملين يومه الرابع
        if own_day or (toks[k].base in _DAY_WORDS and toks[k].clitics.endswith(("ال", "لل"))):
            n = _ORDINALS.get(toks[k + 1].norm)
            if n is None:
                continue
            follows = toks[k + 2].norm if k + 2 < len(toks) else ""
            if k >= last + _ORDINAL_REACH_AFTER and not (
                    (own_day or follows == _ON)
                    and not any(t.norm in _CLAUSE_BREAKS for t in toks[last + 1:k])):
                continue  # fix57: far from the act only its own day or "in a row", one clause
            # "the Nth day of <the act>" right before it, or "<the act> for the Nth day in a
            # row" (لليوم العاشر على التوالي) after it; after it "for the Nth day" alone
            # (إضرابهم عن الدوام لليوم العاشر احتجاجا) and "its Nth day" (يومه الرابع) too,
            # within its clause
            if (follows == "من" and k + 3 == first) or (k > last and follows == _ON):
                return n - 1
            if k > last and (own_day or toks[k].clitics == "لل") and follows != "من" \
                    and not any(t.norm in _CLAUSE_BREAKS for t in toks[last + 1:k]):
                return n - 1
            if follows == _ON and k + 3 < first and _only_punct(toks[k + 4:first]):
                # an insert before the act (يواصل العمال، لليوم الرابع على التوالي، إضرابهم)
                return n - 1
    return None


def _only_punct(toks: list[Token]) -> bool:
    return all(not any(ch.isalnum() for ch in t.norm) for t in toks)


#: Units of an elapsed time (مرور شهرين على): normalised word -> (count, unit); a bare
#: plural unit takes the number before it (3 أشهر).
_DURATIONS = {normalize_key(w): v for w, v in (
    ("يوم", (1, "day")), ("يومين", (2, "day")), ("أيام", (0, "day")),
    ("أسبوع", (7, "day")), ("أسبوعين", (14, "day")), ("أسابيع", (0, "week")),
    ("شهر", (1, "month")), ("شهرين", (2, "month")), ("أشهر", (0, "month")),
    ("شهور", (0, "month")), ("عام", (12, "month")), ("عامين", (24, "month")),
    ("سنة", (12, "month")), ("سنتين", (24, "month")), ("أعوام", (0, "year")),
    ("سنوات", (0, "year")))}
#: The noun of elapsed time: "<N units> have passed since" (مرور شهرين على توقيع الاتفاق).
_ELAPSED = normalize_key("مرور")


def elapsed_before(toks: list[Token], first: int) -> tuple[int, str] | None:
    """``(count, unit)`` ("day" or "month") of an elapsed time said to separate the act at
    token ``first`` from the time told (رغم مرور شهرين على توقيع اتفاق: two months;
    بعد مرور 3 أسابيع على: 21 days), else ``None``."""
    if first < 3 or toks[first - 1].norm != _ON:
        return None
    unit_tok = toks[first - 2]
    count, unit = _DURATIONS.get(unit_tok.norm, (None, ""))
    at = first - 3
    if count == 0:  # a plural unit: its number before it
        if not toks[at].norm.isdigit():
            return None
        count, at = int(toks[at].norm), at - 1
        if unit == "week":
            count, unit = count * 7, "day"
        elif unit == "year":
            count, unit = count * 12, "month"
    if count is None or at < 0 or toks[at].norm != _ELAPSED:
        return None
    return count, unit


def months_back(d: date, months: int) -> date:
    """The first day of the month ``months`` before ``d``'s."""
    k = d.year * 12 + d.month - 1 - months
    return date(k // 12, k % 12 + 1, 1)


#: Words of an accusation whose complement is the accused act (اتهمت المنظمة القوات
#: بممارسة التعذيب، متهمة أبوظبي بتزويد ...): that act has no date of the accusation's.
ACCUSING = frozenset(normalize_key(w) for w in (
    "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "متهما", "متهمة", "متهمين", "متهمتين",
    "اتهام", "اتهامها", "اتهامه", "اتهامهم", "واتهم", "واتهمت", "تهمة", "بتهمة", "بتهم"))
#: Tokens the accused act may stand after the accusing word (متهمة إياهم بارتكاب; اتهمت
#: المنظمة، في تقرير نشرته الخميس، القوات بممارسة), within the clause.
_ACCUSED_REACH = 16


#: Verbs of condemnation whose object is the condemned act (أدانت السعودية، اليوم، الهجوم
#: الإرهابي): the act is older than the condemnation, which dates only itself. Normalised;
#: not مدينا / مدينة, which read as مدينة "city". أدان also means "convicted": the verdict
#: itself is its trigger, not a later word.
CONDEMNING = frozenset(normalize_key(w) for w in (
    "أدان", "أدانت", "أدانوا", "وأدان", "وأدانت", "تدين", "يدين", "استنكر",
    "استنكرت", "واستنكر", "واستنكرت", "شجب", "شجبت", "ندد", "نددت", "وندد", "ونددت",
    "منددا", "منددة"))


#: Nouns before على that name the act answered (ردا على، في رد على) or protested against
#: (احتجاجا على رفض رئاسة المجلس إدراج سؤال: an earlier act, dates pass 2026-12-04 (14)).
_ANSWERING = frozenset(["ردا", "رد", normalize_key("احتجاجا")])


def replied_to(toks: list[Token], first: int) -> bool:
    """Whether the trigger at token ``first`` names the act a response answers (ردا على
    إغلاق …، في رد على توقيف …، انتقاما لمقتل …، انتقاما من …): an earlier act, which the
    response's date does not date (README, "the act replied to", 2026-12-04 (12))."""
    before = [strip_conj(t.norm) for t in toks[max(0, first - 2):first]]
    if len(before) == 2 and before[1] == "علي" and before[0] in _ANSWERING:
        return True
    if before and before[-1] == "انتقاما" and toks[first].clitics.startswith("ل"):
        return True
    return before[-2:] == ["انتقاما", "من"]


#: Passive verbs of conviction (أُدين، أُدينا، أُدينوا): after the noun they describe (بحق
#: رجلين أدينا بالتجسس) they tell the earlier verdict, not the act the sentence dates.
#: Normalised; the active أدان/أدانت is spelled apart.
CONVICTED = frozenset(normalize_key(w) for w in ("أدين", "أدينت", "أدينا", "أدينتا", "أدينوا"))


def described_verdict(toks: list[Token], first: int) -> bool:
    """Whether the trigger at ``first`` is a passive conviction right after the noun it
    describes (نفذت … حكم الإعدام بحق أربعة أشخاص أدينوا بالتجسس)."""
    return first > 0 and toks[first].norm in CONVICTED and toks[first - 1].kind == "word"


def embedded_act(toks: list[Token], first: int, lo: int) -> bool:
    """Whether the trigger at token ``first`` is the act an accusation or a condemnation in
    its clause (from token ``lo``) is about: it follows the accusing word within a few
    tokens with ب on it or on the verbal noun before it (اتهمت ... بممارسة التعذيب،
    بتزويد), or follows a condemning verb (أدانت ... الهجوم، نددت بالهجوم); or the act a
    response answers (:func:`replied_to`), or a verdict told of the noun before it
    (:func:`described_verdict`)."""
    if replied_to(toks, first) or described_verdict(toks, first):
        return True
    prep = toks[first].clitics.startswith("ب") or (
        first > 0 and toks[first - 1].clitics.startswith("ب"))
    for k in range(max(lo, first - _ACCUSED_REACH), first):
        if toks[k].norm in CONDEMNING or (prep and toks[k].norm in ACCUSING):
            return True
    return False


#: Words of a coarse time expression that put it ahead (الأسبوع المقبل، خلال الأيام
#: المقبلة، الشهر القادم): normalised.
AHEAD_WORDS = frozenset(normalize_key(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))


def ahead_coarse(t: TimeRef, published: date) -> bool:
    """Whether a time expression coarser than a day (a week, a few days, a month) lies after
    publication: it dates a plan (يزور الرباط الأسبوع المقبل)."""
    if t.granularity in DATED:
        return False
    v = t.day
    if v is not None and v > published:
        return True
    return any(normalize_key(w) in AHEAD_WORDS for w in t.span.text.split())
