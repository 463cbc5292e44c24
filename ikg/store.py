"""The store interface and its embedded Oxigraph implementation.

Everything above this module talks to a `Store`: SELECT/ASK/CONSTRUCT with typed
bindings, atomic replacement of one named graph, export. Nothing above it may
assume the store is embedded: a remote SPARQL 1.1 store implements the same methods.

The default graph of every read is the union of all named graphs (one per document).
"""
from __future__ import annotations

import io
import re
from abc import ABC, abstractmethod
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import AbstractSet, Iterable, Mapping

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from ikg.config import Settings

Bindings = Mapping[str, Identifier]
Row = dict[str, Identifier]
# A graph as a plain set of (subject, predicate, object) rdflib terms: what the resolution builds
# (an rdflib Graph indexes every triple three ways as it is added, which costs more than the
# deciding; loaders/to_rdf.py builds documents the same way). Stored as the Graph would be.
Triples = AbstractSet[tuple[Identifier, Identifier, Identifier]]


class StoreError(Exception):
    """A store refused or failed an operation; the store is left as it was."""


class StoreInUse(StoreError):
    """The embedded store's files are held by another process."""


class StoreUnavailable(StoreError):
    """The store did not answer (down, unreachable, too slow); trying again later may work."""


# What clients are told while the store does not answer (the cause, with the store's address,
# goes to the log only), and how many seconds they should wait.
UNAVAILABLE = "the graph store is unavailable (it cannot be reached or did not answer in time); try again later"
RETRY_AFTER = 5


class QuerySyntaxError(StoreError):
    """The query or update text does not parse."""


class TooLarge(StoreError):
    """A SELECT has more rows than the result cap (Settings.result_cap)."""


class TooSlow(StoreError):
    """A SELECT was still producing rows at its time limit (Settings.query_timeout)."""


_LIMITS: ContextVar[tuple[int | None, float | None]] = ContextVar("ikg_select_limits", default=(None, None))


@contextmanager
def select_limits(result_cap: int | None, timeout: float | None):
    """Within the block, OxigraphStore.select stops past `result_cap` rows (TooLarge) and,
    between rows, past `timeout` seconds (TooSlow): Oxigraph evaluates as rows are read, so
    a query slow to produce them is stopped. Set around the service's curated queries; the
    pipeline and the resolution read without limits."""
    token = _LIMITS.set((result_cap, timeout))
    try:
        yield
    finally:
        _LIMITS.reset(token)


