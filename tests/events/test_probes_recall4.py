"""Recall pass 4 (2026-12-04 (15)): the probe sentences of :mod:`tests.events.probes_recall4`
(ACCUSE, SUPPORT, COOPERATE, SANCTION, THREATEN, AID and REQUEST in the families of wording the
dev misses showed, and their near misses) scored with the rules alone, and the pass's rows and
its one code change (rasd.events.gates.public_call reads the addressee inside a call row that
ends on its إلى). The probes the pass leaves missed are strict xfails, so a later fix shows
up; each gives its reason."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.probes_recall4 import HELD_OUT, HELD_OUT_NEAR_MISSES, NEAR_MISSES, PROBES
from tests.events.rule_checks import held_out_cases, known_failures, types

PUB = date(2026, 12, 2)  # a Wednesday

#: Tuned probes still missed after the pass, with why (docs/quality.md, Recall pass 4).
#: Recall pass 5 found two more (a drill by الجيشان, exports begun to a state) and one of the
#: held-out ones (a joint force launched): their entries are gone. Fix44 found thanks told
#: to a state named after ل (عن شكرها لدولة قطر، لتركيا، للإمارات), whatever the reason, and
#: removed those four entries.
STILL_MISSED = {
    "ووصف الرئيس الكولومبي في تغريدة على منصة إكس العملية العسكرية بأنها «جريمة حرب».":
        "nine words between وصف and بأنها: the gap stops at eight",
    "وسلمت المكسيك إلى الولايات المتحدة 26 من زعماء عصابات المخدرات.":
        "the handed-over people are named by a number and a title, no مطلوب/مواطن",
    "ووافقت السلطات البريطانية على تسليم رجل الأعمال الهندي إلى نيودلهي.":
        "an extradition told by the capital's name, no authority after إلى",
    "وأعلنت الداخلية المغربية ترحيل مواطن فرنسي مطلوب إلى بلاده بطلب من الإنتربول.":
        "ترحيل (deportation) stays COERCE/deport",
    "وانطلقت في المغرب مناورات الأسد الإفريقي بمشاركة قوات أمريكية.":
        "a joint exercise told by بمشاركة, no مشترك",
    "وأطلقت النيجر ومالي وبوركينا فاسو القوة الموحدة لتحالف دول الساحل.":
        "a joint force launched: no row for القوة الموحدة",
    "وتواصل القوات الفرنسية تدريب وحدات من الجيش العراقي في قواعدها.":
        "training another state's units: تدريب alone is also domestic training",
    "وعلقت الحكومة الكولومبية محادثات السلام مع جيش التحرير الوطني.":
        "علق with its subject between is left out: علق الوزير على المحادثات is 'commented on'",
    "وعلقت تركيا جميع عمليات التصدير والاستيراد مع إسرائيل.":
        "the same: علق with its subject between",
    "وأعلنت باكو إلغاء جميع الفعاليات الثقافية الروسية.":
        "cultural events cancelled: no row (a weather cancellation shares the wording)",
    "وجمدت الحكومة الهولندية صادرات قطع غيار الطائرات المقاتلة إلى إسرائيل.":
        "exports frozen: trade nouns other than التبادل التجاري are not listed",
}

#: Held-out probes the rules miss after the pass (not tuned on, so left as found).
HELD_OUT_WRONG = {
    "ووصف المتحدث باسم الجيش السوداني هجوم الدعم السريع على المخيم بأنه «إبادة جماعية».":
        "nine words between وصف and بأنه",
    "ووصفت بيونغ يانغ المناورات المشتركة بين سيول وواشنطن بأنها «بروفة للغزو».":
        "بروفة للغزو is no listed label",
    "وشكر رئيس الوزراء الفلسطيني الاتحاد الأوروبي على تمويله رواتب الموظفين.":
        "تمويل is no listed reason",
    "وتسلمت بغداد من دمشق 50 عنصرا من تنظيم الدولة.":
        "fighters handed over named by a number, no مطلوب",
    "وعلقت بوركينا فاسو اتفاقية التعاون العسكري مع فرنسا.":
        "علق with its subject between",
    "وعلقت الحكومة الليبية رحلات الطيران إلى تونس.":
        "علق with its subject between, and flights are not in the row",
    "وأغلقت مالي حدودها أمام الشاحنات القادمة من ساحل العاج.":
        "borders, not airspace or ports (أغلق الحدود stays COERCE)",
    "وأعلنت كندا تخصيص 10 ملايين دولار لمساعدة المتضررين من الزلزال في المغرب.":
        "لمساعدة المتضررين is not listed (domestic relief shares it)",
    "وأعلنت برلين أنها ستسلم أوكرانيا دبابات ليوبارد إضافية.":
        "tanks are left out of the سلم row (سلم الدبابات = disarming)",
}


@pytest.mark.parametrize("text, type_", known_failures(PROBES, STILL_MISSED))
def test_probe_found(text: str, type_: str) -> None:
    assert type_ in types(text, PUB)


#: Near misses reported before the pass and still reported (not the pass's rows: warnings of
#: a danger with a future verb, a company's supply).
NEAR_MISSES_STILL_REPORTED = {
    "وبدأت الشركة تزويد المنازل بالغاز الطبيعي.": "a company supplying homes read as COOPERATE",
    "وحذر الأطباء من أن الموجة الحارة ستؤثر على كبار السن.": "a warning of a danger",
    "وحذر صندوق النقد من أن النمو سيتباطأ هذا العام.": "a warning of a danger",
    "وحذرت المنظمة من أن الأزمة ستتفاقم خلال الشتاء.": "a warning of a danger",
}


@pytest.mark.parametrize("text, type_", known_failures(NEAR_MISSES, NEAR_MISSES_STILL_REPORTED))
def test_near_miss_not_found(text: str, type_: str) -> None:
    assert type_ not in types(text, PUB)


def test_probe_counts() -> None:
    """At least 80 tuned probes, 40 held-out ones and a near miss for every type."""
    assert len(PROBES) >= 80 and len(HELD_OUT) >= 40
    kinds = {"ACCUSE", "SUPPORT", "COOPERATE", "SANCTION", "THREATEN", "AID", "REQUEST"}
    assert {t for _, t in PROBES} == kinds
    assert {t for _, t in NEAR_MISSES} == kinds
    assert set(STILL_MISSED) <= {t for t, _ in PROBES}
    assert set(HELD_OUT_WRONG) <= {t for t, _ in HELD_OUT}


@pytest.mark.parametrize(
    "text, type_, expected",
    known_failures(held_out_cases(HELD_OUT, HELD_OUT_NEAR_MISSES), HELD_OUT_WRONG))
def test_held_out(text: str, type_: str, expected: bool) -> None:
    """The held-out probes as they stand (a later change that fixes one shows up)."""
    assert (type_ in types(text, PUB)) == expected


# --- the pass's rows and gate, one by one


def test_feminine_call_participle_to_a_party_is_a_request() -> None:
    text = "وانتقدت منظمة العفو الدولية الأحكام، داعية السلطات التونسية إلى إلغائها."
    assert "REQUEST" in types(text, PUB)


def test_feminine_call_participle_to_the_public_is_no_request() -> None:
    """public_call finds the addressee inside the داعية … إلى row's match (gold ev-179)."""
    text = ("أعلنت وزارة الصحة تسجيل 30 إصابة جديدة بالحصبة، داعية الأسر إلى الإسراع "
            "بتلقيح أطفالها.")
    assert "REQUEST" not in types(text, PUB)


