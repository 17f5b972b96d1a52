"""Vocabulary pass 2 (2026-12-04 (13)) on the team's own sentences: for REJECT, COOPERATE,
CONCEDE and RETREAT (then CONSULT and ACCUSE), the wordings of Modern Standard Arabic news
listed from the vocabulary side (set phrases, verbal nouns with a pronoun, a subject between
the verb and its object), one case per family, and the competing senses each row leaves out."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.events.readings import pronoun_readings
from tests.events.rule_checks import assert_no_fact, assert_reports, facts_of_type

PUB = date(2026, 12, 2)  # a Wednesday

#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)

FOUND = [
    # REJECT
    ("وأحبطت الهند مشروع قرار صينيا بشأن كشمير في مجلس الأمن.", "REJECT", "change"),
    ("وردت الحكومة الإثيوبية على المقترح السوداني بالرفض.", "REJECT", None),
    ("وقوبل مقترح الهدنة الذي قدمته الوساطة بالرفض من قيادة الجيش.", "REJECT", None),
    ("وأغلقت أنقرة الباب أمام أي حوار مع الحزب المحظور.", "REJECT", None),
    ("وعطل نواب الحزب الحاكم جلسة التصويت على حجب الثقة.", "REJECT", None),
    ("وتحدى الرئيس الفنزويلي قرار المحكمة العليا وأجرى التعديل.", "REJECT", "change"),
    ("ولم تستجب السلطات الإيرانية لمطالب الأسر بالإفراج عن المعتقلين.", "REJECT", None),
    ("وعبرت الخرطوم عن رفضها لنشر قوات دولية في دارفور.", "REJECT", None),
    # COOPERATE
    ("ورحبت عمان بالتعاون السوري عقب تسليمها ثلاثة مطلوبين إلى السلطات الأردنية.", "COOPERATE",
     "judicial"),
    ("وتبادلت تركيا والعراق قوائم بأسماء المطلوبين في قضايا إرهاب.", "COOPERATE", "intelligence"),
    ("وأجرت الشرطة المغربية تحقيقا مشتركا مع نظيرتها الفرنسية في تهريب المخدرات.", "COOPERATE",
     "judicial"),
    ("ونسقت إيطاليا وليبيا جهودهما لمكافحة الهجرة غير النظامية.", "COOPERATE", None),
    # CONCEDE
    ("وعفا الرئيس الجزائري عن المحكوم عليهم في قضايا الحراك.", "CONCEDE", "pardon"),
    ("واستجابت حكومة الإقليم لمطالب الموظفين وصرفت رواتبهم المتأخرة.", "CONCEDE", "policy"),
    ("وعلق الرئيس العمل بقانون الإعلام الجديد بعد انتقادات واسعة.", "CONCEDE", "policy"),
    ("وأعلنت النقابة تعليق الإضراب عقب تراجعها عن قرار رفع الأسعار.", "CONCEDE", "policy"),
    ("وتخلت الحكومة الأرجنتينية عن خطة خصخصة شركة المياه.", "CONCEDE", "policy"),
    ("ونزلت السلطات عند مطالب السكان وأعادت الكهرباء إلى الأحياء الشرقية.", "CONCEDE", "policy"),
    ("وألغت الحكومة النيجيرية الزيادات الأخيرة في أسعار الوقود.", "CONCEDE", "policy"),
    # RETREAT
    ("وأنهت بريطانيا وجودها العسكري في أفغانستان.", "RETREAT", "withdraw"),
    ("وأجلت الولايات المتحدة قواتها من قاعدة في شمال سوريا.", "RETREAT", "withdraw"),
    ("وسحبت الولايات المتحدة حاملة الطائرات من شرق البحر المتوسط.", "RETREAT", "withdraw"),
    ("وسمحت كوريا الشمالية لمفتشي الأمم المتحدة بزيارة المفاعل.", "RETREAT", "access"),
    ("وأعادت باكستان فتح حدودها مع أفغانستان أمام الشاحنات.", "RETREAT", "ease"),
    ("وتسلمت أرمينيا من أذربيجان رفات عشرة جنود.", "RETREAT", "return"),
    ("وأخلي سبيل الناشط الحقوقي بكفالة مالية.", "RETREAT", "release"),
    # CONSULT
    ("وعقب لقائه وزير الخارجية العماني، غادر المبعوث الأمريكي مسقط.", "CONSULT", None),
    ("وناقش وزير الخارجية الإسباني مع نظيره المغربي ملف الهجرة.", "CONSULT", None),
    ("وحل الرئيس الإندونيسي ضيفا على ولي العهد السعودي في الرياض.", "CONSULT", "visit"),
    # ACCUSE
    ("وعبرت الحكومة الألمانية عن استيائها من اعتقال الصحفي في طهران.", "ACCUSE", "disapprove"),
    ("وأبدت بكين انزعاجها من زيارة الوفد الأمريكي إلى تايوان.", "ACCUSE", "disapprove"),
    ("وهاجم رئيس الوزراء الهنغاري سياسة الاتحاد الأوروبي تجاه المهاجرين.", "ACCUSE", "disapprove"),
    ("واعتبرت الجزائر تصريحات الوزير الفرنسي تدخلا في شؤونها الداخلية.", "ACCUSE", "disapprove"),
]


@pytest.mark.parametrize(("text", "type_", "mode"), FOUND)
def test_a_listed_word_reports_its_act(text: str, type_: str, mode: str | None) -> None:
    assert_reports(text, type_, mode, PUB)


NOT_FOUND = [
    ("ورفض المريض إجراء العملية الجراحية في المستشفى الحكومي.", "REJECT"),
    ("وأغلق الحارس الباب أمام محاولات المهاجمين طوال الشوط الأول.", "REJECT"),
    ("وأدت الخلافات إلى تعطيل المفاوضات بين الطرفين أشهرا.", "REJECT"),
    ("وأجلت الحكومة الانتخابات البلدية إلى العام المقبل.", "RETREAT"),
    ("واستقال مدرب المنتخب بعد الخسارة أمام المغرب.", "RETREAT"),
    ("وتسلم ذوو الضحية الجثة من الطب الشرعي بعد التشريح.", "RETREAT"),
    ("واجتمع أفراد العائلة حول مائدة العشاء.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_a_competing_sense_is_no_event(text: str, type_: str) -> None:
    assert_no_fact(text, type_, PUB)


def test_a_final_hamza_is_read_back_from_its_seat_before_a_pronoun() -> None:
    # لقاء → لقائه (genitive), لقاؤه (nominative): normalisation keeps ئ and ؤ, so the
    # pronoun reading restores ء (rasd.events.readings.pronoun_readings)
    assert "لقاء" in pronoun_readings("لقائه")
    assert "لقاء" in pronoun_readings("لقاؤهما")
    assert "اعتداء" in pronoun_readings("باعتدائهم")
    text = "وأكدت الشرطة أن المشتبه بهم اعترفوا باعتدائهم على الصحفي في مدينة حمص."
    assert of_type(text, "ASSAULT"), text
    text = "وعبرت الحكومة الألمانية عن استيائها من اعتقال الصحفي في طهران."
    assert of_type(text, "ACCUSE"), text
