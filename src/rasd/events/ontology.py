"""The PLOVER ontology rasd codes events with, loaded from ``rasd/data/events/plover.tsv``.

Sixteen event types, each with a type-level row (the empty mode: used when no mode applies or
the text does not say which) and its modes, with the PLOVER quad and conflict-cooperation
score, the CAMEO codes a row covers and the ACLED category an export writes. The file header
documents every column; ``docs/ontology.md`` explains the coding decisions.

The ACLED category of a row comes with a *rule* (``direct``, ``recipient``, ``weapon``,
``protest-response``, ``conflict-actor``, ``territory``): only ``direct`` is final; the other
rules say how an exporter refines the listed category from the event's context (recipient
sector, weapon, other events of the document). :func:`acled_category` returns the listed
category with its rule and leaves that refinement to the exporter, which has the context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, get_args

from rasd.errors import RasdError
from rasd.model import EventType

Quad = Literal["verbal-coop", "material-coop", "verbal-conflict", "material-conflict"]
Origin = Literal["type", "plover", "cameo", "rasd"]
AcledRule = Literal[
    "direct", "recipient", "weapon", "protest-response", "conflict-actor", "territory"]

QUADS: frozenset[str] = frozenset(get_args(Quad))
ORIGINS: frozenset[str] = frozenset(get_args(Origin))
ACLED_RULES: frozenset[str] = frozenset(get_args(AcledRule))
#: The 16 PLOVER types, in the model's order.
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
#: PLOVER scores lie on the Goldstein-like scale -10 (most conflictual) .. +10.
SCORE_RANGE = (-10.0, 10.0)
COLUMNS = ("type", "mode", "origin", "quad", "score", "cameo", "acled_event_type",
           "acled_sub_event_type", "acled_rule", "definition")
DATA_PACKAGE = "rasd.data.events"
DATA_FILE = "plover.tsv"


class OntologyError(RasdError):
    """``plover.tsv`` is malformed, or a type or mode is not in it."""

    code = "ontology"


@dataclass(frozen=True, slots=True)
class AcledCategory:
    """The ACLED event type and sub-event type an export writes, and how it is refined."""

    event_type: str
    sub_event_type: str
    rule: AcledRule


@dataclass(frozen=True, slots=True)
class ModeInfo:
    """One row of ``plover.tsv``: a mode of a type, or (``mode is None``) the type itself."""

    type: str
    mode: str | None
    origin: Origin
    quad: Quad
    score: float
    cameo: tuple[str, ...]
    acled: AcledCategory | None
    definition: str


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """A PLOVER event type with its type-level row and its modes (file order)."""

    name: str
    quad: Quad
    score: float
    #: The CAMEO codes of the type-level row; the 2-digit ones are whole CAMEO roots.
    cameo: tuple[str, ...]
    definition: str
    base: ModeInfo
    modes: tuple[ModeInfo, ...]

    @property
    def cameo_roots(self) -> tuple[str, ...]:
        """The 2-digit CAMEO roots of the type (``18``, ``19``, ``20`` for ASSAULT)."""
        return tuple(c for c in self.cameo if len(c) == 2)

    @property
    def mode_names(self) -> tuple[str, ...]:
        return tuple(m.mode for m in self.modes if m.mode is not None)

    def mode(self, name: str | None) -> ModeInfo:
        """The row of mode ``name``; the type-level row for ``None`` or ``""``."""
        if not name:
            return self.base
        for m in self.modes:
            if m.mode == name:
                return m
        raise OntologyError(f"{self.name} has no mode {name!r}")


def _row(fields: list[str], where: str) -> ModeInfo:
    if len(fields) != len(COLUMNS):
        raise OntologyError(f"{len(fields)} fields, expected {len(COLUMNS)}", where=where)
    row = dict(zip(COLUMNS, fields, strict=True))
    if row["type"] not in EVENT_TYPES:
        raise OntologyError(f"unknown event type {row['type']!r}", where=where)
    if row["origin"] not in ORIGINS:
        raise OntologyError(f"unknown origin {row['origin']!r}", where=where)
    if (row["origin"] == "type") != (row["mode"] == ""):
        raise OntologyError("origin 'type' is for the row with the empty mode", where=where)
    if row["quad"] not in QUADS:
        raise OntologyError(f"unknown quad {row['quad']!r}", where=where)
    try:
        score = float(row["score"])
    except ValueError:
        raise OntologyError(f"score {row['score']!r} is not a number", where=where) from None
    if not SCORE_RANGE[0] <= score <= SCORE_RANGE[1]:
        raise OntologyError(f"score {score} out of range", where=where)
    cameo = tuple(c for c in row["cameo"].split(";") if c)
    if not cameo or not all(c.isdigit() and 2 <= len(c) <= 4 for c in cameo):
        raise OntologyError(f"bad CAMEO codes {row['cameo']!r}", where=where)
    acled_fields = (row["acled_event_type"], row["acled_sub_event_type"], row["acled_rule"])
    acled: AcledCategory | None = None
    if any(acled_fields):
        if not all(acled_fields):
            raise OntologyError("ACLED type, sub-type and rule go together", where=where)
        if row["acled_rule"] not in ACLED_RULES:
            raise OntologyError(f"unknown ACLED rule {row['acled_rule']!r}", where=where)
        acled = AcledCategory(row["acled_event_type"], row["acled_sub_event_type"],
                              row["acled_rule"])  # type: ignore[arg-type]
    if not row["definition"]:
        raise OntologyError("empty definition", where=where)
    return ModeInfo(type=row["type"], mode=row["mode"] or None,
                    origin=row["origin"],  # type: ignore[arg-type]
                    quad=row["quad"],  # type: ignore[arg-type]
                    score=score, cameo=cameo, acled=acled, definition=row["definition"])


def parse_ontology(text: str, where: str = DATA_FILE) -> tuple[EventTypeInfo, ...]:
    """Parse and validate the text of ``plover.tsv``: every one of the 16 types has exactly
    one type-level row, modes are unique within a type, and every mode row shares its
    type's quad and score."""
    rows: dict[str, list[ModeInfo]] = {t: [] for t in EVENT_TYPES}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        info = _row(line.split("\t"), f"{where}:{n}")
        if any(m.mode == info.mode for m in rows[info.type]):
            raise OntologyError(f"duplicate row {info.type}/{info.mode or ''}",
                                where=f"{where}:{n}")
        rows[info.type].append(info)
    types: list[EventTypeInfo] = []
    for name in EVENT_TYPES:
        base = [m for m in rows[name] if m.mode is None]
        if len(base) != 1:
            raise OntologyError(f"{name} has no type-level row (empty mode)", where=where)
        b = base[0]
        for m in rows[name]:
            if (m.quad, m.score) != (b.quad, b.score):
                raise OntologyError(f"{name}/{m.mode}: quad or score differs from the type",
                                    where=where)
        modes = tuple(m for m in rows[name] if m.mode is not None)
        types.append(EventTypeInfo(name=name, quad=b.quad, score=b.score, cameo=b.cameo,
                                   definition=b.definition, base=b, modes=modes))
    return tuple(types)