def test_suspended_talks_and_a_commented_visit() -> None:
    assert "SANCTION" in types("وأعلنت الحكومة تعليق محادثات السلام مع المتمردين.", PUB)
    # علق على = commented on: no suspension, and the visit stays a visit (the row takes no
    # gap after علق; a block of علق … على would cancel the visit inside it, snn-00059)
    commented = types("وعلقت الصحيفة الفرنسية على زيارة الرئيس الأمريكي إلى كينيا.", PUB)
    assert "SANCTION" not in commented and "CONSULT" in commented


def test_long_insert_characterisation() -> None:
    text = ("ووصف وزير الخارجية الإيراني عباس عراقجي الضربات الأمريكية بأنها "
            "«انتهاك صارخ للسيادة».")
    assert "ACCUSE" in types(text, PUB)


def test_thanks_for_support_to_a_superior_stay_out() -> None:
    text = "وأعرب المحافظ عن شكره لأمير المنطقة على دعمه المتواصل للمحافظة."
    assert "SUPPORT" not in types(text, PUB)


def test_warning_of_ones_own_seizure_is_a_threat() -> None:
    """حذر من أنها «ستصادر»: the warner's own coercive act (gold ev-1255), longer than the
    حذر من block; a warning of a danger (ستتفاقم) gets nothing from the row."""
    text = "وقالت الوزارة إن الإفراج بادرة حسن نية، لكنها حذرت من أنها «ستصادر أي قارب»."
    assert "THREATEN" in types(text, PUB)
    critique = "وانتقد الخبير الخطة، وحذر من أنها ستؤدي إلى ارتفاع الأسعار."
    assert "THREATEN" not in types(critique, PUB)
