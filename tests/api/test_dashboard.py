"""The dashboard in a real browser: Debian's Chromium, driven by Playwright, against a
live rasd API on loopback over a store with the bundled samples, a page of ours whose
comments carry markup, and the seed page when ../shared has it.

Skipped when no Chromium binary exists (``.ci/run`` installs one and sets
``$RASD_TEST_CHROMIUM``). Every test leaves a screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("playwright.sync_api")
pytest.importorskip("uvicorn")

from tests.api.conftest_browser import (
    ARTIFACTS,
    HOSTILE_IMG,
    HOSTILE_PAGE,
    HOSTILE_SCRIPT,
    SEED,
    LiveServer,
    chromium,
    chromium_path,
    fill_store,
)

CHROMIUM = chromium_path()
#: Tests whose page logs an error on purpose (the browser logs a 404, app.js the error).
EXPECT_CONSOLE_ERRORS = {"test_unknown_article_shows_the_api_error"}
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary "
                                "($RASD_TEST_CHROMIUM or /usr/bin/chromium)")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = str(tmp_path_factory.mktemp("dashboard") / "rasd.db")
    fill_store(db, seed=SEED if SEED.exists() else None,
               extra=[("hostile_page.txt", HOSTILE_PAGE)])
    with LiveServer(db) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert CHROMIUM is not None
    with chromium(CHROMIUM) as b:
        yield b


@pytest.fixture
def page(browser: Any, live: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page; JavaScript errors and dialogs (an alert would mean injected script
    ran) are collected and must stay empty; a screenshot is saved at the end."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []

    def offline(route: Any) -> None:
        # Everything must come from the rasd server itself: no CDN, no tiles, no fonts.
        if route.request.url.startswith(live.url):
            route.continue_()
        else:
            problems.append(f"request outside rasd: {route.request.url}")
            route.abort()

    context.route("**/*", offline)
    pg = context.new_page()
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: problems.append(f"console: {m.text}")
          if m.type == "error" and request.node.name not in EXPECT_CONSOLE_ERRORS else None)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()
    assert problems == []


def snap(page: Any, name: str) -> None:
    """An extra screenshot for a state the test leaves behind."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def rendered(page: Any, lang: str = "ar") -> None:
    """Wait until the dashboard has drawn the current route in ``lang`` (app.js marks
    ``body[data-rendered]`` with the language and hash it drew, so a view left from the
    previous route never passes for the new one)."""
    page.wait_for_function("l => !!document.body && document.body.dataset.rendered === "
                           "`${l} ${location.hash || '#/'}`", arg=lang)


def open_overview(page: Any, live: LiveServer, hash_: str = "#/") -> None:
    page.goto(live.url + hash_)
    rendered(page)
    page.wait_for_selector(".panel.table[data-ready] table.events")
    page.wait_for_selector(".panel.map[data-ready]")


def search_and_open(page: Any, live: LiveServer, query: str, title_part: str) -> None:
    open_overview(page, live)
    page.fill("#search-input", query)
    page.press("#search-input", "Enter")
    page.wait_for_function("() => location.hash.includes('q=')")
    rendered(page)
    # The table follows the search: only events of the articles found.
    hits = set(page.eval_on_selector_all(
        ".search-results a.hit-title", "as => as.map(a => a.getAttribute('href'))"))
    rows = set(page.eval_on_selector_all(
        "tr.event-row td.date a", "as => as.map(a => a.getAttribute('href').split('?')[0])"))
    assert rows and rows <= hits
    page.locator(".search-results a.hit-title", has_text=title_part).first.click()
    page.wait_for_function("() => location.hash.startsWith('#/article/')")
    rendered(page)
    page.wait_for_selector(".article[data-ready]")


def marks_with_text(page: Any, scope: str, text: str) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        f"{scope} mark", "(ms, t) => ms.filter(m => m.textContent === t)"
        ".map(m => ({cls: m.className, title: m.title}))", text)


