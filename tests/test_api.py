"""The curated query API and the resource endpoints, over examples/ loaded into each back end
(embedded in memory, Virtuoso, the Oxigraph server; TestClient), and over a real server (HTTP)."""
from __future__ import annotations

import csv
import io
import json
import warnings
from urllib.parse import quote

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from rdflib import Graph

from conftest import LoadedService, service_env
from test_api_data import BASE, EXAMPLES, KESTRELFORD, TOKEN, make_app
from ikg.resolve import drop_resolution
from ontology import Minter

warnings.filterwarnings("ignore", category=DeprecationWarning)

INJECTIONS = ['x" } ; DROP ALL ; #', "x' } DROP ALL { '", '"> } ; CLEAR ALL ; <x:', "\\u0022 } DROP ALL #",
              "x\n} ; DROP ALL ; #"]


@pytest.fixture
def client(loaded_service):
    return loaded_service.client


@pytest.fixture
def store(loaded_service):
    return loaded_service.store


# ---------------------------------------------------------------- curated queries

def test_query_list_names_every_file(client):
    from app.queries_api import QUERY_DIR
    r = client.get("/api/queries")
    assert r.status_code == 200
    names = {q["name"] for q in r.json()}
    assert names == {p.stem for p in QUERY_DIR.glob("*.rq")}
    councils = next(q for q in r.json() if q["name"] == "councils")
    assert councils["summary"] and councils["path"] == "/api/queries/councils"
    assert int(r.headers["X-Total-Count"]) == len(names)


def test_every_query_file_is_an_endpoint_with_openapi(client):
    from app.queries_api import QUERIES
    spec = client.get("/openapi.json").json()
    required = {"document": "kestrelford-monitoring-letter-2025", "resource": f"{BASE}id/council/{KESTRELFORD}",
                "q": "kestrel", "sha256": "0" * 64, "mention": "e99000001-monitoring-visit-2025-09-09"}
    for name, q in QUERIES.items():
        path = f"/api/queries/{name}"
        assert path in spec["paths"], path
        declared = {p["name"] for p in spec["paths"][path]["get"]["parameters"]}
        assert {p.name for p in q.params} | {"limit", "offset"} <= declared
        params = {p.name: required[p.name] for p in q.params if p.required}
        r = client.get(path, params=params)
        assert r.status_code == 200, (name, r.text)
        assert isinstance(r.json(), list)


def test_query_parameters_filter(client):
    rows = client.get("/api/queries/findings", params={"council": KESTRELFORD, "polarity": "negative",
                                                       "limit": 1000}).json()
    assert rows and all(r["polarity"] == "negative" for r in rows)
    assert all(r["council"] == f"{BASE}id/council/{KESTRELFORD}" for r in rows)
    full = client.get("/api/queries/findings", params={"council": f"{BASE}id/council/{KESTRELFORD}",
                                                       "polarity": "negative", "limit": 1000}).json()
    assert full == rows  # an id or the full IRI
    assert client.get("/api/queries/findings", params={"council": "E00000000"}).json() == []


