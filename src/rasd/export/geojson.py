"""GeoJSON (RFC 7946): a FeatureCollection with one Point feature per located event.

Coordinates are ``[longitude, latitude]`` (RFC 7946 order, WGS 84). Events without
coordinates cannot be drawn: they are counted in the returned statistics (the command line
reports them on stderr), never dropped silently. Properties are the flat event columns.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, TextIO

from rasd.export.common import ExportStats
from rasd.store.query import EventRow

NO_COORDINATES = "no coordinates"


def _valid(lat: float | None, lon: float | None) -> bool:
    return (lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)
            and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0)


def feature(e: EventRow) -> dict[str, Any]:
    props = {k: v for k, v in e.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": e["event_id"],
            "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
            "properties": props}


def write(rows: Sequence[EventRow], out: TextIO) -> ExportStats:
    stats = ExportStats()
    out.write('{"type": "FeatureCollection", "features": [')
    for e in rows:
        if not _valid(e["lat"], e["lon"]):
            stats.skip(NO_COORDINATES)
            continue
        out.write(("\n" if not stats.written else ",\n")
                  + json.dumps(feature(e), ensure_ascii=False))
        stats.written += 1
    out.write("\n]}\n")
    return stats
