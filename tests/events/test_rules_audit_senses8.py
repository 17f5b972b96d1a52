"""Senses the eighth real-news audit round found read as events, on the team's own
sentences: an institution (a hospital ward, an airport, a port) receiving patients, planes
or visitors and an official receiving citizens, a plot or an agenda said to "target"
someone and the imperfect "aims at" before an aim (تستهدف زعزعة), a domestic committee's,
a board's or a chief's own meetings and routine daily meetings, a meeting room, a
condolence call to a victim's father, a visit to the wounded or the elderly, a relative
clause telling someone's stance (الذين يؤيدون), agencies of one country coordinating, a
leader meeting his own governors, notables or students, violence named generally read as a
riot, and those present agreeing on a view. Each keeps its event sense beside it. Rules
alone (the filter off)."""

from __future__ import annotations

import pytest

from tests.events.rule_checks import types


@pytest.mark.parametrize(("text", "typ"), [
    # CONSULT: an institution or an official receiving people, cases or planes
    ("واستقبل قسم الإسعاف في المستشفى العام أكثر من مئتي مريض خلال العيد.", "CONSULT"),
    ("وتحدث المحافظ أمس خلال استقباله للمواطنين في مكتبه عن مشاريع الطرق.", "CONSULT"),
    ("وكان مطار المدينة قد استقبل خمس رحلات إضافية هذا الأسبوع.", "CONSULT"),
    # ASSAULT: a plot or an agenda said to target, an aim after "targets"
    ("وأكد المتحدث أن اليقظة أفشلت مخططات إجرامية تستهدف المنشآت العامة.", "ASSAULT"),
    ("ووصف الخطيب تلك الجماعات بأنها تستهدف زعزعة الاستقرار في البلاد.", "ASSAULT"),
    # CONSULT: a domestic committee's or a chief's own meetings, a meeting room
    ("وحضر المدير أمس الاجتماع الثالث للجنة المحلية في مقر البلدية.", "CONSULT"),
    ("وتعقد اللجنة اجتماعا بعد غد لمراجعة جداول الناخبين.", "CONSULT"),
    ("وبدأ مدير الجامعة اجتماعه بمديري الإدارات بالحديث عن العام الدراسي.", "CONSULT"),
    ("وأوضح أن أعضاء المجلس يعقدون اجتماعا يوميا لمتابعة الخدمات.", "CONSULT"),
    ("ونظمت الإدارة معرض الصور في قاعة الاجتماعات بمبنى البلدية.", "CONSULT"),
    # CONSULT: courtesies: a condolence call, a visit to the wounded, a leader's own people
    ("وأعرب المحافظ في اتصال هاتفي مع والد الجندي عن تعازيه.", "CONSULT"),
    ("وزار مدير المرور المصابين في الحادث بالمستشفى أمس.", "CONSULT"),
    ("والتقى أمير المنطقة أمس مشايخ القبائل في قصر الإمارة.", "CONSULT"),
    # SUPPORT: a stance told in a relative clause
    ("ويواجه الرئيس ضغوطا من النواب الذين يؤيدون خفض الضرائب.", "SUPPORT"),
    # COOPERATE: agencies of one country working together
    ("ونفذت البلدية الحملة بالتنسيق مع الجهات المعنية في المحافظة.", "COOPERATE"),
    # PROTEST: violence named generally is no riot
    ("وقال التقرير إن أعمال العنف التي شهدها الإقليم خلال العقد أدت إلى نزوح الآلاف.", "PROTEST"),
    # AGREE: those present agreeing on a view
    ("واتفق الحاضرون على أهمية العناية بالحدائق العامة.", "AGREE"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("واستقبل الرئيس المصري أمس في القاهرة وزير الخارجية الفرنسي.", "CONSULT"),
    ("وشنت الطائرات أمس غارات استهدفت مواقع المسلحين شمال المدينة.", "ASSAULT"),
    ("وأحبطت السلطات مخططا لتنفيذ عمليات تفجير تستهدف مراكز الشرطة.", "ASSAULT"),
    ("وعقد وزراء خارجية الدول العربية أمس اجتماعا طارئا في القاهرة.", "CONSULT"),
    ("والتقى وزير الخارجية السعودي أمس نظيره الأردني في عمان.", "CONSULT"),
    ("وأيد مجلس الأمن أمس الاتفاق بالإجماع.", "SUPPORT"),
    ("وتبادلت أجهزة الأمن في البلدين المعلومات بالتنسيق مع الإنتربول.", "COOPERATE"),
    ("واتفقت الحكومة والمعارضة أمس على وقف إطلاق النار.", "AGREE"),
    ("واندلعت أمس أعمال عنف بين أنصار الحزبين في العاصمة.", "PROTEST"),
    ("وتظاهر المئات أمس في وسط المدينة وتحولت الاحتجاجات إلى أعمال عنف.", "PROTEST"),
])
def test_the_event_sense_beside_it_stays(text: str, typ: str) -> None:
    assert typ in types(text)
