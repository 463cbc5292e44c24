"""The national store in Virtuoso beside the embedded store: when should a user switch?

    .venv/bin/python bench/national_remote.py STORE_PATH [--requests 15] [--base http://127.0.0.1:8000/]

STORE_PATH is the embedded store `make bench-national` loads (../shared's national, ofsted-dev and
liverpool corpora, resolved, with its read model). Every named graph of it is copied, as N-Triples,
into two fresh stores measured in the same run: a fresh embedded store on disk and Virtuoso
(Debian's virtuoso-opensource, started here on free ports with a throw-away database). The rate
of that copy is the store's share of ingest (extraction, the same for both, is measured by
`make bench-national`). Then a real `ikg serve` is started on each store and every endpoint of
bench/national.py gets the same warm-up and sequential requests: p50 per endpoint and the ratio
Virtuoso / embedded.
"""
from __future__ import annotations

import argparse
import contextlib
import os
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

from national import ENDPOINTS, free_port, latencies, p, start, stop  # noqa: E402

from ikg.store import OxigraphStore  # noqa: E402
from tests.backends import running_virtuoso, virtuoso_binary  # noqa: E402


def graphs_of(path: Path) -> list[tuple[str, str]]:
    """(graph IRI, its triples as N-Triples) of every named graph of the embedded store."""
    store = ox.Store.read_only(str(path))
    out = []
    for g in store.named_graphs():
        text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).decode()
        out.append((g.value, text))
    return out


def copy_into(store, graphs: list[tuple[str, str]]) -> tuple[float, int]:
    """Seconds to write every graph (one replace per graph, as `ikg load` does), and the triples."""
    t = time.perf_counter()
    for iri, text in graphs:
        store.replace_graph_ntriples(iri, text)
    return time.perf_counter() - t, sum(text.count("\n") for _, text in graphs)


def serve_remote(env: dict[str, str], port: int, base: str):
    """`ikg serve` over the remote store (bench/national.start, pointed at Virtuoso)."""
    import subprocess
    env = {**os.environ, **env, "IKG_BASE_IRI": base, "IKG_QUERY_TIMEOUT": "300", "IKG_RESULT_CAP": "10000000"}
    proc = subprocess.Popen([str(ROOT / ".venv/bin/ikg"), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 1800
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"ikg serve exited: {proc.stderr.read().decode()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        time.sleep(1)
    raise SystemExit("ikg serve did not answer in time")


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
    ap.add_argument("--base", default="http://127.0.0.1:8000/", help="the base IRI the store was loaded with")
    args = ap.parse_args()
    if not virtuoso_binary():
        raise SystemExit("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    t = time.perf_counter()
    graphs = graphs_of(args.store)
    print(f"read {len(graphs)} graphs from {args.store} in {time.perf_counter() - t:.1f} s", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="ikg-bench-"))
    try:
        fresh = OxigraphStore(str(scratch / "embedded"))
        secs_e, triples = copy_into(fresh, graphs)
        fresh.close()
        with running_virtuoso() as v:
            remote = v.store()
            secs_v, _ = copy_into(remote, graphs)
            remote.close()
            print(f"copy of {len(graphs)} graphs, {triples} triples: embedded {secs_e:.1f} s "
                  f"({len(graphs) / secs_e:.0f} graphs/s), Virtuoso {secs_v:.1f} s ({len(graphs) / secs_v:.0f} graphs/s), "
                  f"x{secs_v / secs_e:.1f}", flush=True)
            answers = {}
            for name, launch in (("embedded", lambda port: start(scratch / "embedded", port, args.base)),
                                 ("virtuoso", lambda port: serve_remote(v.env(), port, args.base))):
                port = free_port()
                t = time.perf_counter()
                proc = launch(port)
                print(f"ikg serve on {name} ready in {time.perf_counter() - t:.1f} s", flush=True)
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
