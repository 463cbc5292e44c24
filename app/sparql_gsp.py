"""SPARQL 1.1 Graph Store HTTP Protocol at /data: `?graph=<iri>` names a graph, `?default`
the store's own default graph. GET and HEAD are public; PUT (replace), POST (merge, or
create a new graph when no graph is named) and DELETE need the bearer token. GET without
parameters exports the whole dataset (TriG or N-Quads).

Each write is one SPARQL Update (over a remote store: one graph replacement, app.sparql_remote),
so it lands whole or not at all, and a body that does not parse changes nothing.
"""
from __future__ import annotations

import queue
import threading
import uuid
from typing import Iterator

import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from app import conneg, sparql_conneg as cn
from app.sparql_http import streamed, text
from app.sparql_protocol import ProtocolError, check_iri, check_token, media_type, read_body, url_params, values

ALLOW = "GET, HEAD, PUT, POST, DELETE, OPTIONS"


class Target:
    """What a request addresses: one named graph, the default graph, or the whole store."""

    def __init__(self, graph: str | None, default: bool):
        self.graph, self.default = graph, default

    @property
    def node(self):
        return ox.DefaultGraph() if self.default else ox.NamedNode(self.graph)

    @property
    def sparql(self) -> str:
        return "DEFAULT" if self.default else f"GRAPH <{self.graph}>"

    def describe(self) -> str:
        return "the default graph" if self.default else f"graph <{self.graph}>"


def target(request: Request) -> Target:
    params = url_params(request)
    graphs = values(params, "graph")
    default = any(k == "default" for k, _ in params)
    if default and graphs:
        raise ProtocolError(400, "both ?default and ?graph=: name one graph")
    if len(graphs) > 1:
        raise ProtocolError(400, "several graph= parameters: name one graph")
    if graphs:
        return Target(check_iri(graphs[0], "graph"), False)
    return Target(None, default)


async def handle(request: Request, store, writing, settings) -> Response:
    """`writing()` gives the context every write runs in (app.writes.Writing: the one write
    lock, and the resolution rebuilt after the write)."""
    method = request.method
    try:
        t = target(request)
        if t.default and getattr(store, "remote", False) and method in ("GET", "HEAD", "PUT", "POST", "DELETE"):
            raise ProtocolError(501, "over a remote store the default graph is the union of its graphs, which "
                                     "ikg does not write or read alone: name a graph (?graph=<iri>)")
        if method in ("GET", "HEAD"):
            return await _get(request, store, t)
        if method in ("PUT", "POST", "DELETE"):
            check_token(request, settings.token)
            if method == "DELETE":
                return await _delete(store, writing, t)
            return await _write(request, store, writing, settings, t, replace=(method == "PUT"))
        return text(405, f"{method} is not part of the Graph Store Protocol here; use {ALLOW}", {"Allow": ALLOW})
    except ProtocolError as e:
        return text(e.status, e.message, e.headers, cors=method in ("GET", "HEAD"))


def _exists(store, t: Target) -> bool:
    return t.default or store.contains_named_graph(t.node)


async def _get(request: Request, store, t: Target) -> Response:
    accept = request.headers.get("accept")
    whole = t.graph is None and not t.default
    offers = cn.OFFERS["dataset"] if whole else cn.GRAPH_FORMATS
    fmt_param = (values(url_params(request), "format") or [None])[0]
    fmt = next((f for f in offers if fmt_param and fmt_param.lower() in (*f.names, *f.media_types())), None) \
        if fmt_param else cn.negotiate(accept, offers)
    if fmt is None:
        raise ProtocolError(406, f"cannot send {'the dataset' if whole else 'a graph'} as "
                                 f"{fmt_param or accept}; available: {', '.join(f.media_type for f in offers)}")
    if not whole and not await run_in_threadpool(_exists, store, t):
        raise ProtocolError(404, f"no {t.describe()} in the store")
    kwargs = {} if whole else {"from_graph": t.node}
    return streamed(request, _dump(store, fmt.ox, kwargs), fmt.content_type, cors=True)


