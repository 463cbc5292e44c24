"""Incremental resolution (ikg/resolve.py): the shared part is rebuilt after every load, each
council's part (theme and recommendation statuses) only when its inputs changed. Loading
documents one at a time must give exactly the graphs loading them together gives; on each back
end (embedded, Virtuoso, the Oxigraph server), against the embedded store loading them together."""
from __future__ import annotations

from rdflib import URIRef

from ikg.pipeline import load_paths
from ikg.resolve import part_graph_iri, resolution_graph_iri, resolve, stored_parts
from ikg.store import OxigraphStore
from ontology import Minter
from test_api_data import BASE, EXAMPLES, KESTRELFORD
from test_readmodel import LETTER, RUTLAND

MINTER = Minter(BASE)
KESTRELFORD_IRI = f"{BASE}id/council/{KESTRELFORD}"


def derived_quads(store) -> set[str]:
    """The quads of the resolution and the read model (what a load derives)."""
    keep = (resolution_graph_iri(MINTER), f"{BASE}graph/read-model/")
    return {q for q in store.export("nquads").decode().splitlines() if any(f"<{k}" in q for k in keep)}


def letter(tmp_path):
    path = tmp_path / "rutland-letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_one_at_a_time_gives_what_all_at_once_gives(tmp_path, new_store):
    together = OxigraphStore(None)
    assert not any(r.error for r in load_paths(together, MINTER, [EXAMPLES, letter(tmp_path)]))
    one_by_one = new_store()
    for path in [*sorted(EXAMPLES.glob("*.txt")), letter(tmp_path)]:
        assert not any(r.error for r in load_paths(one_by_one, MINTER, [path]))
    assert derived_quads(one_by_one) == derived_quads(together)
    assert set(stored_parts(together, MINTER)) == {KESTRELFORD_IRI, RUTLAND}


def test_only_changed_councils_are_recomputed(tmp_path, new_store):
    store = new_store()
    load_paths(store, MINTER, [EXAMPLES])
    assert resolve(store, MINTER) == []  # nothing changed: no council part recomputed
    assert resolve(store, MINTER, everything=True) == [KESTRELFORD_IRI]
    kestrelford = {q for q in store.export("nquads").decode().splitlines()
                   if f"<{part_graph_iri(MINTER, KESTRELFORD_IRI)}>" in q}
    assert kestrelford and any("ThemeStatus" in q for q in kestrelford)
    load_paths(store, MINTER, [letter(tmp_path)])
    assert resolve(store, MINTER) == []
    after = {q for q in store.export("nquads").decode().splitlines()
             if f"<{part_graph_iri(MINTER, KESTRELFORD_IRI)}>" in q}
    assert after == kestrelford  # the letter about Rutland left Kestrelford's part alone


def test_a_council_without_documents_loses_its_part(tmp_path, new_store):
    store = new_store()
    load_paths(store, MINTER, [EXAMPLES, letter(tmp_path)])
    rutland_docs = [r["d"] for r in store.select(
        "SELECT DISTINCT ?d WHERE { ?d a <https://w3id.org/ikg/ontology#Document> ; "
        "<https://w3id.org/ikg/ontology#council> ?c }", {"c": URIRef(RUTLAND)})]
    assert rutland_docs
    for d in rutland_docs:
        store.drop_graph(str(d))
    resolve(store, MINTER)
    assert set(stored_parts(store, MINTER)) == {KESTRELFORD_IRI}
    assert part_graph_iri(MINTER, RUTLAND) not in store.graph_names()
