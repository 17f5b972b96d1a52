"""Ingest on both backends: rows, idempotent re-runs, updates, failures."""

from __future__ import annotations

import json

from rasd.errors import EmptyInput
from rasd.io.sources import RecordFailure
from rasd.store import Ingester, Store
from rasd.store.ingest import analysis_version
from tests.store.pages import MEETING, PROTEST, STRIKE, record


def test_ingest_stores_documents_and_children(store: Store) -> None:
    summary = Ingester(store, batch_size=2).run(
        [record(PROTEST, id="a"), record(STRIKE, id="b"), record(MEETING, id="c")])
    assert (summary.stored, summary.updated, summary.unchanged, summary.failed) == (3, 0, 0, 0)
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["blocks"] >= 3 and counts["entities"] > 0 and counts["events"] > 0
    assert counts["casualties"] > 0 and counts["search_terms"] > 20
    assert store.check() == []
    row = store.document("a")
    assert row is not None and row["text"] == PROTEST and row["identity"] == "input"
    doc = row["doc"] if isinstance(row["doc"], dict) else json.loads(row["doc"])
    assert doc["schema"] == "rasd/1" and doc["id"] == "a" and "text" not in doc
    assert row["analysis"] == analysis_version() and "/" in row["analysis"]
    # every span stored indexes the stored text
    for start, end, text in store.db.query(
            "SELECT start_char, end_char, text FROM entities WHERE doc_id = ?", ("a",)):
        assert PROTEST[start:end] == text


def test_reingest_is_idempotent(store: Store) -> None:
    records = [record(PROTEST, id="a"), record(STRIKE, url="https://x.com/strike"),
               record(MEETING)]
    Ingester(store).run(records)
    before = store.counts()
    again = Ingester(store).run(records)
    assert (again.stored, again.updated, again.unchanged) == (0, 0, 3)
    assert store.counts() == before
    forced = Ingester(store, force=True).run(records)
    assert (forced.stored, forced.updated) == (0, 3)
    assert store.counts() == before
    assert store.check() == []


def test_changed_text_at_the_same_url_updates_the_document(store: Store) -> None:
    url = "https://news.example/2024/03/protest"
    Ingester(store).run([record(PROTEST, url=url)])
    (doc_id,) = (r[0] for r in store.db.query("SELECT id FROM documents"))
    changed = PROTEST + "\nوأفرجت السلطات لاحقا عن خمسة من المعتقلين."
    summary = Ingester(store).run([record(changed, url=url + "/")])
    assert (summary.stored, summary.updated) == (0, 1)
    row = store.document(doc_id)
    assert row is not None and row["text"] == changed and row["revision"] == 2
    assert store.counts()["documents"] == 1
    assert store.check() == []


def test_new_metadata_alone_is_an_update(store: Store) -> None:
    Ingester(store).run([record(STRIKE, id="s", published="2024-03-10")])
    summary = Ingester(store).run([record(STRIKE, id="s", published="2024-03-11")])
    assert summary.updated == 1
    row = store.document("s")
    assert row is not None and str(row["published"]) == "2024-03-11"


def test_failures_are_reported_and_the_rest_stored(store: Store) -> None:
    bad = RecordFailure("empty.txt", EmptyInput("the text is empty"))
    summary = Ingester(store).run([bad, record(PROTEST, id="a"), record("   ", id="blank"),
                                   record(STRIKE, id="b", published="not a date")])
    assert summary.stored == 1
    assert sorted(code for _, code, _ in summary.failures) == ["bad_published", "empty", "empty"]
    assert store.counts()["documents"] == 1


def test_show_finds_a_document_by_its_input_id(store: Store) -> None:
    Ingester(store).run([record(PROTEST, id="42", source="outlet")])
    row = store.document("42")
    assert row is not None and row["id"] == "outlet:42"
    assert store.document("nope") is None
