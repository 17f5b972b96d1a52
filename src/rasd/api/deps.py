"""What the routes share: a pooled store connection per request, the app's settings, the
error type routes raise, and the common query parameters.

FastAPI runs plain ``def`` routes in a thread pool; a database connection must not be used
by two requests at once (a SQLite connection carries its transaction state), so each
request takes one from :class:`Connections` and gives it back. The schema is migrated once,
when the app is created.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from rasd.api.limits import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_PARAM_CHARS,
    MAX_QUERY_CHARS,
    NO_NUL,
    Limits,
)
from rasd.store.backend import Backend
from rasd.store.query import EventFilter

#: Idle connections kept open: more than the requests one dashboard makes at once (4-6),
#: few enough that a burst does not leave dozens of files or server sessions open.
MAX_IDLE_CONNECTIONS = 8


class ApiError(Exception):
    """An answer other than 2xx, in the API's error shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Connections:
    """A pool of open :class:`Backend` connections to one store. A request holds one for
    its whole life (:meth:`use`), so no two requests share a connection whichever threads
    run them; the most recently returned one is handed out first, so sequential requests
    reuse one warm connection (its remembered totals, :func:`rasd.store.api_queries.count`)
    instead of one per worker thread."""

    def __init__(self, target: str, *, max_idle: int = MAX_IDLE_CONNECTIONS) -> None:
        self.target = target
        self.max_idle = max_idle
        self._idle: list[Backend] = []
        self._lock = threading.Lock()

    @contextmanager
    def use(self) -> Iterator[Backend]:
        with self._lock:
            db = self._idle.pop() if self._idle else None
        if db is None:
            db = Backend.open(self.target)
        sound = True
        try:
            yield db
        except ApiError:
            raise  # the client's mistake (404, 401...): the connection is fine
        except BaseException:
            # The request failed, maybe with its connection (a PostgreSQL server gone, a
            # transaction left open): do not hand that to the next request.
            sound = False
            raise
        finally:
            with self._lock:
                keep = sound and len(self._idle) < self.max_idle
                if keep:
                    self._idle.append(db)
            if not keep:
                db.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for db in idle:
            db.close()


@dataclass
class Settings:
    connections: Connections
    token: str | None
    limits: Limits
    dialect: str
    #: One write (analysis + store) at a time: the analysis caches are not shared safely
    #: between threads, and SQLite has one writer anyway.
    write_lock: threading.Lock = field(default_factory=threading.Lock)


async def settings(request: Request) -> Settings:
    # async: a plain dependency would cost a hop through the thread pool per request.
    s: Settings = request.app.state.rasd
    return s


async def db(request: Request) -> AsyncIterator[Backend]:
    """A pooled connection for the request (async: taking one is a list pop, not worth a
    hop through the thread pool)."""
    with (await settings(request)).connections.use() as conn:
        yield conn


DB = Annotated[Backend, Depends(db)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, pattern=NO_NUL)]
Param = Annotated[str | None, Query(max_length=MAX_PARAM_CHARS, pattern=NO_NUL)]
PathId = Annotated[str, Path(max_length=MAX_PARAM_CHARS, pattern=NO_NUL)]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The event filters shared by the list, GeoJSON and timeline routes."""

    filter: EventFilter
    q: str | None
    #: KB id of the event's place (a map marker: ``/api/places``' ``kb_id``).
    place: str | None = None


async def event_query(
    type: Param = None, country: Param = None, mode: Param = None,
    since: Annotated[date | None, Query(description="on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="on or before (YYYY-MM-DD)")] = None,
    source: Param = None,
    entity: Annotated[str | None, Query(
        max_length=MAX_PARAM_CHARS, pattern=NO_NUL,
        description="KB id (iso:KAZ, gn:1526384) or name of the actor, recipient or place",
    )] = None,
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, pattern=NO_NUL,
                                   description="full-text query on the event's page")] = None,
    place: Annotated[str | None, Query(
        max_length=MAX_PARAM_CHARS, pattern=NO_NUL,
        description="KB id of the event's place (gn:2467454), as /api/places gives it",
    )] = None,
) -> EventQuery:
    return EventQuery(EventFilter(country=country, type=type, mode=mode, since=since,
                                  until=until, source=source, entity=entity), q, place)


Events = Annotated[EventQuery, Depends(event_query)]
DEFAULT_PAGE = DEFAULT_LIMIT


def page(items: list[Any], total: int, limit: int, offset: int) -> JSONResponse:
    """A page answer, serialised at once: the routes build plain dicts in the shapes of
    :mod:`rasd.api.models` (declared as each route's ``response_model`` for the schema,
    checked by the schema tests), which skips pydantic's validation of every item (a
    fifth of the time of a page of events)."""
    return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})
