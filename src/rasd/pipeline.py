"""Pipeline stages: small ``Document -> Document`` steps with a versioned name and
declared inputs and outputs, run in order by a :class:`Pipeline`."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import ClassVar, Protocol, runtime_checkable

from rasd.errors import PipelineError
from rasd.model import Document

log = logging.getLogger(__name__)

#: What a bare document (from a reader) already has.
BASE_FIELDS = frozenset({"id", "text", "source", "url", "published"})


@runtime_checkable
class Stage(Protocol):
    """A pipeline step. ``name`` is ``area.step/version`` for provenance."""

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """Stages run in order; assembly fails early if a stage's inputs are not provided."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        have = set(BASE_FIELDS)
        for stage in stages:
            missing = stage.requires - have
            if missing:
                raise PipelineError(
                    f"stage {stage.name} needs {sorted(missing)} but no earlier stage provides it"
                )
            have |= stage.provides
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def run_all(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)
