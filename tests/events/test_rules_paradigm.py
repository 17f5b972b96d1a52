"""Vocabulary pass (2026-12-03 (10)) on the team's own sentences: for the weak types, words
and forms of Modern Standard Arabic news listed from the vocabulary side (verbs with their
past, present and dual forms, verbal nouns, participles, set phrases), one case per family,
and the competing senses each row leaves out."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.events.rule_checks import facts_of_type

PUB = date(2026, 12, 2)  # a Wednesday

#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)

FOUND = [
    # AGREE
    ("وتصالحت العشيرتان في الأنبار بعد نزاع دام عامين.", "AGREE", None),
    ("وتفاهمت واشنطن وبغداد على جدول زمني لخروج القوات.", "AGREE", None),
    # SUPPORT
    ("وأمضت الحكومة المغربية والنقابات اتفاقا اجتماعيا جديدا.", "SUPPORT", None),
    ("وأعادت الدولتان علاقاتهما الدبلوماسية بعد قطيعة دامت سبع سنوات.", "SUPPORT", None),
    ("وثمن الوزير مواقف الأردن الداعمة للقضية.", "SUPPORT", None),
    ("وأبدت الصين دعمها للوساطة الأفريقية.", "SUPPORT", None),
    ("وقلد ملك إسبانيا الرئيس الزائر وسام الاستحقاق المدني.", "SUPPORT", None),
    ("وانحاز الجيش إلى المحتجين في العاصمة.", "SUPPORT", None),
    # REJECT
    ("وعارضت الأحزاب الكردية تعديل قانون الانتخابات.", "REJECT", None),
    ("وتحفظت مصر على البيان الختامي للاجتماع الوزاري.", "REJECT", None),
    ("وتجاهل المجلس العسكري مطالب الأحزاب بتسليم السلطة.", "REJECT", None),
    ("وعرقلت بريطانيا صدور بيان من مجلس الأمن.", "REJECT", None),
    ("وأفشلت الصين مشروع قرار أمريكيا حول ميانمار.", "REJECT", None),
    ("وتنصلت الحكومة من التزاماتها تجاه المعلمين المتعاقدين.", "REJECT", None),
    # THREATEN
    ("وأطلق زعيم الجماعة تهديدا صريحا للحكومة.", "THREATEN", None),
    ("ووجه قائد الجيش تحذيرا شديد اللهجة إلى المتمردين.", "THREATEN", None),
    ("وأمهلت النقابة الحكومة يومين للاستجابة لمطالبها.", "THREATEN", "relations"),
    # CONSULT
    ("وناقش الجانبان سبل دعم الاستقرار في المنطقة.", "CONSULT", None),
    ("وتحادث وزيرا الخارجية التركي والإيراني في أنقرة.", "CONSULT", None),
    ("وهاتف الرئيس الفرنسي نظيره اللبناني مساء الثلاثاء.", "CONSULT", "phone"),
    ("وتبادل الرئيسان وجهات النظر حول الحرب في السودان.", "CONSULT", None),
    # COOPERATE
    ("ونسقت القوات العراقية مع قوات التحالف عملية إنزال جوي.", "COOPERATE", None),
    ("وتعاونت الشرطة الإيطالية مع نظيرتها التونسية في ضبط شبكة تهريب.", "COOPERATE", None),
    # AID
    ("وأغاثت الهيئة ألف أسرة متضررة من السيول.", "AID", "humanitarian"),
    ("ووزع الهلال الأحمر طرودا غذائية على النازحين في مأرب.", "AID", "humanitarian"),
    ("وأمدت روسيا الجيش السوري بمنظومات دفاع جوي.", "AID", "military"),
    ("وأرسلت الكويت سفينة محملة بالمواد الإغاثية إلى ميناء بورتسودان.", "AID", "humanitarian"),
    ("وآوت الحكومة الأوغندية آلاف اللاجئين القادمين من جنوب السودان.", "AID", "asylum"),
    ("وتكفلت الإمارات بعلاج الجرحى الفلسطينيين في مستشفياتها.", "AID", "economic"),
    # MOBILIZE
    ("واستنفر الجيش الجزائري وحداته على الحدود مع مالي.", "MOBILIZE", None),
    ("واستقدم الجيش تعزيزات من حماة إلى ريف إدلب.", "MOBILIZE", "troops"),
    ("وعبأت القبائل مقاتليها لمواجهة الهجوم.", "MOBILIZE", "militia"),
    ("وحرك الجيش أرتالا من الدبابات نحو الحدود.", "MOBILIZE", "troops"),
    ("وتمركزت قوات الحرس الجمهوري عند مداخل العاصمة.", "MOBILIZE", "troops"),
    # RETREAT
    ("وأخلى المسلحون ثكناتهم في الضاحية الجنوبية.", "RETREAT", "withdraw"),
    ("وغادرت القوات الأمريكية قاعدة عين الأسد.", "RETREAT", "withdraw"),
    ("وخرج آخر المسلحين من مدينة درعا بموجب التسوية.", "RETREAT", "withdraw"),
    ("وتراجعت القوات الأوكرانية من مواقعها شرق المدينة.", "RETREAT", "withdraw"),
    ("وبدأت الحكومة تسريح المقاتلين ضمن اتفاق السلام.", "RETREAT", "disarm"),
    ("وأعيد فتح معبر نصيب أمام الشاحنات.", "RETREAT", "ease"),
    # PROTEST
    ("وأغلق التجار محالهم في السوق احتجاجا على الرسوم الجديدة.", "PROTEST", "strike"),
    ("وجابت مسيرة حاشدة شوارع العاصمة رفضا للقرار.", "PROTEST", "demo"),
    ("وتمرد السجناء في سجن الحراش على إدارة السجن.", "PROTEST", "riot"),
    # CONCEDE
    ("وتنازلت المعارضة عن شرط رحيل الرئيس قبل الحوار.", "CONCEDE", None),
    ("ورضخت الحكومة لضغوط النقابات وسحبت مشروع القانون.", "CONCEDE", "policy"),
]


@pytest.mark.parametrize(("text", "type_", "mode"), FOUND)
def test_a_listed_word_reports_its_act(text: str, type_: str, mode: str | None) -> None:
    found = of_type(text, type_)
    assert found, text
    if mode is not None:
        assert any(e.mode == mode for e in found), [e.mode for e in found]


NOT_FOUND = [
    ("وأمضى الكاتب عامين في كتابة روايته الأخيرة.", "SUPPORT"),
    ("وتقرر استقدام العمالة الماهرة لتنفيذ المشروع.", "MOBILIZE"),
    ("وأعلنت الشركة تسريح مئات العمال بسبب الأزمة.", "RETREAT"),
    ("وتحفظت الأجهزة الأمنية على المتهم لحين انتهاء التحقيق.", "REJECT"),
    ("وتعطل هاتف الرئيس خلال الاجتماع.", "CONSULT"),
    ("وتراجعت أسعار النفط من مستوياتها المرتفعة.", "RETREAT"),
    ("وعبأ المتقدمون الاستمارات إلكترونيا.", "MOBILIZE"),
    ("واستنفرت وزارة الصحة فرقها الطبية لمواجهة موجة الحر.", "MOBILIZE"),
    ("واتهمت النقابة الوزارة بالتنصل من الاتفاق الموقع العام الماضي.", "REJECT"),
    ("وأكد أن التفاهم يقتصر على الجوانب الفنية.", "AGREE"),
    ("وناقش مجلس الشورى مشروع نظام الجمعيات.", "CONSULT"),
    ("ونقل الوزير إلى المستشفى إثر تعرضه لعارض صحي مفاجئ.", "REJECT"),
    ("ويعارض أغلب المواطنين بناء محطات جديدة للطاقة بحسب استطلاع للرأي.", "REJECT"),
    ("ويتجاهل الخطاب الرسمي مطالب الشباب منذ سنوات.", "REJECT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_a_competing_sense_is_no_event(text: str, type_: str) -> None:
    assert not of_type(text, type_), text
