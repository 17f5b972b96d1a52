"""Task fix41 on the team's own sentences: the general causes of the blind round 41's failures
(ev-1671..ev-1700) outside ASSAULT. Tariffs imposed or answered, a court upholding a
sentence (not SUPPORT) and a conviction behind a sentence (not a condemnation), a strike told
as a profession's closure, calls to stands, rival activists' clashes, charges the arrested
face, characterisations (a manoeuvre, blackmail, political revenge), briefing requests,
police deployments, an invitation welcomed and an offer to host, a refusal to return to
talks, the minutes of a council signed, migrants intercepted, an instalment paid, a mandate
renewed, funding pledged, asylum decisions suspended, talks by video; an answered act told
with its doer, a background act's date, a reception's visitor and place; and the senses
beside them that are no event (a drill's purpose, packing, buyers leaving, bathers leaving
the water, a decision taken without consulting, a risk that "threatens", a site toured)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 7, 15)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- sanctions: tariffs and upheld sentences


def test_counter_tariffs_are_a_sanction() -> None:
    text = ("أعلنت الحكومة الكندية، أمس الثلاثاء، فرض رسوم جمركية مضادة على سلع أمريكية "
            "بقيمة 20 مليار دولار.")
    assert modes(text, "SANCTION") == ["discontinue"]


def test_tariffs_a_reply_answers_are_told_with_their_doer() -> None:
    text = ("قررت بكين رفع الرسوم على السيارات الأوروبية، ردا على الرسوم التي فرضتها بروكسل "
            "على واردات الألواح الشمسية الصينية الشهر الماضي.")
    assert "discontinue" in modes(text, "SANCTION")


def test_a_threat_of_tariffs_stays_a_threat() -> None:
    text = "ولوح الرئيس الأمريكي بفرض رسوم جمركية «باهظة» على الواردات المكسيكية."
    assert of_type(text, "THREATEN") and not of_type(text, "SANCTION")


def test_a_court_upholding_a_sentence_with_a_long_name_is_a_conviction() -> None:
    text = ("أيدت محكمة النقض الفرنسية في باريس، اليوم الأربعاء، حكم السجن خمس سنوات الصادر "
            "بحق الرئيس الأسبق.")
    assert modes(text, "SANCTION") == ["convict"]
    assert not of_type(text, "SUPPORT")


def test_a_conviction_behind_a_sentence_is_no_condemnation() -> None:
    text = ("قضت محكمة الجنايات في عمان بسجن موظف سابق عشر سنوات، بعد إدانته بالاختلاس "
            "وغسل الأموال.")
    assert not of_type(text, "ACCUSE")


# --- protests: closures, calls, rival camps


def test_a_profession_closing_its_premises_for_hours_is_a_strike() -> None:
    text = ("قررت نقابة أطباء الأسنان في الأردن إغلاق العيادات الخاصة لمدة ساعتين يوميا "
            "اعتبارا من السبت المقبل، احتجاجا على الضريبة الجديدة.")
    assert "strike" in [e.mode for e in all_of_type(text, "PROTEST")]


def test_a_closure_in_protest_without_a_comma_is_a_strike() -> None:
    text = "أغلق أصحاب المطاعم في صفاقس مطاعمهم أمس احتجاجا على ارتفاع أسعار الغاز."
    assert modes(text, "PROTEST") == ["strike"]


def test_a_call_to_stands_before_buildings_is_a_future_protest() -> None:
    text = ("ودعت نقابة المعلمين الفرنسية، التي تمثل نصف المدرسين، إلى وقفات أمام مقار "
            "المحافظات يوم السبت المقبل.")
    found = all_of_type(text, "PROTEST")
    assert found and all(e.future for e in found)


def test_a_call_to_a_united_stance_is_no_protest() -> None:
    text = "ودعا وزير الخارجية الدول العربية إلى وقفة موحدة إزاء التطورات في المنطقة."
    assert not all_of_type(text, "PROTEST")


def test_clashes_between_rival_activists_are_a_riot() -> None:
    text = ("اعتقلت الشرطة الكينية 20 شخصا، إثر مواجهات بين أنصار الحزب الحاكم وناشطين من "
            "المعارضة في مدينة كيسومو.")
    assert "riot" in modes(text, "PROTEST")


def test_a_background_clash_takes_no_future_from_a_scheduled_vote() -> None:
    text = ("أوقفت الشرطة، أمس الثلاثاء، مرشحا في الانتخابات المقررة في 20 سبتمبر، و5 من "
            "أنصاره، إثر مواجهات بين أنصار الحزب الحاكم وناشطين من المعارضة في المدينة.")
    riots = [e for e in all_of_type(text, "PROTEST") if e.mode == "riot"]
    assert riots and not any(e.future for e in riots)


# --- accusations: charges and characterisations


def test_the_charges_the_arrested_face_are_an_allegation() -> None:
    text = ("وأوضح بيان النيابة أن الموقوفين يواجهون تهم «غسل الأموال والتهرب الضريبي» في "
            "صفقات عقارية.")
    assert modes(text, "ACCUSE") == ["allege"]


def test_the_criticism_a_party_faces_stays_no_event() -> None:
    text = "وتواجه الحكومة انتقادات واسعة بسبب ارتفاع الأسعار."
    assert not of_type(text, "ACCUSE")


def test_brought_before_a_court_on_charges_is_an_allegation() -> None:
    text = ("وقال المتحدث باسم الشرطة إن الشبان الثلاثة سيمثلون أمام القضاء بتهم «التخريب "
            "وإتلاف الممتلكات العامة».")
    assert "allege" in modes(text, "ACCUSE")


def test_a_reply_calling_a_motion_a_manoeuvre_is_disapproval() -> None:
    text = ("ورد وزير الاتصال، في ندوة صحفية مساء أمس، بأن العريضة «مزايدة سياسية لا تخدم "
            "البلاد».")
    assert modes(text, "ACCUSE") == ["disapprove"]


def test_an_editorial_saying_a_party_practises_blackmail_is_disapproval() -> None:
    text = ("ورأت صحيفة «الغارديان» في افتتاحيتها أن الكرملين «يمارس ابتزازا نفطيا ضد "
            "جيرانه».")
    assert modes(text, "ACCUSE") == ["disapprove"]


def test_lawyers_calling_a_trial_revenge_is_disapproval() -> None:
    text = "وأعلن المحامون أنهم سيستأنفون، واصفين المحاكمة بأنها «محاكمة سياسية»."
    assert "disapprove" in modes(text, "ACCUSE")


# --- requests, deployments, agreements


def test_briefing_requests_filed_by_mps_are_a_request() -> None:
    text = "وتقدم النواب بطلبات إحاطة إلى وزير الصحة بشأن نقص الأنسولين."
    assert of_type(text, "REQUEST")


def test_patrols_sent_to_a_building_are_a_police_deployment() -> None:
    text = ("ودفعت مديرية أمن طرابلس بعدد من الدوريات إلى محيط مقر البرلمان، تحسبا لأي "
            "اضطرابات.")
    assert modes(text, "MOBILIZE") == ["police"]


def test_companies_of_gendarmes_sent_are_a_police_deployment() -> None:
    text = "أعلن وزير الداخلية الفرنسي إرسال ثلاث سرايا من الدرك إلى جزيرة مايوت."
    assert "police" in modes(text, "MOBILIZE")


def test_a_drill_raising_readiness_declares_no_alert() -> None:
    text = "ويهدف التمرين المشترك إلى رفع مستوى الجاهزية القتالية وتبادل الخبرات."
    assert not all_of_type(text, "MOBILIZE")


def test_an_invitation_welcomed_is_accepted() -> None:
    text = ("وسلم الوزير المغربي دعوة من العاهل المغربي إلى الرئيس السنغالي لزيارة الرباط، "
            "فيما أكد الرئيس ترحيبه بالدعوة.")
    assert of_type(text, "AGREE") and not of_type(text, "SUPPORT")


def test_readiness_to_host_talks_is_an_offer_not_a_meeting() -> None:
    text = ("أبلغ الرئيس الكازاخي نظيره الأذربيجاني استعداد أستانا لاستضافة جولة جديدة من "
            "المحادثات بين باكو ويريفان.")
    assert of_type(text, "AGREE")
    assert not [e for e in all_of_type(text, "CONSULT") if e.trigger.text.startswith("جولة")]


def test_minutes_of_a_council_signed_are_an_agreement() -> None:
    text = "ووقع الوزيران في ختام الاجتماع محضر أعمال اللجنة المشتركة."
    assert of_type(text, "SUPPORT")


def test_migrants_intercepted_at_sea_are_held() -> None:
    text = ("اعترضت البحرية التونسية، فجر اليوم، قاربين على متنهما 95 مهاجرا غير نظامي قبالة "
            "سواحل المهدية.")
    assert of_type(text, "COERCE")


def test_a_first_instalment_paid_is_a_concession() -> None:
    text = "وأعلنت وزارة المالية أنها ستصرف دفعة أولى من المستحقات المتأخرة للمقاولين."
    assert modes(text, "CONCEDE") == ["policy"]


def test_a_mandate_renewed_is_support() -> None:
    text = "ومدد مجلس الأمن الدولي، مساء أمس، ولاية قوة اليونيفيل عاما إضافيا."
    assert of_type(text, "SUPPORT")


def test_funding_pledged_is_aid() -> None:
    text = "وأعلن الصندوق الكويتي أنه سيتكفل بتمويل إعادة بناء المدارس المتضررة في درنة."
    assert all_of_type(text, "AID")


def test_asylum_decisions_suspended_are_a_restriction() -> None:
    text = "قررت الحكومة الإيطالية تعليق البت في طلبات اللجوء المقدمة من الوافدين بحرا."
    assert modes(text, "COERCE") == ["restrict"]


def test_the_right_to_asylum_named_is_no_asylum_granted() -> None:
    text = "وقالت المنظمة إن القرار «يتعارض مع حق طلب اللجوء المكفول دوليا»."
    assert not all_of_type(text, "AID")


def test_talks_by_video_are_a_call() -> None:
    text = ("وانتهت الجولة في لوزان دون نتائج، على أن يواصل الوفدان المشاورات عبر الاتصالات "
            "المرئية.")
    assert "phone" in [e.mode for e in all_of_type(text, "CONSULT")]


def test_refusing_to_return_to_talks_is_a_refusal_of_talks() -> None:
    text = "وأكدت الحركة أنها «لن تعود إلى المفاوضات قبل الإفراج عن المعتقلين»."
    found = all_of_type(text, "REJECT")
    assert [e.mode for e in found] == ["meet"]
    assert not all_of_type(text, "CONSULT")


# --- receptions


def test_a_reception_after_the_hosts_title_and_insert_is_the_visitors() -> None:
    text = ("الكويت - كونا\nاستقبل حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير "
            "البلاد، بقصر بيان صباح اليوم، فخامة الرئيس الفرنسي إيمانويل ماكرون.")
    visits = of_type(text, "CONSULT")
    assert visits and visits[0].actor is not None
    assert "ماكرون" in visits[0].actor.span.text


def test_a_reception_with_a_long_host_name_finds_the_visitor_after_it() -> None:
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، صباح اليوم، الرئيس التركي رجب طيب "
            "أردوغان.")
    visits = of_type(text, "CONSULT")
    assert visits and visits[0].actor is not None
    assert "أردوغان" in visits[0].actor.span.text


# --- senses that are no event


def test_packing_is_no_mobilisation() -> None:
    text = "وانسحب مشترون أوروبيون من الصفقة بسبب اشتراطات التعبئة والتغليف."
    assert not events(text, PUB)


def test_bathers_leaving_the_water_is_no_retreat() -> None:
    text = "ودعت وزارة الصحة المصطافين إلى الانسحاب من المياه فور ظهور القناديل."
    assert not all_of_type(text, "RETREAT")


def test_a_decision_taken_without_consulting_is_no_meeting() -> None:
    text = "وقال رئيس الاتحاد إن القرار «اتخذ دون أي تشاور مع المهنيين»."
    assert not all_of_type(text, "CONSULT")


def test_a_risk_that_threatens_is_no_threat() -> None:
    text = "وحذرت الغرفة من أن الإجراء الجديد «يهدد بإفلاس مئات الشركات الصغيرة»."
    assert not all_of_type(text, "THREATEN")


def test_a_party_threatening_a_closure_stays_a_threat() -> None:
    text = "وهددت السلطات الجزائرية بإغلاق المعبر الحدودي إذا استمر التهريب."
    assert all_of_type(text, "THREATEN")


def test_a_site_toured_on_a_state_visit_is_no_meeting() -> None:
    text = "ومن المقرر أن يزور الرئيس الكوري، غدا الخميس، مصنع الصلب في الجبيل."
    assert not all_of_type(text, "CONSULT")


# --- quotes: a press review's papers


def _speakers(text: str) -> list[str]:
    from rasd.analysis import analyze
    from rasd.evaluation.quotes import speaker_strings

    doc = analyze(text, published=PUB)
    return [" ".join(speaker_strings(doc, q)[:1]) for q in doc.quotes]


def test_a_paper_named_in_guillemets_before_its_verb_speaks_not_its_nisba() -> None:
    text = ("صحيفة «الإندبندنت» البريطانية رأت في افتتاحيتها أن الحكومة «فقدت السيطرة على "
            "ملف الهجرة».")
    found = _speakers(text)
    assert found and "الإندبندنت" in found[0]


def test_the_topic_of_amma_speaks_not_the_object_of_its_verb() -> None:
    text = ("أما «كورييري ديلا سيرا» الإيطالية فدعت الحكومة في روما إلى «التريث قبل أي رد "
            "على واشنطن».")
    found = _speakers(text)
    assert found and "كورييري" in found[0]


def test_officials_with_their_nationality_before_a_plural_verb_speak() -> None:
    text = ("وقصفت الطائرات مواقع في الإقليم، بحسب مسؤولين عراقيين قالوا إن الغارات «أصابت "
            "منازل مدنية».")
    found = _speakers(text)
    assert found and "مسؤولين" in found[0]
