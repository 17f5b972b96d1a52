"""Round-14 rules on the team's own sentences: offers to talk or host talks, complaints and
regrets, concessions, withheld convoys and deportations told with inserts, call-ups and
deployments, upheld verdicts, manner phrases (دون قتال), "any attack", characterisations of
an act, sanctions' measures, repeated acts, exhortations and needs, terms still to be
carried out (على أن تعقد), weather services, crowd-control means listed, partitive arrest
counts, tolls told with an acknowledging participle or after "during the attack"."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts, types

PUB = date(2026, 11, 18)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- offers, regrets, complaints, concessions


def test_readiness_to_host_talks_is_an_offer_not_a_meeting() -> None:
    text = "وأكدت الحكومة النرويجية استعدادها لاستضافة جولة جديدة من المحادثات بين الجانبين."
    assert "AGREE" in types(text, PUB)
    assert not of_type(text, "CONSULT")


def test_ready_to_sit_at_the_table_is_an_offer() -> None:
    text = "وقال الوزير إن حكومته «مستعدة للجلوس إلى طاولة المفاوضات دون شروط»."
    assert "AGREE" in types(text, PUB)
    assert not of_type(text, "CONSULT")


def test_regret_at_a_decision_is_disapproval() -> None:
    text = "وأعربت المفوضية الأوروبية عن «أسفها» للقرار، داعية إلى مراجعته."
    accusations = of_type(text, "ACCUSE")
    assert accusations and accusations[0].mode == "disapprove"


def test_a_complaint_to_the_security_council_is_an_accusation() -> None:
    text = "وقدمت الصومال، عبر بعثتها الدائمة في نيويورك، شكوى إلى مجلس الأمن ضد إثيوبيا."
    assert "ACCUSE" in types(text, PUB)


def test_dissolving_ones_government_and_apologising_are_concessions() -> None:
    text = "وأعلن رئيس الوزراء حل الحكومة، معتذرا عن تأخر الإصلاحات."
    modes = {e.mode for e in facts(text, PUB) if e.type == "CONCEDE"}
    assert modes == {"leadership", "apologize"}


def test_a_dual_past_promise_after_qad_is_no_possibility() -> None:
    text = "وكانت الدولتان قد تعهدتا في مارس الماضي بتقديم قرض ميسر للبنك المركزي."
    promises = of_type(text, "AGREE")
    assert promises and not promises[0].hypothetical
    assert not of_type(text, "AID")  # the loan promised is the promise's content


# --- material acts told with inserts, call-ups and deployments


def test_trucks_kept_out_is_withholding() -> None:
    text = "ومنعت قوات الجيش في اليوم ذاته دخول 45 شاحنة تحمل أدوية إلى المدينة."
    withheld = of_type(text, "COERCE")
    assert withheld and withheld[0].mode == "withhold"


def test_a_deportation_with_an_insert_before_its_count() -> None:
    text = "ورحلت الشرطة، خلال الأيام الأخيرة، نحو 300 مهاجر إلى الحدود الجنوبية."
    deported = of_type(text, "COERCE")
    assert deported and deported[0].mode == "deport"


def test_a_tribal_call_up_and_fighters_moved_up() -> None:
    text = ("وأعلن مجلس العشائر، في بيان مساء أمس، النفير العام في صفوف أبناء العشائر ودفع "
            "بمئات المسلحين إلى محيط الحقول.")
    assert "MOBILIZE" in types(text, PUB)


def test_fighters_pushed_to_attack_are_no_mobilisation() -> None:
    text = "وأدى التفجير إلى انهيار الهدنة ودفع بالمسلحين إلى شن هجمات على المواقع."
    assert not of_type(text, "MOBILIZE")


def test_units_deployed_and_troops_counted_and_a_carrier_arriving() -> None:
    assert "MOBILIZE" in types("وأعلن الجيش استكمال انتشار وحداته في عشرة مواقع جديدة.", PUB)
    assert "MOBILIZE" in types("وقرر وزير الدفاع نشر نحو 3 آلاف جندي على الحدود.", PUB)
    assert "MOBILIZE" in types("وأثار وصول حاملة الطائرات إلى الخليج قلق طهران.", PUB)


def test_an_upheld_sentence_is_a_conviction_not_support() -> None:
    text = "وأيدت محكمة الاستئناف في الرباط، أمس الثلاثاء، الأحكام الابتدائية بحق ثمانية متهمين."
    assert "SANCTION" in types(text, PUB)
    assert not of_type(text, "SUPPORT")


def test_farmland_bulldozed_is_destruction() -> None:
    text = "وتوغلت جرافات الاحتلال في أطراف البلدة وجرفت خلال ذلك أراضي زراعية."
    assert any(e.mode == "destroy" for e in of_type(text, "ASSAULT"))


def test_a_tanker_seized_by_a_long_subject_is_a_confiscation() -> None:
    text = "واحتجزت زوارق تابعة للبحرية، فجر اليوم، ناقلة نفط أجنبية قرب الجزيرة."
    seized = of_type(text, "COERCE")
    assert seized and seized[0].mode == "confiscate"


def test_suspending_dealings_with_a_mission_is_a_sanction() -> None:
    assert "SANCTION" in types("وقرر البرلمان تعليق التعامل مع البعثة الأممية.", PUB)


# --- what reports no act


def test_withdrawing_without_fighting_reports_no_fighting() -> None:
    text = "وانسحبت الوحدات من التلة دون قتال بعد وساطة محلية."
    assert not of_type(text, "ASSAULT")


def test_any_attack_after_a_warning_is_no_attack() -> None:
    text = "وحذر الرئيس جيرانه من أن أي اعتداء على أراضي بلاده سيقابل برد قاس."
    assert not of_type(text, "ASSAULT")


def test_a_violation_named_in_a_characterisation_is_no_new_act() -> None:
    text = ("وأدانت الحكومة التوغل، معتبرة أنها «خرق واضح لاتفاق الهدنة»، فيما وصفت البعثة "
            "الحادثة بأنها «انتهاك صريح للقرار».")
    words = {e.trigger.text for e in of_type(text, "ASSAULT")}
    assert "التوغل" in words  # the condemned act itself stays
    assert not {w for w in words if "خرق" in w or "انتهاك" in w}


def test_a_figure_disputed_is_no_refusal() -> None:
    text = "وقالت منظمة حقوقية إن 40 شخصا اعتقلوا، وهو رقم رفضته وزارة الداخلية."
    assert not of_type(text, "REJECT")


def test_a_travel_ban_among_sanctions_measures_is_no_restriction_of_its_own() -> None:
    text = "وفرضت الحكومة الكندية عقوبات على خمسة قادة، شملت تجميد أصولهم وحظر سفرهم."
    assert "SANCTION" in types(text, PUB)
    assert not of_type(text, "COERCE")


def test_repeated_attacks_and_a_purpose_of_protection_are_no_act() -> None:
    assert not of_type("وتعرضت المحطة لهجمات متكررة منذ مطلع العام.", "ASSAULT")
    text = "وقال الجيش إن انسحابه جاء حفاظا على المصفاة من التدمير."
    assert not [e for e in of_type(text, "ASSAULT") if e.mode == "destroy"]


def test_a_third_person_exhortation_and_a_need_are_no_act() -> None:
    assert not facts("ولترفض الحكومة هذه الصفقات، وليتحمل الوزراء مسؤولياتهم.", PUB)
    assert not facts("ونحن في حاجة إلى إعلان حالة الطوارئ في المستشفيات.", PUB)


def test_a_term_still_to_be_carried_out_is_planned() -> None:
    text = "واتفق الطرفان على هدنة، على أن تعقد لجنة مشتركة اجتماعها الأول في القاهرة."
    meetings = of_type(text, "CONSULT")
    assert meetings and all(e.future for e in meetings)


def test_a_weather_service_and_its_measures_report_no_political_act() -> None:
    assert not facts("ورفعت المديرية العامة للدفاع المدني، مساء أمس، حالة التأهب في "
                     "المنطقة الشرقية.", PUB)
    assert not facts("وتسببت الثلوج في احتجاز مئات المسافرين على الطريق الجبلي.", PUB)
    assert not facts("وعلقت السلطات المحلية الدراسة في المدارس بسبب العاصفة.", PUB)
    assert not facts("ودعا المركز الوطني للأرصاد السكان إلى توخي الحذر.", PUB)


def test_a_siege_on_the_penalty_area_is_sport() -> None:
    assert not of_type("وفرض أصحاب الأرض حصارا على منطقة جزاء ضيوفهم.", "COERCE")


def test_a_call_on_parliament_is_still_a_request() -> None:
    text = "دعت الحكومة العراقية مجلس النواب إلى الإسراع بتشريع قوانين الإصلاح."
    assert "REQUEST" in types(text, PUB)


# --- one act told with its means and its toll


def test_crowd_control_means_listed_are_one_dispersal() -> None:
    text = "وفرقت قوات الأمن المعتصمين بالغاز المسيل للدموع والرصاص المطاطي."
    assert len(of_type(text, "ASSAULT")) == 1


def test_two_of_them_arrested_is_a_count() -> None:
    text = "وأطلق الجنود النار في الهواء، واعتقلوا اثنين منهم."
    arrests = of_type(text, "COERCE")
    assert arrests and arrests[0].arrested is not None and arrests[0].arrested.min == 2


def test_an_acknowledged_death_toll_is_the_attacks() -> None:
    text = "وأعلن الجيش أنه صد هجوما على ثكنة في الشمال، مقرا بمقتل ثلاثة من جنوده."
    attacks = of_type(text, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].killed is not None
    assert attacks[0].killed.min == 3


def test_a_toll_told_during_the_attack_joins_it() -> None:
    text = ("هاجم مسلحون، ليل الاثنين الثلاثاء، مركزا للشرطة في البلدة.\n"
            "وقالت الوزارة إن حارسين قتلا وأصيب أربعة آخرون خلال الهجوم.")
    attacks = of_type(text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].killed is not None and attacks[0].killed.min == 2
    assert attacks[0].injured is not None and attacks[0].injured.min == 4


# --- dates: a time in a relative clause is that clause's


def test_a_time_in_a_relative_clause_does_not_date_the_other_acts() -> None:
    text = ("وطالب البرلمان الحكومة بتقديم استقالتها، رافضا الخطة التي عرضها الوزير على "
            "المجلس مطلع الشهر الجاري.")
    acts = of_type(text, "REQUEST") + of_type(text, "REJECT")
    assert acts and all(e.date_basis != "sentence" for e in acts)


def test_a_time_after_a_relative_pronoun_between_commas_is_the_clauses() -> None:
    text = ("رحبت الحكومة بالقرار الذي اتخذه المجلس، مساء الجمعة الماضي، بحل الهيئة، فيما "
            "أعلنت المعارضة رفضها القاطع له.")
    refusals = of_type(text, "REJECT")
    assert refusals and refusals[0].date_basis != "sentence"


def test_the_antecedent_keeps_the_time_of_its_relative_clause() -> None:
    text = "وأدانت الحكومة الهجوم الذي وقع أمس الثلاثاء على قرية في الشمال."
    attacks = of_type(text, "ASSAULT")
    assert attacks and attacks[0].date == date(2026, 11, 17)
