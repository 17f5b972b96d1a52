"""Actors pass (2026-12-04 (14)): the doer a relative clause names after a nominal trigger
(غارة نفذتها مسيرة)، the giver of what is received (تلقى … اتصالا من …), a role with the
person named after it, and a killing verb pointing back to its attack (قتل فيها). The team's
own sentences."""

from __future__ import annotations

from datetime import date

from rasd.model import Event
from tests.events.rule_checks import events_of_type

PUB = date(2026, 5, 20)


def _events(text: str, typ: str) -> list[Event]:
    found = events_of_type(text, typ, PUB)
    assert found, f"no {typ} event"
    return found


def _actor(text: str, typ: str) -> str | None:
    actor = _events(text, typ)[0].actor
    return actor.span.text if actor is not None else None


# --- the doer a relative clause names after the act's noun

def test_a_strike_carried_out_by_named_aircraft_is_theirs_not_the_announcers() -> None:
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل ستة مسلحين بضربة جوية "
            "نفذتها طائرات عراقية على وكر لهم في صحراء الأنبار.")
    event = _events(text, "ASSAULT")[0]
    assert event.actor is not None and "طائرات عراقية" in event.actor.span.text
    assert event.actor.country == "IRQ"


def test_a_stand_organised_by_teachers_is_theirs_not_the_dispersing_police() -> None:
    text = ("فرقت الشرطة، مساء أمس، وقفة نظمها أساتذة متعاقدون أمام مقر المديرية "
            "الإقليمية للتعليم في مدينة فاس.")
    actor = _actor(text, "PROTEST")
    assert actor is not None and "أساتذة" in actor and "الشرطة" not in actor


def test_aid_provided_by_an_agency_is_the_agencys() -> None:
    text = ("وصلت إلى ميناء بورتسودان، الثلاثاء، شحنة أدوية ومستلزمات طبية مقدمة من "
            "مركز الملك سلمان للإغاثة والأعمال الإنسانية لدعم المستشفيات.")
    event = _events(text, "AID")[0]
    assert event.actor is not None and "مركز الملك سلمان" in event.actor.span.text


def test_leaders_after_a_threat_are_no_doer_of_it() -> None:
    # قادة ("leaders") normalises like قاده ("led it"): no relative verb here
    text = ("أدانت وزارة الخارجية البريطانية الهجوم، ملوحة بفرض عقوبات على قادة "
            "الجماعة المسلحة.")
    actor = _actor(text, "THREATEN")
    assert actor is None or "قادة" not in actor


# --- what is received comes from the giver

def test_a_received_call_is_the_callers_act_in_the_receivers_country() -> None:
    text = ("تلقى رئيس الوزراء الأردني جعفر حسان، اليوم الأربعاء، اتصالا هاتفيا من "
            "رئيس الوزراء المصري مصطفى مدبولي، بحثا خلاله العلاقات الثنائية.")
    event = _events(text, "CONSULT")[0]
    assert event.actor is not None and event.actor.country == "EGY"
    assert event.recipient is not None and event.recipient.country == "JOR"
    assert event.country == "JOR"


def test_a_handover_received_from_a_neighbour_is_the_neighbours_act() -> None:
    text = ("تسلمت السلطات العراقية، أمس الاثنين، من السلطات التركية ثلاثة مطلوبين "
            "بقضايا إرهاب عبر منفذ إبراهيم الخليل الحدودي.")
    event = _events(text, "COOPERATE")[0]
    assert event.actor is not None and event.actor.country == "TUR"
    assert event.country == "IRQ"


def test_a_call_made_keeps_its_caller() -> None:
    text = ("أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان، اليوم، اتصالا هاتفيا "
            "بنظيره الفرنسي، بحثا خلاله تطورات المنطقة.")
    event = _events(text, "CONSULT")[0]
    assert event.actor is not None and event.actor.country == "SAU"


# --- a role with its person's name

def test_a_role_before_a_known_name_is_that_person() -> None:
    text = ("دعا رئيس جمهورية أوكرانيا فولوديمير زيلينسكي، الجمعة، الحلفاء إلى تسريع "
            "تسليم أنظمة الدفاع الجوي.")
    event = _events(text, "REQUEST")[0]
    assert event.actor is not None and event.actor.span.text.endswith("زيلينسكي")
    assert event.actor.kb_id == "per:zelensky"


def test_a_role_before_another_countrys_person_keeps_its_own_country() -> None:
    # the person after the role is the verb's object, not the role's name
    text = ("وشكر الرئيس الأمريكي أمير قطر الشيخ تميم بن حمد آل ثاني على جهود الوساطة "
            "في غزة.")
    event = _events(text, "SUPPORT")[0]
    assert event.actor is not None and event.actor.country == "USA"


# --- a killing verb pointing back to its attack is that attack's toll

def test_killed_in_them_is_the_toll_of_the_attacks_told_before() -> None:
    text = ("أعلنت السلطات حالة الطوارئ في الإقليم إثر هجمات شنتها جماعة مسلحة على "
            "قرى حدودية الأسبوع الماضي، قتل فيها 14 مدنيا.")
    assaults = _events(text, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].killed is not None and assaults[0].killed.min == 14


# --- a joined appeal verb's one phrase before its complement is its addressee

def test_a_joined_appeal_addresses_the_phrase_after_it() -> None:
    text = ("أدانت جامعة الدول العربية، اليوم الأحد، الهجوم على مخيم النازحين، ودعت مجلس "
            "الأمن إلى تحمل مسؤولياته.")
    event = _events(text, "REQUEST")[0]
    assert event.actor is not None and "جامعة الدول العربية" in event.actor.span.text
    assert event.recipient is not None and "مجلس الأمن" in event.recipient.span.text


def test_an_appeal_with_its_own_subject_keeps_it() -> None:
    text = ("وصل الوفد الأممي إلى بغداد أمس، ودعا رئيس الوزراء العراقي الأطراف إلى الحوار.")
    event = _events(text, "REQUEST")[0]
    assert event.actor is not None and "رئيس الوزراء" in event.actor.span.text


# --- the two sides, and the first party of a clash

def test_the_two_sides_after_the_verb_are_its_actor() -> None:
    text = ("استقبل وزير الخارجية العماني نظيره الإيراني في مسقط، واتفق الجانبان على "
            "استئناف المحادثات الفنية الشهر المقبل.")
    actors = [e.actor.span.text for e in _events(text, "AGREE") if e.actor is not None]
    assert actors == ["الجانبان"]


def test_the_two_sides_as_an_object_are_not_the_actor() -> None:
    text = "ودعت الأمم المتحدة الطرفين إلى وقف القتال فورا."
    actor = _actor(text, "REQUEST")
    assert actor is None or "الطرفين" not in actor


def test_clashes_between_two_forces_take_the_first_as_actor() -> None:
    text = ("اندلعت اشتباكات بالأسلحة المتوسطة، مساء السبت، بين جهاز الردع واللواء 444 "
            "قتال في ضواحي طرابلس.")
    actor = _actor(text, "ASSAULT")
    assert actor is not None and "جهاز الردع" in actor and "444" not in actor
