"""Round 34-35 fixes, group b (2026-12-04 (16)): the general causes the blind rounds 34-35
(ev-1461..ev-1520) showed for CONSULT, SUPPORT, REQUEST, ACCUSE and REJECT, pinned on the
team's own sentences (other countries, actors and wording than the passages'), each with
the near miss its fix must leave alone: a measure defended with its defender before عن, a
minister's appearance before a parliamentary committee (a hearing, not a trial), a vote of
no confidence passed, appreciation affirmed with أكد, the participle مشددا على ضرورة, and a
و-fused past verb that ends a refusal's content clause."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from rasd.events.lexicon import triggers
from rasd.events.matcher import Match
from rasd.events.syntax.coordinated_acts import coordinated_verb
from rasd.text.tokens import tokenize
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 5, 12)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- a measure defended, the defender between the verb and عن

def test_a_law_defended_by_a_named_official_is_support() -> None:
    text = ("وانسحب نواب المعارضة من الجلسة، فيما دافع وزير العدل المغربي عبد اللطيف وهبي "
            "عن القانون أمام الصحفيين.")
    assert of_type(text, "SUPPORT")


def test_a_city_defended_is_no_support() -> None:
    text = "ودافع مقاتلو الفصائل عن المدينة طوال ثلاثة أيام."
    assert not of_type(text, "SUPPORT")


# --- a hearing before a parliamentary committee

def test_a_minister_before_a_parliamentary_committee_is_a_hearing() -> None:
    text = "وأعلن مكتب البرلمان أن وزير الطاقة سيمثل أمام لجنة الطاقة النيابية يوم الخميس المقبل."
    assert all_of_type(text, "CONSULT")
    assert not all_of_type(text, "ACCUSE")


def test_a_defendant_before_a_court_stays_a_charge() -> None:
    text = "ومثل المتهمون أمام المحكمة الجنائية أمس بتهمة الاحتيال."
    assert not all_of_type(text, "CONSULT")


# --- a vote of no confidence passed

def test_a_passed_no_confidence_vote_is_a_rejection() -> None:
    text = ("صوت مجلس النواب الكويتي، أمس الاثنين، على سحب الثقة من وزير الصحة بأغلبية "
            "30 نائبا.")
    assert [e.mode for e in of_type(text, "REJECT")] == ["change"]


def test_a_scheduled_no_confidence_vote_is_no_rejection() -> None:
    text = "ومن المقرر إجراء تصويت على مذكرة لحجب الثقة عن الحكومة الأسبوع المقبل."
    assert not of_type(text, "REJECT")


# --- appreciation affirmed

def test_appreciation_affirmed_for_support_is_support() -> None:
    text = "وأكد رئيس الوزراء الأردني تقدير بلاده للدعم الذي تقدمه اليابان للاجئين."
    assert of_type(text, "SUPPORT")


def test_an_assessment_of_the_situation_is_no_support() -> None:
    text = "وأكد رئيس الأركان تقدير الموقف العسكري في الجنوب مع قادة الألوية."
    assert not of_type(text, "SUPPORT")


# --- the participle of insisting on a necessity

def test_insisting_as_a_participle_is_a_request() -> None:
    text = ("وأكد الوزير دعم بلاده لوحدة السودان، مشددا على ضرورة انسحاب جميع المقاتلين "
            "الأجانب من البلاد.")
    assert of_type(text, "REQUEST")


def test_insisting_on_the_need_for_cooperation_is_no_request() -> None:
    text = "واختتم الوزيران اللقاء مؤكدين ضرورة التعاون بين البلدين."
    assert not of_type(text, "REQUEST")


# --- a و-fused past verb after a refusal is an act of its own

def test_a_coordinated_accusation_after_a_refusal_is_its_own_event() -> None:
    text = ("ورفض حزب المؤتمر الشعبي المشاركة في الحوار الوطني واتهم الرئاسة بـ«تزوير "
            "إرادة الناخبين».")
    assert of_type(text, "REJECT")
    assert of_type(text, "ACCUSE")


def test_a_root_waw_verb_in_a_relative_clause_stays_content() -> None:
    text = ("ودعا رئيس الوزراء الأوكراني الحلفاء إلى تسريع تسليم الذخائر التي وعدت بها "
            "كييف.")
    assert not all_of_type(text, "AGREE")


def test_a_coordinated_verbal_noun_stays_in_the_request() -> None:
    text = "وطالبت المنظمة بالإفراج عن الصحفيين ووقف ملاحقتهم."
    assert len(of_type(text, "REQUEST")) == 1
    assert not of_type(text, "CONCEDE")


def test_the_coordination_test_reads_the_root() -> None:
    accuse = next(t for t in triggers() if t.lemma == "اتهم" and t.pos == "verb")
    toks = tokenize("واتهم الحزب الحكومة")
    assert coordinated_verb(Match(accuse, 0, 0, 0, 5), toks)
    promise = replace(accuse, lemma="وعد")  # a root و: وعدت is no و + عدت
    toks = tokenize("وعدت بها كييف")
    assert not coordinated_verb(Match(promise, 0, 0, 0, 4), toks)
    noun = replace(accuse, pos="noun")  # only a verb row's match opens a clause
    toks = tokenize("واتهام الحزب الحكومة")
    assert not coordinated_verb(Match(noun, 0, 0, 0, 6), toks)


# --- the charge stated as the predicate of the people held

def test_detainees_said_to_be_accused_is_an_accusation() -> None:
    text = ("وأوضحت النيابة أن الموقوفين متهمون بتمويل خلية مسلحة وتجنيد شبان لصالحها.")
    assert [e.mode for e in of_type(text, "ACCUSE")] == ["allege"]
    assert not of_type(text, "MOBILIZE")


def test_detainees_said_to_be_involved_is_an_accusation() -> None:
    text = "وقال مصدر أمني إن المعتقلين «متورطون في تهريب الأسلحة عبر الحدود»."
    assert of_type(text, "ACCUSE")


def test_people_arrested_as_suspects_are_no_accusation_of_their_own() -> None:
    text = "واعتقلت الشرطة الكينية 9 أشخاص متهمين بالتورط في أعمال الشغب."
    assert not of_type(text, "ACCUSE")


# --- the signed minutes of a meeting

def test_signed_minutes_are_a_signed_text_not_a_meeting() -> None:
    text = "ووقع الطرفان محضر اجتماع بشأن تنظيم النقل البري بين البلدين."
    assert of_type(text, "SUPPORT")
    assert not of_type(text, "CONSULT")


def test_minutes_cited_are_no_signing() -> None:
    text = "واستندت المحكمة إلى محضر اجتماع مجلس الإدارة في قرارها."
    assert not of_type(text, "SUPPORT")
    assert not of_type(text, "CONSULT")


def test_a_series_of_verbal_nouns_stays_in_the_call() -> None:
    text = "وطالب البرلمان العربي بوقف قتل المدنيين ومصادرة الأراضي وهدم المنازل في الضفة."
    assert not of_type(text, "ASSAULT")