def _dump(store, fmt, kwargs) -> Iterator[bytes]:
    """Streams store.dump from a thread; stops the dump when the client goes away."""
    chunks: queue.Queue = queue.Queue(maxsize=16)
    stop = threading.Event()

    class Sink:
        def __init__(self):
            self.buf = bytearray()

        def write(self, data) -> int:
            self.buf += data
            if len(self.buf) >= 1 << 16:
                self.flush()
            return len(data)

        def flush(self) -> None:
            if self.buf:
                put(bytes(self.buf))
                self.buf = bytearray()

    def put(item) -> None:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise BrokenPipeError("client went away")

    def work() -> None:
        try:
            sink = Sink()
            store.dump(sink, fmt, **kwargs)
            sink.flush()
            put(None)
        except BaseException as e:  # noqa: BLE001 - handed to the reader
            try:
                put(e)
            except BaseException:
                pass

    threading.Thread(target=work, daemon=True, name="gsp-dump").start()
    try:
        while True:
            item = chunks.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def _parse(body: bytes, content_type: str | None, base: str) -> str:
    """The body's triples as N-Triples lines; 415 for a format that is not a graph syntax,
    400 with the parser's message for one that does not parse."""
    mtype, _ = media_type(content_type)
    fmt = conneg.rdf_in(mtype)
    if fmt is None:
        got = f"Content-Type {mtype!r}" if mtype else "no Content-Type"
        raise ProtocolError(415, f"{got}: send a graph as {', '.join(f.media_type for f in conneg.GRAPH_IN)}")
    try:
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in
                 ox.parse(body, fmt.ox, base_iri=base, without_named_graphs=True)]
    except SyntaxError as e:
        raise ProtocolError(400, f"the {mtype} body does not parse: {e}") from None
    except ValueError as e:
        raise ProtocolError(400, f"the {mtype} body is not a graph: {e}") from None
    return "\n".join(lines)


async def _write(request: Request, store, writing, settings, t: Target, replace: bool) -> Response:
    created_iri = None
    if t.graph is None and not t.default:
        if replace:
            raise ProtocolError(400, "PUT needs ?graph=<iri> or ?default (use GET without parameters for the "
                                     "whole dataset)")
        created_iri = f"{settings.base_iri.rstrip('/')}/graph/posted-{uuid.uuid4()}"  # beside the loader's graphs
        t = Target(created_iri, False)
    body = await read_body(request, settings.body_cap)
    base = t.graph or str(request.url.replace(query=""))
    triples = await run_in_threadpool(_parse, body, request.headers.get("content-type"), base)

    def apply() -> bool:
        with writing():
            existed = _exists(store, t)
            if getattr(store, "remote", False):  # app.sparql_remote.GraphStore: one replacement
                store.replace(t.graph, triples, merge=not replace)
                return existed
            ops = []
            if replace:
                ops.append("CLEAR SILENT DEFAULT" if t.default else f"DROP SILENT {t.sparql}")
            if not t.default:
                ops.append(f"CREATE SILENT {t.sparql}")
            if triples:
                ops.append(f"INSERT DATA {{ {t.sparql + ' {' if not t.default else ''}\n{triples}\n"
                           f"{'}' if not t.default else ''} }}")
            if ops:
                store.update(" ;\n".join(ops))
            return existed

    existed = await run_in_threadpool(apply)
    if created_iri:
        return Response(status_code=201, headers={"Location": f"{str(request.base_url).rstrip('/')}/data?graph="
                                                              + _quote(created_iri)})
    return Response(status_code=204 if existed else 201)


async def _delete(store, writing, t: Target) -> Response:
    if t.graph is None and not t.default:
        raise ProtocolError(400, "DELETE needs ?graph=<iri> or ?default")

    def apply() -> bool:
        with writing():
            if not _exists(store, t):
                return False
            store.update("CLEAR SILENT DEFAULT" if t.default else f"DROP SILENT {t.sparql}")
            return True

    if not await run_in_threadpool(apply):
        raise ProtocolError(404, f"no {t.describe()} in the store")
    return Response(status_code=204)


def _quote(iri: str) -> str:
    from urllib.parse import quote
    return quote(iri, safe="")

