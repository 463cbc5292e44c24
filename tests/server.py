"""A real ikg server for tests: uvicorn in a subprocess, on a free 127.0.0.1 port, with a
store of its own.

    from tests.server import running_server

    with running_server(env={"IKG_TOKEN": "t"}, load=["examples/"]) as base_url:
        httpx.get(base_url + "/sparql", params={"query": "ASK {}"})

* The store is an on-disk Oxigraph store in a temporary folder unless `env` says otherwise
  (IKG_STORE=memory, or IKG_STORE_PATH for a folder of yours); it is deleted afterwards.
* `load` takes files and folders: RDF files (.ttl .nt .nq .trig .rdf .jsonld .n3) are loaded
  as they are, triples into a named graph per file (file:// IRI); documents (.txt .md .html
  .pdf ...) go through the ikg pipeline, one named graph per document.
* The listening socket is bound here and handed to the child, so there is no port race.
* On exit the server gets SIGTERM, then SIGKILL after `stop_timeout` seconds. If it does
  not come up, the error carries the end of its log.

Run as a script (`python tests/server.py --fd N [--load PATH ...]`) it is the child: it
builds Settings from IKG_* variables, opens and fills the store, and serves create_app.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import httpx

ROOT = Path(__file__).resolve().parent.parent
RDF_SUFFIXES = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".rdf": "RDF_XML",
                ".owl": "RDF_XML", ".jsonld": "JSON_LD", ".n3": "N3"}


class ServerError(RuntimeError):
    pass


class Server(str):
    """The base URL (no trailing slash), with the process, its log and its store folder."""
    process: subprocess.Popen
    log_path: Path
    store_path: Path | None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""


@contextlib.contextmanager
def running_server(env: Mapping[str, str] | None = None, load: Iterable[str | os.PathLike] = (),
                   start_timeout: float = 60.0, stop_timeout: float = 10.0) -> Iterator[Server]:
    tmp = Path(tempfile.mkdtemp(prefix="ikg-server-"))
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("IKG_")}
    child_env.update(env or {})
    child_env.setdefault("IKG_STORE", "oxigraph")
    if child_env["IKG_STORE"] == "oxigraph":
        child_env.setdefault("IKG_STORE_PATH", str(tmp / "store"))
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), child_env.get("PYTHONPATH")]))
    child_env.setdefault("PYTHONUNBUFFERED", "1")

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    sock.set_inheritable(True)
    port = sock.getsockname()[1]
    child_env["IKG_BASE_IRI"] = child_env.get("IKG_BASE_IRI", f"http://127.0.0.1:{port}/")

    log_path = tmp / "server.log"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--fd", str(sock.fileno())]
    for p in load:
        cmd += ["--load", str(Path(p).resolve())]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, env=child_env, cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT,
                                pass_fds=(sock.fileno(),), start_new_session=True)
    sock.close()
    base = Server(f"http://127.0.0.1:{port}")
    base.process, base.log_path = proc, log_path
    base.store_path = Path(child_env["IKG_STORE_PATH"]) if child_env["IKG_STORE"] == "oxigraph" else None
    try:
        _wait_until_up(base, start_timeout)
        yield base
    finally:
        _stop(proc, stop_timeout)
        shutil.rmtree(tmp, ignore_errors=True)


def _wait_until_up(base: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if base.process.poll() is not None:
                raise ServerError(f"the server exited with status {base.process.returncode}:\n{base.log()[-4000:]}")
            try:
                if client.get(base + "/healthz").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
    raise ServerError(f"the server did not answer /healthz within {timeout:g} s:\n{base.log()[-4000:]}")


def _stop(proc: subprocess.Popen, timeout: float) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and the query workers it started
    except OSError:
        proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.kill()
        proc.wait(5)


# ------------------------------------------------------------------ the child

def load_into(store, paths: list[str], settings) -> None:
    import pyoxigraph as ox

    rdf, docs = [], []
    for p in map(Path, paths):
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            (rdf if f.suffix.lower() in RDF_SUFFIXES else docs).append(f)
    raw = getattr(store, "raw", None)  # None: a remote store (IKG_STORE=sparql), written graph by graph
    for f in rdf:
        fmt = getattr(ox.RdfFormat, RDF_SUFFIXES[f.suffix.lower()])
        graph = None if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) else ox.NamedNode(f.resolve().as_uri())
        if raw is not None:
            raw.load(path=str(f), format=fmt, base_iri=f.resolve().as_uri(), to_graph=graph)
        else:
            load_remote(store, f, fmt, graph)
    if docs:
        from ikg.pipeline import load_paths
        from ontology import Minter

        failed = [r for r in load_paths(store, Minter(settings.base_iri), docs) if r.error]
        if failed:
            raise SystemExit("cannot load: " + "; ".join(r.error for r in failed))
    if hasattr(raw, "flush") and getattr(store, "path", None) is not None:
        raw.flush()


def load_remote(store, f: Path, fmt, graph) -> None:
    """An RDF file into a remote store: parsed here, then one graph replaced per named graph."""
    import pyoxigraph as ox

    graphs: dict[str, list[str]] = {}
    for q in ox.parse(path=str(f), format=fmt, base_iri=f.resolve().as_uri()):
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else graph.value
        graphs.setdefault(name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    for name, lines in graphs.items():
        store.replace_graph_ntriples(name, "\n".join(lines) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="serve ikg on an inherited socket (tests)")
    ap.add_argument("--fd", type=int, required=True)
    ap.add_argument("--load", action="append", default=[])
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    import uvicorn

    from app.main import create_app
    from ikg.config import Settings
    from ikg.store import open_store

    settings = Settings()
    store = open_store(settings)
    if args.load:
        load_into(store, args.load, settings)
    # socket(fileno=) finds the family itself; uvicorn's fd= would take it for a Unix socket, and
    # asyncio then leaves Nagle on (40 ms stalls on keep-alive connections).
    sock = socket.socket(fileno=args.fd)
    config = uvicorn.Config(create_app(settings, store), log_level="warning", timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
