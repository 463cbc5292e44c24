"""The SPARQL 1.1 Protocol as ikg speaks it, over real HTTP: query forms, dataset
parameters, content negotiation, errors, service description and editor, update with the
bearer token, the Graph Store Protocol, CORS, gzip and HEAD; on every back end (the service over
the embedded store, over Virtuoso and over the Oxigraph server)."""
from __future__ import annotations

import gzip
import io
import json
import re
from urllib.parse import quote

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.query import Result

from conftest import NO_DEFAULT_GRAPH, USING_ON_OXIGRAPH, service_env
from tests.server import running_server

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
G1, G2 = EX + "g1", EX + "g2"
DATA = {
    G1: f'<{EX}a> <{EX}p> "A"@en .\n<{EX}a> <{EX}n> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
    G2: f'<{EX}b> <{EX}p> "B" .\n',
}
SELECT = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}"


@pytest.fixture(scope="module")
def base(request, backend):
    with running_server(env={**service_env(request, backend), "IKG_TOKEN": TOKEN}) as url:
        with httpx.Client() as c:
            for g, nt in DATA.items():
                r = c.put(f"{url}/data", params={"graph": g}, content=nt.encode(),
                          headers={"Content-Type": "application/n-triples", **AUTH})
                assert r.status_code == 201, r.text
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def rows(resp) -> list[dict]:
    assert resp.status_code == 200, resp.text
    res = Result.parse(io.BytesIO(resp.content), format="json")
    return [{str(k): str(v) for k, v in b.items()} for b in res.bindings]


