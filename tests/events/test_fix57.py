"""Task fix57 on the team's own sentences: the general causes of the blind round 57's failures
(ev-2151..ev-2180, a week of Sudan, South Sudan, Libya, the Sahel and the Horn of Africa).
A call crosses a channel insert to the protest it calls; a joiner's strike and a party's
condition are acts of their own, as is a denier's counter-charge; a derived verb's bare past
is no act noun of a list; a prosecution page is no health page and a river's flood is a
weather page; a warning that an act threatens, a step called worrying; a crowd fired on to
disperse it; a second complement after a comma; praised stands, delegations sent, warned
violators, crossings kept open, conditional suspensions, seizures by verbal noun, suspended
aid, burnt trucks, attached funds, cordons, resumed oil transit. And the readings beside
them that stay as they were (a step judged insufficient, an article's topic, a welcome of
prices, aid named as an object)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import (
    assert_no_fact,
    assert_reports,
    events_of_type,
    facts_of_type,
)

PUB = date(2026, 11, 4)  # a Wednesday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)
any_of_type = partial(events_of_type, published=PUB)


# --- calls, joiners, conditions, counter-charges


def test_a_call_with_a_channel_insert_is_the_callers_protest() -> None:
    text = ("ودعا رئيس الاتحاد العام للشغل، في بيان، العمال إلى إضراب عام يوم الاثنين "
            "المقبل في كل الولايات.")
    found = any_of_type(text, "PROTEST")
    assert found and all(e.future for e in found), text
    assert not any_of_type(text, "REQUEST"), text


def test_a_call_on_an_authority_across_an_insert_stays_a_request() -> None:
    text = "ودعت المنظمة، في رسالة مفتوحة، السلطات إلى احترام حق التظاهر السلمي."
    assert any_of_type(text, "REQUEST"), text


def test_a_group_joining_a_strike_is_a_strike_of_its_own() -> None:
    text = ("يواصل عمال الموانئ في بورتسودان إضرابهم لليوم الرابع. وانضم سائقو الشاحنات في "
            "المدينة إلى الإضراب منذ صباح اليوم.")
    assert len(of_type(text, "PROTEST")) == 2, text


def test_a_party_naming_its_condition_is_a_demand_of_its_own() -> None:
    text = ("ودعا الوسطاء الطرفين إلى القبول بهدنة لمدة شهر. وأعلنت الحركة قبولها بالمقترح، "
            "فيما اشترطت الحكومة انسحاب مقاتليها من البلدات قبل أي اتفاق.")
    assert len(of_type(text, "REQUEST")) == 2, text


def test_a_withdrawal_named_as_an_acceptances_condition_is_no_demand() -> None:
    text = "ووافقت الحكومة على المقترح مشترطة انسحاب المسلحين من الطريق."
    assert not of_type(text, "REQUEST"), text


def test_a_deniers_counter_charge_is_its_own_accusation() -> None:
    text = ("واتهمت الحكومة الجماعة بتفجير خط الكهرباء، وهو ما نفته الجماعة في بيان، محملة "
            "«عصابات التهريب» المسؤولية.")
    assert len(of_type(text, "ACCUSE")) == 2, text


# --- acts in lists and inserts


def test_a_condemnation_its_label_and_an_appeal_are_three_acts() -> None:
    text = ("وأدان محافظ الإقليم القصف، واصفا إياه بأنه «جريمة نكراء»، وناشد المنظمات الدولية "
            "إرسال إمدادات طبية إلى المستشفى.")
    reports(text, "ACCUSE", None)
    reports(text, "REQUEST", "assist")


def test_a_list_of_kinds_of_violence_stays_no_event() -> None:
    no_fact("تعاني المنطقة منذ سنوات من القتل والخطف والنهب.", "ASSAULT")


def test_measures_done_to_named_suspects_are_not_a_list_of_kinds() -> None:
    text = ("وأصدر قاضي التحقيق قرارا بتوقيف المسؤولين الثلاثة ومنعهم من السفر، والحجز "
            "الاحتياطي على أموالهم.")
    modes = {e.mode for e in of_type(text, "COERCE")}
    assert {"restrict", "confiscate"} <= modes, modes


def test_a_calls_second_complement_after_a_comma_is_its_content() -> None:
    text = ("ودعت اللجنة الطرفين إلى وقف فوري لإطلاق النار في المدينة، وإلى فتح ممرات آمنة "
            "لخروج المدنيين.")
    assert not of_type(text, "RETREAT"), text
    reports(text, "REQUEST", None)


# --- page domains


def test_a_prosecution_of_health_officials_is_no_health_page() -> None:
    text = ("أمر النائب العام بحبس مدير هيئة الدواء احتياطيا على ذمة التحقيق، بتهمة التلاعب في "
            "صفقات أدوية السرطان. وكان مرضى العلاج الكيماوي قد اشتكوا من نقص الأدوية.")
    reports(text, "COERCE", "arrest")


def test_a_river_flood_page_raises_no_mobilisation() -> None:
    text = ("حذرت هيئة الأرصاد من ارتفاع منسوب نهر النيل بعد الأمطار الغزيرة، وقالت إن المياه "
            "قد تغمر القرى القريبة من ضفافه. ورفعت السلطات المحلية حالة التأهب القصوى.")
    no_fact(text, "MOBILIZE")


# --- characterisations and warnings


def test_a_warning_that_an_act_threatens_is_a_criticism() -> None:
    reports("وحذرت وزارة الطاقة من أن اقتحام المحطة «يهدد سلامة العاملين».", "ACCUSE",
            "disapprove")


def test_a_step_called_worrying_is_a_criticism() -> None:
    reports("وقال وزير الخارجية إن القرار «مثير للقلق».", "ACCUSE", "disapprove")


def test_a_step_judged_insufficient_is_no_accusation() -> None:
    no_fact("وقالت النقابة إن الزيادة «غير كافية».", "ACCUSE")


def test_a_warning_of_a_health_risk_is_no_criticism() -> None:
    no_fact("وحذر الأطباء من أن التدخين يهدد صحة الأطفال.", "ACCUSE")


def test_violators_warned_of_consequences_is_a_threat() -> None:
    reports("وأعلن المحافظ منع التجمعات في الساحة، محذرا من أن المخالفين «سيتعرضون للمساءلة».",
            "THREATEN", None)


def test_consumers_warned_of_a_price_is_no_threat() -> None:
    no_fact("وحذرت الغرفة التجارية من أن المستهلك سيدفع ثمن الرسوم الجديدة.", "THREATEN")


# --- crowds


def test_a_crowd_fired_on_to_disperse_it_gathered_in_protest() -> None:
    text = ("أصيب ثلاثة أشخاص عندما أطلق الجنود النار لتفريق مئات من أنصار المرشح الخاسر "
            "تجمعوا أمام مقر اللجنة الانتخابية.")
    reports(text, "PROTEST", None)


def test_protesters_stoning_a_building_riot() -> None:
    reports("ورشق محتجون غاضبون مقر البلدية بالحجارة بعد انقطاع المياه.", "PROTEST", "riot")


# --- wording families


def test_praise_of_a_states_stands_is_support() -> None:
    reports("وأشاد الوزير بـ«المواقف الثابتة» التي أبدتها المملكة تجاه قضايا الشعب.",
            "SUPPORT", None)


def test_a_delegation_sent_to_a_town_is_a_visit() -> None:
    reports("وأوفدت الرئاسة وفدا رفيعا برئاسة نائب الرئيس إلى مدينة الجنينة.", "CONSULT",
            "visit")


def test_a_crossing_said_to_stay_open_is_a_promise() -> None:
    reports("وأكد الوزير أن معبر رفح سيظل مفتوحا أمام الجرحى.", "AGREE", None)


def test_a_union_suspending_its_strike_once_paid_is_a_promise() -> None:
    text = "وقالت نقابة المعلمين إنها ستعلق الإضراب فور صرف الرواتب المتأخرة."
    reports(text, "AGREE", None)


def test_sources_saying_workers_will_suspend_a_strike_report_no_promise() -> None:
    no_fact("وقالت مصادر إن العمال سيعلقون الإضراب فور صرف المستحقات.", "AGREE")


def test_a_seizure_told_by_its_verbal_noun_is_a_confiscation() -> None:
    text = "وتحدث المسؤول عن استيلاء مسلحين على 12 شاحنة إغاثة في الإقليم."
    reports(text, "COERCE", "confiscate")
    no_fact(text, "AID")


def test_an_aid_body_suspending_distributions_discontinues() -> None:
    text = "علقت المنظمة الدولية توزيع المساعدات الغذائية في المخيم بسبب المعارك."
    reports(text, "SANCTION", "discontinue")
    no_fact(text, "AID")


def test_gunmen_burning_tankers_destroy() -> None:
    reports("وأحرق مسلحون مجهولون نحو 20 صهريجا على الطريق الدولي.", "ASSAULT", "destroy")


def test_a_prosecutor_attaching_funds_confiscates() -> None:
    reports("وقررت النيابة العامة التحفظ على أموال الوزير السابق وأسرته.", "COERCE",
            "confiscate")


def test_a_cordon_thrown_on_towns_is_a_deployment() -> None:
    text = "وأرسل الجيش تعزيزات إلى المنطقة وفرض طوقا على قريتين مجاورتين."
    reports(text, "MOBILIZE", None)
    no_fact(text, "COERCE")


def test_oil_pumped_again_through_a_neighbours_pipeline_is_cooperation() -> None:
    reports("واستأنف العراق تصدير النفط عبر ميناء جيهان التركي.", "COOPERATE", "economic")


# --- readings that stay no event


def test_a_deal_named_as_an_articles_topic_is_no_cooperation() -> None:
    no_fact("واعتقلت الشرطة صحفيا بعد نشره مقالا عن صفقة لبيع الذهب.", "COOPERATE")


def test_a_welcome_of_falling_prices_is_no_support() -> None:
    no_fact("ورحب المستهلكون بانخفاض الأسعار في الأسواق.", "SUPPORT")


def test_aid_named_as_what_a_crossing_is_closed_to_is_no_aid() -> None:
    no_fact("وقال المسؤول إن السلطات لم تغلق أي معبر أمام المساعدات.", "AID")


def test_drones_named_as_launched_are_no_march() -> None:
    no_fact("وقال الجيش إن دفاعاته أسقطت ثلاث مسيرات أطلقتها الميليشيا نحو المطار.", "PROTEST")


def test_regrouping_named_as_a_truces_purpose_is_no_withdrawal() -> None:
    no_fact("وقال: «لن نقبل هدنة تمنح المتمردين فرصة لإعادة التموضع».", "RETREAT")


def test_offices_shutting_their_doors_is_no_coercion() -> None:
    no_fact("ودخل الإضراب يومه الثاني، فيما أغلقت معظم الدوائر الحكومية أبوابها.", "COERCE")
