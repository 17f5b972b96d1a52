"""The model card shipped beside a NER model: how it was made and how well it does.

The tagger reads four fields back (``word_splitter``, ``gazetteer``, ``feature_version``,
``resources``) to extract features the way training did; the rest documents the model for
people.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

CARD_SCHEMA: Final = "rasd-ner-card/1"


@dataclass(frozen=True, slots=True)
class CardScore:
    """Entity-level scores for one type (or a micro average) on the dev split."""

    type: str
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int


@dataclass(frozen=True, slots=True)
class CardData:
    """One data file used in training: what went to training and what to dev."""

    path: str
    train_sentences: int
    train_tokens: int
    dev_sentences: int = 0
    dev_tokens: int = 0


@dataclass(frozen=True, slots=True)
class ModelCard:
    model_file: str
    sha256: str
    created: str
    feature_version: str
    resources: str
    word_splitter: str
    gazetteer: str | None
    seed: int
    dev_fraction: float
    split: str
    params: dict[str, float | int | bool]
    data: tuple[CardData, ...]
    dev_scores: tuple[CardScore, ...] = ()
    train_seconds: float = 0.0
    model_bytes: int = 0
    labels: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    schema: str = field(default=CARD_SCHEMA)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ModelCard:
        if obj.get("schema") != CARD_SCHEMA:
            raise ValueError(f"not a {CARD_SCHEMA} model card: schema {obj.get('schema')!r}")
        values = dict(obj)
        values["data"] = tuple(CardData(**d) for d in obj.get("data", ()))
        values["dev_scores"] = tuple(CardScore(**s) for s in obj.get("dev_scores", ()))
        values["labels"] = tuple(obj.get("labels", ()))
        values["notes"] = tuple(obj.get("notes", ()))
        return cls(**values)

    @classmethod
    def read(cls, path: Path) -> ModelCard:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def card_path(model_path: Path) -> Path:
    """Where the card of ``model_path`` lives: beside it, ``.json`` instead of ``.crfsuite``."""
    return model_path.with_suffix(".json")
