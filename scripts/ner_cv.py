"""Cross-validation of the NER recipe on ANERcorp's training span (development time only).

    PYTHONPATH=src .venv/bin/python scripts/ner_cv.py NAME [--folds 1,2,3,4,5,10]
        [--src DIR] [--model-from NAME] [--stage] [--jobs 2] [--work DIR]
        [--train-arg=--max-iter=200 ...] [--extra-data FILE ...]

Block ``k`` (1-10) is the k-th contiguous tenth of the corpus's sentences (407 each; block
10, the last tenth, is the dev block ``rasd train ner`` holds out): whole articles, as the
recipe's dev split. For each block asked for, the harness

1. writes the block and the other nine tenths (``rest``) as CoNLL files;
2. builds a knowledge base from ``rest`` (``scripts/build_kb.py --ner rest AQMAR-train
   --out``): the build reads ANERcorp's tags for its common-word rules, so a KB built from
   the whole corpus would have seen the block's tags. Cached per block (the build's
   scripts, curated sources and ``rest`` are hashed into the cache key);
3. copies the code under test (``--src``, default this checkout's ``src``: an experiment can
   live in a copy) and puts the block's KB into the copy;
4. trains ``rasd train ner --data rest --dev-fraction 0`` with that copy (seed and
   parameters as the shipped recipe unless ``--train-arg`` says otherwise), or reuses the
   models of an earlier run (``--model-from``: stage-only experiments);
5. scores the model on the block with ``rasd eval ner`` (15 sentences per text), the tagger
   alone and, with ``--stage``, the whole entity stage; the token-aligned micro P/L/O is
   the figure.

Results go to ``WORK/runs/NAME/`` (models, eval tables, ``results.json``) and a table of
per-block F1, their mean and the pooled F1 is printed. At most ``--jobs`` blocks run at a
time (each training holds one core). No network; ~2-4 minutes per block on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "ner"
CORPUS = SHARED / "anercorp-train.txt"
AQMAR = SHARED / "aqmar-train.bio"
PYTHON = ROOT / ".venv" / "bin" / "python"
#: Blocks scored by default: the five first tenths and the dev block (the six documented).
DEFAULT_FOLDS = (1, 2, 3, 4, 5, 10)
TENTHS = 10
KB_TABLES = ("countries.tsv", "norp.tsv", "places.tsv", "common_words.tsv", "no_split.tsv")
_ROW = re.compile(r"^micro P/L/O\s+(\d+)\s+(\d+)\s+(\d+)\s", re.M)


def fold_data(work: Path, k: int) -> tuple[Path, Path]:
    """``rest.txt`` and ``block.txt`` of block ``k`` (written once)."""
    sys.path.insert(0, str(ROOT / "src"))
    from rasd.ner.conll import read_conll, write_conll

    d = work / "data" / str(k)
    rest, block = d / "rest.txt", d / "block.txt"
    if not block.exists():
        sentences = read_conll(CORPUS)
        size = round(len(sentences) / TENTHS)
        start = (k - 1) * size
        end = start + size if k < TENTHS else len(sentences)
        d.mkdir(parents=True, exist_ok=True)
        write_conll(sentences[:start] + sentences[end:], rest)
        write_conll(sentences[start:end], block)
    return rest, block


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def fold_kb(work: Path, k: int, rest: Path) -> Path:
    """The KB tables built without block ``k``'s tags (cached by inputs)."""
    sources = sorted((ROOT / "src" / "rasd" / "data" / "kb" / "sources").glob("*.tsv"))
    key = _digest([ROOT / "scripts" / "build_kb.py", ROOT / "scripts" / "kb_corpus.py",
                   *sources, rest])
    out = work / "kb" / f"{k}-{key}"
    if not (out / "done").exists():
        out.mkdir(parents=True, exist_ok=True)
        _run([str(PYTHON), str(ROOT / "scripts" / "build_kb.py"), "--ner", str(rest),
              str(AQMAR), "--out", str(out)], ROOT / "src", out / "build.log")
        (out / "done").write_text("ok\n")
    return out


