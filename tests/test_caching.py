"""HTTP caching over a real server: weak ETags from the store's version on the read routes, 304 on
If-None-Match, Cache-Control; a write through any ikg process in front of a store changes them all."""
from __future__ import annotations

import httpx
import pytest

from app.caching import cacheable, matches
from ikg import state
from ikg.store import OxigraphStore
from tests.conftest import EXAMPLES, ROOT
from tests.server import running_server

TOKEN = "cache-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KESTRELFORD = "E99000001"
COUNCIL = f"/id/council/{KESTRELFORD}"
READS = ["/api/councils", f"/api/councils/{KESTRELFORD}/timeline", "/api/england", f"/page/council/{KESTRELFORD}",
         "/page/england", "/", "/councils", "/ontology", "/api/queries"]


@pytest.fixture(scope="module")
def served():
    with running_server(env={"IKG_TOKEN": TOKEN}, load=sorted(EXAMPLES.glob("*.txt"))) as url:
        with httpx.Client(base_url=url, timeout=120) as http:
            yield http


def tag_of(http: httpx.Client, path: str, **headers) -> str:
    r = http.get(path, headers=headers)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    assert r.headers["etag"].startswith('W/"'), path
    return r.headers["etag"]


# ---------------------------------------------------------------- the rules

def test_if_none_match_compares_weakly_and_reads_lists():
    assert matches('W/"abc"', 'W/"abc"') and matches('"abc"', 'W/"abc"')
    assert matches('W/"x", W/"abc" ,"y"', 'W/"abc"')
    assert not matches('W/"abcd"', 'W/"abc"') and not matches("", 'W/"abc"') and not matches("*", 'W/"abc"')


def test_read_routes_are_cacheable_and_the_protocol_routes_are_not():
    for path in ["/", "/api", "/api/councils", "/page/england", "/id/council/E1", "/data/council/E1.ttl",
                 "/ontology", "/ontology.ttl", "/ontology/Council", "/themes", "/themes/workforce", "/councils",
                 "/search"]:
        assert cacheable(path), path
    for path in ["/sparql", "/sparql/yasgui/yasgui.min.js", "/update", "/data", "/healthz", "/static/style.css",
                 "/docs", "/openapi.json", "/redoc", "/councilsx", "/apix"]:
        assert not cacheable(path), path


def test_the_version_is_in_the_store_once_it_holds_ikg_data():
    from ikg import pipeline
    from ontology import Minter

    store, other = OxigraphStore(None), OxigraphStore(None)
    first = state.version(store, "http://a.test/")  # no ikg data: the process keeps the token
    assert state.version(store, "http://a.test") == first  # the same base, without its slash
    assert state.version(store, "http://b.test/") != first and state.version(other, "http://a.test/") != first
    second = state.bump(store, "http://a.test/")
    assert second != first and state.version(store, "http://a.test/") == second
    assert store.graph_names() == []  # nothing SPARQL users did not write
    pipeline.ensure_reference(store, Minter("http://a.test/"))
    third = state.bump(store, "http://a.test/")
    assert state.version(store, "http://a.test/") == third != second
    assert "http://a.test/graph/state" in store.graph_names()
    store.update("DROP ALL")
    fourth = state.bump(store, "http://a.test/")
    assert state.version(store, "http://a.test/") == fourth != third and store.graph_names() == []


@pytest.mark.backends
def test_a_remote_store_keeps_its_version_in_a_graph(oxigraph_server):
    oxigraph_server.clear()
    with oxigraph_server.store() as one, oxigraph_server.store() as two:
        assert state.version(one, "http://a.test/") == state.NEVER_WRITTEN
        token = state.bump(one, "http://a.test")
        assert state.version(two, "http://a.test/") == token and state.version(two, "http://b.test/") == "0"
        assert one.graph_names() == ["http://a.test/graph/state"] and one.quad_count() == 1
        assert state.bump(two, "http://a.test/") != token and one.quad_count() == 1
    oxigraph_server.clear()


