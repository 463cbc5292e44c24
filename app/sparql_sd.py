"""What /sparql says about itself: a SPARQL 1.1 Service Description (Turtle and the other RDF
formats by negotiation) for programs, and a query editor (YASGUI, served from the
package's own files) for a browser, with the example queries of queries/*.rq."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from app import sparql_conneg as cn

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
YASGUI_DIR = Path(__file__).resolve().parent / "static" / "yasgui"


def _queries_dir() -> Path:
    try:
        import queries  # the package of curated .rq files, beside app/ in a checkout and when installed
        return Path(queries.__file__).resolve().parent
    except ImportError:
        return Path(__file__).resolve().parent.parent / "queries"


QUERIES_DIR = _queries_dir()

RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads", "N3"]
INPUT_FORMATS = ["Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N3"]

DEFAULT_GRAPH_NOTE = (
    "By default the default graph of a query is the union of all graphs in the store: every document "
    "is loaded into a named graph of its own, and a query without FROM / FROM NAMED, default-graph-uri or "
    "named-graph-uri sees all of them at once (GRAPH ?g still tells them apart). FROM or the protocol's "
    "default-graph-uri / named-graph-uri replace that dataset. SPARQL Update and the Graph Store Protocol's "
    "?default address the store's own default graph, which documents do not use.")


def service_description(base: str, settings, graph_count: int | None = None) -> Graph:
    g = Graph()
    g.bind("sd", SD)
    g.bind("formats", FORMATS)
    g.bind("dcterms", DCTERMS)
    query, update, data = URIRef(base + "sparql"), URIRef(base + "update"), URIRef(base + "data")

    g.add((query, RDF.type, SD.Service))
    g.add((query, SD.endpoint, query))
    g.add((query, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((query, SD.feature, SD.UnionDefaultGraph))
    if settings.allow_federation:
        g.add((query, SD.feature, SD.BasicFederatedQuery))
    for f in RESULT_FORMATS:
        g.add((query, SD.resultFormat, FORMATS[f]))
    g.add((query, DCTERMS.title, Literal("ikg SPARQL endpoint")))
    g.add((query, RDFS.comment, Literal(
        f"SPARQL 1.1 Query by GET or POST (form or application/sparql-query). {DEFAULT_GRAPH_NOTE} "
        f"Queries stop after {settings.query_timeout:g} s. "
        + ("SERVICE and LOAD may fetch from other servers." if settings.allow_federation else
           "SERVICE (federation) and LOAD are refused (set IKG_ALLOW_FEDERATION=true to allow them)."))))
    dataset = BNode("defaultDataset")
    default_graph = BNode("defaultGraph")
    g.add((query, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, SD.Graph))
    g.add((default_graph, RDFS.comment, Literal("the union of all document graphs")))
    if graph_count is not None:
        g.add((dataset, RDFS.comment, Literal(f"{graph_count} named graphs (one per document and a few "
                                              "reference graphs: ontology, themes, councils)")))

    g.add((update, RDF.type, SD.Service))
    g.add((update, SD.endpoint, update))
    g.add((update, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((update, RDFS.comment, Literal(
        "SPARQL 1.1 Update by POST (form or application/sparql-update), with 'Authorization: Bearer <IKG_TOKEN>'. "
        + ("" if _token_set(settings) else "Writes are disabled: this server has no IKG_TOKEN."))))

    g.add((data, RDFS.comment, Literal(
        "SPARQL 1.1 Graph Store HTTP Protocol: ?graph=<iri> or ?default; GET and HEAD for anyone, PUT, POST and "
        "DELETE with the bearer token. GET without parameters exports the whole dataset as TriG or N-Quads.")))
    for f in INPUT_FORMATS:
        g.add((data, SD.inputFormat, FORMATS[f]))
    return g


def _token_set(settings) -> bool:
    return settings.token is not None and bool(settings.token.get_secret_value())


def serialize(g: Graph, fmt: cn.Format) -> bytes:
    return g.serialize(format=fmt.rdflib, encoding="utf-8")


# ------------------------------------------------------------------ the editor

def example_queries() -> list[dict]:
    """queries/*.rq, read at each request (the folder grows): name, label, text."""
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        label = path.stem.replace("_", " ")
        m = re.search(r"^#\+\s*summary:\s*(.+)$", text, re.MULTILINE) or \
            re.search(r"^#\s*(?!\+)(\S.*)$", text, re.MULTILINE)
        if m:
            label = m.group(1).strip()
        d = re.search(r"^#\+\s*description:\s*(.+)$", text, re.MULTILINE)
        out.append({"name": path.stem, "label": label, "description": d.group(1).strip() if d else "",
                    "query": text})
    return out


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string((YASGUI_DIR / "editor.html").read_text(encoding="utf-8"))


DEFAULT_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# The default graph is the union of all document graphs.
SELECT ?g (COUNT(*) AS ?triples)
WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g
ORDER BY DESC(?triples)
LIMIT 50
"""


def editor_page(endpoint: str, asset_base: str, settings) -> str:
    examples = example_queries()
    return _template().render(endpoint=endpoint, assets=asset_base, examples=examples,
                              default_query=DEFAULT_QUERY,
                              timeout=f"{settings.query_timeout:g}")


ASSETS = {"yasgui.min.js": "application/javascript; charset=utf-8", "yasgui.min.css": "text/css; charset=utf-8"}