@cache
def event_types() -> tuple[EventTypeInfo, ...]:
    """The 16 PLOVER types of the shipped ``plover.tsv``, in the model's order."""
    text = resources.files(DATA_PACKAGE).joinpath(DATA_FILE).read_text("utf-8")
    return parse_ontology(text)


@cache
def _by_name() -> dict[str, EventTypeInfo]:
    return {t.name: t for t in event_types()}


def event_type(name: str) -> EventTypeInfo:
    """The type called ``name`` (``ASSAULT``); :class:`OntologyError` if there is none."""
    try:
        return _by_name()[name]
    except KeyError:
        raise OntologyError(f"unknown event type {name!r}") from None


def mode_info(type: str, mode: str | None = None) -> ModeInfo:
    """The row of ``type``/``mode``; the type-level row when ``mode`` is empty."""
    return event_type(type).mode(mode)


def is_valid(type: str, mode: str | None = None) -> bool:
    """Whether ``type`` is a PLOVER type and ``mode`` (if given) one of its modes."""
    try:
        mode_info(type, mode)
    except OntologyError:
        return False
    return True


def acled_category(type: str, mode: str | None = None) -> AcledCategory | None:
    """The ACLED category listed for ``type``/``mode``, or ``None`` when such events are not
    exported to ACLED (verbal events, most material cooperation). A mode row speaks for
    itself: ASSAULT/execute has no ACLED category even though ASSAULT has one."""
    return mode_info(type, mode).acled
