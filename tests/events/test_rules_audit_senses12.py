"""Senses the twelfth real-news audit round found read as events, on the team's own
sentences: seeking advice; chats over an application; رحب/أرحب as 'wide'; a column's
'this calls us to'; owing loyalty; a hospital receiving a case; دعوى 'lawsuit' with a
pronoun; giving way as a virtue; killing on identity as a practice; social media users'
demands; concern at a market trend; meetings named in a list of means; repression as a
manner; readiness to fight; a situation that allows no delay; coordination with one's own
agencies; a run-over accident; approvals by one's own authorities; 'the leader of the
course' as a title; a city receiving visitors; a plane's water salute; praise of one's own
civil defence; a consultative council's own session; a food agency refusing clearance;
sanctions relief (تخفيف) as a deal's term; consumer warnings; whetting the appetite; a
publisher's or a society's name; a domestic security pledge. And cues: an ability
(القدرة على), what a speaker does not want to see (لا أريد أن) and a question about what
follows an expected act (فكيف بعد أن). Each keeps its event sense beside it. Rules alone
(the filter off)."""

from __future__ import annotations

import pytest

from rasd.events.matcher import find_matches
from rasd.text.tokens import document_tokens
from tests.events.rule_checks import events, types


@pytest.mark.parametrize(("text", "typ"), [
    ("وستصبح محادثات الفيديو عبر سكايب أوضح في الجهاز الجديد.", "CONSULT"),
    ("الإبداع هو أفق رحب، ومن أراد تقييده أفسده.", "SUPPORT"),
    ("وسيكون المذهب الآخر أرحب في قبول الآراء المختلفة.", "SUPPORT"),
    ("وهذه المبادرة الطيبة تدعونا إلى مراجعة أهداف الأندية.", "REQUEST"),
    ("واختار الرئيس السابق قادة يدينون له بالولاء وحده.", "ACCUSE"),
    ("وتم استقبال الحالة ومعاينتها واستدعاء الأطباء المناوبين.", "CONSULT"),
    ("ومن حق كل شخص أن يتقدم إلى المحكمة بدعواه في أي وقت.", "REQUEST"),
    ("وطالب عدد من المغردين بإنشاء حدائق جديدة في الحي.", "REQUEST"),
    ("مغردون يطالبون بتمديد الإجازة الصيفية", "REQUEST"),
    ("وكان الوزير قد أعرب عن قلقه من تراجع أسعار النفط خلال العام الماضي.", "ACCUSE"),
    ("وقال الخبير إن المجتمعات تتقدم من خلال اللقاءات والندوات واللجان وورش العمل.",
     "CONSULT"),
    ("ويعتمد المدير المتسلط ممارسة أسلوب القمع مع موظفيه.", "COERCE"),
    ("وأبدى الضباط استعدادهم للقتال دفاعا عن القصر.", "AGREE"),
    ("وأكد المدير أن الجامعة استوفت الإجراءات بالتنسيق مع الجهات الأخرى ذات العلاقة.",
     "COOPERATE"),
    ("وتوفي شاب أمس إثر تعرضه لحادث دهس من قبل سائق متهور في الرياض.", "ASSAULT"),
    ("وسأل الله أن يحفظ قائد المسيرة وولي عهده.", "PROTEST"),
    ("وقال: نشيد بمشاركة إدارة الدفاع المدني في تأمين الموقع.", "SUPPORT"),
    ("وحضر المصدر اجتماع مجلس الشورى الذي عقد مساء الأربعاء.", "CONSULT"),
    ("وكشفت الهيئة عن رفضها الفسح لشحنات من الأرز المستورد.", "REJECT"),
    ("وتوصلت القوى الكبرى إلى اتفاق يقضي بتقليص البرنامج مقابل تخفيف العقوبات الاقتصادية "
     "المفروضة.", "SANCTION"),
    ("وحذرت وزارة التجارة أمس المستهلكين من التعامل مع المحلات غير المرخصة.", "THREATEN"),
    ("ويمكن الرجوع إلى كتابه الصادر عن دار الاعتصام في القاهرة.", "PROTEST"),
    ("وكان رئيس الجمعية المعروفة باسم دعوة الحق عضوا في اللجنة.", "REQUEST"),
    ("ووعدت الحكومة أمس بتعزيز الإجراءات الأمنية بعد الهجوم الانتحاري.", "AGREE"),
    ("وتمثل المقبلات موادا تثير الشهية، وحث النفس على قبول الأكل.", "REQUEST"),
])
def test_a_non_event_sense_makes_no_event(text: str, typ: str) -> None:
    assert typ not in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("وطلبت الحكومة أمس من الأمم المتحدة إرسال مراقبين.", "REQUEST"),
    ("وأجرى الوزيران أمس محادثات في العاصمة حول الأزمة.", "CONSULT"),
    ("ورحب الوزير أمس بالاتفاق الموقع بين الطرفين.", "SUPPORT"),
    ("ودعا الرئيس أمس المجتمع الدولي إلى التدخل.", "REQUEST"),
    ("وأدان المجلس أمس التفجير الذي استهدف المسجد.", "ACCUSE"),
    ("واستقبل ولي العهد أمس وزير الخارجية الفرنسي.", "CONSULT"),
    ("ورفع المحامي أمس دعوى ضد الوزير أمام المحكمة.", "ACCUSE"),
    ("وقتل المسلحون أمس عشرة ركاب على الهوية في الطريق.", "ASSAULT"),
    ("واستقبل الرئيس الضيف في المطار بمراسم رسمية.", "CONSULT"),
    ("وطالب المحتجون أمس الحكومة بالاستقالة.", "REQUEST"),
    ("وأعربت الخارجية أمس عن قلقها من تصاعد القتال في المدينة.", "ACCUSE"),
    ("وعقد الجانبان أمس لقاءات مع قادة الفصائل.", "CONSULT"),
    ("وأبدت الدولة استعدادها للوساطة بين الطرفين.", "AGREE"),
    ("ودهس مهاجم بسيارته أمس عددا من المارة في عملية دهس متعمدة.", "ASSAULT"),
    ("ووافقت الحكومة أمس على الاتفاق مع المعارضة.", "AGREE"),
    ("وانطلقت أمس مسيرة حاشدة ضد الفساد في العاصمة.", "PROTEST"),
    ("وأشاد الرئيس الأمريكي أمس بدور المملكة في مكافحة الإرهاب.", "SUPPORT"),
    ("ورفضت الحكومة أمس الشروط التي وضعتها المعارضة.", "REJECT"),
    ("وفرضت الولايات المتحدة أمس عقوبات على شركات إيرانية.", "SANCTION"),
    ("وهدد زعيم الجماعة أمس بمهاجمة القواعد الأجنبية.", "THREATEN"),
    ("وحث الأمين العام أمس الأطراف على وقف القتال.", "REQUEST"),
])
def test_the_event_sense_stays(text: str, typ: str) -> None:
    assert typ in types(text)


