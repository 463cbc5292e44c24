"""The store's version: a token that changes on every write, from which app/caching.py derives
its ETags.

A remote store (IKG_STORE=sparql) keeps it in a named graph of its own, `<base>graph/state`, as
one triple `<base>graph/state ikg:storeVersion "TOKEN"`: every ikg process in front of that store
reads the same token, and a write through any of them changes it for all.

The embedded store belongs to one process (`ikg serve --workers` needs a remote store), so that
process keeps the token itself, a fresh one when it starts: a triple in the store would show in
the union default graph every SPARQL query of the endpoint sees (an endpoint holding one triple
more than its users wrote fails the W3C tests). A restart changes the ETags, which also covers
an `ikg load` made while the service was stopped.
"""
from __future__ import annotations

import uuid
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from rdflib import Graph, Literal, URIRef

from ikg.store import OxigraphStore, Store
from ontology import IKG

NEVER_WRITTEN = "0"  # a remote store no ikg has written to since it kept versions
_in_process: WeakKeyDictionary[Store, dict[str, str]] = WeakKeyDictionary()


@cache
def _query() -> str:  # read once: it is asked on every cacheable request
    return (Path(__file__).resolve().parent.parent / "queries" / "internal" / "store_version.rq").read_text(encoding="utf-8")


def graph_iri(base: str) -> str:
    return (base if base.endswith("/") else base + "/") + "graph/state"


def version(store: Store, base: str) -> str:
    """The current token."""
    if isinstance(store, OxigraphStore):
        return _in_process.setdefault(store, {}).setdefault(graph_iri(base), uuid.uuid4().hex)
    rows = store.select(_query(), {"state": URIRef(graph_iri(base))})
    return str(rows[0]["version"]) if rows else NEVER_WRITTEN


def bump(store: Store, base: str) -> str:
    """Sets a fresh token (call after every write to the store); returns it."""
    token = uuid.uuid4().hex
    if isinstance(store, OxigraphStore):
        _in_process.setdefault(store, {})[graph_iri(base)] = token
        return token
    iri = URIRef(graph_iri(base))
    g = Graph()
    g.add((iri, IKG.storeVersion, Literal(token)))
    store.replace_graph(str(iri), g)
    return token
