"""The curated queries as data, and running them: every `queries/*.rq` file read once (its
header of decorators parsed, app/queries_api.py describes them), `select(store, name, ...)` for
the service functions, and the per-request limits they run under.

Plain Python, without the web framework: the read model (app/readmodel.py) runs the service
functions after every load, and `ikg load` need not import FastAPI to do so. The HTTP answers
for a query that fails (503, 500) are raised here all the same; FastAPI is imported only then.
"""
from __future__ import annotations

import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Literal
from rdflib.namespace import XSD

from ikg.store import QuerySyntaxError, StoreError, StoreUnavailable, TooLarge, TooSlow, select_limits
from ontology import sparql_prefixes

log = logging.getLogger("ikg.api")
QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
MAX_LIMIT = 1000
DEFAULT_LIMIT = 50

ENTITY_KINDS = {"council", "person", "inspection", "document", "finding", "organisation", "judgement"}
TYPES = {"string", "str", "int", "integer", "float", "decimal", "bool", "boolean", "date", "iri", "theme"} | ENTITY_KINDS


# ---------------------------------------------------------------- query files

@dataclass
class Param:
    name: str
    type: str = "string"
    required: bool = True
    default: str | None = None

    def describe(self) -> dict:
        schema: dict[str, Any] = {"type": {"int": "integer", "integer": "integer", "float": "number", "decimal": "number",
                                           "bool": "boolean", "boolean": "boolean"}.get(self.type, "string")}
        if self.default not in (None, ""):
            schema["default"] = self.default
        desc = {"iri": "an absolute IRI", "date": "YYYY, YYYY-MM or YYYY-MM-DD", "theme": "a theme notation or IRI"}.get(
            self.type, f"a {self.type} id or IRI" if self.type in ENTITY_KINDS else self.type)
        return {"name": self.name, "in": "query", "required": self.required, "schema": schema, "description": desc}


@dataclass
class QueryDef:
    name: str
    text: str
    summary: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    pagination: int = DEFAULT_LIMIT
    tags: list[str] = field(default_factory=list)
    sort: str | None = None

    @property
    def body(self) -> str:
        return self.text

    def info(self, base: str = "") -> dict:
        return {"name": self.name, "summary": self.summary, "description": self.description,
                "path": f"/api/queries/{self.name}", "tags": self.tags, "pagination": self.pagination,
                "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default}
                           for p in self.params]}


def parse_query_file(path: Path) -> QueryDef:
    text = path.read_text(encoding="utf-8")
    q = QueryDef(name=path.stem, text=text)
    for line in text.splitlines():
        m = re.match(r"^#\+\s*(\w+)\s*:\s*(.*)$", line.strip())
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "summary":
            q.summary = value
        elif key == "description":
            q.description = (q.description + " " + value).strip()
        elif key == "tags":
            q.tags = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "pagination":
            q.pagination = int(value) if value.isdigit() else DEFAULT_LIMIT
        elif key == "sort":
            q.sort = value or None
        elif key == "params":
            for spec in filter(None, (s.strip() for s in value.split(","))):
                q.params.append(_parse_param(spec, path))
    for p in list(q.params):
        if p.name in ("limit", "offset"):
            if p.name == "limit" and p.default and p.default.isdigit():
                q.pagination = int(p.default)
            q.params.remove(p)
    return q


def _parse_param(spec: str, path: Path) -> Param:
    m = re.match(r"^(\w+)\s*(?::\s*(\w+))?\s*(\?)?\s*(?:=(.*))?$", spec)
    if not m:
        raise ValueError(f"{path}: bad parameter spec {spec!r}")
    name, typ, opt, default = m.groups()
    typ = (typ or "string").lower()
    if typ not in TYPES:
        raise ValueError(f"{path}: unknown parameter type {typ!r}")
    default = default.strip() if default is not None else None
    return Param(name=name, type=typ, required=not opt and default is None, default=default)


def load_queries(folder: Path = QUERY_DIR) -> dict[str, QueryDef]:
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


# ---------------------------------------------------------------- running

_limits: ContextVar[tuple[int | None, float | None]] = ContextVar("ikg_api_limits", default=(None, None))


class QueryLimits:
    """ASGI middleware: the curated queries of each request run under IKG_RESULT_CAP rows and
    IKG_QUERY_TIMEOUT seconds (ikg.store.select_limits); other reads of the store do not."""

    def __init__(self, app, result_cap: int, timeout: float):
        self.app, self.limits = app, (result_cap, timeout)

    async def __call__(self, scope, receive, send):
        _limits.set(self.limits)
        await self.app(scope, receive, send)


def full_text(q: QueryDef) -> str:
    return q.text if re.search(r"(?im)^\s*PREFIX\s", q.text) else sparql_prefixes() + q.text


def run_query(store, q: QueryDef, bindings: dict | None, text: str | None = None) -> list[dict]:
    """Runs q (or `text`, a query made from it) under the request's limits; errors as HTTP answers."""
    text = text or full_text(q)
    limits = _limits.get()
    try:
        with select_limits(*limits):
            return store.select(text, bindings)
    except StoreUnavailable:
        raise  # a 503 with Retry-After (app/main.py)
    except StoreError as e:
        raise _http_error(q, e) from e


def _http_error(q: QueryDef, e: StoreError) -> Exception:
    """The HTTP answer for a query the store did not answer."""
    from fastapi import HTTPException  # only on a failure: a load path never needs the web framework

    if isinstance(e, (TooLarge, TooSlow)):
        return HTTPException(503, f"query {q.name} gives no answer within the limits: {e}; narrow it with its "
                                  "parameters", headers={"Retry-After": "5"})
    if isinstance(e, QuerySyntaxError):
        log.error("query %s does not parse: %s", q.name, e)
        return HTTPException(500, f"query {q.name} does not parse; the server log says why")
    log.error("query %s failed: %s", q.name, e)
    return HTTPException(503, "the store could not answer; try again later")


def py(term) -> Any:
    """An RDF term as a JSON value: IRIs and strings as strings, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in (XSD.integer, XSD.int, XSD.long, XSD.nonNegativeInteger):
            try:
                return int(term)
            except ValueError:
                return str(term)
        if term.datatype in (XSD.decimal, XSD.double, XSD.float):
            try:
                v = float(term)
                return int(v) if v.is_integer() and term.datatype == XSD.decimal else v
            except ValueError:
                return str(term)
        if term.datatype == XSD.boolean:
            return str(term).lower() == "true"
    return str(term)


def rows_json(rows: list[dict]) -> list[dict]:
    return [{k: py(v) for k, v in r.items()} for r in rows]


# The query files are read once, when this module is imported.
QUERIES: dict[str, QueryDef] = load_queries()


def select(store, name: str, **bindings) -> list[dict]:
    """Runs queries/{name}.rq with typed rdflib terms bound (None values are left unbound)."""
    q = QUERIES[name]
    return run_query(store, q, {k: v for k, v in bindings.items() if v is not None})
