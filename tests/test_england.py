"""England at a glance over a store with a fictional council's documents (examples/ and the
recommendation fixtures): the table's fields, region filter, CSV, counts over time, the page."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient

from ikg.config import Settings
from ikg.pipeline import load_paths
from ikg.store import OxigraphStore
from ontology import Minter
from tests.conftest import EXAMPLES, ROOT

BASE = "http://ikg.test/"


@pytest.fixture(scope="module")
def loaded():
    store = OxigraphStore(None)
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "recs").iterdir())
    assert not [r.error for r in load_paths(store, Minter(BASE), paths) if r.error]
    from app.main import create_app
    return store, TestClient(create_app(Settings(store="memory", base_iri=BASE), store))


def test_each_council_with_latest_grades_dates_and_direction(loaded):
    from app.england import council_rows
    store, client = loaded
    rows = council_rows(store, BASE, today=dt.date(2026, 1, 15))
    k = next(r for r in rows if r["id"] == "E99000001")
    assert k["region"] == "Example Region"
    assert (k["overall"], k["previous_overall"], k["direction"]) == ("inadequate", "requires_improvement", "declined")
    assert k["inadequate_since"] == "2024-11" and k["months_inadequate"] == 14
    assert k["help_and_protection"] == "inadequate" and k["children_in_care"] == "good"
    assert k["last_full_inspection"] == "2024-11" and k["last_visit"] == "2025-09-09"
    assert client.get("/api/england").json()[0]["id"] == "E99000001"


def test_region_filter_and_csv(loaded):
    _store, client = loaded
    assert len(client.get("/api/england", params={"region": "Example Region"}).json()) == 1
    assert client.get("/api/england", params={"region": "Nowhere"}).json() == []
    r = client.get("/api/england", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert table[0]["name"] and table[0]["overall"] == "inadequate" and "months_inadequate" in table[0]


def test_councils_per_grade_year_by_year(loaded):
    _store, client = loaded
    series = {s["year"]: s for s in client.get("/api/england/grades-over-time").json()}
    assert series[2022]["requires_improvement"] == 1 and series[2022]["inadequate"] == 0
    assert series[2024]["inadequate"] == 1 and series[2023]["requires_improvement"] == 1
    # a judgement holds until the next: the monitoring visit of 2025 judges nothing, and the council
    # is still inadequate at the end of 2025
    assert max(series) == 2025 and series[2025]["inadequate"] == 1


def test_page_sorts_filters_and_links_to_councils(loaded):
    _store, client = loaded
    html = client.get("/page/england", params={"sort": "-overall", "region": "Example Region"}).text
    assert 'href="/page/council/E99000001"' in html and "svg" in html and 'id="count-inadequate">1<' in html
    assert "No council has documents loaded in Nowhere" in client.get("/page/england", params={"region": "Nowhere"}).text


def test_older_framework_inspection_is_a_full_inspection_and_rows_without_a_value_sort_last(loaded, monkeypatch):
    from app import england
    council = {"id": "E1", "name": "Older", "region": "R", "latest_judgement": {"grade": "inadequate", "date": "2015-07-06"},
               "latest_area_grades": None}
    other = {"id": "E2", "name": "Never inadequate", "region": "R", "latest_judgement": None, "latest_area_grades": None}
    sif = {"council": "E1", "type": "sif", "start": "2015-07-06", "judgements": [{"area": "overall", "grade": "inadequate"}],
           "headline": {"grade": "inadequate"}}
    visit = {"council": "E1", "type": "focused_visit", "start": "2021-10-05", "judgements": [], "headline": None}
    monkeypatch.setattr(england, "councils_data", lambda store, base: [other, council])
    monkeypatch.setattr(england, "all_events", lambda store, base: [sif, visit])
    monkeypatch.setattr(england, "event_date", lambda e: e["start"])
    rows = {r["id"]: r for r in england.council_rows(None, BASE, today=dt.date(2026, 1, 15))}
    assert rows["E1"]["last_full_inspection"] == "2015-07-06" and rows["E1"]["last_visit"] == "2021-10-05"
    _store, client = loaded
    monkeypatch.setattr(england, "grades_over_time", lambda store, base: [])
    html = client.get("/page/england?sort=-months_inadequate").text
    assert html.index("Older") < html.index("Never inadequate")
    html = client.get("/page/england?sort=months_inadequate").text
    assert html.index("Older") < html.index("Never inadequate")
