"""Task consult21 on the team's own sentences: CONSULT and RETREAT kinds that are no meeting
between parties and no political retreat, read from the blind bank's spurious candidates
(docs/quality.md, consult21). A body's own session named by whose it is, a meeting that is
only another act's setting, a coming meeting as the time of a decision, the released
arriving home; a withdrawal from a competition, a surrender in a game or a race and a
surrender to a state of things; and the readings beside them that stay (a minister's meeting
with a counterpart, an Arab League council, the Security Council, two governments agreeing
during a meeting, a meeting announced for next week, a delegation arriving, troops
withdrawing, fighters surrendering)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 11, 18)  # a Wednesday

all_of_type = partial(events_of_type, published=PUB)


# --- a body's own session


def test_a_general_staff_meeting_is_no_consultation() -> None:
    text = "وقال وزير الدفاع الجزائري، خلال اجتماع لهيئة الأركان، إن الجيش جاهز لكل الاحتمالات."
    assert not all_of_type(text, "CONSULT")


def test_a_unions_extraordinary_executive_session_is_no_consultation() -> None:
    text = ("وأعلن الاتحاد العام للشغل، في ختام اجتماع استثنائي لهيئته الإدارية، الدخول في "
            "إضراب عام يوم الخميس.")
    assert not all_of_type(text, "CONSULT")


def test_a_kings_national_security_council_is_no_consultation() -> None:
    text = "وترأس العاهل الأردني اجتماعا لمجلس الأمن الوطني بحضور ولي العهد."
    assert not all_of_type(text, "CONSULT")


def test_a_party_bureaus_emergency_meeting_is_no_consultation() -> None:
    text = "وعقد المكتب السياسي لحزب العمال اجتماعا طارئا لبحث نتائج الانتخابات البلدية."
    assert not all_of_type(text, "CONSULT")


def test_a_governments_emergency_sitting_is_no_consultation() -> None:
    text = ("وفي أربيل، رفضت حكومة الإقليم، في جلسة طارئة مساء الأحد، طلبا من وزارة المالية "
            "الاتحادية بتسليم إيرادات المنافذ.")
    assert not all_of_type(text, "CONSULT")


def test_a_spokesman_at_the_security_councils_emergency_session_stays() -> None:
    text = ("وقال المتحدث باسم الحكومة الصومالية، في جلسة طارئة لمجلس الأمن الدولي، إن بلاده "
            "تتعرض لعدوان.")
    assert all_of_type(text, "CONSULT")


def test_a_meeting_with_a_counterpart_stays() -> None:
    text = "وقال وزير الداخلية التونسي، في اجتماع مع نظيره الليبي، إن البلدين سيعززان التعاون."
    assert all_of_type(text, "CONSULT")


def test_a_meeting_of_neighbouring_ministers_stays() -> None:
    text = ("وقال وزير الخارجية المصري، خلال اجتماع لوزراء خارجية دول الجوار في القاهرة، إن "
            "الحل في السودان سياسي.")
    assert all_of_type(text, "CONSULT")


def test_a_meeting_of_several_states_leaders_stays() -> None:
    text = ("وقال الأمين العام للأمم المتحدة، خلال اجتماع لقادة دول الساحل في نيامي، إن "
            "الإرهاب يهدد المنطقة.")
    assert all_of_type(text, "CONSULT")


def test_an_arab_league_emergency_council_stays() -> None:
    text = ("وأدانت الجامعة العربية، في ختام اجتماع طارئ لمجلسها على مستوى المندوبين، الهجوم "
            "على المخيم.")
    assert all_of_type(text, "CONSULT")


def test_a_security_council_emergency_session_stays() -> None:
    text = "وأعلن مجلس الأمن الدولي، في ختام جلسة طارئة، قلقه من التصعيد في الكونغو."
    assert all_of_type(text, "CONSULT")


# --- a meeting that is only another act's setting, a coming meeting as a time


def test_a_pledge_made_at_a_meeting_held_is_no_consultation() -> None:
    text = ("وتعهدت شركة النقل، في اجتماع عقد مساء أمس بمقر الولاية، بصرف أجور السائقين "
            "المتأخرة خلال أسبوع.")
    assert not all_of_type(text, "CONSULT")


def test_two_governments_agreeing_during_a_meeting_held_stays() -> None:
    text = "واتفقت الحكومتان، خلال اجتماع عقد في نواكشوط أمس، على إعادة فتح المعبر الحدودي."
    assert all_of_type(text, "CONSULT")


def test_two_named_governments_agreeing_during_a_meeting_held_stay() -> None:
    text = ("واتفقت الحكومة الموريتانية والحكومة السنغالية، خلال اجتماع عقد في داكار أمس، على "
            "تنظيم الصيد في المياه المشتركة.")
    assert all_of_type(text, "CONSULT")


def test_a_meeting_held_before_foreign_officials_stays() -> None:
    text = ("واتفق الطرفان السودانيان، خلال اجتماع عقد في جدة أمس بحضور مسؤولين سعوديين، على "
            "هدنة إنسانية.")
    assert all_of_type(text, "CONSULT")


def test_a_meeting_held_with_a_counterpart_stays() -> None:
    text = "وبحث وزير المياه، خلال اجتماع عقد في عمان مع نظيره السوري، حصص نهر اليرموك."
    assert all_of_type(text, "CONSULT")


def test_a_decision_due_at_the_next_council_is_no_consultation() -> None:
    text = "على أن يقر القرار رسميا في اجتماع المجلس الأوروبي المقبل في ديسمبر."
    assert not all_of_type(text, "CONSULT")


def test_a_meeting_announced_for_next_week_stays() -> None:
    text = "وسيعقد وزيرا خارجية المغرب وإسبانيا اجتماعا في مدريد الأسبوع المقبل."
    assert all_of_type(text, "CONSULT")


# --- the released arriving home


def test_freed_citizens_arriving_are_no_visit() -> None:
    text = ("وقالت الخارجية القطرية إن المواطنين الكنديين المفرج عنهما وصلا إلى الدوحة على متن "
            "طائرة خاصة.")
    assert not all_of_type(text, "CONSULT")


def test_journalists_freed_then_arriving_are_no_visit() -> None:
    text = "وأفرجت السلطات عن ثلاثة صحفيين إيطاليين، وقد وصلوا إلى روما مساء أمس."
    assert not all_of_type(text, "CONSULT")
    assert all_of_type(text, "RETREAT")


def test_a_minister_arriving_on_a_visit_stays() -> None:
    text = "ووصل وزير الخارجية العماني إلى طهران في زيارة رسمية تستمر يومين."
    assert all_of_type(text, "CONSULT")


def test_a_delegation_arriving_to_negotiate_a_release_stays() -> None:
    text = "ووصل وفد أمني مصري إلى غزة للتفاوض على الإفراج عن الرهائن."
    assert all_of_type(text, "CONSULT")


# --- withdrawals and surrenders of a game, a race or a figure


def test_a_tennis_players_withdrawal_from_a_tournament_is_no_retreat() -> None:
    text = "وأعلن نجم التنس الصربي انسحابه من بطولة أستراليا المفتوحة بسبب الإصابة."
    assert not all_of_type(text, "RETREAT")


def test_a_players_withdrawal_from_the_training_camp_is_no_retreat() -> None:
    text = "واعتذر لاعب الوسط للجماهير بعد انسحابه من معسكر المنتخب في الدوحة."
    assert not all_of_type(text, "RETREAT")


def test_a_chess_players_resignation_is_no_retreat() -> None:
    text = "واضطر المصنف الأول إلى الاستسلام في النقلة الثلاثين بعد خسارة وزيره."
    assert not all_of_type(text, "RETREAT")


def test_a_rally_drivers_resolve_is_no_retreat() -> None:
    text = "وأكد السائق القطري أنه لن يستسلم حتى خط النهاية رغم الأعطال المتكررة."
    assert not all_of_type(text, "RETREAT")


def test_surrender_to_the_status_quo_is_no_retreat() -> None:
    text = "ودعا الكاتب الشباب إلى رفض الاستسلام للأمر الواقع والبحث عن فرص جديدة."
    assert not all_of_type(text, "RETREAT")


def test_surrender_to_this_flood_is_no_retreat() -> None:
    text = "وعلينا أن نرفض الاستسلام لهذا الطوفان من الأخبار الكاذبة."
    assert not all_of_type(text, "RETREAT")


def test_troops_withdrawing_from_a_town_stay() -> None:
    text = "وانسحبت القوات الحكومية من بلدة الحامة بعد معارك استمرت ثلاثة أيام."
    assert all_of_type(text, "RETREAT")


def test_fighters_surrendering_to_the_army_stay() -> None:
    text = "واستسلم عشرون مسلحا للجيش النيجيري مع أسلحتهم في ولاية بورنو."
    assert all_of_type(text, "RETREAT")