class Store(ABC):
    # Whether lists may be ordered and sliced inside SPARQL (ORDER BY over expressions, then
    # LIMIT/OFFSET) with the same order as every other store gives.
    pages_in_sparql = True

    @abstractmethod
    def select(self, query: str, bindings: Bindings | None = None) -> list[Row]: ...

    def select_values(self, query: str, bindings: Bindings | None = None) -> list[dict[str, str]]:
        """Rows of plain strings (an IRI's text, a literal's lexical form), for readers that want
        no RDF terms (the resolution reads tens of thousands of values): in the canonical text
        order when the query has no ORDER BY, the same on every store."""
        rows = [{k: str(v) for k, v in r.items()} for r in self.select(query, bindings)]
        return canonical_text_order(query, rows)

    @abstractmethod
    def ask(self, query: str, bindings: Bindings | None = None) -> bool: ...

    @abstractmethod
    def construct(self, query: str, bindings: Bindings | None = None) -> Graph: ...

    @abstractmethod
    def update(self, update: str) -> None: ...

    def replace_graph(self, graph_iri: str, graph: Graph | Triples) -> None:
        """Replaces the named graph with `graph` (an rdflib Graph, or a set of triples of rdflib
        terms), atomically: all of it or none of it.
        One update request is one transaction in Oxigraph and in the usual remote stores."""
        self.replace_graph_ntriples(graph_iri, ntriples(graph))

    def replace_graph_ntriples(self, graph_iri: str, text: str) -> None:
        """replace_graph with the graph as N-Triples text (as extraction processes hand it over:
        the writer need not parse it)."""
        self.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                    f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{text}}} }}")

    def drop_graph(self, graph_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph_iri}>")

    @abstractmethod
    def graph_names(self) -> list[str]: ...

    @abstractmethod
    def export(self, fmt: str = "trig") -> bytes:
        """Every named graph, as TriG or N-Quads."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def quad_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0


# ---------------------------------------------------------------- term conversion

def to_ox(term: Identifier):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, str):
        return ox.Literal(term)
    raise TypeError(f"cannot bind {term!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


_TERMS: dict = {}  # ox term -> rdflib term: rows repeat the same IRIs and values many times over
_TERMS_MAX = 100_000


def from_ox(term) -> Identifier:
    """The rdflib term of an Oxigraph term (remembered: building rdflib terms is most of the
    cost of reading large results, and they are immutable)."""
    found = _TERMS.get(term)
    if found is None:
        if isinstance(term, ox.BlankNode) or len(term.value) > 300:  # not worth remembering: store-local
            return _convert(term)                                        # ids, sentences and paragraphs
        if len(_TERMS) >= _TERMS_MAX:
            _TERMS.clear()
        found = _TERMS[term] = _convert(term)
    return found


def _convert(term) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt))
    raise TypeError(f"unexpected term {term!r}")


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_values(query: str, bindings: Bindings | None) -> str:
    """Binds variables by a VALUES block at the head of the outermost WHERE group.

    Terms are written in N-Triples syntax by rdflib, so a value can never change
    the shape of the query; this works the same on every SPARQL 1.1 store.
    """
    if not bindings:
        return query
    names = list(bindings)
    row = " ".join(_term_text(bindings[n]) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    body = "\n".join(" " * len(line) if line.lstrip().startswith("#") else line
                     for line in query.split("\n"))
    m = _WHERE.search(body) or re.search(r"\{", body)
    if not m:
        raise QuerySyntaxError("query has no WHERE clause to bind parameters in")
    return query[:m.end()] + block + query[m.end():]


def _term_text(term) -> str:
    if isinstance(term, str) and not isinstance(term, Identifier):
        term = Literal(term)
    if isinstance(term, BNode):
        raise TypeError("blank nodes cannot be bound")
    return term.n3()


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)


def canonical_order(query: str, rows: list[Row]) -> list[Row]:
    """Rows of a query without ORDER BY, in one order on every store (engines return them in
    orders of their own), so answers built from them do not depend on the store."""
    if _ORDER_BY.search(query):
        return rows
    return sorted(rows, key=lambda r: sorted((k, _n3(v)) for k, v in r.items()))


def canonical_text_order(query: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """canonical_order for rows of plain strings."""
    if _ORDER_BY.search(query):
        return rows
    return sorted(rows, key=lambda r: sorted(r.items()))


_N3: dict = {}  # literal -> its N-Triples text: rdflib's Literal.n3() escapes, and rows repeat values


def _n3(term) -> str:
    """term.n3(), cheaply: IRIs and blank nodes written directly, literals remembered."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    found = _N3.get(term)
    if found is None:
        if len(_N3) >= _TERMS_MAX:
            _N3.clear()
        found = _N3[term] = term.n3()
    return found


def ntriples(graph: Graph | Triples) -> str:
    """The graph as N-Triples: a set of triples written line by line as rdflib's N-Triples
    serializer writes a Graph's."""
    if isinstance(graph, Graph):
        return graph.serialize(format="nt")
    from rdflib.plugins.serializers.nt import _nt_row
    return "".join(_nt_row(t) for t in graph)


# ---------------------------------------------------------------- Oxigraph

