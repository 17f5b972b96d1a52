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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from rasd.store.db import Store
from rasd.store.minhash import band_keys, jaccard, shingles, signature

log = logging.getLogger(__name__)

#: What goes in an ``IN (...)`` list here: band keys and page ids.
T = TypeVar("T", int, str)

#: Two pages are the same story when their 3-word shingle sets have a Jaccard similarity of
#: at least 0.5. A copy with a new headline and a changed sentence or two keeps 0.7-0.9; a
#: copy trimmed to half or with a paragraph added keeps ~0.5; two outlets' own articles on
#: the same event share set phrases only (measured on our fixtures: < 0.15). Below 0.5 the
#: "copy" has more new text than copied text and is its own report.
JACCARD_THRESHOLD = 0.5
#: Pages read and clustered per transaction by :func:`update_clusters`.
CHUNK = 500
#: Values bound in one ``IN (...)`` list (band keys, page ids): well under SQLite's limit of
#: bound parameters (32,766), and short enough to plan quickly on both engines.
IN_LIST_MAX = 900
_CLUSTER_COLUMNS = ("doc_id", "cluster_id", "representative", "linked_to", "similarity",
                    "text_sha", "n_shingles")
#: Shingle sets kept in memory during one :func:`update_clusters` run (a chunk's own pages
#: and their candidates; each set ~300 ints, ~20 KB); a miss re-reads and re-shingles the
#: page's text. Twice a chunk: 4,096 sets were a 77 MB rise while clustering 30k pages.
SHINGLE_CACHE = 2 * CHUNK


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


def page_keys(sh: frozenset[int]) -> list[int]:
    """The LSH band keys of a shingle set (none for an empty page)."""
    sig = signature(sh)
    return band_keys(sig) if sig is not None else []


