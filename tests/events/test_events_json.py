"""The ``events`` part of the rasd/1 JSON: a hand-built event serialises to what
docs/schema.md documents and validates against the published schema."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

import jsonschema
import pytest

from rasd.model import Actor, Casualty, Document, Event, Place, Span, document_id

TEXT = ("قالت وزارة الصحة إن ثلاثة أشخاص قتلوا وأصيب سبعة آخرون أمس في قصف مدفعي "
        "استهدف حيا سكنيا في مدينة حمص. ولم تعلن أي جهة مسؤوليتها عن القصف.")


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _doc(**overrides: Any) -> Document:
    killed = Casualty(_span(TEXT, "ثلاثة أشخاص قتلوا"), "killed", 3, 3)
    injured = Casualty(_span(TEXT, "أصيب سبعة"), "injured", 7, 7)
    fields: dict[str, Any] = dict(
        type="ASSAULT", mode="heavy-weapons", trigger=_span(TEXT, "قصف مدفعي"),
        evidence=(_span(TEXT, "قصف مدفعي"), _span(TEXT, "القصف")),
        recipient=Actor(_span(TEXT, "حيا سكنيا"), sector="CVL", country="SYR"),
        place=Place(_span(TEXT, "حمص"), "Homs", "SYR", 34.73, 36.72, 169577, "city",
                    "gn:169577", "sentence"),
        country="SYR", date=date(2024, 3, 9), date_basis="sentence",
        killed=killed, injured=injured,
        attribution=Actor(_span(TEXT, "وزارة الصحة"), type="ORG", country="SYR",
                          sector="GOV", entity=0),
        confidence=0.8125,
    )
    fields.update(overrides)
    return Document(id=document_id(TEXT), text=TEXT, events=(Event(**fields),))


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(
        resources.files("rasd.data.schema").joinpath("rasd-1.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _json(doc: Document) -> dict[str, Any]:
    return json.loads(json.dumps(doc.to_json(), ensure_ascii=False))  # type: ignore[no-any-return]


def test_event_serialises_as_documented(validator: jsonschema.protocols.Validator) -> None:
    data = _json(_doc())
    validator.validate(data)
    (ev,) = data["events"]
    assert list(ev) == ["type", "mode", "trigger", "evidence", "actor", "recipient", "place",
                        "country", "date", "date_basis", "date_precision", "killed", "injured",
                        "arrested",
                        "attribution", "negated", "denied", "future", "hypothetical",
                        "confidence"]
    assert ev["trigger"] == {"text": "قصف مدفعي", "start": TEXT.index("قصف مدفعي"),
                             "end": TEXT.index("قصف مدفعي") + len("قصف مدفعي")}
    assert [e["text"] for e in ev["evidence"]] == ["قصف مدفعي", "القصف"]
    assert ev["actor"] is None
    assert ev["recipient"]["sector"] == "CVL" and ev["recipient"]["entity"] is None
    assert ev["attribution"]["entity"] == 0
    assert ev["place"]["name_en"] == "Homs" and ev["place"]["basis"] == "sentence"
    assert ev["date"] == "2024-03-09"
    assert ev["killed"]["min"] == 3 and ev["killed"]["text"] == "ثلاثة أشخاص قتلوا"
    assert "kind" not in ev["killed"]
    assert ev["arrested"] is None
    assert ev["confidence"] == round(0.8125, 3)
    for sp in [ev["trigger"], *ev["evidence"], ev["killed"], ev["place"]]:
        assert TEXT[sp["start"]:sp["end"]] == sp["text"]


def test_document_place_without_span(validator: jsonschema.protocols.Validator) -> None:
    place = Place(None, "Syria", "SYR", precision="country", basis="document")
    data = _json(_doc(place=place, date=None, date_basis="none", negated=True, denied=True))
    validator.validate(data)
    ev = data["events"][0]
    assert ev["place"]["text"] is None and ev["place"]["basis"] == "document"
    assert ev["date"] is None and ev["negated"] and ev["denied"]


@pytest.mark.parametrize("field, value", [
    ("type", "DEMAND"),
    ("evidence", []),
    ("date_basis", "guess"),
    ("country", "Syria"),
    ("confidence", 1.5),
    ("killed", {"min": 3, "max": 3, "approx": False}),
])
def test_schema_rejects_bad_events(validator: jsonschema.protocols.Validator, field: str,
                                   value: object) -> None:
    data = _json(_doc())
    data["events"][0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_every_event_span_is_in_document_spans() -> None:
    doc = _doc()
    spans = doc.spans()
    ev = doc.events[0]
    assert ev.trigger in spans and ev.place is not None and ev.place.span in spans
    assert all(s.text == TEXT[s.start:s.end] for s in spans)
