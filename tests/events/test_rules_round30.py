"""Round-30 fixes (2026-12-04 (14)) on the team's own sentences: the general causes the blind
round ev-1341..ev-1370 showed — a cordon thrown around a site read as a restriction, a
ceasefire violation with an adjective read as an agreement, a figurative blow or kidnapping,
a detention told by its length, an act named as a pretext, awaited (حتى، لحين), set as a
condition or named as a danger, and a novel's plot on a book-fair page."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 2, 12)  # a Thursday

of_type = partial(facts_of_type, published=PUB)


def test_a_cordon_around_a_site_is_a_police_deployment() -> None:
    text = "وفرضت وحدات الشرطة طوقا حول الحي وبدأت عمليات بحث عن المطلوبين."
    assert [(e.type, e.mode) for e in events_of_type(text, "MOBILIZE", PUB)] == [
        ("MOBILIZE", "police")]
    assert not events_of_type(text, "COERCE", PUB)


def test_a_ceasefire_violation_with_an_adjective_is_no_agreement() -> None:
    text = ("قتل شاب في غارة نفذتها مسيرة إسرائيلية على دراجة نارية في بلدة عيتا الشعب، "
            "في خرق فاضح لاتفاق وقف إطلاق النار.")
    assert not events_of_type(text, "AGREE", PUB)
    assert of_type(text, "ASSAULT")


def test_a_figurative_blow_is_no_strike() -> None:
    text = "ووصفت المنظمة القرار بأنه «ضربة موجعة لجهود السلام في المنطقة»."
    assert not events_of_type(text, "ASSAULT", PUB)


def test_a_figurative_kidnapping_is_no_abduction() -> None:
    text = "واتهم زعيم المعارضة الحزب الحاكم باختطاف إرادة الناخبين في العاصمة."
    assert not events_of_type(text, "ASSAULT", PUB)
    assert of_type(text, "ACCUSE")


def test_a_detention_told_by_its_length_is_an_undated_arrest() -> None:
    # conv18 (gold README "Background detentions"): the detention behind a release is an
    # arrest of its own, undated, as a closure that lasted is; round 30 had it as a state
    text = "وأفرجت السلطات أمس عن الصحفي المعارض بعد احتجاز دام عامين."
    found = events_of_type(text, "COERCE", PUB)
    assert len(found) == 1 and found[0].date is None
    assert of_type(text, "RETREAT")


def test_an_act_named_as_a_pretext_is_not_reported() -> None:
    text = "وقالت المنظمة إن القانون الجديد ذريعة لاحتجاز الناشطين دون محاكمة."
    assert not of_type(text, "COERCE")
    assert not of_type(text, "ASSAULT")


def test_an_awaited_act_is_not_reported() -> None:
    assert not of_type("وقال المتحدث إن الاعتصام سيستمر حتى يفرج عن جميع المعتقلين.",
                       "RETREAT")
    assert not of_type("وطالبت النقابة بتجميد القرار لحين التوصل إلى اتفاق مع الحكومة.",
                       "AGREE")


def test_until_with_a_past_verb_still_reports_the_act() -> None:
    text = "وفر المسلحون إلى المنطقة الجبلية حتى تم القبض عليهم أمس الأربعاء."
    assert of_type(text, "COERCE")


def test_a_condition_is_not_reported() -> None:
    text = "وأعلن الجيش موافقته على الهدنة، مشترطا انسحاب المسلحين من الأحياء السكنية."
    assert not of_type(text, "RETREAT")


def test_the_danger_of_an_act_is_no_act() -> None:
    text = "وحذر رئيس البلدية من خطر اندلاع اشتباكات جديدة في المدينة."
    assert not of_type(text, "ASSAULT")


def test_a_novels_plot_on_a_book_fair_page_is_no_event() -> None:
    text = ("شهد معرض الكتاب أمس حفل توقيع رواية جديدة للكاتبة اليمنية منى أحمد. "
            "وتتابع الرواية رحلة شاب يعتقل الجنود والده عند حاجز، فيحاول التفاوض "
            "لإطلاق سراحه. وقال الناقد خالد علي خلال الندوة إن العمل يوثق ذاكرة المدينة.")
    assert not events(text, PUB)


def test_an_act_a_party_tries_to_prevent_is_not_reported() -> None:
    text = "وحاول أقارب المطلوب منع اعتقاله، قبل أن تفرقهم الشرطة."
    assert not events_of_type(text, "COERCE", PUB)


def test_a_case_named_by_its_crime_is_no_attack() -> None:
    text = "وأوقفت الشرطة رجلا مطلوبا للاشتباه في تورطه في قضية قتل وقعت العام الماضي."
    assert not events_of_type(text, "ASSAULT", PUB)
    assert of_type(text, "COERCE")


def test_an_agreement_reached_on_a_ceasefire_is_one_agreement() -> None:
    text = "وتوصل وجهاء القبائل إلى اتفاق لوقف إطلاق النار بين الطرفين مساء أمس."
    assert [e.type for e in events(text, PUB)] == ["AGREE"]


def test_a_sovereignty_formula_is_no_refusal() -> None:
    text = "وقال الرئيس في خطاب أمام أنصاره إن بلاده «لن تقبل الوصاية من أي جهة»."
    assert not events_of_type(text, "REJECT", PUB)


def test_an_act_not_done_instead_of_another_is_not_reported() -> None:
    text = "وقالت النقابة في بيان إن السلطات اختارت الحل الأمني بدل الحوار مع المحتجين."
    assert not events_of_type(text, "CONSULT", PUB)


def test_a_subsidy_paid_to_citizens_is_no_support() -> None:
    text = "وكانت الحكومة قد أعلنت الشهر الماضي صرف دعم نقدي شهري لسائقي سيارات الأجرة."
    assert not events_of_type(text, "SUPPORT", PUB)


def test_an_attack_a_party_denies_any_link_to_is_not_retold() -> None:
    text = "ونفت الجماعة في بيان أي صلة لها بالتفجير، واتهمت الحكومة بالتضليل."
    assert not events_of_type(text, "ASSAULT", PUB)
    assert of_type(text, "ACCUSE")


def test_a_standing_warning_not_to_allow_is_no_refusal() -> None:
    text = "وقال قائد الشرطة إن قواته «لن تسمح بتحويل المدينة إلى ساحة لتصفية الحسابات»."
    assert not events_of_type(text, "REJECT", PUB)


def test_a_prison_named_hesar_is_no_siege() -> None:
    text = "ونفذت السلطات الإيرانية حكم الإعدام بحق سجين في سجن قزل حصار بمدينة كرج."
    assert not events_of_type(text, "COERCE", PUB)


def test_detention_as_a_condition_or_a_place_is_no_arrest() -> None:
    text = "وأبدت المنظمة قلقها من ظروف احتجاز المهاجرين في مراكز الاحتجاز بالجنوب."
    assert not events_of_type(text, "COERCE", PUB)


def test_a_siege_told_as_the_circumstance_is_not_reported() -> None:
    text = ("وحذرت الأمم المتحدة من مجاعة في المدينة، في ظل حصار تفرضه قوات الدعم السريع "
            "عليها منذ أشهر.")
    assert not of_type(text, "COERCE")
