"""Near-duplicate pages: syndicated copies and re-posts with small edits, found with MinHash
LSH (:mod:`rasd.store.minhash`) and kept as clusters, so counts can be "by story".

A page joins a cluster when LSH banding makes it a candidate of a member and the **exact**
Jaccard similarity of their shingle sets is at least :data:`JACCARD_THRESHOLD`. Clusters are
the connected components of those links (union-find: a new page that links two clusters
merges them). Work is incremental and near-linear: each new or changed page costs its
signature, one lookup of its band keys, and a Jaccard check per candidate outside its own
cluster; pages already clustered are never compared again.

The same algorithm (:func:`assign`) runs over two indexes: :class:`MemoryIndex` (bench,
tests) and the store's tables (``page_clusters``, ``page_bands``: :func:`update_clusters`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from rasd.store.db import Store
from rasd.store.minhash import band_keys, jaccard, shingles, signature

log = logging.getLogger(__name__)

#: Two pages are the same story when their 3-word shingle sets have a Jaccard similarity of
#: at least 0.5. A copy with a new headline and a changed sentence or two keeps 0.7-0.9; a
#: copy trimmed to half or with a paragraph added keeps ~0.5; two outlets' own articles on
#: the same event share set phrases only (measured on our fixtures: < 0.15). Below 0.5 the
#: "copy" has more new text than copied text and is its own report.
JACCARD_THRESHOLD = 0.5
#: Pages read and clustered per transaction by :func:`update_clusters`.
CHUNK = 500
#: Shingle sets of candidate pages kept in memory during one :func:`update_clusters` run
#: (each ~300 ints); a miss re-reads and re-shingles the page's text.
SHINGLE_CACHE = 4096


class ClusterIndex(Protocol):
    """Where clusters and band keys live (memory or the store's tables)."""

    def candidates(self, keys: list[int]) -> set[str]: ...

    def clusters_of(self, ids: Iterable[str]) -> dict[str, str]: ...

    def shingles_of(self, doc_id: str) -> frozenset[int]: ...

    def add(self, doc_id: str, keys: list[int], cluster: str, link: Link | None,
            n_shingles: int) -> None: ...

    def relabel(self, old: set[str], new: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Link:
    """The verified pair through which a page joined its cluster."""

    doc_id: str
    similarity: float


def assign(index: ClusterIndex, doc_id: str, sh: frozenset[int]) -> tuple[str, bool]:
    """Put one page (not yet in ``index``) into its cluster; returns the cluster id and
    whether the page joined other pages (is a near-duplicate of one).

    A cluster's id is the smallest document id among its members, whatever order pages
    arrive in, so re-ingesting a collection in another order gives the same labels."""
    sig = signature(sh)
    keys = band_keys(sig) if sig is not None else []
    cands = sorted(index.candidates(keys) - {doc_id}) if keys else []
    clusters = index.clusters_of(cands)
    joined: dict[str, Link] = {}
    for cand in cands:
        c = clusters.get(cand)
        if c is None or c in joined:
            continue  # already linked to that cluster: no need to verify its other members
        sim = jaccard(sh, index.shingles_of(cand))
        if sim >= JACCARD_THRESHOLD:
            joined[c] = Link(cand, sim)
    if not joined:
        index.add(doc_id, keys, doc_id, None, len(sh))
        return doc_id, False
    label = min({*joined, doc_id})
    stale = set(joined) - {label}
    if stale:
        index.relabel(stale, label)
    best = max(joined.values(), key=lambda link: (link.similarity, link.doc_id))
    index.add(doc_id, keys, label, best, len(sh))
    return label, True


@dataclass
class MemoryIndex:
    """Clusters in dictionaries; page texts supplied by the caller (bench and tests)."""

    texts: dict[str, str]
    buckets: dict[int, list[str]] = field(default_factory=dict)
    cluster: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)
    _cache: OrderedDict[str, frozenset[int]] = field(default_factory=OrderedDict)

    def candidates(self, keys: list[int]) -> set[str]:
        out: set[str] = set()
        for k in keys:
            out.update(self.buckets.get(k, ()))
        return out

    def clusters_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: self.cluster[i] for i in ids if i in self.cluster}

    def shingles_of(self, doc_id: str) -> frozenset[int]:
        return _cached(self._cache, doc_id, lambda: shingles(self.texts[doc_id]))

    def add(self, doc_id: str, keys: list[int], cluster: str, link: Link | None,
            n_shingles: int) -> None:
        for k in keys:
            self.buckets.setdefault(k, []).append(doc_id)
        self.cluster[doc_id] = cluster
        self.members.setdefault(cluster, []).append(doc_id)

    def relabel(self, old: set[str], new: str) -> None:
        for c in old:
            for m in self.members.pop(c, []):
                self.cluster[m] = new
                self.members.setdefault(new, []).append(m)

    def add_page(self, doc_id: str, text: str) -> tuple[str, bool]:
        self.texts[doc_id] = text
        sh = shingles(text)
        _cached(self._cache, doc_id, lambda: sh)
        return assign(self, doc_id, sh)


def _cached(cache: OrderedDict[str, frozenset[int]], key: str,
            make: Callable[[], frozenset[int]]) -> frozenset[int]:
    hit = cache.get(key)
    if hit is not None:
        cache.move_to_end(key)
        return hit
    value = make()
    cache[key] = value
    if len(cache) > SHINGLE_CACHE:
        cache.popitem(last=False)
    return value


