"""``rasd eval events --ids/--no-filter`` and ``rasd train events`` through their argparse
wiring (:mod:`rasd.cli_events`), on tiny gold files."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from rasd.cli_events import add_eval_events, add_train_events


def _run(argv: list[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="rasd")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add_eval_events(sub.add_parser("eval").add_subparsers(dest="what", required=True))
    add_train_events(sub.add_parser("train").add_subparsers(dest="what", required=True))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    return args.func(args, out, err), out.getvalue(), err.getvalue()


ARREST = "اعتقلت الشرطة التونسية خمسة متظاهرين أمس في مدينة صفاقس."
MATCH = "شن الفريق هجوما كاسحا في المباراة وخطف هدف الفوز في الدقيقة الأخيرة من الشوط الثاني."


def _line(pid: str, text: str, events: list[dict[str, Any]]) -> str:
    return json.dumps({"id": pid, "split": "dev", "published": "2026-03-10", "source": "t",
                       "text": text, "events": events, "quotes": [], "not_quotes": []},
                      ensure_ascii=False)


def _arrest() -> dict[str, Any]:
    return {"type": "COERCE", "mode": "arrest", "evidence": "اعتقلت الشرطة", "date": None,
            "killed": None, "injured": None, "arrested": None, "negated": False,
            "future": False, "hypothetical": False}


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    lines = [_line(f"ev-{n:03d}", ARREST if n % 2 else MATCH, [_arrest()] if n % 2 else [])
             for n in range(1, 13)]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_eval_ids_scores_only_those_passages(gold: Path) -> None:
    code, out, _ = _run(["eval", "events", str(gold), "--split", "dev", "--ids",
                         "ev-001..ev-003", "--no-filter"])
    assert code == 0 and "dev (3 passages)" in out


def test_eval_bad_ids_is_a_usage_error(gold: Path) -> None:
    code, _, err = _run(["eval", "events", str(gold), "--ids", "ev-1..x"])
    assert code == 2 and "bad id range" in err


def test_train_writes_a_reproducible_model_and_card(gold: Path, tmp_path: Path) -> None:
    model = tmp_path / "f.crfsuite"
    args = ["train", "events", str(gold), "-o", str(model), "--fresh", "ev-009..ev-012",
            "--repeats", "2", "--no-audit"]
    code, out, _ = _run(args)
    assert code == 0 and "rules alone" in out
    card = json.loads(model.with_suffix(".json").read_text("utf-8"))
    assert card["data"]["passages"] == 12 and card["data"]["fresh_passages"] == 4
    assert card["threshold"] == 1.0 or 0.5 <= card["threshold"] < 1.0
    first = model.read_bytes()
    assert _run(args)[0] == 0 and model.read_bytes() == first


def _audit_files(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article corpus and its judgments: the arrest right, the match report's attack
    not an event (the audit's format, tests/gold/events/README.md)."""
    text = ARREST + " " + MATCH
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": text, "published": "2026-03-10"},
                                 ensure_ascii=False) + "\n", "utf-8")
    start = text.index("اعتقلت")
    judged = tmp_path / "judged.tsv"
    judged.write_text("doc_id\tstart\tend\ttype\tlabel\tsplit\tnote\n"
                      f"a1\t{start}\t{start + 6}\tCOERCE\ty\tdev\t\n", "utf-8")
    return judged, corpus


def test_train_adds_the_audited_articles_as_fresh_passages(gold: Path, tmp_path: Path) -> None:
    judged, corpus = _audit_files(tmp_path)
    model = tmp_path / "f.crfsuite"
    code, out, _ = _run(["train", "events", str(gold), "-o", str(model), "--fresh",
                         "ev-009..ev-012", "--repeats", "2", "--audit", str(judged),
                         "--corpus", str(corpus)])
    assert code == 0 and "1 judged real articles" in out
    card = json.loads(model.with_suffix(".json").read_text("utf-8"))
    assert card["data"]["passages"] == 13 and card["data"]["fresh_passages"] == 5
    assert card["sources"]["audit_articles"] == 1


def test_train_without_the_audited_corpus_says_so(gold: Path, tmp_path: Path) -> None:
    judged, _ = _audit_files(tmp_path)
    code, _, err = _run(["train", "events", str(gold), "-o", str(tmp_path / "f.crfsuite"),
                         "--audit", str(judged), "--corpus", str(tmp_path / "absent.jsonl")])
    assert code == 2 and "--no-audit" in err


