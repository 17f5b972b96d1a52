"""Requests at the same time: each worker thread reads through its own connection, one
write runs at a time, and nobody gets a 5xx."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from rasd.api.app import STATIC_DIR
from rasd.api.deps import ApiError, Connections
from tests.api.conftest import TOKEN

READS = ["/api/events", "/api/events?type=PROTEST", "/api/search?q=مئات", "/api/stats",
         "/api/timeline?bucket=week", "/api/entities", "/api/documents",
         "/api/events.geojson", "/api/incidents"]
#: Pages of our own words, one per writer request.
PAGES = [f"أعلنت نقابة المعلمين في المدينة رقم {i} إضرابا عن العمل احتجاجا على تأخر صرف "
         "الرواتب، وأغلقت المدارس أبوابها صباح اليوم." for i in range(3)]


def test_parallel_reads_and_writes(writer: TestClient) -> None:
    def read(i: int) -> int:
        return writer.get(READS[i % len(READS)]).status_code

    def write(text: str) -> int:
        return writer.post("/api/documents", json={"text": text},
                           headers={"Authorization": f"Bearer {TOKEN}"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        writes = [pool.submit(write, t) for t in PAGES]
        reads = list(pool.map(read, range(60)))
    assert reads == [200] * 60
    assert [w.result() for w in writes] == [201] * 3
    assert writer.get("/api/stats").json()["documents"] == 5 + 3


def test_the_dashboard_is_served_when_installed(client: TestClient) -> None:
    r = client.get("/")
    if not (STATIC_DIR / "index.html").is_file():
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        return
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert client.get("/static/index.html").status_code == 200
    assert client.get("/static/nothing-here.js").status_code == 404


def test_the_pool_reuses_the_last_connection_and_never_shares_one(api_db: str) -> None:
    pool = Connections(api_db, max_idle=1)
    with pool.use() as first:
        pass
    with pool.use() as again:
        assert again is first  # sequential requests: one warm connection
        with pool.use() as other:
            assert other is not first  # at the same time: another one
    # Only max_idle stay open.
    assert len(pool._idle) == 1
    pool.close()
    assert pool._idle == []


def test_a_failed_request_does_not_return_its_connection(api_db: str) -> None:
    pool = Connections(api_db)
    with pytest.raises(ApiError), pool.use():
        raise ApiError(404, "not_found", "x")
    assert len(pool._idle) == 1  # a client error: the connection is fine
    with pytest.raises(RuntimeError), pool.use():
        raise RuntimeError("broken")
    assert len(pool._idle) == 0  # the connection it used is closed, not pooled
    pool.close()
