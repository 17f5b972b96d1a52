"""Recall pass 2 (2026-12-04 (12)) on the team's own sentences: forms of COERCE, PROTEST,
THREATEN, ACCUSE, SUPPORT and MOBILIZE the dev misses showed (a future retaliation warning,
blame with a long subject, thanks for mediation, a party's boycott, protesters' road blocks,
seizures, a closure told by its length...), each next to the sense it must not take (a past
retaliation, a booking, a place named التأميم, a province, thanks to one's own superiors)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 3, 11)  # a Wednesday

#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)
#: Events of one type, whatever their flags.
any_of_type = partial(events_of_type, published=PUB)


# --- COERCE


def test_an_arrest_whose_preposition_takes_a_pronoun() -> None:
    text = "وأحالته النيابة إلى المحاكمة عقب القبض عليه من منزله في الجيزة."
    arrests = of_type(text, "COERCE")
    assert arrests and arrests[0].mode == "arrest"


def test_a_seizure_in_maghreb_wording() -> None:
    text = "وفككت الشرطة القضائية الخلية، وحجزت لدى أفرادها أسلحة بيضاء ومواد متفجرة."
    assert any(e.mode == "confiscate" for e in of_type(text, "COERCE"))


def test_a_booking_is_no_seizure() -> None:
    text = "ويمكن للنزلاء حجز سيارة الأجرة وتذاكر الطيران عبر التطبيق."
    assert not any_of_type(text, "COERCE")


def test_a_nationalisation_of_a_company() -> None:
    text = "أعلن المجلس العسكري، مساء الخميس، تأميم شركة المناجم التي كانت تديرها مجموعة أجنبية."
    assert any(e.mode == "confiscate" for e in of_type(text, "COERCE"))


def test_the_tameem_quarter_is_no_nationalisation() -> None:
    text = "وقصفت المدفعية تجمعات المسلحين في منطقة التأميم غربي المدينة."
    assert not any_of_type(text, "COERCE")


def test_a_closure_told_by_its_length_before_a_reopening() -> None:
    text = "أعادت السلطات، صباح اليوم، فتح المعبر أمام الشاحنات بعد إغلاق دام 12 يوما."
    assert any(e.mode == "restrict" for e in of_type(text, "COERCE"))


# --- PROTEST


def test_a_sit_in_in_the_accusative() -> None:
    text = "نفذ عشرات المزارعين، أمس، اعتصاما أمام مقر الولاية احتجاجا على أسعار الأسمدة."
    assert any(e.mode == "demo" for e in of_type(text, "PROTEST"))


def test_jobless_graduates_blocking_a_road() -> None:
    text = "وأغلق عدد من المعطلين عن العمل، صباح اليوم، الطريق الرابطة بين المدينتين."
    assert any(e.mode == "obstruct" for e in of_type(text, "PROTEST"))


def test_a_boycott_by_opposition_parties() -> None:
    text = "وتواصلت مقاطعة أحزاب المعارضة لجلسات البرلمان لليوم الثالث."
    assert any(e.mode == "boycott" for e in of_type(text, "PROTEST"))


def test_a_party_announcing_its_own_boycott() -> None:
    text = "وأعلن الفريق النيابي مقاطعته لجلسات اللجنة إلى حين سحب المشروع."
    assert any(e.mode == "boycott" for e in of_type(text, "PROTEST"))


def test_a_province_is_no_boycott() -> None:
    text = "وتقع مقاطعة كيبيك في شرق كندا."
    assert not any_of_type(text, "PROTEST")


def test_a_stand_named_by_its_organisers() -> None:
    text = "فرقت الشرطة، مساء أمس، وقفة نظمها أنصار المعارضة أمام مقر البرلمان."
    assert any(e.mode == "demo" for e in any_of_type(text, "PROTEST"))


# --- THREATEN


def test_a_warning_of_retaliation_in_the_future() -> None:
    text = "وقالت الخارجية إن بلادها سترد بالمثل على أي خطوة عدائية."
    assert any_of_type(text, "THREATEN")


def test_a_past_retaliation_is_no_threat() -> None:
    text = "وردت الخارجية بالمثل، فطردت دبلوماسيين اثنين."
    assert not any_of_type(text, "THREATEN")


def test_an_attack_that_will_not_go_unanswered() -> None:
    text = "وقال المتحدث باسم الجيش إن الهجوم على المحطة لن يمر دون رد."
    assert any_of_type(text, "THREATEN")


def test_forces_that_will_deal_firmly_with_smugglers() -> None:
    text = "وقال مصدر عسكري إن القوات ستتعامل بحزم مع عصابات التهريب على الحدود."
    assert any_of_type(text, "THREATEN")


def test_a_force_ready_to_answer_any_attack() -> None:
    text = "وأكد المتحدث أن قوات بلاده مستعدة للرد على أي اعتداء."
    threats = any_of_type(text, "THREATEN")
    assert threats and threats[0].mode == "violence"


def test_brandishing_a_strike() -> None:
    text = "ولوّح ممثلو السائقين بإضراب شامل إذا لم تتراجع الحكومة عن القرار."
    assert any_of_type(text, "THREATEN")


# --- ACCUSE


def test_blame_with_a_long_subject_and_object() -> None:
    text = "وحمّل حاكم الإقليم قوات المتمردين المسلحة مسؤولية الهجوم على المحطة."
    assert any(e.mode == "allege" for e in of_type(text, "ACCUSE"))


# --- SUPPORT


def test_thanks_for_mediation_after_a_long_title() -> None:
    text = ("وشكر الرئيس الأمريكي أمير قطر الشيخ تميم بن حمد آل ثاني على جهود "
            "بلاده في الإفراج عن المحتجزين.")
    assert of_type(text, "SUPPORT")


def test_thanks_to_ones_superiors_for_support_stay_out() -> None:
    text = "وشكر المحافظ في كلمته سمو أمير المنطقة على الدعم الذي تلقاه المجلس."
    assert not any_of_type(text, "SUPPORT")


def test_two_states_standing_by_a_third() -> None:
    text = "وأكدتا وقوفهما إلى جانب الصومال في حربه على الإرهاب."
    assert of_type(text, "SUPPORT")


# --- MOBILIZE


def test_armoured_units_massed_near_a_border_town() -> None:
    text = "حشدت إثيوبيا وحدات مدرعة وقطع مدفعية قرب بلدة حدودية."
    assert any(e.mode == "troops" for e in of_type(text, "MOBILIZE"))


def test_reinforcements_told_as_the_subject_of_a_passive() -> None:
    text = "وأضاف أن تعزيزات جوية وبرية أرسلت إلى المنطقة لملاحقة المسلحين."
    assert of_type(text, "MOBILIZE")


def test_an_arrest_whose_object_can_only_be_people() -> None:
    text = "وكان المكتب المركزي للأبحاث قد أوقف أفراد الشبكة في عملية متزامنة بثلاث مدن."
    assert any(e.mode == "arrest" for e in of_type(text, "COERCE"))


def test_a_crew_held_for_questioning() -> None:
    text = "وقالت الوكالة إن طاقم السفينة المؤلف من 18 بحارا أوقف للتحقيق."
    assert any(e.mode == "arrest" for e in of_type(text, "COERCE"))


def test_police_leave_cancelled() -> None:
    text = "وألغت الشرطة إجازات عناصرها حتى إشعار آخر إثر الاشتباكات الحدودية."
    assert len(of_type(text, "MOBILIZE")) >= 1


def test_a_hospital_cancelling_leave_is_no_call_up() -> None:
    text = "وألغت إدارة المستشفى إجازات الأطباء خلال موسم الحج."
    assert not any_of_type(text, "MOBILIZE")


def test_a_closure_told_by_its_pronoun_and_length() -> None:
    text = "أعادت السلطات فتح المنفذ أمام الشاحنات، بعد إغلاقه ثلاثة أسابيع."
    assert any(e.mode == "restrict" for e in of_type(text, "COERCE"))


def test_an_embassy_closed_years_ago_stays_a_sanction() -> None:
    text = "وعينت الرياض سفيرا في بغداد بعد أكثر من 25 عاما على إغلاق السفارة."
    assert not any_of_type(text, "COERCE")
