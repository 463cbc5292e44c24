"""Benchmarks: `make bench` (or `python bench/run.py [--copies N]`).

Each measure runs the candidate and a baseline in the same run, on the same data,
and prints their ratio, so results compare across machines:

- store load and queries: the embedded Oxigraph store against rdflib's own in-memory
  Dataset and SPARQL engine, on a synthetic graph made by copying the examples' graphs;
- extraction: a full extraction of a document against only reading it and splitting
  sentences (what any extractor must pay);
- remote store: the same graphs in Virtuoso (Debian's virtuoso-opensource, started here on
  free loopback ports; skipped when absent) against the embedded store: documents written per
  second, and the median time of the store queries and of curated API endpoints.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Dataset, Graph, URIRef  # noqa: E402

from ikg.store import OxigraphStore  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.read import read_document  # noqa: E402
from loaders.text import sentences  # noqa: E402
from loaders.to_rdf import to_rdf  # noqa: E402
from ontology import Minter, sparql_prefixes  # noqa: E402

BASE = "http://bench.example/"
QUERIES = {
    "lookup": "SELECT ?f ?text WHERE { ?f a ikg:Concern ; ikg:evidence ?s . ?s ikg:text ?text } LIMIT 50",
    "aggregate": "SELECT ?theme (COUNT(?f) AS ?n) WHERE { ?f ikg:theme ?theme } GROUP BY ?theme ORDER BY DESC(?n)",
}


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(fn, repeat=1):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def example_graphs() -> list[tuple[str, Graph]]:
    minter = Minter(BASE)
    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        doc = read_document(path)
        out.append((str(minter.document(doc.id)), to_rdf(doc, extract(doc), minter)))
    return out


def copies(graphs, n):
    """n renamed copies of each graph: every IRI under the base gets a suffix."""
    def rename(term, i):
        return URIRef(f"{term}-c{i}") if isinstance(term, URIRef) and str(term).startswith(BASE) else term
    for i in range(n):
        for iri, g in graphs:
            yield f"{iri}-c{i}", [(rename(s, i), p, rename(o, i)) for s, p, o in g]


def bench_store(n: int) -> None:
    data = list(copies(example_graphs(), n))
    triples = sum(len(t) for _, t in data)
    print(f"store: {len(data)} graphs, {triples} triples")

    gc.collect(); before = rss_mb()
    ox = OxigraphStore(None)
    def load_ox():
        for iri, ts in data:
            g = Graph()
            for t in ts:
                g.add(t)
            ox.replace_graph(iri, g)
    t_ox = timed(load_ox)
    mem_ox = rss_mb() - before

    gc.collect(); before = rss_mb()
    ds = Dataset(default_union=True)
    def load_rdflib():
        for iri, ts in data:
            g = ds.graph(URIRef(iri))
            for t in ts:
                g.add(t)
    t_rl = timed(load_rdflib)
    mem_rl = rss_mb() - before
    print(f"  load      oxigraph {t_ox:7.3f} s   rdflib {t_rl:7.3f} s   speed-up x{t_rl / t_ox:5.1f}")
    print(f"  memory    oxigraph {mem_ox:7.1f} MB  rdflib {mem_rl:7.1f} MB  ratio    x{mem_rl / max(mem_ox, 0.1):5.1f}")
    for name, q in QUERIES.items():
        q = sparql_prefixes() + q
        a = timed(lambda: ox.select(q), repeat=3)
        b = timed(lambda: list(ds.query(q)), repeat=3)
        print(f"  {name:9} oxigraph {a:7.3f} s   rdflib {b:7.3f} s   speed-up x{b / a:5.1f}")


def p50(fn, repeat=15) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2]


API = ["/api/councils", "/api/people?name=okonkwo", "/api/concerns?limit=50", "/api/search?q=placement"]


def bench_remote(n: int) -> None:
    from fastapi.testclient import TestClient

    from app.main import create_app
    from ikg.config import Settings
    from ikg.pipeline import ensure_reference
    from tests.backends import running_virtuoso, virtuoso_binary

    if not virtuoso_binary():
        print("remote: skipped, Virtuoso is not installed (apt-get install virtuoso-opensource)")
        return
    data = []
    for iri, ts in copies(example_graphs(), n):
        g = Graph()
        for t in ts:
            g.add(t)
        data.append((iri, g))
    with running_virtuoso() as v:
        stores = {"embedded": OxigraphStore(None), "virtuoso": v.store()}
        rate, clients = {}, {}
        for name, st in stores.items():
            ensure_reference(st, Minter(BASE))
            t = timed(lambda: [st.replace_graph(iri, g) for iri, g in data])
            rate[name] = len(data) / t
            kind = "memory" if name == "embedded" else "sparql"
            clients[name] = TestClient(create_app(Settings(store=kind, base_iri=BASE), st))
        print(f"remote: {len(data)} graphs; Virtuoso {v.base} (Graph Store PUT per graph)")
        print(f"  ingest    embedded {rate['embedded']:7.1f} graphs/s   virtuoso {rate['virtuoso']:7.1f} graphs/s")
        for qname, q in QUERIES.items():
            q = sparql_prefixes() + q
            a, b = (p50(lambda st=st: st.select(q)) for st in stores.values())
            print(f"  {qname:24} p50 embedded {a * 1000:8.1f} ms   virtuoso {b * 1000:8.1f} ms   x{b / a:6.1f}")
        for path in API:
            a, b = (p50(lambda c=c: c.get(path).raise_for_status()) for c in clients.values())
            print(f"  {path:24} p50 embedded {a * 1000:8.1f} ms   virtuoso {b * 1000:8.1f} ms   x{b / a:6.1f}")
        stores["virtuoso"].close()


def bench_extraction() -> None:
    path = ROOT / "examples" / "kestrelford_monitoring_letter_2025.txt"
    extract(read_document(path))  # warm up: models load once
    base = timed(lambda: sentences(read_document(path).text), repeat=5)
    full = timed(lambda: extract(read_document(path)), repeat=5)
    print(f"extraction: read+sentences {base * 1000:7.1f} ms   full extraction {full * 1000:7.1f} ms   "
          f"cost x{full / base:5.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=300, help="copies of the example graphs (default 300)")
    ap.add_argument("--only", choices=["store", "extraction", "remote"], help="run one of the benchmarks")
    a = ap.parse_args()
    if a.only in (None, "store"):
        bench_store(a.copies)
    if a.only in (None, "extraction"):
        bench_extraction()
    if a.only in (None, "remote"):
        bench_remote(a.copies)


if __name__ == "__main__":
    main()
