"""Round-8 rules on the team's own sentences: mobilisation, coercion and retreat phrased as
unseen news phrases them (reservists called up with a long subject, vehicles massed, a
border crossing closed, a party's meeting banned, a channel suspended, an extradition,
weapons burnt in a disarmament ceremony, a security cordon), and the mentions that report
no new act (time since a detention, bodies a state was holding, a warrant, a coalition's
name, an accident's cordon, colonial-era history, communiqué boilerplate), the hours of a
curfew, "the next day" and a background clash's toll."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event

PUB = date(2026, 4, 15)  # a Wednesday


def events(text: str, published: date = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def types(text: str) -> set[str]:
    return {e.type for e in events(text) if not e.negated}


def modes(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text) if not e.negated}


# --- acts phrased the way unseen news phrases them

def test_reservists_called_up_after_a_long_subject() -> None:
    text = "استدعت وزارة الدفاع الأرمينية نحو خمسة آلاف جندي من قوات الاحتياط أمس."
    assert ("MOBILIZE", "troops") in modes(text)


def test_vehicles_massed_and_reinforcements_pushed() -> None:
    assert "MOBILIZE" in types("حشد المتمردون عشرات المركبات المسلحة قرب المدينة أمس.")
    assert "MOBILIZE" in types("قالت مصادر إن الجيش يدفع بتعزيزات كبيرة نحو الحدود.")


def test_weapons_systems_moved_to_a_base() -> None:
    text = "نقلت القوات الروسية منظومات دفاع جوي إلى قاعدة حميميم الأسبوع الماضي."
    assert ("MOBILIZE", "weapons") in modes(text)


def test_a_crossing_closed_and_a_meeting_banned() -> None:
    assert ("COERCE", "restrict") in modes(
        "أغلقت قوات حرس الحدود الأردنية منفذ جابر الحدودي أمام المسافرين أمس.")
    assert ("COERCE", "ban") in modes(
        "منعت السلطات في تونس، أمس الثلاثاء، جمعية حقوقية من عقد مؤتمرها السنوي.")


def test_a_channel_suspended_is_censorship() -> None:
    text = "قررت الهيئة تعليق عمل قناة خاصة لمدة أسبوعين بسبب برنامج سياسي."
    assert ("COERCE", "censor") in modes(text)


def test_a_person_handed_to_foreign_authorities_is_judicial_cooperation() -> None:
    text = "سلمت الكويت إلى السلطات المصرية، أمس الثلاثاء، مطلوبا في قضية احتيال."
    assert ("COOPERATE", "judicial") in modes(text)


def test_fighters_burning_their_weapons_disarm_and_attack_no_one() -> None:
    text = "أحرق عشرات المقاتلين من الجماعة المسلحة أسلحتهم في مراسم رسمية أمس."
    assert ("RETREAT", "disarm") in modes(text)
    assert "ASSAULT" not in types(text)


def test_a_security_cordon_is_a_police_deployment() -> None:
    text = "فرضت قوات الأمن طوقا أمنيا مشددا حول مقر البرلمان صباح اليوم."
    assert ("MOBILIZE", "police") in modes(text)


def test_a_violation_named_by_a_union_is_a_condemnation() -> None:
    text = "اعتبرت نقابة المحامين توقيف زميلها انتهاكا لحق الدفاع."
    assert "ACCUSE" in types(text)


def test_reaffirmed_support_and_a_council_session() -> None:
    assert "SUPPORT" in types("جدد الوزير موقف بلاده الداعم للحكومة الشرعية في اليمن.")
    assert ("CONSULT", "multilateral") in modes(
        "اختتم مجلس وزراء العدل العرب أعمال دورته العادية في القاهرة أمس.")


# --- mentions that report no new act

def test_time_since_a_detention_is_an_arrest_bodies_held_are_not() -> None:
    # conv18 (gold README "Background detentions"): the detention counted back from a
    # release is now an arrest of its own; bodies held as a past state stay no arrest
    assert "COERCE" in types("أفرجت السلطات عن الناشط بعد ثلاثة أشهر من احتجازه.")
    assert "COERCE" not in types("تسلمت العائلات جثامين ثلاثة شبان كانت السلطات تحتجزها.")


def test_a_warrant_and_a_coalitions_name_are_no_events() -> None:
    assert "COERCE" not in types("وصل إلى المطار رجل أعمال مطلوب بموجب مذكرة توقيف دولية.")
    assert "SUPPORT" not in types("قال متحدث باسم تحالف دعم الشرعية إن الطقس سيئ في البحر.")


def test_an_accident_cordon_and_a_road_closed_after_it() -> None:
    text = "فرضت شرطة المرور طوقا حول الشاحنة المنقلبة وأغلقت الطريق ساعتين بعد حادث سير."
    assert types(text) == set()


def test_colonial_history_in_a_documentary_is_no_news() -> None:
    text = ("يستعيد فيلم وثائقي جديد مظاهرات 1960 حين قتلت قوات الاستعمار الفرنسي العشرات "
            "واعتقلت المئات.")
    assert types(text) == set()


def test_stressing_the_importance_of_support_is_boilerplate() -> None:
    text = "استقبل الوزير السفير الياباني، مؤكدا أهمية الدعم الياباني المستمر لبرامج التنمية."
    assert "SUPPORT" not in types(text)


def test_a_wanted_mans_crimes_are_no_acts() -> None:
    text = "أوقفت الشرطة أمس شخصين مطلوبين بجرائم سرقة وخطف في العاصمة."
    assert "ASSAULT" not in types(text)


def test_the_agenda_of_talks_is_no_ceasefire() -> None:
    text = "قال مصدر إن الجولة تركز على ترتيبات وقف إطلاق النار وفتح ممرات آمنة."
    assert "RETREAT" not in types(text)


def test_a_characterised_act_is_the_content_of_the_condemnation() -> None:
    text = "دانت النقابة ما وصفته بالاعتقال التعسفي لثلاثة صحفيين."
    assert "COERCE" not in types(text)


def test_circumstances_and_frames_are_no_acts() -> None:
    text = "هدمت الجرافات منزلين في القرية صباح اليوم وسط انتشار مكثف لعناصر الشرطة."
    assert types(text) == {"ASSAULT"}
    text = "قتل ثلاثة مدنيين في قصف على المخيم أمس رغم سريان اتفاق وقف إطلاق النار."
    assert "RETREAT" not in types(text)


def test_a_bodys_own_sitting_and_a_bid_to_host_are_no_meetings() -> None:
    assert "CONSULT" not in types("قررت اللجنة العليا، في اجتماعها أمس، تعديل شروط القبول.")
    assert "CONSULT" not in types("سحبت المدينة ترشحها لاستضافة قمة المناخ المقبلة.")
    assert "CONSULT" not in types("أجرت كوريا الشمالية تجربة لصاروخ يصل مداه إلى 1500 كيلومتر.")


def test_investors_pulling_out_is_no_withdrawal() -> None:
    assert types("تراجعت البورصة بعد انسحاب المستثمرين الأجانب من سوق الأسهم.") == set()


# --- dates and flags

def test_had_protested_is_no_hypothesis() -> None:
    text = "وكان مئات المعلمين قد تظاهروا أمام الوزارة أمس للمطالبة بزيادة الأجور."
    protests = [e for e in events(text) if e.type == "PROTEST"]
    assert protests and not any(e.hypothetical for e in protests)


def test_a_curfews_hours_are_no_date() -> None:
    text = ("أعلن المحافظ، الاثنين، حالة الطوارئ. وفرضت لجنة الأمن حظرا للتجوال من الساعة "
            "العاشرة ليلا حتى الخامسة صباحا.")
    curfew = next(e for e in events(text) if e.mode == "curfew")
    assert curfew.date == date(2026, 4, 13)


def test_a_clock_time_that_names_its_day_dates_the_act() -> None:
    text = "اعتقلت الشرطة ثلاثة ناشطين عند الساعة الثامنة مساء أمس في وسط المدينة."
    arrest = next(e for e in events(text) if e.type == "COERCE")
    assert arrest.date == date(2026, 4, 14)


def test_the_next_day_follows_the_day_told() -> None:
    text = ("اعتقلت الشرطة الأحد الماضي ثلاثة ناشطين في المدينة.\n"
            "وفي اليوم التالي خرج العشرات في وقفة احتجاجية أمام المحكمة.")
    protest = next(e for e in events(text) if e.type == "PROTEST")
    assert protest.date == date(2026, 4, 13)


def test_a_background_clash_keeps_no_date_through_its_toll() -> None:
    text = ("فرض الوالي، مساء الاثنين، حظر التجوال في المدينة، عقب اشتباكات قبلية أسفرت عن "
            "مقتل ثلاثة أشخاص.")
    clash = next(e for e in events(text) if e.type == "ASSAULT")
    assert clash.date_basis == "published"


def test_a_lifted_curfews_age_is_no_date_of_the_lifting() -> None:
    text = "أعلنت الشرطة، اليوم الأربعاء، رفع حظر التجول المفروض على البلدة منذ أسبوع."
    lifted = next(e for e in events(text) if e.mode == "ease")
    assert lifted.date == PUB


def test_steps_of_one_deployment_are_one_event() -> None:
    text = ("عزز الجيش، أمس الثلاثاء، انتشاره على الحدود الشمالية، ونشر وحدات إضافية من "
            "القوات الخاصة.")
    assert sum(e.type == "MOBILIZE" for e in events(text)) == 1
