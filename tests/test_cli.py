"""The command line, end to end, on real files (no mocks)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from rasd.cli import main
from tests.conftest import FIXTURES, SEED_DIR, need

PAGE = FIXTURES / "pages" / "01_sudan_omdurman_market.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_seed_json_is_the_documented_document() -> None:
    seed = need(SEED_DIR / "000_deac851cec9a8270.txt")
    code, out, err = run("analyze", str(seed), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "rasd/1"
    assert doc["section"] == "سياسة دولية"
    assert doc["captions"][0]["credit"] == "جيتي"
    assert sum(b["kind"] == "paragraph" for b in doc["blocks"]) == 13
    assert [c["posted"] for c in doc["comments"]] == ["2022-01-07T18:28", "2022-01-07T06:16"]
    assert doc["published"]["inferred"] is True


def test_text_summary_is_plain_in_a_pipe() -> None:
    code, out, _ = run("analyze", str(PAGE))
    assert code == 0
    assert "\x1b[" not in out
    assert "paragraphs" in out and "التعليقات" in out


def test_directory_jsonl_one_line_per_page_in_order(tmp_path: Path) -> None:
    pages = sorted((FIXTURES / "pages").glob("*.txt"))
    code, out, err = run("analyze", str(FIXTURES / "pages"), "--format", "jsonl")
    assert code == 0, err
    lines = [json.loads(x) for x in out.splitlines()]
    assert len(lines) == len(pages)
    assert [d["text"] for d in lines] == [p.read_bytes().decode("utf-8") for p in pages]


def test_jsonl_batch_keeps_ids_order_and_reports_bad_lines(tmp_path: Path) -> None:
    body = PAGE.read_text("utf-8")
    batch = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "a-1", "text": body, "published": "2023-06-12 08:00:00",
                    "url": "https://example.org/x", "source": "مثال", "title": None}),
        "{not json",
        json.dumps({"id": "a-3", "text": "   "}),
        json.dumps({"id": "a-4", "text": body, "published": "2023-06-12"}),
    ]
    batch.write_text("\n".join(rows) + "\n", "utf-8")
    code, out, err = run("analyze", str(batch), "--format", "jsonl")
    assert code == 1
    docs = [json.loads(x) for x in out.splitlines()]
    assert [d["id"] for d in docs] == ["a-1", "a-4"]
    assert docs[0]["published"] == {"date": "2023-06-12", "inferred": False,
                                     "basis": "metadata"}
    assert f"{batch}:2:" in err and f"{batch}:3:" in err
    assert "2 analysed, 2 failed" in err


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (bytes(range(0x80, 0x100)) * 3, "encoding"),
        (b"This page is written in English only and has no Arabic at all." * 5,
         "not_arabic"),
    ],
)
def test_bad_files_are_named_and_the_batch_goes_on(tmp_path: Path, content: bytes,
                                                   code: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    status, out, err = run("analyze", str(bad), str(PAGE), "--format", "jsonl")
    assert status == 1
    assert len(out.splitlines()) == 1
    error_lines = [x for x in err.splitlines() if x.startswith("rasd: error:")]
    assert len(error_lines) == 1
    assert str(bad) in error_lines[0] and f"[{code}]" in error_lines[0]


def test_cp1256_page_is_decoded(tmp_path: Path) -> None:
    page = tmp_path / "legacy.txt"
    page.write_bytes(PAGE.read_text("utf-8").encode("cp1256", errors="replace"))
    status, out, err = run("analyze", str(page), "--format", "json")
    assert status == 0, err
    assert json.loads(out)["title"] == json.loads(
        run("analyze", str(PAGE), "--format", "json")[1])["title"]


def test_huge_and_missing_inputs(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB
    status, _, err = run("analyze", str(huge), str(tmp_path / "nope.txt"))
    assert status == 1
    assert f"{huge}:" in err and "[too_large]" in err
    assert "nope.txt" in err and "[missing]" in err


def test_stdin_and_published_flag() -> None:
    text = PAGE.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "analyze", "-", "--published", "2023-06-12",
         "--format", "json"],
        input=text, capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["published"]["date"] == "2023-06-12"


def test_bad_published_flag_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        run("analyze", str(PAGE), "--published", "yesterday")
    assert exc.value.code == 2


def test_demo_analyses_and_stores_the_bundled_samples(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    samples = sum(p.name.endswith(".txt") for p in resources.files("rasd.data.samples").iterdir())
    code, out, err = run("demo", "--db", str(db))
    assert code == 0, err
    assert out.count("── ") >= samples >= 4
    assert f"{samples} stored, 0 updated, 0 unchanged, 0 failed" in out
    code, out, err = run("demo", "--db", str(db))  # a re-run changes nothing
    assert code == 0, err
    assert f"0 stored, 0 updated, {samples} unchanged, 0 failed" in out
    assert db.exists()
    assert f"dashboard: rasd serve --db {db} --port 8000, then open http://127.0.0.1:8000/" in out


def test_eval_lang_prints_accuracy_per_category() -> None:
    gold = FIXTURES.parent / "gold" / "lang"
    code, out, _ = run("eval", "lang", "--gold", str(gold), "--split", "all")
    assert code == 0
    for category in ("numbers", "casualties", "dates"):
        assert f"| {category} | all |" in out
    assert "failures" in out


def test_kb_search_and_user_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_KB_DIR", str(tmp_path / "kb"))
    code, out, _ = run("kb", "search", "ألماتي")
    assert code == 0 and "Almaty" in out and "KAZ" in out
    code, _, err = run("kb", "search", "قرية الرصد التجريبية")
    assert code == 1 and "no knowledge-base entry" in err
    rows = tmp_path / "mine.tsv"
    rows.write_text("village-x\tGPE\tRasd Test Village\tقرية الرصد التجريبية\tSDN\t\t"
                    "15.5\t32.5\t\t\tcity\t\n", "utf-8")
    code, out, err = run("kb", "add", str(rows))
    assert code == 0, err
    code, out, _ = run("kb", "search", "قرية الرصد التجريبية")
    assert code == 0 and "user:village-x" in out and "SDN" in out
