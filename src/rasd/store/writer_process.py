"""The writer process of a single-worker ingest into a database server.

Why a process: with PostgreSQL most of a batch write is the client's own Python work —
building the COPY streams and the search terms' statement, the near-duplicate look-ups and
clustering (~1.4 ms a page against ~6.5 ms of analysis) — and a writer *thread* holds the
interpreter lock for all of it, so the analysis waited: ingest ran at 75–77% of
analysis-only throughput (docs/store.md "Speed"). In a process of its own that work, like
the server's, runs on another core; the analysing process only pickles a batch's rows to it
(~0.16 ms a page, measured on SaudiNewsNet pages), on the write-behind thread, which then
waits on the pipe without holding the lock.

The process is a fresh interpreter running :func:`main`, not a :mod:`multiprocessing`
child: those re-import the caller's ``__main__`` (a user's script without a main guard
would run again, or fail), and forking would copy this process's open connection. It
reads length-prefixed pickle frames on stdin — first the database target (not on the
command line, where ``ps`` shows passwords), then one batch at a time — and answers each
with ``None`` or the exception the write raised. Per batch it does exactly what
:meth:`rasd.store.ingest.Ingester.write` does in place: the batch in one transaction, then
its near-duplicate clustering (:func:`rasd.store.ingest.write_and_cluster`).

It is bound to its parent's life (``PR_SET_PDEATHSIG`` on Linux; elsewhere it stops at the
end of its input): if the ingest is killed, the writer dies with it and the server rolls
its open transaction back, so a SIGKILL leaves the database as a single-process ingest
would — every batch committed whole or not at all — and nothing writes behind a re-run.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
from typing import IO, Any

from rasd.errors import RasdError, StoreError
from rasd.store.backend import redact
from rasd.store.rows import Analysed

log = logging.getLogger(__name__)

#: ``prctl`` option: the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1
#: Frame header: the pickle's length, unsigned 64-bit big-endian.
_HEADER = struct.Struct(">Q")
#: Seconds to wait for the writer to exit once its input is closed (it finishes the batch
#: it holds first; a batch is a few hundred milliseconds of writing).
EXIT_TIMEOUT_S = 60.0


class WriterProcess:
    """The writer process, as a context manager; :meth:`write` stores one batch there and
    returns when it is committed (or raises what the write raised). One caller at a time."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> WriterProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, done: list[Analysed]) -> None:
        """Store one analysed batch in the writer (module doc). The process starts with
        the first batch: a re-run with every page unchanged starts none."""
        if self._proc is None:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", "from rasd.store.writer_process import main; main()"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            self._call(self.target)
        self._call(done)

    def close(self) -> None:
        """End the writer's input and wait for it to exit."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        assert proc.stdin is not None and proc.stdout is not None
        if proc.poll() is None:
            with contextlib.suppress(OSError):  # it died already: nothing to tell it
                proc.stdin.close()
            try:
                proc.wait(EXIT_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                log.error("the writer process did not exit; killing it")
                proc.kill()
                proc.wait()
        proc.stdout.close()

    def _call(self, payload: object) -> None:
        proc = self._proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        try:
            _send(proc.stdin, payload)
            answer = _receive(proc.stdout)
        except (OSError, EOFError) as e:
            raise StoreError(f"the writer process died (exit status {proc.poll()}); "
                             "the batch it was writing was not stored: run the ingest "
                             "again to finish", where=redact(self.target)) from e
        if isinstance(answer, RasdError):
            raise answer
        if isinstance(answer, BaseException):  # a bug, not a store error: say where it was
            raise StoreError(f"the writer process failed: {type(answer).__name__}: {answer}",
                             where=redact(self.target)) from answer


def _send(stream: IO[bytes], payload: object) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError("the writer's pipe closed")
    size = _HEADER.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the writer's pipe closed mid-frame")
    return pickle.loads(data)


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            log.warning("the writer process cannot be bound to its parent's life")


def _serve(inp: IO[bytes], out: IO[bytes]) -> None:
    """The writer's loop: open the store named by the first frame, then write batches until
    the input ends."""
    from rasd.store.db import Store
    from rasd.store.ingest import write_and_cluster

    try:
        target = _receive(inp)
    except EOFError:
        return
    try:
        store = Store.open(target)
    except Exception as e:  # told to the parent, which raises it
        _send(out, _picklable(e))
        return
    _send(out, None)
    with store:
        while True:
            try:
                done = _receive(inp)
            except EOFError:
                return
            try:
                write_and_cluster(store, done)
            except Exception as e:
                _send(out, _picklable(e))
                return  # nothing after a failed batch is written (rasd.store.write_behind)
            _send(out, None)


def _picklable(e: Exception) -> Exception:
    """``e`` if it survives a round trip through pickle, else a StoreError that says it."""
    try:
        pickle.loads(pickle.dumps(e))
    except Exception:
        return StoreError(f"{type(e).__name__}: {e}")
    return e


def main() -> None:
    _die_with_parent()
    # Frames go out on the original stdout; anything printed by mistake goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, format="rasd writer: %(message)s")
    _serve(sys.stdin.buffer, out)
