"""Comments in the rasd/1 JSON: the new fields, the summary, masking of personal data
(same length, offsets still valid), opting out, and the schema."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

import rasd
from rasd.serialize import document_to_json
from tests.comments.test_stage import PAGE

EMAIL = "abu.khaled@example.com"
PHONE = "0501234567"


@pytest.fixture(scope="module")
def doc() -> rasd.Document:
    return rasd.analyze(PAGE)


def _spans(obj: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("text"), str):
            out.append(obj)
        for v in obj.values():
            out.extend(_spans(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(_spans(v))
    return out


def test_comment_fields_and_summary(doc: rasd.Document) -> None:
    data = doc.to_json()
    first = data["comments"][0]  # type: ignore[index]
    assert set(first) >= {"mentions", "scripture", "stance", "sentiment", "toxicity",
                          "dialect", "duplicate_of", "redactions"}
    assert first["stance"][0]["target"] == "RUS" and first["stance"][0]["polarity"] == "against"
    assert first["scripture"][0]["reference"] == "2:153"
    assert data["comments"][2]["duplicate_of"] == 1  # type: ignore[index]
    summary = data["comment_summary"]
    assert summary["parsed"] == 4 and summary["toxic"] == 2  # type: ignore[index]
    assert {"target": "EGY", "name": "مصر", "against": 0, "for": 2, "neutral": 0} in \
        summary["stance"]  # type: ignore[index]


def test_personal_data_is_masked_everywhere_by_default(doc: rasd.Document) -> None:
    data = doc.to_json()
    dumped = json.dumps(data, ensure_ascii=False)
    assert EMAIL not in dumped and PHONE not in dumped
    text = data["text"]
    assert isinstance(text, str) and len(text) == len(doc.text)
    for span in _spans(data):
        assert text[span["start"]:span["end"]] == span["text"]
    for r in data["comments"][0]["redactions"]:  # type: ignore[index]
        assert text[r["start"]:r["end"]].startswith(r["mask"])


def test_opting_in_keeps_the_page_as_read(doc: rasd.Document) -> None:
    data = document_to_json(doc, redact=False)
    assert data["text"] == doc.text and EMAIL in json.dumps(data, ensure_ascii=False)


def test_masks_leave_pages_without_personal_data_untouched() -> None:
    doc = rasd.analyze("عنوان\n\nنص.")
    assert doc.to_json()["text"] == doc.text


def test_validates_against_the_schema(doc: rasd.Document) -> None:
    schema = json.loads(
        resources.files("rasd.data.schema").joinpath("rasd-1.schema.json").read_text("utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    data = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
    validator.validate(data)
    data["comments"][0]["stance"][0]["polarity"] = "pro"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_an_address_in_the_author_line_is_masked_too() -> None:
    doc = rasd.analyze(PAGE.replace("سلمى\n", "salma.n@mail.com\n"))
    assert [r.kind for r in doc.comments[1].redactions] == ["email"]
    data = doc.to_json()
    assert data["comments"][1]["author"] == "[email]*********"  # type: ignore[index]
    assert "salma" not in json.dumps(data, ensure_ascii=False)
