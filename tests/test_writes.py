"""One writer at a time, and the resolution follows every write: a document deleted or
replaced through the Graph Store or SPARQL Update is gone from the resolution graph too
(so /api/conflicts never cites it); concurrent uploads both land and both are resolved;
an upload whose extraction hits its time or memory limit is refused and changes nothing. The
service runs over each back end (embedded on disk, Virtuoso, the Oxigraph server)."""
from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from conftest import service_env
from tests.server import running_server

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TOKEN = "writes-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LETTER = "kestrelford-monitoring-letter-2025"


def mentions(c: httpx.Client, base: str, doc: str) -> int:
    """Triples of the resolution graphs (shared and per council) naming the document or anything
    minted under it."""
    iri = f"{base}/id/document/{doc}"
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
         f"FILTER(STRSTARTS(STR(?g), \"{base}/graph/resolution\")) "
         f"FILTER(STRSTARTS(STR(?s), \"{iri}\") || STRSTARTS(STR(?o), \"{iri}\")) }}")
    r = c.get("/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def graphs(c: httpx.Client) -> set[str]:
    r = c.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
              headers={"Accept": "application/sparql-results+json"})
    return {b["g"]["value"] for b in r.json()["results"]["bindings"]}


@pytest.fixture(scope="module")
def server(request, backend):
    """Examples loaded; the tests below run in order on it (uploads, deletes, a timeout last)."""
    with running_server(env={**service_env(request, backend), "IKG_TOKEN": TOKEN, "IKG_EXTRACT_TIMEOUT": "3"},
                        load=[EXAMPLES / "kestrelford_monitoring_letter_2025.txt"]) as base, \
            httpx.Client(base_url=base, timeout=180) as c:
        yield base, c


def test_concurrent_uploads_both_land_and_are_resolved(server):
    base, c = server
    files = sorted(EXAMPLES.glob("kestrelford_news_*.txt"))
    answers = {}

    def upload(path: Path):
        answers[path.name] = httpx.post(base + "/api/documents", headers=AUTH, timeout=180,
                                        files={"file": ("copy_" + path.name, path.read_bytes(), "text/plain")},
                                        data={"published": path.stem.rsplit("_", 1)[1]})

    threads = [threading.Thread(target=upload, args=(f,)) for f in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [answers[f.name].status_code for f in files] == [201, 201], [answers[f.name].text for f in files]
    for f in files:
        doc = answers[f.name].json()["document"]["id"]
        assert mentions(c, base, doc) > 0, doc  # resolved after the last write, whichever it was


@pytest.mark.parametrize("how", ["graph store", "update"])
def test_a_deleted_document_leaves_the_resolution(server, how):
    base, c = server
    doc_id = {"graph store": LETTER, "update": "copy-kestrelford-news-2025-10-20"}[how]
    assert mentions(c, base, doc_id) > 0
    doc = f"{base}/id/document/{doc_id}"
    if how == "graph store":
        r = c.delete("/data", params={"graph": doc}, headers=AUTH)
    else:
        r = c.post("/update", data={"update": f"DROP GRAPH <{doc}>"}, headers=AUTH)
    assert r.status_code == 204, r.text
    assert mentions(c, base, doc_id) == 0
    assert doc_id not in c.get("/api/conflicts").text
    assert all(d["id"] != doc_id for d in c.get("/api/documents").json())


def test_an_extraction_over_its_time_limit_changes_nothing(server):
    base, c = server
    big = ("Kestrelford children's services were inspected by Ofsted. " * 40000).encode()
    before = graphs(c)
    r = c.post("/api/documents", headers=AUTH, files={"file": ("huge.txt", big, "text/plain")})
    assert r.status_code == 422 and "IKG_EXTRACT_TIMEOUT" in r.text, r.text
    assert graphs(c) == before
    assert c.get("/healthz").status_code == 200


def test_an_extraction_over_its_memory_limit_changes_nothing():
    with running_server(env={"IKG_TOKEN": TOKEN, "IKG_STORE": "memory",
                             "IKG_EXTRACT_MEMORY": str(200 * 1024 * 1024)}) as base, \
            httpx.Client(base_url=base, timeout=180) as c:
        before = graphs(c)
        r = c.post("/api/documents", headers=AUTH,
                   files={"file": ("other.txt", (EXAMPLES / "kestrelford_news_2025-10-20.txt").read_bytes(),
                                   "text/plain")})
        assert r.status_code == 413 and "IKG_EXTRACT_MEMORY" in r.text, r.text
        assert graphs(c) == before
