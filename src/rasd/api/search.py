"""``/api/search``: the store's Arabic full-text search, paged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from rasd.api.deps import DB, DEFAULT_PAGE, Limit, Offset, page
from rasd.api.limits import MAX_QUERY_CHARS, NO_NUL
from rasd.api.models import COMMON_ERRORS, Page, SearchItem
from rasd.store.api_queries import search_page
from rasd.store.search import snippet

router = APIRouter(prefix="/api", tags=["search"], responses=COMMON_ERRORS)


@router.get("/search", response_model=Page[SearchItem])
def search(db: DB, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS,
                                            pattern=NO_NUL)],
           limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> JSONResponse:
    """Documents containing every word of ``q`` (spelling slips of one letter forgiven),
    best first; the snippet marks the first match in ``[...]``."""
    hits, total = search_page(db, q, limit=limit, offset=offset)
    items = [{"doc_id": h.id, "title": h.title, "published": h.published, "source": h.source,
              "snippet": snippet(h.text, h.terms)} for h in hits]
    return page(items, total, limit, offset)
