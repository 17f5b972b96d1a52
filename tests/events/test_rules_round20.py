"""Round-20 rules on the team's own sentences: appreciation, calls to an official, arriving
delegations, columns and counted personnel deployed, "will not hesitate" threats, stands
named by what they reject, aid airdrops, arms and wanted men handed over after long inserts,
offers to exchange, resumed flights, signings told with a pronoun, relief teams; and the
non-events: academic memoranda, truce bodies and truce days, habitual attacks, waves and
flood water as subjects, civil-emergency alerts; a summons and the protest it conveys as one
act, contrasting clauses as two acts, and the subject after a statement's بأن."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(facts_of_type, published=PUB)
any_of_type = partial(events_of_type, published=PUB)


def test_appreciation_after_a_statement_insert_is_support() -> None:
    text = "وأعرب وزير الخارجية الأردني في تصريح صحفي عن تقديره للجهود القطرية في إطلاق الرهائن."
    assert of_type(text, "SUPPORT")


def test_a_call_to_an_official_without_by_phone_is_a_phone_call() -> None:
    text = "واتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره اللبناني جوزيف عون لبحث التطورات."
    calls = of_type(text, "CONSULT")
    assert calls and calls[0].mode == "phone"


def test_a_delegation_arriving_with_its_adjectives_is_a_visit() -> None:
    text = "ووصل وفد عسكري تركي رفيع إلى دمشق لبحث الترتيبات الأمنية على الحدود."
    visits = of_type(text, "CONSULT")
    assert visits and visits[0].mode == "visit"


def test_a_team_delegation_arriving_is_no_visit() -> None:
    text = "ووصل وفد المنتخب الوطني إلى الدوحة استعدادا لانطلاق البطولة."
    assert not of_type(text, "CONSULT")


def test_columns_entering_a_town_are_a_mobilisation() -> None:
    text = "ودخلت أرتال من قوات الأمن العام، مساء الجمعة، إلى مدينة جاسم بريف درعا."
    assert of_type(text, "MOBILIZE")


def test_personnel_deployed_by_a_count_are_a_mobilisation() -> None:
    text = "ونشر الجيش نحو 300 عنصر على الطريق الدولي بين المدينتين."
    assert of_type(text, "MOBILIZE")


def test_will_not_hesitate_to_respond_is_a_threat() -> None:
    text = "وحذرت الخارجية الإيرانية من أن طهران لن تتردد في الرد على أي اعتداء."
    assert of_type(text, "THREATEN")


def test_a_march_named_by_what_it_denounces_is_a_protest_not_a_rejection() -> None:
    text = "ونظم العشرات من طلاب الجامعة مسيرة منددة بقرار رفع الرسوم، ووقفة رافضة له أمام الوزارة."
    assert of_type(text, "PROTEST")
    assert not of_type(text, "REJECT")


def test_airdrops_of_aid_are_aid_not_an_attack() -> None:
    text = ("ونفذ سلاح الجو المصري، بمشاركة طائرات فرنسية، أربع عمليات إنزال جوي لمساعدات "
            "طبية فوق شمال القطاع.")
    assert of_type(text, "AID")
    assert not of_type(text, "ASSAULT")


def test_an_airborne_raid_names_no_aid() -> None:
    text = "ونفذت قوات التحالف عملية إنزال جوي في ريف دير الزور فجر اليوم."
    assert not of_type(text, "AID")


def test_fighters_handing_over_their_arms_after_an_insert_is_disarmament() -> None:
    text = "وسلم 25 عنصرا من الجماعة المسلحة، صباح السبت، أسلحتهم إلى وحدات الجيش."
    handed = of_type(text, "RETREAT")
    assert handed and handed[0].mode == "disarm"


def test_a_wanted_man_received_from_a_counterpart_is_an_extradition() -> None:
    text = ("وتسلمت السلطات الأردنية، الأحد الماضي، من نظيرتها الإماراتية متهما مطلوبا في "
            "قضية احتيال.")
    received = of_type(text, "COOPERATE")
    assert received and received[0].mode == "judicial"


def test_a_letter_received_from_a_counterpart_is_no_extradition() -> None:
    text = "وتسلم الرئيس، اليوم، من نظيره الجزائري رسالة خطية تتعلق بالعلاقات الثنائية."
    assert not of_type(text, "COOPERATE")


def test_readiness_to_exchange_prisoners_is_an_offer() -> None:
    text = "وأكد المتحدث أن الحركة مستعدة لتبادل الأسرى دون شروط مسبقة."
    assert of_type(text, "AGREE")


def test_direct_flights_resumed_between_two_capitals_are_cooperation() -> None:
    text = "وأعلن البلدان استئناف الرحلات المباشرة بين دمشق والرياض بعد انقطاع دام سنوات."
    assert any_of_type(text, "COOPERATE")


def test_flights_resumed_after_a_storm_are_no_cooperation() -> None:
    text = "وأعلنت سلطة الطيران استئناف الرحلات الجوية في المطار بعد انحسار العاصفة."
    assert not any_of_type(text, "COOPERATE")


def test_academic_memoranda_are_no_political_signing() -> None:
    text = "ووقعت الجامعة خلال الحفل مذكرات تفاهم مع جامعات فرنسية لتبادل الطلبة والأساتذة."
    assert not of_type(text, "SUPPORT") and not of_type(text, "AGREE")


def test_an_agreement_signed_told_with_a_pronoun_is_a_signing() -> None:
    text = "وتنص الاتفاقية الأمنية، التي وقعاها في الدوحة في مارس الماضي، على تبادل المعلومات."
    assert of_type(text, "SUPPORT")


def test_a_relief_team_sent_abroad_is_aid() -> None:
    text = "وأرسلت الكويت فريقا طبيا إلى غزة لإجراء عمليات جراحية للجرحى."
    assert of_type(text, "AID")


def test_a_truce_monitoring_body_is_no_ceasefire() -> None:
    text = "والتقى الوزير رئيس لجنة مراقبة وقف إطلاق النار في الناقورة."
    assert not [e for e in events(text, PUB) if e.mode == "ceasefire"]


def test_a_truce_day_counted_is_no_ceasefire() -> None:
    text = "وفي اليوم العاشر من وقف إطلاق النار، قصفت مسيرة سيارة قرب خان يونس."
    assert not [e for e in events(text, PUB) if e.mode == "ceasefire"]
    assert of_type(text, "ASSAULT")


def test_habitual_daily_raids_are_no_attack_of_their_own() -> None:
    text = "ودان البيان غارات الاحتلال اليومية على القرى الحدودية."
    assert of_type(text, "ACCUSE")
    assert not of_type(text, "ASSAULT")


def test_waves_and_flood_water_as_subjects_are_weather() -> None:
    assert not of_type("وهاجمت الأمواج العالية الشريط الساحلي للمدينة.", "ASSAULT")
    assert not of_type("وحاصرت مياه السيول عشرات الأسر في الأحياء المنخفضة.", "COERCE")


def test_a_civil_emergency_alert_is_no_mobilisation() -> None:
    text = "وأعلنت اللجنة الوطنية لإدارة الحالات الطارئة رفع درجة التأهب في المحافظات الساحلية."
    assert not of_type(text, "MOBILIZE")


def test_a_summons_and_the_protest_it_conveys_are_one_act() -> None:
    text = ("استدعت وزارة الخارجية المغربية، أمس، السفير الجزائري وأبلغته «احتجاجا رسميا» على "
            "التصريحات.")
    assert len(of_type(text, "ACCUSE")) == 1


def test_acts_of_two_parties_set_side_by_side_are_two_acts() -> None:
    text = ("دفعت تركيا بتعزيزات عسكرية إلى الحدود، في حين دفعت قوات سوريا الديمقراطية بمئات "
            "المقاتلين إلى منبج.")
    assert len(of_type(text, "MOBILIZE")) == 2


def test_a_second_volley_in_a_whereas_clause_stays_one_attack() -> None:
    text = "وأطلقت الجماعة صاروخا على المدينة، فيما سقط صاروخ ثان في منطقة خالية."
    assert len(of_type(text, "ASSAULT")) == 1


def test_the_subject_after_a_statements_bi_anna_acts() -> None:
    text = "وأفاد بيان للرئاسة بأن الرئيس استقبل، مساء أمس، وفدا من الكونغرس الأمريكي."
    assert of_type(text, "CONSULT")


def test_a_meeting_agreed_on_is_the_agreements_content() -> None:
    text = "وأعلن الوزيران اتفاقهما على عقد اجتماع للجنة المشتركة في عمان الشهر المقبل."
    assert of_type(text, "AGREE")
    assert not any_of_type(text, "CONSULT")
