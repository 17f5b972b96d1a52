"""The C accelerator (rasd.ner._fastcrf) gives the pure-Python path's results to the bit.

Where the module is not built (no C compiler at install time) the comparisons are skipped;
CI builds it, and sets RASD_REQUIRE_ACCELERATOR=1 so that a broken build fails there
instead of silently falling back to the slower path.
"""

from __future__ import annotations

import math
import os
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.accelerator import PURE_PYTHON_ENV, FastCrf, load_accelerator
from rasd.ner.compiled import CompiledCrf
from rasd.ner.decoder import CDecoder
from rasd.ner.emissions import EmissionScorer
from rasd.ner.tagger import NerTagger
from rasd.ner.unrolled import Emitters, make_summer
from rasd.ner.words import sentence_chunks

FAST = load_accelerator()
needs_fast = pytest.mark.skipif(FAST is None, reason="rasd.ner._fastcrf is not built here")


def _fast() -> FastCrf:
    assert FAST is not None
    return FAST


def test_accelerator_is_built_where_ci_requires_it() -> None:
    if os.environ.get("RASD_REQUIRE_ACCELERATOR") != "1":
        pytest.skip("RASD_REQUIRE_ACCELERATOR is not set (CI sets it)")
    assert FAST is not None, "the install did not build rasd.ner._fastcrf (hatch_build.py)"


def test_environment_turns_the_accelerator_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    assert load_accelerator() is None
    crf = NerTagger.load().compiled
    assert EmissionScorer(crf=crf, extractor=NerTagger.load().features)._fast is None


_SIZE = 4
_LABELS = tuple(f"L{k}" for k in range(_SIZE))
# Few distinct values (signed zeros included) make exact ties common: both paths must keep
# CRFsuite's first best, and -0.0 + 0.0 must come out as Python computes it.
_FLOAT = st.sampled_from([-2.0, -1.0, -0.0, 0.0, 0.5, 1.0, 3.25, 1e-17, 0.1, 0.2, 0.3])
_VECTOR = st.tuples(*[_FLOAT] * _SIZE)
_TRANSITIONS = st.lists(st.lists(_FLOAT, min_size=_SIZE, max_size=_SIZE),
                        min_size=_SIZE, max_size=_SIZE)


def _python_emissions(owns: list[tuple[float, ...]],
                      views: list[tuple[tuple[float, ...], ...]],
                      hits: list[list[tuple[float, ...]]]) -> list[list[float]]:
    """What EmissionScorer.tag builds on its Python path (same columns, same emitters)."""
    n = len(owns)
    if n == 0:
        return []
    zero = (0.0,) * _SIZE
    far_left = [zero, zero, *(v[0] for v in views[:-2])] if n > 2 else [zero] * n
    left = [zero, *(v[1] for v in views[:-1])]
    right = [*(v[2] for v in views[1:]), zero]
    far_right = [*(v[3] for v in views[2:]), zero, zero] if n > 2 else [zero] * n
    emitters = Emitters(tuple(range(_SIZE)))
    return [list(emitters[len(x)](o, a, b, c, d, x).values())
            for o, a, b, c, d, x in zip(owns, far_left, left, right, far_right, hits,
                                        strict=True)]


def _compiled(rows: list[list[float]]) -> CompiledCrf:
    crf = CompiledCrf.__new__(CompiledCrf)
    crf.size = _SIZE
    crf.labels = _LABELS
    crf.rows = tuple(tuple(r) for r in rows)
    crf.into = tuple(tuple(rows[i][j] for i in range(_SIZE)) for j in range(_SIZE))
    crf.reach = tuple(max(rows[i][j] - rows[k][j] for j in range(_SIZE)
                          for k in range(_SIZE)) + 1e-6 for i in range(_SIZE))
    return crf


@needs_fast
@settings(max_examples=400, deadline=None)
@given(st.data(), _TRANSITIONS, st.integers(min_value=0, max_value=9))
def test_tag_equals_the_python_sums_and_viterbi(
    data: st.DataObject, rows: list[list[float]], n: int
) -> None:
    owns = data.draw(st.lists(_VECTOR, min_size=n, max_size=n))
    views = data.draw(st.lists(st.tuples(_VECTOR, _VECTOR, _VECTOR, _VECTOR),
                               min_size=n, max_size=n))
    hits = data.draw(st.lists(st.lists(_VECTOR, max_size=4), min_size=n, max_size=n))
    transitions = array("d", [w for row in rows for w in row]).tobytes()
    records = [(own, four, "rest of a record") for own, four in zip(owns, views, strict=True)]
    got = _fast().tag(records, hits, transitions, _LABELS)
    emissions = _python_emissions(owns, views, hits)
    assert got == [_LABELS[k] for k in _compiled(rows).viterbi(emissions)]


