"""The curated queries run under IKG_RESULT_CAP rows and IKG_QUERY_TIMEOUT seconds, on every
back end: past either the answer is a 503 saying which limit, never a server busy for as long
as the query wants; the pipeline and resolution read without limits."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from ikg.config import Settings
from ikg.store import OxigraphStore, TooLarge, TooSlow, select_limits

DOCUMENT = "https://w3id.org/ikg/ontology#Document"


def fill(store, n: int):
    store.update("INSERT DATA { GRAPH <http://127.0.0.1:8000/id/document/d> { "
                 + " ".join(f"<http://e/s{i}> a <{DOCUMENT}> ." for i in range(n)) + " } }")
    return store


def test_select_stops_at_the_cap_only_inside_the_limits(backend_store):
    s = fill(backend_store, 50)
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    assert len(s.select(q)) == 50
    with select_limits(10, None), pytest.raises(TooLarge):
        s.select(q)
    with select_limits(50, 30):
        assert len(s.select(q)) == 50
    with select_limits(None, 1e-6), pytest.raises(TooSlow):
        s.select(q)
    assert len(s.select(q)) == 50  # outside the block: no limits


def test_a_curated_query_over_the_cap_is_a_503(backend_store):
    store = fill(backend_store, 30)
    with TestClient(create_app(Settings(store="memory", result_cap=5), store)) as c:
        r = c.get("/api/queries/describe_out", params={"resource": "http://e/s1"})
        assert r.status_code == 200
        big = c.get("/api/queries/describe_in", params={"resource": DOCUMENT})
        assert big.status_code == 503 and "IKG_RESULT_CAP" in big.text
        assert "retry-after" in big.headers


def test_a_curated_query_past_the_time_limit_is_a_503(backend_store):
    store = fill(backend_store, 3000)
    with TestClient(create_app(Settings(store="memory", query_timeout=1e-6), store)) as c:
        r = c.get("/api/queries/describe_in", params={"resource": DOCUMENT})
        assert r.status_code == 503 and "IKG_QUERY_TIMEOUT" in r.text, r.text
    with TestClient(create_app(Settings(store="memory", query_timeout=30), store)) as c:
        r = c.get("/api/queries/describe_in", params={"resource": DOCUMENT, "limit": 1000})
        assert r.status_code == 200 and r.headers["x-total-count"] == "3000"


def test_a_slow_curated_query_is_stopped_between_rows():
    """The embedded store evaluates as rows are read: reading stops at the limit, long before
    every row of the answer is made."""
    import time
    store = fill(OxigraphStore(None), 2000)
    q = "SELECT ?a ?b WHERE { ?a a ?t . ?b a ?t }"  # 4 million rows
    started = time.monotonic()
    with select_limits(None, 0.2), pytest.raises(TooSlow, match="IKG_QUERY_TIMEOUT"):
        store.select(q)
    assert time.monotonic() - started < 20
