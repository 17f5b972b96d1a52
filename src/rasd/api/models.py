"""The API's response and request shapes (pydantic), as docs/api.md and the OpenAPI schema
show them. Only the edge knows pydantic: the store returns plain dicts."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from rasd.api.limits import MAX_PARAM_CHARS, NO_NUL

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


#: The error answers every route may give, documented once for all (docs/api.md).
COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    414: {"model": ErrorBody, "description": "query string too long"},
    422: {"model": ErrorBody, "description": "invalid parameter"},
}


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Health(BaseModel):
    status: str
    schema_: str = Field(alias="schema")
    store: str


class Stats(BaseModel):
    documents: int
    events: int
    incidents: int
    comments: int
    entities: int
    first_date: str | None
    last_date: str | None
    event_types: dict[str, int]
    #: Events by the country they happened in (ISO 3166 alpha-3), facts only.
    countries: dict[str, int]
    sources: dict[str, int]


class DocumentItem(BaseModel):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    section: str | None
    n_events: int
    n_comments: int


class Actor(BaseModel):
    text: str | None
    kb_id: str | None = None
    country: str | None
    sector: str | None


class Place(BaseModel):
    name: str | None
    name_ar: str | None = None
    kb_id: str | None = None
    country: str | None
    lat: float | None
    lon: float | None


class Evidence(BaseModel):
    start: int | None
    end: int | None
    text: str | None


class EventItem(BaseModel):
    id: str
    doc_id: str
    date: str | None
    type: str
    mode: str | None
    country: str | None
    actor: Actor
    recipient: Actor
    place: Place
    #: The lowest figure the page gives (``killed_max`` is the highest, for "3 to 5").
    killed: int | None
    killed_max: int | None
    injured: int | None
    injured_max: int | None
    arrested: int | None
    arrested_max: int | None
    source: str | None
    title: str | None
    evidence: Evidence


class PlaceItem(BaseModel):
    """The located events at one place (``/api/places``)."""

    lat: float
    lon: float
    name: str | None
    name_ar: str | None
    country: str | None
    kb_id: str | None
    events: int
    #: Sums of the lowest figures of the place's events.
    killed: int
    injured: int


class Places(BaseModel):
    items: list[PlaceItem]
    total: int
    truncated: bool


class Timeline(BaseModel):
    bucket: str
    series: list[dict[str, Any]]


class EntityItem(BaseModel):
    kb_id: str
    name: str
    name_en: str | None
    type: str | None
    country: str | None
    sector: str | None
    n_mentions: int
    n_documents: int


class EntityDay(BaseModel):
    date: str
    mentions: int
    events: int


class EntityDetail(EntityItem):
    timeline: list[EntityDay]
    events: list[EventItem]


class SearchItem(BaseModel):
    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    snippet: str


class NewDocument(BaseModel):
    """A page to analyse and store (``POST /api/documents``)."""

    text: str = Field(min_length=1, pattern=NO_NUL, description="the page as plain text")
    url: str | None = Field(None, max_length=2000, pattern=NO_NUL)
    published: date | None = Field(None, description="publication date, YYYY-MM-DD")
    source: str | None = Field(None, max_length=MAX_PARAM_CHARS, pattern=NO_NUL)
    title: str | None = Field(None, max_length=1000, pattern=NO_NUL)


class Created(BaseModel):
    id: str
    events: int
