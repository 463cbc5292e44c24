"""/sparql over a remote store (IKG_STORE=sparql): the query is evaluated by the remote server
through the store interface, and its answer is written here in the negotiated format.

Going through the store rather than passing the server's bytes on gives the answer the embedded
store would give (booleans as booleans, ASK as a boolean) in every format ikg offers, whatever
the server writes. The time limit is the remote request's (IKG_SPARQL_TIMEOUT); the server is
expected to stop its own work (Virtuoso: MaxQueryExecutionTime). The protocol's dataset
(default-graph-uri, named-graph-uri) becomes the query's FROM / FROM NAMED clauses.

/update and /data over a remote store are here too: an update runs on the server under the
service's write lock (the resolution follows), a Graph Store write is one graph replacement. The
default graph alone is not offered: on such a server it is the union of the named graphs.
"""
from __future__ import annotations

import logging

from rdflib import Dataset, Variable
from rdflib.query import Result
from starlette.concurrency import run_in_threadpool

from app import sparql_conneg as cn
from ikg.store import UNAVAILABLE, QuerySyntaxError, RETRY_AFTER, StoreError, StoreUnavailable
from ikg.remote import positioned

log = logging.getLogger("ikg.sparql")

RESULT_FORMATS = {f.key: f.rdflib for f in cn.OFFERS["bindings"]}  # rdflib serializer names by format key
GRAPH_FORMATS = {f.key: f.rdflib for f in cn.OFFERS["graph"]}


def evaluate(store, query: str, kind: str, fmt_key: str, cap: int) -> bytes:
    """The answer to `query` (of `kind`: bindings, boolean, graph) serialized as `fmt_key`."""
    if kind == "boolean":
        result = Result("ASK")
        result.askAnswer = store.ask(query)
        return result.serialize(format=RESULT_FORMATS[fmt_key]) or b""
    if kind == "graph":
        graph = store.construct(query)
        if len(graph) > cap:
            raise ResultTooLarge(cap)
        if fmt_key in ("trig", "nquads"):  # a graph answer is the default graph of a dataset
            ds = Dataset()
            ds.default_context += graph
            return ds.serialize(format=GRAPH_FORMATS[fmt_key], encoding="utf-8")
        return graph.serialize(format=GRAPH_FORMATS[fmt_key], encoding="utf-8")
    rows = store.select(query)
    if len(rows) > cap:
        raise ResultTooLarge(cap)
    result = Result("SELECT")
    names = _variables(query, rows)
    result.vars = [Variable(n) for n in names]
    result.bindings = [{Variable(k): v for k, v in r.items()} for r in rows]
    if fmt_key == "tsv":  # rdflib writes no TSV results
        return tsv(names, result.bindings)
    out = result.serialize(format=RESULT_FORMATS[fmt_key], encoding="utf-8")
    return out if isinstance(out, bytes) else (out or "").encode("utf-8")


def tsv(names: list[str], rows: list[dict]) -> bytes:
    """SPARQL 1.1 Query Results TSV: terms in Turtle syntax, a tab in a literal escaped."""
    lines = ["\t".join("?" + n for n in names)]
    for r in rows:
        terms = (r.get(Variable(n)) for n in names)
        lines.append("\t".join("" if t is None else t.n3().replace("\t", "\\t") for t in terms))
    return ("\n".join(lines) + "\n").encode("utf-8")


