"""Judgements as the documents give them: an event's judgements are what Ofsted's documents
state; a report without an overall grade has none; grades in news agree (another source),
conflict (listed apart) or, with no Ofsted document, stay claims; the latest overall judgement
and the latest area grades are separate fields."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_api_data import KESTRELFORD, examples_store, make_app

from app.services.common import headline
from tests.conftest import OLDER_REPORT
from app.services.events import reported_grades

BASE = "http://ikg.test/"


def J(area, grade, *sources):
    return {"area": area, "grade": grade, "rank": 1, "sources": list(sources), "sentences": []}


def row(area, grade, doc):
    from rdflib import Literal, URIRef
    return {"area": URIRef(f"https://w3id.org/ikg/ontology#{area}") if area else None, "grade": Literal(grade),
            "document": URIRef(f"{BASE}id/document/{doc}")}


def test_no_overall_grade_means_no_headline():
    assert headline([J("area_help_and_protection", "good"), J("area_children_in_care", "good")]) is None
    assert headline([J("area_overall", "inadequate", "r"), J("area_leadership", "good")])["grade"] == "inadequate"


def test_news_grades_agree_conflict_or_stay_claims():
    judged = {("area_overall", "inadequate"): J("area_overall", "inadequate", "report")}
    claims, conflicts = reported_grades(judged, [row("area_overall", "inadequate", "news1"),
                                                 row(None, "requires_improvement", "news2")], BASE)
    assert judged[("area_overall", "inadequate")]["sources"] == ["report", "news1"]
    assert claims == [] and [(c["grade"], c["sources"], c["report_says"]) for c in conflicts] == \
        [("requires_improvement", ["news2"], ["inadequate"])]
    # an overall grade where the report grades areas only: the report says no such thing
    areas_only = {("area_children_in_care", "good"): J("area_children_in_care", "good", "report")}
    _claims, conflicts = reported_grades(areas_only, [row("area_overall", "good", "news3")], BASE)
    assert conflicts[0]["report_says"] is None
    # no Ofsted document grades the event: what news says is a claim, not a judgement
    claims, conflicts = reported_grades({}, [row("area_overall", "good", "news4")], BASE)
    assert [c["sources"] for c in claims] == [["news4"]] and conflicts == []


@pytest.fixture(scope="module")
def client():
    store, settings = examples_store()
    return TestClient(make_app(store, settings))


def test_council_has_latest_overall_and_area_grades_apart(client):
    c = client.get(f"/api/councils/{KESTRELFORD}").json()
    assert c["latest_judgement"]["grade"] == "inadequate" and c["latest_judgement"]["area"] == "area_overall"
    assert "latest_area_grades" in c
    events = client.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"]
    graded = [e for e in events if e["judgements"]]
    assert graded and all(e["conflicts"] == [] for e in graded)
    # the news article that reports the same grade is one more source of that judgement
    overall = next(j for e in graded for j in e["judgements"] if j["area"] == "area_overall")
    assert len(overall["sources"]) >= 2


def test_a_judgement_outside_the_areas_is_named_as_the_report_names_it(tmp_path):
    # the older framework's adoption judgement has no area of the scheme: the API and the
    # inspection page give the table's name for it, not a bare "Judgement"
    from app.main import create_app
    from ikg.config import Settings
    from ikg.pipeline import load_paths
    from ikg.store import OxigraphStore
    from ontology import Minter
    p = tmp_path / "old.txt"
    p.write_text(OLDER_REPORT)
    store = OxigraphStore(None)
    assert not [r.error for r in load_paths(store, Minter(BASE), [p]) if r.error]
    client = TestClient(create_app(Settings(store="memory", base_iri=BASE), store))
    event = client.get("/api/inspections").json()[0]
    labels = {(j["area"], j["area_label"]) for j in client.get(f"/api/inspections/{event['id']}").json()["judgements"]}
    assert (None, "Adoption performance") in labels
    assert "Adoption performance:" in client.get(f"/page/inspection/{event['id']}").text
