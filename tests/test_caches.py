"""The shared bound of the per-word caches (rasd.caches, issue 8)."""

from __future__ import annotations

import gc
import importlib
import inspect
from functools import _lru_cache_wrapper

from rasd import caches
from rasd.caches import CHUNK_CACHE_SIZE, WORD_CACHE_SIZE, clear_all, registered, word_cache
from rasd.text import tokens

#: The modules of the article pipeline that keep per-word caches.
STAGE_MODULES = (
    "rasd.analysis", "rasd.text.tokens", "rasd.text.normalize", "rasd.text.number_grammar",
    "rasd.quotes.marks", "rasd.kb.model", "rasd.kb.gazetteer", "rasd.ner.words",
    "rasd.events.matcher", "rasd.events.syntax.modifiers", "rasd.events.actors.arguments",
    "rasd.entities.mentions", "rasd.entities.roles", "rasd.export.names",
)
for _name in STAGE_MODULES:
    importlib.import_module(_name)

#: Caches that may stay larger than a word cache, and why. A new per-word cache of the
#: stages must use :func:`word_cache` (or a documented multiple of its bound).
LARGER = frozenset({
    # Keyed by a lexicon's name or a flag: a handful of entries, whatever the input.
    "rasd.text.casualty_lexicon.group_re", "rasd.text.casualty_lexicon.context_re",
    "rasd.text.date_patterns.load_word_table",
})


def test_word_cache_is_a_bounded_lru_cache() -> None:
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    cached = word_cache(length, size=2)
    assert [cached(w) for w in ("ab", "ab", "abc", "abcd", "ab")] == [2, 2, 3, 4, 2]
    assert calls == ["ab", "abc", "abcd", "ab"]  # "ab" was evicted by the third word
    assert cached.cache_info().maxsize == 2
    assert cached in registered()
    clear_all()
    assert cached.cache_info().currsize == 0


def test_stage_caches_share_the_bound() -> None:
    names = set()
    for cache in registered():
        # word caches take the shared bound; per-sentence caches (work_content's market
        # words) a smaller one: none may exceed it
        maxsize = cache.cache_info().maxsize
        assert maxsize is not None and 0 < maxsize <= WORD_CACHE_SIZE
        names.add(cache.__wrapped__.__name__)
    assert {"split_clitics", "normalize_key", "name_key", "first_hits", "analyze",
            "proclitic_readings"} <= names


def test_no_stage_cache_exceeds_the_bound() -> None:
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, _lru_cache_wrapper) and obj.__module__.startswith("rasd."):
            size = obj.cache_info().maxsize
            name = f"{obj.__module__}.{obj.__qualname__}"
            if not inspect.signature(obj.__wrapped__).parameters:
                continue  # a loader: one entry
            assert name in LARGER or (size is not None and size <= WORD_CACHE_SIZE), (
                name, size)


def test_chunk_cache_bound() -> None:
    assert tokens.CHUNK_CACHE_SIZE == CHUNK_CACHE_SIZE == 2 * caches.WORD_CACHE_SIZE


def test_freeze_loaded_collects_then_freezes_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import rasd.caches as caches

    calls: list[str] = []
    monkeypatch.setattr(caches, "_frozen", False)
    monkeypatch.setattr(caches.gc, "collect", lambda: calls.append("collect") or 0)
    monkeypatch.setattr(caches.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(caches.gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(caches.gc, "set_threshold",
                        lambda *t: calls.append(f"threshold {t}"))
    caches.freeze_loaded()
    caches.freeze_loaded()
    assert calls == ["collect", "freeze", f"threshold {(caches.YOUNG_GC_THRESHOLD, 10, 10)}"]


def test_freeze_loaded_leaves_a_disabled_or_higher_threshold(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import rasd.caches as caches

    for young in (0, caches.YOUNG_GC_THRESHOLD * 2):
        calls: list[tuple[int, ...]] = []
        monkeypatch.setattr(caches, "_frozen", False)
        monkeypatch.setattr(caches.gc, "collect", lambda: 0)
        monkeypatch.setattr(caches.gc, "freeze", lambda: None)
        monkeypatch.setattr(caches.gc, "get_threshold", lambda y=young: (y, 10, 10))
        monkeypatch.setattr(caches.gc, "set_threshold", lambda *t, c=calls: c.append(t))
        caches.freeze_loaded()
        assert calls == []
