"""Recommendations tracked across a council's later events: the matching and status rule
(ikg.tracking), the resolution pass that writes them, the API, the council page and the
recommendation's own IRI. Fixtures: a fictional council's report and two later visits."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ikg.config import Settings
from ikg.pipeline import load_paths
from ikg.store import OxigraphStore
from ikg.tracking import Sentence, TfIdf, parts, status_of, track
from ontology import Minter

from tests.conftest import ROOT

BASE = "http://ikg.test/"
FIXTURES = ROOT / "tests" / "fixtures" / "recs"
STRATEGY = "The timeliness of strategy discussions when children are at risk of significant harm."
OVERSIGHT = "Management oversight of child in need plans."


def S(text, polarity="positive", *themes):
    return Sentence(text, polarity, set(themes or {"child_protection"}))


def test_status_rule_by_balance_of_matched_sentences():
    assert status_of([]).status == "not_covered"
    assert status_of([S("Visits are late.", "negative"), S("Plans are weak.", "negative")]).status == "persisting"
    assert status_of([S("Visits are timely."), S("Plans are clear.")]).status == "resolved"
    assert status_of([S("Visits are timely."), S("Plans are weak.", "negative")]).status == "improving"
    assert status_of([S("Supervision is starting to improve.")]).status == "improving"
    # a weakness conceded beside a strength is partial progress, not the weakness stated again
    assert status_of([S("Although visits are usually timely, some children are not seen.", "negative")]).status == "improving"
    # recounting what the last inspection asked says nothing of now
    st = status_of([S("At the last inspection, visits were identified as an area for improvement."),
                    S("Visits are still late.", "negative")])
    assert st.status == "persisting" and "1 weakness" in st.reason


def test_parts_drop_the_purpose_clause_and_split_the_head():
    p = parts("The quality of core practice, including assessments and plans, so that children receive a timely service.")
    assert p[0] == "The quality of core practice, including assessments and plans"
    assert "assessments and plans" in p and not any("timely" in x for x in p)


def test_matching_needs_meaning_not_only_a_shared_theme():
    sentences = [S("Strategy discussions are still held too late for children at risk.", "negative"),
                 S("The fostering panel is well run and timely.", "positive", "child_protection")]
    sim = TfIdf([s.text for s in sentences] + [STRATEGY]).similarity
    st = track(STRATEGY, {"child_protection"}, sentences, sim)
    assert st.status == "persisting" and [s.text for s in st.evidence] == [sentences[0].text]
    assert track(OVERSIGHT, {"supervision"}, sentences, sim).status == "not_covered"


@pytest.fixture(scope="module")
def client():
    store = OxigraphStore(None)
    results = load_paths(store, Minter(BASE), sorted(FIXTURES.iterdir()))
    assert not [r.error for r in results if r.error]
    from app.main import create_app
    return TestClient(create_app(Settings(store="memory", base_iri=BASE), store))


def history(client):
    r = client.get("/api/councils/E99000001/recommendations")
    assert r.status_code == 200
    return {rec["text"]: rec for rec in r.json()}


def test_each_recommendation_has_a_status_at_each_later_event(client):
    recs = history(client)
    assert set(recs) == {STRATEGY, OVERSIGHT}
    strategy = [(h["date"], h["status"]) for h in recs[STRATEGY]["history"]]
    oversight = [(h["date"], h["status"]) for h in recs[OVERSIGHT]["history"]]
    assert strategy == [("2023-06-13", "persisting"), ("2024-03-12", "improving")]
    assert oversight == [("2023-06-13", "not_covered"), ("2024-03-12", "resolved")]
    assert recs[STRATEGY]["date"] == "2022-11-28" and "child_protection" in recs[STRATEGY]["themes"]
    for rec in recs.values():
        for h in rec["history"]:
            assert h["reason"]
            assert bool(h["evidence"]) == (h["status"] != "not_covered")
            for e in h["evidence"]:  # each evidence sentence is a sentence of the later document
                assert e["text"] and e["sentence"].startswith(BASE + "id/document/")
    assert "strategy discussions" in recs[STRATEGY]["history"][0]["evidence"][0]["text"].lower()


def test_recommendation_iri_dereferences_and_has_a_page(client):
    rec = history(client)[OVERSIGHT]
    iri = rec["iri"]
    assert iri.startswith(BASE + "id/recommendation/")
    path = iri[len(BASE):]
    r = client.get("/" + path, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "Management oversight of child in need plans." in r.text
    r = client.get("/" + path, headers={"Accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/page/" + path[len("id/"):]
    assert client.get(r.headers["location"]).status_code == 200


def test_council_page_shows_each_recommendation_with_its_history(client):
    html = client.get("/page/council/E99000001").text
    assert html.count('id="recommendations"') == 1 and STRATEGY in html
    assert "Persisting" in html and "Improving" in html and "Resolved" in html and "Not looked at" in html


def test_internal_queries_are_not_endpoints(client):
    names = {q["name"] for q in client.get("/api/queries").json()}
    assert "recommendations" in names and "finding_sentences" not in names
    assert client.get("/api/queries/finding_sentences").status_code == 404
