"""The shipped knowledge base: coverage, coordinates, priors and lookups."""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError

import pytest

from rasd.errors import RecordError
from rasd.kb import KBEntry, KnowledgeBase, name_key, search
from rasd.kb.store import parse_row


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def test_every_iso_country_has_alpha3_and_arabic_name(kb: KnowledgeBase) -> None:
    countries = [e for e in kb.entries.values() if e.kb_id.startswith("iso:")]
    assert len(countries) >= 240
    for e in countries:
        assert e.type == "GPE" and e.precision == "country"
        assert e.country and len(e.country) == 3 and e.country.isupper()
        assert e.name_ar and any("\u0621" <= ch <= "\u064a" for ch in e.name_ar)


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("كازاخستان", "KAZ"),
        ("جمهورية كازاخستان", "KAZ"),
        ("كازخستان", "KAZ"),
        ("المملكة العربية السعودية", "SAU"),
        ("الولايات المتحدة الأمريكية", "USA"),
        ("الولايات المتحدة", "USA"),
        ("أمريكا", "USA"),
        ("امريكا", "USA"),
        ("أميركا", "USA"),
        ("روسيا الاتحادية", "RUS"),
        ("ساحل العاج", "CIV"),
        ("جمهورية الكونغو الديمقراطية", "COD"),
    ],
)
def test_country_names_and_variants(kb: KnowledgeBase, name: str, alpha3: str) -> None:
    first = kb.lookup(name)[0]
    assert (first.kb_id, first.country) == (f"iso:{alpha3}", alpha3)


def test_almaty_coordinates(kb: KnowledgeBase) -> None:
    almaty = kb.lookup("ألماتي")[0]
    assert almaty.country == "KAZ" and almaty.precision == "city"
    assert almaty.lat is not None and almaty.lon is not None
    assert _km(almaty.lat, almaty.lon, 43.25, 76.92) < 25


def test_capitals(kb: KnowledgeBase) -> None:
    washington = kb.lookup("واشنطن")
    assert [e.country for e in washington] == ["USA"]  # the capital only, not the state
    assert washington[0] == kb.capital("USA")
    moscow = kb.lookup("موسكو")[0]
    assert moscow.country == "RUS" and moscow == kb.capital("RUS")
    assert kb.lookup("واشنطن العاصمة")[0] == washington[0]
    usa = kb.country("US")
    assert usa is not None and usa.kb_id == "iso:USA"


def test_country_coordinates_are_the_capitals(kb: KnowledgeBase) -> None:
    kaz, capital = kb.country("KAZ"), kb.capital("KAZ")
    assert kaz is not None and capital is not None
    assert (kaz.lat, kaz.lon) == (capital.lat, capital.lon)


def test_ambiguous_names_keep_every_reading_in_prior_order(kb: KnowledgeBase) -> None:
    tripoli = kb.lookup("طرابلس")
    assert [e.country for e in tripoli[:2]] == ["LBY", "LBN"]
    amman = kb.lookup("عمان")
    assert amman[0].country == "JOR" and "OMN" in {e.country for e in amman}
    alexandria = kb.lookup("الإسكندرية")
    assert alexandria[0].country == "EGY" and len(alexandria) > 1


def test_regions_and_curated_fixes(kb: KnowledgeBase) -> None:
    assert kb.lookup("محافظة نينوى")[0].kb_id == "reg:IRQ-nineveh"
    assert kb.lookup("إقليم دارفور")[0].precision == "region"
    assert kb.lookup("دونباس")[0].country == "UKR"
    baghdad = kb.lookup("بغداد")[0]  # the bare name is the city, the region is محافظة بغداد
    assert baghdad.precision == "city" and baghdad.country == "IRQ"
    assert kb.lookup("الخرطوم")[0].country == "SDN"
    assert kb.lookup("القدس")[0].geonames_id == 281184


def test_organisations_and_people(kb: KnowledgeBase) -> None:
    oic = kb.lookup("منظمة التعاون الإسلامي")[0]
    assert (oic.type, oic.sector) == ("ORG", "IGO")
    assert oic.name_en == "Organisation of Islamic Cooperation"
    csto = kb.lookup("منظمة معاهدة الأمن الجماعي")[0]
    assert csto.name_en == "Collective Security Treaty Organization"
    assert kb.lookup("النيتو")[0].kb_id == "org:nato"
    tokayev = kb.lookup("قاسم جومارت توكاييف")[0]
    assert (tokayev.type, tokayev.country, tokayev.sector) == ("PERSON", "KAZ", "GOV")
    price = kb.lookup("نيد برايس")[0]
    assert (price.country, price.sector) == ("USA", "GOV")


def test_entries_are_frozen(kb: KnowledgeBase) -> None:
    entry = kb.lookup("موسكو")[0]
    with pytest.raises(FrozenInstanceError):
        entry.country = "USA"  # type: ignore[misc]


def test_name_key_folds_spelling_and_separators() -> None:
    assert name_key("جمهوريّة  كازاخستانَ") == name_key("جمهورية كازاخستان")
    assert name_key("بني-ملال") == "بني ملال"
    assert name_key("عربي21") == "عربي 21"


def test_parse_row_validates() -> None:
    row = parse_row("x:1\tGPE\tTown\t!~بلدة تجريبية|قرية\tKAZ\t\t43.1\t76.2", "t:1")
    assert row.entry.name_ar == "بلدة تجريبية"
    assert row.names[0] == (name_key("بلدة تجريبية"), True, True)
    for bad in ("x:1\tCITY\tTown\tبلدة", "x:1\tGPE\tTown\t", "x:1\tGPE\tTown\tبلدة\tkz",
                "x:1\tGPE\tTown\tبلدة\tKAZ\tXXX", "x:1\tGPE\tTown\tبلدة\t\t\t91\t0",
                "x:1\tGPE"):
        with pytest.raises(RecordError) as err:
            parse_row(bad, "t:7")
        assert err.value.where == "t:7"


def test_search(kb: KnowledgeBase) -> None:
    assert search("موسكو", kb=kb)[0].country == "RUS"
    assert search("KAZ", kb=kb)[0].kb_id == "iso:KAZ"
    assert search("Kazakhstan", kb=kb)[0].kb_id == "iso:KAZ"
    assert search("org:nato", kb=kb)[0].name_en == "North Atlantic Treaty Organization"
    assert any(e.kb_id == "per:tokayev" for e in search("قاسم جومارت", kb=kb))
    assert search("لا يوجد اسم كهذا", kb=kb) == []


def test_load_is_cached() -> None:
    assert KnowledgeBase.load() is KnowledgeBase.load()


def test_kbentry_place_flag() -> None:
    assert KBEntry("a", "LOC", "Sea", "بحر").is_place
    assert not KBEntry("b", "NORP", "Kazakhs", "كازاخي").is_place
