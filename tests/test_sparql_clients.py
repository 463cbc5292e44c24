"""Real SPARQL clients against a running server: SPARQLWrapper, rdflib's SPARQLStore, and
SPARQLUpdateStore with the bearer token."""
from __future__ import annotations

import urllib.error

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tests.server import running_server

TOKEN = "client-token"
EX = "http://example.org/"
LETTER = EX + "letter"


@pytest.fixture(scope="module")
def base():
    with running_server(env={"IKG_TOKEN": TOKEN}) as url:
        store = SPARQLUpdateStore(url + "/sparql", url + "/update", headers={"Authorization": f"Bearer {TOKEN}"})
        ds = Dataset(store=store)
        g = ds.graph(URIRef(LETTER))
        g.add((URIRef(EX + "kestrelford"), URIRef(EX + "judgement"), Literal("requires improvement", lang="en")))
        g.add((URIRef(EX + "kestrelford"), URIRef(EX + "visits"), Literal(3)))
        store.close()
        yield url


def wrapper(base, fmt, method=None) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "/sparql", returnFormat=fmt)
    if method:
        sw.setMethod(method)
        if method == POSTDIRECTLY:
            sw.setRequestMethod(POSTDIRECTLY)
            sw.setMethod(POST)
    return sw


SELECT = f"SELECT ?j WHERE {{ <{EX}kestrelford> <{EX}judgement> ?j }}"
CONSTRUCT = f"CONSTRUCT WHERE {{ <{EX}kestrelford> ?p ?o }}"


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY])
def test_sparqlwrapper_select_json(base, method):
    sw = wrapper(base, JSON, method)
    sw.setQuery(SELECT)
    res = sw.queryAndConvert()
    assert [b["j"]["value"] for b in res["results"]["bindings"]] == ["requires improvement"]
    assert res["results"]["bindings"][0]["j"]["xml:lang"] == "en"


def test_sparqlwrapper_select_xml_csv_tsv(base):
    sw = wrapper(base, XML)
    sw.setQuery(SELECT)
    doc = sw.queryAndConvert()  # a DOM
    assert doc.getElementsByTagName("literal")[0].firstChild.data == "requires improvement"
    for fmt in (CSV, TSV):
        sw = wrapper(base, fmt)
        sw.setQuery(SELECT)
        out = sw.queryAndConvert().decode()
        assert out.splitlines()[0].strip() in ("j", "?j") and "requires improvement" in out


def test_sparqlwrapper_ask_and_describe(base):
    sw = wrapper(base, JSON)
    sw.setQuery(f"ASK {{ ?s <{EX}visits> 3 }}")
    assert sw.queryAndConvert()["boolean"] is True
    sw = wrapper(base, TURTLE)
    sw.setQuery(f"DESCRIBE <{EX}kestrelford>")
    g = Graph().parse(data=sw.queryAndConvert(), format="turtle")
    assert len(g) == 2


@pytest.mark.parametrize("fmt", [XML, RDFXML, TURTLE, N3, JSONLD])
def test_sparqlwrapper_construct(base, fmt):
    sw = wrapper(base, fmt)
    sw.setQuery(CONSTRUCT)
    out = sw.queryAndConvert()
    if isinstance(out, bytes):
        out = Graph().parse(data=out, format={TURTLE: "turtle", N3: "n3"}[fmt])
    if isinstance(out, (list, dict)):  # JSON-LD as parsed JSON
        import json
        out = Graph().parse(data=json.dumps(out), format="json-ld")
    assert (URIRef(EX + "kestrelford"), URIRef(EX + "visits"), Literal(3)) in out


def test_sparqlwrapper_sees_a_bad_query_as_bad(base):
    sw = wrapper(base, JSON)
    sw.setQuery("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed) as exc:
        sw.query()
    assert "1:" in str(exc.value)


def test_rdflib_sparqlstore_reads(base):
    store = SPARQLStore(base + "/sparql")
    g = Graph(store=store)
    assert (URIRef(EX + "kestrelford"), URIRef(EX + "visits"), Literal(3)) in g
    res = list(g.query(f"SELECT ?v WHERE {{ <{EX}kestrelford> <{EX}visits> ?v }}"))
    assert res[0][0] == Literal(3)
    assert g.query(f"ASK {{ <{EX}kestrelford> ?p ?o }}").askAnswer is True
    constructed = g.query(CONSTRUCT).graph
    assert len(constructed) == 2
    post_store = SPARQLStore(base + "/sparql", method="POST_FORM")
    assert len(list(Graph(store=post_store).query(SELECT))) == 1
    named = {str(c) for c in store.contexts()}
    assert LETTER in named


def test_rdflib_sparqlupdatestore_writes_with_the_token(base):
    store = SPARQLUpdateStore(base + "/sparql", base + "/update", headers={"Authorization": f"Bearer {TOKEN}"},
                              autocommit=True)
    ds = Dataset(store=store)
    g = ds.graph(URIRef(EX + "written"))
    triple = (URIRef(EX + "new"), URIRef(EX + "p"), Literal("über"))
    g.add(triple)
    assert triple in Graph(store=SPARQLStore(base + "/sparql"))
    store.update(f"DELETE WHERE {{ GRAPH <{EX}written> {{ ?s ?p ?o }} }}")
    assert triple not in Graph(store=SPARQLStore(base + "/sparql"))
    store.close()


def test_rdflib_sparqlupdatestore_without_the_token_is_refused(base):
    store = SPARQLUpdateStore(base + "/sparql", base + "/update", autocommit=True)
    with pytest.raises(urllib.error.HTTPError) as exc:
        Graph(store=store, identifier=URIRef(EX + "nope")).add((URIRef(EX + "x"), URIRef(EX + "p"), Literal(1)))
    assert exc.value.code == 401
    store.close()
