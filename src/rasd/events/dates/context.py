"""When: the date an event takes from its sentence, its paragraph or the document (its
place: :mod:`rasd.events.location.places`).

Dates come from the text layer's resolved :class:`TimeRef` values of day precision or
finer, read with their neighbours and the trigger's clause by :mod:`rasd.events.dates.date_rules`
("the same day", ranges, an act on its Nth day, accused and condemned acts); which times
may date an act and which acts a sentence's date does not reach:
:mod:`rasd.events.dates.date_scope`.
"""

from __future__ import annotations

from datetime import date, timedelta
from operator import itemgetter
from typing import Literal

from rasd.events.dates.date_clauses import (
    THREAT_TYPES,
    before_clause_at,
    counter_claim_at,
    own_relative,
    threat_object_start,
)
from rasd.events.dates.date_rules import (
    ahead_coarse,
    day_of,
    elapsed_before,
    embedded_act,
    months_back,
    read_times,
    running_days,
    until_bound,
)
from rasd.events.dates.date_scope import (
    accused_after,
    act_times,
    after_prior_cue,
    in_foreign_relative,
    parenthetical_end,
    starts_period,
)
from rasd.events.dates.date_shifts import (
    ahead_month,
    day_after_cue,
    later_offset,
    pluperfect_start,
)
from rasd.events.dates.interval_dates import counted_interval
from rasd.events.matcher import Match
from rasd.events.retellings.answered_acts import background_start
from rasd.events.syntax.clauses import (
    backgrounder_after,
    clause_end,
    clause_start,
    continues,
    past_verb,
    reported_act,
    strip_conj,
)
from rasd.events.syntax.modifiers import SIGNED_LEMMAS
from rasd.model import DateBasis, Document, Span, TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Whether a sentence without a date may take one from an earlier sentence of its
#: paragraph (only when it continues that sentence's narrative: :func:`continues`).
PARAGRAPH_DATES = True
#: Acts that may stand in a reported clause of a new sentence (وقال مصدر إن القوات
#: اعتقلت …) and then take its paragraph's date like any sentence that goes on with the
#: story (README, "Acts inside a reported clause", 2026-12-04 (12)): deeds a source
#: reports. Not the speaker's own stance told in the clause (إن الكويت ترفض، إن القرار
#: «خطوة مقلقة»، إن الجانبين اتفقا): a statement keeps no date of its own (round 6).
#: Acts that end a state (a release, a curfew lifted, a crossing reopened, a withdrawal): a
#: "since" time in their clause (منذ شهرين) tells how long the ended state lasted.
ENDING_TYPES = frozenset(["RETREAT", "CONCEDE"])
REPORTED_DEEDS = frozenset(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST",
                            "COOPERATE", "SANCTION", "CONCEDE"])
DatePrecision = Literal["day", "month"]


def month_in(times: list[TimeRef], a: int, b: int) -> date | None:
    """The first day of the first month-precision time expression in ``[a, b)`` (في مارس
    الماضي): the event's date is known to the month only."""
    for t in times:
        if a <= t.span.start and t.span.end <= b and t.granularity == "month" \
                and t.value is not None:
            return t.day
    return None


def date_in(times: list[TimeRef], a: int, b: int, near: int, *,
            after_first: bool = False) -> date | None:
    """The date of the dated time expression in ``[a, b)`` nearest to ``near``;
    ``after_first``: the nearest one after ``near`` if any (Arabic puts the time adverb
    after the verb it dates: قتل ... أمس الأحد)."""
    best: tuple[int, int, date] | None = None
    for t in times:
        if t.span.start < a or t.span.end > b:
            continue
        d = day_of(t)
        if d is None:
            continue
        key = (int(after_first and t.span.start < near), abs(t.span.start - near))
        if best is None or key < best[:2]:
            best = (*key, d)
    return best[2] if best else None


