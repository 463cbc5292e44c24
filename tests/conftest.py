"""Shared fixtures. Tests that read ../shared (real documents, gold facts, the W3C
harness) skip with a reason where it is absent, as in a user's clone."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

# The title page of an older (single inspection framework) report of the fictional Kestrelford
OLDER_REPORT_TITLE = ("Kestrelford Borough Council\nInspection of services for children in need of help and\n"
                      "protection, children looked after and care leavers\nInspection date: 3 March 2015 – 26 March 2015\n"
                      "Report published: 8 May 2015\n")
# ... and the whole report: its verdict, a judgement table with adoption among the areas, a summary
OLDER_REPORT = OLDER_REPORT_TITLE + (
    "Children’s services in Kestrelford require improvement\n"
    "1. Children who need help and protection Requires improvement\n"
    "2. Children looked after and achieving permanence Good\n"
    "2.1 Adoption performance Good\n"
    "2.2 Experiences and progress of care leavers Requires improvement\n"
    "3. Leadership, management and governance Requires improvement\n\n"
    "Executive summary\nChildren in Kestrelford are not always protected quickly enough.\n")

needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                                  reason="../shared (real corpus, gold and harness) is not beside the repo")


def scorer():
    """../shared/eval/score_extraction.py, imported: it is a script, not a package."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "eval" / "score_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def micro_f1(tallies: dict) -> float:
    """The micro F1 score_extraction.py prints last, over these tallies: the themed concerns and
    improvements count, their plain versions do not."""
    tp_p = n_p = tp_g = n_g = 0
    for c, t in tallies.items():
        if c in ("concerns", "improvements"):
            continue
        tp_p += t.tp_p; n_p += t.n_p; tp_g += t.tp_g; n_g += t.n_g
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def content_quads(store) -> set[str]:
    """The store as a set of N-Quads lines, without its version (ikg/state.py): a fresh token
    after every write, so two loads of the same files give the same content, not the same token."""
    return {q for q in store.export("nquads").decode().splitlines() if q and not q.endswith("/graph/state> .")}


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (real corpus, gold and harness) is not beside the repo")
    return SHARED


# ---------------------------------------------------------------- SPARQL servers (tests/backends.py)
# One of each per session, started on first use; each test module clears what it loads into it.

@pytest.fixture(scope="session")
def virtuoso():
    from tests.backends import VIRTUOSO_MISSING, running_virtuoso, virtuoso_binary

    if not virtuoso_binary():
        pytest.skip(VIRTUOSO_MISSING)
    with running_virtuoso() as server:
        yield server


@pytest.fixture(scope="session")
def oxigraph_server():
    from tests.backends import OXIGRAPH_MISSING, oxigraph_binary, running_oxigraph

    if not oxigraph_binary():
        pytest.skip(OXIGRAPH_MISSING)
    with running_oxigraph() as server:
        yield server


REMOTE_BACKENDS = ["virtuoso", "oxigraph_server"]
BACKENDS = ["embedded"] + REMOTE_BACKENDS
# For parametrising a fixture over the back ends: the remote ones carry the `backends` marker,
# so `pytest -m "not backends"` is the quick embedded-only run (CI runs them all).
BACKEND_PARAMS = ["embedded"] + [pytest.param(k, marks=pytest.mark.backends) for k in REMOTE_BACKENDS]


def backend_server(request, kind: str):
    """The running server of a back end, or None for the embedded store."""
    return None if kind == "embedded" else request.getfixturevalue(kind)


def empty_store(request, kind: str):
    """An empty store of the back end: the embedded one in memory, or a SparqlStore on the
    session's server of that kind, cleared first. The caller closes it."""
    from ikg.store import OxigraphStore

    server = backend_server(request, kind)
    if server is None:
        return OxigraphStore(None)
    server.clear()
    server.holds = None  # a module's loaded service (below) loads its documents again
    return server.store()


def service_env(request, kind: str) -> dict[str, str]:
    """IKG_* settings for an ikg server process (tests/server.py) on the back end, its server
    cleared first: {} for the embedded store (the default: on disk, in a temporary folder)."""
    server = backend_server(request, kind)
    if server is None:
        return {}
    server.clear()
    server.holds = None
    return server.env()


# ---------------------------------------------------------------- a loaded service on each back end
# Suites parametrised over the back ends take `backend` (module scope, so pytest runs a module's
# tests back end by back end) and `loaded_service`: examples/ loaded once per module and back end.

@pytest.fixture(scope="module", params=BACKEND_PARAMS)
def backend(request) -> str:
    """The back end a module's parametrised tests run on: embedded, virtuoso, oxigraph_server."""
    return request.param


class LoadedService:
    """examples/ loaded through the real pipeline (extract, to_rdf, resolve) into a store of the
    back end, and the app over it (TestClient)."""

    def __init__(self, request, kind: str):
        from fastapi.testclient import TestClient

        from ikg.config import Settings
        from test_api_data import BASE, TOKEN, load_examples, make_app
        from ontology import Minter

        self.kind, self.server, self.minter = kind, backend_server(request, kind), Minter(BASE)
        self.store = empty_store(request, kind)
        self._load = lambda: load_examples(self.store, self.minter)
        self._load()
        self.settings = Settings(store="memory" if self.server is None else "sparql", base_iri=BASE, token=TOKEN)
        self.client = TestClient(make_app(self.store, self.settings))
        if self.server is not None:
            self.server.holds = self

    def ensure(self) -> "LoadedService":
        """Loads the documents again where a test emptied the server since (empty_store, service_env)."""
        if self.server is not None and self.server.holds is not self:
            self.server.clear()
            self._load()
            self.server.holds = self
        return self


@pytest.fixture(scope="module")
def loaded_module_service(request, backend):
    service = LoadedService(request, backend)
    yield service
    service.store.close()


@pytest.fixture
def loaded_service(loaded_module_service) -> LoadedService:
    """examples/ loaded into the back end's store, shared by the module's tests on that back end;
    a test that writes to it restores what it changed or takes a store of its own."""
    return loaded_module_service.ensure()


@pytest.fixture(params=BACKEND_PARAMS)
def backend_store(request):
    """An empty store, once per back end (embedded, Virtuoso, Oxigraph server)."""
    store = empty_store(request, request.param)
    yield store
    store.close()


@pytest.fixture
def new_store(request, backend):
    """new_store(): an empty store of the module's back end (on a server: the server, cleared);
    each is closed after the test. On a server, a new one empties the one made before."""
    made = []

    def make():
        made.append(empty_store(request, backend))
        return made[-1]
    yield make
    for s in made:
        s.close()


# What ikg does not offer over a remote store (IKG_STORE=sparql), kept visible: the tests of it
# are strict xfails there (remote_gap), and pass on the embedded store.
NO_DEFAULT_GRAPH = ("over a remote store the default graph is the union of the named graphs: /data?default "
                    "answers 501")
USING_ON_OXIGRAPH = "the Oxigraph server with --union-default-graph refuses updates with USING (using-graph-uri)"


@pytest.fixture
def remote_gap(request, backend):
    """remote_gap(reason[, on]): the test is expected to fail on the remote back ends `on` (all of
    them by default), for that reason."""
    def mark(reason: str, on=REMOTE_BACKENDS) -> None:
        if backend in on:
            request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    return mark
