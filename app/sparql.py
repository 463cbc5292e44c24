"""The SPARQL 1.1 endpoints: Query at /sparql, Update at /update, the Graph Store HTTP
Protocol at /data.

* /sparql — GET query=, POST form-encoded or application/sparql-query; default-graph-uri /
  named-graph-uri; answers negotiated from Accept (or format=): SPARQL JSON, XML, CSV, TSV
  for SELECT and ASK, Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads, N3 for CONSTRUCT
  and DESCRIBE, 406 otherwise. Without a query: the Service Description (Turtle by
  default), or the YASGUI editor for a browser. By default the default graph is the
  union of all document graphs.
* /update — POST form-encoded or application/sparql-update, using-graph-uri /
  using-named-graph-uri; needs `Authorization: Bearer $IKG_TOKEN`.
* /data — Graph Store Protocol (app/sparql_gsp.py).

Queries run in killable processes under Settings.query_timeout (app/sparql_exec.py) and
stream their answer; SERVICE and LOAD are refused unless Settings.allow_federation.
Every fault of a request is a 4xx with a plain-text reason; read endpoints send CORS
headers; answers are gzipped for clients that accept it.
"""
from __future__ import annotations

import atexit
import json
import logging
import threading
import time
import weakref
from contextlib import asynccontextmanager

import anyio
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from app import sparql_conneg as cn
from app import sparql_gsp, sparql_sd
from app.writes import Writing
from app.sparql_exec import Busy, EvaluatorFailed, Executor, QueryTimeout, make_executor
from app.sparql_http import CORS_PREFLIGHT, StreamCut, blocking, buffered, streamed, text
from app.sparql_protocol import ProtocolError, QueryRequest, check_token, read_query, read_update
from app.sparql_text import (MAX_NESTING, UsingConflict, add_using, answer_kind, names_dataset, too_deep,
                             where_queries)

BUFFER = 256 * 1024  # answers up to this size are sent whole, with their true status
QUERY_ALLOW = "GET, HEAD, POST, OPTIONS"
log = logging.getLogger("ikg.sparql")
_executors: "weakref.WeakSet[Executor]" = weakref.WeakSet()
_executor_lock = threading.Lock()


@asynccontextmanager
async def _lifespan(app):
    try:
        executor(app)  # start query workers (or guard the in-memory store) before the first request
    except RuntimeError:
        pass  # not an embedded store: the endpoints answer 501
    yield
    ex = getattr(app.state, "sparql_executor", None)
    if ex is not None:
        ex.shutdown()


router = APIRouter(tags=["SPARQL"], lifespan=_lifespan)


@atexit.register
def _shutdown_all() -> None:  # apps whose lifespan never ran (TestClient without `with`)
    for ex in list(_executors):
        ex.shutdown()


def executor(app) -> Executor:
    ex = getattr(app.state, "sparql_executor", None)
    if ex is None:
        with _executor_lock:
            ex = getattr(app.state, "sparql_executor", None)
            if ex is None:
                ex = make_executor(app.state.store, workers=app.state.settings.query_workers,
                                   offline=not app.state.settings.allow_federation)
                app.state.sparql_executor = ex
                _executors.add(ex)
    return ex


def _raw(app):
    raw = getattr(app.state.store, "raw", None)
    if raw is None:
        raise ProtocolError(501, "the SPARQL endpoints need the embedded Oxigraph store (IKG_STORE=oxigraph or memory)")
    return raw


