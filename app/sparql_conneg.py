"""Result formats and content negotiation (RFC 9110 12.5.1 Accept with q-values, plus a
`format=` parameter that overrides it).

A query's form is only known once Oxigraph has parsed it, so the endpoint negotiates one
format for each kind of answer (bindings, boolean, graph) up front and the evaluator picks
the one that applies.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    key: str  # the name the evaluator knows it by
    media_type: str  # sent as Content-Type
    aliases: tuple[str, ...] = ()  # further media types an Accept header may name it by
    names: tuple[str, ...] = ()  # values of format=
    text: bool = True  # gets "; charset=utf-8"

    @property
    def content_type(self) -> str:
        return self.media_type + ("; charset=utf-8" if self.text else "")

    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


SPARQL_JSON = Format("json", "application/sparql-results+json", ("application/json",), ("json", "srj"))
SPARQL_XML = Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx"))
SPARQL_CSV = Format("csv", "text/csv", (), ("csv",))
SPARQL_TSV = Format("tsv", "text/tab-separated-values", (), ("tsv",))
TURTLE = Format("turtle", "text/turtle", ("application/x-turtle",), ("turtle", "ttl"))
NTRIPLES = Format("ntriples", "application/n-triples", ("text/plain",), ("ntriples", "n-triples", "nt"))
RDFXML = Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdfxml", "rdf+xml", "rdf", "xml"))
JSONLD = Format("jsonld", "application/ld+json", ("application/json",), ("jsonld", "json-ld", "json"))
N3 = Format("n3", "text/n3", (), ("n3",))
TRIG = Format("trig", "application/trig", (), ("trig",))
NQUADS = Format("nquads", "application/n-quads", (), ("nquads", "n-quads", "nq"))
HTML = Format("html", "text/html", ("application/xhtml+xml",), ("html",))

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


@dataclass(frozen=True)
class Range:
    type: str
    subtype: str
    q: float
    index: int

    def matches(self, media_type: str) -> int:
        """Specificity of the match (3 exact, 2 type/*, 1 */*), 0 for none."""
        t, _, s = media_type.partition("/")
        if self.type == t and self.subtype == s:
            return 3
        if self.type == t and self.subtype == "*":
            return 2
        if self.type == "*" and self.subtype == "*":
            return 1
        return 0


def parse_accept(header: str | None) -> list[Range]:
    if not header or not header.strip():
        return [Range("*", "*", 1.0, 0)]
    ranges = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mtype = fields[0].lower()
        if "/" not in mtype:
            if mtype == "*":
                mtype = "*/*"
            else:
                continue
        q = 1.0
        for f in fields[1:]:
            k, _, v = f.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(v.strip())))
                except ValueError:
                    q = 0.0
        t, _, s = mtype.partition("/")
        ranges.append(Range(t, s, q, i))
    return ranges


def negotiate(accept: str | None, offers: list[Format]) -> Format | None:
    """The offer the client prefers: highest q, then the most specific range, then the range
    the client listed first, then server order. None when nothing is acceptable."""
    ranges = parse_accept(accept)
    best, best_key = None, None
    for order, offer in enumerate(offers):
        for mt in offer.media_types():
            spec, rng = 0, None
            for r in ranges:
                s = r.matches(mt)
                if s > spec:
                    spec, rng = s, r
            if rng is None or rng.q <= 0:
                continue
            key = (rng.q, spec, -rng.index, -order, mt == offer.media_type)
            if best_key is None or key > best_key:
                best, best_key = offer, key
    return best


def by_name(name: str, kind: str) -> Format | None:
    """The format a `format=` value names for this kind of answer: a short name (json, xml,
    csv, tsv, turtle, ntriples, rdfxml, jsonld, trig, nquads, n3) or a media type."""
    n = name.strip().lower()
    for f in OFFERS[kind]:
        if n in f.names or n in f.media_types():
            return f
    return None


def by_name_any(name: str) -> Format | None:
    n = name.strip().lower()
    for f in (*OFFERS["bindings"], *OFFERS["graph"], *OFFERS["dataset"], HTML):
        if n in f.names or n in f.media_types():
            return f
    return None


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


def accepts_gzip(header: str | None) -> bool:
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        if fields[0].lower() in ("gzip", "x-gzip"):
            for f in fields[1:]:
                k, _, v = f.partition("=")
                if k.strip().lower() == "q":
                    try:
                        return float(v) > 0
                    except ValueError:
                        return False
            return True
    return False
