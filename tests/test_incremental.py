"""Incremental resolution (ikg/resolve.py): the shared part is rebuilt after a load that changed a document, each
council's part (theme and recommendation statuses) only when its inputs changed. Loading
documents one at a time must give exactly the graphs loading them together gives; on each back
end (embedded, Virtuoso, the Oxigraph server), against the embedded store loading them together."""
from __future__ import annotations

import pytest
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


def test_nothing_loaded_since_means_nothing_to_resolve(tmp_path, new_store, monkeypatch):
    import ikg.resolve as resolution
    store = new_store()
    load_paths(store, MINTER, [EXAMPLES])
    before = derived_quads(store)

    def must_not_run(*_a, **_k):
        raise AssertionError("the shared part was rebuilt though no document changed")
    monkeypatch.setattr(resolution, "build_resolution_graph", must_not_run)
    assert resolve(store, MINTER) == []
    assert not any(r.error for r in load_paths(store, MINTER, [EXAMPLES]))  # the same files again
    assert derived_quads(store) == before
    with pytest.raises(AssertionError):
        resolve(store, MINTER, everything=True)  # a write that may have changed any graph: rebuilt


def test_a_resolution_cut_short_is_redone_by_the_next(tmp_path, new_store, monkeypatch):
    import ikg.resolve as resolution
    together = OxigraphStore(None)
    load_paths(together, MINTER, [EXAMPLES, letter(tmp_path)])
    store = new_store()
    load_paths(store, MINTER, [EXAMPLES])
    real = resolution.build_council_graph

    def fails(*_a, **_k):
        raise RuntimeError("cut short")
    monkeypatch.setattr(resolution, "build_council_graph", fails)
    with pytest.raises(RuntimeError):
        load_paths(store, MINTER, [letter(tmp_path)])
    monkeypatch.setattr(resolution, "build_council_graph", real)
    assert resolve(store, MINTER) == [RUTLAND]  # the inputs' fingerprint was not written: redone
    from app import readmodel
    readmodel.refresh(store, MINTER.base)
    assert derived_quads(store) == derived_quads(together)


RECS = EXAMPLES.parent / "tests" / "fixtures" / "recs"  # Kestrelford's ILACS and two later visits


def test_news_keeps_the_recommendation_statuses_and_gives_what_a_full_resolution_gives(new_store, monkeypatch):
    import ikg.resolve as resolution
    news = sorted(EXAMPLES.glob("kestrelford_news_*.txt"))
    together = OxigraphStore(None)
    assert not any(r.error for r in load_paths(together, MINTER, [RECS, *news]))
    assert any("RecommendationStatus" in q for q in derived_quads(together))
    store = new_store()
    assert not any(r.error for r in load_paths(store, MINTER, [RECS]))
    real = resolution.recommendation_statuses

    def must_not_run(*_a, **_k):
        raise AssertionError("news changed no recommendation's inputs, yet its statuses were recomputed")
    monkeypatch.setattr(resolution, "recommendation_statuses", must_not_run)
    for path in news:
        assert not any(r.error for r in load_paths(store, MINTER, [path]))
    assert derived_quads(store) == derived_quads(together)
    # a resolution from scratch (every part recomputed) gives the same graphs again
    monkeypatch.setattr(resolution, "recommendation_statuses", real)
    assert resolve(store, MINTER, everything=True) == [KESTRELFORD_IRI]
    assert derived_quads(store) == derived_quads(together)


def test_a_new_ofsted_document_recomputes_the_recommendation_statuses(new_store):
    every = sorted(RECS.glob("*.txt"))
    together = OxigraphStore(None)
    load_paths(together, MINTER, every)
    store = new_store()
    load_paths(store, MINTER, every[:-1])
    before = {q for q in derived_quads(store) if "RecommendationStatus" in q}
    load_paths(store, MINTER, every[-1:])
    after = {q for q in derived_quads(store) if "RecommendationStatus" in q}
    assert after != before
    assert derived_quads(store) == derived_quads(together)
