"""Event dates, the dates pass (2026-12-04 (14)): a headline's act dated by the lead that
retells it, a session's relative clause (الاجتماع الذي عقد أمس) dating the acts told at it,
and the act protested against (احتجاجا على رفض …) undated like the act replied to. New
sentences of the team's own; the filter is off (:func:`rule_checks.events`)."""

from __future__ import annotations

from datetime import date

from rasd.events.dates.headline_dates import headline_dates
from rasd.model import Event
from tests.events.rule_checks import PUB, events  # PUB is a Wednesday, 2026-04-15

TUESDAY = date(2026, 4, 14)


def one(text: str, type_: str, word: str, published: date = PUB) -> Event:
    found = [e for e in events(text, published) if e.type == type_ and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text, published)]
    return found[0]


# -- a headline's act and its lead ------------------------------------------------------

HEAD = "الخرطوم وجوبا تتفقان على إعادة فتح المعابر الحدودية\n"
LEAD = ("جوبا - اتفقت حكومتا السودان وجنوب السودان، أمس الثلاثاء، على إعادة فتح المعابر "
        "الحدودية أمام حركة التجارة بعد إغلاق دام أشهرا.")


def test_a_headlines_act_takes_the_day_of_the_lead_that_retells_it() -> None:
    found = [e for e in events(HEAD + LEAD) if e.type == "AGREE"]
    # split21: the headline and the lead that retells it are one event (told in both)
    head = next(e for e in found if any(s.start < len(HEAD) for s in e.evidence))
    assert (head.date, head.date_basis) == (TUESDAY, "sentence")


def test_a_first_line_that_ends_a_sentence_is_no_headline() -> None:
    # a dateline lead paragraph (a full stop) is not a headline: its acts keep their dates
    first = "الخرطوم وجوبا تتفقان على إعادة فتح المعابر الحدودية.\n"
    found = [e for e in events(first + LEAD) if e.type == "AGREE"]
    head = next(e for e in found if e.trigger.start < len(first))
    assert head.date_basis == "published"


def test_a_headlines_act_without_a_lead_of_its_type_keeps_the_publication_day() -> None:
    text = HEAD + "جوبا - استقبل الرئيس سلفا كير، أمس الثلاثاء، وفدا سودانيا رفيعا."
    found = [e for e in events(text) if e.type == "AGREE" and e.trigger.start < len(HEAD)]
    assert all(e.date_basis == "published" for e in found)


def test_headline_dates_leaves_a_lead_without_a_date_of_its_own_alone() -> None:
    # the lead's act dated only by publication gives the headline nothing
    text = HEAD + "جوبا - اتفقت حكومتا السودان وجنوب السودان على إعادة فتح المعابر الحدودية."
    evs = events(text)
    assert [e.date_basis for e in headline_dates(evs, text)] == [e.date_basis for e in evs]


# -- the session a relative clause dates ------------------------------------------------

def test_an_agreement_at_a_meeting_held_yesterday_takes_that_day() -> None:
    text = ("المنامة - اتفقت البحرين وقطر على تأسيس شركة مشتركة، وذلك في ختام اجتماع اللجنة "
            "التنسيقية المشتركة الذي عقد في الدوحة أمس الثلاثاء.")
    assert one(text, "AGREE", "اتفقت").date == TUESDAY
    assert one(text, "CONSULT", "اجتماع").date == TUESDAY


def test_a_walkout_from_a_session_held_yesterday_takes_that_day() -> None:
    text = ("انسحب نواب المعارضة من جلسة مجلس النواب التي عقدت أمس الثلاثاء، احتجاجا على "
            "تأجيل مناقشة قانون الانتخاب.")
    assert one(text, "PROTEST", "انسحب").date == TUESDAY


def test_pledges_at_a_conference_a_city_hosted_take_its_day() -> None:
    text = ("جنيف - تعهد المانحون، في ختام المؤتمر الإنساني الدولي بشأن السودان الذي "
            "استضافته جنيف أمس الثلاثاء، بتقديم مليار دولار.")
    assert one(text, "AGREE", "تعهد").date == TUESDAY


def test_another_relative_clauses_time_still_dates_only_its_own_verb() -> None:
    # not a session: the clause's time is the plan's, not the call's
    text = ("ودعت المعارضة إلى تنفيذ خريطة الطريق التي عرضتها البعثة الأممية أمس الثلاثاء.")
    assert one(text, "REQUEST", "ودعت").date_basis != "sentence"


# -- the act protested against ----------------------------------------------------------

def test_the_act_protested_against_takes_no_date_of_the_protest() -> None:
    text = ("انسحب نواب المعارضة، أمس الثلاثاء، من جلسة البرلمان احتجاجا على رفض رئاسة "
            "المجلس إدراج سؤال نيابي على جدول الأعمال.")
    assert one(text, "PROTEST", "انسحب").date == TUESDAY
    assert one(text, "REJECT", "رفض").date_basis == "published"


# -- "until" a time ----------------------------------------------------------------------

def test_a_time_after_until_dates_no_act() -> None:
    text = ("أفادت مصادر محلية بأن المهاجمين أحرقوا أكثر من 30 صهريجا، وأن الجيش دفع بتعزيزات "
            "عسكرية إلى المنطقة، فيما لم يصدر عن هيئة الأركان أي بيان حتى مساء الثلاثاء.")
    assert one(text, "MOBILIZE", "تعزيزات").date_basis == "published"


