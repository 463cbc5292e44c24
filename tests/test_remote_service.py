"""ikg processes in front of one Virtuoso: stateless front ends that see each other's writes,
and a service that answers 503 while the store is down and recovers by itself when it is back."""
from __future__ import annotations

import httpx
import pytest

from tests.backends import VIRTUOSO_MISSING, running_virtuoso, virtuoso_binary
from tests.server import running_server
from test_api_data import EXAMPLES, KESTRELFORD

pytestmark = pytest.mark.skipif(not virtuoso_binary(), reason=VIRTUOSO_MISSING)
TOKEN = "service-token"
TIMELINE = f"/api/councils/{KESTRELFORD}/timeline"


def test_two_front_ends_see_each_others_writes(virtuoso):
    virtuoso.clear()
    env = {**virtuoso.env(), "IKG_TOKEN": TOKEN, "IKG_BASE_IRI": "http://ikg.test/"}
    with running_server(env=env) as a, running_server(env=env) as b:
        assert httpx.get(b + "/api/documents").json() == []
        letter = EXAMPLES / "kestrelford_monitoring_letter_2025.txt"
        r = httpx.post(a + "/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                       files={"file": (letter.name, letter.read_bytes())}, timeout=120)
        assert r.status_code == 201, r.text
        seen = httpx.get(b + "/api/documents").json()
        assert [d["id"] for d in seen] == [r.headers["location"].rsplit("/", 1)[-1]]
        mine, theirs = httpx.get(a + TIMELINE).json(), httpx.get(b + TIMELINE).json()
        assert theirs["events"] and theirs == mine, _differences(mine, theirs)
    virtuoso.clear()


def test_store_down_is_a_503_and_the_service_recovers():
    with running_virtuoso() as v:
        from ikg import pipeline
        from ontology import Minter

        with v.store() as store:
            assert not [r.error for r in pipeline.load_paths(store, Minter("http://ikg.test/"), [EXAMPLES]) if r.error]
        with running_server(env={**v.env(), "IKG_BASE_IRI": "http://ikg.test/", "IKG_SPARQL_TIMEOUT": "5"}) as ikg:
            before = httpx.get(ikg + TIMELINE)
            assert before.status_code == 200 and before.json()["events"]
            v.stop()
            for path in (TIMELINE, "/api/people?name=okonkwo", "/healthz"):
                r = httpx.get(ikg + path, timeout=30)
                assert r.status_code == 503, (path, r.text)
                assert r.headers["retry-after"] == "5"
                assert "unavailable" in r.text and "try again" in r.text
                assert v.base.split("//")[1] not in r.text  # the store's address stays in the log
            v.start()
            assert httpx.get(ikg + "/healthz").json()["status"] == "ok"
            assert httpx.get(ikg + TIMELINE).json() == before.json()


def _differences(a, b, path="$") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in set(a) | set(b) for d in _differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def test_serve_with_workers_over_a_remote_store(virtuoso, tmp_path):
    """`ikg serve --workers 2`: two processes over one store, each answering; refused on the
    embedded store (one process's)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.backends import free_port

    ikg = [os.path.join(os.path.dirname(sys.executable), "ikg")]
    refused = subprocess.run([*ikg, "serve", "--workers", "2", "--store", "memory"], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode == 2 and "remote store" in refused.stderr  # memory: one process
    port = free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("IKG_")}, **virtuoso.env()}
    proc = subprocess.Popen([*ikg, "serve", "--workers", "2", "--port", str(port)], env=env, start_new_session=True,
                            stdout=open(tmp_path / "log", "wb"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").json()["status"] == "ok"
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) >= 2, (tmp_path / "log").read_text()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