class StoreIndex:
    """Clusters in ``page_clusters`` and band keys in ``page_bands``; call inside a
    transaction."""

    def __init__(self, store: Store) -> None:
        self.db = store.db
        self._cache: OrderedDict[str, frozenset[int]] = OrderedDict()
        self.pending: dict[str, tuple[str, str]] = {}  # doc_id -> (text, text_sha)
        self.touched: set[str] = set()

    def candidates(self, keys: list[int]) -> set[str]:
        marks = ", ".join("?" for _ in keys)
        rows = self.db.query(f"SELECT doc_id FROM page_bands WHERE band_key IN ({marks})", keys)
        return {r[0] for r in rows}

    def clusters_of(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.db.query(
            f"SELECT doc_id, cluster_id FROM page_clusters WHERE doc_id IN ({marks})", ids)
        return {r[0]: r[1] for r in rows}

    def shingles_of(self, doc_id: str) -> frozenset[int]:
        def read() -> frozenset[int]:
            if doc_id in self.pending:
                return shingles(self.pending[doc_id][0])
            return shingles(str(self.db.scalar("SELECT text FROM documents WHERE id = ?",
                                               (doc_id,))))
        return _cached(self._cache, doc_id, read)

    def add(self, doc_id: str, keys: list[int], cluster: str, link: Link | None,
            n_shingles: int) -> None:
        self.db.execute(
            "INSERT INTO page_clusters (doc_id, cluster_id, representative, linked_to, "
            "similarity, text_sha, n_shingles) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc_id, cluster, False, link.doc_id if link else None,
             round(link.similarity, 4) if link else None, self.pending[doc_id][1],
             n_shingles))
        self.db.executemany("INSERT INTO page_bands (doc_id, band, band_key) VALUES (?, ?, ?)",
                            [(doc_id, band, key) for band, key in enumerate(keys)])
        self.touched.add(cluster)

    def relabel(self, old: set[str], new: str) -> None:
        marks = ", ".join("?" for _ in old)
        self.db.execute(f"UPDATE page_clusters SET cluster_id = ? WHERE cluster_id IN ({marks})",
                        [new, *sorted(old)])
        self.touched -= old
        self.touched.add(new)


@dataclass
class ClusterSummary:
    pages: int = 0
    #: Pages that joined an existing cluster (a near-duplicate of a stored page).
    duplicates: int = 0


def update_clusters(store: Store, *, chunk: int = CHUNK) -> ClusterSummary:
    """Cluster every stored page that is not clustered yet or whose text changed since,
    :data:`CHUNK` pages per transaction. Idempotent and crash-safe: a page is pending until
    its cluster row is committed, so an interrupted run is finished by the next one.

    A changed page leaves its cluster and joins by its new text; pages it used to link stay
    together (run :func:`rebuild_clusters` to recompute everything from scratch)."""
    db = store.db
    pending = [r[0] for r in db.query(
        "SELECT d.id FROM documents d LEFT JOIN page_clusters c ON c.doc_id = d.id "
        "WHERE c.doc_id IS NULL OR c.text_sha <> d.text_sha ORDER BY d.id")]
    summary = ClusterSummary()
    for i in range(0, len(pending), chunk):
        ids = pending[i:i + chunk]
        marks = ", ".join("?" for _ in ids)
        with db.transaction():
            index = StoreIndex(store)
            for doc_id, text, sha in db.query(
                    f"SELECT id, text, text_sha FROM documents WHERE id IN ({marks})", ids):
                index.pending[doc_id] = (text, sha)
            db.execute(f"DELETE FROM page_bands WHERE doc_id IN ({marks})", ids)
            db.execute(f"DELETE FROM page_clusters WHERE doc_id IN ({marks})", ids)
            for doc_id in ids:
                sh = index.shingles_of(doc_id)
                _, joined = assign(index, doc_id, sh)
                summary.pages += 1
                summary.duplicates += joined
            _choose_representatives(store, index.touched)
    if summary.pages:
        log.info("clustered %d pages, %d near-duplicates", summary.pages, summary.duplicates)
    return summary


def rebuild_clusters(store: Store) -> ClusterSummary:
    """Forget every cluster and recompute them from the stored texts."""
    with store.db.transaction():
        store.db.execute("DELETE FROM page_bands")
        store.db.execute("DELETE FROM page_clusters")
    return update_clusters(store)


def _choose_representatives(store: Store, clusters: set[str]) -> None:
    """The page that stands for its cluster: the earliest published (the original rather
    than a re-post), then the longest (the fullest copy), then the smallest id."""
    if not clusters:
        return
    db = store.db
    labels = sorted(clusters)
    marks = ", ".join("?" for _ in labels)
    rows = db.query(
        f"SELECT c.cluster_id, c.doc_id, d.published, d.chars FROM page_clusters c "
        f"JOIN documents d ON d.id = c.doc_id WHERE c.cluster_id IN ({marks})", labels)
    best: dict[str, tuple[str, int, str]] = {}
    for cluster, doc_id, published, chars in rows:
        key = (str(published) if published is not None else "9999", -int(chars), doc_id)
        if cluster not in best or key < best[cluster]:
            best[cluster] = key
    db.execute(f"UPDATE page_clusters SET representative = ? WHERE cluster_id IN ({marks})",
               [False, *labels])
    db.executemany("UPDATE page_clusters SET representative = ? WHERE doc_id = ?",
                   [(True, key[2]) for key in best.values()])


def story_of(store: Store) -> dict[str, str]:
    """Document id → its story (cluster id); a page not clustered is its own story."""
    return {r[0]: r[1] or r[0] for r in store.db.query(
        "SELECT d.id, c.cluster_id FROM documents d "
        "LEFT JOIN page_clusters c ON c.doc_id = d.id")}
