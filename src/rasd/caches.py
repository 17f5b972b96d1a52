"""One bound for the per-word caches of the analysis stages (issue 8: flat peak memory).

A dozen stages remember what they computed for a word form (its clitic readings, its
normalised key, the triggers or names it may start...), because news vocabularies are
Zipfian: a few thousand forms make most of the tokens of every page. Each cache used to
pick its own size (65k to 200k entries), large enough to hold the whole vocabulary of the
3,000 SaudiNewsNet pages, so memory kept growing with every new page for as long as the
vocabulary did. They now share :data:`WORD_CACHE_SIZE` (a documented multiple where the
keys are not single word forms), are filled by the first pages of a crawl, and from then
on memory stays flat whatever the number of pages.

:func:`word_cache` is ``functools.lru_cache`` at that bound, registered so that the memory
benchmark (``bench/bench_memory.py``) and the tests can list every cache and its fill.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Final, TypeVar

T = TypeVar("T")

#: Entries of a cache keyed by one word form. SaudiNewsNet's 3,000 pages hold ~90,000
#: normalised forms; least-recently-used eviction at 2**16 keeps the frequent ones with no
#: measurable cost: full-pipeline CPU time over those pages 29.4-29.5 s against 29.6-30.1 s
#: at the old 65k-200k bounds, peak RSS 449 -> 415-420 MB. At 2**15 the peak is 335 MB but
#: the pipeline is 6-7% slower (31.8-32.0 s against 29.7-30.1 s, alternating runs on a
#: quiet machine): the long tail of each page is then looked up again. The caches fill
#: within the first ~2,000 pages, so a longer crawl adds nothing (bench/bench_memory.py).
WORD_CACHE_SIZE: Final = 1 << 16

#: Entries of the tokenizer's chunk cache (a whitespace-separated piece of text: a word
#: with its punctuation, digits, Latin; :mod:`rasd.text.tokens`): about twice as many
#: distinct keys as word forms (~125,000 in a 10 MB news corpus). It is emptied when full
#: rather than LRU, so it must hold a corpus' frequent chunks several times over: at half
#: this bound it empties every few hundred pages and re-tokenising cost 8% of the time.
CHUNK_CACHE_SIZE: Final = 2 * WORD_CACHE_SIZE

_REGISTERED: weakref.WeakSet[_lru_cache_wrapper[object]] = weakref.WeakSet()


def word_cache(fn: Callable[..., T], size: int = WORD_CACHE_SIZE) -> _lru_cache_wrapper[T]:
    """``fn`` behind an LRU cache of ``size`` entries (default :data:`WORD_CACHE_SIZE`),
    listed by :func:`registered`. Usable as a decorator or on a bound method."""
    cached = lru_cache(maxsize=size)(fn)
    _REGISTERED.add(cached)
    return cached


def registered() -> list[_lru_cache_wrapper[object]]:
    """The live caches made by :func:`word_cache`."""
    return list(_REGISTERED)


def clear_all() -> None:
    """Empty every registered cache (tests; a long-lived process that wants memory back)."""
    for cache in registered():
        cache.cache_clear()



def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library is another (musl, macOS)."""
    try:
        import ctypes

        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    """Return the C allocator's free pages to the system (glibc ``malloc_trim(0)``; a no-op
    elsewhere). Python frees a batch's pages, rows and strings into glibc's heap, which
    keeps them: under the word caches' churn the resident set of a long ingest crept up by
    ~20 MB more than with a trim after each batch (30,000 pages, bench/bench_memory.py).
    It walks the heap in ~0.2 ms, against ~0.5 s to analyse a batch."""
    if _TRIM is not None:
        _TRIM(0)


_frozen = False

#: Allocations between two collections of the young generation once the models are
#: loaded (CPython's default is 700). A page's analysis makes tens of thousands of
#: short-lived tuples, lists and dicts that reference counting frees; at 700 the collector
#: examined each batch of them, promoted the survivors of the moment and so ran a full
#: collection of the caches every few hundred pages. At this threshold nearly all of them
#: are gone before a collection: the collector's share of the pipeline's CPU time fell from
#: ~5% to ~2% (SaudiNewsNet pages with comments; bench/bench_comments.py), and cyclic garbage
#: waits at most this many allocations longer.
YOUNG_GC_THRESHOLD: Final = 20_000


def freeze_loaded() -> None:
    """Once per process, after the first pages were analysed: move everything alive — the
    models, lexicons and knowledge base they loaded — out of the cyclic garbage collector's
    reach (``gc.freeze``). They live as long as the process, and every full collection used
    to walk them again: 7% of the analysis time of a long ingest, 8-9% of a 1,200-page
    ``rasd analyze`` batch (measured on SaudiNewsNet, docs/benchmarks.md). Every batch entry
    point calls it after its first page (``rasd analyze``, ingest, the Spark partitions). In
    forked workers it also keeps the collector from writing to the pages they share with
    their parent. Garbage is collected first, so nothing already unreachable is kept;
    objects freed later by reference counting are freed as before. The young generation is
    then collected less often (:data:`YOUNG_GC_THRESHOLD`; a higher threshold set by the
    application, or a disabled collector, is left alone)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_GC_THRESHOLD:
            gc.set_threshold(YOUNG_GC_THRESHOLD, *older)
