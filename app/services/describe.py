"""The statements about one resource, across the document graphs, for its RDF description and
its generic page: its own statements, the statements pointing at it (with their subjects'
types and labels), the sentences they rest on, and the documents they come from."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF

from app.curated import select
from ontology import IKG

Quad = tuple  # (subject, predicate, object, graph), rdflib terms


def describe(store, iri: str) -> list[Quad]:
    """The quads describing iri (see module doc), without duplicates; empty when the store knows nothing of it."""
    R = URIRef(iri)
    quads: dict[Quad, None] = {}

    def add(g, s, p, o):
        quads[(s, p, o, URIRef(str(g)))] = None

    for r in select(store, "describe_out", resource=R):
        add(r["g"], R, r["p"], r["o"])
    for r in select(store, "describe_in", resource=R):
        add(r["g"], r["s"], r["p"], R)
        if r.get("s_type") is not None:
            add(r["g"], r["s"], RDF.type, r["s_type"])
        if r.get("s_label") is not None:
            add(r["g"], r["s"], r["label_p"], r["s_label"])
    for r in select(store, "describe_evidence_own", resource=R):
        add(r["g"], r["sentence"], r["p"], r["o"])
    for r in select(store, "describe_evidence", resource=R):
        add(r["g"], r["fact"], IKG.evidence, r["sentence"])
        add(r["g"], r["sentence"], r["p"], r["o"])
    # the documents (graphs) the statements come from, with their titles
    for d in sorted({str(q[3]) for q in quads if "/id/document/" in str(q[3])}):
        D = URIRef(d)
        add(D, D, RDF.type, IKG.Document)
        for r in select(store, "documents", document=D):
            if r.get("title") is not None:
                add(D, D, DCTERMS.title, r["title"])
    return list(quads)


def quad_count(quads: list[Quad]) -> int:
    return len(quads)


def object_labels(store, R: URIRef) -> dict[str, str]:
    """The labels of the resources a resource's statements point at."""
    return {str(r["o"]): str(r["o_label"]) for r in select(store, "describe_out", resource=R)
            if r.get("o_label") is not None}


def known(store, iri: str) -> bool:
    """Whether the store has any statement about iri."""
    R = URIRef(iri)
    return bool(select(store, "describe_out", resource=R) or select(store, "describe_in", resource=R))
