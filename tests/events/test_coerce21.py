"""Task coerce21 on the team's own sentences: COERCE by kind, the kinds session 20 left
(docs/quality.md "COERCE by kind (coerce21)"): arrests told in the passive by where the
arrested were taken, seizures counted by weight or by pieces, land taken with its taker told
between the verb and على, schools and places of worship closed or ordered closed, sites
closed to worshippers with a long subject, travel bans on a person named at length,
deportees counted in the singular, prisoners' food, visits or treatment cut; and the near
misses each reading leaves alone (an active taking-away that retells an arrest or an
abduction, a prisoner taken to serve his sentence, arms taken in a fight, a booking, closures
for weather or a shortage, illness keeping one home, custody named as a topic of law, a diet
or a school meal)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.model import Event
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 11, 18)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)


def coerce(text: str, mode: str | None = None) -> list[Event]:
    return [e for e in of_type(text, "COERCE") if mode is None or e.mode == mode]


# --- arrests told in the passive by where the arrested were taken

@pytest.mark.parametrize("text", [
    "واقتيد المدون إلى مركز الشرطة في حي باب الواد بعد تفتيش منزله.",
    "واقتيد أربعة طلاب إلى جهة مجهولة عقب مداهمة السكن الجامعي في الخرطوم.",
    "وقال شهود إن الصحفية اقتيدت إلى مقر المخابرات في المدينة.",
])
def test_the_arrested_taken_away_in_the_passive_is_an_arrest(text: str) -> None:
    assert coerce(text, "arrest"), text


@pytest.mark.parametrize("text", [
    "ووصل المدان إلى المطار قادما من دبي، واقتيد إلى سجن طرة لتنفيذ الحكم.",
    "واقتيد المتهم إلى المحكمة وسط حراسة مشددة لحضور جلسة النطق بالحكم.",
])
def test_a_prisoner_taken_to_prison_or_court_is_no_new_arrest(text: str) -> None:
    assert not coerce(text, "arrest"), text


def test_an_abduction_by_gunmen_retold_with_the_active_is_no_arrest() -> None:
    text = "وقال شقيقه إن مسلحين مجهولين اعترضوا سيارته في الطريق واقتادوه إلى جهة مجهولة."
    assert not coerce(text, "arrest")


# --- seizures counted by weight or by pieces

@pytest.mark.parametrize("text", [
    "وضبطت مصالح الجمارك بميناء الدار البيضاء ثلاثة أطنان من الحشيش داخل حاوية.",
    "وحجزت عناصر الدرك الوطني 14 قنطارا من الكيف المعالج بولاية تلمسان.",
    "وحجزت الفرقة المتنقلة أكثر من 25 ألف قرص مهلوس في حي شعبي.",
])
def test_a_seizure_counted_by_weight_or_pieces_is_a_confiscation(text: str) -> None:
    assert coerce(text, "confiscate"), text


@pytest.mark.parametrize("text", [
    "وحجزت العائلة ثلاث غرف في الفندق لقضاء عطلة الصيف.",
    "وارتفعت نسبة حجز الفنادق في المدينة إلى 85 في المئة.",
])
def test_a_booking_is_no_seizure(text: str) -> None:
    assert not coerce(text), text


def test_a_seizure_with_the_arrest_folds_into_the_arrest() -> None:
    text = "وأوقفت الشرطة ثلاثة مهربين وحجزت لديهم 200 كيلوغرام من المخدرات."
    assert coerce(text, "arrest")
    assert not coerce(text, "confiscate")


# --- land taken, the taker between the verb and على

@pytest.mark.parametrize("text", [
    "واستولت سلطات الاحتلال على 45 دونما من أراضي قرية دير استيا.",
    "واستولى مستوطنون، فجر اليوم، على أرض زراعية في بلدة ترمسعيا.",
])
def test_land_taken_verb_first_is_a_confiscation(text: str) -> None:
    assert coerce(text, "confiscate"), text


def test_arms_taken_in_a_fight_are_no_confiscation() -> None:
    text = "واستولى المسلحون على أسلحة وذخائر بعد انسحاب الجنود من الموقع."
    assert not coerce(text, "confiscate")


# --- schools and places of worship closed by an authority

@pytest.mark.parametrize("text", [
    "وأمر حاكم ولاية كاتسينا بإغلاق المدارس الداخلية حتى إشعار آخر بعد خطف التلاميذ.",
    "وأغلقت السلطات المحلية المدارس والجامعات في الإقليم بعد الهجوم.",
    "وأغلقت الشرطة الإسرائيلية أبواب المسجد الأقصى المبارك أمام المصلين.",
])
def test_a_closure_of_schools_or_a_holy_site_is_a_restriction(text: str) -> None:
    assert coerce(text, "restrict"), text


@pytest.mark.parametrize("text", [
    "وقررت وزارة التربية إغلاق المدارس في الولايات الشمالية يومين بسبب العاصفة الثلجية.",
    "وأعلنت الحكومة، أمس الأحد، إغلاق المدارس في عموم البلاد لمدة أسبوع بسبب نقص الوقود.",
])
def test_a_closure_for_weather_or_a_shortage_is_no_restriction(text: str) -> None:
    assert not coerce(text), text


# --- travel bans on a person named at length

@pytest.mark.parametrize("text", [
    "ومنعت السلطات المصرية الناشط الحقوقي البارز من السفر إلى جنيف.",
    "ومنعت شرطة الحدود رئيسة الجمعية من مغادرة البلاد في مطار قرطاج.",
])
def test_a_travel_ban_on_a_named_person_is_a_restriction(text: str) -> None:
    assert coerce(text, "restrict"), text


def test_illness_keeping_one_home_is_no_travel_ban() -> None:
    text = "وقال الوزير إن ظروفه الصحية منعته في اللحظة الأخيرة من السفر إلى القمة."
    assert not coerce(text)


# --- deportees counted in the singular

@pytest.mark.parametrize("text", [
    "وأبعدت السلطات الكويتية خلال الشهر الماضي 420 وافد خالفوا قانون الإقامة.",
    "ورحلت السلطات السعودية أكثر من 9 آلاف مخالف لأنظمة العمل.",
])
def test_deportees_counted_in_the_singular_are_a_deportation(text: str) -> None:
    assert coerce(text, "deport"), text


# --- custody named as a topic of law

@pytest.mark.parametrize("text", [
    "وناقش النواب مشروع قانون يقلص مدة الحبس الاحتياطي إلى ستة أشهر.",
    "وانتقد المحامون التوسع في استخدام الحبس الاحتياطي ضد الصحفيين.",
])
def test_custody_as_a_topic_of_law_is_no_arrest(text: str) -> None:
    assert not coerce(text, "arrest"), text


# --- prisoners' conditions cut by a prison service

@pytest.mark.parametrize("text", [
    "وبدأ 60 أسيرا إضرابا عن الطعام احتجاجا على منع زيارات العائلات منذ شهرين.",
    "ونفت إدارة السجن أن تكون قد قلصت وجبات المعتقلين.",
    "ويواصل السجناء إضرابهم احتجاجا على حرمانهم من العلاج في سجن صيدنايا.",
])
def test_prisoners_denied_food_visits_or_treatment_is_coercion(text: str) -> None:
    # a denied cut (نفت … أن تكون قد قلصت) is still the act, told as denied
    assert [e for e in events_of_type(text, "COERCE", PUB) if e.mode is None], text


@pytest.mark.parametrize("text", [
    "وقررت وزارة التربية تقليص الوجبات المدرسية في المدارس الحكومية.",
    "ونصحت أخصائية التغذية بتقليص كميات الطعام بعد الثامنة مساء.",
])
def test_a_diet_or_a_school_meal_is_no_coercion(text: str) -> None:
    assert not coerce(text), text
