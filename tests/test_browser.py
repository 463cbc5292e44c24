"""Headless Chromium (Playwright) against a real `ikg serve` with documents loaded:
home -> council -> timeline event -> finding -> its sentence highlighted in the document,
and the search box. Screenshots go to test-artifacts/."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from test_api_data import EXAMPLES, KESTRELFORD, ROOT

CHROMIUM = Path("/usr/bin/chromium")
LIVERPOOL = ROOT.parent / "shared" / "corpus" / "liverpool"
ARTIFACTS = ROOT / "test-artifacts"
IKG = Path(sys.executable).parent / "ikg"

pytestmark = [
    pytest.mark.browser, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium)"),
]
pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """`ikg load` then `ikg serve` in a subprocess, on a store of its own."""
    tmp = Path(tempfile.mkdtemp(prefix="ikg-browser-"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IKG_")}
    env.update(IKG_STORE_PATH=str(tmp / "store"), IKG_BASE_IRI=base + "/")
    paths = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    if LIVERPOOL.is_dir():
        paths.append(str(LIVERPOOL))
    load = subprocess.run([str(IKG), "load", *paths], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "loaded" in load.stderr, load.stderr[-2000:]
    log = open(tmp / "serve.log", "wb")
    proc = subprocess.Popen([str(IKG), "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp / "serve.log").read_text()[-3000:]
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            assert time.monotonic() < deadline, "ikg serve did not come up"
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def shot(pg, name: str, full: bool = False) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_from_home_to_the_sentence_a_finding_rests_on(server, page):
    page.goto(server + "/")
    assert page.get_by_role("heading", name="Inspection knowledge graph").is_visible()
    assert page.locator(".stats").is_visible()
    shot(page, "01-home")

    page.get_by_role("link", name="Kestrelford").first.click()
    page.wait_for_url(f"**/page/council/{KESTRELFORD}")
    assert page.locator("svg.timeline").is_visible()
    assert page.locator("svg.timeline a.event").count() >= 2
    assert page.locator("table.themes tbody tr").count() >= 1
    shot(page, "02-council", full=True)

    visit = page.locator("a.event-link", has_text="Monitoring visit").first
    assert visit.is_visible()
    visit.click()
    page.wait_for_url("**/page/inspection/**")
    assert page.get_by_text("Daniel Ashworth").first.is_visible()
    findings = page.locator("li.finding a.ftext")
    assert findings.count() >= 1
    shot(page, "03-inspection")
    text = findings.first.inner_text().strip()
    findings.first.click()

    page.wait_for_url("**/page/finding/**")
    assert page.get_by_role("heading", name="Evidence").is_visible()
    link = page.locator("a.sentence-link").first
    href = link.get_attribute("href")
    assert "#char=" in href
    shot(page, "04-finding")
    link.click()

    page.wait_for_url("**/page/document/**")
    char = href.split("#", 1)[1]
    mark = page.locator(f'mark[id="{char}"], span[id="{char}"]').first
    assert mark.count() == 1 and mark.is_visible()
    if mark.evaluate("e => e.tagName") == "MARK":
        assert text[:40] in mark.inner_text()
        outline = mark.evaluate("e => getComputedStyle(e).outlineStyle")
        assert outline == "solid"  # :target highlights the sentence
    assert mark.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    shot(page, "05-document-sentence")


def test_search_box(server, page):
    page.goto(server + "/page/council/" + KESTRELFORD)
    box = page.get_by_role("searchbox", name="Search")
    box.fill("caseloads")
    box.press("Enter")
    page.wait_for_url("**/search?q=caseloads")
    hits = page.locator("ol.hits li")
    assert hits.count() >= 1
    assert "caseloads" in hits.first.inner_text().lower()
    assert page.locator("ol.hits mark").first.is_visible()
    shot(page, "06-search")
    page.goto(server + "/search?q=Okonkwo")
    first = page.locator("ol.hits li a").first
    assert "Okonkwo" in first.inner_text()
    first.click()
    page.wait_for_url("**/page/person/amara-okonkwo")
    assert page.get_by_role("heading", name="Amara Okonkwo").is_visible()
    shot(page, "07-person")


def test_liverpool_timeline(server, page):
    if not LIVERPOOL.is_dir():
        pytest.skip("../shared/corpus/liverpool is not beside the repo")
    page.goto(server + "/page/council/E08000012")
    assert page.get_by_role("heading", name="Liverpool").is_visible()
    assert page.locator("svg.timeline a.event").count() >= 4
    assert page.locator("svg.timeline circle").count() >= 2  # judged inspections over the years
    shot(page, "08-liverpool-council")
    page.goto(server + "/page/document/002-ofsted-2025-monitoring-letter")
    assert page.locator("article.doctext mark.fact").count() >= 5
    shot(page, "09-liverpool-letter")
