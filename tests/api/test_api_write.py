"""``POST /api/documents``: refused without a configured token (403), with a wrong or
missing one (401), over the body limit (413); stored and searchable with the right one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.api.limits import Limits
from tests.api.conftest import TOKEN

#: A page of our own words, on a topic the fixture store has nothing about.
PAGE = ("اعتصم عشرات المزارعين أمام مقر وزارة الزراعة في عمّان يوم الخميس احتجاجا على "
        "ارتفاع أسعار الأعلاف، وطالبوا الحكومة بدعم عاجل لموسم الحصاد.")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_writes_are_disabled_without_a_configured_token(client: TestClient) -> None:
    r = client.post("/api/documents", json={"text": PAGE}, headers=AUTH)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "writes_disabled"


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": TOKEN},
])
def test_a_wrong_or_missing_token_is_401(writer: TestClient, headers: dict[str, str]) -> None:
    before = writer.get("/api/stats").json()["documents"]
    r = writer.post("/api/documents", json={"text": PAGE}, headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"
    assert writer.get("/api/stats").json()["documents"] == before


def test_the_right_token_stores_a_searchable_page(writer: TestClient) -> None:
    before = writer.get("/api/stats").json()["documents"]
    r = writer.post("/api/documents", headers=AUTH, json={
        "text": PAGE, "published": "2024-05-02", "source": "farm-wire",
        "url": "https://example.org/feed"})
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["events"] >= 1
    hits = writer.get("/api/search", params={"q": "الأعلاف المزارعين"}).json()
    assert created["id"] in [h["doc_id"] for h in hits["items"]]
    assert "[" in hits["items"][0]["snippet"]
    doc = writer.get(f"/api/documents/{created['id']}").json()
    assert doc["text"] == PAGE and doc["source"] == "farm-wire"
    assert writer.get("/api/stats").json()["documents"] == before + 1
    events = writer.get("/api/events", params={"source": "farm-wire"}).json()
    assert events["total"] == created["events"]
    # The same URL again is the same document, updated, not a second one.
    again = writer.post("/api/documents", headers=AUTH, json={
        "text": PAGE + " وأكد المعتصمون استمرار تحركهم.", "url": "https://example.org/feed",
        "source": "farm-wire"})
    assert again.status_code == 201 and again.json()["id"] == created["id"]
    assert writer.get("/api/stats").json()["documents"] == before + 1


def test_a_page_rasd_cannot_analyse_is_422(writer: TestClient) -> None:
    r = writer.post("/api/documents", headers=AUTH, json={"text": "only English here."})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "not_arabic"


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": PAGE, "published": "soon"}])
def test_an_invalid_body_is_422(writer: TestClient, body: dict[str, str]) -> None:
    r = writer.post("/api/documents", headers=AUTH, json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter"


@pytest.fixture
def small_limit(writable_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(writable_db, token=TOKEN,
                               limits=Limits(max_body_bytes=1000))) as c:
        yield c


def test_an_oversize_body_is_413_by_its_declared_length(small_limit: TestClient) -> None:
    r = small_limit.post("/api/documents", headers=AUTH, json={"text": PAGE * 10})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_an_oversize_body_is_413_while_it_streams(small_limit: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        # No Content-Length: a chunked body is counted as it arrives.
        yield b'{"text": "'
        for _ in range(20):
            yield PAGE.encode()
        yield b'"}'

    r = small_limit.post("/api/documents", headers={**AUTH, "Content-Type":
                                                    "application/json"}, content=chunks())
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_a_body_under_the_limit_passes_the_guard(small_limit: TestClient) -> None:
    r = small_limit.post("/api/documents", headers=AUTH, json={"text": PAGE[:200]})
    assert r.status_code == 201, r.text
