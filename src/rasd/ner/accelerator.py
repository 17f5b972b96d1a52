"""The optional C accelerator of the NER tagger, or ``None`` where it is not built.

``rasd.ner._fastcrf`` (``_fastcrf.c``, compiled at install time by ``hatch_build.py``)
adds up a sentence's emission scores and runs the Viterbi in C with the same
floating-point operations, in the same order, as the Python path of
:mod:`rasd.ner.emissions` and :mod:`rasd.ner.compiled`, so labels and scores are the same
bits either way; only the time differs (docs/benchmarks.md). Where no C compiler was found
at install time the module is absent and rasd runs in pure Python.
``RASD_PURE_PYTHON=1`` in the environment ignores a built module (for comparisons).
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence
from typing import Any, Final, Protocol, cast

__all__ = ["RECORD_OWN", "RECORD_VIEWS", "FastCrf", "load_accelerator"]

log = logging.getLogger(__name__)

#: Set to ``1`` to ignore the compiled module.
PURE_PYTHON_ENV: Final = "RASD_PURE_PYTHON"
#: Where the C code reads a word-type record's own vector and views
#: (``rasd.ner.type_scores.OWN`` and ``VIEWS`` must stay these).
RECORD_OWN: Final = 0
RECORD_VIEWS: Final = 1


class FastCrf(Protocol):
    """What ``rasd.ner._fastcrf`` provides (its C docstrings give the details)."""

    def tag(self, records: list[Any], hits: list[list[tuple[float, ...]]],
            transitions: bytes, labels: tuple[str, ...]) -> list[str]:
        """A sentence's best labels from its word-type records (own vector at
        :data:`RECORD_OWN`, views at :data:`RECORD_VIEWS`), extra vectors and transitions."""

    def total(self, found: Sequence[tuple[float, ...]], size: int) -> tuple[float, ...]:
        """The sum of ``found``, each label's terms added left to right."""


def load_accelerator() -> FastCrf | None:
    """The compiled module, or ``None`` (not built, or turned off by the environment)."""
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return None
    try:
        module = importlib.import_module("rasd.ner._fastcrf")
    except ImportError:
        log.debug("rasd.ner._fastcrf is not built: the NER tagger runs in pure Python")
        return None
    return cast(FastCrf, module)
