"""The store's version: a token that changes on every write, from which app/caching.py derives
its ETags.

It is kept in the store, in a named graph of its own, `<base>graph/state`, as one triple
`<base>graph/state ikg:storeVersion "TOKEN"`: every ikg process in front of one store (a remote
SPARQL store behind several front ends) reads the same token, and a write through any of them
changes it for all.

One exception: an embedded store holding no ikg data (no reference graphs: the endpoint is used as
a plain SPARQL store) gets no such triple, since it would show in the union default graph every
query sees, one triple more than its users wrote (the W3C SPARQL tests count them). Its one
process (the embedded store is one process's) keeps the token instead, a fresh one when it starts.
"""
from __future__ import annotations

import uuid
from weakref import WeakKeyDictionary

from rdflib import Graph, Literal, URIRef

from ikg.store import OxigraphStore, Store
from ontology import IKG
from queries import internal  # read once (cached): asked on every cacheable request

NEVER_WRITTEN = "0"  # a remote store no ikg has written to since it kept versions
_in_process: WeakKeyDictionary[Store, dict[str, str]] = WeakKeyDictionary()




def graph_iri(base: str) -> str:
    return (base if base.endswith("/") else base + "/") + "graph/state"


def version(store: Store, base: str) -> str:
    """The current token."""
    rows = store.select(internal("store_version"), {"state": URIRef(graph_iri(base))})
    if rows:
        return str(rows[0]["version"])
    if isinstance(store, OxigraphStore):
        return _in_process.setdefault(store, {}).setdefault(graph_iri(base), uuid.uuid4().hex)
    return NEVER_WRITTEN


def bump(store: Store, base: str) -> str:
    """Sets a fresh token (call after every write to the store); returns it."""
    token = uuid.uuid4().hex
    if isinstance(store, OxigraphStore) and not _holds_ikg_data(store, base):
        _in_process.setdefault(store, {})[graph_iri(base)] = token
        store.drop_graph(graph_iri(base))  # a token left from when it held ikg data
        return token
    iri = URIRef(graph_iri(base))
    g = Graph()
    g.add((iri, IKG.storeVersion, Literal(token)))
    store.replace_graph(str(iri), g)
    return token


def _holds_ikg_data(store: Store, base: str) -> bool:
    from ikg.pipeline import reference_graph_iri  # written by the first load (ensure_reference)
    from ontology import Minter

    return reference_graph_iri(Minter(base if base.endswith("/") else base + "/")) in store.graph_names()
