"""Answers kept per store version (app/memo.py): the home page's counts follow every write."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

from app import memo
from ikg.pipeline import load_paths
from ontology import Minter
from test_api_data import BASE, TOKEN, examples_store, make_app
from test_readmodel import LETTER


def documents_on_home(client) -> int:
    return int(re.search(r"<b>(\d+)</b> documents", client.get("/").text).group(1))


def test_kept_until_the_store_changes(tmp_path):
    store, settings = examples_store()
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert memo.per_version(store, BASE, "k", compute) == 1
    assert memo.per_version(store, BASE, "k", compute) == 1 and len(calls) == 1
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    load_paths(store, Minter(BASE), [letter])
    assert memo.per_version(store, BASE, "k", compute) == 2


def test_the_home_page_counts_follow_a_write(tmp_path):
    store, settings = examples_store()
    client = TestClient(make_app(store, settings))
    before = documents_on_home(client)
    assert documents_on_home(client) == before
    r = client.post("/api/documents", files={"file": ("rutland-letter.txt", LETTER.encode(), "text/plain")},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    assert documents_on_home(client) == before + 1


def test_healthz_counts_the_graphs_once_per_version(monkeypatch):
    # a SPARQL server answers "which graphs?" by scanning every quad: /healthz pings by the version
    store, settings = examples_store()
    client = TestClient(make_app(store, settings))
    scans = []
    original = type(store).graph_names
    monkeypatch.setattr(type(store), "graph_names", lambda self: scans.append(1) or original(self))
    first = client.get("/healthz").json()
    assert first["status"] == "ok" and first["graphs"] == len(original(store))
    for _ in range(3):
        assert client.get("/healthz").json() == first
    assert len(scans) == 1
    r = client.put("/data", params={"graph": f"{BASE}graph/extra"}, content=b"<urn:a> <urn:b> <urn:c> .",
                   headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (201, 204), r.text
    assert client.get("/healthz").json()["graphs"] == first["graphs"] + 1
