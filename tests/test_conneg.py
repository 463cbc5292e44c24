"""One content negotiation for every route (app.conneg): the same Accept rules (q-values,
specificity, the client's order, then the server's) on the JSON API, the linked-data
addresses and the SPARQL endpoint; one table of formats that every writer reads."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app import conneg, sparql_conneg
from test_api_data import KESTRELFORD, examples_store, make_app


@pytest.fixture(scope="module")
def client():
    store, settings = examples_store()
    return TestClient(make_app(store, settings))


@pytest.mark.parametrize("accept,want", [
    (None, "json"), ("", "json"), ("*/*", "json"), ("application/*", "json"),
    ("text/csv", "csv"), ("text/*", "csv"), ("application/ld+json", "jsonld"),
    ("text/csv;q=0.1, application/json", "json"),          # q-values count
    ("application/json;q=0.2, text/csv;q=0.9", "csv"),
    ("application/ld+json;q=0.5, */*;q=0.1", "jsonld"),
    ("image/png", "json"),                                 # nothing this API writes: JSON
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json"),  # a browser
])
def test_api_formats_by_accept(accept, want):
    f = conneg.negotiate(accept, conneg.API_OFFERS)
    assert (f.key if f else "json") == want


@pytest.mark.parametrize("accept,ext", [
    (None, "html"), ("*/*", "html"), ("text/*", "html"), ("application/*", "jsonld"),
    ("text/turtle", "ttl"), ("text/n3", "ttl"), ("application/json", "jsonld"), ("text/plain", "nt"),
    ("application/xml", "rdf"), ("application/x-trig", "trig"), ("application/n-quads", "nq"),
    ("text/html;q=0.5, text/turtle", "ttl"), ("text/turtle;q=0, */*;q=0.1", "html"),
    ("image/png", None),
])
def test_linked_data_formats_by_accept(accept, ext):
    f = conneg.negotiate(accept, conneg.LD_OFFERS)
    assert (f.ext if f else None) == ext


def test_one_table_of_formats():
    # every RDF format has a pyoxigraph and an rdflib writer; the SPARQL offers are the same objects
    for f in conneg.RDF_FORMATS:
        assert f.ox is not None and f.rdflib, f
    assert sparql_conneg.TURTLE is conneg.TURTLE and sparql_conneg.negotiate is conneg.negotiate
    assert {f.ext for f in conneg.BY_EXT.values()} == {"ttl", "nt", "jsonld", "rdf", "trig", "nq"}
    assert conneg.rdf_in("application/trig") is None  # a graph's body is a graph syntax
    assert conneg.rdf_in("text/plain") is conneg.NTRIPLES


def test_api_honours_q_values(client):
    r = client.get("/api/councils", headers={"Accept": "text/csv;q=0.1, application/json"})
    assert r.headers["content-type"].startswith("application/json")
    r = client.get("/api/councils", headers={"Accept": "application/json;q=0.2, text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    r = client.get(f"/api/councils/{KESTRELFORD}", headers={"Accept": "application/ld+json;q=0.9, text/csv;q=0.5"})
    assert r.headers["content-type"].startswith("application/ld+json") and "@context" in r.json()
    assert client.get("/api/councils", params={"format": "text/csv"}).headers["content-type"].startswith("text/csv")
    r = client.get("/api/councils", params={"format": "yaml"})
    assert r.status_code == 422 and "yaml" in r.text


def test_linked_data_and_sparql_share_the_rules(client):
    accept = "text/html;q=0.4, text/turtle;q=0.8"
    r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": accept}, follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    r = client.get(f"/id/council/{KESTRELFORD}", headers={"Accept": "text/n3"}, follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
