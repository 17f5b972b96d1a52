"""Fixtures shared by the NER tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def tok() -> Iterator[ModuleType]:
    """``scripts/ner_gold_tokens.py`` (a development script, not part of the package), which
    cuts both team-written test sets into ANERcorp-style tokens."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import ner_gold_tokens

        yield ner_gold_tokens
    finally:
        sys.path.remove(str(ROOT / "scripts"))
