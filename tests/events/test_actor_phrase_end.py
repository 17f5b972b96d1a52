"""Where an actor phrase ends (2026-12-04 (15)): after a definite word an indefinite one
begins the verb's object or the next clause, and a word with the preposition ب opens an
adverbial; a role's person named after it stays in the phrase. The team's own sentences."""

from __future__ import annotations

from datetime import date

from rasd.events.learned.candidate_filter import filter_disabled
from tests.events.rule_checks import events

PUB = date(2026, 6, 14)


def _actor(text: str, typ: str) -> str | None:
    with filter_disabled():
        found = [e for e in events(text, PUB) if e.type == typ]
    assert found, f"no {typ} event"
    actor = found[0].actor
    return actor.span.text if actor is not None else None


def test_a_vso_object_count_is_not_part_of_the_arresting_force() -> None:
    text = "اعتقلت قوات الاحتلال فجر اليوم الأحد ستة شبان من بلدة بيت أمر شمال الخليل."
    assert _actor(text, "COERCE") == "قوات الاحتلال"
    text = "اعتقلت الشرطة الاتحادية أربعة مطلوبين في حي الجهاد جنوب غرب بغداد."
    assert _actor(text, "COERCE") == "الشرطة الاتحادية"


def test_a_verb_after_the_subject_ends_it() -> None:
    text = "وقالت مصادر محلية إن الشرطة كانت قد منعت التجمع أمام مقر البلدية في المدينة."
    actor = _actor(text, "COERCE")
    assert actor is not None and actor.endswith("الشرطة")


def test_an_adverbial_with_bi_is_not_part_of_the_demanding_party() -> None:
    text = "وطالبت أحزاب المعارضة بتحقيق قضائي مستقل في أعمال العنف التي شهدتها العاصمة."
    actor = _actor(text, "REQUEST")
    assert actor is not None and actor.endswith("المعارضة")


def test_an_object_noun_with_a_pronoun_ends_the_boycotting_party() -> None:
    text = "أعلنت أحزاب المعارضة الرئيسية مقاطعتها الانتخابات البلدية المقررة الشهر المقبل."
    actor = _actor(text, "PROTEST")
    assert actor is not None and actor.endswith("المعارضة الرئيسية")


def test_a_role_keeps_the_name_after_it_even_unrecognised() -> None:
    # the name need not be known to NER: a role is followed by its holder's name
    text = "ودان رئيس حكومة الإقليم مسرور بارزاني الهجوم على حقل كورمور للغاز."
    actor = _actor(text, "ACCUSE")
    assert actor is not None and "مسرور بارزاني" in actor


def test_a_construct_with_ghayr_stays_one_phrase() -> None:
    text = "هاجمت القوات غير النظامية قافلة إغاثة قرب مدينة الفاشر صباح الثلاثاء."
    actor = _actor(text, "ASSAULT")
    assert actor is not None and "غير النظامية" in actor


def test_a_currency_is_never_the_donor() -> None:
    # the NER tagger may call دولار a MISC name: the grant is Japan's, not the dollar's
    text = ("أعلنت اليابان، الأحد، منحة جديدة بقيمة 5 ملايين دولار لدعم برامج إعادة "
            "الإدماج في ولاية هرات.")
    actor = _actor(text, "AID")
    assert actor is None or "دولار" not in actor


def test_an_exchange_between_two_parties_is_the_first_partys_not_the_announcers() -> None:
    text = ("وأعلن بيان لوزارة الخارجية الإماراتية، الجمعة، نجاح وساطة جديدة أسفرت عن "
            "عملية تبادل جديدة شملت 190 أسيرا بين روسيا وأوكرانيا.")
    actor = _actor(text, "RETREAT")
    assert actor is not None and "روسيا" in actor and "بيان" not in actor


def test_talks_between_the_two_countries_name_no_first_party() -> None:
    text = "وبحث الوزيران خلال اللقاء سبل تعزيز العلاقات بين البلدين في مجالات الطاقة."
    with filter_disabled():
        found = [e for e in events(text, PUB) if e.type == "CONSULT"]
    assert all(e.actor is None or e.actor.span.text != "البلدين" for e in found)


def test_two_joined_parties_before_a_noun_trigger_are_the_firsts() -> None:
    text = ("اتفق وفدا الحكومة اليمنية وجماعة الحوثي، في ختام جولة مفاوضات استمرت "
            "أسبوعين في مسقط، على تبادل الأسرى.")
    actor = _actor(text, "CONSULT")
    assert actor is not None and "الحكومة اليمنية" in actor and "الحوثي" not in actor


def test_a_second_party_with_a_relative_clause_is_the_doer() -> None:
    text = ("وتخللت المسيرة مواجهات بين مجموعات من المحتجين والشرطة التي استخدمت "
            "الغاز المسيل للدموع.")
    with filter_disabled():
        found = [e for e in events(text, PUB) if e.mode == "crowd-control"]
    assert found and found[0].actor is not None and "الشرطة" in found[0].actor.span.text


def test_hosted_talks_are_the_parties_and_take_place_at_the_host() -> None:
    text = ("استضافت الدوحة، أمس الأحد، جولة جديدة من المفاوضات المباشرة بين حكومة "
            "جمهورية الكونغو الديمقراطية وحركة 23 مارس بحضور وسطاء أفارقة.")
    with filter_disabled():
        found = [e for e in events(text, PUB) if e.type == "CONSULT"]
    assert found
    event = found[0]
    assert event.actor is not None and "حكومة جمهورية الكونغو" in event.actor.span.text
    assert event.recipient is not None and "حركة 23 مارس" in event.recipient.span.text
    assert event.place is not None and event.place.country == "QAT"
