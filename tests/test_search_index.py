"""The search index (app/search_index.py): the same hits as the SPARQL search, per store version,
never an answer older than the store."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient
from rdflib import Literal
from test_api_data import BASE, examples_store, make_app
from test_readmodel import LETTER

from app import search_index
from app.queries_api import select
from app.services import search
from ikg import state
from ikg.pipeline import load_paths
from ontology import Minter

QUERIES = ["okonkwo", "Kestrelford", "plans", "PLANS FOR CHILDREN", "pl", "monitoring visit", "zzzz-nothing"]


def wait_ready(store, timeout: float = 60) -> None:
    index = search_index.for_store(store)
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready = index._ready
        if ready and ready[0] == state.version(store, BASE):
            return
        time.sleep(0.05)
    raise AssertionError("the search index was not built in time")


def live(store, q):
    """The ranking over the SPARQL query's rows, the index bypassed."""
    rows = select(store, "search", q=Literal(q.strip()))
    original = search.search_rows
    search.search_rows = lambda *_: rows
    try:
        return search.search_data(store, BASE, q)
    finally:
        search.search_rows = original


def test_the_index_gives_the_hits_the_query_gives():
    store, _ = examples_store()
    search_index.for_store(store).build_in_background(store, BASE)
    wait_ready(store)
    for q in QUERIES:
        assert search.search_data(store, BASE, q) == live(store, q), q
    assert search.search_data(store, BASE, "okonkwo")  # and they are not all empty


def test_the_index_ranks_and_pages_as_the_query_rows_are_ranked():
    store, _ = examples_store()
    search_index.for_store(store).build_in_background(store, BASE)
    wait_ready(store)
    for q in QUERIES + ["children", "ch"]:
        every = live(store, q)
        for limit, offset in ((5, 0), (3, 4), (1000, 0), (0, 0), (5, len(every) + 10)):
            page, total = search.hits_page(store, BASE, q, limit, offset)
            assert (page, total) == (every[offset:offset + limit], len(every)), (q, limit, offset)


def test_a_changed_store_is_searched_by_query_until_its_index_is_built(tmp_path):
    store, settings = examples_store()
    client = TestClient(make_app(store, settings))
    search_index.for_store(store).build_in_background(store, BASE)
    wait_ready(store)
    assert client.get("/api/search", params={"q": "Ashdown"}).json() == []
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    load_paths(store, Minter(BASE), [letter])
    state.bump(store, BASE)
    hits = client.get("/api/search", params={"q": "Ashdown"}).json()  # the new text, at once
    assert [h["kind"] for h in hits] == ["person"]
    wait_ready(store)
    assert client.get("/api/search", params={"q": "Ashdown"}).json() == hits


def test_the_index_pages_hits_beyond_the_result_cap_that_a_sort_must_hold_at_once():
    store, settings = examples_store()
    search_index.for_store(store).build_in_background(store, BASE)
    wait_ready(store)
    client = TestClient(make_app(store, settings.model_copy(update={"result_cap": 2})))
    r = client.get("/api/search", params={"q": "the", "limit": 2, "offset": 2})
    assert r.status_code == 200 and len(r.json()) == 2 and int(r.headers["X-Total-Count"]) > 4
    r = client.get("/api/search", params={"q": "the", "sort": "text"})  # every hit, to sort them
    assert r.status_code == 503 and "IKG_RESULT_CAP" in r.json()["detail"]
