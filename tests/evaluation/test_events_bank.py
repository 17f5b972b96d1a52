"""``rasd eval events-bank``: the pre-round candidates of the blind bank scored per round and
per type against today's gold."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rasd.cli import main
from rasd.evaluation.events_bank import format_bank_report, round_start, score_bank
from rasd.evaluation.events_gold import GoldPassage, parse_passage
from rasd.events.learned.filter_bank import BankCandidate, BankPassage, text_hash, write_bank
from rasd.model import Span

TEXT = "داهمت قوات الأمن العراقية منزلا في الموصل واعتقلت ثلاثة مطلوبين فجر اليوم."
TEXT2 = "قصفت طائرات مسيرة موقعا عسكريا قرب الحدود، وطالبت الأمم المتحدة بالتهدئة."


def _gold(pid: str, text: str, events: list[tuple[str, str]]) -> GoldPassage:
    return parse_passage(json.dumps({
        "id": pid, "split": "dev", "published": "2026-05-02", "text": text,
        "events": [{"type": t, "mode": None, "evidence": w, "date": None, "killed": None,
                    "injured": None, "arrested": None, "negated": False, "future": False,
                    "hypothetical": False} for t, w in events]}, ensure_ascii=False), "t")


def _cand(text: str, kind: str, word: str) -> BankCandidate:
    start = text.index(word)
    return BankCandidate(kind, Span(start, start + len(word), word),
                         (Span(0, len(text), text),), ("type=" + kind,))


def _fixture() -> tuple[list[BankPassage], dict[str, GoldPassage]]:
    gold = {"ev-900": _gold("ev-900", TEXT, [("COERCE", "اعتقلت")]),
            "ev-931": _gold("ev-931", TEXT2, [("ASSAULT", "قصفت"), ("REQUEST", "وطالبت")])}
    bank = [
        # round one: the arrest found, the raid spurious
        BankPassage("ev-900", "ev-900..ev-930", "c1", text_hash(TEXT),
                    (_cand(TEXT, "ASSAULT", "داهمت"), _cand(TEXT, "COERCE", "اعتقلت"))),
        # round two: the strike found, the call missed
        BankPassage("ev-931", "ev-931..ev-960", "c2", text_hash(TEXT2),
                    (_cand(TEXT2, "ASSAULT", "قصفت"),)),
    ]
    return bank, gold


def test_rounds_and_types_are_counted_by_the_eval_matching() -> None:
    bank, gold = _fixture()
    report = score_bank(bank, gold)
    one, two = report.rounds
    assert (one.round, one.passages, one.prf.tp, one.prf.fp, one.prf.fn) == (
        "ev-900..ev-930", 1, 1, 1, 0)
    assert (two.prf.tp, two.prf.fp, two.prf.fn) == (1, 0, 1)
    assert (report.total.tp, report.total.fp, report.total.fn) == (2, 1, 1)
    a, r = report.types["ASSAULT"], report.types["REQUEST"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 0) and (r.tp, r.fp, r.fn) == (0, 0, 1)
    # --since drops the rounds that start earlier
    later = score_bank(bank, gold, since=931)
    assert [x.round for x in later.rounds] == ["ev-931..ev-960"]
    text = format_bank_report(report, per_line=1)
    assert "| ev-900…ev-930 | 1 | 2 | 50.0% | 100.0% | **66.7%** | 67% |" in text
    assert "| all (2 rounds, 2 passages) | 3 | 3 | 66.7% | 66.7% | **66.7%** |  |" in text


def test_round_start_and_an_empty_bank() -> None:
    assert round_start("ev-1521..ev-1550") == 1521 and round_start("odd") == 0
    assert "no banked round" in format_bank_report(score_bank([], {}))


def test_cli_scores_a_bank_file(tmp_path: Path) -> None:
    bank, gold = _fixture()
    gold_path, bank_path = tmp_path / "gold.jsonl", tmp_path / "bank.jsonl.gz"
    gold_path.write_text("".join(json.dumps(g.raw, ensure_ascii=False) + "\n"
                                 for g in gold.values()), "utf-8")
    write_bank(bank_path, bank)
    out, err = io.StringIO(), io.StringIO()
    assert main(["eval", "events-bank", str(gold_path), "--bank", str(bank_path)],
                out=out, err=err) == 0
    assert "| all (2 rounds, 2 passages) | 3 | 3 | 66.7% | 66.7% | **66.7%** |  |" in out.getvalue()
    # a missing bank is a clear error naming the file, not a traceback
    assert main(["eval", "events-bank", str(gold_path), "--bank", str(tmp_path / "no.gz")],
                out=out, err=err) == 2
    assert "no.gz" in err.getvalue() and "filter_bank.py" in err.getvalue()
