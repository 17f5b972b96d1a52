"""The serial ingest's write-behind: order, hand-over rules and errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from rasd.store.write_behind import WriteBehind


class Log:
    def __init__(self) -> None:
        self.written: list[str] = []
        self.threads: set[str] = set()

    def writer(self, name: str, *, fail: bool = False,
               gate: threading.Event | None = None) -> Callable[[], None]:
        def write() -> None:
            if gate is not None:
                gate.wait(5)
            self.threads.add(threading.current_thread().name)
            if fail:
                raise RuntimeError(f"write {name} failed")
            self.written.append(name)
        return write


def test_batches_are_written_in_order_on_another_thread() -> None:
    log = Log()
    with WriteBehind(ThreadPoolExecutor(1)) as w:
        for name in ("a", "b", "c"):
            w.settle([name])
            w.release()
            w.hold(log.writer(name), [name])
    assert log.written == ["a", "b", "c"]
    assert log.threads and threading.current_thread().name not in log.threads


def test_a_held_batch_waits_for_release() -> None:
    log = Log()
    with WriteBehind(ThreadPoolExecutor(1)) as w:
        w.hold(log.writer("a"), ["a"])
        w.wait()
        assert log.written == []  # held, not started: the store may still be read safely
        w.release()
        w.wait()
        assert log.written == ["a"]


def test_settle_writes_the_held_batch_when_the_next_one_shares_a_page() -> None:
    log = Log()
    with WriteBehind(ThreadPoolExecutor(1)) as w:
        w.hold(log.writer("first"), ["p1", "p2"])
        w.settle(["p3"])
        assert log.written == []
        w.settle(["p2", "p4"])  # p2 must be stored before its state is read again
        assert log.written == ["first"]


def test_one_batch_at_a_time() -> None:
    with WriteBehind(ThreadPoolExecutor(1)) as w:
        w.hold(lambda: None, ["a"])
        with pytest.raises(RuntimeError):
            w.hold(lambda: None, ["b"])


def test_a_failed_write_is_raised_and_nothing_after_it_is_written() -> None:
    log = Log()
    with (pytest.raises(RuntimeError, match="write a failed"),
          WriteBehind(ThreadPoolExecutor(1)) as w):
        w.hold(log.writer("a", fail=True), ["a"])
        w.release()
        w.settle(["b"])  # raises the write's error here
        w.hold(log.writer("b"), ["b"])
    assert log.written == []


def test_leaving_by_an_exception_waits_for_the_running_write_and_drops_the_held_one() -> None:
    log = Log()
    gate = threading.Event()
    with pytest.raises(KeyError), WriteBehind(ThreadPoolExecutor(1)) as w:
        w.hold(log.writer("running", gate=gate), ["a"])
        w.release()
        w.hold(log.writer("held"), ["b"])
        gate.set()
        raise KeyError("stop")
    assert log.written == ["running"]


def test_unthreaded_writes_happen_at_release_in_the_callers_thread() -> None:
    log = Log()
    with WriteBehind() as w:
        w.hold(log.writer("a"), ["a"])
        assert log.written == []
        w.release()
        assert log.written == ["a"]
    assert log.threads == {threading.current_thread().name}