class OxigraphStore(Store):
    """Oxigraph on disk (path given) or in memory (path None)."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        if path is not None and read_only:
            if not Path(path).is_dir():
                raise StoreError(f"no store at {path} to open read-only")
            self.raw = ox.Store.read_only(str(path))
        elif path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            try:
                self.raw = ox.Store(str(path))
            except OSError as e:
                if "lock" not in str(e).lower():
                    raise StoreError(f"cannot open the store at {path}: {e}") from e
                raise StoreInUse(f"the store at {path} is in use by another process (a running `ikg serve` "
                                 f"or `ikg load`?): stop it first, or load through the service's "
                                 f"POST /documents with the write token") from e
        else:
            self.raw = ox.Store()
        self.path, self.read_only = path, read_only

    def _query(self, query: str, bindings: Bindings | None, **kw):
        try:
            return self.raw.query(bind_values(query, bindings), use_default_graph_as_union=True, **kw)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(str(e)) from e

    def select(self, query: str, bindings: Bindings | None = None) -> list[Row]:
        return canonical_order(query, self._rows(query, bindings, from_ox))

    def _rows(self, query: str, bindings: Bindings | None, convert) -> list[dict]:
        """The query's rows, each value converted, within the result cap and the time limit."""
        import time

        cap, timeout = _LIMITS.get()
        deadline = time.monotonic() + timeout if timeout else None
        res = self._query(query, bindings)
        names = [v.value for v in res.variables]
        rows = []
        try:
            for s in res:  # a solution iterates its values in the variables' order (None: unbound)
                rows.append({n: convert(v) for n, v in zip(names, s) if v is not None})
                if cap is not None and len(rows) > cap:
                    raise TooLarge(f"more than {cap} rows (IKG_RESULT_CAP)")
                if deadline is not None and len(rows) % 256 == 0 and time.monotonic() > deadline:
                    raise TooSlow(f"still reading rows after {timeout:g} s (IKG_QUERY_TIMEOUT)")
        except OSError as e:
            raise StoreError(str(e)) from e
        if deadline is not None and time.monotonic() > deadline:
            raise TooSlow(f"took longer than {timeout:g} s (IKG_QUERY_TIMEOUT)")
        return rows

    def select_values(self, query: str, bindings: Bindings | None = None) -> list[dict[str, str]]:
        rows = self._rows(query, bindings, lambda term: term.value)
        return canonical_text_order(query, rows)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        return bool(self._query(query, bindings))

    DIFF_FROM = 1000  # triples: a graph this large is rewritten by its difference

    def replace_graph_ntriples(self, graph_iri: str, text: str) -> None:
        """Writes only the difference from what is stored, in one update (the same atomic
        replacement): the shared resolution graph is rewritten after every load, and one more
        document changes a few of its 18,000 triples. Writers are one at a time (app/writes.py,
        or the one loading process), so what is read is what the update changes."""
        new = {line for line in text.splitlines() if line.strip()}
        if len(new) < self.DIFF_FROM or "_:" in text:  # blank nodes cannot be named in DELETE DATA
            return super().replace_graph_ntriples(graph_iri, text)
        old = {f"{q.subject} {q.predicate} {q.object} ."
               for q in self.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))}
        if any("_:" in t for t in old):
            return super().replace_graph_ntriples(graph_iri, text)
        removed, added = sorted(old - new), sorted(new - old)
        operations = [f"{verb} DATA {{ GRAPH <{graph_iri}> {{\n" + "\n".join(lines) + "\n} }"
                      for verb, lines in (("DELETE", removed), ("INSERT", added)) if lines]
        if operations:
            self.update(" ;\n".join(operations))

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        g = Graph()
        for t in self._query(query, bindings):
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return g

    def update(self, update: str) -> None:
        try:
            self.raw.update(update)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(str(e)) from e

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode))

    def export(self, fmt: str = "trig") -> bytes:
        out = io.BytesIO()
        rdf_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}[fmt]
        self.raw.dump(out, rdf_format)
        return out.getvalue()

    def load_quads(self, quads: Iterable) -> None:
        self.raw.extend(quads)

    def close(self) -> None:
        """Flushes and lets go of the store, so another process (or command) may open it."""
        if self.path is not None and self.raw is not None:
            if not self.read_only:
                self.raw.flush()
            self.raw = None
            import gc
            gc.collect()


def open_for_reading(settings: Settings) -> Store:
    """The store for a command that only reads: the embedded store, when another process (a
    running service) holds it, as a consistent read-only view of the moment it is opened."""
    try:
        return open_store(settings)
    except StoreInUse:
        from app.sparql_worker import open_read_only
        store = OxigraphStore.__new__(OxigraphStore)
        store.raw, _ = open_read_only(str(settings.store_path))
        store.path, store.read_only = settings.store_path, True
        return store


def open_store(settings: Settings) -> Store:
    if settings.store == "memory":
        return OxigraphStore(None)
    if settings.store == "oxigraph":
        return OxigraphStore(settings.store_path, read_only=settings.read_only)
    if settings.store == "sparql":
        from ikg.remote import SparqlStore
        secret = lambda s: s.get_secret_value() if s else None  # noqa: E731
        return SparqlStore(settings.sparql_query_url, settings.sparql_update_url, secret(settings.sparql_token),
                           timeout=settings.sparql_timeout, graph_store_url=settings.sparql_graph_store_url,
                           user=settings.sparql_user, password=secret(settings.sparql_password),
                           auth=settings.sparql_auth)
    raise StoreError(f"unknown store kind {settings.store!r}: use oxigraph, memory or sparql")
