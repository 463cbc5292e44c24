"""Linked data: every IRI minted under the base dereferences, with content negotiation.

    GET /id/{kind}/{id}     Accept: text/html          -> 303 See Other to /page/{kind}/{id}
                            Accept: an RDF media type  -> 200, the description, Content-Location /data/{kind}/{id}.{ext}
    GET /data/{kind}/{id}.{ttl|nt|jsonld|rdf|trig|nq}  -> the description in that format
    GET /ontology[/{term}], /themes[/{notation}]       -> the vocabulary (HTML page or RDF by Accept; .ttl etc. too)

A request path is mapped to an IRI with settings.base_iri (the request's own host may
differ), so `/id/council/E08000012` is `{base}id/council/E08000012`. The description of
a resource is every triple about it and every triple pointing at it, in the named
graphs (documents) stating them, with provenance: the ikg:Sentence nodes its facts and
the facts pointing at it rest on (text, offsets, dcterms:isPartOf the document), and
the types and labels of the resources pointing at it. Triple formats merge the graphs;
TriG and N-Quads keep them.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from rdflib import Graph, URIRef

from app import conneg, deps
from app.deps import STORE
from app.queries_api import base_of
from app.services.describe import Quad, describe, known, quad_count
from ikg.store import Store, to_ox
from ontology import PREFIXES

router = APIRouter(tags=["linked data"])

FORMATS = conneg.BY_EXT  # extension of /data/... -> format


ONTOLOGY_IRI = "https://w3id.org/ikg/ontology"
THEMES_IRI = "https://w3id.org/ikg/themes"


def negotiate(request: Request) -> str | None:
    """'html', an extension of FORMATS, or None when nothing acceptable is offered."""
    f = conneg.negotiate(request.headers.get("accept"), conneg.LD_OFFERS)
    return f.ext if f else None


# ---------------------------------------------------------------- descriptions

def serialize(quads: list[Quad], ext: str, prefixes: dict | None = None) -> tuple[bytes, str]:
    """Serialized with pyoxigraph (fast); triple formats merge the graphs."""
    fmt = FORMATS[ext]
    prefixes = prefixes or {p: str(ns) for p, ns in PREFIXES.items()}
    if fmt.quads:
        items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads]
    else:
        seen = dict.fromkeys((s, p, o) for s, p, o, _ in quads)
        items = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in seen]
    kw = {} if fmt in (conneg.NTRIPLES, conneg.NQUADS) else {"prefixes": prefixes}
    return ox.serialize(items, format=fmt.ox, **kw), fmt.media_type


def data_response(body: bytes, media: str, location: str | None = None) -> Response:
    headers = {"Vary": "Accept", "Access-Control-Allow-Origin": "*"}
    if location:
        headers["Content-Location"] = location
    ctype = media + ("; charset=utf-8" if media.startswith("text/") or media.endswith("json") else "")
    return Response(body, media_type=ctype, headers=headers)


def not_acceptable() -> Response:
    offered = ", ".join(f.media_type for f in conneg.LD_OFFERS)
    return Response(f"406 Not Acceptable: this resource is offered as {offered}\n", status_code=406,
                    media_type="text/plain")


_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-/]*$")


def _iri_for(request: Request, path: str) -> str:
    if not _PATH.fullmatch(path) or ".." in path:
        raise HTTPException(404, f"no resource /id/{path}")
    return f"{base_of(request)}id/{path}"


@router.head("/id/{path:path}", include_in_schema=False)
@router.get("/id/{path:path}", summary="Dereference a minted IRI (303 to its page, or its RDF by Accept)")
def dereference(request: Request, path: str, store: Store = STORE):
    iri = _iri_for(request, path)
    fmt = negotiate(request)
    if fmt is None:
        return not_acceptable()
    store = store
    if fmt == "html":
        if not known(store, iri):
            raise HTTPException(404, f"no resource {iri}")
        from app.services.common import page_url
        return RedirectResponse(page_url(iri, base_of(request)), status_code=303, headers={"Vary": "Accept"})
    ds = describe(store, iri)
    if not quad_count(ds):
        raise HTTPException(404, f"no resource {iri}")
    body, media = serialize(ds, fmt)
    return data_response(body, media, f"/data/{path}.{fmt}")


@router.head("/data/{path:path}", include_in_schema=False)
@router.get("/data/{path:path}", summary="The RDF description of a minted IRI, in the format of the extension")
def data(request: Request, path: str, store: Store = STORE):
    m = re.match(r"^(.*)\.(ttl|nt|jsonld|rdf|trig|nq)$", path)
    if not m:
        raise HTTPException(404, "use /data/{kind}/{id}.ttl (or .nt .jsonld .rdf .trig .nq)")
    iri = _iri_for(request, m.group(1))
    ds = describe(store, iri)
    if not quad_count(ds):
        raise HTTPException(404, f"no resource {iri}")
    body, media = serialize(ds, m.group(2))
    return data_response(body, media)


# ---------------------------------------------------------------- vocabulary

def vocabulary_graph(store, graph_iri: str, term: str | None = None) -> Graph:
    """The ontology or theme scheme graph (term given: that term's statements and those naming it)."""
    from ikg.pipeline import ONTOLOGY_GRAPH, THEMES_GRAPH
    from ontology import ONTOLOGY_FILE, THEMES_FILE

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    path = {ONTOLOGY_GRAPH: ONTOLOGY_FILE, THEMES_GRAPH: THEMES_FILE}[graph_iri]
    full = Graph().parse(path, format="turtle")
    if term is None:
        for t in full:
            g.add(t)
        return g
    T = URIRef(term)
    for t in full.triples((T, None, None)):
        g.add(t)
    for t in full.triples((None, None, T)):
        g.add(t)
    return g


def vocab_response(request: Request, graph_iri: str, term: str | None, ext: str | None, page):
    fmt = ext or negotiate(request)
    if fmt is None:
        return not_acceptable()
    if fmt == "html":
        return page()
    g = vocabulary_graph(deps.store(request), graph_iri, term)
    if not len(g):
        raise HTTPException(404, f"no term {term}")
    G = URIRef(graph_iri)
    body, media = serialize([(s, p, o, G) for s, p, o in g], fmt)
    return data_response(body, media)


def _split_ext(name: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*)\.(ttl|nt|jsonld|rdf|trig|nq)$", name)
    return (m.group(1), m.group(2)) if m else (name, None)


@router.get("/ontology", summary="The ikg ontology (HTML or RDF by Accept)")
def ontology(request: Request):
    from app import pages
    return vocab_response(request, ONTOLOGY_IRI, None, None, lambda: pages.ontology_page(request))


@router.get("/ontology.{ext}", include_in_schema=False)
def ontology_file(request: Request, ext: str):
    if ext not in FORMATS:
        raise HTTPException(404, "unknown format")
    return vocab_response(request, ONTOLOGY_IRI, None, ext, None)


@router.get("/ontology/{term}", summary="One term of the ontology")
def ontology_term(request: Request, term: str):
    from app import pages
    name, ext = _split_ext(term)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_\-]*", name):
        raise HTTPException(404, f"no term {term!r}")
    return vocab_response(request, ONTOLOGY_IRI, ONTOLOGY_IRI + "#" + name, ext,
                          lambda: pages.ontology_term_page(request, name))


@router.get("/themes", summary="The theme scheme (HTML or RDF by Accept)")
def themes(request: Request):
    from app import pages
    return vocab_response(request, THEMES_IRI, None, None, lambda: pages.themes_page(request))


@router.get("/themes.{ext}", include_in_schema=False)
def themes_file(request: Request, ext: str):
    if ext not in FORMATS:
        raise HTTPException(404, "unknown format")
    return vocab_response(request, THEMES_IRI, None, ext, None)


@router.get("/themes/{notation}", summary="One theme (303 to its page across councils, or RDF by Accept)")
def theme(request: Request, notation: str):
    name, ext = _split_ext(notation)
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise HTTPException(404, f"no theme {notation!r}")
    fmt = ext or negotiate(request)
    if fmt == "html":
        return RedirectResponse(f"/page/theme/{name}", status_code=303, headers={"Vary": "Accept"})
    return vocab_response(request, THEMES_IRI, f"{THEMES_IRI}/{name}", fmt, None)
