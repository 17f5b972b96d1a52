"""Dashboard first render: from navigation to the event table and the map drawn (issue 9).

Usage: python bench/bench_dashboard.py [--db STORE] [-n RUNS] [--hash '#/?type=PROTEST']

Serves the store (default: a temporary SQLite store with the bundled samples, the seed
page when ../shared has it, and the browser tests' page of ours) with the rasd app on a
loopback port, and opens the dashboard RUNS times in headless Chromium
(``$RASD_TEST_CHROMIUM`` or ``/usr/bin/chromium``), each time in a fresh browser context
(empty cache: the page, its modules, the world outline and every API call are fetched).
The dashboard marks ``rasd:table-drawn`` and ``rasd:map-drawn`` (``performance.mark``)
when each is in the DOM; the time reported is from the navigation's start
(``performance.timeOrigin``) to the later of the two, as the browser measured it, plus
the wall time of the whole load as the driver saw it. The first run (browser and server
warm-up) is reported apart. Without Chromium the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.api.conftest_browser import (  # noqa: E402  (after the path is set)
    HOSTILE_PAGE,
    SEED,
    LiveServer,
    chromium,
    chromium_path,
    fill_store,
)

#: app.js marks the body once every panel of the route has drawn (or failed).
RENDERED = "() => !!document.body && document.body.dataset.rendered !== undefined"
MARKS = """() => {
    const at = (name) => {
        const e = performance.getEntriesByName(name);
        return e.length ? e[e.length - 1].startTime : null;
    };
    return {table: at('rasd:table-drawn'), map: at('rasd:map-drawn'),
            markers: document.querySelectorAll('.map-svg circle.marker').length,
            rows: document.querySelectorAll('tr.event-row').length,
            error: document.getElementById('error').hidden ? null
                : document.getElementById('error').textContent};
}"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store to serve (default: a temporary one, see above)")
    ap.add_argument("-n", "--runs", type=int, default=10)
    ap.add_argument("--hash", default="#/", help="dashboard route to open (default #/)")
    args = ap.parse_args()
    browser_path = chromium_path()
    if browser_path is None:
        print("no Chromium ($RASD_TEST_CHROMIUM or /usr/bin/chromium): nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = str(Path(tmp) / "rasd.db")
            fill_store(db, seed=SEED if SEED.exists() else None,
                       extra=[("hostile_page.txt", HOSTILE_PAGE)])
        with LiveServer(db) as server, chromium(browser_path) as browser:
            drawn: list[float] = []
            walls: list[float] = []
            first: tuple[float, float] | None = None
            info: dict[str, float] = {}
            for run in range(args.runs + 1):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(server.url + args.hash)
                page.wait_for_function(RENDERED)
                wall = (time.perf_counter() - t0) * 1000
                info = page.evaluate(MARKS)
                context.close()
                if info["table"] is None or info["map"] is None:
                    print(f"run {run}: the table or the map was not drawn: {info['error']}",
                          file=sys.stderr)
                    return 1
                ms = max(info["table"], info["map"])
                if run == 0:
                    first = (ms, wall)
                else:
                    drawn.append(ms)
                    walls.append(wall)
    assert first is not None
    print(f"store: {args.db or 'temporary (samples, seed if present, test page)'}; "
          f"route {args.hash}; {info['rows']} table rows, {info['markers']} map markers")
    print(f"first run (cold browser and server): {first[0]:.0f} ms to table+map "
          f"({first[1]:.0f} ms wall)")
    print(f"{len(drawn)} runs, fresh context each: navigation -> table and map drawn "
          f"median {statistics.median(drawn):.0f} ms, p95 {pct(drawn, 0.95):.0f} ms, "
          f"min {min(drawn):.0f} ms, max {max(drawn):.0f} ms; "
          f"wall (driver) median {statistics.median(walls):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
