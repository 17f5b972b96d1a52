"""The candidate filter's page relations and its toll guard (learned.filter_relations)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from rasd.analysis import analyze
from rasd.events.learned.candidate_filter import (
    CandidateFilter,
    default_model_path,
    filter_disabled,
)
from rasd.events.learned.filter_relations import guarded, relations, with_relations
from rasd.model import Span

TEXT = "x" * 2000


@dataclass(frozen=True, slots=True)
class Cand:
    type: str
    trigger: Span
    evidence: tuple[Span, ...]


def cand(kind: str, start: int, sentence: tuple[int, int]) -> Cand:
    return Cand(kind, Span(start, start + 4, TEXT[start:start + 4]),
                (Span(sentence[0], sentence[1], TEXT[sentence[0]:sentence[1]]),))


def test_a_second_telling_is_seen_as_one() -> None:
    events = [cand("ASSAULT", 10, (0, 60)), cand("ASSAULT", 400, (380, 470)),
              cand("REQUEST", 20, (0, 60))]
    rows = [{"trig=قصف": 1.0}, {"trig=قصف": 1.0, "has_killed=True": 1.0}, {"trig=دعا": 1.0}]
    first, second, request = relations(events, rows)
    assert "rel_gap=2" in second and "rel_same_trig" in second
    assert "rel_toll=new" in second and "ASSAULT|rel_toll=new" in second
    assert not any(a.startswith(("rel_gap", "rel_toll")) for a in first)
    assert first["rel_n=1"] == 1.0 and request["rel_n=0"] == 1.0
    assert "rel_cosent=REQUEST" in first and "rel_cosent=ASSAULT" in request
    assert "rel_cosent=REQUEST" not in second


def test_two_readings_of_one_word_and_a_toll_told_before() -> None:
    events = [cand("ASSAULT", 10, (0, 60)), cand("COERCE", 10, (0, 60)),
              cand("ASSAULT", 70, (62, 120))]
    rows = [{"trig=هاجم": 1.0, "has_injured=True": 1.0}, {"trig=هاجم": 1.0},
            {"trig=اعتدى": 1.0}]
    rel = relations(events, rows)
    assert "rel_cotrig=COERCE" in rel[0] and "rel_cotrig=ASSAULT" in rel[1]
    assert "rel_gap=0" in rel[2] and "rel_toll=before" in rel[2]
    assert "rel_same_trig" not in rel[2]
    merged = with_relations(events, rows)
    assert merged[0]["has_injured=True"] == 1.0 and "rel_cotrig=COERCE" in merged[0]


def test_the_first_toll_of_each_type_is_guarded() -> None:
    events = [cand("ASSAULT", 300, (290, 350)), cand("ASSAULT", 10, (0, 60)),
              cand("COERCE", 500, (490, 560)), cand("PROTEST", 700, (690, 760))]
    rows = [{"has_killed=True": 1.0}, {"has_injured=True": 1.0},
            {"has_arrested=True": 1.0}, {"has_killed=False": 1.0}]
    # text order decides which ASSAULT is first; an arrest count alone is no toll
    assert guarded(events, rows) == [False, True, False, False]


@given(st.permutations(range(5)))
def test_relations_do_not_depend_on_the_list_order(order: list[int]) -> None:
    events = [cand("ASSAULT", 10, (0, 60)), cand("ASSAULT", 100, (90, 150)),
              cand("PROTEST", 100, (90, 150)), cand("ASSAULT", 900, (890, 950)),
              cand("REQUEST", 30, (0, 60))]
    rows = [{"trig=a": 1.0}, {"trig=a": 1.0, "has_killed=True": 1.0}, {"trig=b": 1.0},
            {"trig=c": 1.0, "has_injured=True": 1.0}, {"trig=d": 1.0}]
    base = relations(events, rows)
    shuffled = relations([events[i] for i in order], [rows[i] for i in order])
    assert shuffled == [base[i] for i in order]
    assert guarded([events[i] for i in order], [rows[i] for i in order]) == [
        guarded(events, rows)[i] for i in order]


def test_the_shipped_filter_keeps_a_guarded_toll_at_any_threshold() -> None:
    text = ("قتل ستة مدنيين وأصيب أحد عشر آخرون أمس الثلاثاء في قصف مدفعي استهدف سوقا شعبية "
            "في مدينة تعز، بحسب ما أعلن مكتب الصحة في المحافظة.")
    with filter_disabled():
        doc = analyze(text)
    assert any(e.killed is not None for e in doc.events)
    strict = CandidateFilter(default_model_path(), threshold=0.0)
    kept = strict.keep(doc, doc.events)
    assert kept, "a threshold of 0 drops everything but the guarded toll"
    assert all(e.killed is not None or e.injured is not None for e in kept)
    assert len({e.type for e in kept}) == len(kept)
