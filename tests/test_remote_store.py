"""The remote SPARQL 1.1 store, used against a real ikg server (which is such a store): the
pipeline loads through it, and it answers as the embedded store does."""
from __future__ import annotations

import pytest

from ikg import pipeline
from ikg.remote import SparqlStore
from ikg.store import OxigraphStore, QuerySyntaxError, StoreError
from ontology import Minter, sparql_prefixes
from tests.conftest import content_quads
from tests.server import running_server
from test_api_data import EXAMPLES

pytestmark = pytest.mark.slow
TOKEN = "remote-token"
MINTER = Minter("http://example.org/")


@pytest.fixture(scope="module")
def remote():
    with running_server(env={"IKG_TOKEN": TOKEN}) as base:
        store = SparqlStore(base + "/sparql", base + "/update", TOKEN)
        yield store
        store.close()


def quads(store) -> set[str]:
    return content_quads(store)


def test_the_pipeline_loads_through_it_as_into_the_embedded_store(remote):
    results = pipeline.load_paths(remote, MINTER, [EXAMPLES])
    assert results and not [r.error for r in results if r.error]
    local = OxigraphStore(None)
    pipeline.load_paths(local, MINTER, [EXAMPLES])
    assert quads(remote) == quads(local)
    assert remote.graph_names() == local.graph_names()
    q = sparql_prefixes() + "SELECT ?c (COUNT(?f) AS ?n) WHERE { ?f a ikg:Concern ; ikg:council ?c } GROUP BY ?c"
    assert remote.select(q) == local.select(q)
    assert all(r.unchanged for r in pipeline.load_paths(remote, MINTER, [EXAMPLES]))


def test_bindings_reach_the_remote_store_as_terms(remote):
    from rdflib import Literal
    q = sparql_prefixes() + "SELECT ?p WHERE { ?p foaf:name ?name }"
    assert remote.select(q, {"name": Literal('x" } ; DROP ALL ; #')}) == []
    assert remote.graph_names()  # nothing was dropped


def test_errors_are_named(remote):
    with pytest.raises(QuerySyntaxError):
        remote.select("SELECT WHERE {")
    read_only = SparqlStore(remote.query_url)
    with pytest.raises(StoreError, match="IKG_SPARQL_UPDATE_URL"):
        read_only.drop_graph("http://example.org/g")
    wrong_token = SparqlStore(remote.query_url, remote.update_url, "not-the-token")
    with pytest.raises(StoreError, match="401|403"):
        wrong_token.drop_graph("http://example.org/id/document/x")
    with pytest.raises(StoreError, match="IKG_SPARQL_QUERY_URL"):
        SparqlStore(None)
