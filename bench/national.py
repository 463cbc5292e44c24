"""The curated API and pages over HTTP at national scale, against the HTTP stack's own floor.

    .venv/bin/python bench/national.py STORE_PATH [--requests 30] [--seconds 10]

STORE_PATH is an embedded store already loaded (e.g. `ikg load ../shared/corpus/national
../shared/corpus/ofsted-dev ../shared/corpus/liverpool --store-path STORE_PATH`). A real
`ikg serve` is started on it on a free loopback port; each endpoint gets two warm-up requests,
then `--requests` sequential ones (3 where a request takes seconds; p50, p99 and their ratio to /healthz's p50, measured in the
same run); then `--seconds` of load at concurrency 32 (a bounded asyncio generator with httpx)
on /healthz and on /api/councils: requests/s, errors and the ratio; the peak RSS of the server;
then the same load on `ikg serve --workers 2` (processes sharing the store read-only). Nothing is written to the store beyond what `ikg serve` itself brings up to date.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
COUNCIL = "E08000012"  # Liverpool: the council with the most documents
ENDPOINTS = [
    "/healthz",
    "/api/councils",
    f"/api/councils/{COUNCIL}",
    f"/api/councils/{COUNCIL}/timeline",
    f"/api/councils/{COUNCIL}/themes",
    f"/api/councils/{COUNCIL}/recommendations",
    "/api/inspections",
    f"/api/inspections?council={COUNCIL}",
    f"/api/concerns?council={COUNCIL}&theme=exploitation",
    "/api/england",
    "/api/people?name=grindrod",
    "/api/search?q=exploitation",
    "/api/themes",
    f"/page/council/{COUNCIL}",
    "/page/england",
    "/",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path | None, port: int, base: str, workers: int = 1,
          store_env: dict[str, str] | None = None) -> subprocess.Popen:
    """`ikg serve` on the embedded store at `store`, or on the store `store_env` names (IKG_STORE=sparql ...)."""
    where = store_env or {"IKG_STORE": "oxigraph", "IKG_STORE_PATH": str(store)}
    env = {**os.environ, **where, "IKG_BASE_IRI": base, "IKG_QUERY_TIMEOUT": "300", "IKG_RESULT_CAP": "10000000"}
    proc = subprocess.Popen([str(ROOT / ".venv/bin/ikg"), "serve", "--port", str(port), "--workers", str(workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 1800  # serve brings the read model up to date first
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"ikg serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise SystemExit("ikg serve did not answer in time")


def wait_for_search_index(port: int, limit: float = 600) -> float:
    """Seconds until a search answers fast (the index of the store's version is ready)."""
    t = time.perf_counter()
    while time.perf_counter() - t < limit:
        s = time.perf_counter()
        httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "exploitation"}, timeout=300)
        if time.perf_counter() - s < 0.5:
            break
        time.sleep(2)
    return time.perf_counter() - t


def latencies(client: httpx.Client, path: str, n: int) -> tuple[list[float], int, int]:
    t = time.perf_counter()
    for _ in range(2):
        client.get(path)
    if time.perf_counter() - t > 4:  # seconds per request: a few samples say enough
        n = min(n, 3)
    times, status, size = [], 0, 0
    for _ in range(n):
        t = time.perf_counter()
        r = client.get(path)
        times.append(time.perf_counter() - t)
        status, size = r.status_code, len(r.content)
    return times, status, size


def p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def throughput(url: str, seconds: float, concurrency: int = 32) -> tuple[float, int]:
    done = errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        async def worker():
            nonlocal done, errors
            while time.perf_counter() < stop:
                try:
                    r = await client.get(url)
                    done += 1
                    errors += r.status_code != 200
                except httpx.HTTPError:
                    errors += 1
        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return done / (time.perf_counter() - start), errors


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--workers", type=int, default=2, help="also measure requests/s with this many processes")
    ap.add_argument("--base", default="http://127.0.0.1:8000/", help="the base IRI the store was loaded with")
    args = ap.parse_args()
    port = free_port()
    t = time.perf_counter()
    proc = start(args.store, port, args.base)
    print(f"ikg serve ready in {time.perf_counter() - t:.1f} s (read model brought up to date first)", flush=True)
    print(f"search index ready {wait_for_search_index(port):.0f} s later (built in the background; searches "
          f"are answered by SPARQL until then)", flush=True)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            floor = None
            print(f"{'endpoint':55} {'status':>6} {'p50 ms':>8} {'p99 ms':>8} {'x floor':>8} {'KB':>7}")
            for path in ENDPOINTS:
                times, status, size = latencies(client, path, args.requests)
                floor = floor or statistics.median(times)
                print(f"{path:55} {status:>6} {p(times, .5) * 1000:>8.1f} {p(times, .99) * 1000:>8.1f} "
                      f"{p(times, .5) / floor:>8.1f} {size // 1024:>7}", flush=True)
        report_throughput(port, args.seconds, 1)
        print(f"ikg serve peak RSS {peak_rss_mb(proc.pid):.0f} MB", flush=True)
    finally:
        stop(proc)
    if args.workers > 1:  # the same on N processes sharing the store read-only
        port = free_port()
        proc = start(args.store, port, args.base, args.workers)
        try:
            report_throughput(port, args.seconds, args.workers)
        finally:
            stop(proc)


def report_throughput(port: int, seconds: float, workers: int) -> None:
    base_rps, base_err = asyncio.run(throughput(f"http://127.0.0.1:{port}/healthz", seconds))
    rps, err = asyncio.run(throughput(f"http://127.0.0.1:{port}/api/councils", seconds))
    print(f"{workers} worker(s), concurrency 32: /healthz {base_rps:.0f} req/s ({base_err} errors); /api/councils "
          f"{rps:.0f} req/s ({err} errors): {100 * rps / base_rps:.0f}% of /healthz", flush=True)


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
