"""Headless Chromium (Playwright) on /page/england over a real `ikg serve`: the chart, the
table, the region filter, sorting, and a click through to a council. Loaded with examples/ and
three real ILACS reports of councils in three regions (a small set: the whole national corpus is
for `slow` runs of bench/); without ../shared, with examples/ alone."""
from __future__ import annotations

import pytest

from test_api_data import EXAMPLES, ROOT
from test_browser import CHROMIUM, browser, page, shot  # noqa: F401  (fixtures)

NATIONAL = ROOT.parent / "shared" / "corpus" / "national"
REPORTS = ["kirklees_ilacs_2024-08-28.txt", "stoke-on-trent_ilacs_2022-11-25.txt", "bracknell-forest_ilacs_2026-01-28.txt"]

pytestmark = [
    pytest.mark.browser, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server():
    from tests.server import running_server
    paths = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    if NATIONAL.is_dir():
        paths += [str(NATIONAL / name) for name in REPORTS]
    with running_server(load=paths) as base:
        yield base


def test_england_at_a_glance_to_a_council(server, page):  # noqa: F811
    page.goto(server + "/page/england")
    assert page.get_by_role("heading", name="England at a glance").is_visible()
    assert page.locator("svg.england-chart rect").count() >= 1
    rows = page.locator("table.england tbody tr")
    total = rows.count()
    assert total >= (4 if NATIONAL.is_dir() else 1)
    shot(page, "england-01")

    page.locator("a.sort", has_text="Overall").click()  # sort by overall grade, best first
    page.wait_for_url("**/page/england?sort=overall**")
    region = "West Midlands" if NATIONAL.is_dir() else "Example Region"
    page.select_option("#region", region)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**region=**")
    assert rows.count() == 1 and region in rows.first.inner_text()
    shot(page, "england-02-filtered")

    link = rows.first.locator("a.council")
    name = link.inner_text().strip()
    link.click()
    page.wait_for_url("**/page/council/**")
    assert page.get_by_role("heading", level=1).inner_text().strip() == name
    assert page.locator("#recommendations").is_visible()
    shot(page, "england-03-council")
