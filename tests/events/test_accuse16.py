"""Late pass accuse16 (2026-12-04 (16)): a condemnation told only as a characterisation or as
regret voiced after a long insert, pinned on the team's own sentences (other countries, actors
and wording than the dev passages'): a reported act labelled in a quoted noun after في ما /
وهو ما وصفته … بـ«…», an act judged intimidation or punishment for an opinion, and أعرب …
عن «أسفه» with a relative clause between the speaker and عن. The near misses (praise, a
protest's own grievance, an analyst's view, a necessary punishment) stay out."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import facts_of_type

PUB = date(2026, 5, 12)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)


def _accuse(text: str) -> list:
    return of_type(text, "ACCUSE")


# --- a label after في ما / وهو ما وصفته … بـ«…»

def test_a_label_after_fi_ma_wasafathu_is_a_condemnation() -> None:
    text = ("أطلقت زوارق مجهولة النار على سفينة صيد قبالة ميناء عدن، "
            "في ما وصفته الحكومة اليمنية حينها بـ«القرصنة المنظمة».")
    assert any("وصفته" in e.trigger.text for e in _accuse(text))


def test_a_label_after_wahuwa_ma_wasafahu_is_a_condemnation() -> None:
    text = ("أعلنت كاراكاس إغلاق مجالها الجوي أمام الطائرات الكولومبية، "
            "وهو ما وصفه وزير الخارجية الكولومبي بـ«الحصار الجوي».")
    assert any("وصفه" in e.trigger.text for e in _accuse(text))


def test_praise_by_bima_wasafahu_stays_out() -> None:
    text = "وأشاد وزير الداخلية الأردني بما وصفه بـ«التنسيق الممتاز» مع الأجهزة العراقية."
    assert not _accuse(text)


def test_a_protests_grievance_is_no_separate_accusation() -> None:
    text = ("تجمع مئات العمال أمام مقر الولاية، احتجاجا على ما وصفوه بـ«التسريح التعسفي» "
            "لزملائهم.")
    assert not any("وصفوه" in e.trigger.text for e in _accuse(text))


# --- an act judged intimidation, a systematic campaign or punishment for an opinion

def test_an_arrest_judged_punishment_for_an_opinion_is_a_condemnation() -> None:
    text = ("واعتبرت رابطة الدفاع عن الصحفيين أن احتجاز المدون «عقاب على رأي نشره»، "
            "داعية إلى إطلاقه.")
    assert _accuse(text)


def test_a_verdict_judged_a_message_of_intimidation_is_a_condemnation() -> None:
    text = ("واعتبرت الرابطة التونسية لحقوق الإنسان الحكم «رسالة ترهيب لكل معارض».")
    assert _accuse(text)


def test_praise_as_a_positive_step_stays_out() -> None:
    text = "واعتبرت الوزارة أن الخطوة «إيجابية وتفتح الباب أمام الحوار»."
    assert not _accuse(text)


def test_an_analysts_view_stays_out() -> None:
    text = "ويعتبر مراقبون أن الانتخابات المقبلة ستكون «اختبارا صعبا» للحكومة."
    assert not _accuse(text)


def test_punishment_as_a_necessity_stays_out() -> None:
    text = "واعتبر الوزير أن العقاب ضروري لردع المخالفين."
    assert not _accuse(text)


# --- regret or concern voiced with a relative clause before عن

def test_regret_after_a_relative_clause_is_a_condemnation() -> None:
    text = ("وأعربت المغرب، التي ترأس لجنة القدس منذ سنوات طويلة، عن «أسفها العميق» "
            "لتعليق المفاوضات.")
    assert _accuse(text)


def test_relief_after_a_relative_clause_stays_out() -> None:
    text = ("وأعربت المغرب، التي ترأس لجنة القدس منذ سنوات طويلة، عن «ارتياحها» "
            "لاستئناف المفاوضات.")
    assert not _accuse(text)


def test_understanding_of_others_concern_stays_out() -> None:
    text = ("أعرب رئيس الوزراء البرتغالي، في مؤتمر مع نظيره، عن تفهمه للقلق الذي تبديه "
            "دول الجنوب من موجات الهجرة.")
    assert not _accuse(text)