def test_a_range_after_from_keeps_its_start() -> None:
    text = "أضرب المعلمون في المدارس الحكومية من الأحد حتى الثلاثاء احتجاجا على تأخر الرواتب."
    assert one(text, "PROTEST", "أضرب").date == date(2026, 4, 12)


# -- a list of days and an agreement named by its date -------------------------------------

def test_a_list_of_days_dates_the_strike_by_its_first_day() -> None:
    text = ("أعلنت التنسيقية الوطنية للأساتذة عن خوض إضراب وطني لمدة 72 ساعة أيام 20 و21 و22 "
            "أبريل الجاري.")
    assert one(text, "PROTEST", "إضراب").date == date(2026, 4, 20)


def test_an_agreements_date_in_its_name_dates_no_act() -> None:
    text = ("وكانت قوات سوريا الديمقراطية قد سلمت إدارة السد إلى وزارة الطاقة، وانسحبت عناصرها "
            "من محيطه بموجب اتفاق العاشر من مارس.")
    assert one(text, "RETREAT", "وانسحبت").date != date(2026, 3, 10)


# -- a time closing the clause; a place name read as a future verb -----------------------

def test_a_comma_delimited_time_closing_the_clause_dates_it() -> None:
    text = ("باماكو - أعلن الجيش المالي، اليوم الأربعاء، مقتل أكثر من 30 مسلحا في غارات جوية "
            "نفذها سلاح الجو قرب بلدة ليري في منطقة تمبكتو، أمس الثلاثاء.")
    assert one(text, "ASSAULT", "غارات").date == TUESDAY


def test_sinaloa_is_no_future_verb() -> None:
    text = ("قتل مسلحون سبعة أشخاص بعدما أطلقوا النار على حفل عائلي في مدينة كولياكان عاصمة "
            "ولاية سينالوا المكسيكية، مساء الثلاثاء، وفق النيابة العامة.")
    assert all(e.date in (TUESDAY, PUB) for e in events(text))


# -- a plan for the day of publication ---------------------------------------------------

def test_a_plan_for_this_evening_takes_the_publication_day() -> None:
    text = "أعلنت كتائب القسام أنها ستسلم، مساء اليوم، رفات أسيرين إسرائيليين إلى الصليب الأحمر."
    e = one(text, "RETREAT", "ستسلم")
    assert (e.future, e.date, e.date_basis) == (True, PUB, "sentence")


def test_a_plan_announced_today_without_a_day_of_its_own_stays_undated() -> None:
    text = "أعلن وزير الخارجية، اليوم الأربعاء، أنه سيزور الرياض لإجراء مباحثات."
    found = [e for e in events(text) if e.type == "CONSULT" and e.future]
    assert found and all(e.date_basis != "sentence" for e in found)


# -- a relative clause with no pronoun -----------------------------------------------------

def test_the_month_of_a_relative_clause_without_pronoun_dates_no_other_act() -> None:
    text = ("وفي سياق آخر، أجرى الجيشان الموريتاني والمالي، الأسبوع الماضي، دوريات مشتركة على "
            "الحدود بين البلدين، في إطار اتفاق أمني وقعه وزيرا دفاع البلدين في يناير الماضي.")
    e = one(text, "COOPERATE", "دوريات")
    assert e.date_precision != "month" or e.date != date(2026, 1, 1)


def test_the_month_of_a_relative_clause_with_a_pronoun_keeps_its_antecedent() -> None:
    # after التي the clause is read as before: its month dates the memorandum it describes
    text = ("سيرت قوات حرس الحدود العراقية والسورية، اليوم الاثنين، أولى دورياتهما المشتركة على "
            "جانبي الحدود بين منفذي ربيعة واليعربية، تنفيذا لمذكرة التفاهم الأمنية التي وقعها "
            "وزيرا الداخلية في البلدين ببغداد الشهر الماضي.")
    e = one(text, "AGREE", "مذكرة", published=date(2026, 7, 27))
    assert (e.date, e.date_precision) == (date(2026, 6, 1), "month")


# -- an act told during the session told before --------------------------------------------

def test_an_agreement_during_the_talks_takes_the_day_of_the_meeting() -> None:
    text = ("استقبل وزير الداخلية الجزائري، أمس الثلاثاء بالجزائر العاصمة، نظيره النيجري في "
            "زيارة عمل تدوم ثلاثة أيام.\nواتفق الطرفان، خلال جلسة المحادثات، على إعادة فتح "
            "المعبر الحدودي أمام حركة الأشخاص والبضائع.")
    assert one(text, "AGREE", "اتفق").date == TUESDAY


def test_an_agreement_in_a_later_paragraph_without_a_session_keeps_the_publication_day() -> None:
    text = ("استقبل وزير الداخلية الجزائري، أمس الثلاثاء بالجزائر العاصمة، نظيره النيجري في "
            "زيارة عمل تدوم ثلاثة أيام.\nواتفق البلدان على إعادة فتح المعبر الحدودي أمام حركة "
            "الأشخاص والبضائع.")
    assert one(text, "AGREE", "اتفق").date_basis == "published"


def test_a_live_pages_first_entry_is_no_headline() -> None:
    text = ("09:40 - الخرطوم وجوبا تتفقان على إعادة فتح المعابر الحدودية\n"
            "10:15 - اتفقت حكومتا السودان وجنوب السودان، أمس الثلاثاء، على تبادل الأسرى.")
    found = [e for e in events(text) if e.type == "AGREE" and e.trigger.start < 60]
    assert all(e.date_basis != "sentence" for e in found)
