"""`ikg serve --workers 2` over the embedded store: the processes share the store's files
read-only, all answer the same, and writes are refused with a message that says why."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx

from ikg.pipeline import load_paths
from ikg.store import OxigraphStore
from ontology import Minter
from tests.backends import free_port
from test_api_data import EXAMPLES, KESTRELFORD

TOKEN = "workers-token"


def test_two_workers_share_the_embedded_store_read_only(tmp_path):
    base = "http://ikg.test/"
    store = OxigraphStore(tmp_path / "store")
    load_paths(store, Minter(base), [EXAMPLES])
    store.close()
    port = free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("IKG_")},
           "IKG_STORE_PATH": str(tmp_path / "store"), "IKG_BASE_IRI": base, "IKG_TOKEN": TOKEN}
    ikg = os.path.join(os.path.dirname(sys.executable), "ikg")
    proc = subprocess.Popen([ikg, "serve", "--workers", "2", "--port", str(port)], env=env, start_new_session=True,
                            stdout=open(tmp_path / "log", "wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) >= 2, (tmp_path / "log").read_text()
        answers = {httpx.get(f"{url}/api/councils/{KESTRELFORD}/timeline", headers={"Connection": "close"}).text
                   for _ in range(12)}  # new connections: both processes answer
        assert len(answers) == 1 and KESTRELFORD in answers.pop()
        auth = {"Authorization": f"Bearer {TOKEN}"}
        upload = httpx.post(f"{url}/api/documents", headers=auth,
                            files={"file": ("x.txt", b"Kestrelford Council said nothing " * 10, "text/plain")})
        update = httpx.post(f"{url}/update", headers=auth, data={"update": "INSERT DATA { <x:a> <x:b> <x:c> }"})
        for r in (upload, update):
            assert r.status_code == 403 and "read-only" in r.text, r.text
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    reopened = OxigraphStore(tmp_path / "store")  # nothing written, and the files let go of
    assert not reopened.ask("ASK { <x:a> ?p ?o }")
    reopened.close()
