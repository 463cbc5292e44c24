"""Curated queries, grlc style: every `queries/*.rq` file is an endpoint.

A query file starts with a header of decorators:

    #+ summary: Concerns and improvements
    #+ description: Findings, each with its sentence, filtered by council and theme.
    #+ params: council:council?, theme:theme?, polarity:string?=, limit:int=50
    #+ pagination: 50
    #+ tags: findings
    #+ sort: -date

`params` lists `name:type`, `?` when optional, `=default` for a default (an empty
default is "not given"). Types: string, int, float, bool, date (YYYY, YYYY-MM or
YYYY-MM-DD, bound as xsd:gYear/gYearMonth/date), iri (an absolute IRI), and the
entity types council, person, inspection, document, finding, theme, which take a
local id (an ONS code, a slug, a theme notation) or a full IRI. Values are bound as
typed RDF terms through `Store.select(query, bindings)` (a VALUES block), never
spliced into the query text; a parameter the caller leaves out stays unbound, so
`?council` then matches every council. `limit`/`offset` are the pagination
parameters (default page size from `pagination`, 50 when absent, at most 1000).

Every list answer, here and in app/api.py, is a JSON array with the total count in
an `X-Total-Count` header and RFC 8288 `Link` headers (first, prev, next, last);
`?format=csv` or `Accept: text/csv` gives CSV, `?format=jsonld` or
`Accept: application/ld+json` gives JSON-LD (`@graph` of the items). Bad parameters
answer 422 with a message.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Callable
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from app import conneg, deps
# The query files and running them, without the web framework (the read model uses them too).
from app.curated import (DEFAULT_LIMIT, ENTITY_KINDS, MAX_LIMIT, QUERIES, QUERY_DIR, TYPES, Param,  # noqa: F401
                         QueryDef, QueryLimits, _limits, _parse_param, full_text, load_queries, log,
                         parse_query_file, py, rows_json, run_query, select)
from ikg.store import bind_values
from ontology import THEME

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LOCAL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-/]*$")


class BadParameter(HTTPException):
    def __init__(self, message: str):
        super().__init__(status_code=422, detail=message)


# ---------------------------------------------------------------- binding values

def to_term(param: Param, raw: str, base: str):
    """A request value as a typed RDF term (422 when it does not fit the type)."""
    t, name = param.type, param.name
    if t in ("int", "integer"):
        if not re.fullmatch(r"-?\d{1,15}", raw.strip()):
            raise BadParameter(f"parameter {name!r} must be an integer, not {raw!r}")
        return Literal(int(raw))
    if t in ("float", "decimal"):
        try:
            return Literal(float(raw))
        except ValueError:
            raise BadParameter(f"parameter {name!r} must be a number, not {raw!r}")
    if t in ("bool", "boolean"):
        if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise BadParameter(f"parameter {name!r} must be true or false, not {raw!r}")
        return Literal(raw.lower() in ("true", "1", "yes"))
    if t == "date":
        return date_term(name, raw)
    if t == "iri":
        if not is_iri(raw):
            raise BadParameter(f"parameter {name!r} must be an absolute IRI, not {raw!r}")
        return URIRef(raw)
    if t == "theme":
        if "://" in raw and is_iri(raw):
            return URIRef(raw)
        if not re.fullmatch(r"[a-z0-9_]+", raw):
            raise BadParameter(f"parameter {name!r} must be a theme notation such as 'workforce', not {raw!r}")
        return THEME[raw]
    if t in ENTITY_KINDS:
        return entity_iri(t, raw, base, name)
    return Literal(raw)


def is_iri(raw: str) -> bool:
    """An absolute IRI as the store takes it (Oxigraph's own check: percent-encoding, ...)."""
    if not _IRI.fullmatch(raw):
        return False
    import pyoxigraph as ox
    try:
        ox.NamedNode(raw)
    except ValueError:
        return False
    return True


def date_term(name: str, raw: str) -> Literal:
    if not _DATE.fullmatch(raw):
        raise BadParameter(f"parameter {name!r} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}")
    dt = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(raw)]
    return Literal(raw, datatype=dt)


