"""The FastAPI application of ``rasd serve``: read endpoints over a store, one
token-guarded write, the dashboard's static files (docs/api.md).

Every non-2xx answer has one shape, ``{"error": {"code", "message"}}``: routes raise
:class:`rasd.api.deps.ApiError`; FastAPI's own errors (unknown route, bad parameter) are
mapped to it here; anything unexpected is logged with its traceback and answered
``500 internal`` by :class:`rasd.api.limits.Guard`, never with a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from rasd import __version__
from rasd.api import documents, entities, events, search, stats
from rasd.api.deps import ApiError, Connections, Settings
from rasd.api.limits import Guard, Limits, error_body
from rasd.errors import RasdError
from rasd.store import Store

log = logging.getLogger(__name__)

#: The dashboard (owned by the dashboard's files): served when present.
STATIC_DIR = Path(__file__).resolve().parent / "static"

#: Error codes of the HTTP statuses FastAPI and Starlette raise themselves.
_STATUS_CODES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden",
                 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
                 414: "query_too_long", 415: "unsupported_media_type",
                 422: "invalid_parameter"}


def _json_error(status: int, code: str, message: str,
                headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _json_error(exc.status, exc.code, exc.message, headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = _STATUS_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such endpoint: {request.url.path}"
    return _json_error(exc.status_code, code, message, dict(exc.headers or {}) or None)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Name the parameter and the rule; never echo the input (it may be a whole page).
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return _json_error(422, "invalid_parameter", "; ".join(parts) or "invalid request")


async def _rasd_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RasdError)
    # A store error is the server's problem, not the client's: log it, say little.
    log.error("%s %s: %s [%s]", request.method, request.url.path, exc, exc.code)
    return _json_error(500, "internal", "internal error (logged on the server)")


def create_app(db_url: str, *, token: str | None = None, limits: Limits | None = None) -> FastAPI:
    """The app over the store at ``db_url`` (a SQLite path or ``postgresql://`` URL,
    migrated now). ``token``: the bearer token writes need; ``None`` disables writes."""
    limits = limits or Limits()
    with Store.open(db_url) as store:
        dialect = store.db.dialect
    connections = Connections(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        connections.close()

    # No /docs or /redoc: FastAPI loads their scripts from a CDN, and rasd serves nothing
    # that needs the network; the schema itself is at /openapi.json.
    app = FastAPI(title="rasd", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Arabic news pages as geocoded PLOVER events, entities, "
                              "quotes and comments (docs/api.md).")
    app.state.rasd = Settings(connections=connections, token=token or None, limits=limits,
                              dialect=dialect)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(RasdError, _rasd_error)
    for module in (stats, documents, events, entities, search):
        app.include_router(module.router)
    app.add_middleware(Guard, limits=limits)
    _static(app)
    return app


def _static(app: FastAPI) -> None:
    if not STATIC_DIR.is_dir():
        return
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    index = STATIC_DIR / "index.html"

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        if not index.is_file():
            raise ApiError(404, "not_found", "the dashboard is not installed")
        return FileResponse(index, media_type="text/html; charset=utf-8")
