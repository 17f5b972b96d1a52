"""``/api/documents``: list, one document with all its annotations, and the one write,
``POST /api/documents`` (analyse and store a page), which needs the bearer token."""

from __future__ import annotations

import hmac
import logging
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse

from rasd.api.deps import (
    DB,
    DEFAULT_PAGE,
    ApiError,
    Limit,
    Offset,
    Param,
    PathId,
    Settings,
    page,
    settings,
)
from rasd.api.models import COMMON_ERRORS, Created, DocumentItem, ErrorBody, NewDocument, Page
from rasd.errors import InputError
from rasd.io.decode import check_arabic, check_text
from rasd.io.records import RawRecord
from rasd.store import Ingester, Store, identity
from rasd.store.api_queries import documents_page, forget_counts, stored_doc
from rasd.store.incident_query import document_incidents, page_cluster

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["documents"], responses=COMMON_ERRORS)

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing or wrong bearer token"},
    403: {"model": ErrorBody, "description": "writes disabled (no token configured)"},
    413: {"model": ErrorBody, "description": "body too large"},
    422: {"model": ErrorBody, "description": "invalid body, or a page rasd cannot analyse"},
}


@router.get("/documents", response_model=Page[DocumentItem])
def list_documents(db: DB, source: Param = None, since: date | None = None,
                   until: date | None = None, limit: Limit = DEFAULT_PAGE,
                   offset: Offset = 0) -> JSONResponse:
    """Stored documents, newest first (undated last), then by id."""
    rows, total = documents_page(db, source=source, since=since, until=until,
                                 limit=limit, offset=offset)
    return page(rows, total, limit, offset)


@router.get("/documents/{doc_id}", response_model=dict[str, Any],
            responses={404: {"model": ErrorBody}})
def get_document(db: DB, doc_id: PathId) -> JSONResponse:
    """The stored ``rasd/1`` JSON of a document (as ``rasd show ID --format json``, with
    the comments' e-mail addresses and phone numbers masked in the text too), and
    ``store``: how it is stored (identity, revision, near-duplicate cluster, the
    incidents of its events)."""
    row = Store(db).document(doc_id)
    if row is None:
        raise ApiError(404, "not_found", f"no stored document {doc_id!r}")
    cluster = page_cluster(db, row["id"])
    in_incidents = document_incidents(db, row["id"])
    doc = stored_doc(row)
    doc["store"] = {
        "id": row["id"], "identity": row["identity"], "revision": row["revision"],
        "first_stored": str(row["first_stored"]), "stored": str(row["stored"]),
        "analysis": row["analysis"],
        "cluster": None if cluster is None else {
            "id": cluster.id, "size": cluster.size, "representative": cluster.representative},
        "incidents": {str(k): {"id": v[0], "stories": v[1]}
                      for k, v in sorted(in_incidents.items())},
    }
    # Straight to JSON: FastAPI's generic encoder walks every span of a long page.
    return JSONResponse(doc)


def _authorise(s: Settings, authorization: str | None) -> None:
    if not s.token:
        raise ApiError(403, "writes_disabled",
                       "writes are disabled: start the server with RASD_API_TOKEN set")
    scheme, _, given = (authorization or "").partition(" ")
    # compare_digest: the time taken does not tell how much of a guess was right.
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             s.token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token")


@router.post("/documents", status_code=201, response_model=Created, responses=_ERRORS)
def create_document(body: NewDocument, request: Request,
                    s: Annotated[Settings, Depends(settings)],
                    authorization: Annotated[str | None, Header()] = None) -> Created:
    """Analyse a page and store it (replacing the stored version of the same page: same
    URL, or same text without a URL). Needs ``Authorization: Bearer $RASD_API_TOKEN``."""
    _authorise(s, authorization)
    try:
        # What the readers check on a page file: not empty, not binary, mostly Arabic.
        check_text(body.text, where="<api>")
        check_arabic(body.text, where="<api>")
    except InputError as e:
        raise ApiError(422, e.code, e.reason) from e
    rec = RawRecord(where="<api>", text=body.text, url=body.url, source=body.source,
                    title=body.title,
                    published=body.published.isoformat() if body.published else None)
    doc_id = identity(rec.text, id=None, url=rec.url, source=rec.source).id
    with s.write_lock, s.connections.use() as db:
        try:
            summary = Ingester(Store(db)).run([rec])
        finally:
            forget_counts()
        n_events = db.scalar("SELECT n_events FROM documents WHERE id = ?", (doc_id,))
    if summary.failures:
        _, code, reason = summary.failures[0]
        raise ApiError(422, code, reason)
    log.info("api: stored %s from %s", doc_id, request.client.host if request.client else "?")
    return Created(id=doc_id, events=int(n_events or 0))
