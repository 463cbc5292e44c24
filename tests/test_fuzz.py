"""Fuzzing (slow): schemathesis against the running server's own OpenAPI document finds no
5xx and no answer that breaks the schema, writes included (with the token); hypothesis
feeds random and mutated documents to the loaders, which answer with a digest or with a
clear error about the document, never anything else, and never hang."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import running_server

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_openapi_document_holds_under_schemathesis():
    if not SCHEMATHESIS.exists():
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    with running_server(env={"IKG_TOKEN": "fuzz-token", "IKG_QUERY_TIMEOUT": "5"},
                        load=sorted(EXAMPLES.glob("*.txt"))) as base:
        done = subprocess.run(
            [str(SCHEMATHESIS), "run", base + "/openapi.json", "--checks", "not_a_server_error,response_schema_conformance",
             "-n", "8", "-w", "2", "--phases", "examples,fuzzing", "--request-timeout", "60",
             "--generation-deterministic", "--no-color", "-H", "Authorization: Bearer fuzz-token"],
            capture_output=True, text=True, timeout=540)
        assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
        assert "generated" in done.stdout


def _mutations():
    from hypothesis import strategies as st

    seeds = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.txt"))]

    @st.composite
    def mutated(draw):
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(0, 6))):
            kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "token"]))
            at = draw(st.integers(0, max(0, len(data) - 1)))
            if kind == "flip" and data:
                data[at] = draw(st.integers(0, 255))
            elif kind == "cut":
                del data[at:at + draw(st.integers(1, 2000))]
            elif kind == "insert":
                data[at:at] = draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
            elif kind == "repeat":
                data[at:at] = draw(st.sampled_from([b"\x0b\n", b"\n", b"  ", b".", b"\xe2\x80\x99", b"Ofsted "])) * \
                    draw(st.integers(100, 5000))
            else:  # one long token
                data[at:at] = draw(st.sampled_from([b"a", b"-", b"1", b"/"])) * 20000
        return bytes(data)

    return st.one_of(mutated(), st.binary(max_size=5000), st.text(max_size=3000).map(lambda t: t.encode()))


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_loaders_give_a_digest_or_a_clear_error(tmp_path):
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import HealthCheck, given, settings

    from ikg.pipeline import digest_and_graph
    from loaders.read import UnreadableDocument, read_document
    from ontology import Minter

    try:
        from loaders.extract import NotChildrensServices
        clear = (UnreadableDocument, NotChildrensServices)
    except ImportError:
        clear = (UnreadableDocument,)

    # no deadline: this asserts behaviour, not speed (a large mutated document can take 20 s on a
    # busy 2-core machine; speed lives in bench/)
    @settings(max_examples=40, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
    @given(data=_mutations(), suffix=hypothesis.strategies.sampled_from([".txt", ".md", ".html"]))
    def check(data, suffix):
        path = tmp_path / f"doc{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(path)
            digest, graph = digest_and_graph(doc, Minter("http://127.0.0.1:8000/"))
        except clear as e:
            assert str(e).strip()
            return
        assert isinstance(digest.to_json(), dict) and len(graph) > 0

    check()
