"""Load on a real server: concurrency C for S seconds on 127.0.0.1, over the curated
endpoints and /sparql, counting error answers and watching the memory of the server and
its query processes.

    .venv/bin/python bench/load.py                 # 60 s, concurrency 32, prints a Markdown table
    .venv/bin/python bench/load.py --seconds 20 --json

A server with the examples loaded (on-disk store, query workers) is started for the run.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server import running_server  # noqa: E402

REQUESTS = [
    ("GET", "/api/councils", None),
    ("GET", "/api/councils/E99000001/timeline", None),
    ("GET", "/api/councils/E99000001/themes", None),
    ("GET", "/api/concerns?limit=20", None),
    ("GET", "/api/queries/findings?council=E99000001", None),
    ("GET", "/api/search?q=caseloads", None),
    ("GET", "/api/conflicts", None),
    ("GET", "/sparql?query=" + httpx.QueryParams({"q": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                                      "GROUP BY ?g"})["q"], None),
    ("POST", "/sparql", "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o } LIMIT 200"),
]


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


async def run(base: str, seconds: float, concurrency: int, pid: int) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    reconnects = [0]
    rss: list[tuple[float, int]] = []
    stop = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=concurrency)) as c:
        for method, path, body in REQUESTS:  # warm up: every kind once
            await c.request(method, path, content=body, headers={"Content-Type": "application/sparql-query"})
        rss.append((0.0, tree_rss(pid)))
        t0 = time.monotonic()

        async def client(i: int) -> None:
            k = i
            while time.monotonic() < stop:
                method, path, body = REQUESTS[k % len(REQUESTS)]
                k += 1
                t = time.monotonic()
                headers = {"Content-Type": "application/sparql-query"} if body else None
                try:
                    try:
                        r = await c.request(method, path, content=body, headers=headers)
                    except (httpx.RemoteProtocolError, httpx.ReadError):
                        # the server closed a kept-alive connection as this request went out on it
                        # (seen as a protocol error, or as a reset when reading the answer): every
                        # request here is a read, which a client sends again (counted apart)
                        reconnects[0] += 1
                        r = await c.request(method, path, content=body, headers=headers)
                    if r.status_code >= 400:
                        key = f"{r.status_code} {path.split('?')[0]}"
                        errors[key] = errors.get(key, 0) + 1
                except httpx.HTTPError as e:
                    errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
                latencies.append(time.monotonic() - t)

        async def sampler() -> None:
            while time.monotonic() < stop:
                await asyncio.sleep(5)
                rss.append((time.monotonic() - t0, tree_rss(pid)))

        await asyncio.gather(sampler(), *(client(i) for i in range(concurrency)))
        elapsed = time.monotonic() - t0
    rss.append((elapsed, tree_rss(pid)))
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return {"seconds": round(elapsed, 1), "concurrency": concurrency, "requests": len(lat),
            "per_second": round(len(lat) / elapsed, 1), "errors": errors, "reconnects": reconnects[0],
            "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
            "rss_start_mb": round(rss[0][1] / 2**20, 1), "rss_end_mb": round(rss[-1][1] / 2**20, 1),
            "rss_max_mb": round(max(r for _, r in rss) / 2**20, 1)}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = sorted((ROOT / "examples").glob("*.txt"))
    with running_server(env={"IKG_QUERY_WORKERS": "2"}, load=files) as base:
        result = asyncio.run(run(base, args.seconds, args.concurrency, base.process.pid))
    result["cpus"] = os.cpu_count()
    if args.json:
        print(json.dumps(result))
    else:
        print("| measure | value |\n|---|---|")
        for k, v in result.items():
            print(f"| {k} | {v} |")
    return result


if __name__ == "__main__":
    main()
