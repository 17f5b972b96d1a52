"""Task fix43 on the team's own sentences: the general causes of the blind round 43's failures
(ev-1731..ev-1760, domestic politics, courts and labour). Strikes told by their act (workers
stopping or suspending work, owners switching off their machines), summons for questioning,
a parliament summoning a minister, characterisations by a harm noun, concern conveyed to an
envoy, refusals told as a negated future (not paying, not voting, not backing down, not
stopping under pressure), sentences told with a pronoun, agreements on a payment, blockades
of railways and attempted road closures, patrols sent by a long-named force, a trustee put
in place of a mayor; a threat's or an offer's later day is its content's; and the readings
beside them that stay as they were (a plant that stops, a parliament suspending its sittings,
a movement that will not give up its demands, a press review's verb, a pledge's future)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 7, 15)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- strikes told by their act


def test_drivers_stopping_work_is_a_strike() -> None:
    text = ("توقف مئات من سائقي سيارات الأجرة في الزرقاء عن العمل، صباح اليوم، احتجاجا على "
            "رفع أسعار البنزين.")
    assert "strike" in modes(text, "PROTEST")


def test_workers_suspending_their_work_is_a_strike() -> None:
    text = ("علق عشرات العمال في مصفاة بانياس أعمالهم لليوم الثالث على التوالي، مطالبين "
            "بصرف رواتبهم المتأخرة.")
    assert "strike" in modes(text, "PROTEST")


def test_a_plant_that_stops_names_no_strikers() -> None:
    text = "توقف مصنع الإسمنت في الرستن عن العمل بسبب انقطاع الكهرباء منذ يومين."
    assert not of_type(text, "PROTEST")


def test_a_parliament_suspending_its_sittings_is_no_strike() -> None:
    text = "علق مجلس النواب أعماله حتى الأسبوع المقبل بسبب عطلة عيد الأضحى."
    assert not of_type(text, "PROTEST")


def test_owners_switching_off_their_generators_is_a_strike() -> None:
    text = ("أطفأ أصحاب المولدات في طرابلس مولداتهم ثلاث ساعات مساء الثلاثاء، رفضا لتسعيرة "
            "وزارة الطاقة.")
    assert "strike" in modes(text, "PROTEST")


# --- blockades


def test_protesters_cutting_a_railway_is_a_blockade() -> None:
    text = "وقطع المزارعون المحتجون خط السكة الحديد بين الأهواز وبندر عباس لساعات أمس."
    assert "obstruct" in modes(text, "PROTEST")


def test_traders_trying_to_close_a_road_is_a_blockade_not_a_restriction() -> None:
    text = ("فرقت قوات الأمن عشرات الباعة الذين حاولوا إغلاق الطريق الرئيسي في سوق "
            "الحميدية.")
    assert "obstruct" in modes(text, "PROTEST")
    assert "restrict" not in modes(text, "COERCE")


# --- summons


def test_a_summons_for_questioning_is_an_arrest() -> None:
    text = ("استدعت النيابة العامة في عمان، أمس الأحد، رئيس تحرير موقع إخباري للتحقيق معه في "
            "شكوى قدمها وزير سابق.")
    assert "arrest" in modes(text, "COERCE")


def test_parliament_summoning_a_minister_to_answer_is_a_hearing() -> None:
    text = "وقال رئيس اللجنة إن مجلس النواب سيستدعي وزير الكهرباء الأحد المقبل لمساءلته."
    found = all_of_type(text, "CONSULT")
    assert found and not all_of_type(text, "COERCE")


# --- characterisations and concern


def test_a_decision_called_a_blow_to_freedom_is_disapproval() -> None:
    text = ("ووصفت نقابة الصحفيين التونسيين القرار بأنه «ضربة جديدة لحرية التعبير في "
            "البلاد».")
    assert "disapprove" in modes(text, "ACCUSE")


def test_a_verdict_called_a_punishment_is_disapproval() -> None:
    text = "ووصفت منظمة هيومن رايتس ووتش الحكم بأنه «عقاب على العمل النقابي»."
    assert "disapprove" in modes(text, "ACCUSE")


def test_an_operation_praised_as_a_blow_is_no_criticism() -> None:
    text = "ووصف الوزير العملية بأنها «ضربة قوية للتنظيم الإرهابي»."
    assert not of_type(text, "ACCUSE")


def test_concern_conveyed_to_an_envoy_is_disapproval() -> None:
    text = ("أبلغت وزارة الخارجية الأردنية السفير الإسرائيلي «قلق المملكة العميق» إزاء "
            "الاقتحامات.")
    assert "disapprove" in modes(text, "ACCUSE")


def test_a_press_review_reporting_a_refusal_is_no_accusation() -> None:
    text = "وتنقل الصحيفة عن حزب المعارضة رفضه للنتائج المعلنة."
    assert "disapprove" not in modes(text, "ACCUSE")


# --- refusals told as a negated future


def test_traders_who_will_not_pay_a_tax_refuse_it() -> None:
    text = "وقال رئيس غرفة التجارة: «لن ندفع ضريبة فرضت علينا دون تشاور»."
    assert "change" in modes(text, "REJECT")


def test_a_bloc_that_will_not_vote_refuses() -> None:
    text = "وأكد رئيس الكتلة أن نوابه «لن يصوتوا على الموازنة بصيغتها الحالية»."
    assert of_type(text, "REJECT")


def test_a_government_that_will_not_back_down_refuses_not_a_negated_concession() -> None:
    text = "وقال رئيس الوزراء إن الحكومة «لن تتراجع عن الإصلاحات الضريبية»."
    assert modes(text, "REJECT") == ["change"]
    assert not all_of_type(text, "CONCEDE")


def test_a_project_that_will_not_stop_under_pressure_is_a_refusal() -> None:
    text = "مؤكدا أن بناء السد «لن يتوقف تحت أي ضغط خارجي»."
    assert "change" in modes(text, "REJECT")


def test_a_movement_keeping_its_demands_stays_a_plain_refusal() -> None:
    text = "وقال ممثل المحتجين إن السكان «لن يتراجعوا عن مطلبهم»."
    assert "change" not in modes(text, "REJECT")


# --- sentences and agreements


def test_a_sentence_told_with_a_pronoun_is_a_conviction() -> None:
    text = "وعزل رئيس البلدية إثر صدور حكم بسجنه أربع سنوات بتهمة الفساد."
    assert "convict" in modes(text, "SANCTION")


def test_an_agreement_on_a_payment_is_an_agreement() -> None:
    text = ("وعقد وزير العمل اجتماعا مع ممثلي العمال انتهى بالاتفاق على صرف نصف المكافآت "
            "المتأخرة.")
    assert of_type(text, "AGREE")


# --- deployments and trustees


def test_patrols_of_a_long_named_force_are_a_deployment() -> None:
    text = "وسيرت المديرية العامة للأمن الوطني دوريات في أحياء المدينة القديمة."
    assert of_type(text, "MOBILIZE")


def test_a_trustee_in_place_of_a_mayor_is_coercion() -> None:
    text = ("عينت وزارة الداخلية، أمس الأربعاء، نائب والي ماردين وصيا على بلدية المدينة بعد "
            "عزل رئيسها المنتخب.")
    assert of_type(text, "COERCE")


# --- a stance's later day is its content's


def test_a_threat_with_a_later_day_is_told_as_made() -> None:
    text = ("هدد رئيس نقابة المخابز بإغلاق الأفران يوم الأحد المقبل إذا لم ترفع الوزارة "
            "سعر الطحين.")
    threats = all_of_type(text, "THREATEN")
    assert threats and all(not e.future for e in threats)
    assert all(e.date is None or e.date <= PUB for e in threats)


def test_readiness_to_meet_on_a_later_day_is_told_as_made() -> None:
    text = ("وأكدت الوزيرة أن الحكومة لن تلغي القرار، لكنها أبدت استعدادها للقاء ممثلي "
            "المعلمين يوم الجمعة.")
    offers = all_of_type(text, "AGREE")
    assert offers and all(not e.future for e in offers)


def test_a_met_future_stays_future() -> None:
    text = "ومن المقرر أن يلتقي الوزير ممثلي النقابات يوم الأحد المقبل."
    assert any(e.future for e in events(text, PUB) if e.type == "CONSULT")


# --- a court's jurisdiction, signings with long subjects, bans of marches


def test_a_court_named_by_its_jurisdiction_still_sentences() -> None:
    text = ("أصدرت محكمة الجنايات المختصة بقضايا الفساد في البصرة حكما غيابيا بالسجن خمس "
            "سنوات بحق مدير بلدية سابق.")
    assert "convict" in modes(text, "SANCTION")


def test_old_cases_of_a_kind_of_act_stay_no_event() -> None:
    text = "اعتقلت الشرطة رجلا مطلوبا على خلفية قضايا قتل قديمة."
    assert not of_type(text, "ASSAULT")


def test_a_signing_of_three_states_with_place_and_day_between() -> None:
    text = ("وقعت مصر والأردن والعراق في عمان، اليوم الثلاثاء، بروتوكولا لإنشاء خط للربط "
            "الكهربائي.")
    assert of_type(text, "SUPPORT") or of_type(text, "AGREE")


def test_police_preventing_a_march_last_week_is_a_ban() -> None:
    text = ("وكانت قوات الأمن قد منعت الأسبوع الماضي مسيرة للمعلمين في الرباط، واعتقلت عددا "
            "من المشاركين.")
    assert "ban" in modes(text, "COERCE")


# --- misleading senses: a legal challenge, a tourist season's metaphors


def test_a_challenge_lodged_by_a_candidate_is_no_stabbing() -> None:
    text = ("أمرت المحكمة الإدارية بإعادة فرز الأصوات في عشرين مركزا، بعد طعن تقدم به "
            "المرشح الخاسر.")
    assert not all_of_type(text, "ASSAULT")


def test_a_stabbing_stays_an_attack() -> None:
    text = "أصيب شاب بجروح بعد طعن تعرض له أمام منزله في حي الزهور مساء أمس."
    assert all_of_type(text, "ASSAULT")


def test_a_tourist_seasons_invasion_and_attack_are_business() -> None:
    text = ("سجلت فنادق الساحل أعلى نسبة إشغال منذ سنوات، مع «اجتياح» السياح والمغتربين "
            "للمنتجعات. وتخوض الفنادق «حرب أسعار» في مواجهة «هجوم» الشقق المفروشة، "
            "فيما ترفض المطاعم رفع أسعارها.")
    assert not all_of_type(text, "ASSAULT")


def test_the_head_of_a_body_named_gathering_is_no_protest() -> None:
    text = ("وقال رئيس التجمع إن أصحاب الأفران سيدرسون خطواتهم، في حين وصفها تجمع أصحاب "
            "المخابز بأنها «تسعيرة ظالمة».")
    assert not all_of_type(text, "PROTEST")


# --- a protest's crowd told back by its role


def test_the_protesters_told_back_are_the_same_stand() -> None:
    text = ("نفذ عشرات من المعلمين في مدينة الزرقاء وقفة احتجاجية أمام مديرية التربية، "
            "احتجاجا على تأخر الرواتب. ورفع المحتجون لافتات تطالب بصرف المستحقات.")
    assert len(all_of_type(text, "PROTEST")) == 1


def test_protesters_in_another_town_stay_another_protest() -> None:
    text = ("نفذ عشرات من المعلمين في مدينة الزرقاء وقفة احتجاجية أمام مديرية التربية. "
            "وفي إربد، تظاهر محتجون آخرون أمام مبنى المحافظة.")
    assert len(all_of_type(text, "PROTEST")) == 2


# --- acts right after a decision take its day


def test_a_gathering_right_after_a_decision_takes_its_day() -> None:
    text = ("عينت وزارة الداخلية، أمس الثلاثاء، والي ماردين وصيا على بلدية المدينة. وتجمع مئات "
            "من أنصار الحزب أمام مبنى البلدية فور إعلان القرار، قبل أن تفرقهم الشرطة.")
    found = all_of_type(text, "PROTEST")
    assert found and all(e.date == date(2026, 7, 14) for e in found)


def test_a_comment_after_the_decision_keeps_no_borrowed_day() -> None:
    text = ("رفضت المحكمة العليا، أمس الثلاثاء، الطعن المقدم من الحكومة. واعتبر المتحدث باسم "
            "الحزب بعد ساعات من صدور القرار أن الحكم «عقاب على المعارضة».")
    found = all_of_type(text, "ACCUSE")
    assert all(e.date != date(2026, 7, 14) for e in found)
