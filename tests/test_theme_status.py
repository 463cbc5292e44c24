"""Theme status from the latest two events that looked at a theme, by the share of concerns
among their findings (thresholds in ikg.resolve); a theme no event has looked at since the
council's latest judgement says so."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ikg.config import Settings
from ikg.pipeline import load_paths
from ikg.resolve import finding_balance, status_from
from ikg.store import OxigraphStore
from ontology import Minter

from tests.conftest import EXAMPLES, ROOT

BASE = "http://ikg.test/"


def test_balance_thresholds():
    assert finding_balance(3, 2) == "weak" and finding_balance(1, 1) == "mixed"
    assert finding_balance(1, 4) == "strong" and finding_balance(0, 3) == "strong" and finding_balance(2, 3) == "mixed"


@pytest.mark.parametrize("previous,now,status", [
    (None, "weak", "raised"), ("strong", "weak", "raised"), ("weak", "weak", "persisting"), ("mixed", "weak", "persisting"),
    (None, "mixed", "raised"), ("weak", "mixed", "improving"), ("mixed", "mixed", "persisting"), ("strong", "mixed", "raised"),
    ("weak", "strong", "resolved"), ("mixed", "strong", "resolved"), ("strong", "strong", "strength"), (None, "strong", "strength"),
])
def test_status_from_the_latest_two_events(previous, now, status):
    assert status_from(previous, now) == status


def test_a_theme_not_looked_at_since_the_latest_judgement_says_so():
    store = OxigraphStore(None)
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "recs").iterdir())
    assert not [r.error for r in load_paths(store, Minter(BASE), paths) if r.error]
    from app.main import create_app
    client = TestClient(create_app(Settings(store="memory", base_iri=BASE), store))
    themes = client.get("/api/councils/E99000001/themes").json()
    stale = [t for t in themes if t["not_looked_at_since_judgement"]]
    fresh = [t for t in themes if t["last_looked_at"] and t["last_looked_at"] >= "2024-11"]
    assert stale and fresh  # the latest judgement is the November 2024 inspection's
    assert all(t["last_looked_at"] < "2024-11" for t in stale) and not any(t["not_looked_at_since_judgement"] for t in fresh)
    assert all(t["status"] != "improving" or t["statuses"] for t in themes)
    html = client.get("/page/council/E99000001").text
    assert "not looked at since the latest judgement" in html