def _bank_for(gold: Path, tmp_path: Path) -> Path:
    """A one-passage blind bank over ev-001 of the fixture gold: the arrest (right) and a
    made-up second candidate on the city name (wrong), with their attributes."""
    from rasd.events.learned.filter_bank import BankCandidate, BankPassage, text_hash, write_bank
    from rasd.model import Span

    def span(word: str) -> Span:
        start = ARREST.index(word)
        return Span(start, start + len(word), word)

    whole = Span(0, len(ARREST), ARREST)
    cands = (BankCandidate("COERCE", span("اعتقلت"), (whole,), ("type=COERCE", "tw=اعتقلت")),
             BankCandidate("ASSAULT", span("صفاقس"), (whole,), ("type=ASSAULT", "tw=صفاقس")))
    path = tmp_path / "bank.jsonl.gz"
    write_bank(path, [BankPassage("ev-001", "ev-001..ev-001", "abc1234", text_hash(ARREST),
                                  cands)])
    return path


def test_train_adds_the_blind_bank(gold: Path, tmp_path: Path) -> None:
    model = tmp_path / "f.crfsuite"
    code, out, _ = _run(["train", "events", str(gold), "-o", str(model), "--fresh",
                         "ev-009..ev-012", "--repeats", "2", "--no-audit", "--bank",
                         str(_bank_for(gold, tmp_path))])
    assert code == 0 and "1 blind-bank passages" in out and "bank F1" in out
    card = json.loads(model.with_suffix(".json").read_text("utf-8"))
    assert card["data"]["bank_passages"] == 1 and card["data"]["bank_candidates"] == 2
    assert card["data"]["bank_keep"] == 1 and card["sources"]["bank"] == "bank.jsonl.gz"


def test_train_with_a_missing_bank_says_so(gold: Path, tmp_path: Path) -> None:
    code, _, err = _run(["train", "events", str(gold), "-o", str(tmp_path / "f.crfsuite"),
                         "--no-audit", "--bank", str(tmp_path / "absent.jsonl.gz")])
    assert code == 2 and "absent.jsonl.gz" in err and "--no-bank" in err


def test_a_bare_evaluation_leaves_the_held_out_rounds_out(
        gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.cli_events.HELD_OUT", "ev-011..ev-012")
    code, out, err = _run(["eval", "events", str(gold), "--split", "dev", "--no-filter"])
    assert code == 0 and "dev (10 passages)" in out
    assert "2 passages of blind rounds awaiting their first scoring" in err
    code, out, err = _run(["eval", "events", str(gold), "--split", "dev", "--no-filter",
                           "--ids", "ev-010..ev-012"])
    assert code == 0 and "dev (3 passages)" in out and not err


def test_train_never_reads_the_held_out_rounds(
        gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.cli_events.HELD_OUT", "ev-011..ev-012")
    model = tmp_path / "f.crfsuite"
    code, _, _ = _run(["train", "events", str(gold), "-o", str(model), "--fresh",
                       "ev-009..ev-012", "--repeats", "2", "--no-audit", "--no-bank"])
    card = json.loads(model.with_suffix(".json").read_text("utf-8"))
    assert code == 0 and card["data"]["passages"] == 10 and card["data"]["fresh_passages"] == 2
    assert card["sources"]["gold"] == "g.jsonl without ev-011..ev-012 (held out)"


def test_held_out_rounds_are_the_readmes_unscored_rounds() -> None:
    """HELD_OUT names exactly the rounds whose gold README paragraph still ends "Not yet
    scored" (the first scoring moves a round from one to the other)."""
    from rasd.cli_events import DEFAULT_FRESH, HELD_OUT
    from rasd.evaluation.events_gold import parse_ids

    readme = Path(__file__).parents[1] / "gold" / "events" / "README.md"
    unscored: set[str] = set()
    current = ""
    for line in readme.read_text("utf-8").splitlines():
        if line.startswith("`ev-") and "` … `ev-" in line:
            first, last = line[1:].split("`", 1)[0], line.split("` … `", 1)[1].split("`", 1)[0]
            current = f"{first}..{last}"
        elif line.startswith("Not yet scored") and current:
            unscored |= parse_ids(current)
    assert parse_ids(HELD_OUT) == unscored
    assert not parse_ids(HELD_OUT) & parse_ids(DEFAULT_FRESH)
