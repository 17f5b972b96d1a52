"""The read endpoints over a real SQLite store (the bundled samples and a protest page of
our own): shapes, filters, stable pagination."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def get(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def all_pages(client: TestClient, url: str, size: int, **params: Any) -> list[Any]:
    items: list[Any] = []
    offset = 0
    while True:
        page = get(client, url, limit=size, offset=offset, **params)
        assert page["limit"] == size and page["offset"] == offset
        items.extend(page["items"])
        offset += size
        if offset >= page["total"]:
            return items


def test_health(client: TestClient) -> None:
    assert get(client, "/api/health") == {"status": "ok", "schema": "rasd/1", "store": "sqlite"}


def test_stats_agree_with_the_lists(client: TestClient) -> None:
    s = get(client, "/api/stats")
    assert s["documents"] == 5 == get(client, "/api/documents")["total"]
    assert s["events"] == get(client, "/api/events")["total"] > 0
    assert sum(s["event_types"].values()) == s["events"]
    assert s["event_types"]["PROTEST"] >= 1
    assert s["sources"] == {"test-wire": 1}
    assert s["comments"] >= 2 and s["entities"] > 0 and s["incidents"] > 0
    assert s["first_date"] <= s["last_date"]
    events = all_pages(client, "/api/events", 200)
    by_country: dict[str, int] = {}
    for e in events:
        if e["country"]:
            by_country[e["country"]] = by_country.get(e["country"], 0) + 1
    assert s["countries"] == by_country and s["countries"]["TUN"] >= 1


def test_documents_newest_first_and_filtered(client: TestClient) -> None:
    items = get(client, "/api/documents")["items"]
    dates = [d["published"] for d in items if d["published"]]
    assert dates == sorted(dates, reverse=True)
    assert set(items[0]) == {"id", "title", "source", "url", "published", "section",
                             "n_events", "n_comments"}
    wire = get(client, "/api/documents", source="test-wire")
    assert wire["total"] == 1 and wire["items"][0]["n_comments"] == 2
    assert get(client, "/api/documents", since="2023-03-12", until="2023-03-12")["total"] == 1
    assert get(client, "/api/documents", since="2030-01-01")["items"] == []


def test_document_has_its_annotations_with_valid_offsets(client: TestClient) -> None:
    (item,) = get(client, "/api/documents", source="test-wire")["items"]
    doc = get(client, f"/api/documents/{item['id']}")
    text = doc["text"]
    assert doc["schema"] == "rasd/1" and doc["id"] == item["id"]
    assert doc["events"] and doc["entities"] and len(doc["comments"]) == 2
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for ev in doc["events"]:
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    assert doc["store"]["id"] == item["id"] and doc["store"]["revision"] == 1
    # The reader's e-mail address is masked in the page text too, same length.
    assert "example.com" not in text and "[email]" in text
    # Markup in a comment is kept as the text it is (the dashboard renders it as text).
    assert "<script>alert(1)</script>" in text


def test_unknown_document_is_404_in_the_error_shape(client: TestClient) -> None:
    r = client.get("/api/documents/no-such-id")
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "not_found",
                                  "message": "no stored document 'no-such-id'"}}


def test_events_shape_and_default_order(client: TestClient) -> None:
    page = get(client, "/api/events")
    ev = page["items"][0]
    assert {"id", "doc_id", "date", "type", "mode", "actor", "recipient", "place", "killed",
            "injured", "arrested", "source", "evidence"} <= set(ev)
    assert set(ev["place"]) >= {"name", "country", "lat", "lon"}
    assert set(ev["evidence"]) == {"start", "end", "text"}
    dates = [e["date"] for e in page["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    with_text = [e for e in page["items"] if e["evidence"]["start"] is not None]
    assert with_text
    doc = get(client, f"/api/documents/{with_text[0]['doc_id']}")
    span = with_text[0]["evidence"]
    assert doc["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("sort", ["date", "-date", "killed", "-killed"])
def test_event_pages_neither_repeat_nor_skip(client: TestClient, sort: str) -> None:
    whole = get(client, "/api/events", sort=sort, limit=200)
    paged = all_pages(client, "/api/events", 7, sort=sort)
    assert [e["id"] for e in paged] == [e["id"] for e in whole["items"]]
    assert len({e["id"] for e in paged}) == whole["total"] == len(paged)


def test_events_sorted_by_toll(client: TestClient) -> None:
    items = get(client, "/api/events", sort="-killed", limit=200)["items"]
    killed = [e["killed"] for e in items if e["killed"] is not None]
    assert killed and killed == sorted(killed, reverse=True)
    assert all(e["killed"] is None for e in items[len(killed):])


def test_event_filters(client: TestClient) -> None:
    protests = get(client, "/api/events", type="protest")
    assert protests["total"] >= 2
    assert {e["type"] for e in protests["items"]} == {"PROTEST"}
    tun = get(client, "/api/events", country="TUN", source="test-wire")
    assert tun["total"] >= 2 and {e["source"] for e in tun["items"]} == {"test-wire"}
    day = get(client, "/api/events", since="2023-03-12", until="2023-03-12")
    assert day["total"] >= 2 and {e["date"] for e in day["items"]} == {"2023-03-12"}
    # q: events of the pages the full-text search finds.
    found = get(client, "/api/events", q="صفاقس")
    assert found["total"] >= 2 and {e["source"] for e in found["items"]} == {"test-wire"}
    assert get(client, "/api/events", q="كلمةغيرموجودةابدا")["total"] == 0
    by_place = get(client, "/api/events", entity="Lebanon")
    assert by_place["total"] > 0 and all(e["country"] == "LBN" or e["place"]["country"]
                                         == "LBN" for e in by_place["items"])


def test_geojson_has_located_events(client: TestClient) -> None:
    fc = get(client, "/api/events.geojson", type="PROTEST")
    assert fc["type"] == "FeatureCollection" and fc["features"]
    assert fc["total"] == len(fc["features"]) and fc["truncated"] is False
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["type"] == "PROTEST"
    one = get(client, "/api/events.geojson", limit=1)
    assert len(one["features"]) == 1 and one["truncated"] is (one["total"] > 1)


def test_places_add_up_the_located_events(client: TestClient) -> None:
    located = [f["properties"] for f in get(client, "/api/events.geojson")["features"]]
    found = get(client, "/api/places")
    places = found["items"]
    assert found["total"] == len(places) > 0 and found["truncated"] is False
    assert sum(p["events"] for p in places) == len(located)
    assert sum(p["killed"] for p in places) == sum(e["killed"] or 0 for e in located)
    assert sum(p["injured"] for p in places) == sum(e["injured"] or 0 for e in located)
    assert [p["events"] for p in places] == sorted((p["events"] for p in places),
                                                    reverse=True)
    for p in places:
        assert set(p) == {"lat", "lon", "name", "name_ar", "country", "kb_id", "events",
                          "killed", "injured"}
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["kb_id"]
        # The events at a place (what a click on its marker lists), same count.
        at = get(client, "/api/events", place=p["kb_id"], limit=200)
        assert at["total"] == p["events"]
        assert {e["place"]["kb_id"] for e in at["items"]} == {p["kb_id"]}
        assert {(e["place"]["lat"], e["place"]["lon"]) for e in at["items"]} == {
            (p["lat"], p["lon"])}
    sfax = [p for p in places if p["name_ar"] == "صفاقس"]
    assert len(sfax) == 1 and sfax[0]["country"] == "TUN"


def test_places_take_the_event_filters(client: TestClient) -> None:
    protests = get(client, "/api/places", type="PROTEST")["items"]
    located = get(client, "/api/events.geojson", type="PROTEST")["features"]
    assert sum(p["events"] for p in protests) == len(located) > 0
    everything = {p["kb_id"]: p["events"] for p in get(client, "/api/places")["items"]}
    assert all(p["events"] <= everything[p["kb_id"]] for p in protests)
    assert get(client, "/api/places", q="صفاقس")["items"]
    assert get(client, "/api/places", country="ZZZ") == {"items": [], "total": 0,
                                                         "truncated": False}
    one = get(client, "/api/places", limit=1)
    assert len(one["items"]) == 1 and one["truncated"] is (one["total"] > 1)
    r = client.get("/api/places", params={"limit": 0})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter"


def test_timeline_counts_the_dated_events(client: TestClient) -> None:
    events = get(client, "/api/events", limit=200)["items"]
    dated = sum(1 for e in events if e["date"])
    for bucket in ("day", "week", "month"):
        t = get(client, "/api/timeline", bucket=bucket)
        assert t["bucket"] == bucket
        assert sum(p["count"] for p in t["series"]) == dated
    months = get(client, "/api/timeline", bucket="month")["series"]
    assert all(p["date"].endswith("-01") for p in months)
    protest = get(client, "/api/timeline", type="PROTEST")["series"]
    assert {p["type"] for p in protest} == {"PROTEST"}


def test_incidents(client: TestClient) -> None:
    page = get(client, "/api/incidents", limit=3)
    assert page["total"] > 0 and len(page["items"]) <= 3
    assert {"id", "type", "n_reports", "n_stories", "sources"} <= set(page["items"][0])
    paged = all_pages(client, "/api/incidents", 4)
    assert len({i["id"] for i in paged}) == page["total"]


def test_entities_and_one_entity(client: TestClient) -> None:
    page = get(client, "/api/entities", limit=5)
    assert page["total"] > 0
    top = page["items"][0]
    assert set(top) == {"kb_id", "name", "name_en", "type", "country", "sector",
                        "n_mentions", "n_documents"}
    counts = [e["n_documents"] for e in page["items"]]
    assert counts == sorted(counts, reverse=True)
    found = get(client, "/api/entities", q="صفاقس")
    assert found["total"] >= 1
    one = get(client, f"/api/entities/{found['items'][0]['kb_id']}")
    assert one["kb_id"] == found["items"][0]["kb_id"]
    assert sum(d["mentions"] for d in one["timeline"]) >= 1
    assert all(set(d) == {"date", "mentions", "events"} for d in one["timeline"])
    r = client.get("/api/entities/xx:none")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_search_finds_the_page_and_forgives_a_slip(client: TestClient) -> None:
    hits = get(client, "/api/search", q="صفاقس")
    assert hits["total"] == 1
    (hit,) = hits["items"]
    assert set(hit) == {"doc_id", "title", "published", "source", "snippet"}
    assert "[صفاقس]" in hit["snippet"] and hit["source"] == "test-wire"
    # One letter missing still finds it.
    assert get(client, "/api/search", q="صفقس")["items"][0]["doc_id"] == hit["doc_id"]
    assert get(client, "/api/search", q="كلمةغيرموجودةابدا") == {
        "items": [], "total": 0, "limit": 50, "offset": 0}


def test_search_pages(client: TestClient) -> None:
    whole = get(client, "/api/search", q="مئات")
    assert whole["total"] >= 2
    paged = all_pages(client, "/api/search", 1, q="مئات")
    assert [h["doc_id"] for h in paged] == [h["doc_id"] for h in whole["items"]]


@pytest.mark.parametrize(("url", "what"), [
    ("/api/events?limit=201", "limit"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?offset=100001", "offset"),
    ("/api/events?since=yesterday", "since"),
    ("/api/events?sort=size", "sort"),
    ("/api/timeline?bucket=year", "bucket"),
    ("/api/search", "q"),
    ("/api/search?q=" + "ب" * 201, "q"),
])
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, url: str,
                                                     what: str) -> None:
    r = client.get(url)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_parameter" and err["message"].startswith(what)
    assert "Traceback" not in r.text


def test_long_query_string_and_nul_are_refused(client: TestClient) -> None:
    r = client.get("/api/events?type=" + "A" * 13_000)
    assert r.status_code == 414 and r.json()["error"]["code"] == "query_too_long"
    r = client.get("/api/search?q=%00")
    assert r.status_code == 422 and r.json()["error"]["message"].startswith("q:")
    r = client.get("/api/documents/a%00b")
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter"


def test_unknown_route_and_method(client: TestClient) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(get(client, "/openapi.json")["paths"])
    assert paths >= {"/api/stats", "/api/documents", "/api/documents/{doc_id}",
                     "/api/events", "/api/events.geojson", "/api/timeline",
                     "/api/incidents", "/api/entities", "/api/entities/{kb_id}",
                     "/api/search", "/api/health", "/api/places"}
