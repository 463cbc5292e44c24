"""The load pipeline: stable IRIs, atomic replacement, order independence, provenance; into each
back end (embedded, Virtuoso, the Oxigraph server), compared with the embedded store."""
from __future__ import annotations

import random
import shutil

from ikg import pipeline
from ikg.store import OxigraphStore
from ontology import Minter
from tests.conftest import EXAMPLES, content_quads

MINTER = Minter("http://example.org/")


def quads(store) -> set:
    return content_quads(store)


def test_loading_twice_gives_the_same_iris_and_graph(new_store):
    a, b = new_store(), OxigraphStore(None)
    pipeline.load_paths(a, MINTER, [EXAMPLES])
    pipeline.load_paths(b, MINTER, [EXAMPLES])
    assert quads(a) == quads(b) and len(quads(a)) > 100
    before = quads(a)
    results = pipeline.load_paths(a, MINTER, [EXAMPLES])
    assert all(r.unchanged for r in results)
    assert quads(a) == before


def test_load_order_does_not_matter(new_store):
    files = pipeline.find_files([EXAMPLES])
    stores = []
    for seed in (1, 2, 3):
        order = files[:]
        random.Random(seed).shuffle(order)
        s = new_store()
        for f in order:
            pipeline.load_paths(s, MINTER, [f])
        stores.append(quads(s))
    assert stores[0] == stores[1] == stores[2]


def test_a_load_that_fails_half_way_leaves_the_old_graph(tmp_path, monkeypatch, new_store):
    src = EXAMPLES / "kestrelford_monitoring_letter_2025.txt"
    doc = tmp_path / src.name
    shutil.copy(src, doc)
    store = new_store()
    pipeline.load_paths(store, MINTER, [doc])
    before = quads(store)
    doc.write_text(src.read_text().replace("Priya Raman", "Priya Raman-Smith"))

    def explode(*args, **kwargs):
        raise RuntimeError("extraction broke half-way")
    monkeypatch.setattr(pipeline, "to_ntriples", explode)
    results = pipeline.load_paths(store, MINTER, [doc])
    assert results[0].error and "extraction broke half-way" in results[0].error
    assert quads(store) == before


def test_findings_carry_sentence_provenance(new_store):
    store = new_store()
    pipeline.load_paths(store, MINTER, [EXAMPLES / "kestrelford_monitoring_letter_2025.txt"])
    rows = store.select("""
        PREFIX ikg: <https://w3id.org/ikg/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?f ?text ?start ?end ?doctext WHERE {
          ?f a ikg:Concern ; ikg:evidence ?s .
          ?s ikg:text ?text ; ikg:charStart ?start ; ikg:charEnd ?end ; dcterms:isPartOf ?d .
          ?d ikg:text ?doctext }""")
    assert rows
    for r in rows:
        span = str(r["doctext"])[int(r["start"]):int(r["end"])]
        assert " ".join(span.split()) == str(r["text"])


def test_a_folder_readme_is_not_a_document(tmp_path):
    for name in ("README.md", "readme.txt", ".hidden.txt", "notes.docx", "letter.txt", "sub/news.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in pipeline.find_files([tmp_path])] == [
        "letter.txt", "sub/news.html"]
    assert pipeline.find_files([tmp_path / "README.md"]) == [tmp_path / "README.md"]  # named: loaded


def test_a_sidecar_named_beside_its_document_is_read_with_it(tmp_path):
    # `ikg load corpus/kestrelford_*` names the document and its sidecar
    for name in ("k.txt", "k.txt.meta.json", "orphan.txt.meta.json"):
        (tmp_path / name).write_text("{}")
    assert pipeline.find_files(sorted(tmp_path.iterdir())) == [tmp_path / "k.txt", tmp_path / "orphan.txt.meta.json"]


