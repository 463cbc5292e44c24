"""The `ikg` command: load, extract, serve, query, validate, export.

Every command builds its Settings from IKG_* environment variables, overridden
by the flags given.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ikg.config import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="ikg: an inspection knowledge graph of English children's services.")
err = Console(stderr=True, soft_wrap=True)  # error lines stay whole: they name the file

StoreOpt = typer.Option(None, "--store", help="oxigraph (default), memory or sparql [IKG_STORE]")
PathOpt = typer.Option(None, "--store-path", help="folder of the on-disk store [IKG_STORE_PATH]")
BaseOpt = typer.Option(None, "--base-iri", help="base of minted IRIs [IKG_BASE_IRI]")


def settings(**flags) -> Settings:
    return Settings(**{k: v for k, v in flags.items() if v is not None})


def _minter(s: Settings):
    from ontology import Minter
    return Minter(s.base_iri)


@app.command()
def load(paths: list[Path] = typer.Argument(..., help="files or folders (.txt .md .html .pdf)"),
         published: Optional[str] = typer.Option(None, help="publication date for documents that lack one"),
         store: Optional[str] = StoreOpt, store_path: Optional[Path] = PathOpt, base_iri: Optional[str] = BaseOpt,
         jobs: int = typer.Option(1, min=1, help="processes extracting documents (this one alone writes)")):
    """Load documents into the store: one named graph per document, replaced on reload."""
    from ikg.pipeline import find_files, load_paths
    from ikg.store import open_store

    s = settings(store=store, store_path=store_path, base_iri=base_iri)
    datasets = [p for p in paths if p.is_file() and p.suffix.lower() in DATASET_SUFFIXES]
    if datasets:  # an export (TriG, N-Quads): its quads, graph by graph, as they are
        _load_datasets(s, datasets)
        paths = [p for p in paths if p not in datasets]
        if not paths:
            raise typer.Exit(0)
    files = find_files(paths)
    if not files:
        err.print("[red]no documents found[/red] in " + ", ".join(map(str, paths)))
        raise typer.Exit(1)
    failed = 0
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=not err.is_terminal) as bar:
        task = bar.add_task("loading", total=len(files))

        def report(r):
            nonlocal failed
            if r.error:
                failed += 1
                bar.console.print(f"[red]error[/red] {r.error}")
            bar.update(task, advance=1, description=f"loading {r.path.name[:40]}")

        stages: dict[str, int] = {}

        def derived(stage: str, done: int, total: int):
            if stage not in stages:
                stages[stage] = bar.add_task(stage, total=total)
            bar.update(stages[stage], completed=done)

        with open_store(s) as st:
            results = load_paths(st, _minter(s), files, published=published, on_result=report,
                                 on_progress=derived, jobs=jobs)
    loaded = sum(1 for r in results if not r.error and not r.unchanged)
    unchanged = sum(1 for r in results if r.unchanged)
    err.print(f"{loaded} loaded, {unchanged} unchanged, {failed} failed")
    raise typer.Exit(1 if failed else 0)


DATASET_SUFFIXES = {".trig": "TRIG", ".nq": "N_QUADS"}


def _load_datasets(s: Settings, files: list[Path]) -> None:
    """Loads TriG / N-Quads files (an `ikg export`) into the store; each named graph in them
    replaces the graph of that name, in one transaction per file."""
    import pyoxigraph as ox

    from ikg import state
    from ikg.store import open_store

    with open_store(s) as st:
        empty = not st.graph_names()
        for f in files:
            try:
                quads = list(ox.parse(path=str(f), format=getattr(ox.RdfFormat, DATASET_SUFFIXES[f.suffix.lower()])))
            except (SyntaxError, ValueError, OSError) as e:
                err.print(f"[red]error[/red] {f}: {e}")
                raise typer.Exit(1)
            graphs = {q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode)}
            drops = " ;\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(graphs, key=str))
            st.update((drops + " ;\n" if drops else "") + "INSERT DATA {\n" + _as_trig(quads) + "\n}")
            err.print(f"{len(quads)} quads in {len(graphs)} graphs loaded from {f}")
            # a new store version: every ETag changes (app/caching.py); an export loaded into an empty
            # store keeps its version, which stands for the same content
            if not (empty and ox.NamedNode(state.graph_iri(s.base_iri)) in graphs):
                state.bump(st, s.base_iri)
            empty = False


def _as_trig(quads) -> str:
    import pyoxigraph as ox
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


@app.command()
def extract(path: Path, format: str = typer.Option("json", "--format", help="json or turtle"),
            published: Optional[str] = typer.Option(None, help="publication date if the document lacks one"),
            base_iri: Optional[str] = BaseOpt):
    """Print a document's digest (JSON) or its triples (Turtle); writes nothing."""
    from loaders.extract import extract as run_extract
    from loaders.read import read_document
    from loaders.to_rdf import to_rdf

    if format not in ("json", "turtle"):
        err.print(f"[red]unknown format {format!r}[/red]: use json or turtle")
        raise typer.Exit(2)
    try:
        doc = read_document(path, published=published)
        digest = run_extract(doc)
    except Exception as e:
        err.print(f"[red]error[/red] {e if str(path) in str(e) else f'{path}: {e}'}")
        raise typer.Exit(1)
    if format == "json":
        sys.stdout.write(json.dumps(digest.to_json(), indent=1, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(to_rdf(doc, digest, _minter(settings(base_iri=base_iri))).serialize(format="turtle"))


def _refresh_read_model(store, s: Settings) -> None:
    """A store written by an older ikg (or changed while no ikg ran) gets its per-council
    resolution and read model now."""
    from app import readmodel
    from ikg.resolve import council_documents, resolve, stored_parts

    minter = _minter(s)
    if council_documents(store, minter.base) and not stored_parts(store, minter):
        resolve(store, minter)
        err.print("resolution: brought up to date")
    done = readmodel.refresh(store, minter.base)
    if done:
        err.print(f"read model: {len(done)} councils brought up to date")
        from ikg import state
        state.bump(store, minter.base)  # a new store version: every ETag changes (app/caching.py)


@app.command()
def serve(host: Optional[str] = typer.Option(None, help="[IKG_HOST]"), port: Optional[int] = typer.Option(None, help="[IKG_PORT]"),
          store: Optional[str] = StoreOpt, store_path: Optional[Path] = PathOpt, base_iri: Optional[str] = BaseOpt,
          workers: int = typer.Option(1, min=1, help="processes answering requests (above 1 over the embedded store: read-only)")):
    """Run the web service (SPARQL endpoint, API, pages) under uvicorn."""
    import os

    import uvicorn

    from app.main import create_app

    flags = dict(host=host, port=port, store=store, store_path=store_path, base_iri=base_iri)
    s = settings(**flags)
    if workers == 1:
        web = create_app(s)
        _refresh_read_model(web.state.store, s)
        from app import search_index  # built while the service starts answering (workers: on first search)
        search_index.for_store(web.state.store).build_in_background(web.state.store, s.base_iri)
        uvicorn.run(web, host=s.host, port=s.port, log_level="info")
        return
    if s.store == "memory":
        err.print("[red]--workers above 1 needs a store on disk or a remote store[/red]: "
                  "a store in memory belongs to one process")
        raise typer.Exit(2)
    # each worker process builds its own app from IKG_* variables: hand the flags on that way
    os.environ.update({f"IKG_{k.upper()}": str(v) for k, v in flags.items() if v is not None})
    from ikg.store import open_store
    with open_store(s) as st:
        _refresh_read_model(st, s)
    if s.store == "oxigraph":  # the workers share the files read-only; this process lets go of them first
        os.environ["IKG_READ_ONLY"] = "true"
        err.print("the embedded store is served read-only by each worker: writes are refused until restarted")
    uvicorn.run("app.main:create_app", factory=True, workers=workers, host=s.host, port=s.port, log_level="info")


@app.command()
def query(sparql: str = typer.Argument(..., help="a SELECT, ASK or CONSTRUCT query, or @file.rq"),
          store: Optional[str] = StoreOpt, store_path: Optional[Path] = PathOpt):
    """Run a SPARQL query over the store (default graph = all documents), also while `ikg serve` runs.

    A store held by a running service is read through a read-only view of the moment the query starts."""
    from ikg.store import open_for_reading

    text = with_prefixes(Path(sparql[1:]).read_text() if sparql.startswith("@") else sparql)
    with open_for_reading(settings(store=store, store_path=store_path)) as st:
        _run_query(st, text)


def _run_query(st, text: str) -> None:
    from ikg.store import QuerySyntaxError

    try:
        kind = _query_form(text)
        if kind == "ASK":
            print("true" if st.ask(text) else "false")
        elif kind in ("CONSTRUCT", "DESCRIBE"):
            sys.stdout.write(st.construct(text).serialize(format="turtle"))
        else:
            rows = st.select(text)
            cols = list(dict.fromkeys(k for r in rows for k in r))
            print("\t".join(cols))
            for r in rows:
                print("\t".join(str(r.get(c, "")) for c in cols))
    except QuerySyntaxError as e:
        err.print(f"[red]query error[/red] {e}")
        raise typer.Exit(2)


def with_prefixes(text: str) -> str:
    """Declares the usual prefixes (ikg, skos, org, prov...) a query uses without declaring."""
    import re

    from ontology import PREFIXES
    missing = [p for p in PREFIXES if not re.search(rf"PREFIX\s+{p}:", text, re.IGNORECASE)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + text


def _query_form(text: str) -> str:
    import re
    body = re.sub(r"(?m)^\s*#.*$", "", text)
    body = re.sub(r"(?is)\b(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)", "", body)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE)
    return m.group(1).upper() if m else "SELECT"


@app.command()
def validate(store: Optional[str] = StoreOpt, store_path: Optional[Path] = PathOpt):
    """Check the store against the SHACL shapes and the ontology (OWL consistency, HermiT)."""
    from ikg.store import open_for_reading
    from ikg.validate import validate_store

    with open_for_reading(settings(store=store, store_path=store_path)) as st:
        report = validate_store(st)
    err.print(report.text())
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def export(format: str = typer.Option("trig", "--format", help="trig or nquads"),
           output: Optional[Path] = typer.Option(None, "--output", "-o"),
           store: Optional[str] = StoreOpt, store_path: Optional[Path] = PathOpt):
    """Write every named graph as TriG or N-Quads."""
    from ikg.store import open_store

    if format not in ("trig", "nquads"):
        err.print(f"[red]unknown format {format!r}[/red]: use trig or nquads")
        raise typer.Exit(2)
    s = settings(store=store, store_path=store_path)
    if s.store == "oxigraph":  # also while `ikg serve` holds the store: a consistent read-only view
        import io

        import pyoxigraph as ox

        from ikg.backup import reading
        buf = io.BytesIO()
        with reading(s.store_path) as raw:
            raw.dump(buf, {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}[format])
        data = buf.getvalue()
    else:
        with open_store(s) as st:
            data = st.export(format)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def backup(dest: Path = typer.Argument(..., help="a new folder for the copy"),
           store_path: Optional[Path] = PathOpt):
    """Copy the on-disk store consistently, also while `ikg serve` is running on it."""
    from ikg.backup import backup as copy_store

    s = settings(store_path=store_path)
    try:
        n = copy_store(s.store_path, dest)
    except (FileNotFoundError, FileExistsError, OSError) as e:
        err.print(f"[red]cannot back up[/red]: {e}")
        raise typer.Exit(1)
    err.print(f"{n} quads copied to {dest}")


def main():
    from ikg.store import StoreError
    try:
        app()
    except StoreError as e:  # a store that cannot be opened or written: one clear line, no traceback
        err.print(f"[red]store error[/red] {e}")
        sys.exit(1)


if __name__ == "__main__":
    main()
