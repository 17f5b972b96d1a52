"""A SIGKILL in the middle of an ingest leaves a consistent store, and a re-run finishes.

The ingest runs in a subprocess over many pages, in batches of BATCH; the test kills it
(SIGKILL: no cleanup, no rollback by the process) as soon as the first batch is visible
from another connection. Batches are transactions, so the store then holds whole batches
only, every document with all its child rows.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rasd.store import Store
from rasd.store.backend import Backend
from rasd.store.errors import StoreError
from tests.store.pages import batch, write_jsonl

PAGES = 45
BATCH = 3
#: Generous bound on waiting for the first commit (the subprocess loads the models first);
#: a safety net against a hung test, not a timing assertion.
STARTUP_LIMIT_S = 300


def _stored(target: str) -> int:
    try:
        with Backend.open(target) as db:
            return int(db.scalar("SELECT COUNT(*) FROM documents"))
    except StoreError:  # the ingest has not created the tables yet
        return 0


def _ingest(path: Path, target: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "ingest", str(path), "--db", target,
         "--batch-size", str(BATCH), "--progress", "never"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONHASHSEED": "0"})


def test_sigkill_mid_ingest_leaves_whole_batches_and_the_rerun_completes(
        target: str, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", batch(PAGES))
    proc = _ingest(path, target)
    deadline = time.monotonic() + STARTUP_LIMIT_S
    try:
        while _stored(target) == 0:
            assert proc.poll() is None, proc.communicate()[1].decode()
            assert time.monotonic() < deadline, "the ingest never committed a batch"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(target) as store:
        before = store.counts()["documents"]
        assert 0 < before < PAGES
        assert before % BATCH == 0  # whole batches only
        assert store.check() == []

    rerun = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "ingest", str(path), "--db", target,
         "--progress", "never"], capture_output=True, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    summary = rerun.stderr.decode()
    assert f"{PAGES - before} stored, 0 updated, {before} unchanged, 0 failed" in summary
    with Store.open(target) as store:
        assert store.counts()["documents"] == PAGES
        assert store.check() == []
