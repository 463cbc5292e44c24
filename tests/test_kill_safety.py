"""Kill safety and copies: a load killed with SIGKILL at random moments leaves every
document fully present or fully absent and the store opens cleanly (slow: 50+ kills);
`ikg backup` copies the store consistently while `ikg serve` runs on it; `ikg export`
then `ikg load` of the export gives an isomorphic dataset."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from tests.server import running_server

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
IKG = [sys.executable, "-m", "ikg.cli"]
TOKEN = "kill-token"


def ikg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([*IKG, *args], cwd=str(ROOT), capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if check:
        assert done.returncode == 0, done.stderr[-2000:]
    return done


def datasets_isomorphic(a: bytes, b: bytes) -> bool:
    da, db = Dataset(), Dataset()
    da.parse(data=a, format="trig")
    db.parse(data=b, format="trig")
    names_a = {str(g.identifier) for g in da.graphs() if len(g)}
    names_b = {str(g.identifier) for g in db.graphs() if len(g)}
    return names_a == names_b and all(isomorphic(da.graph(n), db.graph(n)) for n in names_a)


def test_export_then_load_gives_an_isomorphic_dataset(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    ikg("load", "--store-path", str(a), *map(str, sorted(EXAMPLES.glob("*.txt"))))
    ikg("export", "--store-path", str(a), "-o", str(tmp_path / "a.trig"))
    ikg("load", "--store-path", str(b), str(tmp_path / "a.trig"))
    ikg("export", "--store-path", str(b), "-o", str(tmp_path / "b.trig"))
    first, second = (tmp_path / "a.trig").read_bytes(), (tmp_path / "b.trig").read_bytes()
    assert len(first) > 10_000
    assert datasets_isomorphic(first, second)


def test_backup_while_the_service_runs(tmp_path):
    with running_server(env={"IKG_TOKEN": TOKEN}, load=sorted(EXAMPLES.glob("*.txt"))) as base:
        # a write the service has not flushed to its files yet (it sits in the write-ahead log)
        r = httpx.put(base + "/data", params={"graph": "http://example.org/late"},
                      content=b'<http://example.org/s> <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .',
                      headers={"Content-Type": "application/n-triples", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201
        count = httpx.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"},
                          headers={"Accept": "application/sparql-results+json"}).json()
        expected = int(count["results"]["bindings"][0]["n"]["value"])
        dest = tmp_path / "copy"
        done = ikg("backup", "--store-path", str(base.store_path), str(dest))
        assert f"{expected} quads" in done.stderr
        copy = ox.Store(str(dest))  # opens as an ordinary store, read-write
        assert len(copy) == expected
        assert ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                       ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                       ox.NamedNode("http://example.org/late")) in copy
        del copy
        # the service still answers, and exports too while it runs
        assert httpx.get(base + "/healthz").status_code == 200
        exported = ikg("export", "--store-path", str(base.store_path)).stdout
        assert "http://example.org/late" in exported
        assert ikg("backup", "--store-path", str(base.store_path), str(dest), check=False).returncode == 1


def graph_sizes(path: Path) -> dict[str, int]:
    """Quads per named graph; opening read-write makes RocksDB recover from its log, as a
    restart of the service would (a store that does not open cleanly fails here)."""
    import gc

    store = ox.Store(str(path))
    counts: dict[str, int] = {}
    q = None
    for q in store.quads_for_pattern(None, None, None, None):
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        counts[g] = counts.get(g, 0) + 1
    del store, q
    gc.collect()  # lets go of the store's lock for the next writer
    return counts


WRITER = """
import random, sys
import pyoxigraph as ox
store = ox.Store(sys.argv[1])
ops = open(sys.argv[2], encoding="utf-8").read().split("\\n#--\\n")
rng = random.Random(int(sys.argv[3]))
print("ready", flush=True)
while True:  # write until killed: one update per operation, as Store.replace_graph / drop_graph do
    store.update(rng.choice(ops))
"""


def replace_operations(nquads: str) -> list[str]:
    """For each document graph of an N-Quads export: the update Store.replace_graph sends for it
    (drop, then insert the whole graph, one transaction), and its drop."""
    graphs: dict[str, list[str]] = {}
    for line in nquads.splitlines():
        body, graph = line.rstrip(" .").rsplit(" ", 1)
        if "/id/document/" in graph:
            graphs.setdefault(graph, []).append(body + " .")
    ops = []
    for g, lines in sorted(graphs.items()):
        ops.append(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }")
        ops.append(f"DROP SILENT GRAPH {g}")
    return ops


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_load_killed_at_random_moments_leaves_whole_documents(tmp_path):
    """55 rounds: a process replacing and dropping whole document graphs, one update each as
    the pipeline does, is killed with SIGKILL at a random moment; the store then opens cleanly
    and every document graph is absent or exactly as a clean load makes it."""
    files = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    clean = tmp_path / "clean"
    ikg("load", "--store-path", str(clean), *files)
    ikg("export", "--store-path", str(clean), "--format", "nquads", "-o", str(tmp_path / "all.nq"))
    (tmp_path / "ops.ru").write_text("\n#--\n".join(replace_operations((tmp_path / "all.nq").read_text())),
                                     encoding="utf-8")
    docs = {g: n for g, n in graph_sizes(clean).items() if "/id/document/" in g}
    assert len(docs) == len(files)
    store = tmp_path / "store"
    rng = random.Random(12)
    kills = 0
    for round_ in range(55):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(tmp_path / "ops.ru"), str(round_)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.5))
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        kills += 1
        for g, n in graph_sizes(store).items():
            if "/id/document/" in g:
                assert n == docs[g], f"round {round_}: {g} has {n} of its {docs[g]} triples"
    assert kills >= 50
