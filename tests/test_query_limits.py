"""The curated queries run under IKG_RESULT_CAP rows and IKG_QUERY_TIMEOUT seconds: past
either the answer is a 503 saying which limit, never a server busy for as long as the
query wants; the pipeline and resolution read without limits."""
from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import create_app
from ikg.config import Settings
from ikg.store import OxigraphStore, TooLarge, select_limits

import pytest


def store_with(n: int) -> OxigraphStore:
    s = OxigraphStore(None)
    s.update("INSERT DATA { GRAPH <http://127.0.0.1:8000/id/document/d> { "
             + " ".join(f"<http://e/s{i}> a <https://w3id.org/ikg/ontology#Document> ." for i in range(n)) + " } }")
    return s


def test_select_stops_at_the_cap_only_inside_the_limits():
    s = store_with(50)
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    assert len(s.select(q)) == 50
    with select_limits(10, None), pytest.raises(TooLarge):
        s.select(q)
    with select_limits(50, 30):
        assert len(s.select(q)) == 50


def test_a_curated_query_over_the_cap_is_a_503():
    store = store_with(30)
    app = create_app(Settings(store="memory", result_cap=5), store)
    with TestClient(app) as c:
        r = c.get("/api/queries/describe_out", params={"resource": "http://e/s1"})
        assert r.status_code == 200
        r = c.get("/api/queries/documents")
        assert r.status_code in (200, 503)
        big = c.get("/api/queries/describe_in", params={"resource": "https://w3id.org/ikg/ontology#Document"})
        assert big.status_code == 503 and "IKG_RESULT_CAP" in big.text
