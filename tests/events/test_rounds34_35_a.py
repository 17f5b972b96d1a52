"""Round 34-35 fixes, group a (2026-12-04 (16)): general causes the blind rounds 34 and 35
(ev-1461..ev-1520) showed in ASSAULT, COERCE, PROTEST, MOBILIZE, RETREAT, THREATEN, SANCTION
and AID, pinned on the team's own sentences (other countries, actors and wording than the
passages'), each with a near miss: long gaps between a verb and its object (a body named at
length, a date insert), a stoppage told with امتنع عن العمل, work hours boycotted, judicial
supervision, a decree barring women, a drone dropping a bomb, a warning that an act will be
met with the law; and no event for a resolve to keep fighting, a relative clause describing
people who laid down arms, the jargon لإزالة التهديد, shops ordered shut, sanctions under
discussion and a law endangering something."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 6, 9)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- PROTEST: a march after a long subject, a stoppage, work hours boycotted

def test_a_march_joined_after_a_long_subject_and_a_date() -> None:
    text = ("خرج عشرات الآلاف من عمال المناجم، مساء أمس الاثنين، في مسيرة وسط العاصمة "
            "البيروفية ليما دعت إليها نقابتهم، احتجاجا على تجميد الأجور.")
    assert "demo" in modes(text, "PROTEST")


def test_drivers_refusing_to_work_are_on_strike() -> None:
    text = ("امتنع سائقو سيارات الأجرة في محطة الحافلات المركزية بالإسكندرية عن العمل "
            "صباح اليوم، احتجاجا على رفع أسعار الوقود.")
    assert "strike" in modes(text, "PROTEST")


def test_abstaining_in_a_vote_is_no_strike() -> None:
    # near miss: امتنع with another object
    text = "وامتنع ثلاثة نواب عن التصويت على مشروع القانون."
    assert not all_of_type(text, "PROTEST")


def test_employees_boycotting_work_hours_strike() -> None:
    text = ("وأعلن موظفو البلديات في ثلاث محافظات مقاطعة الدوام الرسمي احتجاجا على "
            "تأخر صرف الرواتب.")
    assert "strike" in modes(text, "PROTEST")


# --- COERCE: censorship and expulsion after a long gap, judicial supervision, bans

def test_a_broadcast_suspended_by_a_body_named_at_length() -> None:
    text = ("علقت السلطة الوطنية لتنظيم الإعلام في بوركينا فاسو، الخميس، بث قناة "
            "إخبارية دولية لمدة شهر.")
    assert "censor" in modes(text, "COERCE")


def test_commenting_on_a_broadcast_is_no_censorship() -> None:
    # near miss: علق على (commented on) with the channel in its object
    text = "وعلق الوزير على بث القناة تقريرا عن الاحتجاجات بأنه غير مهني."
    assert "censor" not in [e.mode for e in all_of_type(text, "COERCE")]


def test_a_reporter_expelled() -> None:
    text = "وكانت الحكومة قد طردت في مارس الماضي مراسلة صحيفة فرنسية."
    assert "deport" in modes(text, "COERCE")


def test_judicial_supervision_is_a_restriction() -> None:
    text = "وقرر قاضي التحقيق وضع ثلاثة موظفين آخرين تحت الرقابة القضائية."
    assert "restrict" in modes(text, "COERCE")


def test_a_decree_barring_women_from_study_is_a_ban() -> None:
    text = "وأصدرت السلطات قرارا يمنع الفتيات من الدراسة في المدارس الثانوية."
    assert "ban" in modes(text, "COERCE")


def test_shops_ordered_shut_are_no_commercial_strike() -> None:
    text = ("وأصدرت البلدية قرارا بمنع البيع على الأرصفة، ويأمر بإغلاق المحلات المخالفة "
            "خلال أسبوع.")
    assert not all_of_type(text, "PROTEST")


# --- SANCTION: salaries stopped by a ministry named at length, an Algerian court of appeal

def test_salaries_stopped_by_a_ministry_named_at_length() -> None:
    text = ("أوقفت وزارة المالية في الحكومة المركزية تمويل رواتب موظفي الإقليم لشهر "
            "مايو.")
    assert "discontinue" in modes(text, "SANCTION")


def test_a_conviction_by_a_majlis_qada() -> None:
    text = ("أدان مجلس قضاء وهران، أمس، رئيس بلدية سابقا بالسجن خمس سنوات بتهمة تبديد "
            "المال العام.")
    assert "convict" in modes(text, "SANCTION")


def test_the_security_council_condemning_is_no_conviction() -> None:
    # near miss: أدان مجلس with another council
    text = "أدان مجلس الأمن الدولي الهجوم على قافلة الإغاثة."
    assert not all_of_type(text, "SANCTION")


def test_sanctions_under_discussion_are_none_yet() -> None:
    text = ("واتهمت موسكو لندن بالتصعيد عبر حزمة العقوبات التي تدرسها الحكومة "
            "البريطانية.")
    assert not all_of_type(text, "SANCTION")


# --- ASSAULT: a drone dropping a bomb; a resolve to fight is no clash

def test_a_drone_dropping_a_bomb_is_no_march() -> None:
    text = ("قتل شخصان، اليوم الثلاثاء، في غارة نفذتها مسيرة إسرائيلية على دراجة نارية "
            "قرب بلدة شبعا، فيما ألقت مسيرة أخرى قنبلة على جرافة في بلدة عيترون.")
    assert {e.mode for e in all_of_type(text, "ASSAULT")} == {"drone"}
    assert not all_of_type(text, "PROTEST")


def test_a_resolve_to_keep_fighting_is_no_clash() -> None:
    text = "وأكد أن الجيش «ماض في معركته حتى تحرير آخر شبر من البلاد»."
    assert not all_of_type(text, "ASSAULT")


# --- RETREAT: people described by a relative clause

def test_fighters_who_laid_down_arms_as_a_class() -> None:
    text = ("وناقش البرلمان مشروع قانون يتيح عودة المقاتلين الذين ألقوا السلاح إلى "
            "قراهم.")
    assert not all_of_type(text, "RETREAT")


def test_members_who_gave_themselves_up_as_a_class() -> None:
    text = "وأصدر الرئيس عفوا عن 20 من عناصر الجماعة الذين سلموا أنفسهم للسلطات."
    assert not all_of_type(text, "RETREAT")


def test_fighters_laying_down_arms_stays_a_disarmament() -> None:
    # near miss: the same act told as a main clause
    text = "وألقى 30 مسلحا السلاح أمس في مدينة الرمادي."
    assert "disarm" in modes(text, "RETREAT")


# --- THREATEN: met with the law; jargon and dangers are no threats

def test_an_attempt_to_be_met_with_the_law_is_a_threat() -> None:
    text = ("وقال وزير الداخلية إن الحكومة لن تسمح بالفوضى، مؤكدا أن «أي اعتصام غير "
            "مرخص سيقابل بالقانون».")
    assert all_of_type(text, "THREATEN")


def test_fire_to_remove_the_threat_is_no_threat() -> None:
    text = "وقال الجيش إن جنوده أطلقوا النار على المشتبه بهم «لإزالة التهديد»."
    assert not all_of_type(text, "THREATEN")


def test_a_law_endangering_an_exodus_is_no_threat() -> None:
    text = "وقالت النقابة إن القانون «يهدد بهجرة آلاف الأطباء» إلى الخارج."
    assert not all_of_type(text, "THREATEN")


def test_a_union_threatening_a_strike_stays_a_threat() -> None:
    # near miss: a party threatens with an act
    text = "وهددت النقابة بإضراب مفتوح إذا لم يسحب القانون."
    assert all_of_type(text, "THREATEN")
