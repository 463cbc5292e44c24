"""The store: named graphs, atomic replacement, typed bindings, export; on every back end
(embedded in memory and on disk, Virtuoso and the Oxigraph server through ikg.remote)."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from conftest import REMOTE_BACKENDS, empty_store
from ikg.store import OxigraphStore, QuerySyntaxError, StoreError, bind_values

EX = "http://example.org/"


def graph(*pairs) -> Graph:
    g = Graph()
    for s, o in pairs:
        g.add((URIRef(EX + s), URIRef(EX + "p"), Literal(o)))
    return g


@pytest.fixture(params=["memory", "disk"] + [pytest.param(k, marks=pytest.mark.backends) for k in REMOTE_BACKENDS])
def store(request, tmp_path):
    if request.param in REMOTE_BACKENDS:
        s = empty_store(request, request.param)
    else:
        s = OxigraphStore(None if request.param == "memory" else tmp_path / "store")
    yield s
    s.close()


def test_replace_graph_replaces_only_that_graph(store):
    store.replace_graph(EX + "g1", graph(("a", "1"), ("b", "2")))
    store.replace_graph(EX + "g2", graph(("c", "3")))
    store.replace_graph(EX + "g1", graph(("a", "new")))
    rows = store.select("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    assert [(str(r["s"]), str(r["o"])) for r in rows] == [(EX + "a", "new"), (EX + "c", "3")]
    assert store.graph_names() == [EX + "g1", EX + "g2"]
    assert store.quad_count() == 2


def test_failed_replace_leaves_the_old_graph(store, monkeypatch):
    store.replace_graph(EX + "g1", graph(("a", "old")))
    # The new graph's first triples are fine, then the data breaks off: nothing may land.
    import ikg.store
    good = ikg.store.ntriples(graph(("b", "1"), ("c", "2")))
    monkeypatch.setattr(ikg.store, "ntriples", lambda g: good + "<http://example.org/d> <broken")
    with pytest.raises(StoreError):
        store.replace_graph(EX + "g1", graph(("b", "1")))
    rows = store.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert [str(r["o"]) for r in rows] == ["old"]


def test_bindings_are_terms_not_query_text(store):
    store.replace_graph(EX + "g", graph(("a", 'x" } ; DROP ALL ; #')))
    evil = 'x" } ; DROP ALL ; #'
    rows = store.select("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal(evil)})
    assert [str(r["s"]) for r in rows] == [EX + "a"]
    assert store.select("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal("other")}) == []
    assert store.quad_count() == 1


def test_bind_values_ignores_comments_and_keeps_aggregates():
    q = "#+ summary: a WHERE { in a comment\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    bound = bind_values(q, {"o": Literal("v")})
    assert bound.index("VALUES") > bound.index("SELECT")
    assert '"v"' in bound


def test_syntax_error_is_reported(store):
    with pytest.raises(QuerySyntaxError):
        store.select("SELECT WHERE {")


def test_ask_and_construct(store):
    store.replace_graph(EX + "g", graph(("a", "1")))
    assert store.ask("ASK { ?s ?p '1' }")
    assert not store.ask("ASK { ?s ?p '2' }")
    assert len(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")) == 1


@pytest.mark.parametrize("fmt,parse_as", [("trig", "trig"), ("nquads", "nquads")])
def test_export_round_trips_through_rdflib(store, fmt, parse_as):
    store.replace_graph(EX + "g1", graph(("a", "1"), ("b", 'quote " and \n newline')))
    store.replace_graph(EX + "g2", graph(("c", "3")))
    ds = Dataset()
    ds.parse(data=store.export(fmt), format=parse_as)
    quads = {(str(s), str(o), str(g)) for s, p, o, g in ds.quads((None, None, None, None))}
    assert quads == {(EX + "a", "1", EX + "g1"), (EX + "b", 'quote " and \n newline', EX + "g1"),
                     (EX + "c", "3", EX + "g2")}


def test_disk_store_persists(tmp_path):
    s = OxigraphStore(tmp_path / "st")
    s.replace_graph(EX + "g", graph(("a", "1")))
    s.close()
    del s
    again = OxigraphStore(tmp_path / "st")
    assert again.quad_count() == 1


def test_a_large_graph_is_replaced_by_its_difference_with_the_same_result():
    """OxigraphStore writes a large graph's difference only; the graph is then exactly the new one."""
    from rdflib import BNode, Graph, Literal, URIRef

    from ikg.store import OxigraphStore

    store = OxigraphStore(None)
    iri = "http://example.org/graph/big"

    def graph(n, extra=()):
        g = Graph()
        for i in range(n):
            g.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(f"value {i} \"q\" é")))
        for t in extra:
            g.add(t)
        return g

    def stored():
        return set(store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"))

    first = graph(1500)
    store.replace_graph(iri, first)
    assert stored() == set(first)
    second = graph(1400, [(URIRef("http://example.org/new"), URIRef("http://example.org/p"), Literal("2025", lang="en"))])
    store.replace_graph(iri, second)
    assert stored() == set(second)
    store.replace_graph(iri, second)  # nothing to change
    assert stored() == set(second)
    with_blank = graph(1200, [(BNode(), URIRef("http://example.org/p"), Literal("b"))])
    store.replace_graph(iri, with_blank)  # a blank node: replaced whole
    assert len(stored()) == 1201


def test_canonical_order_is_the_order_of_the_terms_n3_text():
    from rdflib import XSD, BNode, Literal, URIRef

    from ikg.store import canonical_order
    terms = [URIRef("http://x/b"), URIRef("http://x/a"), BNode("n1"), Literal("b"), Literal("a", lang="en"),
             Literal("a"), Literal("2", datatype=XSD.integer), Literal('quote " and \\n', lang="en")]
    rows = [{"v": t, "w": u} for t in terms for u in terms[:3]] + [{"v": t} for t in terms]
    expected = sorted(rows, key=lambda r: sorted((k, v.n3()) for k, v in r.items()))
    assert canonical_order("SELECT * WHERE { ?v ?p ?w }", list(reversed(rows))) == expected
    assert canonical_order("SELECT * WHERE { ?v ?p ?w } ORDER BY ?v", rows) is rows


def test_select_values_are_the_rows_as_strings_in_one_order_on_every_store(store):
    from rdflib import XSD
    g = graph(("b", "zeta"), ("a", "alpha"), ("c", "alpha beta"))
    g.add((URIRef(EX + "a"), URIRef(EX + "n"), Literal(2, datatype=XSD.integer)))
    g.add((URIRef(EX + "a/"), URIRef(EX + "p"), Literal("é", lang="fr")))
    store.replace_graph(EX + "g", g)
    query = "SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = store.select_values(query)
    assert all(isinstance(v, str) for r in rows for v in r.values())
    assert rows == sorted(({k: str(v) for k, v in r.items()} for r in store.select(query)),
                          key=lambda r: sorted(r.items()))
    assert {r["o"] for r in rows} == {"zeta", "alpha", "alpha beta", "2", "é"}
    ordered = query + " ORDER BY DESC(STR(?s)) ?o"  # the store's order is kept
    assert [r["s"] + r["o"] for r in store.select_values(ordered)] == \
        [str(r["s"]) + str(r["o"]) for r in store.select(ordered)]
