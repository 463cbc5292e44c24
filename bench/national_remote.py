"""The national store in Virtuoso beside the embedded store: when should a user switch?

    .venv/bin/python bench/national_remote.py STORE_PATH [--requests 15] [--base http://127.0.0.1:8000/]

STORE_PATH is the embedded store `make bench-national` loads (../shared's national, ofsted-dev and
liverpool corpora, resolved, with its read model). It is copied into two fresh stores measured in
the same run: a fresh embedded store on disk and Virtuoso (Debian's virtuoso-opensource, started
here on free ports with a throw-away database): all but `--sample` document graphs by each
engine's bulk loader, then those document graphs one by one through ikg's store interface, as
`ikg load` writes them: that rate is the store's share of ingest (extraction, the same for both,
is measured by `make bench-national`). Then a real `ikg serve` is started on each store and every endpoint of
bench/national.py gets the same warm-up and sequential requests: p50 per endpoint and the ratio
Virtuoso / embedded.
"""
from __future__ import annotations

import argparse
from pathlib import Path
import shutil
import statistics
import sys
import tempfile
import time

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from national import ENDPOINTS, free_port, latencies, p, start, stop, wait_for_search_index  # noqa: E402

from ikg.store import OxigraphStore  # noqa: E402
from tests.backends import running_virtuoso, virtuoso_binary  # noqa: E402


def split(path: Path, sample: int) -> tuple[list[tuple[str, str]], bytes]:
    """(the first `sample` document graphs as (IRI, N-Triples), every other quad as N-Quads)."""
    store = ox.Store.read_only(str(path))
    names = sorted(g.value for g in store.named_graphs())
    picked = [g for g in names if "/id/document/" in g][:sample]
    graphs = [(g, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)).decode()) for g in picked]
    skip = {f"<{g}> .".encode() for g in picked}
    rest = b"".join(line for line in store.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
                    if not line.rstrip().endswith(tuple(skip)))
    return graphs, rest


def copy_into(store, graphs: list[tuple[str, str]]) -> tuple[float, int]:
    """Seconds to write the graphs (one replace per document graph, as `ikg load` does), and their triples."""
    t = time.perf_counter()
    for iri, text in graphs:
        store.replace_graph_ntriples(iri, text)
    return time.perf_counter() - t, sum(text.count("\n") for _, text in graphs)


def bulk_embedded(path: Path, nquads: bytes) -> None:
    store = ox.Store(str(path))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store


def bulk_virtuoso(v, nquads: bytes) -> None:
    """Virtuoso's own bulk loader (ld_dir + rdf_loader_run), as its documentation advises for a first load."""
    import subprocess
    (v.folder / "rest.nq").write_bytes(nquads)
    isql = shutil.which("isql-vt") or shutil.which("isql")
    script = "ld_dir('.', 'rest.nq', 'urn:default');\nrdf_loader_run();\ncheckpoint;\n"
    r = subprocess.run([isql, f"127.0.0.1:{v.sql_port}", "dba", "dba"], input=script, capture_output=True,
                       text=True, timeout=3600)
    if r.returncode or "Error" in r.stdout + r.stderr:
        raise SystemExit(f"Virtuoso bulk load failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")


def p50s(port: int, n: int) -> dict[str, tuple[float, float, int]]:
    out = {}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
        for path in ENDPOINTS:
            times, status, _ = latencies(client, path, n)
            out[path] = (p(times, .5), p(times, .99), status)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--requests", type=int, default=15)
    ap.add_argument("--sample", type=int, default=40, help="document graphs written through ikg's store interface")
    ap.add_argument("--base", default="http://127.0.0.1:8000/", help="the base IRI the store was loaded with")
    args = ap.parse_args()
    if not virtuoso_binary():
        raise SystemExit("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    t = time.perf_counter()
    graphs, rest = split(args.store, args.sample)
    quads = rest.count(b"\n")
    print(f"read {args.store} in {time.perf_counter() - t:.1f} s: {quads} quads to bulk-load, "
          f"{len(graphs)} document graphs to write through ikg's store interface", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="ikg-bench-"))
    try:
        t = time.perf_counter()
        bulk_embedded(scratch / "embedded", rest)
        bulk_e = time.perf_counter() - t
        fresh = OxigraphStore(str(scratch / "embedded"))
        secs_e, triples = copy_into(fresh, graphs)
        fresh.close()
        with running_virtuoso() as v:
            t = time.perf_counter()
            bulk_virtuoso(v, rest)
            bulk_v = time.perf_counter() - t
            remote = v.store()
            secs_v, _ = copy_into(remote, graphs)
            remote.close()
            print(f"bulk load: embedded {bulk_e:.1f} s, Virtuoso {bulk_v:.1f} s (x{bulk_v / bulk_e:.1f})", flush=True)
            print(f"{len(graphs)} document graphs ({triples} triples) written as ikg load writes them: embedded "
                  f"{secs_e:.1f} s ({len(graphs) / secs_e:.1f} documents/s), Virtuoso {secs_v:.1f} s "
                  f"({len(graphs) / secs_v:.1f} documents/s), x{secs_v / secs_e:.1f}", flush=True)
            answers = {}
            for name, launch in (("embedded", lambda port: start(scratch / "embedded", port, args.base)),
                                 ("virtuoso", lambda port: start(None, port, args.base, store_env=v.env()))):
                port = free_port()
                t = time.perf_counter()
                proc = launch(port)
                print(f"ikg serve on {name} ready in {time.perf_counter() - t:.1f} s; its search index "
                      f"{wait_for_search_index(port, 1800):.0f} s later", flush=True)
                try:
                    answers[name] = p50s(port, args.requests)
                finally:
                    stop(proc)
            e, r = answers["embedded"], answers["virtuoso"]
            print(f"{'endpoint':55} {'embedded p50':>13} {'Virtuoso p50':>13} {'ratio':>6} {'Virtuoso p99':>13}")
            for path in ENDPOINTS:
                flag = "" if e[path][2] == r[path][2] == 200 else f"  (status {e[path][2]} / {r[path][2]})"
                print(f"{path:55} {e[path][0] * 1000:>10.1f} ms {r[path][0] * 1000:>10.1f} ms "
                      f"{r[path][0] / e[path][0]:>6.1f} {r[path][1] * 1000:>10.1f} ms{flag}")
            print(f"median ratio over endpoints: x{statistics.median(r[k][0] / e[k][0] for k in ENDPOINTS):.1f}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
