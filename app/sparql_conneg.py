"""The SPARQL endpoint's formats per kind of answer, over the service's one content
negotiation (`app.conneg`: RFC 9110 Accept with q-values, and a `format=` parameter that overrides it).

A query's form is only known once Oxigraph has parsed it, so the endpoint negotiates one
format for each kind of answer (bindings, boolean, graph) up front and the evaluator picks
the one that applies.
"""
from __future__ import annotations

from app.conneg import (HTML, JSONLD, N3, NQUADS, NTRIPLES, RDFXML, SPARQL_CSV, SPARQL_JSON, SPARQL_TSV,  # noqa: F401
                         SPARQL_XML, TRIG, TURTLE, Format, named, negotiate)

# Server preference comes first in each list: it decides between equally acceptable formats.
OFFERS: dict[str, list[Format]] = {
    "bindings": [SPARQL_JSON, SPARQL_XML, SPARQL_CSV, SPARQL_TSV],
    "boolean": [SPARQL_JSON, SPARQL_XML],
    "graph": [TURTLE, NTRIPLES, RDFXML, JSONLD, TRIG, NQUADS, N3],
    "dataset": [TRIG, NQUADS],
}
GRAPH_FORMATS = [TURTLE, NTRIPLES, RDFXML, JSONLD, N3]  # a single graph (Graph Store GET, service description)
KIND_WORDS = {"bindings": "SELECT results", "boolean": "an ASK result", "graph": "a graph (CONSTRUCT / DESCRIBE)",
              "dataset": "a dataset"}


class UnknownFormat(ValueError):
    pass


def by_name(name: str, kind: str) -> Format | None:
    """The format a `format=` value names for this kind of answer: a short name (json, xml,
    csv, tsv, turtle, ntriples, rdfxml, jsonld, trig, nquads, n3) or a media type."""
    return named(name, OFFERS[kind])


def by_name_any(name: str) -> Format | None:
    return named(name, [*OFFERS["bindings"], *OFFERS["graph"], *OFFERS["dataset"], HTML])


def choose(accept: str | None, format_param: str | None, kind: str) -> tuple[Format | None, str]:
    """(format, reason): the format for this kind of answer, or None and why not."""
    offers = OFFERS[kind]
    if format_param:
        f = by_name(format_param, kind)
        if f is None:
            return None, (f"format={format_param} cannot express {KIND_WORDS[kind]}; "
                          f"available: {', '.join(o.names[0] for o in offers)}")
        return f, ""
    f = negotiate(accept, offers)
    if f is None:
        return None, (f"none of the media types in Accept: {accept} can express {KIND_WORDS[kind]}; "
                      f"available: {', '.join(o.media_type for o in offers)}")
    return f, ""
