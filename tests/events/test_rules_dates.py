"""Event dates on the team's own sentences: "the same day", ranges, clock times, an act on
its Nth day, accused and condemned acts, plans dated by a coarse future time, a day after
publication elsewhere in the sentence, "hours later", a year-only act, and a start date the
text layer splits in two (rasd.events.dates.date_rules, rasd.events.dates.context.event_date)."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.events.dates.date_rules import elapsed_before, read_times, running_days
from rasd.model import Event, Span, TimeRef
from rasd.text.tokens import tokenize

PUB = date(2025, 10, 14)  # a Tuesday


def events(text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def one(text: str, type_: str, word: str) -> Event:
    found = [e for e in events(text) if e.type == type_ and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text)]
    return found[0]


def _ref(text: str, part: str, value: date) -> TimeRef:
    start = text.index(part)
    return TimeRef(Span(start, start + len(part), part), value, "day")


# --- reading the time expressions with their neighbours

def test_the_same_day_takes_the_day_told_before() -> None:
    text = ("اقتحم محتجون مقر البلدية في المدينة صباح الأحد. وأعلنت الشرطة مساء اليوم نفسه "
            "اعتقال عشرة من المحتجين.")
    e = one(text, "COERCE", "اعتقال")
    assert (e.date, e.date_basis) == (date(2025, 10, 12), "sentence")


def test_a_range_of_days_is_dated_by_its_start() -> None:
    e = one("تعرضت مدينة خاركيف ليلة السبت إلى الأحد لقصف صاروخي عنيف.", "ASSAULT", "قصف")
    assert e.date == date(2025, 10, 11)


def test_read_times_keeps_a_ranges_start_and_a_split_expressions_fuller_half() -> None:
    text = "ليلة السبت إلى الأحد ثم منذ يوم الجمعة 3 أكتوبر"
    times = [_ref(text, "ليلة السبت", date(2025, 10, 11)), _ref(text, "الأحد", date(2025, 10, 12)),
             _ref(text, "منذ يوم", date(2025, 10, 13)),
             _ref(text, "الجمعة 3 أكتوبر", date(2025, 10, 3))]
    assert [t.span.text for t in read_times(text, times)] == ["ليلة السبت", "الجمعة 3 أكتوبر"]


def test_a_clock_time_alone_is_no_date_the_text_gives() -> None:
    e = one("10:30 — قوات الاحتلال تقتحم بلدة قباطية جنوب جنين.", "ASSAULT", "تقتحم")
    assert e.date_basis == "published"


# --- how long an act has gone on

def test_a_strike_on_its_fifth_day_began_four_days_before() -> None:
    text = "يواصل عمال الميناء إضرابهم لليوم الخامس على التوالي للمطالبة برفع الأجور."
    assert one(text, "PROTEST", "إضراب").date == date(2025, 10, 10)


def test_running_days_reads_the_nth_day_of_an_act_before_it() -> None:
    toks = list(tokenize("في اليوم الرابع من اعتصام المعلمين"))
    assert running_days(toks, 4, 4) == 3
    assert running_days(toks, 5, 5) is None  # المعلمين is not what the day counts


# --- acts the sentence does not date

def test_an_accused_act_is_not_dated_by_the_accusation() -> None:
    text = "اتهمت منظمة حقوقية، أمس، الشرطة باعتقال عشرات الطلاب تعسفيا."
    assert one(text, "ACCUSE", "اتهمت").date == date(2025, 10, 13)
    assert one(text, "COERCE", "اعتقال").date_basis == "published"


def test_a_condemned_attack_is_not_dated_by_the_condemnation() -> None:
    text = "أدانت وزارة الخارجية الأردنية، اليوم، الهجوم الذي استهدف حافلة للزوار في سيناء."
    assert one(text, "ASSAULT", "الهجوم").date_basis == "published"


def test_a_visit_next_month_takes_no_date_from_the_report() -> None:
    text = ("يزور وزير الخارجية التركي القاهرة الشهر المقبل لبحث ملف غزة، حسبما ذكرت مصادر "
            "دبلوماسية اليوم.")
    # not the report's day; the month it is planned for (the README's convention for a plan
    # `مطلع الشهر المقبل`, applied in the dates round)
    e = one(text, "CONSULT", "يزور")
    assert e.date != PUB and (e.date.year, e.date.month, e.date_precision) == (2025, 11, "month")


def test_a_pact_on_talks_next_month_keeps_its_day() -> None:
    text = "اتفق وزيرا خارجية البلدين، أمس، على استئناف المحادثات الشهر المقبل."
    assert one(text, "AGREE", "اتفق").date == date(2025, 10, 13)


def test_a_plans_future_day_elsewhere_leaves_the_announcements_day() -> None:
    text = "أعلن الرئيس، الأحد، تحديد العاشر من ديسمبر المقبل موعدا لإجراء انتخابات رئاسية مبكرة."
    assert one(text, "CONCEDE", "انتخابات").date == date(2025, 10, 12)


def test_an_act_dated_to_a_year_takes_no_day_from_the_report() -> None:
    text = ("قالت منظمة العفو الدولية في تقرير نشرته اليوم إن السلطات اعتقلت مئات المعارضين "
            "خلال العام الماضي.")
    assert one(text, "COERCE", "اعتقلت").date_basis == "published"


def test_hours_later_keeps_the_day_told_before() -> None:
    text = ("أطلقت جماعة مسلحة صواريخ على قاعدة عسكرية أمس الاثنين. وبعد ساعات، شنت طائرات "
            "حربية غارات على مواقع الجماعة.")
    assert one(text, "ASSAULT", "شنت").date == date(2025, 10, 13)


def test_a_hunger_strike_since_a_weekday_and_date_starts_that_day() -> None:
    text = "دخل معتقلون في سجن المدينة في إضراب عن الطعام منذ يوم السبت 4 أكتوبر."
    assert one(text, "PROTEST", "إضراب").date == date(2025, 10, 4)


def test_two_months_since_a_signing_date_it_to_a_month() -> None:
    text = ("ما زالت الحواجز قائمة على الطرق بين البلدتين رغم مرور شهرين على توقيع اتفاق "
            "المصالحة بين العشيرتين.")
    e = one(text, "SUPPORT", "توقيع")
    assert (e.date, e.date_precision) == (date(2025, 8, 1), "month")


def test_elapsed_before_reads_a_number_and_a_plural_unit() -> None:
    toks = list(tokenize("بعد مرور 3 أسابيع على اعتقال الصحفي"))
    assert elapsed_before(toks, 5) == (21, "day")
    assert elapsed_before(toks, 4) is None
