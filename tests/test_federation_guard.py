"""Federation fails closed: SERVICE and LOAD are found by Oxigraph's own parser, so no
spelling walks around the check; a refused request never opens a connection, and with
federation on a failed SERVICE call is made once (a network error is not a store fault)."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
from contextlib import contextmanager

import httpx
import pytest

from app.sparql_text import calls_out
from tests.server import running_server

TOKEN = "fed-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "http://127.0.0.1:8000/sparql"


@contextmanager
def listener():
    """A TCP server on 127.0.0.1 that counts the connections it is offered and drops them."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(64)
    count = [0]
    stop = threading.Event()

    def accept():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            count[0] += 1
            conn.close()

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}/", count
    finally:
        stop.set()
        t.join(2)
        srv.close()


def queries(url: str) -> dict[str, str]:
    """Ways to write a SERVICE call; the first ones walked around the old hand-written lexer."""
    return {
        "escaped local name": f"PREFIX : <http://x/> SELECT * WHERE {{ VALUES ?x {{ :a\\# }} "
                              f"SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "\\u0041 in an IRI": f"SELECT * WHERE {{ BIND(<http://x/\\u0041#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "\\u0041 in the service IRI": f"SELECT * WHERE {{ SERVICE <{url}\\u0041> {{ ?s ?p ?o }} }}",
        "lower case, no space": f"select * where {{ service<{url}>{{ ?s ?p ?o }} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    }


def updates(url: str) -> dict[str, str]:
    return {
        "escaped local name": f"PREFIX : <http://x/> INSERT DATA {{ :a :b :c\\# }} ; LOAD <{url}d.ttl>",
        "\\u0041 in an IRI": f"INSERT DATA {{ <http://x/\\u0041#> <http://x/b> 1 }} ; LOAD <{url}d.ttl>",
        "into a graph": f"load silent <{url}d.ttl> into graph <http://x/g>",
        "SERVICE in a WHERE": f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    }


@pytest.mark.parametrize("name", list(queries("http://h/")))
def test_the_parser_finds_service(name):
    assert calls_out(queries("http://127.0.0.1:9/")[name], base_iri=BASE) == "SERVICE"


@pytest.mark.parametrize("name", list(updates("http://h/")))
def test_the_parser_finds_load(name):
    assert calls_out(updates("http://127.0.0.1:9/")[name], update=True, base_iri=BASE) in ("LOAD", "SERVICE")


@pytest.mark.parametrize("text", [
    'ASK { BIND("SERVICE" AS ?x) FILTER(?x != <http://e/LOAD>) }',
    "PREFIX download: <http://x/> SELECT ?service WHERE { ?service download:load ?o } # SERVICE <http://x/>",
    'SELECT * WHERE { ?s ?p """ SERVICE <http://x/> { } """ }',
    "SELECT * WHERE { ?s ?p ?o ",  # malformed: Oxigraph refuses it with its own message
])
def test_the_words_elsewhere_are_no_call(text):
    assert calls_out(text, base_iri=BASE) is None


def test_refused_requests_open_no_connection():
    with listener() as (url, count), running_server(env={"IKG_TOKEN": TOKEN, "IKG_STORE": "memory"}) as base:
        with httpx.Client(base_url=base, timeout=30) as c:
            for name, q in queries(url).items():
                for r in (c.get("/sparql", params={"query": q}),
                          c.post("/sparql", data={"query": q}),  # what a web page's form can send
                          c.post("/sparql", content=q, headers={"Content-Type": "application/sparql-query"})):
                    assert r.status_code == 403, (name, r.status_code, r.text)
                    assert "IKG_ALLOW_FEDERATION" in r.text
            for name, u in updates(url).items():
                r = c.post("/update", data={"update": u}, headers=AUTH)
                assert r.status_code == 403, (name, r.text)
            # using-graph-uri rewrites the text: the check reads the text that would run
            r = c.post("/update", data={"update": f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                                        "using-graph-uri": "http://x/g"}, headers=AUTH)
            assert r.status_code == 403
        assert count[0] == 0


def test_a_failed_service_call_is_made_once():
    """Federation on, on-disk store (worker processes): a SERVICE whose server drops the
    connection is an error answered at once, not retried as if the store were at fault."""
    with listener() as (url, count), running_server(env={"IKG_ALLOW_FEDERATION": "true"}) as base:
        r = httpx.get(base + "/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"},
                      timeout=30)
        assert r.status_code == 500
        assert "Connection" not in r.text and "Error" not in r.text  # no raw exception text
        assert count[0] == 1


CUT = """
import socket, sys
from app.sparql_worker import cut_network
if not cut_network():
    sys.exit(77)
try:
    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
except OSError:
    sys.exit(0)
sys.exit(1)
"""


def test_query_workers_can_be_cut_off_the_network():
    with listener() as (url, count):
        port = url.rsplit(":", 1)[1].strip("/")
        done = subprocess.run([sys.executable, "-c", CUT, port], cwd=str(__import__("tests.server").server.ROOT))
        if done.returncode == 77:
            pytest.skip("this platform allows no network namespace (unshare) for an unprivileged process")
        assert done.returncode == 0
        assert count[0] == 0


def test_deep_nesting_costs_no_server():
    """Oxigraph's parser overflows its stack on a few thousand nested groups: the server
    refuses such text before any parse, and parses what it lets through in an evaluator."""
    deep = 20000
    with running_server(env={"IKG_TOKEN": TOKEN, "IKG_STORE": "memory"}) as base, \
            httpx.Client(base_url=base, timeout=60) as c:
        r = c.post("/sparql", data={"query": "SELECT * WHERE { " + "{" * deep + " ?s ?p ?o " + "}" * deep + " }"})
        assert r.status_code == 400 and "deep" in r.text
        r = c.post("/update", data={"update": "INSERT { ?s ?p ?o } WHERE { " + "{" * deep + "}" * deep + " }"},
                   headers=AUTH)
        assert r.status_code == 400 and "deep" in r.text
        # nesting the bracket count does not see (a path sequence): the evaluator takes the fall
        seq = "/".join(["<http://e/p>"] * 60000)
        r = c.post("/update", data={"update": f"INSERT {{ ?s <http://e/q> ?o }} WHERE {{ ?s {seq} ?o }}"},
                   headers=AUTH)
        assert r.status_code == 400
        r = c.post("/sparql", data={"query": f"SELECT * WHERE {{ ?s {seq} ?o }}"})
        assert r.status_code >= 400
        assert c.get("/healthz").status_code == 200
        assert c.post("/update", data={"update": "INSERT DATA { <http://e/s> <http://e/p> 1 }"},
                      headers=AUTH).status_code == 204
