"""One direction of flow: file -> read -> extract -> to_rdf -> store.replace_graph.

Loading a document replaces its named graph atomically; a document whose bytes
have not changed since it was last loaded is left alone, so loading the same
files again changes nothing. Vocabulary (ontology, themes) and the council
gazetteer are kept in named graphs of their own, so queries can use their labels.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ikg import state
from ikg.resolve import resolve
from ikg.store import Store
from loaders.digest import Digest
from loaders.extract import extract
from loaders.read import SUFFIXES, Document, document_id, read_document
from loaders.to_rdf import to_ntriples, to_rdf
from queries import internal
from ontology import COUNCILS_FILE, IKG, ONTOLOGY_FILE, THEMES_FILE, Minter

ONTOLOGY_GRAPH = "https://w3id.org/ikg/ontology"
THEMES_GRAPH = "https://w3id.org/ikg/themes"


def reference_graph_iri(minter: Minter) -> str:
    return minter.base + "graph/councils"


@dataclass
class LoadResult:
    path: Path
    document: str | None = None
    triples: int = 0
    unchanged: bool = False
    error: str | None = None


def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files to load: the files named, and the documents inside folders named (sorted). A
    sidecar named beside its document (`ikg load corpus/x_*` names both) is read with it, not
    loaded as a document of its own."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.is_file() and is_document_name(f))
        elif not (p.name.lower().endswith(".meta.json") and p.with_name(p.name[:-len(".meta.json")]).is_file()):
            found.append(p)
    return found


def is_document_name(path: Path) -> bool:
    """Whether a file found in a folder is a document: a readable kind, neither hidden nor the
    folder's own README (which describes the documents rather than being one)."""
    return (path.suffix.lower() in SUFFIXES and not path.name.startswith(".")
            and path.stem.lower() != "readme")


def digest_and_graph(doc: Document, minter: Minter) -> tuple[Digest, Graph]:
    digest = extract(doc)
    return digest, to_rdf(doc, digest, minter)


def ensure_reference(store: Store, minter: Minter) -> None:
    """(Re)writes the ontology, theme scheme and council gazetteer graphs, unless those stored
    were written from the same files (parsing and canonicalising the ontology is a good part of
    loading one more document)."""
    councils, fingerprint = reference_graph_iri(minter), reference_fingerprint(minter)
    stored = store.select(internal("reference_stored"), {"graph": URIRef(councils), "ontology": URIRef(ONTOLOGY_GRAPH),
                                                         "themes": URIRef(THEMES_GRAPH)})
    if stored and str(stored[0]["fingerprint"]) == fingerprint:
        return
    for iri, path in ((ONTOLOGY_GRAPH, ONTOLOGY_FILE), (THEMES_GRAPH, THEMES_FILE)):
        store.replace_graph(iri, stable_blank_nodes(Graph().parse(path, format="turtle")))
    g = councils_graph(minter)
    g.add((URIRef(councils), IKG.referenceFingerprint, Literal(fingerprint)))  # written last: a cut-short write is redone
    store.replace_graph(councils, g)


def reference_fingerprint(minter: Minter) -> str:
    """A hash of the reference files and the base IRI the gazetteer's IRIs are minted under."""
    h = hashlib.sha256(minter.base.encode())
    for path in (ONTOLOGY_FILE, THEMES_FILE, COUNCILS_FILE):
        h.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return h.hexdigest()


def stable_blank_nodes(graph: Graph) -> Graph:
    """Blank nodes (OWL lists, restrictions) become IRIs named by the graph's canonical
    form, so storing the same file again gives the very same triples."""
    from rdflib.compare import to_canonical_graph

    return to_canonical_graph(graph).skolemize(basepath="https://w3id.org/ikg/.well-known/genid/")


def councils_graph(minter: Minter) -> Graph:
    g = Graph()
    with COUNCILS_FILE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            C = minter.council(row["ons_code"])
            g.add((C, RDF.type, IKG.Council))
            g.add((C, IKG.onsCode, Literal(row["ons_code"])))
            g.add((C, SKOS.notation, Literal(row["dfe_code"])))
            g.add((C, IKG.region, Literal(row["region"])))
            g.add((C, IKG.authorityType, Literal(row["type"])))
            g.add((C, SKOS.prefLabel, Literal(row["name"], lang="en")))
            for alias in dict.fromkeys(filter(None, [row["full_name"], *row["aliases"].split("|")])):
                g.add((C, SKOS.altLabel, Literal(alias, lang="en")))
    return g