def _run(cmd: list[str], pythonpath: Path, log: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    with log.open("w") as handle:
        subprocess.run(["nice", "-n", "10", *cmd], env=env, stdout=handle,
                       stderr=subprocess.STDOUT, check=True, cwd=ROOT)


def _score(table: str) -> dict[str, int]:
    m = _ROW.search(table)  # the first micro P/L/O row is the token-aligned headline
    if m is None:
        raise ValueError("no micro P/L/O row in:\n" + table)
    gold, pred, ok = map(int, m.groups())
    return {"gold": gold, "pred": pred, "ok": ok}


def f1(s: dict[str, int]) -> float:
    return 2 * s["ok"] / (s["gold"] + s["pred"]) if s["gold"] + s["pred"] else 0.0


def run_fold(args: argparse.Namespace, k: int) -> dict[str, dict[str, int]]:
    work: Path = args.work
    rest, block = fold_data(work, k)
    kb = fold_kb(work, k, rest)
    run = work / "runs" / args.name / str(k)
    src = run / "src"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(Path(args.src) / "rasd", src / "rasd",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for table in KB_TABLES:
        shutil.copy(kb / table, src / "rasd" / "data" / "kb" / table)
    model = run / "ner.crfsuite"
    if args.model_from:
        old = work / "runs" / args.model_from / str(k)
        shutil.copy(old / "ner.crfsuite", model)
        shutil.copy(old / "ner.json", run / "ner.json")
    else:
        started = time.monotonic()
        extra = [str(p) for p in args.extra_data]
        _run([str(PYTHON), "-m", "rasd.cli", "train", "ner", "--data", str(rest), *extra,
              "--dev-fraction", "0", "--out", str(model), *args.train_arg], src,
              run / "train.log")
        print(f"block {k}: trained in {time.monotonic() - started:.0f} s", flush=True)
    out: dict[str, dict[str, int]] = {}
    for mode in ("tagger", "stage") if args.stage else ("tagger",):
        flags = ["--tagger-only"] if mode == "tagger" else []
        log = run / f"eval_{mode}.txt"
        _run([str(PYTHON), "-m", "rasd.cli", "eval", "ner", str(block), "--model", str(model),
              "--context", "15", *flags], src, log)
        out[mode] = _score(log.read_text())
    if not args.keep_src:
        shutil.rmtree(src)  # 9 MB of code per block; the model and tables stay
    print(f"block {k}: " + ", ".join(f"{m} {f1(s):.4f}" for m, s in out.items()), flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("name", help="run name (WORK/runs/NAME)")
    ap.add_argument("--folds", default=",".join(map(str, DEFAULT_FOLDS)))
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="directory holding the rasd package under test")
    ap.add_argument("--work", type=Path, default=Path("/tmp/rasd-ner-cv"))
    ap.add_argument("--model-from", help="reuse the models of this earlier run")
    ap.add_argument("--stage", action="store_true", help="also score the full entity stage")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep-src", action="store_true",
                    help="keep each block's code and KB copy (WORK/runs/NAME/K/src)")
    ap.add_argument("--train-arg", action="append", default=[],
                    help="passed to rasd train ner (e.g. --train-arg=--c1=0.1)")
    ap.add_argument("--extra-data", type=Path, nargs="*", default=[],
                    help="further training files (all train; e.g. AQMAR)")
    args = ap.parse_args(argv)
    folds = [int(x) for x in args.folds.split(",")]
    (args.work / "runs" / args.name).mkdir(parents=True, exist_ok=True)
    # Data and KBs first, one at a time (cheap, and the cache must not race).
    for k in folds:
        fold_kb(args.work, k, fold_data(args.work, k)[0])
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip(folds, pool.map(lambda k: run_fold(args, k), folds), strict=True))
    path = args.work / "runs" / args.name / "results.json"
    previous = json.loads(path.read_text()) if path.exists() else {}
    previous.update({str(k): v for k, v in results.items()})
    path.write_text(json.dumps(previous, indent=1, sort_keys=True))
    print(report(args.name, results))
    return 0


def report(name: str, results: dict[int, dict[str, dict[str, int]]]) -> str:
    modes = sorted({m for r in results.values() for m in r}, reverse=True)
    lines = [f"{name}: token-aligned micro F1 P/L/O per held-out block"]
    for mode in modes:
        scores = {k: r[mode] for k, r in sorted(results.items()) if mode in r}
        pooled = {x: sum(s[x] for s in scores.values()) for x in ("gold", "pred", "ok")}
        cells = " ".join(f"{k}:{f1(s):.4f}" for k, s in scores.items())
        mean = sum(f1(s) for s in scores.values()) / len(scores)
        lines.append(f"  {mode:<6} {cells}  mean {mean:.4f}  pooled {f1(pooled):.4f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
