"""Task small20 on the team's own sentences: recall of the smaller types (CONCEDE, SANCTION,
AID, MOBILIZE, COOPERATE, AGREE) by kind, each a general reading with its family of forms —
wages paid and raised, agreements named by the relative clause of reaching them, readiness
to receive an inquiry or to carry out a deal, promises of a remedy, detainees received from
another state, units and warships sent, relief trucks told as the subject of their arrival,
the first contingent of an international force, a judge's release order, diplomats expelled
with the indefinite noun and a sentence told as issued — and the near misses that stay as
they were (a grievance over unpaid wages, a secret letter, hospitals ready for the wounded,
prisoners of war received, a convoy already told, serving a sentence, a prosecutor's release)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 10, 14)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in all_of_type(text, type_)]


# --- CONCEDE/policy: wages paid or raised


def test_bonuses_paid_by_a_finite_verb_are_a_concession() -> None:
    text = "صرفت إدارة مصنع عطبرة حوافز العمال المضربين مساء أمس."
    assert "policy" in modes(text, "CONCEDE")


def test_wages_the_authority_will_pay_are_a_concession_told_now() -> None:
    text = "وأكد المحافظ أن السلطة المحلية ستصرف راتب شهر كامل للمعلمين قبل العيد."
    found = all_of_type(text, "CONCEDE")
    assert found and not found[0].future


def test_a_wage_rise_announced_is_a_concession() -> None:
    text = "وأعلن رئيس الحكومة الأردنية زيادة رواتب المتقاعدين العسكريين بنسبة 10 في المئة."
    assert "policy" in modes(text, "CONCEDE")


def test_only_part_of_the_wages_paid_is_no_concession() -> None:
    text = "وأعلنت الحكومة أنها ستصرف 50 في المئة فقط من رواتب الموظفين بسبب الأزمة."
    assert not all_of_type(text, "CONCEDE")


def test_a_grievance_over_late_wages_is_no_concession() -> None:
    text = "وتشكو أسر عمال الموانئ في عدن من تأخر صرف الرواتب منذ ثلاثة أشهر."
    assert not all_of_type(text, "CONCEDE")


# --- AGREE: background agreements, readiness, promises


def test_understandings_the_sides_reached_are_an_agreement() -> None:
    text = ("وبحث الوزيران تنفيذ التفاهمات التي توصلا إليها في أنقرة الشهر الماضي بشأن "
            "المياه.")
    assert all_of_type(text, "AGREE")


def test_a_plan_two_presidents_agreed_on_is_an_agreement() -> None:
    text = "وبدأ البلدان تنفيذ الخطة التي اتفق عليها الرئيسان في نواكشوط لفتح معبر حدودي."
    assert all_of_type(text, "AGREE")


def test_readiness_to_receive_an_inquiry_is_an_offer() -> None:
    text = "وقال الوزير إن حكومته مستعدة لاستقبال لجنة تحقيق أممية في أحداث الأسبوع الماضي."
    assert all_of_type(text, "AGREE")


def test_readiness_to_carry_out_a_swap_deal_is_an_offer() -> None:
    text = "وأكد المتحدث أن الحركة مستعدة لتنفيذ صفقة تبادل شاملة فورا."
    assert all_of_type(text, "AGREE")


def test_hospitals_ready_for_the_wounded_make_no_offer() -> None:
    text = "وأكدت وزارة الصحة أن المستشفيات مستعدة لاستقبال المصابين على مدار الساعة."
    assert not all_of_type(text, "AGREE")


def test_a_promise_of_a_solution_by_participle_is_a_pledge() -> None:
    text = "والتقى الوالي ممثلي السكان المحتجين، واعدا بحل أزمة المياه خلال أسبوعين."
    assert all_of_type(text, "AGREE")


# --- COOPERATE/judicial: detainees received from another state


def test_detainees_received_from_a_neighbour_are_judicial_cooperation() -> None:
    text = ("تسلمت السلطات العراقية، مساء أمس، من نظيرتها السورية 40 موقوفا من حملة الجنسية "
            "العراقية.")
    assert "judicial" in modes(text, "COOPERATE")


def test_convicts_received_in_a_batch_are_judicial_cooperation() -> None:
    text = "وتسلم الأردن دفعة ثانية من المحكومين الأردنيين من السلطات اللبنانية."
    assert "judicial" in modes(text, "COOPERATE")


def test_prisoners_of_war_received_are_no_judicial_cooperation() -> None:
    text = "وتسلمت أوكرانيا، اليوم، 150 أسيرا من روسيا في عملية تبادل جديدة."
    assert "judicial" not in modes(text, "COOPERATE")


# --- MOBILIZE: units and warships sent


def test_a_company_sent_abroad_is_a_deployment() -> None:
    text = "أرسلت فرنسا سرية إضافية من جنودها إلى قاعدتها في جيبوتي."
    assert "troops" in modes(text, "MOBILIZE")


def test_frigates_deployed_are_a_deployment() -> None:
    text = "ونشرت البحرية التركية فرقاطتين قرب السواحل القبرصية أمس."
    assert "troops" in modes(text, "MOBILIZE")


def test_units_as_the_subject_of_a_passive_sending_are_a_deployment() -> None:
    text = "وكانت وحدات من الجيش قد أرسلت إلى البلدة بعد الاشتباكات العشائرية."
    assert all_of_type(text, "MOBILIZE")


def test_a_secret_letter_sent_is_no_deployment() -> None:
    text = "وأرسلت الوزارة رسالة سرية إلى السفارة تتضمن ملاحظاتها على الاتفاق."
    assert not all_of_type(text, "MOBILIZE")


# --- AID: trucks and contingents told as the subject of their arrival


def test_counted_trucks_that_entered_are_aid() -> None:
    text = "وقال مسؤول في الهلال الأحمر إن 120 شاحنة دخلت الإقليم منذ الصباح."
    assert "humanitarian" in modes(text, "AID")


def test_a_convoy_to_set_out_is_future_aid() -> None:
    text = "وأضاف أن قافلة أخرى ستنطلق نحو مدينة الفاشر نهاية الأسبوع."
    found = all_of_type(text, "AID")
    assert found and found[0].future


def test_the_convoy_already_told_is_no_new_delivery() -> None:
    text = "وقال أمين عام الجمعية إن القافلة عبرت المعبر الحدودي صباح اليوم."
    assert not all_of_type(text, "AID")


def test_the_first_units_of_an_international_force_are_peacekeeping_aid() -> None:
    text = "وصلت إلى العاصمة الصومالية أولى وحدات القوة الأفريقية الجديدة لدعم الاستقرار."
    assert "peacekeeping" in modes(text, "AID")


# --- CONCEDE/release: a judge's order; SANCTION: expulsions and sentences


def test_a_judges_release_order_with_a_long_subject_is_a_concession() -> None:
    text = "أمر قاض فيدرالي في ولاية تكساس، أمس، بالإفراج عن الناشطة السورية."
    assert "release" in modes(text, "CONCEDE")
    assert not all_of_type(text, "RETREAT")


def test_a_prosecutors_release_stays_a_release() -> None:
    text = "قررت نيابة أمن الدولة، أمس، إخلاء سبيل 20 متهما محبوسين احتياطيا."
    assert all_of_type(text, "RETREAT")
    assert not all_of_type(text, "CONCEDE")


def test_diplomats_expelled_with_the_indefinite_noun_are_a_sanction() -> None:
    text = "طردت الحكومة الإستونية ثلاثة دبلوماسيين روس بتهمة التجسس."
    assert "expel" in modes(text, "SANCTION")


def test_a_sentence_told_as_issued_is_a_conviction() -> None:
    text = ("وكان المعارض قد غادر البلاد بعد حكم بالسجن سبع سنوات صدر بحقه غيابيا في مارس "
            "2024.")
    assert "convict" in modes(text, "SANCTION")


def test_serving_a_sentence_is_no_conviction() -> None:
    text = "وكان الناشط يقضي حكما بالسجن خمس سنوات في سجن المرناقية."
    assert not all_of_type(text, "SANCTION")


# --- COOPERATE/military: joint patrols with their force; CONCEDE/policy: tenure and frozen fares


def test_joint_patrols_with_their_forces_are_military_cooperation() -> None:
    text = "وسيرت قوات حرس الحدود العراقية والأردنية دوريات مشتركة على طول الشريط الحدودي."
    assert "military" in modes(text, "COOPERATE")
    assert not all_of_type(text, "MOBILIZE")


def test_one_sides_patrols_stay_a_deployment() -> None:
    text = "وسيرت الشرطة دوريات مكثفة في شوارع المدينة بعد الحادث."
    assert all_of_type(text, "MOBILIZE")
    assert not all_of_type(text, "COOPERATE")


def test_contract_workers_made_permanent_are_a_concession() -> None:
    text = "وأعلنت وزارة الصحة تثبيت 1500 من العاملين بعقود مؤقتة في مستشفياتها."
    assert "policy" in modes(text, "CONCEDE")


def test_a_demand_for_tenure_is_no_concession() -> None:
    text = "وطالب المعلمون المتعاقدون في الرباط بتثبيتهم في وظائفهم."
    assert not all_of_type(text, "CONCEDE")


# --- tuned on rounds 38-47: the same kinds' missing members


def test_a_reserve_company_sent_is_a_deployment() -> None:
    text = "وأقر البرلمان البلجيكي إرسال سرية احتياطية إضافية إلى النيجر."
    assert "troops" in modes(text, "MOBILIZE")


def test_an_interim_agreement_offered_is_an_offer() -> None:
    text = "وقال المفاوض: عرضنا على الوسطاء الأسبوع الماضي اتفاقا مؤقتا لتبادل الأسرى."
    assert all_of_type(text, "AGREE")


def test_a_truce_mediators_put_to_both_sides_is_no_offer_of_theirs() -> None:
    text = "وقال مصدر إن الوسطاء عرضوا على الطرفين هدنة مدتها شهر في شمال الإقليم."
    assert not all_of_type(text, "AGREE")


def test_a_truce_exposed_to_breaches_is_no_offer() -> None:
    text = "وتعرض اتفاق الهدنة في الإقليم لخروقات متكررة خلال الأيام الماضية."
    assert not all_of_type(text, "AGREE")


def test_a_teams_performance_is_no_offer() -> None:
    text = "وأشاد المدرب بالعرض الذي قدمه المنتخب في المباراة الودية أمس."
    assert not all_of_type(text, "AGREE")


def test_security_reinforced_around_named_sites_is_a_police_deployment() -> None:
    text = "وأمر وزير الداخلية الفرنسي بتعزيز الحماية الأمنية حول المساجد في مرسيليا."
    assert "police" in modes(text, "MOBILIZE")


def test_a_pledge_of_tighter_security_is_no_deployment() -> None:
    text = "ووعد رئيس البلدية بتعزيز الإجراءات الأمنية في المدينة."
    assert not all_of_type(text, "MOBILIZE")


def test_a_pledge_with_its_remedy_quoted_is_a_pledge() -> None:
    text = "والتقى الوالي بممثلي المحتجين في ورقلة، واعدا بـ«حل نهائي» لانقطاع المياه."
    assert all_of_type(text, "AGREE")