#: Past verbs that announce or decide what follows them (أعلن هدنة تبدأ غدا، حدد موعدا
#: للانتخابات): a later date in their clause dates the announced act, not this report of it.
ANNOUNCING = frozenset(["اعلن", "اعلنت", "اعلنوا", "اعلنا", "قرر", "قررت", "قرروا", "حدد",
                        "حددت", "اكد", "اكدت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                        "افادت", "صرح", "صرحت"])


def dated_ahead(doc: Document, toks: list[Token], sent: Span, m: Match,
                times: list[TimeRef]) -> bool:
    """Whether the trigger's own clause dates it after publication (يزور الرئيس الجزائر
    الأحد المقبل، إضراب ابتداء من الاثنين المقبل): the act is planned, not reported."""
    published = doc.published.date
    if published is None:
        return False
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    lo = background_start(toks, lo, m.first)  # fix41: إثر مواجهات dates only its own words
    if any(strip_conj(t.norm) in ANNOUNCING for t in toks[lo:m.last + 1]) \
            and not (m.first > 0 and strip_conj(toks[m.first - 1].norm) in PLANNED_NOUNS):
        return False  # أعلن الجيش هدنة تبدأ الأربعاء: the announcement is the act told
    a = toks[lo].start if lo < len(toks) else sent.start
    b = _time_tail_end(doc.text, toks, hi, times) \
        or (toks[hi - 1].end if hi > 0 else sent.end)
    found = date_in(read_times(doc.text, times), a, b, m.start, after_first=True)
    return found is not None and found > published


#: Verbal nouns of holding or carrying out that make the trigger after them the planned
#: object of an announcing verb (قررت النقابة تنظيم إضراب، أعلن عقد اجتماع): normalised.
PLANNED_NOUNS = frozenset(normalize_key(w) for w in (
    "تنظيم", "تنفيذ", "عقد", "إقامة", "خوض", "الدخول", "بدء", "شن"))
#: Words a trailing time adverbial may hold besides its time expressions (، الأربعاء
#: والخميس المقبلين.): the joiners of two dates and the day nouns.
_TIME_TAIL_WORDS = frozenset(normalize_key(w) for w in ("و", "إلى", "حتى", "يوم", "يومي"))


def _time_tail_end(text: str, toks: list[Token], hi: int, times: list[TimeRef]) -> int | None:
    """The end of a comma-delimited adverbial made only of time expressions that closes
    the clause ending before token ``hi`` (أعلنت النقابة إضرابا لمدة يومين، الأربعاء
    والخميس المقبلين.): it dates the clause before it; None if there is none."""
    if hi >= len(toks) or toks[hi].norm not in ("،", ","):
        return None
    end = clause_end(toks, hi)
    if end <= hi + 1:
        return None
    a, b = toks[hi + 1].start, toks[end - 1].end
    covered = [t for t in times if a <= t.span.start and t.span.end <= b]
    if not covered:
        return None
    for tok in toks[hi + 1:end]:
        inside = any(t.span.start < tok.end and tok.start < t.span.end for t in covered)
        if not inside and tok.norm not in _TIME_TAIL_WORDS:
            return None
    return b


def _ahead_coarse_in(toks: list[Token], m: Match, times: list[TimeRef], a: int, b: int,
                     published: date) -> bool:
    """Whether the clause ``[a, b)`` names a time coarser than a day ahead of publication
    (يزور الرباط الأسبوع المقبل لإجراء مباحثات، على أن يفرج عنهم خلال الأيام المقبلة): the
    act is a plan with no date yet, unless a past verb tells it done and the plan is its
    object (اتفقا على استئناف المحادثات الشهر المقبل). Only the date reads this, not the
    ``future`` flag: a retelling without the time would no longer merge with it."""
    if m.trigger.pos in ("verb", "phrase") and past_verb(strip_conj(toks[m.first].norm)):
        return False
    return any(a <= t.span.start and t.span.end <= b and ahead_coarse(t, published)
               for t in times)


#: Words saying the act came later than the one dated (في وقت لاحق، لاحقا): normalised.
LATER_WORDS = frozenset({"لاحق", "لاحقا"})


#: "The next day" (في اليوم التالي، صباح اليوم التالي), normalised: the text layer reads no
#: date in it.
_NEXT_DAY = (normalize_key("اليوم"), normalize_key("التالي"))


def _next_day(toks: list[Token], first: int) -> bool:
    """Whether "the next day" stands in the sentence before the trigger at ``first``."""
    return any((toks[k].norm, toks[k + 1].norm) == _NEXT_DAY for k in range(first))


#: "The same day" (في اليوم نفسه، في اليوم ذاته، في نفس اليوم، في ذات اليوم), normalised
#: pairs: in a later sentence the text layer reads no date in it.
_SAME_DAY_PAIRS = frozenset((normalize_key(a), normalize_key(b)) for a, b in (
    ("اليوم", "نفسه"), ("اليوم", "ذاته"), ("نفس", "اليوم"), ("ذات", "اليوم"),
    ("الليلة", "نفسها"), ("الليلة", "ذاتها"), ("نفس", "الليلة")))
#: The pairs' second words: a sentence with none of them before the trigger holds no pair.
_SAME_DAY_SECONDS = frozenset(b for _, b in _SAME_DAY_PAIRS)
_NORM = itemgetter(3)  # Token.norm


def _same_day_told(toks: list[Token], first: int) -> bool:
    """Whether "the same day" stands in the sentence before token ``first``."""
    if _SAME_DAY_SECONDS.isdisjoint(map(_NORM, toks[1:first + 1])):
        return False  # no pair's second word (most sentences): told by one test in C
    return any((strip_conj(toks[k].norm), toks[k + 1].norm) in _SAME_DAY_PAIRS
               for k in range(first))


def _unstated(published: date | None) -> tuple[date | None, DateBasis, DatePrecision]:
    """No date of the act's own: the publication date stands for "as of the report"."""
    return (published, "published", "day") if published is not None else (None, "none", "day")


#: Time expressions too coarse to date an act they follow in its clause (خلال العام الماضي،
#: منعت الأسبوع الماضي دخول 20 شاحنة، اتفاق وقعه الطرفان الأسبوع الماضي): README, "`الأسبوع
#: الماضي` (no date)".
COARSE_PAST = frozenset(["year", "week"])
_LAST_WORDS = ("الماضي", "المنصرم", "الفائت")


def _year_after(times: list[TimeRef], a: int, b: int) -> bool:
    """Whether the first time expression in ``[a, b)`` is a year (خلال العام الماضي) or the
    last week (الأسبوع الماضي): too coarse to date the act."""
    first = next((t for t in times if a <= t.span.start and t.span.end <= b), None)
    if first is None or first.granularity not in COARSE_PAST:
        return False
    # a week only when named as the last one (الأسبوع الماضي), not counted back (قبل أسبوع:
    # a day) nor ahead (الأسبوع المقبل: a plan's)
    return first.granularity == "year" or any(w in first.span.text for w in _LAST_WORDS)


def _reported_deed(doc: Document, sent: Span, toks: list[Token], m: Match,
                   end: int) -> bool:
    """Whether ``m`` is a deed told in a reported clause (وقال مصدر إن القوات اعتقلت …) of a
    sentence with no time expression at all before ``end`` (a later act's "before" clause
    aside: …، قبل أن تفرج عنهم فجر اليوم): a vague or coarse one (خلال الأسبوع الماضي، خلال
    الأيام الأخيرة، منذ بدء الاحتجاجات) says the act is not the paragraph's day's."""
    return m.trigger.type in REPORTED_DEEDS and reported_act(toks, m.first) \
        and not any(sent.start <= t.span.start < end for t in doc.times)


def event_date(doc: Document, toks: list[Token], sent: Span, piece: Span, m: Match,
               times: list[TimeRef], *, negated: bool = False,
               planned: bool = False) -> tuple[date | None, DateBasis, DatePrecision]:
    """The date of the event of trigger ``m`` in sentence ``sent`` (tokens ``toks``) of
    paragraph ``piece``, its basis and its precision.

    The trigger's clause's date, else a month named in that clause (في مارس الماضي: the
    first of the month, precision "month"), else the sentence's first date, else the
    paragraph's (an earlier sentence's), else the publication date. A reported act cannot
    postdate its report: a date after publication right after the trigger makes it "as of
    the report" (a strike called for next week), one elsewhere is skipped for the others.
    The times are read with their neighbours first (:func:`read_times`: "the same day",
    ranges, clock times). No date of its own has an act told as later, an accused or
    condemned act (only a time after it in its clause counts), a background act after
    بعد/عقب, or one the clause dates to a year only; an act "on its Nth day" began N-1 days
    before the day found (:func:`running_days`).

    An act the text says did not happen (``negated``) has no date of its own: the
    publication date stands for "as of the report" (لم تنسحب القوات حتى الآن), and the
    sentence's date is the denial's. A planned or feared act (``planned``: future or
    hypothetical) takes only a date after publication (يبدأ الأحد المقبل جولة), else none."""
    published = doc.published.date
    if negated:
        return _unstated(published)
    times = act_times(doc.text, times)
    if planned:
        lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
        a = toks[lo].start if lo < len(toks) else sent.start
        b = toks[hi - 1].end if hi > 0 else sent.end
        ahead = [t for t in times if published is not None and (d := day_of(t)) is not None
                 and d > published]
        found = date_in(ahead, a, b, m.start, after_first=True) \
            or date_in(ahead, sent.start, sent.end, m.start)
        if found is not None:
            return found, "sentence", "day"
        # ستسلم، مساء اليوم، رفات أسيرين؛ دعا إلى مواصلة التظاهر اليوم الاثنين: a plan for the
        # day of publication, told after the planned act in its clause (dates pass, 2026-12-04
        # (14)); a day before the act (أعلن اليوم أنه سيزور) is the announcement's
        today = [t for t in times if published is not None and day_of(t) == published
                 and m.start <= t.span.start and t.span.end <= b]
        if today:
            return published, "sentence", "day"
        # ستعقد … مطلع الشهر المقبل، سيزور طهران في مايو المقبل: a plan for a month
        month = ahead_month(times, a, b, published)
        return (month, "sentence", "month") if month is not None else (None, "none", "day")
    precision: DatePrecision = "day"
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    if m.trigger.type in ENDING_TYPES:
        # أفرجت عن 37 مدنيا كانت تحتجزهم منذ أكثر من شهرين، رفع حظر التجوال المفروض منذ
        # ثلاثة أشهر: "since" dates the state the act ends, not the act
        # (a year keeps its reading: an act dated to a year only has no date, _year_after)
        times = [t for t in times
                 if t.granularity == "year" or not starts_period(doc.text, t)]
    if published is not None:
        # a day after publication right after the trigger dates it as a plan (إضراب يومي 20
        # و21 نوفمبر الجاري): reported as of publication. Elsewhere it dates another plan
        # the sentence tells (أعلن، الجمعة، تحديد السادس من يونيو المقبل موعدا للانتخابات),
        # not this act: the other times may
        own = date_in(times, m.start, toks[hi - 1].end if hi > 0 else sent.end, m.start)
        if own is not None and own > published:
            return _unstated(published)
        times = [t for t in times if ((d := day_of(t)) is None or d <= published)
                 and not until_bound(doc.text, t)]
    # خريطة الطريق التي عرضتها البعثة مطلع الشهر الجاري: a time in a relative clause dates
    # that clause's verb (and its antecedent), not the other acts of the sentence
    times = [t for t in times if not in_foreign_relative(toks, t, m)]
    if any(t.norm in LATER_WORDS for t in toks[lo:hi]):
        # فيما أطلقت الوزارة في وقت لاحق سراح …: an act told as later than the dated one has
        # no date of its own (the convention of "وفي وقت لاحق، …" sentences)
        return _unstated(published)
    if embedded_act(toks, m.first, lo) or m.trigger.lemma in SIGNED_LEMMAS:
        # اتهمت المنظمة القوات بممارسة التعذيب، أدانت السعودية اليوم الهجوم: the accused or
        # condemned act is not dated by the accusation; only a time after it in its clause.
        # So too an agreement named by its signing participle (مذكرة التفاهم الموقعة بين
        # البلدين في أغسطس الماضي): a background signing, dated only by the time after it
        end = toks[hi - 1].end if hi > 0 else sent.end
        found = date_in(times, m.start, end, m.start)
        if found is not None:
            return found, "sentence", "day"
        # المتهم بتنفيذ عملية إطلاق نار في أغسطس الماضي: a month after the act dates it
        month = month_in([t for t in times if not starts_period(doc.text, t)], m.start, end)
        if month is not None and (published is None or month <= published):
            return month, "sentence", "month"
        return _unstated(published)
    if day_after_cue(toks, m.first):
        # دفع الجيش، ليل الثلاثاء، بتعزيزات …، غداة اشتباكات: the day before the day the
        # sentence gives before the cue, else its paragraph's, else publication's
        told = date_in(times, sent.start, m.start, m.start)
        if told is None and continues(toks):
            told = date_in(times, piece.start, sent.start, sent.start)
        told = told or published
        if told is None:
            return _unstated(published)
        return told - timedelta(days=1), "sentence", "day"
    if after_prior_cue(toks, m.first):
        # عقب اشتباكات، بعد أسابيع من احتجاجات: an earlier act told as the main act's
        # background; a date before it dates the main act, so only one after it counts
        b = toks[hi - 1].end if hi > 0 else sent.end
        found = date_in(times, m.start, b, m.start)
        if found is not None and (published is None or found <= published):
            return found, "sentence", "day"
        # عقب زيارة أجراها … إلى الرياض الشهر الماضي، بعد أشهر من توقيع … في سبتمبر من العام
        # الماضي: a month after the earlier act dates it to that month
        month = month_in([t for t in times if not starts_period(doc.text, t)], m.start, b)
        if month is not None and (published is None or month <= published) \
                and not counted_interval(doc.text, m.start):
            return month, "sentence", "month"
        return _unstated(published)
    clause_hi = hi
    # …، قبل أن تفرج عنهم صباح اليوم: the "before" clause's time is the later act's, not
    # this one's (dates pass 3, 2026-12-04 (15))
    before = before_clause_at(toks, m.last, len(toks))
    sent_end = toks[before].start if before < len(toks) else sent.end
    hi = min(backgrounder_after(toks, m.last, hi), accused_after(toks, m.first, m.last, hi),
             before_clause_at(toks, m.last, hi))
    # …، عن خمسة كانوا قد اعتقلوا في مارس الماضي: the earlier act starts at its auxiliary
    lo = pluperfect_start(toks, lo, m.first)
    a = toks[lo].start if lo < len(toks) else sent.start
    b = toks[hi - 1].end if hi > 0 else sent.end
    if hi == clause_hi:
        # أعلن الجيش، اليوم الأحد، مقتل 30 مسلحا في غارات …، أمس السبت.: a comma-delimited
        # time closing the clause dates that clause (dates pass, 2026-12-04 (14))
        b = _time_tail_end(doc.text, toks, hi, times) or b
    if _year_after(times, toks[m.first].end, b):
        # اعتقلت ... خلال العام الماضي: the time after the act dates it to a year, which is no
        # date; a day before it (قالت في تقرير نشرته اليوم إن) is the report's. Read from the
        # trigger's first word: a phrase trigger may hold it (منعت الأسبوع الماضي دخول)
        return _unstated(published)
    relative = own_relative(toks, m, hi)
    # التفجير الانتحاري الذي استهدف مسجدا …، خلال صلاة المغرب أول أمس السبت: the act's own
    # relative clause, past the commas of its inserts, dates it first (dates pass 3)
    found = (date_in(times, toks[relative[0]].start, toks[relative[1] - 1].end,
                     toks[relative[0]].start)
             if relative is not None else None) or date_in(times, a, b, m.start, after_first=True)
    if found is None and published is not None \
            and _ahead_coarse_in(toks, m, times, a, b, published):
        # أكد الجانبان عقد جولة جديدة مطلع الشهر المقبل: a plan dated to a month takes it
        month = ahead_month(times, a, b, published)
        return (month, "sentence", "month") if month is not None else _unstated(published)
    basis: DateBasis = "sentence"
    # مهددا بـ«إضراب مفتوح» خلال شهر فيفري: a month in a threat's complement is the
    # threatened act's (not one right after the verb: قد هدد الشهر الماضي بتعليق)
    held_out = threat_object_start(toks, m) if m.trigger.type in THREAT_TYPES else None
    month_end = min(b, held_out) if held_out is not None else b
    if found is None:
        found = month_in(times, a, month_end)
        if found is not None and published is not None and found > published:
            found = None  # الشهر المقبل dates a plan, not this act
        if found is not None:
            precision = "month"
    claim = counter_claim_at(toks, m.first)
    if found is None and claim is not None:
        # …، فيما قالت وزارة الدفاع إن دفاعاتها أسقطت 63 مسيرة، …، مؤكدا أن الغارة استهدفت:
        # an act told in another speaker's claim or a speech participle's clause takes only a
        # time of its own, not the main act's day (README: ev-1079, ev-1083; deeds and stances
        # alike: مشيرا إلى أن حكومته تجري مفاوضات)
        found = date_in(times, toks[claim].start, sent_end, m.start, after_first=True)
        return (found, "sentence", "day") if found is not None else _unstated(published)
    if found is None:
        # the sentence's date, outside a backgrounder or relative clause after the trigger
        cut = min(backgrounder_after(toks, m.last, len(toks)),
                  accused_after(toks, m.first, m.last, len(toks)), before)
        if lo > clause_start(toks, m.first):
            # inside a backgrounder: the sentence's date before it is the main act's
            found = date_in(times, a, toks[cut].start if cut < len(toks) else sent.end, a)
        elif cut == len(toks):
            found = date_in(times, sent.start, sent.end, sent.start)
        elif cut == before:
            found = date_in(times, sent.start, sent_end, sent.start)
        else:
            resume = parenthetical_end(toks, cut)
            found = date_in(times, sent.start, toks[cut].start, sent.start)
            if found is None and resume < len(toks):
                found = date_in(times, toks[resume].start, sent.end, sent.start)
    if found is None:
        # a month the sentence names outside the trigger's clause (اعتقلت ... خلال الشهر
        # الماضي، ووجهت النيابة إليهم تهمة ...): the acts of one sentence share its frame
        # not one told after an accusation (…، المتهم بتنفيذ عملية … في أغسطس الماضي): the
        # accused act's
        # nor one told after a pluperfect backgrounder (…، كانت … قد احتجزتهم في أكتوبر)
        cut = min(accused_after(toks, m.first, m.last, len(toks)),
                  backgrounder_after(toks, m.last, len(toks)), before)
        end = toks[cut].start if cut < len(toks) else sent.end
        if held_out is not None:
            end = min(end, held_out)
        month = month_in([t for t in times if not starts_period(doc.text, t)], a, end) \
            if lo > clause_start(toks, m.first) else \
            month_in([t for t in times if not starts_period(doc.text, t)], sent.start, end)
        if month is not None and (published is None or month <= published):
            found, precision = month, "month"
    # "the same day" before the trigger or in its own clause after it (منعت في اليوم نفسه)
    same_day = _same_day_told(toks, min(clause_hi, len(toks) - 1))
    if found is None and (_next_day(toks, m.first) or same_day):
        # وفي اليوم التالي خرج العشرات: the day after the last day the text told; وفي اليوم
        # نفسه فرقت الشرطة …: that day itself
        last = max((t for t in times if t.span.end <= sent.start and day_of(t) is not None),
                   key=lambda t: t.span.start, default=None)
        if last is not None and (d := day_of(last)) is not None:
            found = d + timedelta(days=1) if _next_day(toks, m.first) else d
    if found is None and PARAGRAPH_DATES and (
            continues(toks) or _reported_deed(doc, sent, toks, m, sent_end)):
        found = date_in(times, piece.start, sent.start, sent.start)
        basis = "paragraph"
    if found is not None and published is not None and found > published:
        found = None
    if found is not None and precision == "day":
        # ثم أفرجت عنه في اليوم التالي، وأفرجت عن اثنين منهم بعد أسبوع: later than the day told
        shift = later_offset(toks, m.last, clause_hi, times)
        if shift is not None:
            found = found + timedelta(days=shift)
            if published is not None and found > published:
                found = None
    told = found or published
    gap = elapsed_before(toks, m.first)
    if gap is not None and told is not None:
        # رغم مرور شهرين على توقيع اتفاق السلام: the act is that long before the day told;
        # months back give a month, not a day
        count, unit = gap
        if unit == "day":
            return told - timedelta(days=count), "sentence", "day"
        return months_back(told, count), "sentence", "month"
    began = running_days(toks, m.first, m.last)
    if began is not None and precision == "day" and told is not None:
        # في اليوم الثالث من إضراب: the ongoing act began two days before the day told
        return told - timedelta(days=began), "sentence", "day"
    if found is None:
        return _unstated(published)
    return found, basis, precision
