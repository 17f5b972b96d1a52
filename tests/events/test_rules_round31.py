"""Round-31 fixes (2026-12-04 (14)) on the team's own sentences: the general causes the blind
round ev-1371..ev-1400 showed — sports, weather, archaeology and campus pages whose words the
domain vocabularies missed (rally entrants, tropical depressions, excavation finds, a
university's students), a refused call read as a call of its own, an act named after
"against any", pledges in the plural read as agreements, and a party named التجمع read as a
gathering that hid a walk-out."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts_of_type

PUB = date(2026, 3, 11)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)


def test_a_rally_stage_is_no_event() -> None:
    text = ("حافظ السائق الفرنسي على صدارة رالي المغرب بعد أن اجتاح المرحلة الرابعة، "
            "فيما احتج فريق منافس على قرار فرض عقوبة زمنية على أحد المتسابقين. "
            "وأعلن المنظمون انسحاب سائقين اثنين بسبب أعطال تقنية.")
    assert not events(text, PUB)


def test_a_tropical_depression_page_keeps_no_road_closure() -> None:
    text = ("رفعت هيئة الطوارئ درجة الاستعداد مع اقتراب المنخفض المداري من السواحل الشرقية. "
            "وحاصرت مياه الأودية عشرات المركبات، "
            "وأغلقت الشرطة الطريق الجبلي أمام حركة السير حتى إشعار آخر.")
    assert not events_of_type(text, "COERCE", PUB)
    assert not events_of_type(text, "MOBILIZE", PUB)


def test_an_excavation_report_is_no_siege() -> None:
    text = ("كشفت البعثة الأثرية عن أسوار قلعة تحمل آثار حصار طويل وهجوم بالنار، "
            "وعثرت خلال الحفائر على رؤوس سهام برونزية ونقشا يصور ملكا ينتصر على أعدائه، "
            "قبل أن تنسحب الحامية من القلعة.")
    assert not events(text, PUB)


def test_a_universities_visit_and_memorandum_are_campus_life() -> None:
    text = ("استقبل رئيس جامعة الملك سعود وفدا من جامعة أكسفورد، وتناولت المباحثات تبادل "
            "الخبرات وابتعاث طالب واحد على الأقل كل عام إلى الجامعة البريطانية.")
    assert not events_of_type(text, "CONSULT", PUB)
    text = ("وقعت جامعة الملك سعود مذكرة تفاهم مع جامعة أكسفورد لتبادل الطلاب، ويوقع الجانبان "
            "مذكرة ثانية للبحث العلمي الشهر المقبل بحضور عدد من أساتذة الجامعة.")
    assert not events_of_type(text, "SUPPORT", PUB)


def test_a_refused_call_is_the_refusals_content() -> None:
    text = "وظهر الرئيس في خطاب متلفز أمس، رافضا دعوات المعارضة إلى الاستقالة."
    assert not events_of_type(text, "REQUEST", PUB)
    assert [(e.type, e.mode) for e in of_type(text, "REJECT")] == [("REJECT", "yield")]


def test_an_act_after_against_any_is_generic() -> None:
    text = "وقال المتحدث إن القوات انتشرت حول المطار لحمايته من أي هجوم محتمل."
    assert not events_of_type(text, "ASSAULT", PUB)


def test_pledges_in_the_plural_are_no_agreement() -> None:
    text = ("وأفرجت الشرطة أمس عن خمسة طلاب بعد توقيعهم على تعهدات بعدم المشاركة في "
            "الاحتجاجات، فيما بلغ إجمالي التعهدات المعلنة في المؤتمر ملياري دولار.")
    assert not events_of_type(text, "AGREE", PUB)


def test_a_party_named_tagammu_is_no_gathering() -> None:
    text = "وانسحب نواب حزب التجمع من الجلسة قبل التصويت احتجاجا على تعديل قانون الانتخابات."
    got = [(e.type, e.mode) for e in of_type(text, "PROTEST")]
    assert got == [("PROTEST", "boycott")]
    assert not events_of_type(text, "RETREAT", PUB)