def _endpoint(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def _base(request: Request) -> str:
    return str(request.base_url)


# ------------------------------------------------------------------ /sparql

@router.get("/sparql", summary="SPARQL 1.1 Query (query=...); without a query the service description, "
                               "or the query editor for a browser", response_class=Response, operation_id="sparql_query_get")
@router.post("/sparql", summary="SPARQL 1.1 Query (form query=... or application/sparql-query)",
             response_class=Response, operation_id="sparql_query_post")
@router.head("/sparql", include_in_schema=False)
async def sparql_query(request: Request) -> Response:
    settings = request.app.state.settings
    try:
        q = await read_query(request, settings.body_cap, settings.query_cap)
        if q is None:
            return await _describe(request)
        return await _run_query(request, q)
    except ProtocolError as e:
        return text(e.status, e.message, e.headers, cors=True)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_wrong_method(request: Request) -> Response:
    return text(405, f"{request.method} is not a SPARQL query operation: use GET or POST "
                     "(updates go by POST to /update)", {"Allow": QUERY_ALLOW}, cors=True)


def _preflight(request: Request, methods: str, allow: str) -> Response:
    headers = {**CORS_PREFLIGHT, "Access-Control-Allow-Methods": methods, "Allow": allow}
    asked = request.headers.get("access-control-request-headers")
    if asked:  # reads carry no credentials, so any request header may come along
        headers["Access-Control-Allow-Headers"] = asked
    return Response(status_code=204, headers=headers)


@router.options("/sparql", include_in_schema=False)
async def sparql_preflight(request: Request) -> Response:
    return _preflight(request, "GET, POST, HEAD, OPTIONS", QUERY_ALLOW)


async def _run_query(request: Request, q: QueryRequest) -> Response:
    settings = request.app.state.settings
    base_iri = _endpoint(request)
    answer, own_dataset, deep = await blocking(_read_query_text, q.query)
    if deep:
        return text(400, f"the query nests groups or brackets more than {MAX_NESTING} deep", cors=True)
    if q.format and cn.by_name_any(q.format) is None:
        return text(400, f"unknown format={q.format}: use json, xml, csv, tsv, turtle, ntriples, rdfxml, jsonld, "
                         "trig, nquads, n3 or a media type", cors=True)
    accept = request.headers.get("accept")
    formats, refusals = {}, {}
    for kind in ("bindings", "boolean", "graph"):
        f, why = cn.choose(accept, q.format, kind)
        formats[kind] = [f.key, f.content_type] if f else None
        refusals[kind] = why
    if answer and not formats[answer]:  # known before evaluation: no need to run the query
        return text(406, refusals[answer], cors=True)
    if not any(formats.values()):
        return text(406, f"cannot answer in {q.format or accept}: SELECT and ASK answer as "
                         "application/sparql-results+json, application/sparql-results+xml, text/csv, "
                         "text/tab-separated-values; CONSTRUCT and DESCRIBE as text/turtle, application/n-triples, "
                         "application/rdf+xml, application/ld+json, application/trig, application/n-quads, text/n3",
                    cors=True)
    job = {"query": q.query, "base_iri": base_iri, "formats": formats, "refusals": refusals,
           "no_federation": not settings.allow_federation}
    if q.has_dataset:
        job["default_graph"], job["named_graphs"] = q.default_graphs, q.named_graphs
    else:
        job["union"] = not own_dataset
    if getattr(request.app.state.store, "raw", None) is None:  # a remote store answers (app/sparql_remote.py)
        from app import sparql_remote
        return await sparql_remote.answer(request, q, formats, settings, text, buffered)
    _raw(request.app)
    return await _evaluate(request, executor(request.app), job, settings.query_timeout)


def _read_query_text(query: str) -> tuple[str | None, bool, bool]:
    """What the endpoint must know of a query before it runs (in a thread: up to 1 MiB of text):
    its answer kind, whether it names its own dataset, whether it nests too deep to parse.
    Whether it calls out (SERVICE) is decided by the evaluator, with Oxigraph's parser
    (app.sparql_worker.calls_out)."""
    if too_deep(query):
        return None, False, True
    return answer_kind(query), names_dataset(query), False


async def _check_update(ex: Executor, job: dict, limit: float) -> None:
    """Raises the ProtocolError an evaluator answers for an update it checked (see
    app.sparql_worker.check_update); nothing when the update may run."""
    deadline = time.monotonic() + limit
    try:
        run = await blocking(ex.start, job, deadline)
    except Busy:
        raise ProtocolError(503, "no evaluator became free to check the update; try again", {"Retry-After": "5"})
    finished = False
    try:
        kind, payload = await blocking(run.read, deadline)
        finished = kind == b"E"
        answer = json.loads(payload) if finished else {"status": 500, "message": "unexpected answer"}
    except QueryTimeout:
        raise ProtocolError(503, "the update could not be checked within the time limit") from None
    except EvaluatorFailed:  # the parser overflowed its stack: the server would have crashed
        raise ProtocolError(400, "the update is nested too deeply to be parsed") from None
    finally:
        with anyio.CancelScope(shield=True):
            await blocking(run.close, finished)
    if answer["status"] != 204:
        raise ProtocolError(answer["status"], answer["message"])


async def _time_where(ex: Executor, queries: list[str], base: str, settings) -> None:
    limit = settings.update_timeout
    deadline = time.monotonic() + limit
    for q in queries:
        job = {"query": q, "base_iri": base, "union": False, "no_federation": not settings.allow_federation,
               "formats": {"bindings": ["json", "application/sparql-results+json"], "boolean": None, "graph": None},
               "refusals": {}}
        try:
            run = await blocking(ex.start, job, deadline)
        except (Busy, EvaluatorFailed):
            raise ProtocolError(503, "no evaluator became free to time the update; try again",
                                {"Retry-After": "5"}) from None
        finished = False
        try:
            while not finished:
                kind, _ = await blocking(run.read, deadline)
                finished = kind in (b"F", b"E")  # an error is the update's own to report
        except QueryTimeout:
            raise ProtocolError(503, f"the update's WHERE clauses take longer than the limit of {limit:g} s "
                                     "(IKG_UPDATE_TIMEOUT); nothing was changed: narrow them") from None
        except EvaluatorFailed:
            raise ProtocolError(400, "the update's WHERE clauses could not be evaluated; nothing was changed") from None
        finally:
            with anyio.CancelScope(shield=True):
                await blocking(run.close, finished)


async def _evaluate(request: Request, ex: Executor, job: dict, limit: float) -> Response:
    await blocking(ex.prepare)
    deadline = time.monotonic() + limit
    timed_out = text(503, f"the query ran for the time limit of {limit:g} s (IKG_QUERY_TIMEOUT) and was stopped; "
                          "narrow it (LIMIT, more specific patterns) or ask the operator for a longer limit", cors=True)
    try:
        run = await blocking(ex.start, job, deadline)
    except Busy:
        return text(503, f"no query evaluator became free within the time limit of {limit:g} s (all busy with "
                         "other queries, or a long write holds the store); try again", {"Retry-After": "5"}, cors=True)
    except EvaluatorFailed as e:
        return text(503, str(e), {"Retry-After": "1"}, cors=True)
    handed_off = finished = False
    try:
        kind, payload = await blocking(run.read, deadline)
        if kind == b"E":
            finished = True
            err = json.loads(payload)
            return text(err["status"], err["message"], cors=True)
        if kind != b"H":
            raise EvaluatorFailed(f"unexpected {kind!r} frame before the head")
        head = json.loads(payload)
        chunks, size = [], 0
        while size < BUFFER:
            kind, payload = await blocking(run.read, deadline)
            if kind == b"D":
                chunks.append(payload)
                size += len(payload)
            elif kind == b"F":
                finished = True
                return buffered(request, b"".join(chunks), head["content_type"], cors=True)
            elif kind == b"E":
                finished = True
                err = json.loads(payload)
                return text(err["status"], err["message"], cors=True)
        if request.method == "HEAD":  # the status and type are known: stop the rest
            return Response(None, headers={"Content-Type": head["content_type"], "Vary": "Accept, Accept-Encoding",
                                           "Access-Control-Allow-Origin": "*"})
        handed_off = True
        return streamed(request, _stream(run, chunks, deadline), head["content_type"], cors=True)
    except QueryTimeout:
        return timed_out
    except EvaluatorFailed as e:
        log.error("query evaluation failed: %s", e)
        return text(500, "query evaluation failed; the server log says why", cors=True)
    finally:
        if not handed_off:  # off the event loop: it may kill and reap a process
            with anyio.CancelScope(shield=True):
                await blocking(run.close, finished)


def _stream(run, chunks: list[bytes], deadline: float):
    ok = False
    try:
        yield from chunks
        chunks.clear()
        while True:
            kind, payload = run.read(deadline)
            if kind == b"D":
                yield payload
            elif kind == b"F":
                ok = True
                return
            elif kind == b"E":
                raise StreamCut(json.loads(payload)["message"])
    except QueryTimeout:
        raise StreamCut("the time limit was reached while the answer was being sent") from None
    finally:
        run.close(ok)


async def _describe(request: Request) -> Response:
    settings = request.app.state.settings
    offers = [*cn.GRAPH_FORMATS, cn.HTML]
    name = request.query_params.get("format")
    if name:
        fmt = next((f for f in offers if name.lower() in (*f.names, *f.media_types())), None)
    else:
        fmt = cn.negotiate(request.headers.get("accept"), offers)
    if fmt is None:
        return text(406, "the service description is available as text/turtle, application/n-triples, "
                         "application/rdf+xml, application/ld+json, text/n3, and as an HTML query editor", cors=True)
    if fmt is cn.HTML:
        # never built from the Host header: the assets are this server's own, by path
        root = request.scope.get("root_path", "")
        page = sparql_sd.editor_page(settings.base_iri.rstrip("/") + "/sparql", root + "/sparql/yasgui", settings)
        return buffered(request, page.encode(), "text/html; charset=utf-8")
    store = request.app.state.store
    count = await run_in_threadpool(lambda: len(store.graph_names()))
    g = sparql_sd.service_description(_base(request), settings, count)
    return buffered(request, sparql_sd.serialize(g, fmt), fmt.content_type, cors=True)


@router.get("/sparql/yasgui/{name}", include_in_schema=False)
async def yasgui_asset(name: str) -> Response:
    if name not in sparql_sd.ASSETS:
        return text(404, f"no {name} here")
    return FileResponse(sparql_sd.YASGUI_DIR / name, media_type=sparql_sd.ASSETS[name],
                        headers={"Cache-Control": "public, max-age=86400"})


# ------------------------------------------------------------------ /update

UPDATE_ALLOW = "POST"


@router.post("/update", summary="SPARQL 1.1 Update (form update=... or application/sparql-update; bearer token)",
             response_class=Response, operation_id="sparql_update")
async def sparql_update(request: Request) -> Response:
    settings = request.app.state.settings
    try:
        check_token(request, settings.token)
        u = await read_update(request, settings.body_cap, settings.query_cap)
        base = _endpoint(request)
        if await blocking(too_deep, u.update):
            raise ProtocolError(400, f"the update nests groups or brackets more than {MAX_NESTING} deep")
        try:
            text_ = await blocking(add_using, u.update, u.using_graphs, u.using_named_graphs)
        except UsingConflict as e:
            raise ProtocolError(400, str(e)) from None
        if getattr(request.app.state.store, "raw", None) is None:  # a remote store runs it (app/sparql_remote.py)
            from app import sparql_remote
            await sparql_remote.update(request, text_, base, settings)
            return Response(status_code=204)
        raw = _raw(request.app)
        ex = executor(request.app)
        # the text Oxigraph will run, parsed first by an evaluator (SERVICE/LOAD, nesting that crashes)
        await _check_update(ex, {"check_update": text_, "base_iri": base,
                                 "no_federation": not settings.allow_federation}, settings.query_timeout)
        # its WHERE clauses timed in a killable evaluator first: an update may not hold the
        # write lock (and, on the in-memory store, every read) longer than this
        await _time_where(ex, await blocking(where_queries, text_), base, settings)

        def apply() -> None:
            with Writing(request.app):  # one writer at a time; the resolution follows the update
                raw.update(text_, base_iri=base)
            ex.prepare()

        try:
            await run_in_threadpool(apply)
        except SyntaxError as e:
            raise ProtocolError(400, f"malformed update: {e}") from None
        except OSError as e:
            log.error("update failed: %s", e)
            raise ProtocolError(500, "the update failed and nothing was changed; the server log says why") from None
        return Response(status_code=204)
    except ProtocolError as e:
        return text(e.status, e.message, e.headers)


@router.api_route("/update", methods=["GET", "HEAD", "PUT", "DELETE", "PATCH"], include_in_schema=False)
async def update_wrong_method(request: Request) -> Response:
    return text(405, f"{request.method} cannot carry an update: POST it (form update=... or "
                     "application/sparql-update) with 'Authorization: Bearer <token>'", {"Allow": UPDATE_ALLOW})


# ------------------------------------------------------------------ /data

@router.get("/data", summary="Graph Store Protocol: a graph (?graph=<iri> or ?default), or the whole dataset",
            response_class=Response, operation_id="graph_store_get")
@router.put("/data", summary="Graph Store Protocol: replace a graph (bearer token)", response_class=Response,
            operation_id="graph_store_put")
@router.post("/data", summary="Graph Store Protocol: add to a graph, or create one (bearer token)",
             response_class=Response, operation_id="graph_store_post")
@router.delete("/data", summary="Graph Store Protocol: delete a graph (bearer token)", response_class=Response,
               operation_id="graph_store_delete")
@router.api_route("/data", methods=["HEAD", "PATCH"], include_in_schema=False)
async def graph_store(request: Request) -> Response:
    raw = getattr(request.app.state.store, "raw", None)
    if raw is None:  # a remote store, through the store interface (app/sparql_remote.py)
        from app import sparql_remote
        from ikg.store import UNAVAILABLE, RETRY_AFTER, StoreError, StoreUnavailable
        try:
            return await sparql_gsp.handle(request, sparql_remote.GraphStore(request.app.state.store),
                                           lambda: Writing(request.app), request.app.state.settings)
        except StoreUnavailable as e:
            log.warning("the graph store is unavailable: %s", e)
            return text(503, UNAVAILABLE, {"Retry-After": str(RETRY_AFTER)})
        except StoreError as e:
            log.error("the graph store failed a Graph Store request: %s", e)
            return text(502, "the graph store failed this request; the server log says why")
    response = await sparql_gsp.handle(request, raw, lambda: Writing(request.app), request.app.state.settings)
    if request.method in ("PUT", "POST", "DELETE") and response.status_code < 300:
        await run_in_threadpool(executor(request.app).prepare)
    return response


@router.options("/data", include_in_schema=False)
async def data_preflight(request: Request) -> Response:
    return _preflight(request, "GET, HEAD, OPTIONS", sparql_gsp.ALLOW)
