"""Task fix39 on the team's own sentences: the general causes of the blind round 39's failures
(ev-1611..ev-1640) outside ASSAULT. A remand beside the arrest it follows, more people caught
or sentenced after كما, an arrest counted back from the story's act, a court condemning a
decision, ضبط of people, a charge pressed (ادعى على), a referral to the prosecutor, a
commitment to free prisoners, a mediation suspended, calls to review a decision or to rally,
a demand voiced during a protest, characterisations, a call for a ceasefire with the
speaker between, a promise of rights, a search of a party's offices, a detainee's
questioning, a release condition, a demolition notice, a hosted summit; and the senses
beside them that are no event (inspection visits, a press review's title, depositors' money,
no arrests recorded, the police reopening a road, a party suspending a member, a
conditional non-response, an inquiry framing an arrest, coordination as manner, a wildfire,
a festival's play)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 7, 8)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def arrests(text: str) -> list[object]:
    return [e for e in of_type(text, "COERCE") if e.mode == "arrest"]


# --- remands, sweeps and rulings, acts counted back


def test_a_remand_beside_the_police_arrest_is_an_arrest_of_its_own() -> None:
    text = ("وأوقفت الشرطة المغربية، مساء أمس، موظفين اثنين في بلدية طنجة متلبسين بتلقي رشوة، "
            "وقرر وكيل الملك إيداعهما السجن الاحتياطي ومتابعتهما في حالة اعتقال. وأمر قاضي "
            "التحقيق بحبسهما 15 يوما على ذمة التحقيق.")
    assert len(arrests(text)) == 2


def test_more_people_caught_in_the_same_sweep_after_kama() -> None:
    text = ("ضبطت هيئة الرقابة الإدارية في أسيوط، أمس، مدير إدارة التراخيص متلبسا بتقاضي رشوة، "
            "كما ضبطت موظفين اثنين بالإدارة شاركا في الواقعة.")
    assert len(arrests(text)) == 1


def test_a_second_defendant_sentenced_in_the_same_ruling() -> None:
    text = ("قضت محكمة الجنايات في عمان، اليوم، بسجن مدير سابق للجمارك سبع سنوات، كما قضت بسجن "
            "موظف سابق في الدائرة ثلاث سنوات.")
    assert len(of_type(text, "SANCTION")) == 1


def test_an_arrest_counted_back_from_the_story_is_another_act() -> None:
    text = ("اعتقلت الشرطة التونسية، أمس، رئيس بلدية صفاقس بتهمة الفساد. وجاء ذلك بعد أسبوع من "
            "ضبط مدير إدارة المشاريع بالبلدية في قضية مماثلة.")
    assert len(arrests(text)) == 2


# --- senses read


def test_a_court_condemning_a_decision_is_no_conviction() -> None:
    text = "وأدانت المحكمة، ومقرها جنيف، القرار بأشد العبارات."
    assert of_type(text, "ACCUSE")
    assert not of_type(text, "SANCTION")


def test_a_court_convicting_a_defendant_stays_a_conviction() -> None:
    text = "وأدانت المحكمة المتهم بتهريب الآثار وقضت بسجنه خمس سنوات."
    assert of_type(text, "SANCTION")


def test_caught_them_is_an_arrest() -> None:
    text = "وقالت الداخلية الكويتية إن رجال المباحث ضبطهم في كمين بعد تحريات استمرت أسبوعا."
    assert arrests(text)


def test_caught_red_handed_is_an_arrest() -> None:
    text = ("ضبطت هيئة مكافحة الفساد في الرباط، أمس، رئيس جماعة قروية متلبسا بتسلم مبلغ مالي "
            "من مقاول.")
    assert arrests(text)


def test_a_seized_shipment_is_no_arrest() -> None:
    text = "وضبطت الجمارك السعودية شحنة من الأقراص المخدرة في ميناء جدة."
    assert not arrests(text)


def test_caught_oneself_is_no_arrest() -> None:
    text = "وكتبت الروائية أنها ضبطت نفسها متلبسة بالحنين إلى بيروت القديمة."
    assert not arrests(text)


def test_a_lebanese_prosecutor_pressing_charges() -> None:
    text = ("ادعى النائب العام التمييزي، أمس الثلاثاء، على رئيس بلدية سابق في الشمال بجرائم "
            "الاختلاس وهدر المال العام.")
    assert of_type(text, "ACCUSE")


def test_claiming_is_no_charge() -> None:
    text = "وادعى المتحدث أن الحكومة حققت كل وعودها خلال العام الماضي."
    assert not of_type(text, "ACCUSE")


def test_a_referral_to_the_public_prosecutor() -> None:
    text = "وأعلنت هيئة الرقابة أنها أحالت إلى النائب العام خلال الشهر الماضي تسع قضايا فساد."
    assert of_type(text, "ACCUSE")


def test_the_feminine_plural_of_accuse() -> None:
    text = "وكانت أربع ممرضات قد اتهمنه بحجز رواتبهن لأشهر."
    assert of_type(text, "ACCUSE")


def test_a_commitment_to_free_prisoners_is_a_promise() -> None:
    text = ("وأعلنت واشنطن رفع القيود عن شركة الطيران ردا على التزام كاراكاس بالإفراج عن "
            "مزيد من المعتقلين السياسيين.")
    assert of_type(text, "CONCEDE")
    assert not [e for e in of_type(text, "RETREAT") if e.mode == "release"]


def test_a_denied_suspension_of_mediation() -> None:
    text = "ونفى المتحدث أن تكون مصر قد علقت دورها في الوساطة بين الطرفين."
    found = all_of_type(text, "SANCTION")
    assert found and all(e.negated or e.denied for e in found)


def test_a_call_to_review_a_decision() -> None:
    text = "ودعت النرويج، الدولة الراعية للمفاوضات، الحكومة الكولومبية إلى مراجعة قرارها."
    calls = of_type(text, "REQUEST")
    assert calls and calls[0].mode == "change"


def test_a_call_to_a_mass_rally_is_a_called_protest() -> None:
    text = "ودعا زعيم المعارضة أنصاره إلى تجمع حاشد في وسط أثينا مساء السبت المقبل."
    assert [e for e in all_of_type(text, "PROTEST") if e.future]


def test_a_demand_voiced_during_a_stand_joins_it() -> None:
    text = ("ونظمت أسر المفقودين، اليوم، وقفة أمام مقر الأمم المتحدة في بيروت، طالبت خلالها "
            "بكشف مصير أبنائها.")
    assert of_type(text, "PROTEST")
    assert not of_type(text, "REQUEST")


def test_an_arrest_called_a_political_operation() -> None:
    text = "ووصف زعيم الحزب الاعتقال بأنه «عملية سياسية لإسكات المعارضة»."
    found = of_type(text, "ACCUSE")
    assert found and found[0].mode == "disapprove"


def test_an_earlier_stand_holding_a_strike_unjustified() -> None:
    text = "وكانت الحكومة قد اعتبرت، في بيان أمس، الإضراب «غير مبرر»."
    assert of_type(text, "ACCUSE")


def test_a_call_for_a_ceasefire_with_the_speaker_between() -> None:
    text = "وأكد الملك عبد الله الثاني ضرورة التوصل إلى وقف فوري لإطلاق النار في السودان."
    assert of_type(text, "REQUEST")


def test_a_promise_to_guarantee_rights() -> None:
    text = "وقالت الوزارة إنها شكلت لجنة للنظر في الشكاوى، ووعدت بـ«ضمان حقوق المفصولين»."
    assert of_type(text, "AGREE")


def test_a_search_of_a_party_headquarters() -> None:
    text = "وكانت الشرطة البرازيلية قد فتشت، الأسبوع الماضي، مقر الحزب في برازيليا."
    assert of_type(text, "COERCE")


def test_an_investigating_judge_will_question_the_detained() -> None:
    text = "وأفادت مصادر قضائية بأن قاضي التحقيق سيستجوب الموقوفين الثلاثة يوم الاثنين المقبل."
    found = all_of_type(text, "ACCUSE")
    assert found and found[0].mode == "investigate" and found[0].future


def test_a_release_on_a_condition_of_banishment() -> None:
    text = ("واعتقلت قوات الاحتلال شابين من بلدة العيسوية، قبل أن تفرج عن أحدهما بشرط الإبعاد "
            "عن البلدة خمسة أيام.")
    assert [e for e in of_type(text, "COERCE") if e.mode == "restrict"]


def test_a_demolition_notice_told_by_its_verb() -> None:
    text = "وأخطرت بلدية الاحتلال عشرات المنشآت في الخان الأحمر بالهدم."
    assert of_type(text, "THREATEN")


def test_a_summit_named_with_its_host() -> None:
    text = ("وأعلنت الشرطة الإسبانية إجراءات أمنية استعدادا لقمة الاتحاد الأوروبي التي تستضيفها "
            "مدريد الأسبوع المقبل.")
    assert all_of_type(text, "CONSULT")


def test_a_travel_ban_lifted_is_an_easing() -> None:
    text = ("وأعلنت وزارة الخارجية البحرينية رفع الحظر المفروض على سفر المواطنين إلى العراق "
            "اعتبارا من الأسبوع المقبل.")
    assert of_type(text, "CONCEDE")
    assert not [e for e in of_type(text, "COERCE") if e.mode == "restrict"]


# --- senses that are no event


def test_inspection_visits_are_no_diplomatic_visit() -> None:
    text = "ونفذت وزارة العمل العمانية خلال الشهر الماضي 900 زيارة تفتيشية على منشآت القطاع الخاص."
    assert not of_type(text, "CONSULT")


def test_a_press_review_title_is_no_tour() -> None:
    text = "جولة في الصحف الأردنية – الأحد 5 تموز 2026"
    assert not events(text, PUB)


def test_depositors_money_is_no_aid() -> None:
    text = ("ورفع المعتصمون لافتات تطالب بإقرار قانون استرداد الودائع، وهتفوا بأن ودائعنا "
            "ليست ملكا للمصارف.")
    assert not of_type(text, "AID")


def test_a_donor_deposit_stays_aid() -> None:
    text = "وأودعت السعودية وديعة بقيمة ملياري دولار في البنك المركزي اليمني."
    assert of_type(text, "AID")


def test_no_arrests_recorded_is_no_arrest() -> None:
    text = "وأكد مصدر أمني عدم تسجيل أي إصابات أو توقيفات خلال الاحتجاج."
    assert not all_of_type(text, "COERCE")


def test_gendarmes_reopening_a_road_is_no_concession() -> None:
    text = "وتدخلت قوات الدرك بعد نحو ساعتين وأعادت فتح الطريق أمام حركة السير."
    assert not of_type(text, "RETREAT")


def test_a_party_suspending_a_member_is_no_sanction() -> None:
    text = "وأعلن الحزب أنه علق عضوية النائب المتهم إلى حين صدور حكم القضاء."
    assert not of_type(text, "SANCTION")


def test_a_state_suspended_from_a_union_stays_a_sanction() -> None:
    text = "وعلق الاتحاد الأفريقي عضوية النيجر في جميع أنشطته."
    assert of_type(text, "SANCTION")


def test_a_conditional_non_response_is_no_refusal() -> None:
    text = ("وأعلنت النقابة أن الإضراب سيتحول إلى إضراب مفتوح الأسبوع المقبل إذا لم تستجب "
            "الحكومة لمطالب المعلمين.")
    assert not all_of_type(text, "REJECT")


def test_an_inquiry_framing_an_arrest_is_no_investigation_of_its_own() -> None:
    text = ("أوقفت الشرطة اليونانية رئيس بلدية سالونيك وعشرة أشخاص آخرين ضمن تحقيق في "
            "«مخالفات في العقود».")
    assert arrests(text)
    assert not of_type(text, "ACCUSE")


def test_coordination_as_the_manner_of_a_step() -> None:
    text = ("وأعلنت الخارجية الكويتية رفع الحظر المفروض على سفر المواطنين إلى سوريا، بعد "
            "التنسيق مع السلطات السورية بشأن الترتيبات.")
    assert not of_type(text, "COOPERATE")


def test_a_wildfire_page_reports_no_coercion() -> None:
    text = ("واصلت فرق الإطفاء لليوم الثاني معركتها مع حرائق الغابات في ريف طرطوس. وقال مسؤول "
            "إن النيران حاصرت قرى عدة، ما استدعى إجلاء عشرات العائلات، فيما شاركت مروحيات في "
            "إخماد الحرائق التي أتت على 500 هكتار.")
    assert not of_type(text, "COERCE")


def test_a_festival_play_reports_no_truce() -> None:
    text = ("افتتحت مهرجانات جرش عروضها بعرض مسرحي غنائي عن حصار المدينة القديمة، حضره ثلاثة "
            "آلاف متفرج. ويروي العرض كيف انسحب الغزاة وعقد قائدهم هدنة مع أهل المدينة، وسط "
            "الموسيقى والحفلات.")
    assert not of_type(text, "RETREAT")
