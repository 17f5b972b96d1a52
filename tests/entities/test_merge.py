"""How the KB's and the model's names of a piece are merged (rasd.entities.merge) and where
a model name starts (rasd.entities.units.ner_units): the model's extent and class win
where they are the better reading, the KB's link is kept."""

from __future__ import annotations

from typing import Any

import pytest

from rasd.entities import NAME_KINDS
from rasd.entities.merge import merge_units
from rasd.entities.units import Piece, Unit, ner_units, tag_pieces
from rasd.kb import GazetteerMatch, KBEntry
from rasd.model import Span
from rasd.ner import NerMention, NerTagger
from rasd.ner.words import TEXT_TOKENS
from rasd.text.tokens import tokenize
from tests.entities.helpers import entity_of, link, mention_kinds


def test_cue_word_is_left_out_when_the_model_finds_the_bare_name() -> None:
    doc = link("وأعلنت حركة حماس أمس رفضها للمقترح الجديد.", {"حماس": "ORG"})
    hamas = entity_of(doc, "حماس")
    assert (hamas.kb_id, hamas.type) == ("org:hamas", "ORG")
    assert mention_kinds(hamas) == [("حماس", "name")]
    # the cue is the name's, not a role phrase of its own
    assert not any(m.span.text.startswith("حركة") for e in doc.entities for m in e.mentions)


def test_without_the_model_the_kb_alias_stands() -> None:
    doc = link("وأعلنت حركة حماس أمس رفضها للمقترح الجديد.")
    assert entity_of(doc, "حركة حماس").kb_id == "org:hamas"


def test_title_and_trailing_nationality_are_left_out() -> None:
    doc = link("استقبل الشيخ تميم بن حمد آل ثاني وفدا من حزب الله اللبناني.",
               {"تميم بن حمد آل ثاني": "PERSON", "حزب الله": "ORG"})
    assert entity_of(doc, "تميم بن حمد آل ثاني").kb_id == "per:tamim"
    assert entity_of(doc, "حزب الله").kb_id == "org:hezbollah"


def test_shorter_name_of_the_same_record_is_the_mention() -> None:
    doc = link("أدى المعتمرون مناسكهم في مكة المكرمة أمس.", {"مكة": "LOC"})
    mecca = entity_of(doc, "مكة")
    assert mecca.kb_id is not None and mecca.kb_id.startswith("gn:")


def test_narrowed_name_keeps_the_gazetteer_clitic_free_start() -> None:
    doc = link("أقام المعتمرون بمكة المكرمة أسبوعا.", {"بمكة": "LOC"})
    assert entity_of(doc, "مكة").kb_id is not None
    club = entity_of(link("قدم النادي عرضا لبرشلونة لضم اللاعب.", {"لبرشلونة": "ORG"}),
                     "برشلونة")
    assert (club.type, club.kb_id) == ("ORG", None)


def test_a_name_of_another_record_is_not_narrowed() -> None:
    # غزة alone is the city; قطاع غزة is the strip: the mention leaves the head out, as
    # news corpora do, but stays linked to the strip, whatever the model tagged
    for ner in ({"غزة": "LOC"}, {}):
        doc = link("عاد الهدوء إلى قطاع غزة بعد أيام من التوتر.", ner)
        strip = entity_of(doc, "غزة")
        assert strip.kb_id == "reg:PSE-gazastrip"
        assert [m.span.text for m in strip.mentions] == ["غزة"]


def test_directional_heads_stay_out_but_a_country_keeps_its_name() -> None:
    doc = link("انسحبت القوات من جنوب لبنان ووصل الوفد إلى جنوب أفريقيا.")
    assert entity_of(doc, "لبنان").kb_id == "reg:LBN-south"
    assert entity_of(doc, "جنوب أفريقيا").kb_id == "iso:ZAF"


def test_titles_stay_out_of_a_linked_person_name() -> None:
    doc = link("وأعرب الملك حمد بن عيسى آل خليفة عن تقديره.")
    king = entity_of(doc, "حمد بن عيسى آل خليفة")
    assert king.kb_id == "per:hamadisa"
    # the model's longer name over the KB alias's titles is the mention, still linked
    doc = link("وصل الشيخ خليفة بن زايد آل نهيان إلى الرياض.",
               {"خليفة بن زايد آل نهيان": "PERSON"})
    assert entity_of(doc, "خليفة بن زايد آل نهيان").kb_id == "per:khalifabinzayed"


def test_city_the_model_reads_as_an_organisation_is_a_club() -> None:
    text = "تغلب برشلونة على ضيفه بثلاثة أهداف مساء السبت."
    club = entity_of(link(text, {"برشلونة": "ORG"}), "برشلونة")
    assert (club.type, club.kb_id) == ("ORG", None)
    city = entity_of(link(text), "برشلونة")
    assert city.type == "GPE"


def test_country_the_model_reads_as_an_organisation_stays_the_country() -> None:
    doc = link("وقعت الإمارات اتفاقية تعاون اقتصادي جديدة.", {"الإمارات": "ORG"})
    assert entity_of(doc, "الإمارات").kb_id == "iso:ARE"


def test_newspaper_named_after_a_region_is_an_organisation() -> None:
    text = "نشرت الشرق الأوسط تقريرا مطولا عن الانتخابات."
    paper = entity_of(link(text, {"الشرق الأوسط": "ORG"}), "الشرق الأوسط")
    assert paper.type == "ORG"
    assert entity_of(link(text), "الشرق الأوسط").type == "LOC"


