"""Build the event filter's blind bank (``tests/gold/events/filter_bank.jsonl.gz``).

For each fresh gold round (``rasd train events``'s default ``--fresh`` ranges), find the
commit that first added the round's first passage to ``passages.jsonl``, take the source tree
of that commit's parent — the rules as they stood before anyone had seen the round — and run
those rules over the round's passages (the current gold text). Each passage's candidates,
with their trigger and evidence offsets and the filter attributes the old code computed, go
into the bank (:mod:`rasd.events.learned.filter_bank`); labels are recomputed at training time.

    .venv/bin/python scripts/filter_bank.py                # all fresh rounds -> the bank
    .venv/bin/python scripts/filter_bank.py --fresh ev-1641..ev-1670 --out /tmp/r40.jsonl.gz

Needs the git history (a full clone) and runs each old tree in a subprocess with
``PYTHONPATH`` pointing at it (``--run-old`` is that subprocess's entry; it imports only
functions every tree since the filter's first version has). A round whose parent tree has no
filter features (before round 7's filter) is skipped with a warning. Rebuild the bank after
passages are added to the fresh ranges; recodes of labels need no rebuild, changed passage
texts do (their rows are skipped until then).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger("filter_bank")
GOLD_FILE = "tests/gold/events/passages.jsonl"
SCHEMA = "rasd-filter-bank/1"  # = rasd.events.learned.filter_bank.BANK_SCHEMA (old trees lack it)


def run_old(gold: Path, ids: str, commit: str, out: Path) -> None:
    """Inside an old tree: the rules' candidates of the passages ``ids`` as bank rows."""
    from rasd.evaluation.events import default_analyzer
    from rasd.evaluation.events_gold import load_passages, parse_ids, select_ids

    # Trees before 2026-12-05 (22) kept the learned parts flat in rasd.events.
    try:
        from rasd.events.learned.filter_features import candidate_features
    except ImportError:
        from rasd.events.filter_features import candidate_features  # type: ignore[no-redef]
    try:
        from rasd.events.learned.candidate_filter import filter_disabled
    except ImportError:
        try:
            from rasd.events.candidate_filter import filter_disabled  # type: ignore[no-redef]
        except ImportError:  # a tree from before the filter: its rules keep every candidate
            filter_disabled = contextlib.nullcontext  # type: ignore[assignment]
    passages = select_ids(load_passages(gold, "dev"), parse_ids(ids))
    with out.open("w", encoding="utf-8") as fh, filter_disabled():
        for p in passages:
            doc = default_analyzer(p.text, p.published)
            events = tuple(doc.events)
            cands = []
            for e, attrs in zip(events, candidate_features(doc, events), strict=True):
                if any(v != 1.0 for v in attrs.values()):
                    raise SystemExit(f"{p.id}: non-binary filter attributes")
                cands.append({"type": e.type, "trigger": [e.trigger.start, e.trigger.end],
                              "evidence": [[s.start, s.end] for s in e.evidence],
                              "attrs": sorted(attrs)})
            fh.write(json.dumps({"schema": SCHEMA, "id": p.id, "round": ids, "commit": commit,
                                 "text_sha1": hashlib.sha1(p.text.encode()).hexdigest(),
                                 "candidates": cands}, ensure_ascii=False) + "\n")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


def first_commit(repo: Path, pid: str) -> str | None:
    """The commit that first added passage ``pid`` to the gold file."""
    out = _git(repo, "log", "--reverse", "--format=%H", "-S", f'"id": "{pid}"', "--",
               GOLD_FILE).split()
    return out[0] if out else None


def extract_src(repo: Path, rev: str, into: Path) -> bool:
    """The ``src`` tree of ``rev`` under ``into``; False when it has no filter features."""
    for layout in ("learned/", ""):  # "": trees before the events subpackages (22)
        try:
            _git(repo, "cat-file", "-e", f"{rev}:src/rasd/events/{layout}filter_features.py")
            break
        except subprocess.CalledProcessError:
            continue
    else:
        return False
    data = subprocess.run(["git", "-C", str(repo), "archive", rev, "src"], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return True


def build(repo: Path, gold: Path, fresh: str, out: Path) -> int:
    sys.path.insert(0, str(repo / "src"))
    from rasd.evaluation.events_gold import load_passages
    from rasd.events.learned.filter_bank import parse_row, write_bank

    texts = {p.id: p.text for p in load_passages(gold, "dev")}
    rows = []
    failed = []
    for spec in filter(None, (s.strip() for s in fresh.split(","))):
        first = spec.split("..")[0]
        commit = first_commit(repo, first)
        if commit is None:
            log.warning("%s: %s was never added to %s; skipped", spec, first, GOLD_FILE)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp)
            if not extract_src(repo, f"{commit}^", tree):
                log.warning("%s: the tree before %s has no filter features; skipped", spec,
                            commit[:7])
                continue
            part = tree / "part.jsonl"
            env = {**os.environ, "PYTHONPATH": str(tree / "src"), "RASD_PURE_PYTHON": "1"}
            done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--run-old",
                                   str(gold.resolve()), spec, commit[:7], str(part)],
                                  cwd=tmp, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                failed.append(spec)
                log.error("%s (tree %s^): %s", spec, commit[:7], done.stderr.strip()[-800:])
                continue
            for n, line in enumerate(part.read_text("utf-8").splitlines(), 1):
                row = parse_row(json.loads(line), texts, f"{spec}:{n}")
                if row is not None:
                    rows.append(row)
        log.info("%s: rules of %s^", spec, commit[:7])
    n = write_bank(out, rows)
    log.info("%d passages written to %s", n, out)
    if failed:
        log.error("rounds that failed: %s", ", ".join(failed))
        return 1
    return 0


def main() -> int:
    if len(sys.argv) == 6 and sys.argv[1] == "--run-old":
        run_old(Path(sys.argv[2]), sys.argv[3], sys.argv[4], Path(sys.argv[5]))
        return 0
    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo / "src"))
    from rasd.cli_events import DEFAULT_BANK, DEFAULT_FRESH

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=repo / GOLD_FILE)
    ap.add_argument("--fresh", default=DEFAULT_FRESH, help="rounds (id ranges) to bank")
    ap.add_argument("--out", type=Path, default=repo / DEFAULT_BANK)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    return build(repo, args.gold, args.fresh, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