def stored_sha256(store: Store, document_iri: str) -> str | None:
    rows = store.select(internal("document_sha256"), {"document": URIRef(document_iri)})
    return str(rows[0]["sha256"]) if rows else None


def load_document(store: Store, minter: Minter, path: Path, published: str | None = None) -> LoadResult:
    """Reads, extracts and stores one file. Raises on a bad document; the store is then unchanged."""
    same = unchanged(store, minter, path, published)
    if same:
        return same
    doc = read_document(path, published=published)
    text = to_ntriples(doc, extract(doc), minter)
    store.replace_graph_ntriples(str(minter.document(doc.id)), text)
    return LoadResult(path, doc.id, triples=text.count("\n"))  # to_ntriples: a line a triple


def _failed(path: Path, e: Exception) -> LoadResult:
    message = str(e) if str(path) in str(e) else f"{path}: {type(e).__name__}: {e}"
    return LoadResult(path, error=message)


def extract_file(path: Path, base: str, published: str | None) -> tuple[str, bytes]:
    """In a worker process: reads and extracts one file; its graph as N-Triples."""
    doc = read_document(path, published=published)
    return doc.id, to_ntriples(doc, extract(doc), Minter(base)).encode("utf-8")


def unchanged(store: Store, minter: Minter, path: Path, published: str | None) -> LoadResult | None:
    """The result for a file whose bytes are those already stored (nothing to extract), else None."""
    if published is not None or not path.is_file():
        return None
    doc_id = document_id(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return LoadResult(path, doc_id, unchanged=True) if stored_sha256(store, str(minter.document(doc_id))) == sha else None


def load_parallel(store: Store, minter: Minter, files: list[Path], published: str | None, jobs: int,
                  on_result: Callable[[LoadResult], None] | None = None) -> list[LoadResult]:
    """Extracts in `jobs` worker processes while this one, the only writer, stores each graph
    as it comes (one atomic replacement per document, as when loading one by one)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results: dict[Path, LoadResult] = {}

    def done(result: LoadResult) -> None:
        results[result.path] = result
        if on_result:
            on_result(result)

    # spawn: workers must not inherit the open store (its threads and locks) by forking
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {}
        for path in files:
            try:
                same = unchanged(store, minter, path, published)
            except OSError as e:
                done(_failed(path, e))
                continue
            if same:
                done(same)
            else:
                futures[pool.submit(extract_file, path, minter.base, published)] = path
        for future in as_completed(futures):
            path = futures[future]
            try:
                doc_id, triples = future.result()
                text = triples.decode("utf-8")
                store.replace_graph_ntriples(str(minter.document(doc_id)), text)
                done(LoadResult(path, doc_id, triples=text.count("\n")))  # to_ntriples: a line a triple
            except Exception as e:  # one bad document never stops the others
                done(_failed(path, e))
    return [results[p] for p in files]


def load_paths(store: Store, minter: Minter, paths: Iterable[str | Path], published: str | None = None,
               on_result: Callable[[LoadResult], None] | None = None,
               on_progress: Callable[[str, int, int], None] | None = None, jobs: int = 1) -> list[LoadResult]:
    """Loads every file (extracting in `jobs` processes); a file that fails is reported in its
    result and skipped. Then, once for the whole batch, brings
    the resolution and the read model up to date for the councils whose documents changed;
    `on_progress(stage, done, total)` follows that work ("resolution", then "read model")."""
    ensure_reference(store, minter)
    files = find_files(paths)
    if jobs > 1 and len(files) > 1:
        results = load_parallel(store, minter, files, published, jobs, on_result)
    else:
        results = []
        for path in files:
            try:
                result = load_document(store, minter, path, published)
            except Exception as e:  # one bad document never stops the others
                result = _failed(path, e)
            results.append(result)
            if on_result:
                on_result(result)
    if any(not r.error for r in results):
        def stage(name: str):
            return (lambda done, total: on_progress(name, done, total)) if on_progress else None

        resolve(store, minter, progress=stage("resolution"))  # deterministic: the same data gives the same graphs
        from app import readmodel
        readmodel.refresh(store, minter.base, progress=stage("read model"))
        state.bump(store, minter.base)  # a new store version: every ETag changes (app/caching.py)
    return results
