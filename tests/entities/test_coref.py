"""Coreference: split names, role anaphors, people introduced by their office, anaphors."""

from __future__ import annotations

from tests.entities.helpers import entity_of, link, mention_kinds


def test_surname_later_in_text_joins_the_full_name() -> None:
    text = ("افتتح رئيس بلدية الميناء سامر القرنفلي المعرض صباح اليوم. "
            "وقال القرنفلي إن المعرض يستمر أسبوعا.")
    doc = link(text, {"سامر القرنفلي": "PERSON", "القرنفلي": "PERSON"})
    person = entity_of(doc, "القرنفلي")
    assert person.type == "PERSON"
    assert person.span.text == "سامر القرنفلي"  # the most informative mention
    assert [t for t, _ in mention_kinds(person)].count("القرنفلي") == 1


def test_surname_shared_by_two_people_stays_apart() -> None:
    text = ("التقى سامر القرنفلي وشقيقه نادر القرنفلي بالوفد. "
            "وقال القرنفلي إن اللقاء كان مثمرا.")
    doc = link(text, {"سامر القرنفلي": "PERSON", "نادر القرنفلي": "PERSON",
                      "القرنفلي": "PERSON"})
    alone = entity_of(doc, "القرنفلي")
    assert alone.span.text == "القرنفلي"  # ambiguous: not merged with either brother


def test_role_introduces_an_unknown_person_with_country_and_sector() -> None:
    text = "وقال المتحدث باسم وزارة الصحة الأردنية، خالد الزعبلاوي، إن الوضع مستقر."
    doc = link(text)  # no model name: the name is read from its place after the role
    person = entity_of(doc, "خالد الزعبلاوي")
    assert (person.type, person.country, person.sector) == ("PERSON", "JOR", "GOV")
    assert ("المتحدث باسم وزارة الصحة الأردنية", "role") in mention_kinds(person)
    assert person.span.text == "خالد الزعبلاوي"


def test_role_without_name_joins_the_office_holder() -> None:
    text = ("استقبل الرئيس الموزمبيقي جوزيه ماتيمبا وفدا تجاريا. "
            "وأكد الرئيس الموزمبيقي أن بلاده ترحب بالاستثمار.")
    doc = link(text, {"جوزيه ماتيمبا": "PERSON"})
    person = entity_of(doc, "جوزيه ماتيمبا")
    roles = [t for t, k in mention_kinds(person) if k == "role"]
    assert roles == ["الرئيس الموزمبيقي", "الرئيس الموزمبيقي"]
    assert (person.country, person.sector) == ("MOZ", "GOV")


def test_role_anaphor_stays_apart_when_two_people_hold_it() -> None:
    text = ("التقى الوزير الأردني سامي الحوراني بالوزير الأردني نبيل الصرايرة. "
            "وقال الوزير الأردني إن اللقاء بحث التعاون.")
    doc = link(text, {"سامي الحوراني": "PERSON", "نبيل الصرايرة": "PERSON"})
    for name in ("سامي الحوراني", "نبيل الصرايرة"):
        assert len([k for _, k in mention_kinds(entity_of(doc, name)) if k == "role"]) == 1


def test_definite_anaphor_refers_to_the_last_organisation_of_its_kind() -> None:
    text = ("أدانت منظمة التعاون الإسلامي الهجوم. "
            "ودعت المنظمة إلى ضبط النفس.")
    doc = link(text)
    org = entity_of(doc, "منظمة التعاون الإسلامي")
    assert org.kb_id == "org:oic"
    assert ("المنظمة", "role") in mention_kinds(org)


def test_unresolved_anaphor_is_not_an_entity() -> None:
    doc = link("قالت المنظمة إن الوضع خطير.")
    assert all(m.span.text != "المنظمة" for e in doc.entities for m in e.mentions)


def test_body_role_repeated_in_short_form_joins() -> None:
    text = ("أعلنت وزارة الداخلية في تونس توقيف خمسة أشخاص. "
            "وأضاف بيان الداخلية أن التحقيق مستمر.")
    doc = link(text)
    ministry = entity_of(doc, "وزارة الداخلية في تونس")
    assert (ministry.type, ministry.country, ministry.sector) == ("ORG", "TUN", "GOV")
    assert ("الداخلية", "role") in mention_kinds(ministry)


def test_role_takes_the_country_of_its_context() -> None:
    doc = link("تظاهر المئات في العاصمة الأردنية عمان، وفرقت قوات الأمن المحتجين.")
    forces = entity_of(doc, "قوات الأمن")
    assert (forces.type, forces.country, forces.sector) == ("ORG", "JOR", "COP")


def test_family_name_that_is_a_nationality_joins_the_person() -> None:
    text = "استقبل المدير ماجد بن سالم اليمني الوفد. وأوضح اليمني أن الزيارة ناجحة."
    doc = link(text, {"ماجد بن سالم اليمني": "PERSON"})
    person = entity_of(doc, "ماجد بن سالم اليمني")
    assert ("اليمني", "name") in mention_kinds(person)
    assert not any(e.type == "NORP" for e in doc.entities)


def test_conjunction_before_a_given_name_is_left_out() -> None:
    doc = link("حضر اللقاء فهد الشمري ويحيى العتيبي.", {"ويحيى العتيبي": "PERSON"})
    assert entity_of(doc, "يحيى العتيبي").type == "PERSON"


def test_demonstrative_is_not_a_role_complement() -> None:
    doc = link("وتقف عناصر هذه الجماعة وراء الهجوم.")
    assert all(m.span.text != "عناصر هذه" for e in doc.entities for m in e.mentions)


def test_nationality_agreeing_with_a_noun_is_not_a_family_name() -> None:
    text = "التقى المدير ماجد بن سالم اليمني بالوفد. وأكد الجانب اليمني دعمه للاتفاق."
    doc = link(text, {"ماجد بن سالم اليمني": "PERSON"})
    assert entity_of(doc, "اليمني").type == "NORP"


def test_name_then_definite_role_without_comma_is_apposition() -> None:
    text = "قال فراس عبد الهادي المتحدث باسم الخارجية العمانية إن المحادثات مستمرة."
    doc = link(text, {"فراس عبد الهادي": "PERSON", "عبدالهادي": "PERSON"})
    person = entity_of(doc, "فراس عبد الهادي")
    assert (person.country, person.sector) == ("OMN", "GOV")


def test_compound_name_written_together_joins() -> None:
    text = "التقى فراس عبد الهادي بالوفد. وأضاف عبدالهادي أن اللقاء مثمر."
    doc = link(text, {"فراس عبد الهادي": "PERSON", "عبدالهادي": "PERSON"})
    assert ("عبدالهادي", "name") in mention_kinds(entity_of(doc, "فراس عبد الهادي"))


def test_preposition_before_a_given_name_is_left_out_but_names_keep_their_letters() -> None:
    doc = link("قدم التهنئة لمحمد الراشد وبسام العلي.", {"لمحمد الراشد": "PERSON",
                                                       "وبسام العلي": "PERSON"})
    assert entity_of(doc, "محمد الراشد").type == "PERSON"
    assert entity_of(doc, "بسام العلي").type == "PERSON"