@pytest.mark.parametrize(("text", "typ"), [
    # an ability is no act
    ("وقال الوزير إن الحكومة لن تكون لديها القدرة على التفاوض مع الطرف الآخر.", "CONSULT"),
    # what a speaker does not want to see
    ("وقال الملك: لا أريد أن أرى الجنود يقتل بعضهم بعضا.", "ASSAULT"),
    # a question about what follows an expected act
    ("فكيف بعد أن ترفع عنها العقوبات؟", "RETREAT"),
])
def test_a_cue_keeps_the_act_from_being_a_fact(text: str, typ: str) -> None:
    assert typ not in types(text)
    assert any(e.type == typ and (e.hypothetical or e.future) for e in events(text))


def test_a_quoted_assertion_after_a_bare_want_stays_a_fact() -> None:
    text = "وقال المتحدث: أريد أن أؤكد أن الطائرات قصفت مواقع المسلحين أمس."
    assert "ASSAULT" in types(text)


def matched(text: str) -> set[str]:
    """The types of the trigger matches left once block rows are applied."""
    return {m.trigger.type for m in find_matches(list(document_tokens(text)))}


@pytest.mark.parametrize(("text", "typ"), [
    # these read as events on the audited pages, where the page corroborates them; alone a
    # sentence proposes none, so the block is checked on the matches themselves
    ("ونصحت الزوجين باللجوء إلى المختصين لطلب النصح قبل فوات الأوان.", "REQUEST"),
    ("والمطلوب منا ثقافة المحبة والتسامح والتنازل فيما بيننا.", "CONCEDE"),
    ("وحذر الخطيب من التخوين والتآمر، والقتل على الهوية، واستباحة الدماء.", "ASSAULT"),
    ("وقال المسؤول إن المرحلة دقيقة لا تسمح بتأخير ولو ليوم واحد.", "REJECT"),
    ("وجاء إعلان الاتحاد موافقة الجهات الرسمية على إقامة المباراة في لندن ليحسم الجدل.",
     "AGREE"),
    ("وقال المحافظ إن المدينة تسعد باستقبال زوارها من الأدباء.", "CONSULT"),
    ("وقال إن ابنه تعرض لحادث دهس من قبل مفحط في الطائف.", "ASSAULT"),
    ("وأنهت الهيئة الاستعدادات بالتنسيق مع الجهات الأخرى ذات العلاقة أمس.", "COOPERATE"),
    ("وفور هبوط الطائرة استقبلت بالبروتوكول الدولي المعروف بالمقص المائي.", "CONSULT"),
])
def test_a_non_event_sense_is_no_trigger_match(text: str, typ: str) -> None:
    assert typ not in matched(text)


@pytest.mark.parametrize(("text", "typ"), [
    ("ووافقت الحكومة أمس على خطة السلام مع المعارضة.", "AGREE"),
    ("ودهس مهاجم بسيارته أمس عددا من المارة.", "ASSAULT"),
    ("وقدمت الحكومة أمس تنازلات للمعارضة.", "CONCEDE"),
    ("وقتل المسلحون أمس عشرة ركاب على الهوية في الطريق.", "ASSAULT"),
    ("واستقبل الرئيس الضيف في المطار بمراسم رسمية.", "CONSULT"),
])
def test_the_event_sense_is_still_matched(text: str, typ: str) -> None:
    assert typ in matched(text)


def test_twitter_users_demand_on_a_minister_stays_a_request() -> None:
    text = "وطالب عدد من المغردين في تويتر وزير الصحة بالتحقيق في الحادثة."
    assert "REQUEST" in types(text)
