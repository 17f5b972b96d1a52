"""``/api/entities`` and ``/api/entities/{kb_id}``: linked entities over the store."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from rasd.api.deps import DB, DEFAULT_PAGE, ApiError, Limit, Offset, Param, PathId, Text, page
from rasd.api.events import event_item
from rasd.api.limits import ENTITY_RECENT_EVENTS
from rasd.api.models import COMMON_ERRORS, EntityDetail, EntityItem, ErrorBody, Page
from rasd.store.api_entities import entities_page, entity
from rasd.store.api_queries import events_page
from rasd.store.query import EventFilter

router = APIRouter(prefix="/api", tags=["entities"], responses=COMMON_ERRORS)


@router.get("/entities", response_model=Page[EntityItem])
def list_entities(db: DB, q: Text = None, type: Param = None,
                  limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> JSONResponse:
    """Entities linked to the knowledge base, the most widely reported first. ``q``: a KB
    id, or part of a name (Arabic as written, or English)."""
    rows, total = entities_page(db, q=q, type=type, limit=limit, offset=offset)
    return page(rows, total, limit, offset)


@router.get("/entities/{kb_id}", response_model=EntityDetail,
            responses={404: {"model": ErrorBody}})
def get_entity(db: DB, kb_id: PathId) -> JSONResponse:
    """One entity: its mentions and events per day, and its most recent events (as actor,
    recipient or place)."""
    found = entity(db, kb_id)
    if found is None:
        raise ApiError(404, "not_found", f"no stored entity {kb_id!r}")
    rows, _ = events_page(db, EventFilter(entity=kb_id), sort="-date",
                          limit=ENTITY_RECENT_EVENTS)
    return JSONResponse({**found, "events": [event_item(r) for r in rows]})
