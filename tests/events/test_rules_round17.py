"""Round-17 rules on the team's own sentences: a release on bail after a long subject, an
expulsion deadline after a long frame, an organisation's activities suspended, forces
stepping in to disperse, a stand before a ministry, a march walked, troops arriving for a
mission, an agreement told in a relative clause, and pages whose fire, waste burning or
price war use the words of sieges, arson and attacks."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type, types

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(facts_of_type, published=PUB)


def test_a_release_on_bail_after_a_long_subject() -> None:
    text = "وأخلت نيابة أمن الدولة العليا، أمس، سبيل 30 متهما محبوسين احتياطيا."
    released = of_type(text, "RETREAT")
    assert released and released[0].mode == "release"


def test_a_deadline_to_leave_after_a_long_subject_and_time_is_an_expulsion() -> None:
    text = ("أمهل المجلس العسكري الحاكم في مالي، مساء الجمعة، القائم بالأعمال الفرنسي 72 "
            "ساعة لمغادرة البلاد.")
    expelled = of_type(text, "SANCTION")
    assert len(expelled) == 1 and expelled[0].mode == "expel"


def test_an_expulsion_and_its_deadline_stay_one_event() -> None:
    text = ("قررت الحكومة، أمس الاثنين، طرد دبلوماسي يعمل في السفارة، ومنحته 72 ساعة لمغادرة "
            "البلاد.")
    assert len(of_type(text, "SANCTION")) == 1


def test_suspending_an_organisations_activities_is_a_ban() -> None:
    text = "أعلنت حكومة النيجر، الثلاثاء، تعليق أنشطة منظمة أطباء بلا حدود في البلاد."
    bans = of_type(text, "COERCE")
    assert bans and bans[0].mode == "ban"


def test_forces_stepping_in_to_disperse_is_crowd_control() -> None:
    text = ("نظم عشرات المعطلين وقفة احتجاجية أمام البرلمان، قبل أن تتدخل القوات العمومية "
            "لتفريقهم.")
    force = of_type(text, "ASSAULT")
    assert force and force[0].mode == "crowd-control"


def test_a_stand_before_a_ministry_is_a_protest() -> None:
    text = "شارك العشرات، مساء الثلاثاء، في وقفة أمام وزارة العدل للمطالبة بالإفراج عن المعتقلين."
    assert "PROTEST" in types(text, PUB)


def test_walking_in_a_march_is_a_protest_not_a_drone() -> None:
    text = "وفي باريس، سار آلاف في مسيرة انطلقت من ساحة الجمهورية، الثلاثاء."
    found = types(text, PUB)
    assert "PROTEST" in found and "ASSAULT" not in found


def test_troops_arriving_in_a_batch_are_aid_not_a_visit() -> None:
    text = ("وصلت إلى مطار بيدوا، أمس الثلاثاء، دفعة أولى من 1,091 جنديا مصريا ضمن بعثة الاتحاد "
            "الأفريقي.")
    found = types(text, PUB)
    assert "AID" in found and "CONSULT" not in found


def test_an_agreement_told_in_a_relative_clause() -> None:
    text = ("أفرج الطرفان، الجمعة، عن 150 محتجزا، تنفيذا لاتفاق توصل إليه الجانبان في مسقط "
            "الشهر الماضي.")
    assert "AGREE" in {e.type for e in events(text, PUB)}


def test_flames_besieging_houses_are_no_siege() -> None:
    text = ("أتت حرائق غابات، أمس، على 300 هكتار، وحاصرت ألسنة اللهب عددا من المنازل قبل أن "
            "تخمدها الحماية المدنية.")
    assert "COERCE" not in types(text, PUB)


def test_burning_waste_is_no_destruction() -> None:
    text = "ونصحت مديرية الغابات السكان بعدم حرق النفايات قرب الأحراش خلال موجة الحر."
    # not even as a negated act: nothing is destroyed whether or not the waste is burnt
    assert "ASSAULT" not in {e.type for e in events(text, PUB)}


def test_attacking_what_someone_called_dumping_is_words() -> None:
    text = ("خفضت شركتا طيران أسعار التذاكر بنسبة 40 في المئة، فيما هاجم رئيس إحدى الشركات "
            "المنافسة ما وصفه بالإغراق.")
    assert "ASSAULT" not in types(text, PUB)


def test_the_violation_given_as_the_reason_of_a_seizure_is_an_allegation() -> None:
    text = ("أعلنت البحرية التابعة للحرس الثوري الإيراني، اليوم الثلاثاء، احتجاز ناقلة نفط في "
            "مضيق هرمز «لانتهاكها القوانين البحرية».")
    charges = of_type(text, "ACCUSE")
    assert charges and charges[0].mode == "allege"
    assert "COERCE" in types(text, PUB)


def test_a_violation_suffered_is_no_allegation() -> None:
    assert "ACCUSE" not in types("وقالت المنظمة إن الصحفية تعرضت لانتهاك حقوقها.", PUB)


def test_a_disease_besieging_the_patient_is_no_siege() -> None:
    text = ("وقال استشاري الأمراض الصدرية إن الالتهاب يحاصر المريض بضيق تنفس شديد، داعيا "
            "المرضى إلى حمل البخاخات.")
    assert "COERCE" not in {e.type for e in events(text, PUB)}
