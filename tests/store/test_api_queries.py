"""The API's paged reads (rasd.store.api_queries) where they add to the CLI's queries:
remembered totals that follow the database, and masking from the stored JSON."""

from __future__ import annotations

from rasd.io.records import RawRecord
from rasd.store import Ingester, Store
from rasd.store.api_queries import count, documents_page, forget_counts
from rasd.store.rows import masked_text

PAGE = ("تظاهر مئات الطلاب أمام مبنى الجامعة في العاصمة احتجاجا على رفع الرسوم الدراسية، "
        "وطالبوا الإدارة بالتراجع عن قرارها.")


def _add(store: Store, n: int) -> None:
    Ingester(store).run([RawRecord(f"p{n}", PAGE + f" ({n})", id=f"p{n}")])


def test_totals_follow_writes_of_other_connections(store: Store) -> None:
    _add(store, 1)
    with Store.open(store.db.target) as reader:
        assert documents_page(reader.db)[1] == 1
        _add(store, 2)  # another connection commits: the remembered total is dropped
        assert documents_page(reader.db)[1] == 2


def test_own_writes_need_forget_counts(store: Store) -> None:
    _add(store, 1)
    sql = "SELECT COUNT(*) FROM documents"
    assert count(store.db, sql, ()) == 1
    _add(store, 2)
    forget_counts()
    assert count(store.db, sql, ()) == 2


def test_masked_text_hides_what_the_json_says_same_length() -> None:
    text = "رد: اكتبوا لي على ali@example.org شكرا"
    start = text.index("ali")
    end = start + len("ali@example.org")
    doc = {"comments": [{"redactions": [{"kind": "email", "mask": "[email]",
                                         "start": start, "end": end}]}]}
    out = masked_text(text, doc)
    assert len(out) == len(text) and "example" not in out
    assert out[start:end] == "[email]********"
    assert masked_text(text, {"comments": []}) == text