def entity_iri(kind: str, raw: str, base: str, name: str | None = None) -> URIRef:
    if "://" in raw:
        if not is_iri(raw):
            raise BadParameter(f"parameter {name or kind!r} must be a {kind} id or IRI, not {raw!r}")
        return URIRef(raw)
    if not _LOCAL.fullmatch(raw) or ".." in raw:
        raise BadParameter(f"parameter {name or kind!r} must be a {kind} id or IRI, not {raw!r}")
    return URIRef(f"{base}id/{kind}/{raw}")


def bind_params(q: QueryDef, given: dict[str, str], base: str) -> dict:
    bindings = {}
    for p in q.params:
        raw = given.get(p.name)
        if raw is None or raw == "":
            raw = p.default
        if raw is None or raw == "":
            if p.required:
                raise BadParameter(f"parameter {p.name!r} is required")
            continue
        bindings[p.name] = to_term(p, raw, base)
    return bindings


# ---------------------------------------------------------------- answers

def pagination(request: Request, default: int = DEFAULT_LIMIT) -> tuple[int, int]:
    qp = request.query_params
    try:
        limit = int(qp.get("limit", default))
        offset = int(qp.get("offset", 0))
    except ValueError:
        raise BadParameter("limit and offset must be integers")
    if limit < 0 or limit > MAX_LIMIT:
        raise BadParameter(f"limit must be between 0 and {MAX_LIMIT}")
    if offset < 0:
        raise BadParameter("offset must not be negative")
    return limit, offset


def sort_items(items: list[dict], sort: str | None, default: str | None = None) -> list[dict]:
    known = set().union(*(i.keys() for i in items)) if items else None
    for name, desc in reversed(sort_keys(sort, default, known)):
        present = [i for i in items if i.get(name) not in (None, "")]
        missing = [i for i in items if i.get(name) in (None, "")]
        present.sort(key=lambda i: _sort_key(i.get(name)), reverse=desc)
        items = present + missing  # blanks last whichever the direction
    return items


def sort_keys(asked: str | None, default: str | None, known) -> list[tuple[str, bool]]:
    """[(field, descending)] from `sort` (422 for a field not among `known`) or the default (its
    unknown fields skipped); `known` None takes every field."""
    keys = []
    for k in filter(None, (k.strip() for k in (asked or default or "").split(","))):
        name = k.lstrip("-+")
        if known is not None and name not in known:
            if asked:
                raise BadParameter(f"cannot sort by {name!r}: use one of {', '.join(sorted(known))}")
            continue
        keys.append((name, k.startswith("-")))
    return keys


def _sort_key(v):
    if isinstance(v, bool):
        return (0, int(v), "")
    if isinstance(v, (int, float)):
        return (0, v, "")
    if isinstance(v, dict):
        v = json.dumps(v, sort_keys=True)
    if isinstance(v, list):
        v = len(v)
        return (0, v, "")
    return (1, 0, str(v).lower())


def wants(request: Request) -> str:
    """'json', 'csv' or 'jsonld': format= if given (422 for an unknown one), else Accept
    (app.conneg, with q-values); JSON when Accept names nothing this API writes."""
    fmt = request.query_params.get("format")
    if fmt:
        f = conneg.named(fmt, conneg.API_OFFERS)
        if f is None:
            raise BadParameter(f"unknown format {fmt.lower()!r}: use json, csv or jsonld")
        return f.key
    f = conneg.negotiate(request.headers.get("accept"), conneg.API_OFFERS)
    return f.key if f else "json"


def _csv_value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "; ".join(str(x) for x in v)
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def to_csv(items: list[dict], columns: list[str] | None = None) -> str:
    cols = columns or list(dict.fromkeys(k for i in items for k in i))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(cols)
    for i in items:
        w.writerow([_csv_value(i.get(c)) for c in cols])
    return out.getvalue()


API_VOCAB = "https://w3id.org/ikg/api#"


def jsonld_context() -> dict:
    return {"@vocab": API_VOCAB, "iri": "@id", "id": "http://purl.org/dc/terms/identifier",
            "name": "http://www.w3.org/2004/02/skos/core#prefLabel", "ikg": "https://w3id.org/ikg/ontology#",
            "sources": {"@id": "http://www.w3.org/ns/prov#wasDerivedFrom", "@type": "@id"},
            "sentence": {"@id": "https://w3id.org/ikg/ontology#evidence", "@type": "@id"}}


def to_jsonld(items: list[dict], extra: dict | None = None) -> dict:
    doc = {"@context": jsonld_context(), "@graph": items}
    if extra:
        doc.update(extra)
    return doc


