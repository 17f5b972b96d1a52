"""Input limits of the REST API and the ASGI guard that enforces the ones FastAPI cannot.

A request body larger than :attr:`Limits.max_body_bytes` is refused with 413 before it is
parsed: at once when its ``Content-Length`` says so, and while it streams otherwise (a
chunked body has no length; a lying client may send more than it announced). A query string
longer than :attr:`Limits.max_query_bytes` is refused with 414. Page sizes, the length of
each parameter and its characters (no NUL) are checked by the routes' declared parameters
(422), so the OpenAPI schema shows them.

The guard is also the last line of defence: an exception that escapes a route is logged
with its traceback and answered ``500 internal`` with no detail, never a stack trace.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

#: A news page is 2-50 KB of UTF-8; 1 MiB leaves room for the longest with their comments
#: and stops a client from making the analyser chew megabytes.
MAX_BODY_BYTES = 1 << 20
#: The longest legitimate query string is about 8.4 KB (the event filters at their length
#: limits, 4-byte letters percent-escaped to 12 bytes); 12 KiB allows it and stays under
#: what uvicorn's HTTP parser accepts for a whole request head (16 KiB).
MAX_QUERY_BYTES = 12 * 1024
#: Longest free-text parameter (``q``, names): a search is a few words, not a page.
MAX_QUERY_CHARS = 200
#: Longest short parameter (type, country, source, ids): KB ids and outlet names are tens
#: of characters.
MAX_PARAM_CHARS = 100
#: What a text parameter must match: no NUL (no id or word holds one, and PostgreSQL
#: cannot store it). In the schema, so that clients (and schemathesis) know.
NO_NUL = r"^[^\x00]*$"
#: Page size: the contract's bounds (docs/api.md).
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 100_000
#: Most GeoJSON features in one response: enough markers for a world map, small enough to
#: draw (a few MB of JSON at most).
MAX_FEATURES = 5000
#: Most places in one ``/api/places`` answer: the stores seen hold a few hundred (575 on
#: 3k pages); the same bound as the features keeps the answer drawable.
MAX_PLACES = 5000
#: Recent events shown with an entity.
ENTITY_RECENT_EVENTS = 20


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = MAX_BODY_BYTES
    max_query_bytes: int = MAX_QUERY_BYTES


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape of every non-2xx answer (docs/api.md)."""
    return {"error": {"code": code, "message": message}}


class BodyTooLarge(HTTPException):
    """Raised while a body streams past the limit. An HTTPException, so that FastAPI lets
    it through its body parsing (it turns other errors there into 400) to the app's
    handler, which answers 413 ``payload_too_large``."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the body is over {limit} bytes")


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(code, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: body and query-string size limits, and a JSON
    ``500 internal`` for anything a route did not handle (module doc)."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits
        query: bytes = scope.get("query_string", b"")
        if len(query) > limits.max_query_bytes:
            await _send_error(send, 414, "query_too_long",
                              f"the query string is over {limits.max_query_bytes} bytes")
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "invalid_request", "bad Content-Length")
                    return
                if declared > limits.max_body_bytes:
                    await _send_error(send, 413, "payload_too_large",
                                      f"the body is over {limits.max_body_bytes} bytes")
                    return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limits.max_body_bytes:
                    raise BodyTooLarge(limits.max_body_bytes)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if started:
                raise
            await _send_error(send, 413, "payload_too_large",
                              f"the body is over {limits.max_body_bytes} bytes")
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope["path"])
            if started:
                raise
            await _send_error(send, 500, "internal", "internal error (logged on the server)")
