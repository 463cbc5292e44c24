"""The read model (app/readmodel.py): computed after every load and write, one named graph per
council in the store, equal to what the API computes live, recomputed only for the councils a
write touches, gone with the last document about a council."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient
from rdflib import URIRef
from test_api_data import BASE, KESTRELFORD, TOKEN, examples_store, make_app

from app import readmodel
from app.services.councils import councils_data
from app.services.events import events_data
from app.services.themes import themes_for_council
from ikg import state
from ikg.pipeline import load_paths
from ontology import Minter

AUTH = {"Authorization": f"Bearer {TOKEN}"}
COUNCIL = f"{BASE}id/council/{KESTRELFORD}"
RUTLAND = f"{BASE}id/council/E06000017"

# An original letter about another council: enough for a visit, its date and a finding.
LETTER = """Rutland County Council
Catmose
Oakham

14 March 2025

Ms Fenella Ashdown
Director of Children's Services
Rutland County Council

Dear Ms Ashdown

Monitoring visit to Rutland children's services

This letter summarises the findings of the monitoring visit to Rutland children's services on
4 and 5 March 2025. Inspectors found that managers do not check plans for children often enough.

Yours sincerely

Imogen Thwaite
His Majesty's Inspector
"""


def graphs(store) -> set[str]:
    return {g for g in store.graph_names() if "/graph/read-model/" in g}


def parts_of(store, council: str) -> dict:
    return {name: readmodel.part(store, BASE, council, name) for name in readmodel.PARTS}


def test_each_council_gets_a_read_model_equal_to_the_live_answers():
    store, _ = examples_store()
    assert graphs(store) == {f"{BASE}graph/read-model/{KESTRELFORD}"}
    C = URIRef(COUNCIL)
    stored = parts_of(store, COUNCIL)
    assert stored["summary"] == councils_data(store, BASE, C, live=True)[0]
    assert stored["timeline"] == json.loads(json.dumps(events_data(store, BASE, council=C)))
    assert stored["themes"] == json.loads(json.dumps(themes_for_council(store, BASE, C)))
    assert stored["timeline"] and stored["themes"] and stored["documents"]
    rows = store.select("PREFIX ikg: <https://w3id.org/ikg/ontology#> "
                        "SELECT ?g WHERE { GRAPH ?g { ?c ikg:latestOverallGrade ?grade } }")
    assert [str(r["g"]) for r in rows] == [f"{BASE}graph/read-model/{KESTRELFORD}"]  # SPARQL sees it


def test_the_api_answers_from_the_read_model():
    store, settings = examples_store()
    client = TestClient(make_app(store, settings))
    timeline = client.get(f"/api/councils/{KESTRELFORD}/timeline").json()
    assert timeline["events"] == readmodel.part(store, BASE, COUNCIL, "timeline")
    queries = {"all": {}, "council": {"council": KESTRELFORD}, "visits": {"type": "monitoring_visit"}}
    listed = {k: client.get("/api/inspections", params={**q, "limit": 1000}).json() for k, q in queries.items()}
    assert sorted(e["id"] for e in listed["all"]) == sorted(e["id"] for e in timeline["events"])
    assert listed["council"] == listed["all"]
    themes = client.get("/api/themes").json()
    assert any(t["concerns"] for t in themes) and all(t["councils"] <= 1 for t in themes)
    recommendations = client.get(f"/api/councils/{KESTRELFORD}/recommendations").json()
    assert recommendations == readmodel.part(store, BASE, COUNCIL, "recommendations")
    assert [e["type"] for e in listed["visits"]] == ["monitoring_visit"]
    # a read model edited by hand shows: the answer is read, not computed
    g = readmodel.to_graph(COUNCIL, {**parts_of(store, COUNCIL), "timeline": [],
                                                  "recommendations": [{"id": "edited"}], "theme_counts": {}}, "edited")
    store.replace_graph(readmodel.graph_iri(BASE, COUNCIL), g)
    state.bump(store, BASE)  # as every write through ikg does (answers are kept per store version)
    assert client.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"] == []
    assert client.get("/api/inspections").json() == []
    assert client.get(f"/api/councils/{KESTRELFORD}/recommendations").json() == [{"id": "edited"}]
    assert not any(t["concerns"] or t["councils"] for t in client.get("/api/themes").json())
    # without a read model, the same answers are computed live
    readmodel.drop(store)
    state.bump(store, BASE)
    assert client.get(f"/api/councils/{KESTRELFORD}/timeline").json() == timeline
    assert client.get(f"/api/councils/{KESTRELFORD}/recommendations").json() == recommendations
    assert client.get("/api/themes").json() == themes  # the sums equal the store-wide count
    for k, answer in listed.items():
        assert client.get("/api/inspections", params={**queries[k], "limit": 1000}).json() == answer, k


def test_loading_a_document_recomputes_only_the_councils_it_is_about(tmp_path):
    store, _ = examples_store()
    before = store.export("nquads")
    kestrelford = {q for q in before.decode().splitlines()
                   if f"read-model/{KESTRELFORD}>" in q or f"resolution/{KESTRELFORD}>" in q}
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    touched = []
    results = load_paths(store, Minter(BASE), [letter], on_progress=lambda stage, done, total: touched.append((stage, total)))
    assert not results[0].error, results[0].error
    assert graphs(store) == {f"{BASE}graph/read-model/{KESTRELFORD}", f"{BASE}graph/read-model/E06000017"}
    # one council recomputed, in the resolution and the read model; Kestrelford's parts untouched
    assert ("resolution", 1) in touched and touched[-1] == ("read model", 1)
    after = {q for q in store.export("nquads").decode().splitlines()
             if f"read-model/{KESTRELFORD}>" in q or f"resolution/{KESTRELFORD}>" in q}
    assert after == kestrelford and any(f"resolution/{KESTRELFORD}>" in q for q in after)
    assert readmodel.part(store, BASE, RUTLAND, "timeline")
    assert readmodel.refresh(store, BASE) == []  # up to date: nothing to do


def test_writes_through_the_service_keep_it_up_to_date():
    store, settings = examples_store()
    client = TestClient(make_app(store, settings))
    r = client.post("/api/documents", headers=AUTH, files={"file": ("rutland.txt", LETTER.encode(), "text/plain")})
    assert r.status_code == 201, r.text
    assert readmodel.part(store, BASE, RUTLAND, "summary")["id"] == "E06000017"
    assert "E06000017" in [c["id"] for c in client.get("/api/councils").json()]
    doc = r.json()["document"]["iri"]
    assert client.delete("/data", params={"graph": doc}, headers=AUTH).status_code == 204
    assert readmodel.part(store, BASE, RUTLAND, "summary") is None
    assert f"{BASE}graph/read-model/E06000017" not in store.graph_names()
    assert "E06000017" not in [c["id"] for c in client.get("/api/councils").json()]
    # a SPARQL Update that changes a council's facts (here: drops its events' dates) is seen too
    before = client.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"]
    r = client.post("/update", headers=AUTH, data={"update": "PREFIX ikg: <https://w3id.org/ikg/ontology#> "
                                                             "DELETE WHERE { GRAPH ?g { ?e ikg:inspectionType ?t } }"})
    assert r.status_code == 204, r.text
    assert before and client.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"] == []


def test_a_store_without_a_read_model_gets_one_when_served():
    """`ikg serve` refreshes the read model before it answers (a store written by an older ikg)."""
    from ikg.cli import _refresh_read_model
    from ikg.config import Settings
    store, _ = examples_store()
    readmodel.drop(store)
    assert not graphs(store)
    _refresh_read_model(store, Settings(store="memory", base_iri=BASE))
    assert graphs(store) == {f"{BASE}graph/read-model/{KESTRELFORD}"}


def test_loading_needs_no_web_framework(tmp_path):
    # `ikg load` computes the read model through the service functions; it never imports FastAPI
    import subprocess
    import sys
    from pathlib import Path

    from test_api_data import EXAMPLES
    script = ("import sys\n"
              "from ikg.pipeline import load_paths\n"
              "from ikg.store import OxigraphStore\n"
              "from ontology import Minter\n"
              f"results = load_paths(OxigraphStore(None), Minter({BASE!r}), [{str(EXAMPLES)!r}])\n"
              "assert results and not any(r.error for r in results)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'starlette')))\n")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_councils_recommendations_are_the_curated_querys_rows(tmp_path):
    # the service reads one council's recommendations from the council (an internal query); the
    # rows are those of queries/recommendations.rq with the council bound
    from app.curated import select
    from ikg.store import OxigraphStore
    from queries import internal
    from test_api_data import EXAMPLES

    store = OxigraphStore(None)
    recs = EXAMPLES.parent / "tests" / "fixtures" / "recs"  # Kestrelford's ILACS and two later visits
    letter = tmp_path / "rutland-letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    load_paths(store, Minter(BASE), [EXAMPLES, recs, letter])
    for council in (URIRef(COUNCIL), URIRef(RUTLAND)):
        rows = store.select(internal("council_recommendations"), {"council": council})
        assert rows == select(store, "recommendations", council=council)
    assert len(store.select(internal("council_recommendations"), {"council": URIRef(COUNCIL)})) > 3


def test_a_council_is_summarised_from_its_documents_and_inspection_mentions():
    # queries/councils.rq: councils with documents, each with its documents and its inspection
    # events counted; a council only mentioned (an inspection of it named in another council's
    # document) is not listed
    from app.curated import select
    from ikg.pipeline import councils_graph, reference_graph_iri
    from ikg.store import OxigraphStore

    minter = Minter(BASE)
    store = OxigraphStore(None)
    store.replace_graph(reference_graph_iri(minter), councils_graph(minter))
    ikg, rdf = "https://w3id.org/ikg/ontology#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    docs = {"d1": [("m1", COUNCIL, "e1"), ("m2", RUTLAND, None)], "d2": [("m3", COUNCIL, "e1"), ("m4", COUNCIL, None)],
            "d3": []}
    for d, mentions in docs.items():
        D = f"{BASE}id/document/{d}"
        lines = [f"<{D}> <{rdf}type> <{ikg}Document> .", f"<{D}> <{ikg}council> <{COUNCIL}> ."]
        for m, council, event in mentions:
            M = f"{BASE}id/inspection/{m}"
            lines += [f"<{M}> <{ikg}council> <{council}> .", f'<{M}> <{ikg}inspectionType> "ilacs" .']
            if event:
                lines.append(f"<{M}> <{ikg}resolvesTo> <{BASE}id/inspection/{event}> .")
        store.replace_graph_ntriples(D, "\n".join(lines) + "\n")
    rows = select(store, "councils")
    assert [(str(r["council"]), int(r["documents"]), int(r["inspections"])) for r in rows] == [(COUNCIL, 3, 2)]
    assert select(store, "councils", council=URIRef(RUTLAND)) == []
    assert select(store, "councils", council=URIRef(COUNCIL)) == rows
