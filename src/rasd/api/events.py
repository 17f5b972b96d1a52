"""``/api/events``, ``/api/events.geojson`` and ``/api/incidents``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from rasd.api.deps import DB, DEFAULT_PAGE, Events, Limit, Offset, Param, page
from rasd.api.limits import MAX_FEATURES, MAX_PLACES
from rasd.api.models import COMMON_ERRORS, EventItem, Page, Places
from rasd.store.api_queries import event_points, events_page, places
from rasd.store.incident_query import IncidentFilter, incidents

router = APIRouter(prefix="/api", tags=["events"], responses=COMMON_ERRORS)


def _actor(row: dict[str, Any], role: str) -> dict[str, Any]:
    return {"text": row[role], "kb_id": row[f"{role}_kb_id"],
            "country": row[f"{role}_country"], "sector": row[f"{role}_sector"]}


def event_item(row: dict[str, Any]) -> dict[str, Any]:
    """An ``events_flat`` row (:func:`rasd.store.api_queries.events_page`) as the API
    shows it (:class:`rasd.api.models.EventItem`)."""
    return {
        "id": row["event_id"], "doc_id": row["doc_id"], "date": row["event_date"],
        "type": row["type"], "mode": row["mode"], "country": row["country"],
        "actor": _actor(row, "actor"), "recipient": _actor(row, "recipient"),
        "place": {"name": row["place_name_en"] or row["place"], "name_ar": row["place"],
                  "kb_id": row["place_kb_id"], "country": row["place_country"],
                  "lat": row["lat"], "lon": row["lon"]},
        "killed": row["killed_min"], "killed_max": row["killed_max"],
        "injured": row["injured_min"], "injured_max": row["injured_max"],
        "arrested": row["arrested_min"], "arrested_max": row["arrested_max"],
        "source": row["source"], "title": row["title"],
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"],
                     "text": row["evidence"]},
    }


@router.get("/events", response_model=Page[EventItem])
def list_events(db: DB, ev: Events,
                sort: Literal["date", "-date", "killed", "-killed"] = "-date",
                limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> JSONResponse:
    """Events (facts only: not negated, denied, future or hypothetical), newest first by
    default; ties by document and ordinal, so pages are stable."""
    rows, total = events_page(db, ev.filter, q=ev.q, place=ev.place, sort=sort, limit=limit,
                              offset=offset)
    return page([event_item(r) for r in rows], total, limit, offset)


@router.get("/events.geojson")
def events_geojson(db: DB, ev: Events, limit: Annotated[int, Query(
        ge=1, le=MAX_FEATURES, description="most recent located events")] = MAX_FEATURES,
                   ) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the located events matching the filters (the most
    recent ``limit``); ``total`` says how many there are, ``truncated`` whether some were
    left out."""
    rows, total = event_points(db, ev.filter, q=ev.q, place=ev.place, limit=limit)
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
        "properties": {
            "id": r["event_id"], "doc_id": r["doc_id"], "type": r["type"],
            "mode": r["mode"], "date": r["event_date"], "killed": r["killed_min"],
            "injured": r["injured_min"], "place": r["place_name_en"] or r["place"],
            "place_ar": r["place"], "country": r["country"], "source": r["source"],
        },
    } for r in rows]
    return {"type": "FeatureCollection", "features": features, "total": total,
            "truncated": total > len(features)}


@router.get("/places", response_model=Places)
def list_places(db: DB, ev: Events, limit: Annotated[int, Query(
        ge=1, le=MAX_PLACES, description="places with the most events")] = MAX_PLACES,
                ) -> JSONResponse:
    """The located events matching the filters, by place (one row per place KB id): what a
    map draws, a few hundred rows where ``/api/events.geojson`` gives thousands of
    features. Most events first; ``killed``/``injured`` add up the lowest figures. The
    events at one place: ``/api/events?place=<kb_id>`` with the same filters."""
    items, total = places(db, ev.filter, q=ev.q, place=ev.place, limit=limit)
    # Plain dicts in the shape of Places (the schema tests check it): no per-row validation.
    return JSONResponse({"items": items, "total": total, "truncated": total > len(items)})


@router.get("/incidents", response_model=Page[dict[str, Any]])
def list_incidents(
    db: DB, type: Param = None, mode: Param = None, country: Param = None,
    since: date | None = None, until: date | None = None,
    min_stories: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
    source: Param = None, limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
) -> Page[dict[str, Any]]:
    """Incidents (one real-world event and its reports), as ``rasd incidents --json``
    prints them, dated first by start date, then by id."""
    rows = incidents(db, IncidentFilter(type=type, mode=mode, country=country, since=since,
                                        until=until, min_stories=min_stories, source=source))
    return Page[dict[str, Any]](items=rows[offset:offset + limit], total=len(rows),
                                limit=limit, offset=offset)
