"""How ikg.remote.SparqlStore reads a server's answers, against a stand-in server (httpx's
MockTransport): no process, no network."""
from __future__ import annotations

import json

import httpx
from rdflib import Literal, URIRef

from ikg.remote import SparqlStore, selects_distinct

ROW = {"council": {"type": "uri", "value": "http://ikg.test/id/council/E99000001"},
       "name": {"type": "literal", "xml:lang": "en", "value": "Kestrelford Council"}}
OTHER = {"council": {"type": "uri", "value": "http://ikg.test/id/council/E99000001"},
         "name": {"type": "literal", "xml:lang": "en", "value": "Kestrelford"}}


def store_answering(bindings: list[dict], server: str = "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu") -> SparqlStore:
    """A SparqlStore whose server answers every query with these rows (in this order)."""
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"head": {"vars": ["council", "name"]}, "results": {"bindings": bindings}}
        return httpx.Response(200, headers={"Server": server, "Content-Type": "application/sparql-results+json"},
                              content=json.dumps(body).encode())
    store = SparqlStore("http://sparql.test/sparql")
    store.http = httpx.Client(transport=httpx.MockTransport(answer))
    return store


def test_a_distinct_answer_with_a_repeated_row_is_read_without_it():
    """Virtuoso 7.2 answers some SELECT DISTINCT queries with a row twice, depending on the
    server's history (tests/test_backends.py::test_a_server_with_a_history_answers_distinct)."""
    store = store_answering([ROW, OTHER, ROW])
    rows = store.select("SELECT DISTINCT ?council ?name WHERE { ?council ?p ?name } ORDER BY ?council")
    assert rows == [{"council": URIRef(ROW["council"]["value"]), "name": Literal("Kestrelford Council", lang="en")},
                    {"council": URIRef(ROW["council"]["value"]), "name": Literal("Kestrelford", lang="en")}]


def test_without_distinct_repeated_rows_stay():
    store = store_answering([ROW, OTHER, ROW])
    assert len(store.select("SELECT ?council ?name WHERE { ?council ?p ?name }")) == 3
    assert len(store.select("SELECT ?council ?name WHERE { { SELECT DISTINCT ?council ?name { ?council ?p ?name } } "
                            "?council ?q ?o }")) == 3


def test_rows_that_are_one_term_here_are_one_row():
    """`"x"^^xsd:string` and `"x"` are one term in RDF 1.1 (how Virtuoso writes strings)."""
    typed = {"council": ROW["council"], "name": {"type": "typed-literal", "value": "Kestrelford",
                                                 "datatype": "http://www.w3.org/2001/XMLSchema#string"}}
    plain = {"council": ROW["council"], "name": {"type": "literal", "value": "Kestrelford"}}
    assert len(store_answering([typed, plain]).select("SELECT DISTINCT ?council ?name WHERE { ?council ?p ?name }")) == 1


def test_which_queries_select_distinct():
    assert selects_distinct("PREFIX x: <http://x/>\n# SELECT ?a\nselect  distinct ?a WHERE { ?a ?b ?c }")
    assert not selects_distinct("SELECT ?a WHERE { { SELECT DISTINCT ?a { ?a ?b ?c } } }")
    assert not selects_distinct("SELECT ?a WHERE { ?a <http://x/p> \"SELECT DISTINCT\" }")
    assert not selects_distinct("ASK { ?a ?b ?c }")
