"""Settlement names after a head word that neither the KB nor the model found
(rasd.entities.sites): a place mention, the head left out, unlinked."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_of, link


def _names(text: str, model: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return [(e.span.text, e.type) for e in link(text, model).entities]


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت الطائرات بلدة كفرنبودة صباح اليوم.", "كفرنبودة"),
    ("اعتقلت القوات شابين من مخيم بلاطة فجر الأحد.", "بلاطة"),  # not ب + لاطة
    ("وقع انفجار في حي الشيخ مقصود أمس.", "الشيخ مقصود"),  # a compound name
    ("اقتحم مستوطنون قرية جالود ليلا.", "جالود"),
    ("نزحت عائلات إلى قرية بير الدرج.", "بير الدرج"),  # a compound name
])
def test_name_after_a_settlement_head_is_a_place(text: str, name: str) -> None:
    e = entity_of(link(text), name)
    assert e.type == "LOC"
    assert e.kb_id is None


@pytest.mark.parametrize("text", [
    "نزح السكان إلى قرية صغيرة في الجبال.",  # an adjective describes the head
    "زار الوزير مدينة شهدت احتجاجات واسعة.",  # a verb opens a describing clause
    "تقع المعارك قرب قرية حدودية مهجورة.",  # a nisba adjective
    "عاد الهدوء إلى المخيم منذ يومين.",  # a definite head refers back
    "أقيم الحفل في مدينة الملاهي الكبرى.",  # a generic compound
    "وهي مدينة مقدسة لدى المسلمين.",  # an adjective agreeing with a feminine head
    "قرروا قضاء العطلة في الجبال.",  # قضاء a verbal noun, not a district
    "دعا إلى مقاطعة المنتجات الأجنبية.",  # مقاطعة a boycott, not a province
    "كانت تشير ناحية مركب الصيد.",  # ناحية "towards"
    "وقع الانهيار بلدة مما أسفر عن أضرار.",  # a relative, no name
])
def test_no_place_where_the_head_is_described_not_named(text: str) -> None:
    assert not [n for n in _names(text) if n[1] == "LOC"], _names(text)


def test_a_known_town_after_its_head_keeps_its_link() -> None:
    e = entity_of(link("تظاهر المئات في مدينة حلب أمس."), "حلب")
    assert e.kb_id is not None


def test_a_name_the_model_found_is_not_read_twice() -> None:
    names = _names("قصفت الطائرات بلدة سرمين صباح اليوم.", {"بلدة سرمين": "LOC"})
    assert len([n for n in names if "سرمين" in n[0]]) == 1, names
