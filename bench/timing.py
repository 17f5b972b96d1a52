"""What every benchmark script shares: where the news corpus lies and how to time a step.

The scripts run as ``python bench/<name>.py``, so this folder is on ``sys.path`` and they
import this module by its bare name.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

#: SaudiNewsNet-3000, in the ``shared`` folder beside the repository (never copied into it).
NEWS_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/saudinewsnet-3000.jsonl"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed calls: the least disturbed by other work."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)
