"""Real SPARQL servers for tests and benchmarks: Virtuoso (Debian's virtuoso-opensource) and the
Oxigraph server (PyPI's `oxigraph`), each on free 127.0.0.1 ports with a throw-away database.

    with running_virtuoso() as v:      # v.store() is a SparqlStore on it; v.stop(); v.start()
        ...

`virtuoso_binary()` / `oxigraph_binary()` say whether the server is installed (None if not), so
tests can skip with a reason. The database folder is deleted afterwards.
"""
from __future__ import annotations

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
from typing import Iterator

import httpx

from ikg.remote import ENGINE_GRAPHS

VIRTUOSO_MISSING = "Virtuoso is not installed (apt-get install virtuoso-opensource; `make test` does it as root)"
OXIGRAPH_MISSING = "the Oxigraph server is not installed (pip install oxigraph; `make install` does it)"

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 50000
MaxDirtyBuffers = 37500
CheckpointInterval = 1
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 20
MaxClientConnections = 20
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""
# Anonymous SPARQL updates (/sparql, /sparql-graph-crud) and a digest user for /sparql-auth.
VIRTUOSO_SETUP = """\
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
DB.DBA.USER_CREATE ('{user}', '{password}');
GRANT SPARQL_UPDATE TO "{user}";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 7);
"""
# Virtuoso's own graphs made private, as README (Running at scale) tells operators: out of the
# union default graph too, not only out of `GRAPH ?g` (which ikg.remote filters on any Virtuoso).
PRIVATE_GROUP = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"
VIRTUOSO_PRIVATE = "\n".join(
    [f"DB.DBA.RDF_GRAPH_GROUP_CREATE ('{PRIVATE_GROUP}', 1);"]
    + [f"DB.DBA.RDF_GRAPH_GROUP_INS ('{PRIVATE_GROUP}', '{g}');" for g in ENGINE_GRAPHS]
    + ["DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);", "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 0, 1);"]
) + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


def oxigraph_binary() -> str | None:
    return shutil.which("oxigraph") or _beside_python("oxigraph")


def _beside_python(name: str) -> str | None:
    p = Path(sys.executable).parent / name
    return str(p) if p.exists() else None


class Backend:
    """A server process over a database folder that outlives stop()/start()."""
    kind = ""

    def __init__(self, folder: Path):
        self.folder, self.proc, self.http_port = folder, None, free_port()
        self.holds = None  # what the test suite last loaded into it (tests/conftest.py)
        self.base = f"http://127.0.0.1:{self.http_port}"

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self, timeout: float = 60.0) -> None:
        log = open(self.folder / "server.out", "ab")
        self.proc = subprocess.Popen(self.command(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited with {self.proc.returncode}: {self.log()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.post(self.query_url, data={"query": "ASK {}"}, timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.kind} did not answer within {timeout:g} s: {self.log()[-3000:]}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(OSError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.out").read_text(errors="replace")
        return ""

    def env(self) -> dict[str, str]:
        """IKG_* settings pointing an ikg process at this server."""
        env = {"IKG_STORE": "sparql", "IKG_SPARQL_QUERY_URL": self.query_url,
               "IKG_SPARQL_UPDATE_URL": self.update_url}
        if self.graph_store_url:
            env["IKG_SPARQL_GRAPH_STORE_URL"] = self.graph_store_url
        return env

    def store(self, **kw):
        from ikg.remote import SparqlStore

        kw.setdefault("graph_store_url", self.graph_store_url)
        return SparqlStore(self.query_url, self.update_url, **kw)

    def clear(self) -> None:
        """Drops every graph the knowledge graph uses (engine graphs stay)."""
        with contextlib.closing(self.store()) as s:
            for g in s.graph_names():
                s.drop_graph(g)


class Virtuoso(Backend):
    kind = "Virtuoso"
    user, password = "ikg", "digest-secret"

    def __init__(self, folder: Path):
        super().__init__(folder)
        self.sql_port = free_port()
        self.query_url = self.update_url = self.base + "/sparql"
        self.graph_store_url = self.base + "/sparql-graph-crud"
        self.auth_url = self.base + "/sparql-auth"
        (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=folder, sql_port=self.sql_port,
                                                                  http_port=self.http_port))

    def command(self) -> list[str]:
        return [virtuoso_binary(), "+configfile", str(self.folder / "virtuoso.ini"), "+foreground"]

    def setup(self, private_graphs: bool = True) -> None:
        isql = shutil.which("isql-vt") or shutil.which("isql")
        script = VIRTUOSO_SETUP + (VIRTUOSO_PRIVATE if private_graphs else "")
        script = script.format(user=self.user, password=self.password)
        r = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=script,
                           capture_output=True, text=True, timeout=60)
        if r.returncode or "Error" in r.stdout + r.stderr:
            raise RuntimeError(f"Virtuoso setup failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")


class OxigraphServer(Backend):
    kind = "Oxigraph server"

    def __init__(self, folder: Path):
        super().__init__(folder)
        self.query_url = self.base + "/query"
        self.update_url = self.base + "/update"
        self.graph_store_url = self.base + "/store"

    def command(self) -> list[str]:
        return [oxigraph_binary(), "serve", "--location", str(self.folder / "db"),
                "--bind", f"127.0.0.1:{self.http_port}", "--union-default-graph"]


@contextlib.contextmanager
def running_virtuoso(private_graphs: bool = True) -> Iterator[Virtuoso]:
    """private_graphs: its own graphs hidden from SPARQL users, as README advises."""
    with _running(Virtuoso) as v:
        v.setup(private_graphs)
        yield v


@contextlib.contextmanager
def running_oxigraph() -> Iterator[OxigraphServer]:
    with _running(OxigraphServer) as o:
        yield o


@contextlib.contextmanager
def _running(cls):
    folder = Path(tempfile.mkdtemp(prefix=f"ikg-{cls.__name__.lower()}-"))
    server = cls(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