def test_model_class_picks_the_kb_reading_of_that_class() -> None:
    text = "نشرت النجمة تقريرا مطولا."
    piece = Piece(text, 0, tokenize(text))
    at, end = text.index("النجمة"), text.index("النجمة") + len("النجمة")
    town = KBEntry("gn:1", "GPE", "Najma", "النجمة", country="LBN")
    paper = KBEntry("org:najma", "ORG", "Al-Najma", "النجمة", country="LBN")
    match = GazetteerMatch(Span(at, end, "النجمة"), (town, paper), "النجمه")
    w0, w1 = piece.word_range(at, end)
    kb = [Unit(w0, w1, at, end, "kb", town, match=match)]
    ner = [Unit(w0, w1, at, end, "ner", ner_type="ORG", confidence=0.7)]
    outer, _ = merge_units(piece, kb, ner, frozenset())
    assert [(u.entry.kb_id if u.entry else None, u.ner_type) for u in outer] \
        == [("org:najma", "ORG")]
    # the model agreeing with the chosen reading changes nothing
    ner = [Unit(w0, w1, at, end, "ner", ner_type="LOC", confidence=0.7)]
    outer, _ = merge_units(piece, kb, ner, frozenset())
    assert [u.entry.kb_id if u.entry else None for u in outer] == ["gn:1"]


def test_places_side_by_side_read_as_one_organisation_are_that_organisation() -> None:
    # (فيردر بريمن, the first example, is a KB organisation since 2026-12-03)
    doc = link("خسر أرمينيا بيليفيلد مباراته الأخيرة.", {"أرمينيا بيليفيلد": "ORG"})
    club = entity_of(doc, "أرمينيا بيليفيلد")
    assert (club.type, club.kb_id) == ("ORG", None)


def test_longer_place_name_is_not_linked_to_the_city_it_starts_with() -> None:
    doc = link("امتلأ ملعب سانتياغو برنابيو بالجماهير.", {"سانتياغو برنابيو": "LOC"})
    stadium = entity_of(doc, "سانتياغو برنابيو")
    assert stadium.kb_id is None
    assert mention_kinds(stadium) == [("سانتياغو برنابيو", "name")]


def test_person_name_extending_a_kb_name_is_linked() -> None:
    doc = link("قال محمد بن سلمان آل سعود إن الرؤية تمضي.",
               {"محمد بن سلمان آل سعود": "PERSON"})
    assert entity_of(doc, "محمد بن سلمان آل سعود").kb_id == "per:mbs"


def _starts(text: str, name: str, typ: str, vocab: frozenset[str] = frozenset()) -> str:
    piece = Piece(text, 0, tokenize(text))
    at = text.index(name)
    piece.ner = [NerMention(Span(at, at + len(name), name), typ)]  # type: ignore[arg-type]
    unit = ner_units(piece, vocab)[0]
    return text[unit.start:unit.end]


def test_first_letter_of_an_unknown_name_is_kept_unless_shown_to_be_a_proclitic() -> None:
    # ب and ك start many names: kept unless the text shows the name without them
    assert _starts("وصل فريق بيرغن أمس.", "بيرغن", "ORG") == "بيرغن"
    assert _starts("وصل فريق بيرغن أمس.", "بيرغن", "ORG", frozenset({"يرغن"})) == "يرغن"
    # an article after the letters shows them to be proclitics
    assert _starts("التقى الوفد بالزيلينغراديين أمس.", "بالزيلينغراديين", "MISC") \
        == "الزيلينغراديين"
    # ك is no proclitic before a name unless the text shows it: كاليفورنيا is no ك + ال
    assert _starts("زار الوفد كاليفورنيا أمس.", "كاليفورنيا", "LOC") == "كاليفورنيا"
    # before the first half of a compound given name too
    assert _starts("حضر اللقاء وعبد الرحيم الفلاني.", "وعبد الرحيم الفلاني", "PERSON") \
        == "عبد الرحيم الفلاني"
    # a conjunction before a long remainder is split off
    assert _starts("التقى الوفد وزيلينغراد أمس.", "وزيلينغراد", "LOC") == "زيلينغراد"


def test_all_pieces_of_an_article_are_tagged_in_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = NerTagger.load()
    if tagger.splitter_name != TEXT_TOKENS:
        pytest.skip("the shipped model does not use the text layer's tokens")
    calls: list[tuple[int, bool]] = []
    real = NerTagger.tag_pieces

    def spy(self: NerTagger, pieces: Any, kb_matches: Any = None) -> list[list[str]]:
        calls.append((len(pieces), kb_matches is not None))
        return real(self, pieces, kb_matches)

    monkeypatch.setattr(NerTagger, "tag_pieces", spy)
    texts = ["زار وزير الخارجية القاهرة أمس.", "", "والتقى الوزير نظيره في بغداد."]
    pieces = [Piece(t, 0, tokenize(t)) for t in texts]
    tag_pieces(tagger, pieces)
    assert calls == [(2, True)]  # the empty piece is left out, KB matches are reused
    assert all(isinstance(m, NerMention) for p in pieces for m in p.ner)
    assert pieces[1].ner == []


def test_name_kinds_count_a_capital_standing_for_its_government() -> None:
    doc = link("ردت طهران على تصريحات الوزير الكازاخي.")
    names = {m.span.text for e in doc.entities for m in e.mentions if m.kind in NAME_KINDS}
    assert "طهران" in names
    assert not any("الوزير" in n for n in names)
