"""The rules as they were before each fresh gold round was written (issue 5, phase 1).

    PYTHONPATH=src .venv/bin/python scripts/event_proposer_oldrules.py [--out FILE]

The current rules were tuned on every dev round, so their misses on dev say little about
unseen text. Each round in :data:`ROUNDS` was scored once before any rule changed for it;
this script rebuilds that state: for each round it exports ``src/`` of the parent of the
commit that added the round's passages (``git archive``, into a temporary directory), runs
that code on the round's passages (today's text of the gold file) with the candidate filter
off and on, and writes every event's type, trigger and evidence spans as JSON lines
``{"id", "filter", "events": [[type, [start, end], [[start, end], ...]], ...]}``.
``scripts/event_proposer_cv.py --old-rules FILE`` then measures the proposer against them.
Development time only; reads dev passages only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "events" / "passages.jsonl"
#: (passage ids, the commit that added them): the fresh rounds of the brief.
ROUNDS = (("ev-353..ev-394", "9d75bb2"), ("ev-640..ev-675", "78baf74"),
          ("ev-676..ev-711", "428e4de"), ("ev-712..ev-731", "3cc92e6"),
          ("ev-732..ev-767", "b9c59d8"), ("ev-768..ev-791", "bdc7d4c"))

#: Run inside the old tree: reads passages as JSON lines on stdin, writes events.
_RUNNER = r"""
import contextlib, json, sys
from datetime import date
from rasd.analysis import analyze
try:
    from rasd.events.learned.candidate_filter import filter_disabled
except ImportError:  # before the filter existed: the rules are all there is
    filter_disabled = contextlib.nullcontext
def dump(events):
    return [[e.type, [e.trigger.start, e.trigger.end],
             [[s.start, s.end] for s in e.evidence]] for e in events]
for line in sys.stdin:
    p = json.loads(line)
    pub = date.fromisoformat(p["published"]) if p.get("published") else None
    with filter_disabled():
        off = dump(analyze(p["text"], published=pub).events)
    on = dump(analyze(p["text"], published=pub).events)
    print(json.dumps({"id": p["id"], "filter": False, "events": off}))
    print(json.dumps({"id": p["id"], "filter": True, "events": on}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/tmp/event_proposer_oldrules.jsonl")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from rasd.evaluation.events_gold import load_passages, parse_ids

    dev = load_passages(GOLD, "dev")  # never the test split
    lines: list[str] = []
    for ids, commit in ROUNDS:
        chosen = parse_ids(ids)
        rows = [json.dumps(p.raw, ensure_ascii=False) for p in dev if p.id in chosen]
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "src"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            run = subprocess.run([sys.executable, "-c", _RUNNER], input="\n".join(rows),
                                 text=True, capture_output=True, check=True,
                                 env={**os.environ, "PYTHONPATH": f"{tmp}/src"})
        lines += run.stdout.splitlines()
        print(f"{ids} with the rules of {commit}^: {len(rows)} passages", file=sys.stderr)
    Path(a.out).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
