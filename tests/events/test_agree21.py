"""Pass agree21 (2026-12-05 (21)): AGREE and CONCEDE told as promises with a concrete
content, pinned on the team's own sentences (other countries, bodies and goods than the dev
passages'): a promise to hand back, study or convey; an authority saying it will restore a
service, allow a crossing or supply a generator, fuel or grants; a file put on the agenda;
founding minutes signed; a cordon around protesters. Near misses: a vow to
spare no effort, housing a law provides, a demand, a past-tense report of a supply."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 6, 9)  # a Tuesday

of_type = partial(events_of_type, published=PUB)


def _types(text: str) -> set[str]:
    return {e.type for t in ("AGREE", "CONCEDE", "SUPPORT", "MOBILIZE") for e in of_type(text, t)}


# --- promises with a concrete content

def test_a_promise_to_hand_back_seized_goods_is_an_undertaking() -> None:
    text = "وقال رئيس البلدية إنه وعدهم بتسليم البضائع المصادرة بعد دفع المخالفات."
    assert of_type(text, "AGREE")


def test_a_promise_to_study_a_request_is_an_undertaking() -> None:
    text = "وأضاف رئيس النقابة أن وزير الصحة وعد بدراسة الطلب خلال أسبوعين."
    assert of_type(text, "AGREE")


def test_a_vow_to_spare_no_effort_is_no_agreement() -> None:
    text = "ووصف الحاكم الاعتداء بأنه عمل إجرامي، وتعهد بعدم ادخار أي جهد لإطلاق الرهائن."
    assert not of_type(text, "AGREE")


# --- an authority saying what it will restore, allow or supply

def test_a_company_saying_it_will_restore_power_is_a_concession() -> None:
    text = "وقال مدير الشركة إن الشركة ستعيد التيار الكهربائي إلى القرى المتضررة خلال ساعات."
    assert [e.mode for e in of_type(text, "CONCEDE")] == ["policy"]


def test_authorities_saying_they_will_let_a_ship_leave_is_an_undertaking() -> None:
    text = "وقال المدعي العام الفنلندي إن السلطات ستسمح للسفينة بالمغادرة فور دفع الغرامة."
    assert of_type(text, "AGREE")


def test_a_company_saying_it_will_send_a_generator_is_an_undertaking() -> None:
    text = "وقال مسؤول في الشركة إن الشركة ستنقل مولدا احتياطيا إلى البلدة قبل نهاية الأسبوع."
    assert of_type(text, "AGREE")


def test_a_state_saying_it_will_grant_scholarships_is_an_undertaking() -> None:
    text = "وقال الوزير التونسي إن بلاده ستمنح الطلاب الموريتانيين 150 منحة دراسية في العام المقبل."
    assert of_type(text, "AGREE")


def test_housing_a_law_provides_is_no_event() -> None:
    text = "وقال وزير الإسكان الأردني إن الحكومة ستوفر وحدات سكنية بديلة للأسر المتضررة."
    assert not of_type(text, "AGREE")


def test_a_supply_told_in_the_past_is_not_read_as_this_promise() -> None:
    text = "وكانت الشركة قد نقلت المولد إلى المستودع الشهر الماضي."
    assert not of_type(text, "AGREE")


def test_a_file_put_on_the_agenda_is_a_concession() -> None:
    text = "وأعلن وزير العمل أن الحكومة ستدرج مطالب المتعاقدين على جدول أعمال جلستها المقبلة."
    assert [e.mode for e in of_type(text, "CONCEDE")] == ["policy"]


def test_a_demand_to_put_a_file_on_the_agenda_is_no_concession() -> None:
    text = "وطالب المعتصمون بإدراج ملفهم على جدول أعمال الحكومة."
    assert not of_type(text, "CONCEDE")


# --- founding minutes, a cordon

def test_founding_minutes_signed_at_a_meeting_are_a_signing() -> None:
    text = "وشهد اللقاء التوقيع على محضر إنشاء مجلس التنسيق الأردني العراقي."
    assert "SUPPORT" in _types(text)


def test_police_surrounding_protesters_is_a_deployment() -> None:
    text = "وطوقت عناصر من الشرطة المتظاهرين ومنعتهم من الوصول إلى مقر البرلمان."
    assert [e.mode for e in of_type(text, "MOBILIZE")] == ["police"]


def test_protesters_surrounding_a_police_car_is_not_this_cordon() -> None:
    text = "وطوق المحتجون سيارة الشرطة ورشقوها بالحجارة في وسط المدينة."
    assert not of_type(text, "MOBILIZE")


# --- a signing with long subjects and an insert before the document

def test_two_ministers_named_at_length_signing_a_framework_agreement() -> None:
    text = ("وقع وزير الخارجية الكيني موساليا مودافادي ووزير التجارة الإثيوبي في نيروبي، "
            "اليوم الأربعاء، اتفاقية إطارية لتنظيم التجارة عبر الحدود.")
    assert of_type(text, "AGREE") or of_type(text, "SUPPORT")


def test_clashes_that_occurred_despite_an_agreement_are_no_signing() -> None:
    text = ("وقعت اشتباكات عنيفة بين الجيش والمسلحين في ضواحي المدينة، مساء أمس، رغم "
            "اتفاقية التهدئة.")
    assert not of_type(text, "SUPPORT")
    assert not [e for e in of_type(text, "AGREE") if e.trigger.text.startswith("وقعت")]


# --- a measure lifted, a tie restored

def test_a_president_abolishing_privileges_is_a_concession() -> None:
    text = ("وأعلن رئيس الحكومة الكينية، مساء أمس، إلغاء عدد من امتيازات النواب في محاولة "
            "لتهدئة المحتجين.")
    assert [e.mode for e in of_type(text, "CONCEDE")] == ["policy"]


def test_a_demand_to_abolish_fees_is_no_concession() -> None:
    text = "وطالب أولياء الأمور بإلغاء الرسوم الإضافية على طلاب المدارس."
    assert not of_type(text, "CONCEDE")


def test_an_ambassador_returning_is_a_concession() -> None:
    text = "وأعلنت نواكشوط في المقابل عودة سفيرها إلى باماكو بعد قطيعة دامت أشهرا."
    assert of_type(text, "CONCEDE")


def test_an_ambassadors_return_agreed_on_is_the_agreements_content() -> None:
    text = "واتفق الوزيران على إعادة سفيري البلدين إلى منصبيهما قبل نهاية السنة."
    assert not of_type(text, "CONCEDE")
