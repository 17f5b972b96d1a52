"""Fresh-rounds pass 2 (2026-12-04 (16)): general causes the dev rounds 20-33 (ev-1001..ev-1460)
still showed, pinned on the team's own sentences (other countries, actors and wording than the
passages'): a refusal of accusations is a denial and no REJECT (gold README, round 21 and
"Denials"); the imperfect توقف/يوقف of أوقف with people counted after it is an arrest; dues,
wages or pensions promised in the future tense are a concession; a supply of power or gas that
has begun is trade even when its recipient is a region or a grid."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 6, 9)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- a refusal of accusations is a denial, not a refusal

def test_accusations_refused_right_after_the_verb_are_no_rejection() -> None:
    text = "في المقابل، رفضت الحكومة الإثيوبية الاتهامات ووصفتها بأنها «مسيسة»."
    assert not all_of_type(text, "REJECT")


def test_accusations_refused_after_a_long_speaker_are_no_rejection() -> None:
    text = ("ورفض المتحدث باسم وزارة الدفاع الأذربيجانية العقيد أنار إيفازوف "
            "الاتهامات الأرمينية.")
    assert not all_of_type(text, "REJECT")


def test_claims_refused_as_quoted_words_are_no_rejection() -> None:
    text = "ورفضت الخارجية الرواندية ما وصفته بـ«الادعاءات الكونغولية المتكررة»."
    assert not all_of_type(text, "REJECT")


def test_a_refused_demand_stays_a_rejection() -> None:
    # near miss: the refused object is a demand, not an accusation
    text = "ورفضت الحكومة الإثيوبية مطالب المعارضة بتأجيل الانتخابات."
    assert of_type(text, "REJECT")


def test_a_refused_offer_stays_a_rejection() -> None:
    text = "ورفض الاتحاد العمالي العرض الحكومي ووصفه بأنه غير كاف."
    assert of_type(text, "REJECT")


# --- the imperfect توقف / يوقف with people counted after it

def test_an_arrest_after_qabla_an_told_with_the_imperfect() -> None:
    text = ("تجمع مئات الطلاب أمام مقر الولاية، قبل أن تفرقهم الشرطة وتوقف 20 طالبا "
            "منهم.")
    found = of_type(text, "COERCE")
    assert [e.mode for e in found] == ["arrest"]


def test_a_headline_arrest_with_the_imperfect() -> None:
    text = "الأمن الجزائري يوقف 11 شخصا في إطار ملاحقة مهربي الوقود."
    assert [e.mode for e in of_type(text, "COERCE")] == ["arrest"]


def test_persons_counted_with_min_after_the_imperfect() -> None:
    text = "وتدخلت قوات الأمن لفتح الطريق وتوقف 9 من المتظاهرين."
    assert [e.mode for e in of_type(text, "COERCE")] == ["arrest"]


def test_the_form_five_verb_that_stops_is_no_arrest() -> None:
    # near misses: توقف (stopped) with a thing or a time after it
    assert not all_of_type("وتوقف القطار 3 ساعات في محطة المدينة.", "COERCE")
    assert not all_of_type("وتوقف العمل في الميناء يومين.", "COERCE")


# --- dues or pay promised in the future tense

def test_dues_promised_in_the_future_are_a_concession() -> None:
    text = ("وقال وزير التربية إن الوزارة «ستصرف جزءا من رواتب المعلمين المتأخرة "
            "الأسبوع المقبل».")
    found = all_of_type(text, "CONCEDE")
    assert [e.mode for e in found] == ["policy"]


def test_a_pension_raise_promised_is_a_concession() -> None:
    text = "وأعلن رئيس الوزراء أن الحكومة سترفع معاشات المتقاعدين بنسبة 15 في المائة."
    assert [e.mode for e in all_of_type(text, "CONCEDE")] == ["policy"]


def test_a_share_of_pay_announced_is_no_concession() -> None:
    # near miss: a cut told as the share that will be paid
    text = "وأعلن وزير المالية أن الحكومة ستصرف 70 بالمئة فقط من رواتب الموظفين هذا الشهر."
    assert not all_of_type(text, "CONCEDE")


def test_a_raise_demanded_is_no_concession() -> None:
    # near miss: the raise is what a demand asks for
    text = "وطالب المعلمون المضربون بزيادة الرواتب وصرف المستحقات المتأخرة."
    assert not all_of_type(text, "CONCEDE")


# --- a begun supply of power or gas

def test_a_begun_power_supply_to_a_region_is_trade() -> None:
    text = ("وبدأت تركيا، منذ الأسبوع الماضي، تزويد مدن شمال العراق بالكهرباء عبر خط "
            "الربط الجديد.")
    assert [e.mode for e in of_type(text, "COOPERATE")] == ["economic"]


def test_a_begun_supply_counted_in_megawatts_is_trade() -> None:
    text = "بدأت مصر، اليوم الأحد، تزويد الشبكة الليبية بنحو 150 ميغاواط."
    assert [e.mode for e in of_type(text, "COOPERATE")] == ["economic"]


def test_a_supply_a_line_would_allow_is_no_trade() -> None:
    # near miss: no بدأ, the supply is what a planned line allows
    text = "وتقول الشركة إن الخط سيسمح في المستقبل بتزويد مدن الجنوب بنحو 80 ميغاواط."
    assert not of_type(text, "COOPERATE")


# --- a body's own demand after the strike or boycott it announced

def test_a_union_demand_after_its_strike_is_a_request() -> None:
    text = ("وأعلنت نقابة الصحفيين الموريتانيين الدخول في إضراب مفتوح عن العمل بداية من "
            "الأحد المقبل، مطالبة بالإفراج عن مراسل موقع الأخبار.")
    assert [e.mode for e in all_of_type(text, "REQUEST")] == ["yield"]


def test_a_party_demand_after_its_boycott_is_a_request() -> None:
    text = ("وأعلن حزب التجمع الوطني مقاطعته جلسات البرلمان المقبلة، مطالبا بإطلاق سراح "
            "نوابه الموقوفين.")
    assert all_of_type(text, "REQUEST")


def test_a_crowd_demand_stays_the_aim_of_its_protest() -> None:
    # near miss: the plural participle is the protesting crowd's voice
    text = ("ونظم مئات المعلمين، صباح اليوم، وقفة احتجاجية أمام مقر الولاية، مطالبين "
            "بصرف رواتبهم المتأخرة.")
    assert not all_of_type(text, "REQUEST")
    assert of_type(text, "PROTEST")
