"""Task coerce20 on the team's own sentences: COERCE by kind. The readings of the blind
bank's misses (docs/quality.md "COERCE by kind (coerce20)"): the weak arrest verb أوقف told
in the passive (a dual or plural nominative after it, or a place or a time straight after
it), committals to prison (a remand, README "Remands"), a group's activity banned or its
bodies dissolved, a group's offices closed, deportations of foreign workers and residents,
the internet suspended, a medium suspended in the passive, closures and suspensions told by
their length, water held back, refugee boats intercepted; and the competing senses each
reading leaves alone (a person stopping his own strike, money deposited, a season's ban,
workers dismissed, a distance, a force's name, a figurative siege: the imperfect of حاصر
needs an armed party)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.model import Event
from tests.events.rule_checks import assert_no_fact, assert_reports, events_of_type, facts_of_type

PUB = date(2026, 10, 14)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)


def coerce(text: str, mode: str | None = None) -> list[Event]:
    return [e for e in of_type(text, "COERCE") if mode is None or e.mode == mode]


# --- the weak arrest verb أوقف in the passive

@pytest.mark.parametrize("text", [
    "وأوقف المتهمان في مدينة قسنطينة مساء الجمعة.",
    "وأوقف شخصان يشتبه في تورطهما في سرقة مصرف بالمنستير.",
    "وأوقف الصحفيون الثلاثة في مطار تونس قرطاج لدى عودتهم من جنيف.",
    "يذكر أن المدونة أوقفت في 12 يناير الماضي أمام مقر الولاية.",
    "والمهندس الذي أوقف الأسبوع الماضي في ميناء الدار البيضاء لا يزال رهن التحقيق.",
])
def test_a_passive_of_the_weak_arrest_verb_is_an_arrest(text: str) -> None:
    assert coerce(text, "arrest"), text


@pytest.mark.parametrize("text", [
    "وأوقف الناشط إضرابه عن الطعام بعد 35 يوما.",
    "وأوقف المتهمان إضرابهما عن الطعام بعد وعد بنقلهما.",
    "وأوقفت الشركة العمل في المنجم بسبب الأمطار.",
])
def test_a_person_stopping_his_own_strike_or_a_halt_is_no_arrest(text: str) -> None:
    assert not coerce(text, "arrest"), text


# --- committals to prison: a remand

@pytest.mark.parametrize("text", [
    "وأودعت النيابة العامة المتهمين السجن بعد استجوابهم.",
    "وأمر قاضي التحقيق بإيداع الوزير السابق السجن المدني بالعاصمة.",
    "أودع قاضي التحقيق لدى محكمة سطيف، أمس الثلاثاء، الصحفي المعتقل الحبس المؤقت.",
    "وتقرر إيداعه المؤسسة العقابية إلى حين محاكمته.",
])
def test_a_committal_to_prison_is_an_arrest(text: str) -> None:
    assert coerce(text, "arrest"), text


def test_money_deposited_in_a_central_bank_is_no_arrest() -> None:
    text = "وأودعت الحكومة السعودية ملياري دولار في البنك المركزي اليمني."
    assert not coerce(text, "arrest")


# --- a group's activity banned, its bodies dissolved, its offices closed

@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الداخلية حظر نشاط الجماعة في جميع أنحاء البلاد.",
    "وعلقت السلطات الانتقالية نشاط النقابة المستقلة لمدة ستة أشهر.",
    "وقررت الحكومة تجميد أنشطة الحزب المعارض.",
    "وأصدر المجلس العسكري مرسوما يقضي بحل الاتحاد العام للطلبة.",
    "وقررت وزارة الشؤون الاجتماعية حل مجلسي إدارة الجمعيتين التعاونيتين.",
    "وأغلقت الأجهزة الأمنية ستة مقرات للجماعة في المدن الكبرى.",
])
def test_a_group_banned_dissolved_or_closed_is_a_ban(text: str) -> None:
    assert coerce(text, "ban"), text


@pytest.mark.parametrize("text", [
    "وأعلنت الوزارة حظر نشاط الصيد في البحيرة خلال موسم التكاثر.",
    "ودعا الوزير إلى حل الخلاف بين النقابة والإدارة بالحوار.",
])
def test_a_season_ban_or_a_dispute_solved_is_no_ban(text: str) -> None:
    assert not coerce(text, "ban"), text


# --- deportations

@pytest.mark.parametrize("text", [
    "وأبعدت السلطات البحرينية 45 وافدا بعد انتهاء محكوميتهم.",
    "ورحلت السلطات الليبية 80 عاملا تشاديا عبر منفذ التوم.",
    "وقررت السلطات طرد 30 مهاجرا دخلوا البلاد بطريقة غير نظامية.",
])
def test_foreign_workers_or_migrants_sent_away_are_a_deportation(text: str) -> None:
    assert coerce(text, "deport"), text


@pytest.mark.parametrize("text", [
    "وطردت إدارة المصنع 40 عاملا بعد إضرابهم.",
    "وتقع القرية التي تبعد 30 كيلومترا عن الحدود على طريق اللاجئين.",
])
def test_workers_dismissed_or_a_distance_is_no_deportation(text: str) -> None:
    assert not coerce(text, "deport"), text


# --- the internet, a medium, closures by their length, water, boats

def test_the_internet_suspended_by_an_authority_is_withheld() -> None:
    assert_reports("وعلقت السلطات خدمة الإنترنت عبر الهواتف المحمولة في ثلاث ولايات.",
                   "COERCE", "withhold")


def test_an_outage_by_a_storm_is_no_suspension() -> None:
    assert_no_fact("وشهدت الولاية انقطاعا في خدمة الإنترنت بسبب العاصفة.", "COERCE")


def test_a_channel_suspended_in_the_passive_is_censorship() -> None:
    assert_reports("وكانت الإذاعة قد علقت لمدة أسبوعين في مارس بقرار من الهيئة العليا.",
                   "COERCE", "censor")


@pytest.mark.parametrize("text", [
    "وتكبد التجار خسائر كبيرة منذ إغلاق معبر رأس جدير لأسابيع.",
    "واستؤنفت الرحلات بين البلدين بعد تعليق دام ثلاثة أشهر.",
])
def test_a_closure_told_by_its_length_is_an_act(text: str) -> None:
    assert coerce(text), text


def test_water_held_back_by_an_armed_group_is_withheld() -> None:
    assert_reports("واتهم الأهالي الفصيل المسلح بمنع ضخ المياه إلى أحيائهم منذ أسبوع.",
                   "COERCE", "withhold")


def test_a_refugee_boat_intercepted_is_coerce() -> None:
    assert coerce("اعترضت البحرية التايلاندية، فجر اليوم، قاربا خشبيا يقل 120 لاجئا.")


def test_a_force_named_for_repression_is_no_act() -> None:
    assert_no_fact("ووصلت أول دفعة من قوة قمع العصابات إلى العاصمة الهايتية.", "COERCE")


# --- the imperfect of حاصر: a siege only with an armed party

@pytest.mark.parametrize("text", [
    "وتحاصر قوات الدعم السريع مدينة بابنوسة منذ أكثر من عام.",
    "وقال الحزب إن قوات الأمن تحاصر منزل مرشحه في العاصمة.",
    "وحاصرت القوات الحكومية البلدة الجبلية فجر الأحد.",
])
def test_a_siege_by_an_armed_party_is_a_restriction(text: str) -> None:
    assert coerce(text, "restrict"), text


@pytest.mark.parametrize("text", [
    "ويقول محللون إن الديون تحاصر الحكومة الجديدة منذ تشكيلها.",
    "وقال الكاتب إن الإحباط يحاصر شباب الأحياء الشعبية.",
    "وقال صاحب مخبز إن المولد الكهربائي صار يحاصر أرباحه الصغيرة.",
])
def test_a_figurative_siege_is_no_restriction(text: str) -> None:
    assert not events_of_type(text, "COERCE", PUB), text


# --- holding told as a state, sanction items, bans broken, similes: no COERCE of their own

@pytest.mark.parametrize("text", [
    "وأمر القاضي بالإفراج عن الناشط الذي تحتجزه سلطات الهجرة منذ مارس.",
    "وأفرجت الجماعة عن رهينتين ألمانيتين كانت تحتجزهما في الصحراء منذ عامين.",
    "وقال إن السفينة تابعة لشركة انتهكت قرار حظر الملاحة إلى الموانئ.",
    "وتشمل الحزمة الجديدة حظر التعامل مع 30 مصرفا في دول ثالثة.",
    "وفرضت فرق الإرشاد الزراعي ما يشبه الحصار على الحقول المصابة.",
])
def test_a_state_a_sanction_item_or_a_simile_is_no_coercion(text: str) -> None:
    assert not coerce(text), text


@pytest.mark.parametrize("text, mode", [
    ("وقالت المصادر إن القوات تحتجز عشرات المدنيين في مقر الفرقة.", "arrest"),
    ("وأصبح المدير المالي الثالث الذي يحتجز في قضية الرشوة هذا الشهر.", "arrest"),
    ("وحظرت السلطات سفر المعارض البارز إلى الخارج.", "restrict"),
    ("وفرض الجيش حصارا على البلدة الحدودية.", "restrict"),
])
def test_a_holding_a_travel_ban_or_a_siege_told_as_acts_stay(text: str, mode: str) -> None:
    assert coerce(text, mode), text