def test_overview_draws_table_timeline_and_map(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.locator("tr.event-row").count() > 0
    page.wait_for_selector(".panel.timeline[data-ready]")
    assert page.locator(".timeline-svg rect.bar").count() > 0
    assert page.locator(".map-svg path.country").count() > 100  # the world, offline
    assert page.locator(".map-svg circle.marker").count() >= 1


def test_filter_by_event_type(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    everything = int(page.get_attribute(".panel.table", "data-total") or 0)
    page.select_option("select[name=type]", "PROTEST")
    page.wait_for_function("() => location.hash.includes('type=PROTEST')")
    rendered(page)
    types = page.eval_on_selector_all("tr.event-row", "rs => rs.map(r => r.dataset.type)")
    assert types and set(types) == {"PROTEST"}
    assert int(page.get_attribute(".panel.table", "data-total") or 0) < everything
    assert page.locator(".map-svg circle.marker").count() >= 1


def test_timeline_bar_and_legend_filter_the_table(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    page.wait_for_selector(".panel.timeline[data-ready]")
    bar = page.locator(".timeline-svg rect.bar").first
    bar.click()
    page.wait_for_function("() => /since=.*until=/.test(location.hash)")
    rendered(page)
    since = page.input_value("input[name=since]")
    until = page.input_value("input[name=until]")
    dates = page.eval_on_selector_all("tr.event-row td.date", "ds => ds.map(d => d.textContent)")
    assert since <= until and dates and all(since <= d <= until for d in dates)
    page.locator(".legend-type").first.click()
    page.wait_for_function("() => location.hash.includes('type=')")
    rendered(page)
    wanted = page.input_value("select[name=type]")
    types = page.eval_on_selector_all("tr.event-row", "rs => rs.map(r => r.dataset.type)")
    assert wanted and set(types) <= {wanted}


def test_map_marker_lists_the_events_there(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    # The last marker is drawn on top (markers go largest toll first, so a small place
    # stays clickable over a big one at the same point; the big one keeps its ring).
    marker = page.locator(".map-svg circle.marker").last
    expected = int(marker.get_attribute("data-count") or 0)
    marker.click()
    items = page.locator(".place-events li")
    items.first.wait_for()
    assert items.count() == expected >= 1
    assert page.locator(".place-events a[href^='#/article/']").count() == expected
    # One marker per place of /api/places (the server's aggregation, not 5,000 features).
    places = page.evaluate("() => fetch('/api/places').then(r => r.json())")
    assert page.locator(".map-svg circle.marker").count() == places["total"]
    kb = marker.get_attribute("data-kb")
    assert kb and {p["events"] for p in places["items"] if p["kb_id"] == kb} == {expected}


def test_country_box_offers_the_countries_of_stats(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    counts = page.evaluate("() => fetch('/api/stats').then(r => r.json())")["countries"]
    offered = page.eval_on_selector_all("#country-list option", "os => os.map(o => o.value)")
    assert counts and sorted(offered) == sorted(counts)
    assert counts[offered[0]] == max(counts.values())  # the busiest first


def test_sort_by_toll(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    page.click("th button.sort[data-sort=killed]")
    page.wait_for_function("() => location.hash.includes('sort=-killed')")
    rendered(page)
    killed = page.eval_on_selector_all(
        "tr.event-row .killed", "ks => ks.map(k => parseInt(k.textContent, 10) || 0)")
    assert killed and killed == sorted(killed, reverse=True) and killed[0] > 0


def test_hostile_markup_renders_as_text(page: Any, live: LiveServer) -> None:
    search_and_open(page, live, "بنزرت", "بنزرت")
    comments = page.locator(".comment .comment-text")
    assert comments.count() == 2
    texts = comments.all_text_contents()
    assert any(HOSTILE_SCRIPT in t for t in texts)
    assert any(HOSTILE_IMG in t for t in texts)
    assert HOSTILE_IMG in page.text_content(".article-text")
    assert page.locator("#view script, #view img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_seed_article_search_highlights_and_comments(page: Any, live: LiveServer) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} not available")
    search_and_open(page, live, "كازاخستان", "كازاخستان")
    almaty = marks_with_text(page, ".article-text", "ألماتي")
    assert almaty, "ألماتي is not highlighted"
    place = [m for m in almaty if "hl-ent" in m["cls"]]
    assert place and "KAZ" in place[0]["title"]
    assert re.search(r"43\.\d+, 76\.\d+", place[0]["title"])  # Almaty's coordinates
    assert page.locator(".comment").count() == 2
    assert page.locator(".comment .badge").count() >= 2  # toxicity of each
    assert page.locator(".comment mark.hl-scripture").count() >= 1
    assert page.locator("li.doc-event").count() >= 1


def test_event_row_opens_its_article_at_the_evidence(page: Any, live: LiveServer) -> None:
    open_overview(page, live, "#/?type=PROTEST")
    row = page.locator("tr.event-row").first
    evidence = row.get_attribute("title")  # the event's first evidence sentence
    row.locator("td.date a").click()
    page.wait_for_function("() => location.hash.startsWith('#/article/')")
    rendered(page)
    flashed = page.locator(".article-text mark.hl-evidence.flash").all_text_contents()
    assert evidence and evidence in "".join(flashed)


def test_entity_page_from_a_highlight(page: Any, live: LiveServer) -> None:
    search_and_open(page, live, "بنزرت", "بنزرت")
    mark = page.locator(".article-text mark.hl-ent[data-kb^='gn:']").first
    kb = mark.get_attribute("data-kb")
    mark.click()
    page.wait_for_function("() => location.hash.startsWith('#/entity/')")
    rendered(page)
    assert page.get_attribute(".entity", "data-kb") == kb
    assert page.locator(".entity h1").text_content()
    assert page.locator(".entity-svg rect.bar").count() >= 1
    assert page.locator(".entity-events li").count() >= 1


def test_english_switch_flips_direction(page: Any, live: LiveServer) -> None:
    open_overview(page, live)
    page.click("#lang-switch")
    rendered(page, "en")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("th button.sort[data-sort=date]").text_content().startswith("Date")
    snap(page, "test_english_switch_flips_direction-en")
    page.reload()  # the choice is remembered
    rendered(page, "en")
    assert page.get_attribute("html", "dir") == "ltr"
    page.click("#lang-switch")
    rendered(page, "ar")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("th button.sort[data-sort=date]").text_content().startswith("التاريخ")


def test_unknown_article_shows_the_api_error(page: Any, live: LiveServer) -> None:
    page.goto(live.url + "#/article/no-such-document")
    rendered(page)
    assert page.is_visible("#error")
    assert page.text_content("#error").startswith("غير موجود")
    assert page.locator(".article").count() == 0


def test_highlights_nest_crossing_spans(page: Any, live: LiveServer) -> None:
    """The span-to-DOM code itself: crossing spans split, text kept, astral offsets."""
    page.goto(live.url)
    result = page.evaluate("""async () => {
        const { annotate } = await import('/static/js/highlight.js');
        const run = (text, spans, from, to) => {
            const box = document.createElement('div');
            box.append(annotate(text, spans, from, to));
            return { text: box.textContent, html: box.innerHTML };
        };
        const a = {cls: 'a'}, b = {cls: 'b'};
        return [
            run('abcdef', [{start: 0, end: 4, layer: 0, attrs: a},
                           {start: 2, end: 6, layer: 1, attrs: b}], 0, 6),
            run('😀xy<b>', [{start: 1, end: 2, layer: 0, attrs: a}], 0, 6),
            run('abc', [{start: 1, end: 2, layer: 0, attrs: a}], 1, 3),
        ];
    }""")
    crossing, astral, clipped = result
    assert crossing["text"] == "abcdef"
    assert crossing["html"] == ('<mark class="a">ab<mark class="b">cd</mark></mark>'
                                '<mark class="b">ef</mark>')
    assert astral["html"] == '😀<mark class="a">x</mark>y&lt;b&gt;'
    assert clipped["html"] == '<mark class="a">b</mark>c'
