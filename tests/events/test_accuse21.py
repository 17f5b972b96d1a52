"""Task accuse21 on the team's own sentences: recall of ACCUSE, PROTEST and REJECT by kind,
each a general reading with its family of forms — the accusing participle with its object
(إياه, a party, a quoted charge), lawsuits and complaints against a party, a charge brought in
the singular, a recount ordered, a suspect heard, recourse to the courts; walk-outs from a
meeting, a council's sitting or the counting of votes, stoppages told with توقف, stands and
road blocks told at length, a call to turn out at a stand; refusals of any deal, inspection or
entry told as a negated future, refusals to reopen a road before a demand, results not
recognised — and the near misses that stay as they were (people held "accused of", a
detention without charge, a sovereignty formula, a plant that stops, a threatened lawsuit, a
recount asked for, a military withdrawal)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 11, 18)  # a Wednesday

all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in all_of_type(text, type_)]


# --- ACCUSE: the accusing participle with its object


def test_plural_participle_with_a_pronoun_object_is_an_accusation() -> None:
    text = "وأعلنت النقابتان تعليق الحوار مع الوزارة، متهمتين إياها بالتراجع عن اتفاق الأجور."
    assert "allege" in modes(text, "ACCUSE")


def test_plural_participle_before_a_named_party_is_an_accusation() -> None:
    text = "واعتصم المزارعون أمام مقر الولاية في القضارف، متهمين السلطات بإهمال قنوات الري."
    assert "allege" in modes(text, "ACCUSE")


def test_plural_participle_before_a_quoted_charge_is_an_accusation() -> None:
    text = "وتجمع ذوو الضحايا أمام المستشفى، متهمين إدارته بـ«التستر على الأخطاء الطبية»."
    assert "allege" in modes(text, "ACCUSE")


def test_people_held_accused_of_an_act_give_no_accusation() -> None:
    text = "وأوقفت الشرطة ستة أشخاص متهمين بالتورط في سرقة كابلات الكهرباء."
    assert not all_of_type(text, "ACCUSE")


# --- ACCUSE: lawsuits, complaints, charges, inquiries


def test_lawsuit_against_a_ministry_is_an_accusation() -> None:
    text = "ورفع حزب المؤتمر دعوى قضائية ضد وزارة الداخلية أمام المحكمة الإدارية في بوجمبورا."
    assert "allege" in modes(text, "ACCUSE")


def test_complaint_lodged_against_a_council_is_an_accusation() -> None:
    text = "وقدمت جمعية حماية المستهلك شكاية ضد المجلس البلدي لمدينة تازة."
    assert "allege" in modes(text, "ACCUSE")


def test_complaint_to_the_prosecutor_with_fused_lam_is_an_accusation() -> None:
    text = "وتقدمت نقابة الأطباء ببلاغ للنائب العام بشأن الاعتداء على طبيبة في أسيوط."
    assert "allege" in modes(text, "ACCUSE")


def test_singular_charge_brought_is_an_accusation() -> None:
    text = "ووجهت النيابة في عمّان إلى الناشط تهمة إثارة النعرات."
    assert "allege" in modes(text, "ACCUSE")


def test_detention_without_charge_gives_no_accusation() -> None:
    text = "واحتجزت السلطات الصحفي ثلاثة أيام من دون أن توجه إليه تهمة."
    assert not all_of_type(text, "ACCUSE")


def test_recount_ordered_by_a_court_is_an_inquiry() -> None:
    text = "وأمرت محكمة الاستئناف في أبوجا بإعادة فرز الأصوات في سبع دوائر."
    assert "investigate" in modes(text, "ACCUSE")


def test_recount_asked_for_is_no_inquiry() -> None:
    text = "وطالب حزب الشعب بإعادة فرز الأصوات في سبع دوائر."
    assert not all_of_type(text, "ACCUSE")


def test_suspect_heard_by_a_judge_is_an_inquiry() -> None:
    text = "واستمعت قاضية التحقيق إلى إفادة مدير الميناء السابق بصفة مشتبه به."
    assert "investigate" in modes(text, "ACCUSE")


def test_recourse_to_the_courts_is_an_accusation() -> None:
    text = "ولجأت عائلة الضحية إلى القضاء ضد شركة الأمن الخاصة."
    assert "allege" in modes(text, "ACCUSE")


def test_recourse_threatened_is_no_accusation() -> None:
    text = "وقال محامي العائلة إنها ستلجأ إلى القضاء إذا لم تفتح السلطات تحقيقا."
    assert not all_of_type(text, "ACCUSE")


def test_refusal_called_an_evasion_of_responsibility_is_blame() -> None:
    text = "وقالت المعارضة إن قرار الحكومة «هروب من المسؤولية» تجاه ضحايا الفيضانات."
    assert "disapprove" in modes(text, "ACCUSE")


# --- PROTEST: walk-outs, stoppages, stands, road blocks, calls


def test_walk_out_from_a_meeting_is_a_boycott() -> None:
    text = "وانسحب ممثل نقابة التعليم من الاجتماع مع الوزير قبل نهايته."
    assert modes(text, "PROTEST") == ["boycott"]
    assert not all_of_type(text, "RETREAT")


def test_walk_out_from_a_councils_sitting_is_a_boycott() -> None:
    text = "وانسحب مستشارو المعارضة بمجلس مدينة فاس من أشغال الدورة العادية."
    assert "boycott" in modes(text, "PROTEST")


def test_walk_out_from_the_count_is_a_boycott() -> None:
    text = "وانسحب مندوبو حزب العدالة من لجان الفرز في دائرة الرصيفة."
    assert "boycott" in modes(text, "PROTEST")


def test_army_withdrawing_from_a_town_is_no_boycott() -> None:
    text = "وانسحب الجيش من بلدة الخيام بعد ثلاثة أيام من التوغل."
    assert not all_of_type(text, "PROTEST")


def test_workers_stopping_work_is_a_strike() -> None:
    text = "وتوقف نحو 300 عامل في مصنع الإسمنت بالمسيلة عن العمل صباح أمس."
    assert "strike" in modes(text, "PROTEST")


def test_plant_that_stops_working_is_no_strike() -> None:
    text = "وتوقف مصنع الإسمنت في المسيلة عن العمل بسبب انقطاع الغاز."
    assert not all_of_type(text, "PROTEST")


def test_road_blocked_by_a_number_of_residents_is_a_road_block() -> None:
    text = "وقطع عدد من سكان قرية الحمراء، صباح اليوم، الطريق الوطني بالحجارة."
    assert "obstruct" in modes(text, "PROTEST")


def test_stand_told_after_a_long_insert_is_a_demonstration() -> None:
    text = "ونظمت أمهات عدد من المفقودين، عصر أمس الأحد، وقفة أمام مقر الصليب الأحمر."
    assert "demo" in modes(text, "PROTEST")


def test_call_to_turn_out_at_a_stand_is_a_future_protest() -> None:
    text = "ودعت النقابة العامة إلى أوسع مشاركة في وقفة أمام البرلمان يوم السبت المقبل."
    found = all_of_type(text, "PROTEST")
    assert found and found[0].future


# --- REJECT: refusals told as a negated future or present


def test_no_inspection_allowed_is_a_refusal() -> None:
    text = "وقال المتحدث إن بلاده «لن تسمح بأي تفتيش» لمنشآتها العسكرية."
    assert all_of_type(text, "REJECT")


def test_no_sanctions_agreed_is_a_refusal_not_an_agreement() -> None:
    text = "وأكد رئيس الوزراء المجري أن حكومته لن توافق على أي عقوبات تمس إمدادات الغاز."
    assert all_of_type(text, "REJECT")
    assert not all_of_type(text, "AGREE")


def test_no_agency_let_in_is_a_refusal_not_an_opening() -> None:
    text = "وقال رئيس الإقليم إن مؤسساته لن تسمح لأي وكالة اتحادية بدخول مقارها."
    assert modes(text, "REJECT") == ["change"]
    assert not all_of_type(text, "RETREAT")


def test_sovereignty_formula_is_no_refusal() -> None:
    text = "وقال الرئيس إن بلاده «لن تقبل بأي وصاية» من الخارج."
    assert not all_of_type(text, "REJECT")


def test_road_not_reopened_before_a_demand_is_a_refusal() -> None:
    text = "وقال أحد المحتجين إنهم لن يفتحوا الطريق قبل وصول صهاريج المياه إلى القرية."
    assert modes(text, "REJECT") == ["yield"]


def test_results_not_recognised_are_a_refusal() -> None:
    text = "وقال حزب التجمع الوطني إنه لا يعترف بنتائج الانتخابات البلدية."
    assert all_of_type(text, "REJECT")


# --- in-sample kinds of the rounds up to ev-1700, added after the out-of-sample count


def test_vote_amid_an_opposition_boycott_is_a_boycott() -> None:
    text = "وأدلى الناخبون في توغو بأصواتهم أمس وسط مقاطعة أبرز أحزاب المعارضة."
    assert "boycott" in modes(text, "PROTEST")


def test_prayer_in_the_street_in_protest_is_a_protest() -> None:
    text = "وأدى مئات المصلين صلاة الجمعة في الشارع المؤدي إلى المسجد احتجاجا على إغلاقه."
    assert "demo" in modes(text, "PROTEST")


def test_prayer_without_a_protest_word_is_no_protest() -> None:
    text = "وأدى آلاف المصلين صلاة الجمعة في المسجد الكبير بالمدينة."
    assert not all_of_type(text, "PROTEST")


def test_rally_organised_before_a_headquarters_is_a_protest() -> None:
    text = "ونظمت النقابة، صباح أمس، تجمعا عماليا أمام مقر وزارة الصناعة."
    assert "demo" in modes(text, "PROTEST")


def test_letter_of_protest_sent_is_a_disapproval() -> None:
    text = "ووجهت وزارة الخارجية الصومالية رسالة احتجاج إلى السفارة الإثيوبية."
    assert "disapprove" in modes(text, "ACCUSE")


def test_shops_shut_by_most_traders_in_answer_to_a_strike_call_are_a_strike() -> None:
    text = "وأغلقت معظم المحال التجارية في سوق الحميدية أبوابها صباح اليوم استجابة لدعوة الإضراب."
    assert "strike" in modes(text, "PROTEST")


def test_court_agreeing_to_hear_a_petition_is_an_inquiry() -> None:
    text = "وقبلت المحكمة العليا في نيبال، أمس، النظر في عريضة تطالب بعزل وزير الداخلية."
    assert "investigate" in modes(text, "ACCUSE")


def test_hearing_postponed_is_no_inquiry() -> None:
    text = "وقررت المحكمة تأجيل النظر في القضية إلى جلسة الشهر المقبل."
    assert not all_of_type(text, "ACCUSE")


def test_residents_blocking_a_patrol_are_a_riot() -> None:
    text = "واعترض عدد من أهالي بلدة كفركلا، صباح اليوم، دورية للجيش ومنعوها من التقدم."
    assert "riot" in modes(text, "PROTEST")


def test_navy_intercepting_a_boat_is_no_protest() -> None:
    text = "واعترضت البحرية اليونانية قاربا يقل 40 مهاجرا قرب جزيرة كريت."
    assert not all_of_type(text, "PROTEST")
