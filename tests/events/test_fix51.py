"""Task fix51 on the team's own sentences: the general causes of the blind round 51's failures
(ev-1971..ev-2000, a week of Iraq and Kurdistan, Iran, Turkey, Yemen, Gulf security and
UN-week diplomacy). The topics of talks and statements (files, situations, quoted words) are
no acts and no places; a law's permissions and an act set as a condition are none; any attempt
of a kind refused is none; a comment on a known act retells it; a figurative نسف is no
demolition; a talk with a counterpart after a long titled subject; an act told with "also"
is not merged into the one before; a statement takes its wire's dateline over a place it only
names; a slash dateline is the story's place; a ruling's بسجن is no prison; a town abroad
named inside a city of another country is a local quarter there; a refusal until a demand is
met, a threat of reciprocal measures and doubt cast on an act's seriousness; the defendants
as a subject open no charge; an MP named by his seat; the demanding participle's subject;
REQUEST modes. And the readings beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import filter_disabled
from tests.events.rule_checks import assert_no_fact, assert_reports, events, facts_of_type

PUB = date(2026, 9, 23)  # a Wednesday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)


def places(text: str, type_: str) -> list[str | None]:
    return [e.place.span.text if e.place else None for e in of_type(text, type_)]


def countries(text: str, type_: str) -> list[str | None]:
    return [e.country for e in of_type(text, type_)]


def actors(text: str, type_: str) -> list[str | None]:
    return [e.actor.span.text if e.actor else None for e in of_type(text, type_)]


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- topics of talks and statements are no acts


def test_the_files_a_meeting_discusses_are_no_acts() -> None:
    text = ("بحث وزير الخارجية المصري مع نظيره الإيطالي، أمس، ملفات صفقة الطائرات والعقوبات "
            "المفروضة على ليبيا والهجرة غير النظامية.")
    reports(text, "CONSULT", None)
    no_fact(text, "SANCTION")
    no_fact(text, "COOPERATE")


def test_talks_in_a_phone_call_about_a_file_stay_a_call() -> None:
    # the file is the topic; the call it was discussed in is the act
    text = "وكان رئيس الوزراء قد بحث الملف مع نظيره الأردني في اتصال هاتفي الأسبوع الماضي."
    assert events(text, PUB) and {e.type for e in events(text, PUB)} == {"CONSULT"}


def test_what_a_law_permits_is_no_act() -> None:
    text = ("ويجيز القانون للحكومة تخفيف الأحكام عن المقاتلين الذين لم يتورطوا في أعمال قتل، "
            "شرط تسليم أسلحتهم خلال ثلاثة أشهر.")
    no_fact(text, "ASSAULT")
    no_fact(text, "RETREAT")


def test_an_act_set_as_a_condition_is_no_act() -> None:
    no_fact("وأعلن الجيش أنه سيعيد فتح الطريق شرط تسليم المسلحين أسلحتهم إلى لجنة محلية.",
            "RETREAT")


def test_any_attempt_refused_is_no_act_of_its_kind() -> None:
    text = "وأكد الوزير أن بلاده ترفض أي محاولات لفرض العقوبات على جارتها من خارج مجلس الأمن."
    no_fact(text, "SANCTION")
    reports(text, "REJECT", None)


def test_a_warning_against_any_attempt_stays_a_threat() -> None:
    # the warning is the act; only the attempts it names are a class of acts
    reports("وحذر المحافظ من أن «أي محاولة لقطع الطرق ستواجه بالقانون».", "THREATEN", None)


def test_a_comment_on_an_accusation_retells_it() -> None:
    no_fact("ولم يصدر أي تعليق من الجانب الإيراني على الاتهامات حتى مساء اليوم.", "ACCUSE")


def test_a_figurative_wrecking_of_efforts_is_no_demolition() -> None:
    text = "واتهم وزير الإعلام الجماعة المسلحة بنسف جهود التهدئة في المحافظة."
    no_fact(text, "ASSAULT")
    reports(text, "ACCUSE", None)


def test_a_demolition_of_houses_stays_one() -> None:
    reports("ونسفت قوات الاحتلال، فجر اليوم، منزلين في بلدة قباطية جنوب جنين.", "ASSAULT",
            "destroy")


def test_talks_with_a_counterpart_after_a_titled_full_name() -> None:
    reports("بحث الرئيس الكازاخي قاسم جومارت توكاييف مع نظيره الأوزبكي، اليوم، التعاون في مجال "
            "المياه.", "CONSULT", None)


def test_a_second_closure_told_with_also_is_an_act_of_its_own() -> None:
    text = ("أعلن وزير الخارجية الماليزي، أمس، إغلاق الموانئ أمام السفن الإسرائيلية.\n"
            "وأضاف أن بلاده قررت كذلك إغلاق مجالها الجوي أمام الطائرات الإسرائيلية.")
    assert len(of_type(text, "SANCTION")) == 2


# --- places named as a topic, datelines


def test_a_place_in_the_situation_discussed_is_not_where_talks_were() -> None:
    text = ("الرياض - واس\nالتقى وزير الخارجية السعودي، اليوم في الرياض، نظيره البريطاني، "
            "وبحثا الأوضاع في السودان.")
    assert "السودان" not in places(text, "CONSULT")


def test_a_place_in_quoted_words_is_not_where_the_statement_was_made() -> None:
    text = ("موسكو - تاس\nوانتقد الوزير العقوبات، داعيا إلى «منظومة أمن جماعي في الخليج».")
    assert "الخليج" not in places(text, "REQUEST")


def test_a_sanction_named_with_its_charge_takes_the_wire_dateline() -> None:
    text = ("بروكسل (أ ف ب) - فرض الاتحاد الأوروبي، الاثنين، عقوبات على خمسة أفراد بتهمة "
            "«تزويد روسيا بطائرات مسيرة» المستخدمة في الحرب على أوكرانيا.")
    assert places(text, "SANCTION") == ["بروكسل"]


def test_a_statement_made_in_a_named_city_keeps_that_city() -> None:
    # the sentence says where the refusal was voiced: not the dateline
    text = ("طهران - إرنا\nورفض الوزير، في كلمة ألقاها في إسطنبول، الشروط الأوروبية.")
    assert places(text, "REJECT") == ["إسطنبول"]


def test_a_slash_dateline_is_the_story_place() -> None:
    text = ("أنقرة/ الأناضول\nصادق البرلمان التركي، مساء أمس، على قانون جديد، وانسحب نواب "
            "المعارضة من القاعة قبل التصويت.")
    doc = analyze(text, published=PUB)
    assert doc.title is not None and doc.title.text.startswith("أنقرة")
    assert any(e.name_en == "Ankara" for e in doc.entities)


def test_a_breadcrumb_with_a_slash_stays_a_section() -> None:
    doc = analyze("سياسة / عربي\nصادق البرلمان، مساء أمس، على قانون جديد.", published=PUB)
    assert doc.title is None


def test_a_prison_term_is_no_prison() -> None:
    text = ("طهران - إرنا\nقضت محكمة الثورة، اليوم، بسجن ثلاثة صحفيين خمس سنوات بتهمة "
            "الدعاية ضد النظام.")
    assert all(p is None or "بسجن" not in p for p in places(text, "SANCTION"))


def test_a_prison_named_after_its_head_stays_a_site() -> None:
    text = "ونقل المعتقلون إلى سجن إيفين في طهران، حيث بدأوا إضرابا عن الطعام."
    assert any(p is not None and "سجن إيفين" in p for p in places(text, "PROTEST"))


def test_a_quarter_named_like_a_town_abroad_is_local_to_its_city() -> None:
    text = ("قطع عشرات المحتجين، مساء أمس، الشارع العام في منطقة فوة بمدينة المكلا، احتجاجا "
            "على انقطاع الكهرباء.")
    assert [e.place.country if e.place else None for e in of_type(text, "PROTEST")] == ["YEM"]


# --- refusals, threats, doubts


def test_a_refusal_until_a_demand_is_met() -> None:
    reports("وقال المتحدث: لن نقبل بتسليم عائدات الموانئ كاملة قبل أن تبت المحكمة في الطعن.",
            "REJECT", "yield")


def test_a_refusal_of_inspectors_before_guarantees() -> None:
    reports("وأكد نائب الرئيس أن بلاده «لن تسمح بعودة المفتشين قبل الحصول على ضمانات».",
            "REJECT", "yield")


def test_reciprocal_measures_are_a_threat() -> None:
    reports("وردت الخارجية الفنزويلية بإدانة القرار، مؤكدة أنها «ستتخذ إجراءات مماثلة».",
            "THREATEN", None)


def test_doubt_on_a_withdrawals_seriousness_is_a_disapproval() -> None:
    reports("وشككت حركة المعارضة، في بيان، بجدية انسحاب القوات الأجنبية من البلاد.", "ACCUSE",
            "disapprove")


def test_the_defendants_as_a_subject_leave_the_remand_an_act() -> None:
    reports("وأحيل المتهمون إلى النيابة العامة التي أمرت بحبسهم 15 يوما على ذمة التحقيق.",
            "COERCE", "arrest")


def test_accused_of_an_act_is_still_its_charge() -> None:
    # the indefinite predicate: what they are accused of is the charge's content
    no_fact("وأكدت الشرطة أن الموقوفين متهمون بتفجير سيارة مفخخة في السوق.", "ASSAULT")


# --- actors and modes


def test_an_mp_named_by_his_bloc_is_the_critic() -> None:
    text = ("وانتقد النائب عن كتلة التغيير في البرلمان أداء الحكومة، مطالبا بإخضاع الوزارة "
            "لرقابة البرلمان.")
    assert actors(text, "ACCUSE") == ["النائب عن"]
    assert actors(text, "REQUEST") == ["النائب عن"]
    assert modes(text, "REQUEST") == ["change"]


def test_a_call_for_more_support_is_assist() -> None:
    assert modes("وأدان الرئيس الهجوم، داعيا الشركاء الدوليين إلى «تعزيز دعم القوات الحكومية».",
                 "REQUEST") == ["assist"]


def test_an_invitation_to_visit_is_meet() -> None:
    with filter_disabled():
        doc = analyze("ووجه الأمير خلال الاتصال دعوة إلى الرئيس لزيارة الكويت.", published=PUB)
    assert [e.mode for e in doc.events if e.type == "REQUEST"] == ["meet"]


def test_strikers_asked_back_to_work_is_yield() -> None:
    assert modes("ودعت الوزارة المعلمين المضربين إلى العودة إلى المدارس.", "REQUEST") == ["yield"]


def test_sovereignty_over_islands_renewed_is_support() -> None:
    reports("وجدد المجلس الوزاري تأكيد سيادة الإمارات على جزرها الثلاث.", "SUPPORT", None)


def test_respect_for_a_states_sovereignty_is_no_endorsement() -> None:
    no_fact("وأكد الوزير احترام بلاده سيادة العراق ووحدة أراضيه.", "SUPPORT")
