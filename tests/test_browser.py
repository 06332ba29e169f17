"""What a researcher sees in a real browser: headless Chromium (Debian) against our Datasette.

The server runs under uvicorn on a free loopback port; every request that leaves 127.0.0.1
(map tiles) is aborted, so the test proves the pages work offline. Screenshots go to
test-artifacts/; the chart and the map are also written to docs/img/ for docs/datasette.md.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from datasette_corpus import build_corpus
from pipeline.serve import datasette_app

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
DOC_IMAGES = ROOT / "docs" / "img"
CHART_HASH = ("#g.mark=bar&g.x_column=month&g.x_type=ordinal&g.y_column=events"
              "&g.y_type=quantitative&g.color_column=type")

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing: run .ci/install-chromium.sh", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    db_path = build_corpus(tmp_path_factory.mktemp("browser") / "fixture.db")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(datasette_app(db_path).app(), host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    page.outside_requests = []
    page.errors = []

    def offline(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.outside_requests.append(route.request.url)
            route.abort()

    page.route("**/*", offline)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def shoot(page, name, *, element=None, docs=False):
    ARTIFACTS.mkdir(exist_ok=True)
    target = page.locator(element).first if element else page
    target.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if docs:
        DOC_IMAGES.mkdir(parents=True, exist_ok=True)
        target.screenshot(path=str(DOC_IMAGES / f"{name}.png"))


def test_home_page_introduces_the_data(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("h1").first.inner_text() == "taskerwatch"
    body = page.locator("body").inner_text()
    assert "AI data-work platforms" in body and "events" in body
    page.locator("nav details summary").first.click()
    assert page.get_by_text("Search all tables").is_visible()
    shoot(page, "home")
    assert page.errors == []


def test_events_table_shows_facets_with_company_names(page, base_url):
    page.goto(base_url + "/taskerwatch/events")
    facets = page.locator(".facet-info")
    assert facets.count() == 4
    names = {facets.nth(i).get_attribute("data-column") for i in range(4)}
    assert names == {"type", "company_id", "month", "country_code"}
    company_facet = page.locator('.facet-info[data-column="company_id"]').inner_text()
    assert "Remotasks" in company_facet and "6" in company_facet
    assert "Kenya" in page.locator('.facet-info[data-column="country_code"]').inner_text()
    # each event links to its article by title
    assert page.get_by_role("link", name="Toloka opens to Kenyan taskers").count() >= 1
    shoot(page, "events-facets")
    page.locator('.facet-info[data-column="type"] a', has_text="access_cutoff").click()
    page.wait_for_url("**type=access_cutoff**")
    assert '2 rows where type = "access_cutoff"' in page.locator("h3").first.inner_text()


def test_canned_query_with_a_parameter(page, base_url):
    page.goto(base_url + "/taskerwatch/company")
    page.fill('input[name="company"]', "Sama")
    page.locator('input[type="submit"]').first.click()
    page.wait_for_url("**company=Sama**")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Sama laid off 200 content moderators" in table
    assert page.get_by_role("link", name="https://www.reuters.com/technology/sama-layoffs-2023-01-10/").count() == 1
    shoot(page, "canned-query-company")


def test_chart_of_events_per_month_draws(page, base_url):
    page.goto(base_url + "/taskerwatch/events_per_month" + CHART_HASH)
    marks = ".vega-embed canvas.marks, .vega-embed svg.marks"
    page.locator(marks).first.wait_for(state="visible", timeout=15_000)
    # vega-embed may paint once at a placeholder size, then again at the container's width:
    # wait for the drawn chart to reach a size a reader can see (CI once caught the 10 px frame)
    page.wait_for_function(
        """(sel) => { const el = document.querySelector(sel);
                      if (!el) return false;
                      const r = el.getBoundingClientRect();
                      return r.width > 200 && r.height > 100; }""",
        arg=marks, timeout=15_000)
    box = page.locator(marks).first.bounding_box()
    assert box["width"] > 200 and box["height"] > 100
    shoot(page, "chart", element=".vega-embed", docs=True)
    assert page.errors == [] and page.outside_requests == []


def test_map_of_events_per_country_shows_markers_offline(page, base_url):
    page.goto(base_url + "/taskerwatch/country_map?type=")
    page.locator(".leaflet-container").wait_for(timeout=15_000)
    markers = page.locator(".leaflet-marker-icon")
    markers.first.wait_for(timeout=15_000)
    # marker clustering animates in: wait until the markers account for every country
    try:
        page.wait_for_function(
            """() => {
                 const singles = document.querySelectorAll(
                     ".leaflet-marker-icon:not(.marker-cluster)").length;
                 const clustered = [...document.querySelectorAll(".marker-cluster span")]
                     .reduce((n, s) => n + parseInt(s.textContent, 10), 0);
                 return singles + clustered >= 9; }""", timeout=10_000)
    except sync_api.TimeoutError:
        pass  # the assertion below says what was drawn instead
    # nine countries have events: single markers plus clusters that say how many they hold
    singles = page.locator(".leaflet-marker-icon:not(.marker-cluster)").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    assert singles + clustered == 9
    shoot(page, "map", element=".leaflet-container", docs=True)
    # only the background tiles wanted the internet
    assert all("tile.openstreetmap.org" in url for url in page.outside_requests)
    assert page.errors == []