def assign(index: ClusterIndex, doc_id: str, sh: frozenset[int],
           keys: list[int] | None = None) -> tuple[str, bool]:
    """Put one page (not yet in ``index``) into its cluster; returns the cluster id and
    whether the page joined other pages (is a near-duplicate of one). ``keys``: the page's
    :func:`page_keys` when the caller has them already.

    A cluster's id is the smallest document id among its members, whatever order pages
    arrive in, so re-ingesting a collection in another order gives the same labels."""
    if keys is None:
        keys = page_keys(sh)
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
    transaction, then :meth:`flush`.

    Database round trips are per chunk, not per page (on PostgreSQL they were most of the
    clustering's time): :meth:`prefetch` reads the stored pages under every band key of the
    chunk and their clusters in a few queries; the chunk's own pages are kept in memory as
    they are clustered and written by :meth:`flush`. A merge of clusters (:meth:`relabel`)
    updates the stored rows at once and the chunk's rows in memory."""

    def __init__(self, store: Store) -> None:
        self.db = store.db
        self._cache: OrderedDict[str, frozenset[int]] = OrderedDict()
        self.pending: dict[str, tuple[str, str]] = {}  # doc_id -> (text, text_sha)
        self.touched: set[str] = set()
        #: Stored pages by band key, and their clusters (:meth:`prefetch`).
        self._stored: dict[int, list[str]] = {}
        self._stored_cluster: dict[str, str] = {}
        #: The chunk's clustered pages: band keys, and page_clusters rows as lists (the
        #: cluster id, item 1, changes when clusters merge).
        self._new_keys: dict[int, list[str]] = {}
        self._new_rows: dict[str, list[object]] = {}
        self._new_bands: list[tuple[str, int, int]] = []

    def prefetch(self, keys: Iterable[int]) -> None:
        """Read the stored pages filed under any of ``keys``, with their clusters."""
        for part, marks in _in_lists(keys, IN_LIST_MAX):
            for key, doc_id, cluster in self.db.query(
                    f"SELECT b.band_key, b.doc_id, c.cluster_id FROM page_bands b "
                    f"JOIN page_clusters c ON c.doc_id = b.doc_id "
                    f"WHERE b.band_key IN ({marks})", part):
                self._stored.setdefault(key, []).append(doc_id)
                self._stored_cluster[doc_id] = cluster

    def candidates(self, keys: list[int]) -> set[str]:
        out: set[str] = set()
        for k in keys:
            out.update(self._stored.get(k, ()))
            out.update(self._new_keys.get(k, ()))
        return out

    def clusters_of(self, ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in ids:
            row = self._new_rows.get(i)
            if row is not None:
                out[i] = str(row[1])
            elif i in self._stored_cluster:
                out[i] = self._stored_cluster[i]
        return out

    def shingles_of(self, doc_id: str) -> frozenset[int]:
        def read() -> frozenset[int]:
            if doc_id in self.pending:
                return shingles(self.pending[doc_id][0])
            return shingles(str(self.db.scalar("SELECT text FROM documents WHERE id = ?",
                                               (doc_id,))))
        return _cached(self._cache, doc_id, read)

    def add(self, doc_id: str, keys: list[int], cluster: str, link: Link | None,
            n_shingles: int) -> None:
        self._new_rows[doc_id] = [
            doc_id, cluster, False, link.doc_id if link else None,
            round(link.similarity, 4) if link else None, self.pending[doc_id][1], n_shingles]
        for band, key in enumerate(keys):
            self._new_keys.setdefault(key, []).append(doc_id)
            self._new_bands.append((doc_id, band, key))
        self.touched.add(cluster)

    def relabel(self, old: set[str], new: str) -> None:
        marks = ", ".join("?" for _ in old)
        self.db.execute(f"UPDATE page_clusters SET cluster_id = ? WHERE cluster_id IN ({marks})",
                        [new, *sorted(old)])
        for doc_id, cluster in self._stored_cluster.items():
            if cluster in old:
                self._stored_cluster[doc_id] = new
        for row in self._new_rows.values():
            if row[1] in old:
                row[1] = new
        self.touched -= old
        self.touched.add(new)

    def flush(self) -> None:
        """Write the chunk's pages (their clusters as merged by now) and band keys."""
        self.db.insert_rows("page_clusters", _CLUSTER_COLUMNS, self._new_rows.values())
        self.db.insert_rows("page_bands", ("doc_id", "band", "band_key"), self._new_bands)
        self._new_rows, self._new_bands, self._new_keys = {}, [], {}


@dataclass
class ClusterSummary:
    pages: int = 0
    #: Pages that joined an existing cluster (a near-duplicate of a stored page).
    duplicates: int = 0


def update_clusters(store: Store, *, chunk: int = CHUNK,
                    ids: Sequence[str] | None = None) -> ClusterSummary:
    """Cluster every stored page that is not clustered yet or whose text changed since,
    :data:`CHUNK` pages per transaction; with ``ids``, only those of these pages (an ingest
    clusters each batch right after writing it). Idempotent and crash-safe: a page is
    pending until its cluster row is committed, so an interrupted run is finished by the
    next one.

    A changed page leaves its cluster and joins by its new text; pages it used to link stay
    together (run :func:`rebuild_clusters` to recompute everything from scratch)."""
    db = store.db
    summary = ClusterSummary()
    for part in _pending_chunks(store, chunk, ids):
        marks = ", ".join("?" for _ in part)
        with db.transaction():
            index = StoreIndex(store)
            for doc_id, text, sha in db.query(
                    f"SELECT id, text, text_sha FROM documents WHERE id IN ({marks})", part):
                index.pending[doc_id] = (text, sha)
            db.execute(f"DELETE FROM page_bands WHERE doc_id IN ({marks})", part)
            db.execute(f"DELETE FROM page_clusters WHERE doc_id IN ({marks})", part)
            keyed = [(doc_id, sh, page_keys(sh))
                     for doc_id in part for sh in (index.shingles_of(doc_id),)]
            index.prefetch(k for _, _, keys in keyed for k in keys)
            for doc_id, sh, keys in keyed:
                _, joined = assign(index, doc_id, sh, keys)
                summary.pages += 1
                summary.duplicates += joined
            index.flush()
            _choose_representatives(store, index.touched)
    if summary.pages:
        log.info("clustered %d pages, %d near-duplicates", summary.pages, summary.duplicates)
    return summary


def _in_lists(values: Iterable[T], size: int) -> Iterator[tuple[list[T], str]]:
    """The distinct ``values`` in sorted order, ``size`` at a time, each part with the
    ``?, ?, …`` of its ``IN (...)`` list."""
    wanted = sorted(set(values))
    for i in range(0, len(wanted), size):
        part = wanted[i:i + size]
        yield part, ", ".join("?" for _ in part)


_PENDING = ("SELECT d.id FROM documents d LEFT JOIN page_clusters c ON c.doc_id = d.id "
            "WHERE (c.doc_id IS NULL OR c.text_sha <> d.text_sha)")


def _pending_chunks(store: Store, chunk: int,
                    ids: Sequence[str] | None) -> Iterator[list[str]]:
    """The pending pages (among ``ids`` when given), at most ``chunk`` at a time, in id
    order. Without ``ids`` they are read by keyset, a chunk at a time: the caller clusters a
    chunk (it is no longer pending) before asking for the next, and clustering a page never
    makes another pending, so the pages are those of one query up front without holding
    every pending id."""
    db = store.db
    if ids is not None:
        for part, marks in _in_lists(ids, min(chunk, IN_LIST_MAX)):
            found = [r[0] for r in db.query(
                _PENDING + f" AND d.id IN ({marks}) ORDER BY d.id", part)]
            if found:
                yield found
        return
    last = ""  # below every id
    while True:
        part = [r[0] for r in db.query(_PENDING + " AND d.id > ? ORDER BY d.id LIMIT ?",
                                       (last, chunk))]
        if not part:
            return
        last = part[-1]
        yield part


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
