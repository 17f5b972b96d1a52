"""The seed page (../shared, skipped without it) is found the way issue 7 asks."""

from __future__ import annotations

from pathlib import Path

from rasd.io.sources import iter_records
from rasd.store import Ingester, Store, search


def test_seed_is_found_by_name_misspelling_and_clitic_forms(store: Store,
                                                            seed_path: Path) -> None:
    summary = Ingester(store).run(iter_records([seed_path]))
    assert summary.stored == 1 and store.check() == []
    (seed_id,) = (r[0] for r in store.db.query("SELECT id FROM documents"))
    for query in ("كازاخستان", "كازاخستن", "كزاخستان", "الاحتجاجات", "والاحتجاجات",
                  "احتجاجات"):
        assert [h.id for h in search(store.db, query)] == [seed_id], query