def list_response(request: Request, items: list[dict], *, default_limit: int = DEFAULT_LIMIT,
                  default_sort: str | None = None, columns: list[str] | None = None,
                  total: int | None = None) -> Response:
    """Sorts, paginates and answers a list in the format asked for (see module doc). With
    `total`, items are the page already (sorted and sliced by the store) and total the count."""
    fmt = wants(request)
    limit, offset = pagination(request, default_limit)
    if total is None:
        items = sort_items(items, request.query_params.get("sort"), default_sort)
        total = len(items)
        page = items[offset:offset + limit]
    else:
        page = items
    headers = {"X-Total-Count": str(total), "Vary": "Accept"}
    links = _links(request, total, limit, offset)
    if links:
        headers["Link"] = links
    headers["Access-Control-Expose-Headers"] = "X-Total-Count, Link"
    if fmt == "csv":
        return Response(to_csv(page, columns), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt == "jsonld":
        body = to_jsonld(page, {"totalItems": total, "offset": offset, "limit": limit})
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/ld+json", headers=headers)
    return JSONResponse(page, headers=headers)


def _links(request: Request, total: int, limit: int, offset: int) -> str:
    if limit <= 0:
        return ""
    params = dict(request.query_params)

    def url(off: int) -> str:
        p = {**params, "limit": str(limit), "offset": str(off)}
        return f"{request.url.path}?{urlencode(p)}"

    last = max(0, ((total - 1) // limit) * limit) if total else 0
    parts = [f'<{url(0)}>; rel="first"', f'<{url(last)}>; rel="last"']
    if offset > 0:
        parts.append(f'<{url(max(0, offset - limit))}>; rel="prev"')
    if offset + limit < total:
        parts.append(f'<{url(offset + limit)}>; rel="next"')
    return ", ".join(parts)


# ---------------------------------------------------------------- routes

router = APIRouter()


def registry(request: Request | None = None) -> dict[str, QueryDef]:
    return QUERIES


def base_of(request: Request) -> str:
    base = request.app.state.settings.base_iri
    return base if base.endswith("/") else base + "/"


@router.get("/api/queries", tags=["queries"], summary="The curated queries",
            description="Every queries/*.rq file, with its parameters; each is served at /api/queries/{name}.")
def list_queries(request: Request):
    items = [q.info() for q in registry(request).values()]
    return list_response(request, items, default_limit=MAX_LIMIT, default_sort="name")


def _make_endpoint(q: QueryDef) -> Callable:
    def endpoint(request: Request):
        known = {p.name for p in q.params} | {"limit", "offset", "sort", "format"}
        unknown = [k for k in request.query_params if k not in known]
        if unknown:
            raise BadParameter(f"unknown parameter {unknown[0]!r}: {q.name} takes "
                               f"{', '.join(sorted(known))}")
        bindings = bind_params(q, dict(request.query_params), base_of(request))
        store = deps.store(request)
        paged = page_in_sparql(store, q, bindings, request)
        raw, total = paged if paged else (tie_order(run_query(store, q, bindings), _columns(q.text)), None)
        if wants(request) == "jsonld":  # IRIs as nodes, literals as values
            rows = [{k: {"@id": str(v)} if isinstance(v, URIRef) else py(v) for k, v in r.items()} for r in raw]
        else:
            rows = rows_json(raw)
        cols = _columns(q.text)
        return list_response(request, rows, default_limit=q.pagination, default_sort=q.sort,
                             columns=cols if rows or cols else None, total=total)
    endpoint.__name__ = f"query_{q.name}"
    return endpoint


# ---------------------------------------------------------------- paging inside SPARQL

def page_in_sparql(store, q: QueryDef, bindings: dict, request: Request) -> tuple[list[dict], int] | None:
    """(the requested page, the total): the query ordered, sliced and counted by the store, so a
    page of a query with a million rows reads one page. The order is the list order of the API
    (blanks last, strings case-insensitively, numbers as numbers), ties broken by every column
    so that pages never overlap. None for a query whose columns cannot be read (SELECT *), and
    on a store that cannot order inside SPARQL as the others do (ikg.store.Store.pages_in_sparql)."""
    columns = _columns(q.text)
    if not columns or not store.pages_in_sparql:
        return None
    limit, offset = pagination(request, q.pagination)
    order = sparql_order(sort_keys(request.query_params.get("sort"), q.sort, columns), columns)
    prologue, body = _split_prologue(full_text(q))
    inner = bind_values(body, bindings)  # bound inside: a variable the query does not project stays bound
    page = f"{prologue}\nSELECT * WHERE {{\n{inner}\n}}\nORDER BY {order}\nLIMIT {limit} OFFSET {offset}"
    count = f"{prologue}\nSELECT (COUNT(*) AS ?total) WHERE {{\n{inner}\n}}"
    rows = run_query(store, q, None, page)
    total = run_query(store, q, None, count)
    return rows, int(total[0]["total"]) if total else 0


def tie_order(rows: list[dict], columns: list[str] | None) -> list[dict]:
    """Rows in the order sparql_order gives rows that tie on the sort keys (every column's
    string, unbound first), so that a list sorted here pages like one sorted by the store."""
    if not columns:
        return rows
    return sorted(rows, key=lambda r: [(c in r, str(r[c]) if c in r else "") for c in columns])


def sparql_order(keys: list[tuple[str, bool]], columns: list[str]) -> str:
    """An ORDER BY that sorts as sort_items does: blanks ('' or unbound) last in either
    direction, numbers as numbers, strings case-insensitively; then every column."""
    parts = []
    for name, desc in keys:
        v = f"?{name}"
        value = f"IF(isNumeric({v}), {v}, LCASE(STR({v})))"
        blank = f"IF(COALESCE(STR({v}) = \"\", true), 1, 0)"  # 1 when '' or unbound: an integer every engine orders alike
        parts += [blank, f"DESC({value})" if desc else value]
    return " ".join(parts + [f"STR(?{c})" for c in columns])


def _split_prologue(text: str) -> tuple[str, str]:
    """(the PREFIX and BASE declarations, the query after them)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("#")
                              or re.match(r"(?i)\s*(PREFIX|BASE)\b", lines[i])):
        i += 1
    return "\n".join(lines[:i]), "\n".join(lines[i:])


def _columns(text: str) -> list[str] | None:
    """The projected variables of a SELECT, in order (for the CSV header of an empty answer)."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\b", body, re.IGNORECASE | re.DOTALL)
    if not m or m.group(1).strip().startswith("*"):
        return None
    projection = m.group(1)
    # bare ?x outside parentheses, and the `AS ?x` of expressions, in the order written
    outside, depth = [], 0
    for ch in projection:
        depth += ch == "("
        outside.append(ch if depth == 0 and ch not in "()" else " ")
        depth -= ch == ")"
    names = set(re.findall(r"\?(\w+)", "".join(outside))) | set(re.findall(r"\bAS\s+\?(\w+)", projection, re.I))
    order = [v for v in re.findall(r"\?(\w+)", projection) if v in names]
    return list(dict.fromkeys(order)) or None


def add_query_routes(target: APIRouter, queries: dict[str, QueryDef]) -> None:
    """One GET route per query file, with its OpenAPI parameters."""
    for q in queries.values():
        params = [p.describe() for p in q.params] + [
            {"name": "limit", "in": "query", "required": False,
             "schema": {"type": "integer", "default": q.pagination, "minimum": 0, "maximum": MAX_LIMIT}},
            {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer", "default": 0, "minimum": 0}},
            {"name": "sort", "in": "query", "required": False, "schema": {"type": "string"},
             "description": "column names, comma separated; '-' first for descending"},
            {"name": "format", "in": "query", "required": False, "schema": {"type": "string", "enum": ["json", "csv", "jsonld"]}},
        ]
        target.add_api_route(
            f"/api/queries/{q.name}", _make_endpoint(q), methods=["GET"], tags=["queries"] + q.tags,
            summary=q.summary or q.name, description=(q.description or "") + f"\n\nSource: queries/{q.name}.rq",
            openapi_extra={"parameters": params,
                           "responses": {"200": {"description": "rows (JSON array; CSV; JSON-LD)",
                                                 "headers": {"X-Total-Count": {"schema": {"type": "integer"}},
                                                             "Link": {"schema": {"type": "string"}}}},
                                         "422": {"description": "a bad parameter"}}},
            name=f"query_{q.name}")


# The query files are read once (app/curated.py); their routes are added when this module is imported.
add_query_routes(router, QUERIES)
