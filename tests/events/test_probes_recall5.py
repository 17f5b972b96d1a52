"""Recall pass 5 (2026-12-04 (15)): the probe sentences of :mod:`tests.events.probes_recall5`
(CONCEDE, COOPERATE, RETREAT, REJECT, MOBILIZE and AID as Arabic news tells them, and their near
misses) scored with the rules alone, and the pass's rows and its one code change
(rasd.events.matcher._insert_close: a month whose name starts with ف, فبراير or فيفري, is no
fused conjunction, so a gap crosses the dated insert). The probes the pass leaves missed are
strict xfails, so a later fix shows up; each gives its reason."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.probes_recall5 import HELD_OUT, HELD_OUT_NEAR_MISSES, NEAR_MISSES, PROBES
from tests.events.rule_checks import held_out_cases, known_failures, types

PUB = date(2026, 12, 2)  # a Wednesday

#: Tuned probes still missed after the pass, with why (docs/quality.md, Recall pass 5).
STILL_MISSED = {
    "وأعلن البلدان استئناف التعاون العسكري بينهما.":
        "cooperation resumed by announcement: تعاون is talk or AGREE unless an act is named",
    "وضبطت السلطات السعودية شحنة الكبتاغون بالتنسيق مع السلطات العراقية.":
        "the بالتنسيق مع row is weak (0.65) and the seizure takes the clause",
    "ونفذت الشرطة الإيطالية والألبانية حملة مشتركة ضد شبكات التهريب.":
        "حملة مشتركة is mostly domestic (police and a municipality): no row",
    "ولم تقبل الفصائل بالشروط المطروحة.":
        "read as a negated AGREE (قبل بالشروط), not as a refusal",
    "ودربت بعثة الاتحاد الأوروبي وحدات من الجيش المالي.":
        "training another army: AID/military or COOPERATE (gold ev-1269), no row",
    "وأرسلت رواندا قوات إلى موزمبيق لمساعدة الحكومة في مواجهة المتمردين.":
        "troops sent at a government's request read as MOBILIZE, not AID/peacekeeping",
    "وتكفلت مؤسسة خليفة بإعادة بناء المنازل المدمرة في درنة.":
        "the تكفل row (0.6) needs a participant of its own; a foundation's name is none",
}


@pytest.mark.parametrize("text, type_", known_failures(PROBES, STILL_MISSED))
def test_probe_found(text: str, type_: str) -> None:
    assert type_ in types(text, PUB)


#: Near misses reported before the pass and still reported.
NEAR_MISSES_STILL_REPORTED = {
    "ورفض الدفاع الكرة برأسه.": "a defender's رفض with no sports page around it",
}


@pytest.mark.parametrize("text, type_", known_failures(NEAR_MISSES, NEAR_MISSES_STILL_REPORTED))
def test_near_miss_not_found(text: str, type_: str) -> None:
    assert type_ not in types(text, PUB)


def test_probe_counts() -> None:
    """At least 80 tuned probes, 40 held-out ones and a near miss for every type."""
    assert len(PROBES) >= 80 and len(HELD_OUT) >= 40
    kinds = {"CONCEDE", "COOPERATE", "RETREAT", "REJECT", "MOBILIZE", "AID"}
    assert {t for _, t in PROBES} == kinds == {t for _, t in HELD_OUT}
    assert {t for _, t in NEAR_MISSES} == kinds
    assert set(STILL_MISSED) <= {t for t, _ in PROBES}
    assert set(HELD_OUT_WRONG) <= {t for t, _ in HELD_OUT + HELD_OUT_NEAR_MISSES}


#: Held-out probes the rules get wrong after the pass (not tuned on, so left as found).
HELD_OUT_WRONG = {
    "وتجري القوات البحرية الإيرانية والروسية والصينية مناورات بحرية في خليج عمان.":
        "three navies, no مشتركة: read as MOBILIZE drills (the pass's row takes a dual army)",
    "واستأنفت مصر والسودان التعاون الأمني على الحدود.":
        "cooperation resumed: no row (as the tuned استئناف التعاون)",
    "وبدأ تشغيل خط الربط الكهربائي بين السعودية ومصر.":
        "a line put into service: no row (domestic lines share the wording)",
    "وأحبطت الشرطة المغربية مخططا إرهابيا بتنسيق مع الاستخبارات الإسبانية.":
        "the تنسيق أمني row lists بالتنسيق, not بتنسيق",
    "واستضافت مصر مناورات النجم الساطع بمشاركة قوات أمريكية.":
        "a joint exercise told by بمشاركة (as recall pass 4's الأسد الإفريقي)",
    "وتبادلت روسيا وأوكرانيا جثث مئات الجنود القتلى.":
        "bodies exchanged: the تبادل rows name prisoners only",
    "وغادرت آخر دفعة من الجنود الفرنسيين تشاد.":
        "troops leaving a country told by غادر: no row",
    "وسلم برنامج الأغذية العالمي حصصا غذائية لنحو 20 ألف أسرة.":
        "حصص غذائية is not among the AID nouns",
    "وشحنت الصين معدات طبية إلى إيطاليا لمكافحة الوباء.":
        "شحن (shipped) is not listed",
    "وزودت الولايات المتحدة إسرائيل بقنابل خارقة للتحصينات.":
        "بقنابل is not in the زود row",
}


@pytest.mark.parametrize(
    "text, type_, expected",
    known_failures(held_out_cases(HELD_OUT, HELD_OUT_NEAR_MISSES), HELD_OUT_WRONG))
def test_held_out(text: str, type_: str, expected: bool) -> None:
    """The held-out probes as they stand (a later change that fixes one shows up)."""
    assert (type_ in types(text, PUB)) == expected


# --- the pass's rows, block and matcher change, one by one


def test_month_with_fa_does_not_end_an_insert() -> None:
    """فبراير starts with ف, read as a fused conjunction: the dated insert stopped the gap
    (gold ev-1221); a true clause after a comma still does."""
    text = ("وكانت السلطات المغربية قد سلمت نظيرتها الإسبانية، في فبراير الماضي، مواطنا "
            "إسبانيا مطلوبا لدى القضاء الإسباني.")
    assert "COOPERATE" in types(text, PUB)
    assert "COOPERATE" in types(text.replace("فبراير", "فيفري"), PUB)


def test_reinforcements_after_a_long_subject() -> None:
    text = "ودفعت قيادة الشرطة الاتحادية في البصرة بتعزيزات إلى محيط الحقل النفطي."
    assert "MOBILIZE" in types(text, PUB)


def test_units_moved_need_a_border_or_front() -> None:
    moved = "وقالت الحكومة إن أنجامينا نقلت «وحدات إضافية» إلى حدودها الشرقية."
    assert "MOBILIZE" in types(moved, PUB)
    assert "MOBILIZE" not in types("ونقلت وحدات الإسعاف المصابين إلى المستشفى الميداني.", PUB)


def test_foreign_bases_refused_in_the_future() -> None:
    text = "وأكد الرئيس أن حكومته «لن تقبل بإقامة قواعد عسكرية أجنبية دائمة» على أراضيها."
    assert "REJECT" in types(text, PUB)


def test_government_brought_down_by_parliament_not_by_protesters() -> None:
    assert "REJECT" in types("وأسقطت الجمعية الوطنية، مساء الأربعاء، حكومة رئيس الوزراء.", PUB)
    assert "REJECT" not in types("وهتف المحتجون بإسقاط الحكومة.", PUB)


def test_joint_inauguration_needs_a_project() -> None:
    opened = "وافتتح وزيرا النقل المصري والسوداني، أمس الثلاثاء، معبر أرقين."
    assert "COOPERATE" in types(opened, PUB)
    assert "COOPERATE" not in types("وافتتح وزيرا الخارجية أعمال الاجتماع الوزاري.", PUB)


def test_exports_begun_need_a_destination() -> None:
    assert "COOPERATE" in types("وبدأت إثيوبيا الشهر الماضي تصدير الكهرباء إلى السودان.", PUB)
    assert "COOPERATE" not in types("وبدأت الشركة تصدير منتجاتها الجديدة.", PUB)


def test_fugitive_handed_over_but_not_an_agenda_item() -> None:
    handed = "وسلمت السلطات المكسيكية، أمس الاثنين، أحد الفارين إلى غواتيمالا."
    assert "COOPERATE" in types(handed, PUB)
    agenda = "ومن مواضيع الخلاف رفع الحصار وتسليم الفارين اللاجئين في كوبا."
    assert "COOPERATE" not in types(agenda, PUB)


def test_heavy_weapons_received_from_a_group() -> None:
    text = ("وتسلم الجيش اللبناني، أمس الثلاثاء، كميات من الأسلحة الثقيلة والمتوسطة من حركة "
            "فتح في مخيم عين الحلوة.")
    assert "RETREAT" in types(text, PUB)


def test_wages_paid_by_decision_not_a_demand_for_them() -> None:
    assert "CONCEDE" in types("وأعلنت وزارة النقل، في بلاغ مساء اليوم، صرف أجور شهر جانفي.", PUB)
    assert "CONCEDE" not in types("واعتصم العمال احتجاجا على تأخر صرف الأجور منذ شهرين.", PUB)


def test_ceasefire_with_an_adjective_between() -> None:
    text = "وأعلنت الحكومة الفيدرالية مساء أمس وقفا فوريا لإطلاق النار في الإقليم."
    assert "CONCEDE" in types(text, PUB)


def test_curfew_hours_cut_is_an_easing() -> None:
    found = types("وقررت السلطات تقليص ساعات حظر التجول في العاصمة.", PUB)
    assert "CONCEDE" in found and "COERCE" not in found


def test_declining_to_go_into_details_is_no_refusal() -> None:
    assert "REJECT" not in types("وأكد المتحدث وقوع الحادث، رافضا الخوض في التفاصيل.", PUB)
