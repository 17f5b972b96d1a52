"""The PLOVER ontology loader: the shipped plover.tsv, its validation, and the data files
that must agree with it (triggers.tsv, the gold passages)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from rasd.events.ontology import (
    EVENT_TYPES,
    EventTypeInfo,
    OntologyError,
    acled_category,
    event_type,
    event_types,
    is_valid,
    mode_info,
    parse_ontology,
)

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events" / "passages.jsonl"
HEADER = "# type\tmode\torigin\tquad\tscore\tcameo\tacled_event_type\tacled_sub_event_type\t" \
    "acled_rule\tdefinition\n"


def _shipped() -> str:
    return resources.files("rasd.data.events").joinpath("plover.tsv").read_text("utf-8")


def test_sixteen_types_in_model_order() -> None:
    types = event_types()
    assert [t.name for t in types] == list(EVENT_TYPES)
    assert len(types) == 16
    assert all(t.base.mode is None for t in types)


def test_type_attributes() -> None:
    assault = event_type("ASSAULT")
    assert assault.quad == "material-conflict"
    assert assault.score == pytest.approx(-9.3)
    assert assault.cameo_roots == ("18", "19", "20")
    assert "aerial" in assault.mode_names and "sideAB" in assault.mode_names
    consult = event_type("CONSULT")
    assert consult.quad == "verbal-coop"
    assert consult.mode_names == ("visit", "third-party", "multilateral", "phone")
    assert event_type("REQUEST").cameo_roots == ("10", "02")


def test_mode_info() -> None:
    m = mode_info("COERCE", "arrest")
    assert (m.type, m.mode, m.origin, m.quad) == ("COERCE", "arrest", "plover",
                                                  "material-conflict")
    assert m.cameo == ("173",)
    assert mode_info("COERCE") is event_type("COERCE").base
    assert mode_info("COERCE", "") is mode_info("COERCE", None)
    with pytest.raises(OntologyError):
        mode_info("COERCE", "aerial")
    with pytest.raises(OntologyError):
        mode_info("DEMAND")
    assert is_valid("PROTEST", "riot") and not is_valid("PROTEST", "aerial")


def test_acled_category() -> None:
    aerial = acled_category("ASSAULT", "aerial")
    assert aerial is not None
    assert (aerial.event_type, aerial.sub_event_type, aerial.rule) == (
        "Explosions/Remote violence", "Air/drone strike", "direct")
    riot = acled_category("PROTEST", "riot")
    assert riot is not None and riot.event_type == "Riots"
    base = acled_category("ASSAULT")
    assert base is not None and base.rule == "recipient"
    # A mode row speaks for itself: executions are not ACLED events.
    assert acled_category("ASSAULT", "execute") is None
    assert acled_category("AGREE") is None
    assert acled_category("CONSULT", "visit") is None


def test_every_verbal_type_is_unexported() -> None:
    for t in event_types():
        if t.quad.startswith("verbal") and t.name != "CONCEDE":
            assert all(m.acled is None for m in (t.base, *t.modes)), t.name


def _with_row(text: str, row: str) -> str:
    return text + row + "\n"


def test_validation_rejects_a_missing_type_row() -> None:
    lines = [ln for ln in _shipped().splitlines() if not ln.startswith("MOBILIZE\t\t")]
    with pytest.raises(OntologyError, match="MOBILIZE has no type-level row"):
        parse_ontology("\n".join(lines))


@pytest.mark.parametrize("row, message", [
    ("ASSAULT\tlaser\tplover\tmaterial-conflict\t-9.3\t18\t\t\t\tLasers", None),
    ("ASSAULT\taerial\trasd\tmaterial-conflict\t-9.3\t195\t\t\t\tAgain", "duplicate"),
    ("DEMAND\t\ttype\tverbal-conflict\t-5\t10\t\t\t\tOld name", "unknown event type"),
    ("AID\tcash\tplover\tmaterial-coop\t7.4\t071\tProtests\t\t\tHalf ACLED", "go together"),
    ("AID\tcash\tplover\tmaterial-coop\t7.4\t071\tA\tB\tsometimes\tBad rule", "ACLED rule"),
    ("AID\tcash\tplover\tmaterial-coop\t70\t071\t\t\t\tScore", "out of range"),
    ("AID\tcash\tplover\tmaterial-coop\t7.4\tx1\t\t\t\tCAMEO", "CAMEO"),
    ("AID\tcash\tplover\tverbal-coop\t7.4\t071\t\t\t\tWrong quad", "differs"),
    ("AID\tcash\ttype\tmaterial-coop\t7.4\t071\t\t\t\tOrigin", "origin 'type'"),
    ("AID\tcash\tplover\tmaterial-coop\t7.4\t071", "fields"),
])
def test_validation(row: str, message: str | None) -> None:
    text = _with_row(_shipped(), row)
    if message is None:
        types = parse_ontology(text)
        assert "laser" in types[-1].mode_names
    else:
        with pytest.raises(OntologyError, match=message):
            parse_ontology(text)


def test_header_matches_columns() -> None:
    assert HEADER.rstrip("\n") in _shipped()


def test_triggers_use_ontology_modes() -> None:
    text = resources.files("rasd.data.events").joinpath("triggers.tsv").read_text("utf-8")
    rows = 0
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        rows += 1
        if fields[1] == "block":
            continue
        assert is_valid(fields[2], fields[3]), fields[:4]
    assert rows > 100


def test_gold_uses_ontology_modes() -> None:
    for line in GOLD.read_text("utf-8").splitlines():
        p = json.loads(line)
        for e in p["events"]:
            types = e["type"] if isinstance(e["type"], list) else [e["type"]]
            assert any(is_valid(t, e["mode"]) for t in types), (p["id"], e["type"], e["mode"])


#: Every n-th gold passage is run through the pipeline: a sample wide enough to reach the
#: folds and retypings that set modes, small enough to stay a few seconds.
PIPELINE_SAMPLE_STEP = 3


def test_extracted_events_use_ontology_modes() -> None:
    # the folds and retypings after the lexicon set modes at run time (an AGREE once took
    # RETREAT's ceasefire): whatever they produce must be a mode of its type, or the ACLED
    # export cannot map it
    from datetime import date

    from rasd.analysis import analyze
    from rasd.events.learned.candidate_filter import filter_disabled

    lines = GOLD.read_text("utf-8").splitlines()[::PIPELINE_SAMPLE_STEP]
    with filter_disabled():
        for line in lines:
            p = json.loads(line)
            published = date.fromisoformat(p["published"]) if p.get("published") else None
            for e in analyze(p["text"], published=published).events:
                assert is_valid(e.type, e.mode), (p["id"], e.type, e.mode, e.trigger.text)


DOC = Path(__file__).resolve().parents[2] / "docs" / "ontology.md"


def render_type(t: EventTypeInfo) -> str:
    """The markdown table docs/ontology.md gives for a type (regenerate the doc's tables with
    ``python -m tests.events.test_ontology`` after editing plover.tsv)."""
    lines = [f"### {t.name}", "",
             f"{t.quad}, score {t.score:+.1f}, CAMEO {', '.join(t.cameo)}. {t.definition}.",
             "", "| mode | origin | CAMEO | ACLED (rule) | covers |", "|---|---|---|---|---|"]
    for m in (t.base, *t.modes):
        acled = (f"{m.acled.event_type} / {m.acled.sub_event_type} ({m.acled.rule})"
                 if m.acled else "—")
        lines.append(f"| {m.mode or '(type)'} | {m.origin} | {', '.join(m.cameo)} | {acled} | "
                     f"{m.definition} |")
    return "\n".join(lines)


def render_summary_row(t: EventTypeInfo) -> str:
    exported = sorted({m.acled.event_type for m in (t.base, *t.modes) if m.acled})
    return (f"| [{t.name}](#{t.name.lower()}) | {t.quad} | {t.score:+.1f} | "
            f"{', '.join(t.cameo_roots)} | {', '.join(t.mode_names) or '—'} | "
            f"{'; '.join(exported) or '—'} |")


def test_doc_agrees_with_plover_tsv() -> None:
    doc = DOC.read_text("utf-8")
    for t in event_types():
        assert render_type(t) in doc, f"docs/ontology.md is out of date for {t.name}"
        assert render_summary_row(t) in doc, f"summary row of {t.name} is out of date"


if __name__ == "__main__":
    print("\n".join(render_summary_row(t) for t in event_types()))
    print()
    print("\n\n".join(render_type(t) for t in event_types()))
