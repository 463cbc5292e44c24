"""Limits of the SPARQL endpoint: a query time limit that really stops the work while the
server keeps answering, streamed large answers, the request body cap, and federation
switched on."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.server import running_server

TOKEN = "limits-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/"
# 200 triples, five-fold cross product: 3.2e11 solutions to count, hours of work.
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
LIMIT = 2.0


def put_triples(base: str, n: int, graph: str = EX + "g") -> None:
    data = "".join(f"<{EX}s{i}> <{EX}p> <{EX}o{i}> .\n" for i in range(n)).encode()
    r = httpx.put(base + "/data", params={"graph": graph}, content=data,
                  headers={"Content-Type": "application/n-triples", **AUTH}, timeout=60)
    assert r.status_code in (201, 204), r.text


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy(pids: list[int], window: float = 0.4) -> list[int]:
    """Those of `pids` that burn CPU over `window` seconds (gone or zombie: not busy)."""
    before = {p: cpu_seconds(p) for p in pids}
    time.sleep(window)
    return [p for p in pids if alive(p) and cpu_seconds(p) - before[p] > window * 0.25]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the work stop")
@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_time_limit_stops_the_query_and_the_server_stays_responsive(store):
    with running_server(env={"IKG_STORE": store, "IKG_TOKEN": TOKEN, "IKG_QUERY_TIMEOUT": str(LIMIT)}) as base:
        put_triples(base, 200)
        client = httpx.Client(base_url=base, timeout=30)
        assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200  # warm
        outcome = {}

        def long_query():
            t = time.monotonic()
            r = httpx.get(base + "/sparql", params={"query": LONG}, timeout=60)
            outcome.update(status=r.status_code, text=r.text, seconds=time.monotonic() - t)

        runner = threading.Thread(target=long_query)
        runner.start()
        time.sleep(0.3)
        # the process evaluating the long query: the one of the server's that keeps a CPU busy
        evaluators = []
        for _ in range(2):  # on a loaded machine (2 cores, many processes) a window sees less of the CPU
            evaluators = busy(descendants(base.process.pid), window=0.6)
            if evaluators:
                break
        assert evaluators, "no process of the server is evaluating the long query"
        during = []
        while runner.is_alive() and len(during) < 20:
            t = time.monotonic()
            assert client.get("/healthz").status_code == 200
            r = client.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"})
            assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "200"
            during.append(time.monotonic() - t)
            time.sleep(0.1)
        runner.join(30)
        assert len(during) >= 3, "the long query did not run long enough to probe the server meanwhile"
        assert max(during) < 1.5, during

        assert outcome["status"] == 503, outcome
        assert "time limit" in outcome["text"] and "IKG_QUERY_TIMEOUT" in outcome["text"]
        assert LIMIT - 0.1 <= outcome["seconds"] < LIMIT + 2.0, outcome

        # the work really stopped: the evaluating process is gone (or idle)
        assert busy(evaluators) == []
        # and the server goes on answering, queries included
        r = client.get("/sparql", params={"query": f"ASK {{ <{EX}s1> ?p ?o }}"})
        assert r.status_code == 200 and r.json()["boolean"] is True
        assert client.get("/healthz").status_code == 200
        client.close()


def test_large_answers_stream_and_a_stream_past_the_limit_is_cut():
    with running_server(env={"IKG_TOKEN": TOKEN, "IKG_QUERY_TIMEOUT": str(LIMIT)}) as base:
        put_triples(base, 20_000)
        with httpx.stream("GET", base + "/sparql", params={"query": "SELECT ?s ?o WHERE { ?s ?p ?o }"},
                          headers={"Accept": "text/csv"}, timeout=30) as r:
            assert r.status_code == 200
            assert "content-length" not in r.headers  # streamed, not built first
            assert r.headers.get("transfer-encoding") == "chunked"
            lines = sum(chunk.count(b"\n") for chunk in r.iter_bytes())
        assert lines == 20_001  # header and one row each

        # 9e8 rows: the answer starts at once and runs into the limit while being sent
        cut = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
        t = time.monotonic()
        with pytest.raises(httpx.HTTPError):
            with httpx.stream("GET", base + "/sparql", params={"query": cut}, headers={"Accept": "text/csv"},
                              timeout=30) as r:
                assert r.status_code == 200
                for _ in r.iter_bytes():
                    pass
        assert time.monotonic() - t < LIMIT + 3
        assert httpx.get(base + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_request_body_cap():
    with running_server(env={"IKG_STORE": "memory", "IKG_TOKEN": TOKEN, "IKG_BODY_CAP": "2000"}) as base:
        big = "ASK { " + "# padding\n" * 300 + "}"
        r = httpx.post(base + "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413 and "IKG_BODY_CAP" in r.text
        r = httpx.post(base + "/sparql", content=iter([b"ASK {}", b" " * 3000]),  # chunked, no length
                       headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413
        r = httpx.put(base + "/data?default", content=b"<http://e/s> <http://e/p> <http://e/o> .\n" * 100,
                      headers={"Content-Type": "application/n-triples", **AUTH})
        assert r.status_code == 413
        small = httpx.post(base + "/sparql", content=b"ASK {}", headers={"Content-Type": "application/sparql-query"})
        assert small.status_code == 200


def test_federation_when_allowed():
    with running_server(env={"IKG_STORE": "memory", "IKG_TOKEN": TOKEN, "IKG_ALLOW_FEDERATION": "true"}) as base:
        put_triples(base, 3)
        # SERVICE back to this very server: the outer query waits while the server answers the inner one
        query = f"SELECT ?s WHERE {{ SERVICE <{base}/sparql> {{ ?s <{EX}p> <{EX}o1> }} }}"
        r = httpx.get(base + "/sparql", params={"query": query}, timeout=30)
        assert r.status_code == 200, r.text
        assert [b["s"]["value"] for b in r.json()["results"]["bindings"]] == [EX + "s1"]
        sd = httpx.get(base + "/sparql", headers={"Accept": "text/turtle"}).text
        assert "BasicFederatedQuery" in sd


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_an_update_past_its_time_limit_changes_nothing(store):
    """The WHERE clauses of an update are timed in a killable evaluator before the update
    takes the write lock: past IKG_UPDATE_TIMEOUT it is refused, and reads and writes go on."""
    with running_server(env={"IKG_STORE": store, "IKG_TOKEN": TOKEN, "IKG_UPDATE_TIMEOUT": "1"}) as base:
        put_triples(base, 200)
        slow = (f"INSERT {{ GRAPH <{EX}out> {{ ?a <{EX}n> ?o }} }} "
                f"WHERE {{ GRAPH ?g {{ ?a ?b ?c . ?d ?e ?f . ?g1 ?h ?i . ?j ?k ?l . ?m ?n2 ?o }} }}")
        t = time.monotonic()
        r = httpx.post(base + "/update", data={"update": slow}, headers=AUTH, timeout=60)
        assert r.status_code == 503 and "IKG_UPDATE_TIMEOUT" in r.text, r.text
        assert time.monotonic() - t < 10
        ask = httpx.get(base + "/sparql", params={"query": f"ASK {{ GRAPH <{EX}out> {{ ?s ?p ?o }} }}"},
                        headers={"Accept": "application/sparql-results+json"})
        assert ask.json()["boolean"] is False
        quick = httpx.post(base + "/update", data={"update": f"INSERT {{ GRAPH <{EX}out> {{ ?s <{EX}q> ?o }} }} "
                                                             f"WHERE {{ GRAPH <{EX}g> {{ ?s <{EX}p> ?o }} }}"},
                           headers=AUTH, timeout=60)
        assert quick.status_code == 204, quick.text