@needs_fast
@settings(max_examples=300, deadline=None)
@given(st.lists(_VECTOR, min_size=1, max_size=12))
def test_total_adds_left_to_right_to_the_bit(found: list[tuple[float, ...]]) -> None:
    got = _fast().total(found, _SIZE)
    want = found[0] if len(found) == 1 else make_summer(_SIZE, len(found))(found)
    assert [x.hex() for x in got] == [x.hex() for x in want]
    assert all(math.copysign(1.0, a) == math.copysign(1.0, b)
               for a, b in zip(got, want, strict=True))


@needs_fast
def test_bad_arguments_are_clear_errors() -> None:
    fast = _fast()
    vec = (0.0,) * _SIZE
    rows = array("d", [0.0] * _SIZE * _SIZE).tobytes()
    with pytest.raises(TypeError, match="own vector at position 0"):
        fast.tag([((1, 2, 3, 4), (vec,) * 4)], [[]], rows, _LABELS)
    with pytest.raises(TypeError, match="view at position 1"):
        fast.tag([(vec, (vec,) * 4), (vec, ((0.0,),) * 4)], [[], []], rows, _LABELS)
    with pytest.raises(TypeError, match="views at position 0"):
        fast.tag([(vec, (vec,) * 3), (vec, (vec,) * 4)], [[], []], rows, _LABELS)
    with pytest.raises(TypeError, match="hit at position 0"):
        fast.tag([(vec, (vec,) * 4)], [[(0.0, 0.0)]], rows, _LABELS)
    with pytest.raises(TypeError, match="record at position 0"):
        fast.tag([vec[:1]], [[]], rows, _LABELS)
    with pytest.raises(ValueError, match="transitions hold"):
        fast.tag([(vec, (vec,) * 4)], [[]], rows[:-8], _LABELS)
    with pytest.raises(ValueError, match="differ in length"):
        fast.tag([(vec, (vec,) * 4)], [], rows, _LABELS)
    with pytest.raises(ValueError):
        fast.total([], _SIZE)
    assert fast.tag([], [], rows, _LABELS) == []


_SENTENCES = [
    "أعلن رئيس الوزراء العراقي محمد شياع السوداني من بغداد أن وفدا من صندوق النقد الدولي "
    "سيزور أربيل الأسبوع المقبل.",
    "وقالت وكالة الأنباء التونسية إن الشرطة أوقفت ثلاثة أشخاص في صفاقس بعد مواجهات مع المحتجين.",
    "التقى وزير الخارجية الموريتاني نظيره السنغالي في نواكشوط لبحث ملف الصيد البحري.",
]


@needs_fast
def test_shipped_model_labels_are_the_same_with_and_without_it() -> None:
    tagger = NerTagger.load()
    fast = EmissionScorer(tagger.features, tagger.compiled)
    slow = EmissionScorer(tagger.features, tagger.compiled)
    slow._fast = None  # the Python sums, CRFsuite's Viterbi
    assert fast._fast is not None
    text = "\n".join(_SENTENCES)
    words = tagger.split_words(text)
    gaz = tagger.labeler(text, words) if tagger.labeler is not None else None
    scored = fast.words(words)
    doc = fast.document(scored, gaz)
    labels = 0
    for a, b in sentence_chunks(text, words):
        part = gaz[a:b] if gaz is not None else None
        got = fast.tag(words[a:b], scored[a:b], part, doc[a:b])
        assert got == slow.tag(words[a:b], scored[a:b], part, doc[a:b])
        labels += sum(label != "O" for label in got)
    assert labels > 0  # the sentences do hold names
    # The C decoder of CRFsuite and the accelerator agree on the model's transitions too.
    compiled = tagger.compiled
    size = compiled.size
    emissions = [[0.5, -0.25, 1.0, 0.0, 0.75, -1.0, 0.25, 0.0, 2.0, 1.5][:size]] * 3
    transitions = array("d", [w for row in compiled.rows for w in row]).tobytes()
    records = [(tuple(e), ((0.0,) * size,) * 4) for e in emissions]
    got = _fast().tag(records, [[], [], []], transitions, compiled.labels)
    assert got == CDecoder(compiled).decode(emissions)
