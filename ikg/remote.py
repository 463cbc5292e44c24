"""A remote SPARQL 1.1 store (Fuseki, GraphDB, Virtuoso, Neptune, another ikg), over
the SPARQL 1.1 Protocol.

The store must treat its default graph as the union of its named graphs (Virtuoso and
GraphDB do by default; Fuseki with `tdb2:unionDefaultGraph true`), as the embedded
store does. Graph replacement is one update request, which these stores run as one
transaction.
"""
from __future__ import annotations

import httpx
from rdflib import Graph, URIRef
from rdflib.plugins.sparql.results.jsonresults import JSONResult

from ikg.store import Bindings, QuerySyntaxError, Row, Store, StoreError, bind_values


class SparqlStore(Store):
    def __init__(self, query_url: str | None, update_url: str | None = None, token: str | None = None,
                 timeout: float = 60.0):
        if not query_url:
            raise StoreError("IKG_STORE=sparql needs IKG_SPARQL_QUERY_URL (and IKG_SPARQL_UPDATE_URL to load)")
        self.query_url, self.update_url = query_url, update_url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(timeout=timeout, headers=headers)

    def _post(self, url: str | None, body: str, content_type: str, accept: str) -> httpx.Response:
        if not url:
            raise StoreError("this remote store has no update URL (IKG_SPARQL_UPDATE_URL)")
        try:
            r = self.http.post(url, content=body.encode("utf-8"),
                               headers={"Content-Type": content_type, "Accept": accept})
        except httpx.HTTPError as e:
            raise StoreError(f"{url}: {e}") from e
        if r.status_code == 400:
            raise QuerySyntaxError(r.text[:2000])
        if r.status_code >= 300:
            raise StoreError(f"{url}: HTTP {r.status_code}: {r.text[:500]}")
        return r

    def _query(self, query: str, bindings: Bindings | None, accept: str) -> httpx.Response:
        return self._post(self.query_url, bind_values(query, bindings), "application/sparql-query", accept)

    def select(self, query: str, bindings: Bindings | None = None) -> list[Row]:
        r = self._query(query, bindings, "application/sparql-results+json")
        return [{str(k): v for k, v in b.items() if v is not None} for b in JSONResult(r.json()).bindings]

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        return bool(self._query(query, bindings, "application/sparql-results+json").json()["boolean"])

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        r = self._query(query, bindings, "application/n-triples")
        return Graph().parse(data=r.text, format="nt")

    def update(self, update: str) -> None:
        self._post(self.update_url, update, "application/sparql-update", "*/*")

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r["g"]) for r in rows if isinstance(r.get("g"), URIRef))

    def export(self, fmt: str = "trig") -> bytes:
        from rdflib import Dataset

        rows = self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        ds = Dataset()
        for r in rows:
            ds.graph(r["g"]).add((r["s"], r["p"], r["o"]))
        return ds.serialize(format="trig" if fmt == "trig" else "nquads").encode("utf-8")

    def close(self) -> None:
        self.http.close()