def ask(client, query, **params) -> bool:
    r = client.get("/sparql", params={"query": query, **params}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return r.json()["boolean"]


# ------------------------------------------------------------------ query forms and dataset

def test_get_form_post_and_direct_post_give_the_same_answer(client):
    json_accept = {"Accept": "application/sparql-results+json"}
    by_get = rows(client.get("/sparql", params={"query": SELECT}, headers=json_accept))
    by_form = rows(client.post("/sparql", data={"query": SELECT}, headers=json_accept))
    by_direct = rows(client.post("/sparql", content=SELECT.encode(),
                                 headers={"Content-Type": "application/sparql-query", **json_accept}))
    assert by_get == by_form == by_direct == [{"s": EX + "a", "o": "A"}, {"s": EX + "b", "o": "B"}]


def test_default_graph_is_the_union_of_document_graphs(client, backend):
    assert ask(client, f"ASK {{ <{EX}a> ?p ?o . <{EX}b> ?p ?o2 }}")
    r = rows(client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"}))
    graphs = [x["g"] for x in r]
    if backend != "embedded":  # the store's version, in the store for every ikg in front of it (ikg/state.py)
        graphs = [g for g in graphs if not g.endswith("/graph/state")]
    assert graphs == [G1, G2]


def test_from_replaces_the_union(client):
    assert not ask(client, f"ASK FROM <{G1}> {{ <{EX}b> ?p ?o }}")
    assert ask(client, f"ASK FROM <{G1}> {{ <{EX}a> ?p ?o }}")
    assert not ask(client, f"ASK FROM NAMED <{G1}> {{ <{EX}a> ?p ?o }}")  # only named graphs: empty default
    assert ask(client, f"ASK FROM NAMED <{G1}> {{ GRAPH <{G1}> {{ <{EX}a> ?p ?o }} }}")


def test_protocol_dataset_replaces_the_union(client):
    assert not ask(client, f"ASK {{ <{EX}b> ?p ?o }}", **{"default-graph-uri": G1})
    assert ask(client, f"ASK {{ <{EX}b> ?p ?o }}", **{"default-graph-uri": G2})
    # named-graph-uri limits GRAPH ?g; with only named graphs given, the default graph is empty
    assert not ask(client, f"ASK {{ GRAPH ?g {{ <{EX}b> ?p ?o }} }}", **{"named-graph-uri": G1})
    assert not ask(client, f"ASK {{ <{EX}a> ?p ?o }}", **{"named-graph-uri": G1})
    # the protocol's dataset wins over FROM
    assert ask(client, f"ASK FROM <{G1}> {{ <{EX}b> ?p ?o }}", **{"default-graph-uri": G2})


def test_dataset_parameters_in_a_form_body(client):
    r = client.post("/sparql", data={"query": f"ASK {{ <{EX}b> ?p ?o }}", "default-graph-uri": G1},
                    headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is False


def test_describe_and_construct(client):
    g = Graph().parse(data=client.get("/sparql", params={"query": f"DESCRIBE <{EX}a>"},
                                      headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (URIRef(EX + "a"), URIRef(EX + "p"), Literal("A", lang="en")) in g
    g = Graph().parse(data=client.get("/sparql", params={"query": CONSTRUCT}).text, format="turtle")
    assert len(g) == 2 and (URIRef(EX + "b"), URIRef(EX + "q"), Literal("B")) in g


# ------------------------------------------------------------------ content negotiation

@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"), ("application/json", "json"),
])
def test_select_results_formats(client, accept, fmt):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == (accept if accept != "application/json"
                                                        else "application/sparql-results+json")
    res = Result.parse(io.BytesIO(r.content), format=fmt)
    assert sorted(str(v) for b in res.bindings for k, v in b.items() if str(k) == "o") == ["A", "B"]


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld"), ("application/trig", "trig"), ("application/n-quads", "nquads"),
    ("text/n3", "n3"),
])
def test_graph_formats(client, accept, fmt):
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    g = Dataset() if fmt in ("trig", "nquads") else Graph()
    g.parse(data=r.content, format=fmt)
    assert len(g) == 2


def test_ask_formats_and_q_values(client):
    r = client.get("/sparql", params={"query": "ASK {}"},
                   headers={"Accept": "application/sparql-results+xml;q=0.5, application/sparql-results+json;q=0.9"})
    assert r.headers["content-type"].startswith("application/sparql-results+json") and r.json()["boolean"] is True
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+xml"})
    assert Result.parse(io.BytesIO(r.content), format="xml").askAnswer is True
    # a browser's Accept gets JSON results, not an HTML page
    r = client.get("/sparql", params={"query": "ASK {}"},
                   headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] in (
        "application/sparql-results+json", "application/sparql-results+xml")


def test_format_parameter_overrides_accept(client):
    r = client.get("/sparql", params={"query": SELECT, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("text/csv")
    r = client.get("/sparql", params={"query": CONSTRUCT, "format": "json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    r = client.get("/sparql", params={"query": CONSTRUCT, "format": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")


@pytest.mark.parametrize("query,accept,fmt", [
    (SELECT, "image/png", None), (CONSTRUCT, "text/csv", None), ("ASK {}", "text/csv", None),
    (SELECT, None, "turtle"), (CONSTRUCT, None, "tsv"),
])
def test_406_for_what_cannot_be_served(client, query, accept, fmt):
    params = {"query": query, **({"format": fmt} if fmt else {})}
    r = client.get("/sparql", params=params, headers={"Accept": accept} if accept else {})
    assert r.status_code == 406, r.text
    assert "available" in r.text or "answer" in r.text


# ------------------------------------------------------------------ errors

def test_malformed_query_is_400_with_the_parser_message_and_position(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("text/plain")
    assert re.search(r"\b1:\d+", r.text), r.text


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("GET", "/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D", {}, 400),
    ("POST", "/sparql", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
    ("GET", "/sparql?update=CLEAR%20ALL", {}, 400),
    ("GET", "/sparql?default-graph-uri=http%3A%2F%2Fexample.org%2Fg1", {}, 400),
    ("GET", "/sparql?query=", {}, 400),
    ("GET", "/sparql?query=ASK%20%7B%7D&default-graph-uri=not%20an%20iri", {}, 400),
    ("GET", "/sparql?query=ASK%20%7B%7D&format=png", {}, 400),
    ("PUT", "/sparql?query=ASK%20%7B%7D", {}, 405),
    ("DELETE", "/sparql", {}, 405),
    ("POST", "/sparql", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("POST", "/sparql", {"content": b"query=ASK%20%7B%7D"}, 415),
    ("POST", "/sparql", {"content": "ASK {}".encode("utf-16"),
                         "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}}, 415),
    ("POST", "/sparql", {"content": b"ASK { \xff }", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ("POST", "/sparql", {"content": b"", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ("POST", "/sparql", {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}}, 415),
    ("GET", "/update?update=CLEAR%20ALL", {}, 405),
])
def test_bad_requests_are_4xx_with_a_reason(client, method, path, kwargs, status):
    r = client.request(method, path, **kwargs)
    assert r.status_code == status, r.text
    assert r.text.strip() and r.headers["content-type"].startswith("text/plain")
    if status == 405:
        assert "Allow" in r.headers


@pytest.mark.parametrize("body,headers,status", [
    ({"update": ["CLEAR SILENT GRAPH <http://example.org/x>"] * 2}, {}, 400),
    ({"update": "CLEAR XYZ"}, {}, 400),
    ({"update": "CLEAR SILENT ALL", "query": "ASK {}"}, {}, 400),
    (b"CLEAR SILENT GRAPH <http://example.org/x>", {"Content-Type": "text/plain"}, 415),
    ("CLEAR SILENT GRAPH <http://example.org/x>".encode("utf-16"),
     {"Content-Type": "application/sparql-update; charset=UTF-16"}, 415),
])
def test_bad_updates(client, body, headers, status):
    kwargs = {"data": body} if isinstance(body, dict) else {"content": body}
    r = client.post("/update", headers={**AUTH, **headers}, **kwargs)
    assert r.status_code == status, r.text
    if r.status_code == 400 and "XYZ" in str(body):
        assert "1:" in r.text


# ------------------------------------------------------------------ service description and editor

def test_service_description(client, base):
    for headers in ({}, {"Accept": "text/turtle"}, {"Accept": "*/*"}):
        r = client.get("/sparql", headers=headers)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    svc = URIRef(base + "/sparql")
    assert (svc, SD.endpoint, svc) in g
    assert (svc, SD.feature, SD.UnionDefaultGraph) in g
    assert (svc, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert "union of all document graphs" in r.text
    jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(g)


def test_browser_gets_the_query_editor_from_local_files(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    scripts = re.findall(r'<script src="([^"]+)"', page) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert len(scripts) == 2
    for src in scripts:
        assert src.startswith("/sparql/yasgui/"), src  # served by this server (by path), no CDN
        asset = client.get(src)
        assert asset.status_code == 200 and len(asset.content) > 10_000
    assert "autocompleters = []" in page and "autocompleters: []" in page
    from app.sparql_sd import example_queries
    for ex in example_queries():
        assert json.dumps(ex["query"])[1:40].replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")\
            .replace("'", "\\u0027") in page or ex["name"] in page
    assert client.get("/sparql/yasgui/nothing.js").status_code == 404


# ------------------------------------------------------------------ CORS, gzip, HEAD

def test_cors_on_read_endpoints(client):
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://elsewhere.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    r = client.options("/sparql", headers={"Origin": "https://elsewhere.example",
                                           "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 204 and "POST" in r.headers["access-control-allow-methods"]
    assert "access-control-allow-origin" not in client.post("/update", data={"update": "CLEAR SILENT ALL"}).headers


def test_cors_on_the_graph_store(client):
    assert client.get("/data", params={"graph": G1}).headers["access-control-allow-origin"] == "*"


def test_gzip_when_accepted(client):
    query = "SELECT ?i WHERE { VALUES ?x { 1 2 3 4 5 6 7 8 9 10 } VALUES ?y { 1 2 3 4 5 6 7 8 9 10 } " \
            "VALUES ?z { 1 2 3 4 5 6 7 8 9 10 } BIND(?x * 100 + ?y * 10 + ?z AS ?i) }"
    r = client.get("/sparql", params={"query": query}, headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip"
    assert len(r.json()["results"]["bindings"]) == 1000  # httpx decoded it
    raw = httpx.get(str(client.base_url) + "/sparql", params={"query": query},
                    headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    with httpx.stream("GET", str(client.base_url) + "/sparql", params={"query": query},
                      headers={"Accept-Encoding": "gzip"}) as s:
        body = b"".join(s.iter_raw())
    assert json.loads(gzip.decompress(body))["head"]["vars"] == ["i"]


def test_head(client):
    r = client.head("/sparql", params={"query": SELECT})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    assert r.content == b""
    assert client.head("/sparql").status_code == 200


def test_head_on_the_graph_store(client):
    assert client.head("/data", params={"graph": G1}).status_code == 200
    assert client.head("/data", params={"graph": EX + "missing"}).status_code == 404


# ------------------------------------------------------------------ update

def test_update_needs_the_right_bearer_token(client):
    probe = f"<{EX}probe> <{EX}p> \"written\""
    update = f"INSERT DATA {{ GRAPH <{EX}auth> {{ {probe} }} }}"
    headers = {"Content-Type": "application/sparql-update"}
    r = client.post("/update", content=update, headers=headers)
    assert r.status_code == 401 and "Bearer" in r.headers["www-authenticate"]
    r = client.post("/update", content=update, headers={**headers, "Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/update", content=update, headers={**headers, "Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    assert not ask(client, f"ASK {{ {probe} }}")
    r = client.post("/update", content=update, headers={**headers, **AUTH})
    assert r.status_code == 204, r.text
    assert ask(client, f"ASK {{ {probe} }}")
    r = client.post("/update", data={"update": f"DROP GRAPH <{EX}auth>"}, headers=AUTH)
    assert r.status_code == 204 and not ask(client, f"ASK {{ {probe} }}")


def test_update_with_the_protocol_dataset(client, remote_gap):
    remote_gap(USING_ON_OXIGRAPH, on=["oxigraph_server"])
    r = client.post("/update", params={"using-graph-uri": G1},
                    content=f"INSERT {{ GRAPH <{EX}copy> {{ ?s <{EX}copied> ?o }} }} WHERE {{ ?s <{EX}p> ?o }}",
                    headers={"Content-Type": "application/sparql-update", **AUTH})
    assert r.status_code == 204, r.text
    got = rows(client.get("/sparql", params={"query": f"SELECT ?s WHERE {{ GRAPH <{EX}copy> {{ ?s ?p ?o }} }}"}))
    assert got == [{"s": EX + "a"}]
    r = client.post("/update", params={"using-named-graph-uri": G1},
                    content=f"WITH <{EX}copy> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
                    headers={"Content-Type": "application/sparql-update", **AUTH})
    assert r.status_code == 400 and "USING" in r.text
    assert client.post("/update", data={"update": f"DROP GRAPH <{EX}copy>"}, headers=AUTH).status_code == 204
    assert not ask(client, f"ASK {{ GRAPH <{EX}copy> {{ ?s ?p ?o }} }}")


def test_update_resolves_relative_iris_against_the_endpoint(client, base):
    r = client.post("/update", data={"update": f"INSERT DATA {{ GRAPH <{EX}base> {{ <rel> <{EX}p> 1 }} }}"},
                    headers=AUTH)
    assert r.status_code == 204
    assert ask(client, f"ASK {{ GRAPH <{EX}base> {{ <{base}/rel> ?p ?o }} }}")
    client.post("/update", data={"update": f"DROP GRAPH <{EX}base>"}, headers=AUTH)


def test_writes_are_refused_without_a_configured_token():
    with running_server(env={"IKG_STORE": "memory"}) as url:
        for r in (httpx.post(url + "/update", data={"update": "CLEAR ALL"}),
                  httpx.post(url + "/update", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"}),
                  httpx.put(url + "/data?default", content=b"", headers={"Content-Type": "text/turtle"}),
                  httpx.delete(url + "/data?default", headers={"Authorization": "Bearer x"})):
            assert r.status_code == 403
            assert "IKG_TOKEN" in r.text


def test_service_is_refused_by_default(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "IKG_ALLOW_FEDERATION" in r.text
    # the word in a string, an IRI or a prefixed name is no call
    assert ask(client, 'ASK { BIND("SERVICE" AS ?x) FILTER(?x != <http://e/LOAD>) }')


def test_load_is_refused_by_default(client):
    r = client.post("/update", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"}, headers=AUTH)
    assert r.status_code == 403 and "IKG_ALLOW_FEDERATION" in r.text


# ------------------------------------------------------------------ graph store protocol

def test_graph_store_protocol_roundtrip(client):
    g = EX + "gsp"
    url = f"/data?graph={quote(g, safe='')}"
    turtle = f'<{EX}s> <{EX}p> "é ü"@fr, 2 .'.encode()
    r = client.put(url, content=turtle, headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code == 201
    r = client.put(url, content=turtle, headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code == 204
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                        ("application/rdf+xml", "xml")):
        r = client.get(url, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        assert len(Graph().parse(data=r.content, format=fmt)) == 2
    r = client.post(url, content=f'<{EX}s> <{EX}p> "3" .'.encode(), headers={"Content-Type": "application/n-triples", **AUTH})
    assert r.status_code == 204
    assert len(Graph().parse(data=client.get(url).text, format="turtle")) == 3
    assert client.put(url, content=b"<broken", headers={"Content-Type": "text/turtle", **AUTH}).status_code == 400
    assert len(Graph().parse(data=client.get(url).text, format="turtle")) == 3  # unchanged
    assert client.put(url, content=b"x", headers={"Content-Type": "image/png", **AUTH}).status_code == 415
    assert client.put(url, content=turtle, headers={"Content-Type": "text/turtle"}).status_code == 401
    assert client.get(url, headers={"Accept": "text/csv"}).status_code == 406
    assert client.delete(url, headers=AUTH).status_code == 204
    assert client.get(url).status_code == 404
    assert client.delete(url, headers=AUTH).status_code == 404
    assert client.get("/data?default&graph=" + quote(g, safe="")).status_code == 400
    assert client.get("/data?graph=relative").status_code == 400


def test_graph_store_default_graph(client, remote_gap):
    remote_gap(NO_DEFAULT_GRAPH)
    r = client.put("/data?default", content=f"<{EX}d> <{EX}p> 1 .".encode(),
                   headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code in (201, 204)
    assert len(Graph().parse(data=client.get("/data?default").text, format="turtle")) == 1
    assert ask(client, f"ASK {{ <{EX}d> ?p ?o }}")  # the store's default graph is part of the union
    assert client.delete("/data?default", headers=AUTH).status_code == 204
    assert not ask(client, f"ASK {{ <{EX}d> ?p ?o }}")


def test_graph_store_new_graph_and_dataset(client):
    r = client.post("/data", content=f"<{EX}new> <{EX}p> 1 .".encode(), headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code == 201
    created = r.headers["location"]
    assert client.get(created).status_code == 200
    ds = Dataset()
    ds.parse(data=client.get("/data", headers={"Accept": "application/trig"}).content, format="trig")
    names = {str(c.identifier) for c in ds.contexts()}
    assert {G1, G2} <= names
    assert client.delete(created, headers=AUTH).status_code == 204
    assert client.request("PATCH", "/data?default", headers=AUTH).status_code == 405


# ------------------------------------------------------------------ the editor in a browser

CHROMIUM = "/usr/bin/chromium"


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing (apt-get install chromium)")
def test_editor_runs_a_query_and_talks_to_no_other_server(base, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(15000)
            requested: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            page.goto(base + "/sparql")
            page.wait_for_selector(".CodeMirror")
            # typing a prefix and a property would call prefix.cc and LOV if the autocompleters were on
            page.evaluate("() => { window.ikgYasgui.getTab().setQuery(''); }")
            page.click(".CodeMirror")
            page.keyboard.type("PREFIX fo")
            page.keyboard.type("af: <http://xmlns.com/foaf/0.1/>\nSELECT ?s ?o WHERE { ?s foaf:na")
            page.keyboard.press("Control+Space")
            page.wait_for_timeout(300)
            page.keyboard.press("Escape")
            page.evaluate("""() => { window.ikgYasgui.getTab().setQuery(
                'SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s'); }""")
            page.click(".yasqe_queryButton")
            page.wait_for_selector("text=2 results", timeout=15000)
            assert page.locator("table.dataTable").inner_text().count("http://example.org/") >= 2
            if page.locator("#examples option").count() > 1:
                page.select_option("#examples", index=1)
                assert page.locator(".tabPanel.active .CodeMirror, .tabPanel .CodeMirror").count() >= 1
            page.screenshot(path=str(tmp_path / "sparql-editor.png"))
        finally:
            browser.close()
    outside = [u for u in requested if not u.startswith(base) and not u.startswith(("data:", "blob:"))]
    assert outside == []