def test_extracting_in_worker_processes_gives_the_same_graph(tmp_path, new_store):
    """`ikg load --jobs 2`: extraction in two processes, this one writing; same graphs, bad files
    reported and skipped, unchanged files not extracted again."""
    shutil.copytree(EXAMPLES, tmp_path / "docs")
    (tmp_path / "docs" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    def content(store):  # without the store's version token, which every write renews
        return {q for q in quads(store) if not q.endswith("/graph/state> .")}
    serial, parallel = OxigraphStore(None), new_store()
    one = pipeline.load_paths(serial, MINTER, [tmp_path / "docs"])
    two = pipeline.load_paths(parallel, MINTER, [tmp_path / "docs"], jobs=2)
    assert [(r.path, r.document, r.triples, bool(r.error)) for r in two] == \
           [(r.path, r.document, r.triples, bool(r.error)) for r in one]
    assert [r.path.name for r in two if r.error] == ["broken.pdf"] and "broken.pdf" in two[0].error
    assert content(parallel) == content(serial) and len(content(serial)) > 100
    again = pipeline.load_paths(parallel, MINTER, [tmp_path / "docs"], jobs=2)
    assert all(r.unchanged for r in again if not r.error)


def test_the_stored_n_triples_are_the_graph_s():
    from pathlib import Path

    from rdflib import Graph

    from loaders.extract import extract
    from loaders.read import read_document
    from loaders.to_rdf import to_ntriples, to_rdf
    from ontology import Minter
    minter = Minter("http://ikg.test/")
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("examples").iterdir()):
        if path.suffix not in (".txt", ".html", ".pdf"):
            continue
        doc = read_document(path)
        digest = extract(doc)
        text = to_ntriples(doc, digest, minter)
        graph = to_rdf(doc, digest, minter)
        assert sorted(text.splitlines()) == sorted(graph.serialize(format="nt").splitlines()), path
        assert len(Graph().parse(data=text, format="nt")) == len(graph) > 50


def test_reference_graphs_are_rewritten_only_when_their_files_change(monkeypatch, tmp_path):
    store = OxigraphStore(None)
    pipeline.ensure_reference(store, MINTER)
    ontology, themes = pipeline.ONTOLOGY_GRAPH, pipeline.THEMES_GRAPH
    written = {g: len(list(store.raw.quads_for_pattern(None, None, None, ox_graph(g)))) for g in (ontology, themes)}
    assert all(n > 100 for n in written.values())
    # an extra triple in the ontology graph stays: the same files are not parsed and stored again
    store.update(f"INSERT DATA {{ GRAPH <{ontology}> {{ <http://example.org/x> <http://example.org/y> 1 }} }}")
    pipeline.ensure_reference(store, MINTER)
    assert len(list(store.raw.quads_for_pattern(None, None, None, ox_graph(ontology)))) == written[ontology] + 1
    # a reference graph dropped (by a Graph Store DELETE) is written again
    store.drop_graph(themes)
    pipeline.ensure_reference(store, MINTER)
    assert len(list(store.raw.quads_for_pattern(None, None, None, ox_graph(themes)))) == written[themes]
    # a changed file rewrites them all: the extra triple is gone
    changed = tmp_path / "themes.ttl"
    changed.write_text(pipeline.THEMES_FILE.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "THEMES_FILE", changed)
    store.update(f"INSERT DATA {{ GRAPH <{ontology}> {{ <http://example.org/x> <http://example.org/y> 1 }} }}")
    pipeline.ensure_reference(store, MINTER)
    assert len(list(store.raw.quads_for_pattern(None, None, None, ox_graph(ontology)))) == written[ontology]
    # another base mints other council IRIs: its gazetteer is written beside
    pipeline.ensure_reference(store, Minter("http://other.example/"))
    assert pipeline.reference_graph_iri(Minter("http://other.example/")) in store.graph_names()


def ox_graph(iri: str):
    import pyoxigraph

    return pyoxigraph.NamedNode(iri)
