"""Fresh-rounds pass b (2026-12-04 (16)): the general causes the blind rounds 26-33
(ev-1201..ev-1460) showed for CONSULT, AGREE, SUPPORT, REQUEST, ACCUSE, REJECT, CONCEDE and
COOPERATE, pinned on the team's own sentences (other countries, actors and wording than the
passages'): a further meeting told with the Form VIII verb التقى (read as a definite noun,
it was merged into the visit as a retelling), condemning labels after وصف … بأنه and the
relative وهو ما وصفه / فيما وصفه, dues paid out by a decision with a long subject, a fair
trial and an acquittal that are no accusation, a protocol signed, a refusal to leave, and a
body's own session set as the frame of what it decided (في ختام اجتماعها)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.events.syntax.clauses import is_definite
from tests.events.rule_checks import events_of_type, facts_of_type, held_out_cases

PUB = date(2026, 5, 12)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- a Form VIII verb of a ل root is no definite noun

def test_form_eight_lam_words_are_not_definite() -> None:
    assert not is_definite("التقى")
    assert not is_definite("والتقى")
    assert not is_definite("التزام")
    assert is_definite("اللقاء")
    assert is_definite("الالتزام")
    assert is_definite("والتقارير")


def test_a_further_meeting_of_a_visit_is_its_own_event() -> None:
    text = ("وصل وزير الخارجية الأردني، أمس الاثنين، إلى بغداد في زيارة رسمية، واستقبله "
            "الرئيس العراقي في قصر السلام.\n"
            "كما التقى الوزير، في وقت لاحق من اليوم نفسه، رئيس مجلس النواب العراقي.")
    assert any("التقى" in e.trigger.text for e in of_type(text, "CONSULT"))


def test_a_meeting_retold_by_a_definite_noun_stays_one() -> None:
    text = ("استقبل الرئيس العراقي، أمس الاثنين، وزير الخارجية الأردني في قصر السلام.\n"
            "وتناول اللقاء العلاقات الثنائية وأمن الحدود.")
    assert len(of_type(text, "CONSULT")) == 1


# --- condemning labels and the relative وهو ما وصفه

def test_a_label_of_political_targeting_is_disapproval() -> None:
    text = ("ووصف زعيم المعارضة الكينية قرار اللجنة الانتخابية بأنه «استهداف سياسي "
            "لخصوم الحكومة».")
    assert [e.mode for e in of_type(text, "ACCUSE")] == ["disapprove"]


def test_a_relative_label_with_its_own_speaker_is_disapproval() -> None:
    text = ("وأعلنت الحكومة الهولندية تعليق المساعدات المالية، وهو ما وصفه وزير المالية "
            "الأوغندي بأنه «ابتزاز لا يمكن القبول به».")
    assert [e.mode for e in of_type(text, "ACCUSE")] == ["disapprove"]


def test_a_label_after_a_protest_is_its_content() -> None:
    text = ("ونظم أنصار الحزب وقفة أمام مقر اللجنة احتجاجا على ما وصفوه بـ«استهداف سياسي».")
    assert not all_of_type(text, "ACCUSE")


# --- dues paid out by a decision

def test_a_board_deciding_to_pay_a_late_bonus_concedes() -> None:
    text = ("قرر مجلس إدارة الشركة الوطنية للأسمدة في عنابة، مساء الأحد، صرف العلاوة "
            "المتأخرة للعمال بعد إضراب دام أسبوعا.")
    assert [e.mode for e in of_type(text, "CONCEDE")] == ["policy"]


def test_a_late_payment_complained_of_is_no_concession() -> None:
    text = ("ودخل عمال الشركة في إضراب احتجاجا على تأخر صرف الأرباح السنوية منذ أشهر.")
    assert not all_of_type(text, "CONCEDE")


# --- a fair trial and an acquittal are no accusation

def test_a_fair_trial_as_a_standard_is_no_accusation() -> None:
    text = ("وانسحب محامو الدفاع من الجلسة احتجاجا على غياب ضمانات المحاكمة العادلة.")
    assert not all_of_type(text, "ACCUSE")


def test_a_trial_opened_is_still_an_accusation() -> None:
    text = ("بدأت محكمة الجنايات في الجزائر، أمس الاثنين، محاكمة 12 متهما في قضية فساد.")
    assert of_type(text, "ACCUSE")


def test_an_acquittal_names_no_new_charge() -> None:
    text = "وبرأت المحكمة الناشط البيئي من تهمة إهانة هيئة نظامية."
    assert not all_of_type(text, "ACCUSE")


def test_a_charge_brought_is_still_an_accusation() -> None:
    text = "ووجهت النيابة إلى الناشط البيئي تهمة إهانة هيئة نظامية."
    assert of_type(text, "ACCUSE")


# --- a protocol signed

def test_a_protocol_signed_by_two_ministers_is_support() -> None:
    text = ("وقع وزير الدفاع الأردني ونظيره العراقي، أمس الاثنين، بروتوكولا للتعاون "
            "العسكري بين البلدين.")
    assert of_type(text, "SUPPORT")


def test_a_universitys_protocol_is_campus_life() -> None:
    text = "ووقعت جامعة اليرموك بروتوكولا مع جامعة بغداد لتبادل الطلبة."
    assert not all_of_type(text, "SUPPORT")


# --- a refusal to leave

def test_refusing_to_leave_home_is_no_rejection() -> None:
    text = "ورفض مئات السكان مغادرة منازلهم رغم اقتراب الحرائق من القرية."
    assert not all_of_type(text, "REJECT")


def test_a_proposal_refused_is_still_a_rejection() -> None:
    text = "ورفضت الحكومة السودانية مقترح الهدنة الذي قدمته الوساطة الأفريقية."
    assert of_type(text, "REJECT")


# --- a body's own session as the frame of its act

def test_a_unions_own_session_is_the_occasion_not_a_meeting() -> None:
    text = ("وأعلن المكتب التنفيذي لنقابة الأطباء المصريين، في ختام اجتماعه مساء الأحد، "
            "تعليق العمل في العيادات الخارجية.")
    assert not all_of_type(text, "CONSULT")
    text = ("وقال أعضاء جمعية مربي الماشية، في اجتماع عقدوه أمس في صفاقس، إن الموسم تضرر "
            "كثيرا من الجفاف.")
    assert not all_of_type(text, "CONSULT")


def test_a_framed_meeting_with_a_second_party_is_kept() -> None:
    text = ("وبحث وزير الداخلية التونسي، في اجتماع عقده مع نظيره الليبي أمس، أمن الحدود "
            "المشتركة.")
    assert of_type(text, "CONSULT")
    text = ("واتفقت الحكومتان الليبية والتونسية، خلال اجتماع عقد في جربة أمس، على إعادة "
            "فتح المعبر.")
    assert of_type(text, "CONSULT")


# --- held out: written with the probes above, before the fixes were run on them, and
# --- not looked at until the pass's end (report: found / total)

HELD_OUT = held_out_cases(
    found=[
        ("استقبل رئيس الوزراء الإثيوبي، أمس الأحد، المبعوث الأوروبي إلى القرن الأفريقي.\n"
         "كما التقى المبعوث، مساء اليوم نفسه، وزير الخارجية الإثيوبي في أديس أبابا.",
         "CONSULT2"),
        ("فرضت الحكومة ضريبة جديدة على التحويلات المالية، فيما وصفه نائب معارض بأنه "
         "«ابتزاز للمغتربين».", "ACCUSE"),
        ("ووافقت الحكومة المحلية في البصرة، بعد اعتصام دام أسبوعين، على صرف مستحقات "
         "المتعاقدين المتأخرة.", "CONCEDE"),
        ("ووقعت الحكومة الكولومبية والمتمردون، أمس، بروتوكولات لوقف إطلاق النار.", "SUPPORT"),
    ],
    not_found=[
        ("وطالبت المنظمة الحقوقية بضمان حق المعتقلين في محاكمة عادلة.", "ACCUSE"),
        ("وقضت المحكمة بسجنه عامين وبرأته من تهمة التحريض على العنف.", "ACCUSE"),
        ("ورفض الأهالي العودة إلى القرية قبل إزالة الألغام من الحقول.", "REJECT"),
        # written after the own-session rule was run on dev, not run on itself until the end
        ("وقررت الهيئة العليا للانتخابات، في جلستها المنعقدة أمس، رفض طعون المعارضة.",
         "CONSULT"),
    ])


@pytest.mark.parametrize(("text", "type_", "expected"), HELD_OUT)
def test_held_out(text: str, type_: str, expected: bool) -> None:
    if type_ == "CONSULT2":  # the further meeting told with كما التقى is an event
        assert any("التقى" in e.trigger.text for e in of_type(text, "CONSULT")) == expected, text
    else:
        assert bool(all_of_type(text, type_) if not expected else of_type(text, type_)) \
            == expected, text
