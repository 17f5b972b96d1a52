"""The entity stage on short sentences: nationality adjectives, capital metonymy, places
resolved by context, spans without proclitics, and the stage's place in the pipeline."""

from __future__ import annotations

import pytest

import rasd
from rasd.analysis import default_pipeline, make_document
from rasd.entities import EntityLinker
from rasd.model import Document
from tests.entities.helpers import entity_of, link, mention_kinds


def assert_exact(doc: Document) -> None:
    for span in doc.spans():
        assert doc.text[span.start : span.end] == span.text


def test_nationality_adjective_is_a_norp_linked_to_its_country() -> None:
    doc = link("وصل وفد روسي إلى عمّان أمس للقاء مسؤولين أردنيين.")
    russian = entity_of(doc, "روسي")
    assert (russian.type, russian.country, russian.kb_id) == ("NORP", "RUS", "norp:RUS")
    assert mention_kinds(russian) == [("روسي", "nisba")]
    assert entity_of(doc, "أردنيين").country == "JOR"
    assert not any(e.type == "GPE" and e.country == "RUS" for e in doc.entities)


def test_nationality_inside_a_role_only_gives_the_role_its_country() -> None:
    doc = link("قصف الجيش السوري مواقع في ريف إدلب.")
    army = entity_of(doc, "الجيش السوري")
    assert (army.type, army.country, army.sector) == ("ORG", "SYR", "MIL")
    assert not any(e.type == "NORP" for e in doc.entities)


@pytest.mark.parametrize(("text", "governments"), [
    ("ردت طهران على تصريحات لندن بشأن الاتفاق النووي.", {"طهران": "IRN", "لندن": "GBR"}),
    ("حذرت أنقرة من أن ممارسات دمشق تهدد الحدود.", {"أنقرة": "TUR", "دمشق": "SYR"}),
])
def test_capital_as_subject_or_genitive_is_its_government(
    text: str, governments: dict[str, str]
) -> None:
    doc = link(text)
    for capital, alpha3 in governments.items():
        country = entity_of(doc, capital)
        assert (country.type, country.country, country.kb_id) == ("GPE", alpha3, f"iso:{alpha3}")
        assert country.precision == "country"
        assert mention_kinds(country) == [(capital, "metonym")]


def test_capital_after_a_locative_or_motion_word_is_the_city() -> None:
    doc = link("وصل وزير الخارجية الإيراني إلى لندن، بعد زيارة طهران وفي بغداد.")
    for capital in ("لندن", "طهران", "بغداد"):
        city = entity_of(doc, capital)
        assert city.precision == "city" and city.kb_id is not None
        assert city.kb_id.startswith("gn:")
        assert mention_kinds(city) == [(capital, "name")]


def test_metonym_joins_the_country_named_elsewhere() -> None:
    doc = link("رفضت الولايات المتحدة الطلب، وقالت واشنطن إنها لن تتراجع.")
    usa = entity_of(doc, "الولايات المتحدة")
    assert mention_kinds(usa) == [("الولايات المتحدة", "name"), ("واشنطن", "metonym")]
    assert usa.span.text == "الولايات المتحدة"


def test_ambiguous_place_resolved_by_the_document_context() -> None:
    lebanon = link("قتل شخصان في اشتباكات في طرابلس شمال لبنان.")
    assert entity_of(lebanon, "طرابلس").country == "LBN"
    alone = link("اشتباكات عنيفة في طرابلس الليلة الماضية.")
    tripoli = entity_of(alone, "طرابلس")
    assert tripoli.country == "LBY"
    assert tripoli.lat is not None and tripoli.lon is not None
    assert abs(tripoli.lat - 32.89) < 0.5 and abs(tripoli.lon - 13.19) < 0.5


def test_places_are_gpe_or_loc_with_coordinates() -> None:
    doc = link("وصلت السفينة إلى البحر الأحمر قادمة من جدة في السعودية.")
    jeddah = entity_of(doc, "جدة")
    assert (jeddah.type, jeddah.country, jeddah.precision) == ("GPE", "SAU", "city")
    assert jeddah.geonames_id is not None
    assert entity_of(doc, "السعودية").precision == "country"


def test_mention_spans_leave_proclitics_out() -> None:
    text = "وصل الوفد ولبنان وبالعراق وللسعودية مواقف متقاربة."
    doc = link(text)
    names = {m.span.text for e in doc.entities for m in e.mentions}
    assert {"لبنان", "العراق"} <= names
    assert not any(n.startswith(("و", "ب")) for n in names)
    assert_exact(doc)


def test_model_names_lose_their_conjunction() -> None:
    doc = link("التقى الوفد وزيلينغراد بالمسؤولين.", {"وزيلينغراد": "LOC"})
    assert entity_of(doc, "زيلينغراد").type == "LOC"


def test_raw_text_without_structure_is_one_piece() -> None:
    doc = EntityLinker(use_ner=False)(make_document("ردت طهران على تصريحات لندن."))
    assert {e.country for e in doc.entities} == {"IRN", "GBR"}
    assert_exact(doc)


def test_every_span_slices_the_text_on_a_structured_page() -> None:
    text = ("سياسة\n\nطهران ترد على لندن\n\nوقال المتحدث باسم الخارجية الإيرانية، "
            "ناصر كنعاني، إن طهران لن تقبل.\n\nوزار الوزير البريطاني بغداد ثم الكويت.\n")
    doc = rasd.analyze(text)
    assert doc.entities
    assert_exact(doc)
    for e in doc.entities:
        assert e.span in [m.span for m in e.mentions]


def test_stage_is_in_the_default_pipeline() -> None:
    assert "entities/1" in default_pipeline().names
    linker = EntityLinker(use_ner=False)
    assert linker.provides == frozenset({"entities"})
    assert {"title", "blocks", "times"} <= linker.requires


def test_regions_are_loc_and_cities_gpe() -> None:
    doc = link("هطلت أمطار غزيرة على منطقة عسير ومدينة أبها.")
    region = entity_of(doc, "عسير")  # the head منطقة stays out of the mention
    assert (region.type, region.precision, region.country) == ("LOC", "region", "SAU")
    assert entity_of(doc, "أبها").type == "GPE"


def test_nationality_after_an_unknown_organisation_gives_its_country() -> None:
    doc = link('ونقلت صحيفة "الفجر الجديد" المغربية عن مصادر أن الاجتماع تأجل.',
               {"الفجر الجديد": "ORG"})
    paper = entity_of(doc, "الفجر الجديد")
    assert (paper.type, paper.country) == ("ORG", "MAR")


def test_clubs_and_companies_the_kb_knows_are_organisations() -> None:
    # The model's misreadings (a person's first name, the club's city) give way to the KB.
    doc = link("فاز دينامو كييف على مانشستر يونايتد، وأعلنت جنرال موتورز أرباحها.",
               {"دينامو": "PERSON", "مانشستر": "LOC", "جنرال موتورز": "PERSON"})
    for name, kb_id in (("دينامو كييف", "org:dynamokyiv"), ("مانشستر يونايتد", "org:manutd"),
                        ("جنرال موتورز", "org:gm")):
        club = entity_of(doc, name)
        assert (club.type, club.kb_id) == ("ORG", kb_id)
    assert not any(e.type in ("PERSON", "GPE") for e in doc.entities)
