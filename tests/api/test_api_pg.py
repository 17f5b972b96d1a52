"""The read endpoints on PostgreSQL (skipped without ``$RASD_TEST_PG``): the same store
contents give the same answers as on SQLite, up to the order of equally ranked search
hits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from tests.api.conftest import fill


@pytest.fixture(scope="module")
def pg_client(pg_url: str) -> Iterator[TestClient]:
    import psycopg

    name = f"rasd_api_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(pg_url)
    url = urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))
    try:
        fill(url)
        with TestClient(create_app(url)) as c:
            yield c
    finally:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _get(c: TestClient, url: str) -> Any:
    r = c.get(url)
    assert r.status_code == 200, r.text
    return r.json()


#: Read endpoints whose answers must be equal on both engines.
SAME = [
    "/api/stats",
    "/api/documents",
    "/api/documents?since=2023-03-12&source=test-wire",
    "/api/events?limit=200",
    "/api/events?sort=date&limit=200",
    "/api/events?sort=-killed&limit=200",
    "/api/events?type=PROTEST&q=صفاقس",
    "/api/events?entity=Lebanon",
    "/api/events.geojson",
    "/api/places",
    "/api/places?type=PROTEST&since=2023-01-01",
    "/api/timeline?bucket=week",
    "/api/incidents?limit=200",
    "/api/entities?limit=200",
    "/api/entities?q=صفاقس",
]


def test_reads_match_sqlite(pg_client: TestClient, client: TestClient) -> None:
    assert _get(pg_client, "/api/health")["store"] == "postgresql"
    for url in SAME:
        assert _get(pg_client, url) == _get(client, url), url
    first = _get(client, "/api/documents")["items"][0]["id"]
    pg_doc = _get(pg_client, f"/api/documents/{first}")
    sqlite_doc = _get(client, f"/api/documents/{first}")
    assert pg_doc["text"] == sqlite_doc["text"]
    assert pg_doc["events"] == sqlite_doc["events"]
    place = _get(client, "/api/places")["items"][0]["kb_id"]
    url = f"/api/events?place={place}&limit=200"
    assert _get(pg_client, url) == _get(client, url)
    kb_id = _get(client, "/api/entities?q=صفاقس")["items"][0]["kb_id"]
    assert _get(pg_client, f"/api/entities/{kb_id}") == _get(client, f"/api/entities/{kb_id}")


def test_search_finds_the_same_pages(pg_client: TestClient, client: TestClient) -> None:
    for q in ("صفاقس", "مئات", "صفقس"):
        pg = _get(pg_client, f"/api/search?q={q}")
        lite = _get(client, f"/api/search?q={q}")
        assert pg["total"] == lite["total"] > 0
        assert {h["doc_id"] for h in pg["items"]} == {h["doc_id"] for h in lite["items"]}
