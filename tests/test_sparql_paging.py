"""Lists of /api/queries/{name} are ordered, sliced and counted inside SPARQL (ORDER BY,
LIMIT/OFFSET, COUNT): pages of any size add up to the whole answer without overlap, the
total is the store's count, and the order is the list order of the API (sort_items)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from app import queries_api
from app.queries_api import QUERIES, _columns, bind_params, run_query, rows_json, sort_items
from test_api_data import BASE, examples_store, make_app

# the queries a caller may run without parameters (the others need an id)
PAGED = sorted(name for name, q in QUERIES.items()
               if _columns(q.text) and not any(p.required and p.default in (None, "") for p in q.params))


@pytest.fixture(scope="module")
def app_and_store():
    store, settings = examples_store()
    return TestClient(make_app(store, settings)), store


def test_most_queries_are_paged_in_sparql():
    assert len(PAGED) >= 20, PAGED


@pytest.mark.parametrize("name", PAGED)
def test_pages_add_up_to_the_whole_answer_in_list_order(app_and_store, name):
    client, store = app_and_store
    q = QUERIES[name]
    whole = rows_json(run_query(store, q, bind_params(q, {}, BASE)))  # every row, as the query gives them
    r = client.get(f"/api/queries/{name}", params={"limit": 1000})
    assert r.status_code == 200, r.text
    assert int(r.headers["x-total-count"]) == len(whole)
    everything = r.json()
    pages, offset = [], 0
    while offset < len(whole):
        page = client.get(f"/api/queries/{name}", params={"limit": 3, "offset": offset})
        assert int(page.headers["x-total-count"]) == len(whole)
        pages += page.json()
        offset += 3
    assert pages == everything  # no row twice, none left out, one order
    as_text = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
    assert as_text(everything) == as_text(whole)
    if q.sort:  # the order on the sort columns is the one sort_items gives
        keys = [k.strip().lstrip("-+") for k in q.sort.split(",")]
        project = lambda rows: [tuple(str(r.get(k)).lower() for k in keys) for r in rows]  # noqa: E731
        assert project(everything) == project(sort_items(list(whole), None, q.sort))


def test_a_requested_sort_orders_inside_sparql(app_and_store):
    client, _ = app_and_store
    name = next(n for n in PAGED if "date" in (_columns(QUERIES[n].text) or []))
    down = [r.get("date") for r in client.get(f"/api/queries/{name}", params={"sort": "-date", "limit": 1000}).json()]
    dated = [d for d in down if d not in (None, "")]
    assert dated == sorted(dated, reverse=True) and down[:len(dated)] == dated  # blanks last
    r = client.get(f"/api/queries/{name}", params={"sort": "colour"})
    assert r.status_code == 422 and "colour" in r.text


def test_a_page_reads_only_the_page(app_and_store, monkeypatch):
    client, store = app_and_store
    seen = []
    original = queries_api.run_query

    def spy(store, q, bindings, text=None):
        rows = original(store, q, bindings, text)
        seen.append(len(rows))
        return rows
    monkeypatch.setattr(queries_api, "run_query", spy)
    r = client.get("/api/queries/findings", params={"limit": 2})
    assert len(r.json()) == 2 and int(r.headers["x-total-count"]) > 2
    assert seen == [2, 1]  # the page, then the count: never every finding


@pytest.mark.parametrize("name", PAGED)
def test_a_store_that_cannot_order_gives_the_same_pages(app_and_store, name, monkeypatch):
    # Virtuoso 7.2 (ikg.remote.SparqlStore.pages_in_sparql): the rows are ordered in Python, ties alike
    client, store = app_and_store
    params = {"limit": 4, "offset": 1}
    in_sparql = client.get(f"/api/queries/{name}", params=params)
    monkeypatch.setattr(type(store), "pages_in_sparql", False)
    in_python = client.get(f"/api/queries/{name}", params=params)
    assert in_python.json() == in_sparql.json()
    assert in_python.headers["x-total-count"] == in_sparql.headers["x-total-count"]
