"""Senses the real-news audit found read as events, on the team's own sentences: investment
figures and bases named, domestic praise and holiday greetings, receptions of applications
and visits to sites, meetings of one body, mental and market "disorders", a road junction,
the midday work ban, fireworks and figurative attacks, approvals as procedure, bank
deposits, warnings to the public, and acts announced for "the coming days". Each keeps
its event sense beside it. Rules alone (the filter off): these are trigger rules."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import filter_disabled
from rasd.model import Event

PUB = date(2026, 4, 15)


def facts(text: str) -> list[Event]:
    with filter_disabled():
        doc = analyze(text, published=PUB)
    return [e for e in doc.events
            if not (e.negated or e.future or e.hypothetical or e.denied)]


def types(text: str) -> set[str]:
    return {e.type for e in facts(text)}


@pytest.mark.parametrize(("text", "typ"), [
    ("وبلغت الاستثمارات الرأسمالية في القطاع نحو ثمانية مليارات دولار العام الماضي.",
     "COOPERATE"),
    ("وسيطرت القوات على المطار والقاعدة البحرية بعد معارك عنيفة.", "COOPERATE"),
    ("وتبادل الجميع التهنئة بعيد الفطر في الحفل الذي أقامته الوزارة.", "SUPPORT"),
    ("وألقى المدير كلمة مهنئا جميع منسوبي الغرفة بالعيد.", "SUPPORT"),
    ("مشيدا بمتابعة معالي الأمين للأعمال الجارية في المدينة.", "SUPPORT"),
    ("وأوقفت الوزارة استقبال الطلبات الخاصة باستقدام العمالة المنزلية.", "CONSULT"),
    ("ويتضمن البرنامج السياحي زيارة قصر المصمك ومتحف المدينة.", "CONSULT"),
    ("ويمكن للعملاء تفعيل الخدمة عبر زيارة أحد فروع البنك.", "CONSULT"),
    ("وعقد المجلس الاجتماع الشهري لمناقشة خطط الصيانة.", "CONSULT"),
    ("تقع القلعة على قمة تل يطل على الوادي.", "CONSULT"),
    ("وقد يعاني المريض من الاضطراب النفسي أو القلق الشديد.", "PROTEST"),
    ("وتشمل المشاريع جسر تقاطع طريق الملك فهد مع الطريق الدائري.", "PROTEST"),
    ("ونفذ المفتشون جولات لمتابعة تطبيق قرار منع العمل تحت أشعة الشمس.", "COERCE"),
    ("وأضاءت السماء بعشرات القذائف المضيئة في احتفالات العيد.", "ASSAULT"),
    ("وأصيب عدد من أفراد أسرته بحروق في الحريق.", "ASSAULT"),
    ("وجاء ذلك بناء على موافقة المقام السامي على البرنامج.", "AGREE"),
    ("وارتفعت الودائع بنسبة عشرة في المئة خلال شهر يونيو.", "AID"),
    ("وحذرت المديرية العامة للدفاع المدني المواطنين من الاقتراب من مجاري السيول.",
     "THREATEN"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وضخت قطر استثمارات بقيمة ملياري دولار في مصر.", "COOPERATE"),
    ("وأشاد محافظ عدن بالدعم السعودي المقدم للمحافظة.", "SUPPORT"),
    ("وزار وزير الخارجية الإيراني الكويت أمس والتقى أمير البلاد.", "CONSULT"),
    ("وأعلنت الشرطة اعتقال ثلاثة أشخاص واحتجازهم في العاصمة.", "COERCE"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)


def test_an_agreement_expected_soon_is_future() -> None:
    text = "وقال الوزير إن الطرفين يقتربان من التوصل إلى اتفاق في وقت قريب."
    agree = [e for e in analyze(text, published=PUB).events if e.type == "AGREE"]
    assert all(e.future for e in agree)


def test_a_future_verb_governing_a_noun_makes_it_future() -> None:
    with filter_disabled():
        doc = analyze("وقال شهود إن بغداد ستشهد تظاهرات ليلية في ساحة التحرير.",
                      published=PUB)
    assert [e for e in doc.events if e.type == "PROTEST"]
    assert all(e.future for e in doc.events if e.type == "PROTEST")
