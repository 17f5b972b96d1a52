"""Stores for the API tests: the bundled sample pages ingested once into a SQLite file
(read-only tests share it), and a fresh copy for each test that writes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.io.records import RawRecord
from rasd.io.sources import iter_records
from rasd.store import Ingester, Store

#: The write tests' bearer token.
TOKEN = "test-token-5c1f"
#: A page of our own words with two reader comments: one gives an e-mail address (masked
#: by the analysis), one holds markup (user content, to be shown as text).
PROTEST_PAGE = Path(__file__).with_name("protest_page.txt")


def sample_paths() -> list[str]:
    samples = resources.files("rasd.data.samples")
    return sorted(str(p) for p in samples.iterdir() if p.name.endswith(".txt"))


def fill(target: str) -> None:
    """Ingest the bundled samples and the protest page into the store at ``target``."""
    with Store.open(target) as store:
        Ingester(store).run(iter_records(sample_paths(), input_format="text"))
        # Its publication date makes the protest's date known.
        text = PROTEST_PAGE.read_text(encoding="utf-8")
        Ingester(store).run([RawRecord("protest_page.txt", text, published="2023-03-12",
                                       source="test-wire", url="https://example.org/sfax")])


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the samples and the protest page; never written by tests."""
    path = str(tmp_path_factory.mktemp("api") / "rasd.db")
    fill(path)
    return path


@pytest.fixture(scope="session")
def client(api_db: str) -> Iterator[TestClient]:
    """A read-only client (no token: writes disabled)."""
    with TestClient(create_app(api_db)) as c:
        yield c


@pytest.fixture
def writable_db(api_db: str, tmp_path: Path) -> str:
    path = str(tmp_path / "rasd.db")
    shutil.copy(api_db, path)
    return path


@pytest.fixture
def writer(writable_db: str) -> Iterator[TestClient]:
    """A client on a copy of the store whose app has a write token."""
    with TestClient(create_app(writable_db, token=TOKEN)) as c:
        yield c
