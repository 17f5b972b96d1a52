"""Helpers for the dashboard's browser tests (tests/api/test_dashboard.py) and its
benchmark (bench/bench_dashboard.py): a store with known pages, a live ``rasd`` API on
loopback, and Debian's Chromium driven by Playwright.

Playwright never downloads a browser here: it drives the system Chromium named by
``$RASD_TEST_CHROMIUM`` (``.ci/run`` installs Debian's ``chromium`` and sets it) or
``/usr/bin/chromium``. Nothing here imports pytest, so the benchmark can use it too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: Screenshots of every browser test (gitignored; CI keeps them as artefacts).
ARTIFACTS = ROOT / "test-artifacts"
SEED = ROOT.parent / "shared" / "seed" / "000_deac851cec9a8270.txt"

CHROMIUM_ENV = "RASD_TEST_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
#: Root in a container needs --no-sandbox; no GPU in CI; no update or safe-browsing
#: traffic: the dashboard must work with rasd as the only server.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
#: Seconds the live server may take to start listening.
SERVER_START_TIMEOUT = 30.0

#: A page of our own whose body and reader comments carry markup that must stay inert:
#: a <script> and an <img onerror> that would set window.__pwned if parsed as HTML.
HOSTILE_PAGE = """شؤون عربية

عمال الموانئ في بنزرت يحتجون على تأخر الأجور

نظم عشرات من عمال ميناء بنزرت في تونس وقفة احتجاجية صباح الاثنين أمام مقر الإدارة \
الجهوية، مطالبين بصرف أجورهم المتأخرة منذ ثلاثة أشهر.

ورفع المحتجون لافتة كتب عليها <img src=x onerror="window.__pwned=1"> بخط كبير، وقال \
ممثل النقابة إن العمال سيواصلون الاحتجاج حتى تستجيب الإدارة.

التعليقات (2)
مراقب الميناء
الاثنين، 13-03-2023 08:30 م
<script>window.__pwned=1</script> الأجور حق وليست منة
نادية
الاثنين، 13-03-2023 07:10 م
<img src=x onerror="window.__pwned=1"> كل التضامن مع العمال
"""
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'


def chromium_path() -> str | None:
    """The Chromium binary to drive, or None when there is none on this machine."""
    path = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    return path if os.path.isfile(path) and os.access(path, os.X_OK) else None


def sample_paths() -> list[str]:
    samples = resources.files("rasd.data.samples")
    return sorted(str(p) for p in samples.iterdir() if p.name.endswith(".txt"))


def fill_store(db: str, *, seed: Path | None = None,
               extra: Sequence[tuple[str, str]] = ()) -> None:
    """Ingest the bundled samples, the seed page (when given) and ``extra`` pages (name,
    text) into the store at ``db``."""
    from rasd.io.records import RawRecord
    from rasd.io.sources import iter_records
    from rasd.store import Ingester, Store

    paths = sample_paths() + ([str(seed)] if seed is not None else [])
    with Store.open(db) as store:
        Ingester(store).run(iter_records(paths, input_format="text"))
        Ingester(store).run([RawRecord(name, text, source="dash-wire")
                             for name, text in extra])


class LiveServer:
    """The rasd app over ``db`` served by uvicorn in a thread on a free loopback port."""

    def __init__(self, db: str) -> None:
        import uvicorn

        from rasd.api import create_app

        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=0,
                                log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="rasd-live", daemon=True)
        self.url = ""

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live rasd server did not start")
            time.sleep(0.05)
        sockets = [s for srv in self.server.servers for s in srv.sockets]
        host, port = sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}/"
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextmanager
def chromium(path: str) -> Iterator[Any]:
    """A headless Chromium (Playwright's Browser) from the binary at ``path``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