@pytest.mark.backends
def test_loading_a_dataset_into_a_remote_store_changes_its_version(oxigraph_server, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from ikg.cli import app

    oxigraph_server.clear()
    for k, v in {**oxigraph_server.env(), "IKG_BASE_IRI": "http://a.test/"}.items():
        monkeypatch.setenv(k, v)
    export = tmp_path / "export.trig"  # an export holds the version of its content
    export.write_text('GRAPH <http://a.test/graph/state> { <http://a.test/graph/state> '
                      '<https://w3id.org/ikg/ontology#storeVersion> "exported" }\n'
                      'GRAPH <http://a.test/g> { <http://a.test/s> <http://a.test/p> 1 }\n')
    data = tmp_path / "data.trig"
    data.write_text("GRAPH <http://a.test/g> { <http://a.test/s> <http://a.test/p> 2 }\n")
    with oxigraph_server.store() as store:
        assert CliRunner().invoke(app, ["load", str(export)]).exit_code == 0
        assert state.version(store, "http://a.test/") == "exported"  # into an empty store: the same content
        assert CliRunner().invoke(app, ["load", str(data)]).exit_code == 0
        changed = state.version(store, "http://a.test/")
        assert changed not in ("exported", state.NEVER_WRITTEN)
        assert CliRunner().invoke(app, ["load", str(export)]).exit_code == 0  # over other data: a new version
        assert state.version(store, "http://a.test/") not in ("exported", changed)
    oxigraph_server.clear()


# ---------------------------------------------------------------- one server

def test_read_routes_carry_an_etag_and_answer_304_when_it_matches(served):
    for path in READS:
        r = served.get(path)
        assert r.status_code == 200, path
        tag = r.headers["etag"]
        assert tag.startswith('W/"') and r.headers["cache-control"] == "public, no-cache", path
        assert "accept" in r.headers["vary"].lower(), path
        again = served.get(path, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"", path
        assert again.headers["etag"] == tag and again.headers["cache-control"] == "public, no-cache"
        listed = served.get(path, headers={"If-None-Match": f'W/"other", {tag}'})
        assert listed.status_code == 304, path
        other = served.get(path, headers={"If-None-Match": 'W/"other"'})
        assert other.status_code == 200 and other.content == r.content and other.headers["etag"] == tag, path
    assert len({tag_of(served, p) for p in READS}) == len(READS)  # one per resource


def test_the_etag_follows_the_accept_header_and_not_the_method(served):
    turtle = tag_of(served, COUNCIL, accept="text/turtle")
    ntriples = tag_of(served, COUNCIL, accept="application/n-triples")
    assert turtle != ntriples
    assert served.get(COUNCIL, headers={"accept": "text/turtle", "If-None-Match": ntriples}).status_code == 200
    html = served.get(COUNCIL, headers={"accept": "text/html"}, follow_redirects=False)
    assert html.status_code == 303 and "etag" not in html.headers  # only a 200 is tagged
    page = tag_of(served, html.headers["location"], accept="text/html")
    assert page not in (turtle, ntriples)
    csv = tag_of(served, "/api/councils", accept="text/csv")
    assert csv != tag_of(served, "/api/councils")
    head = served.head("/api/councils")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == tag_of(served, "/api/councils")
    assert served.head("/api/councils", headers={"If-None-Match": head.headers["etag"]}).status_code == 304


def test_if_none_match_star_is_304_only_where_there_is_an_answer(served):
    r = served.get("/api/councils", headers={"If-None-Match": "*"})
    assert r.status_code == 304 and r.content == b"" and r.headers["etag"] == tag_of(served, "/api/councils")
    assert served.get("/api/councils/E00000000", headers={"If-None-Match": "*"}).status_code == 404


def test_no_etag_on_the_protocol_routes_or_on_errors(served):
    for path in ["/sparql?query=ASK%20%7B%7D", "/healthz", "/data?default", "/openapi.json", "/docs",
                 "/api/councils/E00000000", "/page/council/E00000000", "/id/council/E00000000"]:
        r = served.get(path, headers={"accept": "text/turtle"} if path.startswith("/id/") else {})
        assert "etag" not in r.headers and "public" not in r.headers.get("cache-control", ""), (path, r.status_code)
    assert served.get("/api/councils/E00000000").status_code == 404


def test_every_write_changes_every_etag(served):
    paths = ["/api/councils", f"/page/council/{KESTRELFORD}", "/api/queries"]
    before = {p: tag_of(served, p) for p in paths}
    letter = ROOT / "tests" / "fixtures" / "ofsted_monitoring_letter.txt"
    r = served.post("/api/documents", headers=AUTH, files={"file": (letter.name, letter.read_bytes())})
    assert r.status_code == 201, r.text
    uploaded = {p: tag_of(served, p) for p in paths}
    for p in paths:
        assert uploaded[p] != before[p], p
        assert served.get(p, headers={"If-None-Match": before[p]}).status_code == 200, p
    r = served.post("/update", headers=AUTH,
                    data={"update": "INSERT DATA { GRAPH <http://ikg.test/g> { <http://ikg.test/s> "
                                    "<http://ikg.test/p> 1 } }"})
    assert r.status_code in (200, 204), r.text
    updated = {p: tag_of(served, p) for p in paths}
    for p in paths:
        assert updated[p] != uploaded[p], p
        assert served.get(p, headers={"If-None-Match": uploaded[p]}).status_code == 200, p
        assert served.get(p, headers={"If-None-Match": updated[p]}).status_code == 304, p
    refused = served.post("/update", data={"update": "CLEAR ALL"})  # no token: nothing written
    assert refused.status_code == 401 and tag_of(served, "/api/councils") == updated["/api/councils"]


def test_a_plain_sparql_store_changes_its_etags_and_holds_only_what_was_written():
    with running_server(env={"IKG_TOKEN": TOKEN, "IKG_STORE": "memory"}) as url, \
            httpx.Client(base_url=url, timeout=60) as http:
        before = tag_of(http, "/api/councils")
        r = http.post("/update", headers=AUTH, data={"update": "INSERT DATA { <http://ikg.test/s> <http://ikg.test/p> 1 }"})
        assert r.status_code in (200, 204), r.text
        assert tag_of(http, "/api/councils") != before
        count = http.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
        assert count.text.split() == ["n", "1"]


# ---------------------------------------------------------------- several processes, one store

@pytest.mark.backends
def test_front_ends_over_one_store_agree_and_see_each_others_writes(oxigraph_server):
    from ikg import pipeline
    from ontology import Minter

    base = "http://ikg.test/"
    oxigraph_server.clear()
    with oxigraph_server.store() as store:
        assert not [r.error for r in pipeline.load_paths(store, Minter(base), [EXAMPLES]) if r.error]
        loaded = state.version(store, base)
    assert loaded != "0"
    env = {**oxigraph_server.env(), "IKG_TOKEN": TOKEN, "IKG_BASE_IRI": base}
    with running_server(env=env) as a, running_server(env=env) as b, \
            httpx.Client(base_url=a, timeout=120) as one, httpx.Client(base_url=b, timeout=120) as two:
        paths = ["/api/councils", f"/page/council/{KESTRELFORD}", f"/data/council/{KESTRELFORD}.ttl"]
        before = {p: tag_of(one, p) for p in paths}
        assert before == {p: tag_of(two, p) for p in paths}
        assert tag_of(one, COUNCIL, accept="text/turtle") == tag_of(two, COUNCIL, accept="text/turtle")
        assert two.get("/api/councils", headers={"If-None-Match": before["/api/councils"]}).status_code == 304
        letter = ROOT / "tests" / "fixtures" / "ofsted_monitoring_letter.txt"  # /update needs the embedded store
        r = one.post("/api/documents", headers=AUTH, files={"file": (letter.name, letter.read_bytes())})
        assert r.status_code == 201, r.text
        after = {p: tag_of(two, p) for p in paths}
        assert after == {p: tag_of(one, p) for p in paths}
        assert all(after[p] != before[p] for p in paths)
        assert two.get("/api/councils", headers={"If-None-Match": before["/api/councils"]}).status_code == 200
    with oxigraph_server.store() as store:
        assert state.version(store, base) not in ("0", loaded)
    oxigraph_server.clear()


@pytest.mark.backends
def test_max_age_and_a_store_that_is_down():
    from tests.backends import OXIGRAPH_MISSING, oxigraph_binary, running_oxigraph

    if not oxigraph_binary():
        pytest.skip(OXIGRAPH_MISSING)
    with running_oxigraph() as store, \
            running_server(env={**store.env(), "IKG_CACHE_MAX_AGE": "120", "IKG_SPARQL_TIMEOUT": "5"}) as url:
        r = httpx.get(url + "/api/councils")
        assert r.status_code == 200 and r.headers["cache-control"] == "public, max-age=120" and r.headers["etag"]
        store.stop()
        down = httpx.get(url + "/api/councils", headers={"If-None-Match": r.headers["etag"]}, timeout=30)
        assert down.status_code == 503 and "etag" not in down.headers  # no 304 from a store it cannot ask
        store.start()
        assert httpx.get(url + "/api/councils", headers={"If-None-Match": r.headers["etag"]}).status_code == 304
