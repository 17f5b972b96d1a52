"""PLOVER JSON lines: one event record per line, with the field names of the PLOVER manual
("PLOVER JSON" table and its actor, size, citation and location objects; Open Event Data
Alliance, github.com/openeventdata/PLOVER, ``PLOVER_MANUAL.tex``).

* ``source`` and ``recipient`` are lists of actor objects (``code`` = country, ``sector``,
  ``actor_text``, ``identifier_id``, ``identifier_text``): PLOVER calls the actor
  ``source``; the outlet is ``cite_info.publication``.
* ``event`` and ``mode`` are the PLOVER type and mode; ``context`` holds PLOVER's
  ``negation``, ``future`` and ``hypothetical`` contexts for events that are not facts
  (``rasd export`` leaves them out unless asked: ``--all-events``).
* ``event_loc`` is a GeoNames location object (``geonameid``, ``name``, ``latitude``,
  ``longitude``, ``country_code`` alpha-2, ``cc3`` alpha-3).
* ``size`` is ``{dead, injured, arrested}``, each the lowest figure the page gives (the
  ranges are under ``rasd``); ``quad_code`` and ``event_scale`` come from ``plover.tsv``.
* ``text`` is the evidence sentence; everything rasd adds is under the ``rasd`` key.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from rasd import __version__
from rasd.events.ontology import mode_info
from rasd.export.common import ExportStats, country
from rasd.export.names import kb_name
from rasd.store.query import EventRow

#: PLOVER's numeric quad categories (manual, "Quad categories in PLOVER").
QUAD_CODES = {"verbal-coop": 1, "material-coop": 2, "verbal-conflict": 3,
              "material-conflict": 4}
#: rasd flag → PLOVER context.
CONTEXTS = (("negated", "negation"), ("denied", "negation"), ("future", "future"),
            ("hypothetical", "hypothetical"))
REQUIRED = ("id", "date", "source", "event", "text")


def _actor(e: EventRow, role: str) -> list[dict[str, Any]]:
    if not e[role]:
        return []
    kb_id = e[f"{role}_kb_id"]
    return [{"code": e.get(f"{role}_country"), "sector": e.get(f"{role}_sector"),
             "actor_text": e[role], "identifier_id": kb_id,
             "identifier_text": kb_name(kb_id) if kb_id else None}]


def _location(e: EventRow) -> dict[str, Any] | None:
    if e["place"] is None and e["lat"] is None and e["place_name_en"] is None:
        return None
    c = country(e["place_country"])
    return {"geonameid": e["geonames_id"], "name": e["place_name_en"] or e["place"],
            "latitude": e["lat"], "longitude": e["lon"],
            "country_code": c.alpha2 if c else None, "cc3": e["place_country"]}


def _range(e: EventRow, kind: str) -> list[int | None] | None:
    lo, hi = e[f"{kind}_min"], e[f"{kind}_max"]
    return None if lo is None and hi is None else [lo, hi]


def record(e: EventRow) -> dict[str, Any]:
    info = mode_info(e["type"], e["mode"])
    contexts = sorted({ctx for flag, ctx in CONTEXTS if e[flag]})
    return {
        "id": e["event_id"],
        "date": e["event_date"],
        "source": _actor(e, "actor"),
        "recipient": _actor(e, "recipient"),
        "event": e["type"],
        "mode": e["mode"],
        "context": contexts,
        "event_loc": _location(e),
        "quad_code": QUAD_CODES[info.quad],
        "event_scale": info.score,
        "size": {"dead": e["killed_min"], "injured": e["injured_min"],
                 "arrested": e["arrested_min"]},
        "text": e["evidence"],
        "cite_info": {"url": e["url"], "title": e["title"], "language": "ar",
                      "publication": e["source"], "coder": f"rasd {__version__}"},
        "rasd": {
            "doc_id": e["doc_id"], "ordinal": e["ordinal"], "url": e["url"],
            "source": e["source"], "published": e["published"],
            "confidence": e["confidence"], "trigger": e["trigger_text"],
            "attribution": ({"text": e["attribution"], "kb_id": e["attribution_kb_id"]}
                            if e["attribution"] else None),
            "flags": [flag for flag, _ in CONTEXTS if e[flag]],
            "date_basis": e["date_basis"], "date_precision": e["date_precision"],
            "country": e["country"],
            "place": {"text": e["place"], "kb_id": e["place_kb_id"],
                      "precision": e["place_precision"], "basis": e["place_basis"]},
            "killed": _range(e, "killed"), "injured": _range(e, "injured"),
            "arrested": _range(e, "arrested"),
        },
    }


def write(rows: Sequence[EventRow], out: TextIO) -> ExportStats:
    stats = ExportStats()
    for e in rows:
        out.write(json.dumps(record(e), ensure_ascii=False) + "\n")
        stats.written += 1
    return stats
