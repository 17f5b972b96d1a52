"""Which KB and model names the stage reads as proper names, and where a model name starts:
a body named by an institution noun and a nationality is a linked role mention; a word is
split into proclitic + name only on the evidence of the page's other names."""

from __future__ import annotations

from rasd.entities.units import Piece, tag_pieces
from rasd.text.tokens import tokenize
from tests.entities.helpers import ScriptedTagger, entity_of, link, mention_kinds


def test_kb_body_named_by_institution_and_nationality_is_a_linked_role() -> None:
    doc = link("انتشر الجيش اللبناني في القرى الحدودية، وقال الجيش اللبناني إن الوضع هادئ.")
    army = entity_of(doc, "الجيش اللبناني")
    assert (army.type, army.kb_id, army.country) == ("ORG", "org:laf", "LBN")
    assert [kind for _, kind in mention_kinds(army)] == ["role", "role"]  # one entity


def test_kb_body_with_a_proper_name_stays_a_name() -> None:
    doc = link("اجتمعت منظمة التعاون الإسلامي في جدة.")
    oic = entity_of(doc, "منظمة التعاون الإسلامي")
    assert mention_kinds(oic) == [("منظمة التعاون الإسلامي", "name")]


def test_first_letter_is_not_split_off_because_a_common_word_remains() -> None:
    # وفي (and in) on the page is no evidence that كوفي is ك + a name
    doc = link("قال كوفي عنان إن الوضع خطير، وفي بيروت تظاهر الآلاف.",
               {"كوفي عنان": "PERSON"})
    assert entity_of(doc, "كوفي عنان").type == "PERSON"


def test_first_letter_is_split_off_when_the_rest_is_a_name_on_the_page() -> None:
    doc = link("وصل الوفد إلى برتالا أمس، وقدم مساعدات لبرتالا وجاراتها.",
               {"برتالا": "LOC", "لبرتالا": "LOC"})
    place = entity_of(doc, "برتالا")
    assert [text for text, _ in mention_kinds(place)] == ["برتالا", "برتالا"]


def test_known_given_name_starting_with_waw_keeps_its_waw() -> None:
    doc = link("التقى وليام هيغ نظيره في لندن.", {"وليام هيغ": "PERSON"})
    assert entity_of(doc, "وليام هيغ").type == "PERSON"


def test_tagger_without_pieces_api_sees_each_piece_alone_in_document_offsets() -> None:
    text = "عنوان قصير\nزار سامي بدران المدينة."
    start = text.index("\n") + 1
    toks = [t for t in tokenize(text) if t.start >= start]
    piece = Piece(text, 0, toks, (start, len(text)))
    tag_pieces(ScriptedTagger({"سامي بدران": "PERSON"}), [piece])
    [found] = piece.ner
    assert text[found.span.start:found.span.end] == "سامي بدران" == found.span.text
