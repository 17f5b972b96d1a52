"""The store: analysed documents in SQLite (default, one file) or PostgreSQL, with
idempotent, crash-safe ingest and Arabic full-text search (docs/store.md).

``Store.open("rasd.db")`` or ``Store.open("postgresql://...")`` opens and migrates;
:class:`Ingester` analyses and stores records; :func:`search` finds documents.
"""

from rasd.store.db import DEFAULT_DB, Store
from rasd.store.dedup import rebuild_clusters, update_clusters
from rasd.store.errors import StoreError
from rasd.store.incidents import rebuild_incidents
from rasd.store.ingest import Ingester, IngestSummary, Overrides, canonical_url, identity
from rasd.store.search import Hit, search, snippet

__all__ = [
    "DEFAULT_DB",
    "Hit",
    "IngestSummary",
    "Ingester",
    "Overrides",
    "Store",
    "StoreError",
    "canonical_url",
    "identity",
    "rebuild_clusters",
    "rebuild_incidents",
    "search",
    "snippet",
    "update_clusters",
]