def test_adding_a_query_file_adds_an_endpoint(tmp_path, loaded_service):
    from app import queries_api
    (tmp_path / "grades.rq").write_text(
        "#+ summary: Grades by rank\n#+ params: rank:int?, limit:int=2\n#+ tags: test\n"
        "PREFIX ikg: <https://w3id.org/ikg/ontology#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?grade ?rank WHERE { ?grade ikg:rank ?rank }\n")
    queries = queries_api.load_queries(tmp_path)
    assert queries["grades"].pagination == 2 and queries["grades"].params[0].type == "int"
    router = APIRouter()
    queries_api.add_query_routes(router, queries)
    app = FastAPI()
    store = loaded_service.store
    app.state.store, app.state.settings = store, make_app(store, loaded_service.settings).state.settings
    app.include_router(router)
    c = TestClient(app)
    r = c.get("/api/queries/grades")
    assert r.status_code == 200 and len(r.json()) == 2 and r.headers["X-Total-Count"] == "4"
    assert c.get("/api/queries/grades", params={"rank": 4}).json()[0]["grade"].endswith("grade_inadequate")
    assert c.get("/api/queries/grades", params={"rank": "four"}).status_code == 422
    assert "/api/queries/grades" in c.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("path,params", [
    ("/api/queries/findings", {"from": "last year"}),
    ("/api/queries/findings", {"to": "2025-13-45x"}),
    ("/api/queries/findings", {"theme": "Not A Theme"}),
    ("/api/queries/findings", {"council": "<bad>"}),
    ("/api/queries/findings", {"bogus": "1"}),
    ("/api/queries/findings", {"limit": "ten"}),
    ("/api/queries/findings", {"limit": "-1"}),
    ("/api/queries/findings", {"limit": "5000"}),
    ("/api/queries/findings", {"offset": "-3"}),
    ("/api/queries/findings", {"sort": "nonsense"}),
    ("/api/queries/findings", {"format": "xlsx"}),
    ("/api/queries/describe_out", {}),
    ("/api/queries/describe_out", {"resource": "not an iri"}),
    ("/api/queries/search", {"q": ""}),
])
def test_bad_query_parameters_are_422(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_is_just_an_odd_string(client, store, payload):
    before = store.quad_count()
    graphs = store.graph_names()
    r = client.get("/api/queries/people", params={"name": payload})
    assert r.status_code == 200 and r.json() == []
    r = client.get("/api/queries/search", params={"q": payload})
    assert r.status_code == 200 and r.json() == []
    assert client.get("/api/search", params={"q": payload}).json() == []
    assert client.get("/api/people", params={"name": payload}).json() == []
    for path, name in (("/api/queries/findings", "council"), ("/api/concerns", "council"),
                       ("/api/queries/describe_out", "resource"), ("/api/queries/documents", "document")):
        r = client.get(path, params={name: payload})
        assert r.status_code in (200, 422), r.text
        if r.status_code == 200:
            assert r.json() == []
    assert client.get("/api/councils/" + quote(payload, safe="")).status_code == 404
    assert store.quad_count() == before and store.graph_names() == graphs


# ---------------------------------------------------------------- pagination and formats

def test_pagination_edges(client):
    everything = client.get("/api/concerns", params={"limit": 1000}).json()
    total = len(everything)
    assert total >= 3
    r = client.get("/api/concerns", params={"limit": 1, "offset": 0})
    assert r.status_code == 200 and len(r.json()) == 1 and r.headers["X-Total-Count"] == str(total)
    assert r.json()[0] == everything[0]
    assert 'rel="next"' in r.headers["Link"] and 'rel="prev"' not in r.headers["Link"]
    assert "offset=1" in r.headers["Link"]
    r = client.get("/api/concerns", params={"limit": 2, "offset": total - 1})
    assert [x["id"] for x in r.json()] == [everything[-1]["id"]]
    assert 'rel="prev"' in r.headers["Link"] and 'rel="next"' not in r.headers["Link"]
    r = client.get("/api/concerns", params={"offset": total + 10})
    assert r.status_code == 200 and r.json() == [] and r.headers["X-Total-Count"] == str(total)
    assert client.get("/api/concerns", params={"limit": 0}).json() == []
    pages = [client.get("/api/concerns", params={"limit": 2, "offset": o}).json() for o in range(0, total, 2)]
    assert [x["id"] for p in pages for x in p] == [x["id"] for x in everything]


def test_sorting(client):
    asc = [d["published"] for d in client.get("/api/documents", params={"sort": "published"}).json()]
    desc = [d["published"] for d in client.get("/api/documents", params={"sort": "-published"}).json()]
    assert asc == sorted(asc) and desc == sorted(desc, reverse=True)
    assert client.get("/api/documents", params={"sort": "colour"}).status_code == 422


def test_csv_and_jsonld(client):
    for r in (client.get("/api/councils", headers={"Accept": "text/csv"}), client.get("/api/councils?format=csv")):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert any(row["ons_code"] == KESTRELFORD for row in rows)
        assert r.headers["X-Total-Count"] == str(len(rows))
    r = client.get("/api/concerns", params={"format": "csv", "limit": 3})
    assert r.text.splitlines()[0].startswith("id,iri,type,polarity,theme")
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == 3
    r = client.get("/api/councils/E99000001/timeline", headers={"Accept": "text/csv"})
    assert r.status_code == 200 and "type" in r.text.splitlines()[0]
    for path in ("/api/councils", "/api/concerns", "/api/queries/findings", "/api/documents", "/api/themes"):
        r = client.get(path, headers={"Accept": "application/ld+json"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
        doc = r.json()
        assert "@context" in doc and isinstance(doc["@graph"], list)
        g = Graph().parse(data=r.text, format="json-ld")
        assert len(g) > 0, path
    g = Graph().parse(data=client.get("/api/councils?format=jsonld").text, format="json-ld")
    assert any(str(s) == f"{BASE}id/council/{KESTRELFORD}" for s in g.subjects())


# ---------------------------------------------------------------- resources

def test_councils(client):
    r = client.get("/api/councils")
    assert r.status_code == 200
    k = next(c for c in r.json() if c["id"] == KESTRELFORD)
    assert k["ons_code"] == KESTRELFORD and "Kestrelford" in k["name"]
    assert k["latest_judgement"]["grade"] == "inadequate" and k["latest_judgement"]["date"]
    assert client.get(f"/api/councils/{KESTRELFORD}").json()["id"] == KESTRELFORD
    assert client.get("/api/councils/E06000001").status_code == 404  # a real council, no documents
    assert client.get("/api/councils/nope").status_code == 404


def test_timeline(client):
    r = client.get(f"/api/councils/{KESTRELFORD}/timeline")
    assert r.status_code == 200
    body = r.json()
    assert body["council"]["id"] == KESTRELFORD
    events = body["events"]
    assert len(events) >= 2
    keys = {"id", "type", "start", "end", "published", "sequence", "inspectors", "judgements", "sources", "undated"}
    assert all(keys <= set(e) for e in events)
    dated = [e for e in events if not e["undated"]]
    dates = [e["start"] or e["published"] for e in dated]
    assert dates == sorted(dates)
    assert events[:len(dated)] == dated  # undated last
    visit = next(e for e in events if e["type"] == "monitoring_visit" and e["start"] and e["start"].startswith("2025-09"))
    assert {"Daniel Ashworth", "Priya Raman"} <= {p["name"] for p in visit["inspectors"]}
    assert "kestrelford-monitoring-letter-2025" in visit["sources"]
    assert any(j["grade"] == "inadequate" for e in events for j in e["judgements"])
    assert client.get("/api/councils/E00000000/timeline").status_code == 404


def test_council_themes(client):
    r = client.get(f"/api/councils/{KESTRELFORD}/themes")
    assert r.status_code == 200 and r.json()
    for t in r.json():
        assert {"theme", "status", "concerns", "improvements", "history"} <= set(t)
        assert t["status"] in ("raised", "persisting", "improving", "resolved", "strength", None)
        assert t["concerns"] + t["improvements"] == len(t["history"])
        for h in t["history"]:
            assert {"event", "date", "polarity", "evidence", "source"} <= set(h)
    assert client.get("/api/councils/E00000000/themes").status_code == 404


def test_people(client):
    r = client.get("/api/people", params={"name": "OKONKWO"})
    assert r.status_code == 200
    [amara] = r.json()
    assert amara["name"] == "Amara Okonkwo" and "Amara Okonkwo" in amara["names"]
    assert amara["roles"] and all({"title", "organisation", "since", "until", "sources"} <= set(x) for x in amara["roles"])
    assert any("director" in x["title"].lower() for x in amara["roles"])
    r = client.get("/api/people", params={"name": "ashworth"})
    [dan] = r.json()
    assert any(i["council"] == KESTRELFORD for i in dan["inspections"])
    everyone = client.get("/api/people").json()
    assert len(everyone) >= 4
    assert client.get("/api/people", params={"name": "nobody-of-that-name"}).json() == []
    assert client.get("/api/people", params={"name": "  "}).status_code == 422
    assert client.get("/api/people/amara-okonkwo").json()["id"] == "amara-okonkwo"
    assert client.get("/api/people/no-such-person").status_code == 404


def test_people_quotes(client):
    marsh = client.get("/api/people", params={"name": "marsh"}).json()
    assert marsh and marsh[0]["quotes"]
    assert all(q["text"] and q["document"] for q in marsh[0]["quotes"])


def test_conflicts(client):
    r = client.get("/api/conflicts")
    assert r.status_code == 200 and isinstance(r.json(), list)
    for c in r.json():
        assert c["claims"] and all("value" in x and "sources" in x for x in c["claims"])


def test_inspections(client):
    r = client.get("/api/inspections", params={"council": KESTRELFORD})
    assert r.status_code == 200 and r.json()
    visit = next(e for e in r.json() if e["type"] == "monitoring_visit" and e["inspectors"])
    one = client.get(f"/api/inspections/{visit['id']}")
    assert one.status_code == 200
    body = one.json()
    assert {"findings", "judgements", "inspectors", "documents"} <= set(body)
    assert body["findings"] and all(f["sentence"] for f in body["findings"])
    assert any(d["id"] == "kestrelford-monitoring-letter-2025" for d in body["documents"])
    assert client.get("/api/inspections/no-such-visit").status_code == 404
    assert client.get("/api/inspections", params={"type": "inspection"}).status_code == 422
    assert all(e["type"] == "ilacs" for e in client.get("/api/inspections", params={"type": "ilacs"}).json())


def test_concerns_filters(client):
    neg = client.get("/api/concerns", params={"council": KESTRELFORD, "polarity": "concern", "limit": 500}).json()
    pos = client.get("/api/concerns", params={"council": KESTRELFORD, "polarity": "positive", "limit": 500}).json()
    both = client.get("/api/concerns", params={"council": KESTRELFORD, "limit": 500}).json()
    assert neg and pos and len(neg) + len(pos) == len(both)
    assert all(f["type"] == "concern" for f in neg) and all(f["type"] == "improvement" for f in pos)
    theme = neg[0]["theme"]
    assert all(f["theme"] == theme for f in client.get("/api/concerns", params={"theme": theme}).json())
    late = client.get("/api/concerns", params={"from": "2025-06", "limit": 500}).json()
    assert late and all(f["date"] >= "2025-06" for f in late)
    early = client.get("/api/concerns", params={"to": "2025", "limit": 500}).json()
    assert all(f["date"][:4] <= "2025" for f in early)
    assert client.get("/api/concerns", params={"from": "2030"}).json() == []
    for bad in ({"polarity": "meh"}, {"from": "yesterday"}, {"theme": "No Such"}, {"council": "../x"}):
        assert client.get("/api/concerns", params=bad).status_code == 422, bad


def test_themes(client):
    r = client.get("/api/themes")
    themes = r.json()
    assert len(themes) == int(r.headers["X-Total-Count"]) >= 20
    assert all({"id", "label", "definition", "concerns", "improvements"} <= set(t) for t in themes)
    assert sum(t["concerns"] + t["improvements"] for t in themes) > 0
    one = client.get("/api/themes/workforce").json()
    assert one["id"] == "workforce" and "by_council" in one
    assert client.get("/api/themes/not_a_theme").status_code == 404


def test_documents(client):
    docs = client.get("/api/documents").json()
    ids = {d["id"] for d in docs}
    assert {"kestrelford-monitoring-letter-2025", "kestrelford-news-2025-01-30", "kestrelford-news-2025-10-20"} <= ids
    d = client.get("/api/documents/kestrelford-monitoring-letter-2025").json()
    for key in ("document", "councils", "inspections", "people", "concerns", "improvements", "responses", "quotes", "figures"):
        assert key in d
    assert d["document"]["kind"] == "ofsted_letter"
    assert any(i["type"] == "monitoring_visit" for i in d["inspections"])
    assert {"Daniel Ashworth", "Priya Raman"} <= {p["name"] for p in d["people"]}
    assert all(c["span"] for c in d["concerns"])
    assert client.get("/api/documents/no-such-document").status_code == 404
    assert client.get("/api/documents", params={"council": KESTRELFORD}).json()


def test_search(client):
    r = client.get("/api/search", params={"q": "caseloads"})
    hits = r.json()
    assert r.status_code == 200 and hits
    assert all("caseloads" in h["snippet"].lower() for h in hits)
    assert all(h["snippet"][h["match"][0]:h["match"][1]].lower() == "caseloads" for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    sentences = [h["sentence"] for h in hits if h["kind"] == "finding"]
    assert len(sentences) == len(set(sentences))  # one hit per sentence, whatever its themes
    kinds = {h["kind"] for h in client.get("/api/search", params={"q": "kestrelford"}).json()}
    assert {"council", "document"} <= kinds
    top = client.get("/api/search", params={"q": "Helen Marsh"}).json()[0]
    assert top["kind"] == "person" and top["url"] == "/page/person/helen-marsh"
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": "x"}).status_code == 422


def test_search_pages_are_slices_of_the_whole_ranking(client):
    everything = client.get("/api/search", params={"q": "children", "limit": 1000})
    hits, total = everything.json(), int(everything.headers["X-Total-Count"])
    assert total == len(hits) > 4
    for offset in (0, 2, total - 1):
        r = client.get("/api/search", params={"q": "children", "limit": 2, "offset": offset})
        assert r.json() == hits[offset:offset + 2] and r.headers["X-Total-Count"] == str(total)
        assert ('rel="next"' in r.headers.get("Link", "")) == (offset + 2 < total)
    by_text = client.get("/api/search", params={"q": "children", "limit": 1000, "sort": "text"}).json()
    assert sorted(h["text"] for h in hits) == [h["text"] for h in by_text]


# ---------------------------------------------------------------- upload

@pytest.fixture
def fresh(request, backend):
    """examples/ loaded into a store of the test's own (on a server: the module's is loaded again after)."""
    service = LoadedService(request, backend)
    yield service.store, service.client
    service.store.close()


def test_upload_needs_a_token(fresh):
    _, c = fresh
    files = {"file": ("note.txt", b"hello " * 30, "text/plain")}
    r = c.post("/api/documents", files=files)
    assert r.status_code == 401 and "bearer" in r.headers.get("www-authenticate", "").lower()
    assert c.post("/api/documents", files=files, headers={"Authorization": "Bearer wrong"}).status_code == 401  # as on every write route
    assert c.post("/api/documents", files=files, headers={"Authorization": "Basic abc"}).status_code == 401


def test_upload_runs_the_pipeline_once_per_document(fresh, tmp_path):
    store, c = fresh
    auth = {"Authorization": f"Bearer {TOKEN}"}
    src = EXAMPLES / "kestrelford_news_2025-10-20.txt"
    # a copy under a new name is a new document
    data = src.read_bytes()
    before = {d["id"] for d in c.get("/api/documents").json()}
    r = c.post("/api/documents", files={"file": ("kestrelford_upload.txt", data, "text/plain")},
               data={"published": "2025-10-20"}, headers=auth)
    assert r.status_code == 201, r.text
    digest = r.json()
    assert digest["document"]["id"] == "kestrelford-upload" and digest["unchanged"] is False
    assert digest["councils"] and digest["quotes"]
    assert r.headers["location"] == "/api/documents/kestrelford-upload"
    r2 = c.post("/api/documents", files={"file": ("kestrelford_upload.txt", data, "text/plain")},
                data={"published": "2025-10-20"}, headers=auth)
    assert r2.status_code in (200, 201) and r2.json()["document"]["id"] == "kestrelford-upload"
    after = {d["id"] for d in c.get("/api/documents").json()}
    assert after == before | {"kestrelford-upload"}
    assert c.get("/api/documents/kestrelford-upload").status_code == 200
    r3 = c.post("/api/documents", files={"file": ("kestrelford_upload.txt", data, "text/plain")}, headers=auth)
    assert r3.status_code == 200 and r3.json()["unchanged"] is True
    assert {d["id"] for d in c.get("/api/documents").json()} == after
    # the same bytes under another name are the same document
    r4 = c.post("/api/documents", files={"file": ("renamed.txt", (EXAMPLES / "kestrelford_news_2025-01-30.txt").read_bytes(),
                                                  "text/plain")}, headers=auth)
    assert r4.status_code == 200 and r4.json()["document"]["id"] == "kestrelford-news-2025-01-30"
    assert {d["id"] for d in c.get("/api/documents").json()} == after


def test_upload_bad_files_are_422(fresh):
    _, c = fresh
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert c.post("/api/documents", files={"file": ("x.exe", b"MZ" * 100, "application/octet-stream")},
                  headers=auth).status_code == 422
    assert c.post("/api/documents", files={"file": ("empty.txt", b"   ", "text/plain")}, headers=auth).status_code == 422
    assert c.post("/api/documents", files={"file": ("ok.txt", b"word " * 50, "text/plain")},
                  data={"published": "soon"}, headers=auth).status_code == 422


# ---------------------------------------------------------------- a real server

def test_api_over_http(request, backend):
    import httpx
    from server import running_server

    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    with running_server(env={**service_env(request, backend), "IKG_TOKEN": TOKEN}, load=files) as url:
        with httpx.Client(base_url=url, timeout=30) as http:
            councils = http.get("/api/councils").json()
            assert any(c["id"] == KESTRELFORD for c in councils)
            r = http.get(f"/api/councils/{KESTRELFORD}/timeline")
            assert r.status_code == 200 and r.json()["events"]
            r = http.get("/api/concerns", params={"limit": 1})
            assert int(r.headers["x-total-count"]) >= 1 and "rel=\"next\"" in r.headers["link"]
            assert http.get("/api/queries/findings", params={"from": "nope"}).status_code == 422
            r = http.get("/api/queries/people", params={"name": INJECTIONS[0]})
            assert r.status_code == 200 and r.json() == []
            assert http.get("/api/councils").json() == councils
            r = http.post("/api/documents", files={"file": ("x.txt", b"word " * 40)})
            assert r.status_code == 401
            r = http.get("/api/councils", headers={"Accept": "text/csv"})
            assert r.text.startswith("id,")
            assert json.loads(http.get("/api/themes?format=jsonld").text)["@graph"]


def test_api_index_documents_the_conventions(client):
    body = client.get("/api").json()
    assert "X-Total-Count" in body["conventions"]["lists"] and "/api/councils" in body["endpoints"]
    assert "/api/queries/findings" in body["endpoints"]


def test_single_resources_in_other_formats(client):
    r = client.get(f"/api/councils/{KESTRELFORD}/timeline", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    g = Graph().parse(data=r.text, format="json-ld")
    assert len(g) > 5
    visit = client.get("/api/inspections", params={"type": "monitoring_visit"}).json()[0]
    r = client.get(f"/api/inspections/{visit['id']}?format=csv")
    assert r.status_code == 200 and r.text.startswith("id,iri,type,polarity")


def test_query_rows_as_jsonld_keep_iris_as_nodes(client):
    r = client.get("/api/queries/councils", headers={"Accept": "application/ld+json"})
    g = Graph().parse(data=r.text, format="json-ld")
    from rdflib import URIRef
    assert URIRef(f"{BASE}id/council/{KESTRELFORD}") in set(g.objects())


def test_empty_answers_keep_their_csv_header(client):
    r = client.get("/api/queries/findings", params={"council": "E00000000", "format": "csv"})
    assert r.status_code == 200 and r.headers["X-Total-Count"] == "0"
    assert r.text.strip() == "finding,polarity,theme,text,sentence,document,council,event,date"


def test_works_without_the_resolution_graph(fresh):
    """Before (or without) the resolution pass, entities are reached as minted."""
    store, c = fresh
    drop_resolution(store, Minter(BASE))
    assert any(x["id"] == KESTRELFORD for x in c.get("/api/councils").json())
    events = c.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"]
    assert events and all(e["sources"] for e in events)
    themes = c.get(f"/api/councils/{KESTRELFORD}/themes").json()
    assert themes and all(t["status"] in ("raised", "persisting", "improving", "resolved", "strength") for t in themes)
    assert c.get("/api/people", params={"name": "okonkwo"}).json()
    visit = next(e for e in events if e["type"] == "monitoring_visit")
    assert c.get(f"/api/inspections/{visit['id']}").status_code == 200
    assert c.get(f"/page/council/{KESTRELFORD}").status_code == 200


def test_facts_missing_an_optional_link_do_not_join_everything(fresh):
    """A judgement with no area, a quote with no speaker, a finding with no inspection and a
    tenure with no organisation each come back once, not joined to every resolved node."""
    from rdflib import Literal, Namespace, URIRef
    from rdflib.namespace import FOAF, RDF
    from ontology import IKG, THEME, SCHEMA, ORG

    store, c = fresh
    doc = URIRef(BASE + "id/document/partial-facts")
    n = Namespace(BASE + "id/x/")
    council = URIRef(f"{BASE}id/council/{KESTRELFORD}")
    g = Graph()
    for t in [(doc, RDF.type, IKG.Document), (doc, IKG.council, council),
              (n.visit, IKG.inspectionType, Literal("ilacs")), (n.visit, IKG.council, council),
              (n.visit, IKG.judgement, n.j), (n.j, RDF.type, IKG.Judgement), (n.j, IKG.grade, IKG.grade_good),
              (n.quote, RDF.type, IKG.Quote), (n.quote, SCHEMA.text, Literal("Nobody said this.")),
              (n.finding, IKG.polarity, Literal("negative")), (n.finding, IKG.theme, THEME.workforce),
              (n.finding, IKG.council, council),
              (n.tenure, RDF.type, IKG.Tenure), (n.tenure, ORG.member, n.who), (n.tenure, IKG.roleTitle, Literal("clerk")),
              (n.who, RDF.type, FOAF.Person), (n.who, FOAF.name, Literal("Ann Example"))]:
        g.add(t)
    store.replace_graph(str(doc), g)
    rows = c.get("/api/queries/judgements", params={"document": "partial-facts"}).json()
    assert [(r.get("area"), r.get("area_label"), r["grade"]) for r in rows] == [(None, None, "good")]
    quotes = [r for r in c.get("/api/queries/quotes", params={"limit": 1000}).json() if r["text"] == "Nobody said this."]
    assert len(quotes) == 1 and quotes[0].get("speaker") is None
    findings = [r for r in c.get("/api/queries/findings", params={"limit": 1000}).json() if r["finding"] == str(n.finding)]
    assert len(findings) == 1 and findings[0].get("event") is None
    tenures = [r for r in c.get("/api/queries/tenures", params={"limit": 1000}).json() if r["tenure"] == str(n.tenure)]
    assert len(tenures) == 1 and tenures[0].get("organisation") is None