def with_dataset(query: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The query with the protocol's dataset (default-graph-uri, named-graph-uri) as its FROM /
    FROM NAMED clauses, in place of its own (the protocol's wins, SPARQL 1.1 Protocol 2.1.4). The
    remote store sends a query's FROM clauses as the protocol's dataset too (ikg.remote.own_dataset)."""
    from app.sparql_text import tokens

    toks = [t for t in tokens(query) if t.depth == 0]
    cuts, at, template = [], None, False
    for i, t in enumerate(toks):
        if t.keyword("FROM"):
            last = toks[min(i + (2 if i + 1 < len(toks) and toks[i + 1].keyword("NAMED") else 1), len(toks) - 1)]
            cuts.append((t.start, last.end))
        elif t.keyword("CONSTRUCT") and i + 1 < len(toks) and toks[i + 1].text == "{":
            template = True  # its first group is the template, not the pattern
        elif t.text == "{" and template:
            template = False
        elif at is None and (t.keyword("WHERE") or t.text == "{" or t.keyword("ORDER", "LIMIT", "OFFSET", "VALUES")):
            at = t.start
    clauses = "".join(f" FROM <{g}>" for g in default_graphs) + "".join(f" FROM NAMED <{g}>" for g in named_graphs)
    at = len(query) if at is None else at
    edits = sorted([(a, b, "") for a, b in cuts] + [(at, at, clauses + " ")], reverse=True)
    for a, b, new in edits:
        query = query[:a] + new + query[b:]
    return query


class ResultTooLarge(Exception):
    def __init__(self, cap: int):
        super().__init__(f"the answer has more than {cap} rows (IKG_RESULT_CAP): narrow the query or use LIMIT")


def _variables(query: str, rows: list[dict]) -> list[str]:
    """The projected variables, in the query's order (from rdflib's parser), else as found."""
    from ikg.remote import parsed

    algebra = parsed(query)
    if algebra is not None and algebra.get("PV") is not None:
        return [str(v) for v in algebra["PV"]]
    seen: dict[str, None] = {}
    for r in rows:
        seen.update(dict.fromkeys(r))
    return list(seen)


async def answer(request, q, formats: dict, settings, text, buffered):
    """The response to a /sparql query over a remote store (text/buffered: app.sparql_http)."""
    from app.sparql_text import answer_kind

    kind = answer_kind(q.query)
    if kind is None or not formats.get(kind):
        return text(400, "malformed query: no SELECT, ASK, CONSTRUCT or DESCRIBE found", cors=True)
    query = with_dataset(q.query, q.default_graphs, q.named_graphs) if q.has_dataset else q.query
    if not settings.allow_federation:  # the remote server might fetch: refuse as the embedded path does
        from app.sparql_worker import calls_out  # (nesting depth is already checked by the caller)

        word = await run_in_threadpool(calls_out, query)
        if word:
            return text(403, f"{word} is disabled on this server: queries may not fetch from other servers "
                             "(federation). Set IKG_ALLOW_FEDERATION=true to allow SERVICE and LOAD.", cors=True)
    key, content_type = formats[kind]
    try:
        body = await run_in_threadpool(evaluate, request.app.state.store, query, kind, key, settings.result_cap)
    except QuerySyntaxError as e:
        return text(400, f"malformed query: {e}", cors=True)
    except StoreUnavailable as e:
        log.warning("the graph store is unavailable: %s", e)
        return text(503, UNAVAILABLE, {"Retry-After": str(RETRY_AFTER)}, cors=True)
    except ResultTooLarge as e:
        return text(413, str(e), cors=True)
    except StoreError as e:
        log.error("the graph store failed a query: %s", e)
        return text(502, "the graph store failed this query; the server log says why", cors=True)
    return buffered(request, body, content_type, cors=True)


# ------------------------------------------------------------------ /update and /data over a remote store

async def update(request, text_: str, base: str, settings) -> None:
    """A SPARQL Update over a remote store: SERVICE and LOAD refused here as on the embedded store,
    then run by the server under the service's write lock, the resolution rebuilt after it.
    Relative IRIs resolve against this endpoint (a BASE before the update's own prologue).
    Raises app.sparql_protocol.ProtocolError for what the client must be told."""
    from app.sparql_protocol import ProtocolError
    from app.sparql_worker import FEDERATION_OFF, calls_out
    from app.writes import Writing

    if not settings.allow_federation:  # (nesting depth is already checked by the caller)
        word = await run_in_threadpool(calls_out, text_, True, base)
        if word:
            raise ProtocolError(403, FEDERATION_OFF.format(word=word))

    def apply() -> None:
        with Writing(request.app):
            request.app.state.store.update(f"BASE <{base}>\n{text_}")

    try:
        await run_in_threadpool(apply)
    except QuerySyntaxError as e:
        raise ProtocolError(400, f"malformed update: {await run_in_threadpool(positioned, text_, True) or e}") from None
    except StoreUnavailable as e:
        log.warning("the graph store is unavailable: %s", e)
        raise ProtocolError(503, UNAVAILABLE, {"Retry-After": str(RETRY_AFTER)}) from None
    except StoreError as e:
        log.error("the graph store failed an update: %s", e)
        raise ProtocolError(502, "the graph store failed this update; the server log says why") from None


class GraphStore:
    """What app/sparql_gsp.py asks of pyoxigraph's Store, answered through a remote store: a
    graph is written by one replacement (store.replace_graph: a Graph Store PUT where the server
    offers one, all of it or none), read and exported graph by graph."""
    remote = True

    def __init__(self, store):
        self.store = store

    def contains_named_graph(self, node) -> bool:
        return self.store.ask(f"ASK {{ GRAPH <{node.value}> {{ ?s ?p ?o }} }}")

    def dump(self, output, fmt, from_graph=None) -> None:
        import pyoxigraph as ox

        if from_graph is None:  # the whole dataset
            quads = ox.parse(self.store.export("nquads"), ox.RdfFormat.N_QUADS)
            ox.serialize(quads, output, fmt)
            return
        nt = self.store.graph(from_graph.value).serialize(format="nt", encoding="utf-8")
        ox.serialize((q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)), output, fmt)

    def replace(self, graph_iri: str, triples: str, merge: bool) -> None:
        if merge:  # POST adds to what is there
            triples = self.store.graph(graph_iri).serialize(format="nt") + "\n" + triples
        self.store.replace_graph_ntriples(graph_iri, triples + "\n")

    def update(self, text_: str) -> None:
        self.store.update(text_)
