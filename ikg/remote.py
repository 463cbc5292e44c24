"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, Neptune, the Oxigraph server,
another ikg), over the SPARQL 1.1 Protocol and, where offered, the Graph Store Protocol.

The store must treat its default graph as the union of its named graphs (Virtuoso and
GraphDB do by default; Fuseki with `tdb2:unionDefaultGraph true`; the Oxigraph server with
`--union-default-graph`), as the embedded store does.

Engine differences are met here, once, so the queries stay the same everywhere:
* queries go as form-encoded POSTs, which every engine takes (Virtuoso 7.2 never answers a
  POST of `application/sparql-query`: the cause of `ikg load` timing out on every document);
* a graph is replaced by one Graph Store Protocol PUT where the server offers it (all of it or
  none, on Virtuoso too), else by one update request of `DROP` then `INSERT DATA` operations of at
  most CHUNK triples each (Virtuoso's parser gives up on one long `INSERT DATA`). That request is
  one transaction on most engines, but Virtuoso commits it operation by operation: give it a
  Graph Store URL;
* answers are read leniently (Virtuoso answers ASK as a one-row SELECT, writes `xsd:string`
  literals as typed ones and booleans as the integers 0 and 1: a variable the query binds to a
  boolean expression is read back as a boolean) and an answer the server cut short at its row cap
  is an error; the answer of a SELECT DISTINCT is read without repeated rows (Virtuoso 7.2 gives
  some twice, depending on the server's history: distinct_rows);
* graphs the engine keeps for itself (Virtuoso's `virtrdf#`...) are not part of the knowledge
  graph: on Virtuoso (found by its `Server` header) each `GRAPH ?g { ... }` of a query is followed
  by `FILTER(?g NOT IN (...))`, so no query lists them, for the service and for /sparql alike,
  and they are not listed or exported. (Virtuoso's own `DEFINE
  input:default-graph-exclude` empties `GRAPH <iri>` as well: not usable.) Their triples stay in
  Virtuoso's union default graph: the operator can make them private (README, Running at scale);
* a query's own FROM / FROM NAMED graphs are sent as the protocol's dataset too (the Oxigraph
  server with `--union-default-graph` ignores FROM);
* `DROP GRAPH <g>` of a graph that holds triples goes to Virtuoso as `DROP SILENT GRAPH <g>`
  (it refuses to drop a graph no CREATE GRAPH made);
* DESCRIBE goes to Virtuoso in its CBD mode (its default mode describes nothing in the union
  default graph), and a query the server refuses as malformed is reported with Oxigraph's parser
  message (line and column) where that parser refuses it too;
* an OPTIONAL inside `GRAPH ?g { }` is sent as `OPTIONAL { GRAPH ?g { ... } }`, which means the
  same: Virtuoso otherwise matches the OPTIONAL's pattern in every graph.

A server that does not answer (down, unreachable, too slow) raises StoreUnavailable, which the
service turns into a 503 with Retry-After; the next request simply tries again. Inside
`ikg.store.select_limits` (the curated queries) a SELECT stops at the time limit (TooSlow) and
past the row cap (TooLarge), as on the embedded store.
Credentials (bearer token, HTTP basic or digest) go in headers and never into a message.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import httpx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.results.jsonresults import JSONResult

import ikg.store as _store
from ikg.store import (_LIMITS, Bindings, QuerySyntaxError, Row, Store, StoreError, StoreUnavailable, TooLarge,
                       TooSlow, bind_values, canonical_order)

LONGEST_GSP_LINE = 60_000
CHUNK = 500  # triples per INSERT DATA operation
ENGINE_GRAPHS = (  # graphs an engine keeps for itself, not part of the knowledge graph
    "http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql", "http://www.w3.org/2002/07/owl#",
)
RDF_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
             "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


class NoSuchGraph(StoreError):
    """The Graph Store has no graph of that name (HTTP 404)."""


class SparqlStore(Store):
    def __init__(self, query_url: str | None, update_url: str | None = None, token: str | None = None,
                 timeout: float = 60.0, graph_store_url: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "basic"):
        if not query_url:
            raise StoreError("IKG_STORE=sparql needs IKG_SPARQL_QUERY_URL (and IKG_SPARQL_UPDATE_URL to load)")
        self.query_url, self.update_url, self.graph_store_url = query_url, update_url, graph_store_url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(timeout=timeout, headers=headers, auth=_auth(user, password, auth))
        self._virtuoso: bool | None = None  # known after the first answer (its Server header)

    @property
    def pages_in_sparql(self) -> bool:
        # Virtuoso 7.2 orders by the later keys of an ORDER BY over the variables of an OPTIONAL,
        # not by the first (tests/test_backends.py showed it): its lists are ordered in Python.
        return self._virtuoso is False

    # ------------------------------------------------------------ HTTP

    def _send(self, method: str, url: str | None, what: str, limit: float | None = None, stream: bool = False,
              **kw) -> httpx.Response:
        """The server's answer (2xx), else the error it stands for. With `limit` (seconds: the
        curated queries' IKG_QUERY_TIMEOUT) a slow answer is TooSlow, not the store's fault.
        With `stream` the body is left unread (the caller closes the response)."""
        if not url:
            raise StoreError(f"this remote store has no {what} URL (IKG_SPARQL_UPDATE_URL)")
        if limit is not None:
            kw["timeout"] = min(limit, self.http.timeout.read or limit)
        try:
            r = self.http.send(self.http.build_request(method, url, **kw), stream=stream)
        except httpx.TimeoutException as e:
            if limit is not None:
                raise TooSlow(f"took longer than {limit:g} s (IKG_QUERY_TIMEOUT)") from e
            raise StoreUnavailable(f"the SPARQL store at {url} did not answer in time ({type(e).__name__})") from e
        except httpx.TransportError as e:
            raise StoreUnavailable(f"the SPARQL store at {url} cannot be reached ({type(e).__name__}: {e})") from e
        if self._virtuoso is None:
            self._virtuoso = r.headers.get("server", "").lower().startswith("virtuoso")
        if r.status_code >= 300 and stream:
            r.read()
            r.close()
        if r.status_code == 400:
            raise QuerySyntaxError(r.text[:2000])
        if r.status_code in (502, 503, 504):
            raise StoreUnavailable(f"the SPARQL store at {url} is unavailable: HTTP {r.status_code}")
        if r.status_code == 404 and what == "graph store":
            raise NoSuchGraph(f"{url}: HTTP 404: {r.text[:500]}")
        if r.status_code >= 300:
            raise StoreError(f"{url}: HTTP {r.status_code}: {r.text[:500]}")
        return r

    def query_text(self, query: str, bindings: Bindings | None = None) -> str:
        """The text sent for `query`: bound, restated where the engine needs it."""
        text = bind_values(graph_scoped_optionals(query), bindings)
        if self._virtuoso is None:  # one small request tells which engine this is
            self._send("POST", self.query_url, "query", data={"query": "ASK {}"})
        return virtuoso_form(without_engine_graphs(text)) if self._virtuoso else text

    def _query(self, query: str, bindings: Bindings | None, accept: str, limit: float | None = None,
               stream: bool = False) -> httpx.Response:
        try:
            r = self._send("POST", self.query_url, "query", limit=limit, stream=stream,
                           data={"query": self.query_text(query, bindings), **own_dataset(query)},
                           headers={"Accept": accept})
        except QuerySyntaxError as e:
            raise QuerySyntaxError(positioned(query) or str(e)) from None
        cap = r.headers.get("X-SPARQL-MaxRows")  # Virtuoso: the answer was cut at its ResultSetMaxRows
        if cap:
            r.close()
            raise StoreError(f"the SPARQL store cut the answer at {cap} rows: raise its row cap "
                             "(Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini)")
        return r

    def open_answer(self, query: str, accept: str) -> httpx.Response:
        """The server's answer to `query` with its body unread, to be streamed (then closed)."""
        return self._query(query, None, accept, stream=True)

    # ------------------------------------------------------------ reads

    def select(self, query: str, bindings: Bindings | None = None) -> list[Row]:
        import time

        cap, limit = _LIMITS.get()
        started = time.monotonic()
        r = self._query(query, bindings, "application/sparql-results+json", limit=limit)
        if limit is not None and time.monotonic() - started > limit:
            raise TooSlow(f"took longer than {limit:g} s (IKG_QUERY_TIMEOUT)")
        booleans = boolean_variables(query)
        rows = JSONResult(r.json()).bindings
        if cap is not None and len(rows) > cap:
            raise TooLarge(f"more than {cap} rows (IKG_RESULT_CAP)")
        rows = [{str(k): _plain(v, str(k) in booleans) for k, v in b.items() if v is not None} for b in rows]
        return canonical_order(query, distinct_rows(rows) if selects_distinct(query) else rows)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        answer = self._query(query, bindings, "application/sparql-results+json").json()
        if "boolean" in answer:
            return bool(answer["boolean"])
        rows = answer.get("results", {}).get("bindings", [])  # Virtuoso: one row when true
        return bool(rows) and all(v.get("value") not in ("0", "false") for v in rows[0].values())

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        r = self._query(query, bindings, "application/n-triples, text/turtle;q=0.9")
        return _parse(r)

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r["g"]) for r in rows if isinstance(r.get("g"), URIRef) and str(r["g"]) not in ENGINE_GRAPHS)

    def quad_count(self) -> int:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sum(int(r["n"]) for r in rows if str(r.get("g")) not in ENGINE_GRAPHS)

    def graph(self, graph_iri: str) -> Graph:
        if self.graph_store_url:
            try:
                return _parse(self._send("GET", self.graph_store_url, "graph store", params={"graph": graph_iri},
                                         headers={"Accept": "application/n-triples, text/turtle;q=0.9"}))
            except NoSuchGraph:  # an empty graph, as the embedded store and CONSTRUCT give
                return Graph()
        return self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")

    def export(self, fmt: str = "trig") -> bytes:
        from rdflib import Dataset

        ds = Dataset()
        for name in self.graph_names():  # graph by graph: no one answer reaches the row cap
            target = ds.graph(URIRef(name))
            for t in self.graph(name):
                target.add(t)
        return ds.serialize(format="trig" if fmt == "trig" else "nquads").encode("utf-8")

    # ------------------------------------------------------------ writes

    def update(self, update: str) -> None:
        if self._virtuoso is None:  # one small request tells which engine this is
            self._send("POST", self.query_url, "query", data={"query": "ASK {}"})
        if self._virtuoso:
            update = self._silent_drops(update)
        self._send("POST", self.update_url, "update", data={"update": update}, headers={"Accept": "*/*"})

    def _silent_drops(self, update: str) -> str:
        """`DROP GRAPH <g>` / `CLEAR GRAPH <g>` of a graph that holds triples made SILENT: Virtuoso
        refuses them for a graph it did not see created by CREATE GRAPH (every graph written
        by INSERT or a Graph Store PUT), where SPARQL drops it. A graph with no triples keeps the
        operation as written (an error without SILENT, as SPARQL says)."""
        from app.sparql_text import tokens

        toks = [t for t in tokens(update) if t.depth == 0]
        inserts = [t.end for i, t in enumerate(toks[:-2])
                   if t.keyword("DROP", "CLEAR") and toks[i + 1].keyword("GRAPH") and toks[i + 2].kind == "iri"
                   and self.ask(f"ASK {{ GRAPH {toks[i + 2].text} {{ ?s ?p ?o }} }}")]
        for at in sorted(inserts, reverse=True):
            update = update[:at] + " SILENT" + update[at:]
        return update

    def replace_graph_ntriples(self, graph_iri: str, text: str) -> None:
        self.replace_graph(graph_iri, Graph().parse(data=text, format="nt"))  # Graph Store PUT or chunks

    def replace_graph(self, graph_iri: str, graph: Graph | _store.Triples) -> None:
        text = _store.ntriples(graph)
        triples = text.splitlines()
        # Virtuoso's Graph Store refuses N-Triples holding a line of about 100 kB or more ("unsupported
        # type text/plain"); its SPARQL Update takes them: such graphs (the read model's JSON) go that way.
        if self.graph_store_url and max(map(len, triples), default=0) < LONGEST_GSP_LINE:
            self._send("PUT", self.graph_store_url, "graph store", params={"graph": graph_iri},
                       content=text.encode("utf-8"), headers={"Content-Type": "application/n-triples"})
            return
        ops = [f"DROP SILENT GRAPH <{graph_iri}>"]
        for i in range(0, len(triples), CHUNK):
            ops.append(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n" + "\n".join(triples[i:i + CHUNK]) + "\n} }")
        self.update(" ;\n".join(ops))

    def close(self) -> None:
        self.http.close()


@lru_cache(maxsize=512)
def without_engine_graphs(query: str) -> str:
    """`GRAPH ?var { P } FILTER(?var NOT IN (engine graphs))` for the first `GRAPH ?var { P }` of
    each variable: the same answers, less the graphs the engine keeps for itself. The FILTER
    belongs to the group the GRAPH is in (GRAPH is always a member of a group), where ?var is
    bound in every solution; an extra group around the two would trip Virtuoso's DISTINCT."""
    from app.sparql_text import tokens

    toks = tokens(query)
    not_in = ", ".join(f"<{g}>" for g in ENGINE_GRAPHS)
    inserts: list[tuple[int, str]] = []
    seen: set[str] = set()
    for i, t in enumerate(toks):
        if t.text == "{" and i >= 2 and toks[i - 2].keyword("GRAPH") and toks[i - 1].kind == "var":
            var = toks[i - 1].text
            close = next((c for c in toks[i + 1:] if c.text == "}" and c.depth == t.depth), None)
            if close is None or var[1:] in seen:
                continue  # unbalanced (the server says what is wrong), or filtered already
            seen.add(var[1:])
            inserts.append((close.end, f" FILTER({var} NOT IN ({not_in}))"))
    for at, text in sorted(inserts, reverse=True):
        query = query[:at] + text + query[at:]
    return query


@lru_cache(maxsize=512)
def selects_distinct(query: str) -> bool:
    """Whether the query's own (outermost) SELECT is SELECT DISTINCT."""
    from app.sparql_text import tokens

    toks = [t for t in tokens(query) if t.depth == 0]
    first = next((i for i, t in enumerate(toks) if t.keyword("SELECT")), None)
    return first is not None and first + 1 < len(toks) and toks[first + 1].keyword("DISTINCT")


def distinct_rows(rows: list[Row]) -> list[Row]:
    """The rows less repeats (the first of each kept, in order). Virtuoso 7.2 answers some SELECT
    DISTINCT queries with a row twice, depending on its history rather than on the data: the
    examples loaded one document at a time, the graphs dropped and the examples loaded again
    give a repeated row of queries/tenures.rq that a fresh server does not (tests/test_backends.py).
    Repeats also arise where two terms the server keeps apart are one term here (_plain)."""
    seen: set = set()
    kept = []
    for r in rows:
        key = frozenset(r.items())
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


@lru_cache(maxsize=512)
def virtuoso_form(query: str) -> str:
    """DESCRIBE in Virtuoso's CBD mode: its default DESCRIBE finds nothing in the union default
    graph (an empty answer where the embedded store gives the resource's statements)."""
    from app.sparql_text import tokens

    if any(t.depth == 0 and t.keyword("DESCRIBE") for t in tokens(query)):
        return 'define sql:describe-mode "CBD"\n' + query
    return query


@lru_cache(maxsize=512)
def own_dataset(query: str) -> dict[str, list[str]]:
    """The query's FROM / FROM NAMED graphs, to be sent as the protocol's default-graph-uri /
    named-graph-uri as well (the same dataset: the protocol's wins over the query's, SPARQL 1.1
    Protocol 2.1.4): the Oxigraph server with `--union-default-graph` otherwise ignores FROM.
    Empty when the query has none, or names one other than by a full IRI (left to the server)."""
    from app.sparql_text import tokens

    toks = [t for t in tokens(query) if t.depth == 0]
    found: dict[str, list[str]] = {}
    for i, t in enumerate(toks):
        if not t.keyword("FROM"):
            continue
        named = i + 1 < len(toks) and toks[i + 1].keyword("NAMED")
        iri = toks[i + 2 if named else i + 1] if i + (2 if named else 1) < len(toks) else None
        if iri is None or iri.kind != "iri":
            return {}
        found.setdefault("named-graph-uri" if named else "default-graph-uri", []).append(iri.text[1:-1])
    return found


def positioned(text: str, update: bool = False) -> str | None:
    """Oxigraph's parser message for a query (or, with `update`, an update) the server refused as
    malformed: it gives the line and column (`error at 1:25: ...`), as the embedded store does,
    where Virtuoso gives neither. None where Oxigraph's parser takes the text (the server's own
    message is kept). Only the parser works: the text runs on nothing (an empty store) and never
    if it calls out (SERVICE, LOAD)."""
    import pyoxigraph

    from app.sparql_text import too_deep
    from app.sparql_worker import calls_out

    if too_deep(text) or calls_out(text, update):  # a parse that would overflow its stack; a fetch
        return None
    scratch = pyoxigraph.Store()
    try:
        scratch.update(text) if update else scratch.query(text)
    except SyntaxError as e:
        return str(e)
    except Exception:  # noqa: BLE001 - any other refusal: the server's message stands
        return None
    return None


@lru_cache(maxsize=512)
def graph_scoped_optionals(query: str) -> str:
    """Restates the graph inside each OPTIONAL group that is within a `GRAPH ?var` group. A group
    with a FILTER of its own is left as it is (its FILTER may read variables from outside)."""
    from app.sparql_text import tokens  # the lexer the endpoint uses (strings, IRIs, comments)

    toks = tokens(query)
    inserts: list[tuple[int, str]] = []
    stack: list[tuple[str | None, bool]] = []  # per open brace: graph variable in scope, wrapped?
    for i, t in enumerate(toks):
        if t.text == "{":
            scope = stack[-1][0] if stack else None
            if i >= 2 and toks[i - 2].keyword("GRAPH") and toks[i - 1].kind == "var":
                stack.append((toks[i - 1].text, False))
            elif i >= 1 and toks[i - 1].keyword("OPTIONAL") and scope and not _has_filter(toks, i):
                inserts.append((t.end, f" GRAPH {scope} {{"))
                stack.append((scope, True))
            else:
                stack.append((scope, False))
        elif t.text == "}" and stack:
            if stack.pop()[1]:
                inserts.append((t.start, "} "))
    for at, text in sorted(inserts, reverse=True):
        query = query[:at] + text + query[at:]
    return query


def _has_filter(toks, open_at: int) -> bool:
    """Whether the group opened at toks[open_at] has a FILTER directly in it."""
    inner = toks[open_at].depth + 1
    for t in toks[open_at + 1:]:
        if t.text == "}" and t.depth < inner:
            return False
        if t.depth == inner and t.keyword("FILTER"):
            return True
    return False


def _auth(user: str | None, password: str | None, kind: str) -> httpx.Auth | None:
    if not user:
        return None
    if kind not in ("basic", "digest"):
        raise StoreError(f"IKG_SPARQL_AUTH must be basic or digest, not {kind!r}")
    cls = httpx.DigestAuth if kind == "digest" else httpx.BasicAuth
    return cls(user, password or "")


def _plain(term, boolean: bool = False):
    """`"x"^^xsd:string` and `"x"` are one term in RDF 1.1; the embedded store gives the latter."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if boolean and isinstance(term, Literal) and term.datatype == XSD.integer and str(term) in ("0", "1"):
        return Literal(str(term) == "1")
    return term


BOOLEAN_EXPRESSIONS = {"Builtin_BOUND", "RelationalExpression", "ConditionalAndExpression",
                       "ConditionalOrExpression", "UnaryNot", "Builtin_isIRI", "Builtin_isBLANK",
                       "Builtin_isLITERAL", "Builtin_isNUMERIC", "Builtin_REGEX", "Builtin_CONTAINS",
                       "Builtin_STRSTARTS", "Builtin_STRENDS", "Builtin_sameTerm", "Builtin_LANGMATCHES",
                       "Builtin_EXISTS", "Builtin_NOTEXISTS"}


_PARSER = threading.Lock()  # rdflib's SPARQL parser (pyparsing) is not safe to run in two threads


def parsed(query: str):
    """rdflib's algebra of the query, or None where rdflib cannot parse it (the server judges)."""
    from rdflib.plugins.sparql import prepareQuery

    with _PARSER:
        try:
            return prepareQuery(query).algebra
        except Exception:
            return None


@lru_cache(maxsize=512)
def boolean_variables(query: str) -> frozenset[str]:
    """Variables the query binds (BIND, SELECT expressions) to a boolean-valued expression."""
    from rdflib.plugins.sparql.parserutils import CompValue

    algebra = parsed(query)
    if algebra is None:
        return frozenset()
    found, todo = set(), [algebra]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            expr = node.get("expr")
            if node.name == "Extend" and (getattr(expr, "name", None) in BOOLEAN_EXPRESSIONS
                                          or isinstance(expr, Literal) and expr.datatype == XSD.boolean):
                found.add(str(node.var))
            todo += node.values()
        elif isinstance(node, (list, tuple)):
            todo += node
    return frozenset(found)


def _parse(r: httpx.Response) -> Graph:
    kind = r.headers.get("content-type", "").split(";")[0].strip()
    parsed, g = Graph().parse(data=r.text, format=RDF_TYPES.get(kind, "turtle")), Graph()
    for s, p, o in parsed:
        g.add((s, p, _plain(o)))
    return g
