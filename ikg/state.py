"""The store's version: a token that changes on every write, kept in the store itself.

It lives in a named graph of its own, `<base>graph/state`, as one triple
`<base>graph/state ikg:storeVersion "TOKEN"`, so every ikg process in front of one store (a
remote SPARQL store behind several front ends) reads the same token, and a write through any
of them changes it for all. HTTP caching (app/caching.py) derives its ETags from it.
"""
from __future__ import annotations

import uuid
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from ikg.store import Store
from ontology import IKG

NEVER_WRITTEN = "0"


@cache
def _query() -> str:  # read once: it is asked on every cacheable request
    return (Path(__file__).resolve().parent.parent / "queries" / "internal" / "store_version.rq").read_text(encoding="utf-8")


def graph_iri(base: str) -> str:
    return (base if base.endswith("/") else base + "/") + "graph/state"


def version(store: Store, base: str) -> str:
    """The current token ("0" when the store has none yet)."""
    rows = store.select(_query(), {"state": URIRef(graph_iri(base))})
    return str(rows[0]["version"]) if rows else NEVER_WRITTEN


def bump(store: Store, base: str) -> str:
    """Writes a fresh token (call after every write to the store); returns it."""
    token = uuid.uuid4().hex
    iri = URIRef(graph_iri(base))
    g = Graph()
    g.add((iri, IKG.storeVersion, Literal(token)))
    store.replace_graph(str(iri), g)
    return token
