"""Event dates, dates pass 2 (2026-12-04 (14)): the lead's day does not carry over a paragraph
break unless the text makes the act the same occasion: a walkout "from the session" that an
act of any type told with its day (not only a CONSULT), and an act running "since the morning
hours" (a part of the day with no day of its own). New sentences of the team's own; the filter
is off (:func:`rule_checks.events`)."""

from __future__ import annotations

from datetime import date

from rasd.events.dates.headline_dates import PART_OF_DAY_SINCE
from rasd.model import Event
from tests.events.rule_checks import PUB, events  # PUB is a Wednesday, 2026-04-15

TUESDAY = date(2026, 4, 14)


def one(text: str, type_: str, word: str, published: date = PUB) -> Event:
    found = [e for e in events(text, published) if e.type == type_ and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text, published)]
    return found[0]


# -- a later paragraph with no time of its own -------------------------------------------

LEAD = ("تونس - نظم المئات من عمال المناجم، أمس الثلاثاء، وقفة احتجاجية أمام مقر الولاية في "
        "قفصة للمطالبة بتسوية أوضاعهم المهنية.\n")


def test_a_deed_in_a_later_paragraph_with_no_time_stays_undated() -> None:
    # the README's counted convention: the lead's day does not carry over the break
    text = LEAD + "واعتقلت الشرطة عشرة من المحتجين بعد مواجهات أمام مقر الولاية."
    assert one(text, "COERCE", "اعتقلت").date_basis == "published"


def test_an_act_since_the_morning_hours_takes_the_storys_day() -> None:
    text = LEAD + ("وانتشرت وحدات من الجيش عند مداخل المدينة منذ ساعات الصباح الأولى، "
                   "وأقامت حواجز تفتيش على الطرقات المؤدية إليها.")
    e = one(text, "MOBILIZE", "انتشرت")
    assert (e.date, e.date_basis) == (TUESDAY, "sentence")


def test_hours_alone_are_no_part_of_the_day() -> None:
    # منذ ساعات ("for hours", from publication) names no part of the story's day
    text = LEAD + "وانتشرت وحدات من الجيش عند مداخل المدينة منذ ساعات."
    assert one(text, "MOBILIZE", "انتشرت").date_basis == "published"


def test_a_morning_of_the_publication_day_adds_nothing() -> None:
    # a story of the publication day: the fallback already says so, the act stays as read
    text = ("نظم المئات من عمال المناجم، اليوم الأربعاء، وقفة احتجاجية أمام مقر الولاية.\n"
            "وانتشرت وحدات من الجيش عند مداخل المدينة منذ الصباح الباكر.")
    assert one(text, "MOBILIZE", "انتشرت").date_basis == "published"


def test_the_part_of_day_pattern() -> None:
    for ok in ("منذ ساعات الصباح الأولى", "منذ الصباح الباكر", "منذ ساعات الفجر"):
        assert PART_OF_DAY_SINCE.search(" " + ok), ok
    for no in ("منذ ساعات", "منذ صباح أمس", "منذ الصباحات"):
        assert PART_OF_DAY_SINCE.search(" " + no) is None, no


# -- a walkout from the session an act of any type told --------------------------------

def test_a_walkout_from_the_session_of_a_cabinet_vote_takes_its_day() -> None:
    # no meeting (CONSULT) is read: the cabinet's approval names its session and day
    text = ("بيروت - وافق مجلس الوزراء، في جلسته التي انعقدت مساء أمس الثلاثاء، على خطة "
            "الجيش لتوسيع انتشاره جنوب النهر.\nوانسحب الوزراء الخمسة من الجلسة قبل التصويت، "
            "اعتراضا على ما وصفوه بتجاوز الميثاقية.")
    e = one(text, "PROTEST", "انسحب")
    assert (e.date, e.date_basis) == (TUESDAY, "sentence")


# -- a background act whose sentence tells only its outcome ---------------------------

def test_clashes_before_a_capture_take_the_day_of_the_capture() -> None:
    # no act of its own is read before بعد: the clause tells the clashes' outcome
    text = ("سيطرت قوات المعارضة، أمس الثلاثاء، على مقر اللواء في المدينة، بعد اشتباكات مع "
            "القوات الحكومية استمرت ساعات.")
    e = one(text, "ASSAULT", "اشتباكات")
    assert (e.date, e.date_basis) == (TUESDAY, "sentence")


def test_a_background_act_before_an_announced_act_stays_undated() -> None:
    # أعلنت … سيطرتها: the announced act is another event, which the withdrawal preceded
    text = ("أعلنت قوات المعارضة، أمس الثلاثاء، سيطرتها على حقل النفط، بعد انسحاب وحدات الجيش "
            "منه دون قتال.")
    found = [e for e in events(text) if e.type == "RETREAT"]
    assert found and all(e.date_basis != "sentence" for e in found)


# -- "a week ago from his home" ----------------------------------------------------------

def test_ago_before_the_place_an_act_started_from_counts_from_publication() -> None:
    from rasd.text.dates import extract_times
    found = extract_times("ألقت قوات الأمن القبض على الباحث قبل أسبوع من منزله بالجيزة.", PUB)
    assert [t.day for t in found] == [date(2026, 4, 8)]
    # before another event (قبل أسبوع من الانتخابات) still counts from nothing the text dates
    assert extract_times("جرت الاعتقالات قبل أسبوع من الانتخابات.", PUB) == []
