from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seed"
DATA_DIR = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need(path: Path) -> Path:
    """Skip the test when a file from ../shared is absent (code must run without it)."""
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED_DIR / "000_deac851cec9a8270.txt")


@pytest.fixture(scope="session")
def pg_url() -> str:
    """A PostgreSQL server for the store tests: ``$RASD_TEST_PG`` (``.ci/run`` starts one
    and sets it). Skips when unset, so the suite runs without a server locally."""
    import os

    url = os.environ.get("RASD_TEST_PG")
    if not url:
        pytest.skip("RASD_TEST_PG not set (no PostgreSQL server for store tests)")
    pytest.importorskip("psycopg")
    return url


@pytest.fixture(scope="module")
def kc() -> Iterator[ModuleType]:
    """``scripts/kb_corpus.py`` (a development script, not part of the package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import kb_corpus

        yield kb_corpus
    finally:
        sys.path.remove(str(ROOT / "scripts"))
