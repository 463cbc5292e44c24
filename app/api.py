"""Resource endpoints of the JSON API: councils, timelines, themes, people, inspections,
findings, documents (and upload), conflicts, search.

The SPARQL lives in queries/*.rq (run through app.queries_api.select, parameters bound
as typed terms); the resources are shaped by the service functions of app/services/ (one module per
resource); this module only parses requests and renders answers. Canonical entities are
reached through ikg:resolvesTo when the resolution pass has run, and are the minted
entities themselves otherwise. Ids in paths and answers are the local part of an IRI
(`{base}id/{kind}/{id}`): an ONS code, a person slug, an inspection or document id.
Lists follow the conventions of app.queries_api (JSON array, X-Total-Count, Link,
CSV and JSON-LD).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from rdflib import Literal, URIRef

from app import deps
from app.deps import STORE
from app.queries_api import BadParameter, base_of, date_term, entity_iri, list_response, pagination, to_csv, to_jsonld, wants
from app.services.common import council_part
from app.services.conflicts import conflicts_data
from app.services.councils import councils_data
from app.services.documents import UploadError, document_digest, documents_data, store_upload
from app.services.events import all_events, events_data
from app.services.findings import findings_data
from app.services.inspections import inspection_data
from app.services.people import people_data
from app.services.search import hits_page, search_data
from app.services.themes import theme_data, themes_data, themes_for_council
from ikg.store import Store
from ontology import THEME

router = APIRouter(prefix="/api", tags=["resources"])

LIST_NOTE = ("\n\nA list: JSON array, total in X-Total-Count, Link header (first, prev, next, last); limit (default 50, "
             "at most 1000), offset, sort=field or -field; CSV (Accept: text/csv or ?format=csv) and JSON-LD "
             "(Accept: application/ld+json or ?format=jsonld). Bad parameters: 422.")


# ---------------------------------------------------------------- helpers


def one_or_404(items: list, what: str, ident: str):
    if not items:
        raise HTTPException(404, f"no {what} {ident!r}")
    return items[0]


def check_id(ident: str, what: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", ident or ""):
        raise HTTPException(404, f"no {what} {ident!r}")
    return ident


def object_response(request: Request, obj: dict, list_key: str | None = None) -> Response:
    """One resource as JSON, JSON-LD, or (its list_key list, flattened) CSV."""
    fmt = wants(request)
    if fmt == "csv":
        rows = obj.get(list_key, []) if list_key else [obj]
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8")
    if fmt == "jsonld":
        body = {"@context": to_jsonld([])["@context"], **obj}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/ld+json")
    return JSONResponse(obj)


# ---------------------------------------------------------------- index

CONVENTIONS = {
    "ids": "an id is the local part of a minted IRI {base}id/{kind}/{id}: an ONS code, a person slug, "
           "an inspection, document or finding id; every answer also gives the full IRI as 'iri'",
    "lists": "a JSON array; the total count in the X-Total-Count header; RFC 8288 Link header "
             "(first, prev, next, last); limit (default 50, at most 1000) and offset; sort=field or -field, "
             "comma separated (blanks last)",
    "formats": "JSON by default; CSV with Accept: text/csv or ?format=csv; JSON-LD with "
               "Accept: application/ld+json or ?format=jsonld (list items under @graph)",
    "errors": "422 with {'detail': message} for a bad parameter; 404 for an unknown id; 401/403 for uploads "
              "without the bearer token",
    "provenance": "facts carry 'sentence': the IRI of the sentence they rest on "
                  "({base}id/document/{doc}/char/S-E, shown at /page/document/{doc}#char=S-E)",
    "queries": "every queries/*.rq file is served at /api/queries/{name} (list: /api/queries)",
}


@router.get("", summary="What the API offers and its conventions")
def api_index(request: Request):
    paths = sorted(p for p in request.app.openapi().get("paths", {}) if p.startswith("/api"))
    return {"conventions": CONVENTIONS, "endpoints": paths, "openapi": "/openapi.json", "docs": "/docs"}


# ---------------------------------------------------------------- councils


def council_or_404(store, base: str, ident: str) -> dict:
    check_id(ident, "council")
    items = councils_data(store, base, URIRef(f"{base}id/council/{ident}"))
    return one_or_404(items, "council with documents", ident)


@router.get("/councils", summary="Councils with documents",
            description="Councils at least one document is about, with their latest judgement (grade, date)." + LIST_NOTE)
def api_councils(request: Request, store: Store = STORE):
    items = councils_data(store, base_of(request))
    return list_response(request, items, default_sort="name")


@router.get("/councils/{ident}", summary="One council")
def api_council(request: Request, ident: str, store: Store = STORE):
    return object_response(request, council_or_404(store, base_of(request), ident))


@router.get("/councils/{ident}/timeline", summary="A council's inspections and visits in date order",
            description="Events in date order (undated last, flagged undated); CSV gives the events.")
def api_timeline(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    council = council_or_404(store, base, ident)
    events = council_part(store, base, council["iri"], "timeline",
                          lambda: events_data(store, base, council=URIRef(council["iri"])))
    return object_response(request, {"council": council, "events": events}, list_key="events")


@router.get("/councils/{ident}/themes", summary="A council's themes with status and history", description=LIST_NOTE.strip())
def api_council_themes(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    council = council_or_404(store, base, ident)
    themes = council_part(store, base, council["iri"], "themes",
                          lambda: themes_for_council(store, base, URIRef(council["iri"])))
    return list_response(request, themes, default_limit=100)


# ---------------------------------------------------------------- people


@router.get("/people", summary="People, by any written name",
            description="name matches any name the sources write for a person (case-insensitive substring)." + LIST_NOTE)
def api_people(request: Request, name: str | None = None, store: Store = STORE):
    if name is not None and not name.strip():
        raise BadParameter("parameter 'name' must not be empty")
    items = people_data(store, base_of(request), name=name)
    return list_response(request, items, default_sort="name")


@router.get("/people/{ident}", summary="One person")
def api_person(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    check_id(ident, "person")
    items = people_data(store, base, person=f"{base}id/person/{ident}")
    return object_response(request, one_or_404(items, "person", ident))


# ---------------------------------------------------------------- inspections


@router.get("/inspections", summary="Inspection events",
            description="Canonical inspections and visits across councils (filter by council ONS code and type)." + LIST_NOTE)
def api_inspections(request: Request, council: str | None = None, type: str | None = None, store: Store = STORE):
    base = base_of(request)
    c = entity_iri("council", council, base, "council") if council else None
    if type is not None and type not in ("ilacs", "monitoring_visit", "focused_visit", "jtai", "other"):
        raise BadParameter(f"parameter 'type' must be ilacs, monitoring_visit, focused_visit, jtai or other, not {type!r}")
    items = [e for e in all_events(store, base, c) if type is None or e["type"] == type]
    return list_response(request, items, default_sort="start")


@router.get("/inspections/{ident}", summary="One inspection: findings, judgements, inspectors, documents")
def api_inspection(request: Request, ident: str, store: Store = STORE):
    check_id(ident, "inspection")
    ev = inspection_data(store, base_of(request), ident)
    if ev is None:
        raise HTTPException(404, f"no inspection {ident!r}")
    return object_response(request, ev, list_key="findings")


# ---------------------------------------------------------------- findings

POLARITY = {"negative": "negative", "concern": "negative", "concerns": "negative",
            "positive": "positive", "improvement": "positive", "improvements": "positive"}


def finding_params(base: str, council=None, theme=None, polarity=None, from_=None, to=None, inspection=None,
                   document=None) -> dict:
    p: dict[str, Any] = {}
    if council:
        p["council"] = entity_iri("council", council, base, "council")
    if theme:
        if not re.fullmatch(r"[a-z0-9_]+", theme):
            raise BadParameter(f"parameter 'theme' must be a theme notation such as 'workforce', not {theme!r}")
        p["theme"] = THEME[theme]
    if polarity and polarity not in ("any", "all"):
        if polarity not in POLARITY:
            raise BadParameter(f"parameter 'polarity' must be negative (concern) or positive (improvement), not {polarity!r}")
        p["polarity"] = Literal(POLARITY[polarity])
    if from_:
        p["from"] = date_term("from", from_)
    if to:
        p["to"] = date_term("to", to)
    if inspection:
        p["inspection"] = entity_iri("inspection", inspection, base, "inspection")
    if document:
        p["document"] = entity_iri("document", document, base, "document")
    return p


@router.get("/concerns", summary="Concerns and improvements",
            description="Findings, filtered by council (ONS code), theme (notation), polarity (negative|concern, "
                        "positive|improvement, any: the default), and date range from/to (YYYY[-MM[-DD]])." + LIST_NOTE)
def api_concerns(request: Request, council: str | None = None, theme: str | None = None, polarity: str | None = None,
                 from_: str | None = Query(None, alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD"),
                 to: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive, at its precision)"),
                 inspection: str | None = None, document: str | None = None, store: Store = STORE):
    base = base_of(request)
    params = finding_params(base, council, theme, polarity, from_, to, inspection, document)
    items = findings_data(store, base, **params)
    return list_response(request, items, default_sort="-date")


@router.get("/findings", summary="Findings (alias of /api/concerns)", include_in_schema=False)
def api_findings(request: Request, council: str | None = None, theme: str | None = None, polarity: str | None = None,
                 from_: str | None = Query(None, alias="from"), to: str | None = None, inspection: str | None = None,
                 document: str | None = None, store: Store = STORE):
    return api_concerns(request, council, theme, polarity, from_, to, inspection, document, store)


# ---------------------------------------------------------------- themes


@router.get("/themes", summary="The theme scheme with counts", description=LIST_NOTE.strip())
def api_themes(request: Request, store: Store = STORE):
    return list_response(request, themes_data(store, base_of(request)), default_limit=100, default_sort="id")


@router.get("/themes/{notation}", summary="One theme across councils")
def api_theme(request: Request, notation: str, store: Store = STORE):
    t = theme_data(store, base_of(request), notation)
    if t is None:
        raise HTTPException(404, f"no theme {notation!r}")
    return object_response(request, t, list_key="by_council")


# ---------------------------------------------------------------- conflicts


@router.get("/conflicts", summary="Where sources disagree",
            description="Each conflict: the entity, the property, and every claimed value with the documents stating it." + LIST_NOTE)
def api_conflicts(request: Request, store: Store = STORE):
    return list_response(request, conflicts_data(store, base_of(request)), default_sort="subject")


# ---------------------------------------------------------------- documents


@router.get("/documents", summary="Loaded documents", description=LIST_NOTE.strip())
def api_documents(request: Request, council: str | None = None, store: Store = STORE):
    base = base_of(request)
    c = entity_iri("council", council, base, "council") if council else None
    return list_response(request, documents_data(store, base, council=c), default_sort="-published")


@router.get("/documents/{ident}", summary="A document's digest, from its graph")
def api_document(request: Request, ident: str, store: Store = STORE):
    check_id(ident, "document")
    digest = document_digest(store, base_of(request), ident)
    if digest is None:
        raise HTTPException(404, f"no document {ident!r}")
    return object_response(request, digest, list_key="concerns")


DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
UPLOAD_BODY = {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary", "description": "a .txt, .md, .html or .pdf file"},
                   "published": {"type": "string", "pattern": DATE_PATTERN,
                                 "description": "publication date, YYYY[-MM[-DD]]"}}}}}}


@router.post("/documents", status_code=201, summary="Upload a document (authenticated)",
             description="multipart/form-data with `file` (.txt .md .html .pdf) and optional `published` "
                         "(YYYY[-MM[-DD]]); needs Authorization: Bearer <token>, checked before the body is read. "
                         "Runs the pipeline and answers with the digest; the same file again is the same document. "
                         "413 over IKG_BODY_CAP; 422 for a document that cannot be read or extracted.",
             openapi_extra={"requestBody": UPLOAD_BODY})
async def api_upload(request: Request, store: Store = STORE, _: None = Depends(deps.write_token)):
    from loaders.read import SUFFIXES

    base = base_of(request)
    cap = request.app.state.settings.body_cap
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise HTTPException(413, f"request body of {length} bytes is over the limit of {cap} bytes (IKG_BODY_CAP)")
    form = await _upload_form(request)  # app.body_cap stops the body at the cap while it streams in
    file, published = form.get("file"), form.get("published")
    if file is None or isinstance(file, str):
        raise BadParameter("send the document as the multipart field 'file'")
    if published is not None and not isinstance(published, str):
        raise BadParameter("'published' is a date (YYYY[-MM[-DD]]), not a file")
    name = Path(file.filename or "").name
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")
    if not name or Path(name).suffix.lower() not in SUFFIXES:
        raise BadParameter(f"upload a file named *.txt, *.md, *.html or *.pdf, not {file.filename!r}")
    if published:
        date_term("published", published)
    data = await file.read()
    if len(data) > cap:
        raise HTTPException(413, f"file larger than {cap} bytes (IKG_BODY_CAP)")
    from starlette.concurrency import run_in_threadpool

    try:
        result = await run_in_threadpool(store_upload, request.app, name, data, published or None)
    except UploadError as e:
        raise HTTPException(e.status, str(e))
    digest = await run_in_threadpool(document_digest, store, base, result.document)
    body = {**(digest or {}), "unchanged": result.unchanged, "triples": result.triples}
    return JSONResponse(body, status_code=200 if result.unchanged else 201,
                        headers={"Location": f"/api/documents/{result.document}"})


async def _upload_form(request: Request):
    from starlette.datastructures import FormData

    mtype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if mtype != "multipart/form-data":
        raise HTTPException(415, "send the document as multipart/form-data (field 'file')")
    form = await request.form(max_files=1, max_fields=10)
    return form if isinstance(form, FormData) else FormData(form)


# ---------------------------------------------------------------- search


@router.get("/search", summary="Search names, titles and finding sentences",
            description="Ranked hits (exact, prefix, word, substring matches; councils and people first), with snippets." + LIST_NOTE)
def api_search(request: Request, q: str | None = None, store: Store = STORE):
    if q is None or len(q.strip()) < 2:
        raise BadParameter("parameter 'q' is required: at least 2 characters")
    if len(q) > 200:
        raise BadParameter("parameter 'q' is too long (200 characters at most)")
    if request.query_params.get("sort"):  # an order of the caller's: every hit is built, then sorted
        return list_response(request, search_data(store, base_of(request), q), default_limit=20)
    limit, offset = pagination(request, 20)
    page, total = hits_page(store, base_of(request), q, limit, offset)
    return list_response(request, page, default_limit=20, total=total)
