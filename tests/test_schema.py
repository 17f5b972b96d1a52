"""Every document rasd produces validates against the published JSON Schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import rasd
from tests.test_offsets import _pages


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(
        resources.files("rasd.data.schema").joinpath("rasd-1.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_pages_validate(validator: jsonschema.protocols.Validator) -> None:
    pages = _pages()
    assert pages, "no pages to validate"
    for path in pages:
        doc = rasd.analyze(path.read_bytes().decode("utf-8"), url="https://example.org/2023/05/14/x")
        data = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
        validator.validate(data)


def test_schema_rejects_a_broken_document(validator: jsonschema.protocols.Validator) -> None:
    data = rasd.analyze("عنوان\n\nنص الخبر.").to_json()
    data["blocks"] = [{"kind": "heading", "text": "x", "start": 0, "end": 1}]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)
