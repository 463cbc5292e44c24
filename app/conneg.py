"""Content negotiation for every route: one table of formats, one Accept parser.

RFC 9110 12.5.1: Accept with q-values; between equally acceptable offers the most specific
range wins, then the range the client listed first, then the server's order. A `format=`
parameter or a file extension overrides Accept where a route offers one.

Each format says how the parts of the service write it: `ox` for pyoxigraph (SPARQL results,
RDF), `rdflib` for rdflib's serializers (the remote store's answers, the service description),
`ext` for the `/data/...` and `/ontology.ext` addresses. The SPARQL endpoint's choice of
formats per kind of answer lives in `app.sparql_conneg`; the linked-data offers and the JSON
API's offers are below.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    key: str  # the name the code knows it by
    media_type: str  # sent as Content-Type
    aliases: tuple[str, ...] = ()  # further media types an Accept header may name it by
    names: tuple[str, ...] = ()  # values of format=
    text: bool = True  # gets "; charset=utf-8"
    ox: object = None  # pyoxigraph RdfFormat / QueryResultsFormat
    rdflib: str | None = None  # rdflib serializer name
    ext: str | None = None  # file extension of /data/{kind}/{id}.{ext}
    quads: bool = False  # carries named graphs

    @property
    def content_type(self) -> str:
        return self.media_type + ("; charset=utf-8" if self.text else "")

    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


# SPARQL results
SPARQL_JSON = Format("json", "application/sparql-results+json", ("application/json",), ("json", "srj"),
                     ox=ox.QueryResultsFormat.JSON, rdflib="json")
SPARQL_XML = Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx"),
                    ox=ox.QueryResultsFormat.XML, rdflib="xml")
SPARQL_CSV = Format("csv", "text/csv", (), ("csv",), ox=ox.QueryResultsFormat.CSV, rdflib="csv")
SPARQL_TSV = Format("tsv", "text/tab-separated-values", (), ("tsv",), ox=ox.QueryResultsFormat.TSV, rdflib="tsv")
# RDF
TURTLE = Format("turtle", "text/turtle", ("application/x-turtle",), ("turtle", "ttl"),
                ox=ox.RdfFormat.TURTLE, rdflib="turtle", ext="ttl")
NTRIPLES = Format("ntriples", "application/n-triples", ("text/plain",), ("ntriples", "n-triples", "nt"),
                  ox=ox.RdfFormat.N_TRIPLES, rdflib="nt", ext="nt")
RDFXML = Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdfxml", "rdf+xml", "rdf", "xml"),
                ox=ox.RdfFormat.RDF_XML, rdflib="xml", ext="rdf")
JSONLD = Format("jsonld", "application/ld+json", ("application/json",), ("jsonld", "json-ld", "json"),
                ox=ox.RdfFormat.JSON_LD, rdflib="json-ld", ext="jsonld")
N3 = Format("n3", "text/n3", (), ("n3",), ox=ox.RdfFormat.N3, rdflib="n3")
TRIG = Format("trig", "application/trig", ("application/x-trig",), ("trig",),
              ox=ox.RdfFormat.TRIG, rdflib="trig", ext="trig", quads=True)
NQUADS = Format("nquads", "application/n-quads", (), ("nquads", "n-quads", "nq"),
                ox=ox.RdfFormat.N_QUADS, rdflib="nquads", ext="nq", quads=True)
RDF_FORMATS = [TURTLE, NTRIPLES, RDFXML, JSONLD, N3, TRIG, NQUADS]
# pages and the JSON API
HTML = Format("html", "text/html", ("application/xhtml+xml",), ("html",), ext="html")
JSON = Format("json", "application/json", (), ("json", "application/json"))
CSV = Format("csv", "text/csv", (), ("csv", "text/csv"))
API_JSONLD = Format("jsonld", "application/ld+json", (), ("jsonld", "json-ld", "application/ld+json"), text=False)

# What a linked-data address offers, in the server's order of preference: a page first, then
# RDF (Turtle for application/*). N3 is offered as Turtle, which every N3 reader reads.
LD_OFFERS = [HTML, TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG, NQUADS,
             Format("n3-as-turtle", "text/n3", ext="ttl")]
BY_EXT = {f.ext: f for f in RDF_FORMATS if f.ext}
# What a JSON API answer offers: JSON first (it is also the answer when nothing acceptable is asked for).
API_OFFERS = [JSON, CSV, API_JSONLD]


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
    the client listed first, then server order. None when nothing is acceptable. A wildcard
    range matches an offer by the media type it is sent as, never by an alias (application/*
    is not a request for an XHTML page)."""
    ranges = parse_accept(accept)
    best, best_key = None, None
    for order, offer in enumerate(offers):
        for mt in offer.media_types():
            spec, rng = 0, None
            for r in ranges:
                s = r.matches(mt)
                if s < 3 and mt != offer.media_type:
                    continue
                if s > spec:
                    spec, rng = s, r
            if rng is None or rng.q <= 0:
                continue
            key = (rng.q, spec, -rng.index, -order, mt == offer.media_type)
            if best_key is None or key > best_key:
                best, best_key = offer, key
    return best


def named(name: str, offers: list[Format]) -> Format | None:
    """The offer a `format=` value names: a short name or a media type."""
    n = name.strip().lower()
    return next((f for f in offers if n in f.names or n in f.media_types()), None)


GRAPH_IN = [f for f in RDF_FORMATS if not f.quads]  # what a graph's body may be written in


def rdf_in(content_type: str) -> Format | None:
    """The format of a graph sent in a request body, by its Content-Type (without parameters)."""
    return next((f for f in GRAPH_IN if content_type in f.media_types()), None)


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
