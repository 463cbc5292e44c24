"""Linked data: minted IRIs dereference with content negotiation (303 to pages, RDF
descriptions with provenance), and the vocabulary is served."""
from __future__ import annotations

import warnings

import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ontology import IKG
from test_api_data import BASE, EXAMPLES, KESTRELFORD, examples_store, make_app

warnings.filterwarnings("ignore", category=DeprecationWarning)

COUNCIL = URIRef(f"{BASE}id/council/{KESTRELFORD}")
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml"}


@pytest.fixture(scope="module")
def client():
    store, settings = examples_store()
    return TestClient(make_app(store, settings))


def test_html_gets_303_to_the_page(client):
    r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
                   follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/page/council/{KESTRELFORD}"
    assert "accept" in r.headers.get("vary", "").lower()
    assert client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": "text/html"}).status_code == 200


@pytest.mark.parametrize("media,fmt", sorted(RDF_TYPES.items()))
def test_council_description_in_every_format(client, media, fmt):
    r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": media}, follow_redirects=False)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    assert r.headers["content-location"].startswith(f"/data/council/{KESTRELFORD}.")
    g = Graph().parse(data=r.text, format=fmt)
    inspections = set(g.subjects(IKG.council, COUNCIL)) & set(g.subjects(IKG.inspectionType, None))
    if not inspections:  # incoming triples carry only type and label, not inspectionType
        inspections = {s for s in g.subjects(IKG.council, COUNCIL) if "/id/inspection/" in str(s)}
    assert inspections, "the council's inspections"
    assert (COUNCIL, IKG.onsCode, None) in g and (COUNCIL, SKOS.prefLabel, None) in g
    sentences = set(g.subjects(RDF.type, IKG.Sentence))
    assert sentences and all(g.value(s, IKG.text) and g.value(s, DCTERMS.isPartOf) for s in sentences)
    assert any(g.value(s, IKG.charStart) is not None for s in sentences)


def test_quad_formats_keep_the_document_graphs(client):
    for media, fmt in (("application/trig", "trig"), ("application/n-quads", "nquads")):
        r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": media})
        assert r.status_code == 200
        ds = Dataset()
        ds.parse(data=r.text, format=fmt)
        graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert f"{BASE}id/document/kestrelford-monitoring-letter-2025" in graphs


def test_data_urls_and_q_values(client):
    r = client.get(f"/data/council/{KESTRELFORD}.ttl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    Graph().parse(data=r.text, format="turtle")
    for ext, fmt in (("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")):
        assert len(Graph().parse(data=client.get(f"/data/council/{KESTRELFORD}.{ext}").text, format=fmt)) > 10
    r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": "text/html;q=0.5, text/turtle"},
                   follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/data/council/E00000000.ttl").status_code == 404
    assert client.get("/data/council/E99000001.xlsx").status_code == 404


def test_unknown_iris_are_404(client):
    for path in ("/id/council/E00000000", "/id/person/nobody-at-all", "/id/inspection/x", "/id/finding/none"):
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404
        assert client.get(path, headers={"Accept": "text/html"}, follow_redirects=False).status_code == 404


def test_people_inspections_findings_documents_dereference(client):
    visit = next(e for e in client.get("/api/inspections").json() if e["type"] == "monitoring_visit")
    finding = client.get("/api/concerns", params={"limit": 1}).json()[0]
    for path in ("/id/person/amara-okonkwo", f"/id/inspection/{visit['id']}", f"/id/finding/{finding['id']}",
                 "/id/document/kestrelford-monitoring-letter-2025"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.status_code == 200, path
        g = Graph().parse(data=r.text, format="turtle")
        assert (URIRef(BASE + path[1:]), None, None) in g
        r = client.get(path, headers={"Accept": "text/html"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/page/" + path[len("/id/"):]
    g = Graph().parse(data=client.get(f"/id/finding/{finding['id']}", headers={"Accept": "text/turtle"}).text,
                      format="turtle")
    F = URIRef(finding["iri"])
    S = g.value(F, IKG.evidence)
    assert S is not None and str(g.value(S, IKG.text)) == finding["text"]
    assert g.value(S, DCTERMS.isPartOf) == URIRef(f"{BASE}id/document/{finding['document']}")


def test_sentence_iris_go_to_their_place_in_the_document(client):
    finding = client.get("/api/concerns", params={"limit": 1}).json()[0]
    sentence = finding["sentence"][len(BASE) - 1:]
    r = client.get(sentence, headers={"Accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/page/document/{finding['document']}#char={finding['char']}"
    g = Graph().parse(data=client.get(sentence, headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (None, IKG.evidence, URIRef(finding["sentence"])) in g


def test_the_vocabulary_is_served(client):
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert (IKG.Council, RDF.type, None) in g
    assert "Council" in client.get("/ontology", headers={"Accept": "text/html"}).text
    assert len(Graph().parse(data=client.get("/ontology.ttl").text, format="turtle")) > 100
    g = Graph().parse(data=client.get("/ontology/Council", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (IKG.Council, None, None) in g
    assert client.get("/ontology/Council").status_code == 200
    assert client.get("/ontology/NoSuchTerm", headers={"Accept": "text/turtle"}).status_code == 404
    g = Graph().parse(data=client.get("/themes", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert len(set(g.subjects(SKOS.inScheme, URIRef("https://w3id.org/ikg/themes")))) >= 20
    r = client.get("/themes/workforce", headers={"Accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/page/theme/workforce"
    assert client.get("/themes/workforce.ttl").status_code == 200


def test_turtle_from_a_real_server_holds_the_councils_inspections():
    """curl -H 'Accept: text/turtle' http://127.0.0.1:PORT/id/council/<ons>"""
    import httpx
    from server import running_server

    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    with running_server(load=files) as url:
        r = httpx.get(f"{url}/id/council/{KESTRELFORD}", headers={"Accept": "text/turtle"}, timeout=30)
        assert r.status_code == 200
        g = Graph().parse(data=r.text, format="turtle")
        council = URIRef(f"{url}/id/council/{KESTRELFORD}")
        inspections = {s for s in g.subjects(IKG.council, council) if "/id/inspection/" in str(s)}
        assert len(inspections) >= 2
        assert all(g.value(i, RDF.type) is not None for i in inspections)


def test_head_requests(client):
    r = client.head(f"/id/council/{KESTRELFORD}", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert client.head(f"/data/council/{KESTRELFORD}.nt").status_code == 200
