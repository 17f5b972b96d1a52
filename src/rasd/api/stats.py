"""``/api/stats``, ``/api/timeline`` and ``/api/health``."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Literal

from fastapi import APIRouter

from rasd.api.deps import DB, Events
from rasd.api.models import COMMON_ERRORS, Health, Stats, Timeline
from rasd.model import SCHEMA_VERSION
from rasd.store.api_entities import stats
from rasd.store.api_queries import event_days

router = APIRouter(prefix="/api", tags=["stats"], responses=COMMON_ERRORS)

Bucket = Literal["day", "week", "month"]


def bucket_start(day: str, bucket: Bucket) -> str:
    """The first day of ``day``'s bucket: itself, its week's Monday (ISO weeks) or the
    first of its month."""
    if bucket == "day":
        return day
    if bucket == "month":
        return day[:8] + "01"
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


@router.get("/stats", response_model=Stats)
def get_stats(db: DB) -> Stats:
    """What the store holds."""
    return Stats(**stats(db))


@router.get("/timeline", response_model=Timeline)
def get_timeline(db: DB, ev: Events, bucket: Bucket = "day") -> Timeline:
    """Events per bucket and type (facts with a date), in date then type order; a bucket is
    named by its first day."""
    counts: Counter[tuple[str, str]] = Counter()
    for day, type_, n in event_days(db, ev.filter, q=ev.q, place=ev.place):
        counts[bucket_start(day, bucket), type_] += n
    series = [{"date": d, "type": t, "count": n} for (d, t), n in sorted(counts.items())]
    return Timeline(bucket=bucket, series=series)


@router.get("/health", response_model=Health, response_model_by_alias=True)
def health(db: DB) -> Health:
    """Whether the store answers."""
    db.scalar("SELECT 1")
    return Health(status="ok", schema=SCHEMA_VERSION, store=db.dialect)
