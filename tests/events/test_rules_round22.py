"""Round-22 rules on the team's own sentences: foreign support praised or affirmed after long
inserts, aid counted in trucks, convoys, tons and field hospitals, signings with a named
counterpart or in a relative clause, agreements named by their signing participle, prisoners
handed over, warships, battalions and recruits sent or enlisted, objections dropped, payments
blocked, arms licences suspended, joint commissions, offers to host talks, steps called a
provocation, detainees' years of detention; and the scholarships, university memoranda,
company deals, hospital arrivals and committee recommendations whose words read as events."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)


def types_of(text: str) -> set[str]:
    """Every type rasd extracts from ``text`` (flagged or not)."""
    return {e.type for e in events(text, PUB)}


def test_foreign_support_praised_after_a_long_subject() -> None:
    text = ("وثمن المدير الإقليمي لبرنامج الأغذية العالمي في شرق إفريقيا الدعم السعودي "
            "للمتضررين من الجفاف.")
    assert of_type(text, "SUPPORT")


def test_affirmed_support_named_with_its_state_after_an_insert() -> None:
    text = "وأكد الوزير في كلمة أمام المؤتمر أمس دعم الإمارات الكامل لجهود الحكومة الصومالية."
    assert of_type(text, "SUPPORT")


def test_trucks_loaded_with_food_without_a_convoy_are_aid() -> None:
    text = "وعبرت صباح اليوم 60 شاحنة محملة بالطحين والأدوية معبر الرمثا متجهة إلى درعا."
    aid = of_type(text, "AID")
    assert aid and aid[0].mode == "humanitarian"


def test_trucks_sent_by_a_named_charity_in_a_relative_clause() -> None:
    text = "ووصلت إلى المدينة أمس 25 شاحنة أرسلتها جمعية الهلال الأحمر القطري."
    assert of_type(text, "AID")


def test_a_convoy_counted_in_trucks_is_aid() -> None:
    text = "وسيرت المؤسسة قافلة إغاثية جديدة تضم 40 شاحنة إلى ولاية النيل الأزرق."
    assert of_type(text, "AID")


def test_relief_counted_in_tons_handed_over_is_aid() -> None:
    text = "وسلم مركز الملك سلمان وزارة الصحة اليمنية 25 طنا من الأدوية والمستلزمات الطبية."
    assert of_type(text, "AID")


def test_a_field_hospital_set_up_by_a_state_is_aid() -> None:
    text = "وأقامت الكويت مستشفى ميدانيا في مدينة غازي عنتاب لعلاج المصابين السوريين."
    assert of_type(text, "AID")


def test_a_signing_with_a_named_counterpart_and_a_long_insert() -> None:
    text = ("ووقع وزير الخارجية المصري بدر عبد العاطي ونظيره الجيبوتي عبد القادر حسين عمر، "
            "مساء أمس في القاهرة، مذكرة تفاهم للتعاون القنصلي.")
    assert of_type(text, "SUPPORT")


def test_a_background_agreement_named_by_its_signing_participle() -> None:
    text = "وأعاد الاتفاق الموقع بين الجانبين في الدوحة العام الماضي الهدوء إلى المنطقة."
    assert "AGREE" in types_of(text)


def test_a_website_is_no_signed_agreement() -> None:
    text = "وقد سحبت المذكرة من الموقع الإلكتروني للوزارة بعد ساعات من نشرها."
    assert "AGREE" not in types_of(text)


def test_prisoners_handed_over_after_a_time_insert() -> None:
    text = "وسلمت روسيا، مساء الأحد، الجانب الأوكراني 90 أسيرا عبر الحدود البيلاروسية."
    released = of_type(text, "RETREAT")
    assert released and released[0].mode == "release"


def test_warships_deployed_are_a_mobilisation() -> None:
    text = "ونشرت البحرية الهندية ثلاث مدمرات في بحر العرب."
    assert of_type(text, "MOBILIZE")


def test_battalions_pushed_to_an_area() -> None:
    text = "ودفعت قيادة المنطقة الشمالية بكتيبتين إلى الحدود مع لبنان."
    assert of_type(text, "MOBILIZE")


def test_soldiers_recruited_by_a_count() -> None:
    text = "وأقرت الحكومة تجنيد ثلاثة آلاف جندي لتعزيز الوحدات على الحدود."
    assert of_type(text, "MOBILIZE")


def test_an_objection_dropped_after_a_long_subject() -> None:
    text = "وتراجعت النمسا وإيرلندا عن اعتراضهما على تمديد المهمة البحرية."
    conceded = of_type(text, "CONCEDE")
    assert conceded and conceded[0].mode == "policy"


def test_a_member_blocking_a_disbursement_is_a_refusal() -> None:
    text = "وعرقلت سلوفاكيا إقرار حزمة المساعدات الجديدة لأوكرانيا."
    assert of_type(text, "REJECT")


def test_arms_export_licences_suspended_are_a_sanction() -> None:
    text = "وأعلنت كندا تعليق تراخيص تصدير أسلحة إلى الحكومة الإسرائيلية."
    sanctioned = of_type(text, "SANCTION")
    assert sanctioned and sanctioned[0].mode == "discontinue"


def test_a_joint_commission_session_is_talks() -> None:
    text = "واختتمت في الرباط أعمال الدورة الخامسة للجنة العليا المشتركة المغربية الموريتانية."
    assert of_type(text, "CONSULT")


def test_an_offer_to_host_talks_is_an_agreement_to_mediate() -> None:
    text = "وعرضت سلطنة عمان استضافة جولة حوار بين الطرفين في مسقط."
    assert of_type(text, "AGREE")


def test_a_step_called_a_provocation_without_banna() -> None:
    text = "وأجرت البحرية مناورات قرب الجزيرة، في خطوة اعتبرتها الحكومة «تصعيدا خطيرا»."
    assert of_type(text, "ACCUSE")


def test_the_years_those_released_had_been_held_is_no_tally() -> None:
    text = "وأفرجت السلطات عن 20 معارضا محتجزين منذ عام 2019."
    assert of_type(text, "RETREAT")


def test_a_tally_since_a_year_stays_no_act() -> None:
    text = "وقتل الجيش 3500 مسلح منذ عام 2015."
    assert not of_type(text, "ASSAULT")


def test_scholarships_are_no_aid() -> None:
    text = "وقدمت السفارة 15 منحة دراسية لطلبة الهندسة."
    assert "AID" not in types_of(text)


def test_a_university_memorandum_is_no_signing() -> None:
    text = "ووقعت الجامعة أمس مذكرتي تفاهم مع جامعتين أردنيتين."
    assert "SUPPORT" not in types_of(text)


def test_a_company_deal_with_adjectives_is_no_signing() -> None:
    text = "ووقعت الشركة الوطنية للنفط اتفاقية توريد طويلة الأمد مع شركة إيطالية."
    assert "SUPPORT" not in types_of(text)


def test_people_reaching_a_hospital_is_no_visit() -> None:
    text = "وأفرج عن 12 معتقلا وصلوا إلى مستشفى ناصر في خان يونس."
    assert "CONSULT" not in types_of(text)


def test_a_committee_recommending_approval_is_no_agreement() -> None:
    text = "وكانت اللجنة القانونية قد أوصت بالموافقة على مشروع القانون."
    assert "AGREE" not in types_of(text)


def test_political_targeting_is_no_attack() -> None:
    text = "وقال الحزب إن القرار استهداف سياسي لقياداته."
    assert "ASSAULT" not in types_of(text)


def test_remains_of_prisoners_handed_back_are_a_return_not_a_release() -> None:
    text = "وسلمت الحركة، مساء أمس، رفات ثلاثة أسرى إلى اللجنة الدولية للصليب الأحمر."
    returned = of_type(text, "RETREAT")
    assert returned and returned[0].mode == "return"
