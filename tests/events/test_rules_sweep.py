"""Wording-sweep rules on the team's own sentences: the words and forms the dev half of
``tests/gold/events/sentences_sweep.jsonl`` found missing, each with its family (grants
and donations told with their sum, weapons in the dual, aid told from the receiving side,
passives, counterparts sharing information, refusals held to, votes against, a
representative meeting, truces that hold) and the senses that must stay out (a sermon's
gifts, a band, a company's presence, an actress, studies that agree, an interrupted guest,
players protesting, a province, a cancelled strike, what many people habitually do)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.events.rule_checks import events, facts_of_type

PUB = date(2026, 12, 3)  # a Thursday

#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)


def _any(text: str, type_: str) -> list[object]:
    """Every event of ``type_``, flagged or not."""
    return [e for e in events(text, PUB) if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("تبرعت الكويت بعشرين مليون دولار لوكالة الأونروا.", "AID", "economic"),
    ("قدمت اليابان إلى الحكومة الموريتانية هبة قدرها 12 مليون دولار.", "AID", "economic"),
    ("زودت فرنسا الجيش اللبناني بمنظومتي دفاع جوي.", "AID", "military"),
    ("تسلمت القوات المسلحة الأردنية شحنة من المدرعات مقدمة من بريطانيا.", "AID", "military"),
    ("تسلمت المؤسسة العامة للكهرباء في عدن الدفعة الثانية من المنحة السعودية.", "AID",
     "economic"),
    ("افتتحت مصر والصين في العين السخنة مصنعا مشتركا لإنتاج الألواح الشمسية.", "COOPERATE",
     "economic"),
    ("واستؤنف ضخ الغاز المصري إلى الأردن عبر خط الغاز العربي.", "COOPERATE", "economic"),
    ("أمدت الاستخبارات التركية نظيرتها العراقية بمعلومات عن مخابئ التنظيم.", "COOPERATE",
     "intelligence"),
    ("أسقط البرلمان العراقي مشروع قانون حرية التعبير.", "REJECT", "change"),
    ("صوتت روسيا ضد مشروع القرار البريطاني في مجلس الأمن.", "REJECT", "change"),
    ("نشرت باكستان فرقتين مدرعتين قرب الحدود مع الهند.", "MOBILIZE", "troops"),
    ("جندت الجماعة المسلحة عشرات القاصرين في ريف الحسكة خلال الشهر الماضي.", "MOBILIZE",
     "militia"),
    ("صمدت الهدنة في مدينة السويداء لليوم الثالث على التوالي.", "RETREAT", "ceasefire"),
    ("خفف الرئيس حكما بالإعدام صدر بحق معارض إلى السجن المؤبد.", "CONCEDE", "pardon"),
    ("اقتادت الشرطة الناشط إلى مركز الشرطة للتحقيق معه.", "COERCE", "arrest"),
])
def test_a_missing_wording_now_reports_its_act(text: str, type_: str, mode: str) -> None:
    found = of_type(text, type_)
    assert found and found[0].mode == mode


@pytest.mark.parametrize(("text", "type_"), [
    ("تمسكت الحكومة السودانية بموقفها الرافض لنشر قوات أجنبية على أراضيها.", "REJECT"),
    ("أبت الحكومة الإسرائيلية الإفراج عن أموال المقاصة.", "REJECT"),
    ("أنذرت الحكومة الكونغولية البعثة الأممية بطردها من البلاد.", "THREATEN"),
    ("تباحث وزير الخارجية العماني مع نظيره الإيراني في طهران.", "CONSULT"),
    ("اجتمعت الممثلة الخاصة للأمين العام بقادة الأحزاب في بغداد.", "CONSULT"),
    ("حض الأمين العام الطرفين على العودة إلى طاولة المفاوضات.", "REQUEST"),
    ("قبلت الحكومة الفنزويلية دعوة الوسطاء إلى جولة حوار جديدة.", "AGREE"),
    ("عزز الجيش اللبناني وجوده على الحدود الجنوبية.", "MOBILIZE"),
    ("قاطعت أحزاب المعارضة جلسة البرلمان احتجاجا على قانون الانتخابات.", "PROTEST"),
    ("وشهدت المدينة اغتيال كثير من قادة الحراك خلال العام.", "ASSAULT"),
])
def test_a_missing_wording_now_reports_its_type(text: str, type_: str) -> None:
    assert of_type(text, type_)


@pytest.mark.parametrize(("text", "type_"), [
    ("تبرع مئات الطلاب بالدم في حملة جامعية لدعم بنك الدم.", "AID"),
    ("ومن منح الصبر أتته العطايا والهبات.", "AID"),
    ("زود المتحدث الصحفيين بمعلومات عن برنامج الزيارة.", "COOPERATE"),
    ("وجددت الوزارة موقفها الثابت الرافض للعنف والإرهاب.", "REJECT"),
    ("أعلن آبي أحمد وقف العمليات العسكرية في الإقليم.", "REJECT"),
    ("رفضت البلدية طلب ترخيص المحل لعدم استيفاء الشروط.", "REJECT"),
    ("اجتمع مجلس إدارة البنك في الرياض لاعتماد القوائم المالية.", "CONSULT"),
    ("عقد مجلس إدارة الشركة اجتماعه السنوي في جدة.", "CONSULT"),
    ("استقبلت الممثلة جمهورها في افتتاح المهرجان.", "CONSULT"),
    ("جندت الجمعية مئات المتطوعين لتوزيع الوجبات في رمضان.", "MOBILIZE"),
    ("نشرت الفرقة الموسيقية ألبومها الجديد على المنصات.", "MOBILIZE"),
    ("عززت الشركة وجودها في السوق السعودية بافتتاح ثلاثة فروع.", "MOBILIZE"),
    ("تتفق الأبحاث الحديثة على أن النوم الكافي يحسن التركيز.", "AGREE"),
    ("قاطعت المذيعة ضيفها مرات عدة خلال اللقاء.", "PROTEST"),
    ("احتج لاعبو الفريق على إلغاء الهدف.", "PROTEST"),
    ("اعترضت الدفاعات الجوية الروسية صاروخا فوق مقاطعة كورسك.", "PROTEST"),
    ("يتهم كثير من المستهلكين التجار برفع الأسعار دون مبرر.", "ACCUSE"),
])
def test_a_neighbouring_sense_stays_out(text: str, type_: str) -> None:
    assert not _any(text, type_)


def test_a_cancelled_strike_with_its_union_named_is_no_fact() -> None:
    text = "ألغت نقابة أطباء الأسنان الإضراب المقرر بعد الاتفاق مع الوزارة."
    assert not of_type(text, "PROTEST")


def test_snow_over_a_province_is_no_boycott() -> None:
    text = "تساقطت ثلوج كثيفة على مقاطعة أونتاريو طوال الليل."
    assert not _any(text, "PROTEST")


def test_gunmen_leading_a_hostage_away_is_no_arrest() -> None:
    text = "اختطف مسلحون التاجر واقتادوه إلى جهة مجهولة."
    assert not _any(text, "COERCE")
    assert of_type(text, "ASSAULT")
