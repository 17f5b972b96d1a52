"""Near-duplicate pages: MinHash signatures, LSH clusters in memory and in the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.io.sources import RawRecord
from rasd.store import Ingester, Store
from rasd.store.dedup import JACCARD_THRESHOLD, MemoryIndex, rebuild_clusters, update_clusters
from rasd.store.ingest import IngestSummary, Overrides, analyse_job, analysis_version, plan_jobs
from rasd.store.minhash import NUM_BINS, estimate, jaccard, shingles, signature

STORIES = Path(__file__).parent / "fixtures" / "stories"

BASE = (
    "أعلنت وزارة الصحة في الأردن تسجيل ارتفاع في عدد المصابين بالحمى الموسمية خلال الأسبوع "
    "الماضي، ودعت المواطنين إلى مراجعة المراكز الصحية عند ظهور الأعراض. وقال المتحدث باسم "
    "الوزارة إن الفرق الطبية تعمل على مدار الساعة في المحافظات الشمالية، وإن المستشفيات "
    "الحكومية جهزت أقساما إضافية لاستقبال الحالات. وأضاف أن اللقاحات متوفرة مجانا للأطفال "
    "وكبار السن في جميع المراكز، وأن الوزارة ستصدر نشرة يومية بعدد الحالات الجديدة."
)
#: The same page re-posted: a word changed, diacritics and hamza spelled differently.
EDITED = (BASE.replace("الأسبوع الماضي", "الأسبوع المنصرم")
          .replace("أعلنت", "أعْلَنَت").replace("يومية", "أسبوعية"))
OTHER = (
    "افتتح رئيس البلدية في مدينة صفاقس معرضا للكتاب يضم أكثر من مئتي دار نشر عربية، "
    "ويستمر المعرض عشرة أيام تقام خلالها ندوات عن الرواية والشعر وأدب الأطفال، "
    "وقالت إدارة المعرض إن الدخول مجاني للطلاب طوال فترة المعرض."
)


def test_signatures_are_deterministic_and_estimate_jaccard() -> None:
    a, b, c = shingles(BASE), shingles(EDITED), shingles(OTHER)
    sa, sb, sc = signature(a), signature(b), signature(c)
    assert sa is not None and sb is not None and sc is not None
    assert len(sa) == NUM_BINS and signature(shingles(BASE)) == sa
    assert jaccard(a, b) >= 0.7 > JACCARD_THRESHOLD > 0.05 >= jaccard(a, c)
    assert abs(estimate(sa, sb) - jaccard(a, b)) < 0.2
    assert estimate(sa, sc) < 0.2
    assert signature(frozenset()) is None
    # Diacritics and letter variants do not change a page's shingles.
    assert shingles("أعْلَنَت الوزارة إضرابًا عامًّا") == shingles("اعلنت الوزاره اضرابا عاما")


def test_memory_index_clusters_copies_and_keeps_others_apart() -> None:
    index = MemoryIndex({})
    assert index.add_page("b", BASE) == ("b", False)
    assert index.add_page("c", OTHER) == ("c", False)
    # A smaller id joining relabels the cluster: labels do not depend on arrival order.
    assert index.add_page("a", EDITED) == ("a", True)
    assert index.cluster == {"a": "a", "b": "a", "c": "c"}
    # A trimmed copy (the first two thirds) still joins.
    trimmed = BASE[: len(BASE) * 3 // 4]
    assert index.add_page("d", trimmed)[0] == "a"


def test_short_and_empty_pages() -> None:
    index = MemoryIndex({})
    assert index.add_page("x", "") == ("x", False)
    assert index.add_page("y", "عاجل") == ("y", False)
    assert index.add_page("z", "عاجل") == ("y", True)


def _records(path: Path) -> list[RawRecord]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append(RawRecord(where=r["id"], text=r["text"], id=r["id"], source=r["source"],
                             published=r["published"], title=r.get("title")))
    return out


def _clusters(store: Store) -> dict[str, tuple[str, bool]]:
    return {r[0]: (r[1], bool(r[2])) for r in store.db.query(
        "SELECT doc_id, cluster_id, representative FROM page_clusters")}


def test_store_clusters_are_incremental_and_stable(store: Store) -> None:
    records = _records(STORIES / "strike.jsonl")
    Ingester(store).run(records[:3])
    first = _clusters(store)
    assert {c for c, _ in first.values()} == {"alpha:s1", "beta:s2", "gamma:s3"}
    # s5 is beta's s2 re-posted by another outlet with one word added: it joins.
    Ingester(store).run(records[3:])
    now = _clusters(store)
    assert now["epsilon:s5"][0] == now["beta:s2"][0] == "beta:s2"
    assert len({c for c, _ in now.values()}) == 4
    # One representative per cluster: the earliest published, then the longest (s5).
    reps = [d for d, (_, rep) in now.items() if rep]
    assert len(reps) == 4 and "epsilon:s5" in reps
    assert update_clusters(store).pages == 0  # nothing pending: idempotent
    assert rebuild_clusters(store).pages == 5
    assert _clusters(store) == now


def test_changed_text_leaves_its_cluster(store: Store) -> None:
    records = _records(STORIES / "strike.jsonl")
    Ingester(store).run(records)
    s5 = records[4]
    changed = RawRecord(where="s5", text=OTHER, id="s5", source="epsilon",
                        published=s5.published)
    Ingester(store).run([changed])
    assert _clusters(store)["epsilon:s5"] == ("epsilon:s5", True)


@pytest.mark.parametrize("n", [40])
def test_many_copies_form_one_cluster(n: int) -> None:
    index = MemoryIndex({})
    words = BASE.split()
    for i in range(n):
        edited = list(words)
        edited[(i * 7) % len(words)] = "كلمة"
        index.add_page(f"p{i:03d}", " ".join(edited))
    assert set(index.cluster.values()) == {"p000"}


def test_interrupted_clustering_is_finished_by_the_next_run(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasd.store.dedup as dedup

    # Stored as an ingest stores them, but not clustered yet (a crash right after the
    # batch's commit).
    summary = IngestSummary()
    jobs = plan_jobs(_records(STORIES / "strike.jsonl"), summary, Overrides())
    done = [analyse_job(job, analysis_version()) for job in jobs.values()]
    Ingester.stamp(done, {}, summary)
    store.write_batch(done)
    assert not _clusters(store)
    calls = 0
    real = dedup.assign

    def failing(*args: object, **kw: object) -> tuple[str, bool]:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise RuntimeError("killed")
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(dedup, "assign", failing)
    with pytest.raises(RuntimeError):
        update_clusters(store, chunk=2)
    # The first chunk (two pages) was committed, the second rolled back whole.
    assert len(_clusters(store)) == 2
    monkeypatch.undo()
    assert update_clusters(store).pages == 3
    clusters = _clusters(store)
    assert clusters["epsilon:s5"][0] == "beta:s2" and len(clusters) == 5
