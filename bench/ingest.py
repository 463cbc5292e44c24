"""Ingest against its floor: reading the same files' text.

    .venv/bin/python bench/ingest.py [--national N] [--jobs 2]

For N documents of ../shared/corpus/national (text) and the PDFs of ../shared/corpus/ofsted-dev,
each measured in this run: reading their text alone (`loaders.read.read_document`: the floor),
extraction (`loaders.extract.extract`), the triples (their N-Triples text,
`loaders.to_rdf.to_ntriples`), and the whole `ikg load` path into a new embedded store
(`ikg.pipeline.load_paths` with `--jobs` extraction processes: the documents stored, then the
resolution and read model once for the batch). Each as ms per document and as a multiple of
the floor.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ikg.pipeline import load_paths  # noqa: E402
from ikg.store import OxigraphStore  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.read import read_document  # noqa: E402
from loaders.to_rdf import to_ntriples  # noqa: E402
from ontology import Minter  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
MINTER = Minter("http://127.0.0.1:8000/")


def cpu(fn, items) -> tuple[float, list]:
    t = time.perf_counter()
    out = [fn(x) for x in items]
    return time.perf_counter() - t, out


def measure(name: str, files: list[Path], jobs: int) -> None:
    n = len(files)
    floor, docs = cpu(read_document, files)
    extraction, digests = cpu(extract, docs)
    triples, _ = cpu(lambda dd: to_ntriples(dd[0], dd[1], MINTER), list(zip(docs, digests)))
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        t = time.perf_counter()
        results = load_paths(store, MINTER, files, jobs=jobs)
        load = time.perf_counter() - t
        store.close()
    failed = sum(1 for r in results if r.error)
    print(f"\n{name}: {n} documents ({failed} failed to load)")
    print(f"{'stage':44} {'ms/doc':>8} {'x floor':>8}")
    for stage, seconds in (("read text (the floor)", floor), ("extract", extraction), ("triples (to_ntriples)", triples),
                           (f"ikg load into a new store, --jobs {jobs} (whole)", load)):
        print(f"{stage:44} {seconds * 1000 / n:8.1f} {seconds / floor:8.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--national", type=int, default=150)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is absent: the benchmark reads ../shared's corpora")
    extract(read_document(sorted((SHARED / "national").glob("*.txt"))[0]))  # spaCy and word lists loaded once
    national = sorted((SHARED / "national").glob("*.txt"))[:args.national]
    measure("corpus/national (text)", national, args.jobs)
    measure("corpus/ofsted-dev (PDF)", sorted((SHARED / "ofsted-dev").glob("*.pdf")), args.jobs)


if __name__ == "__main__":
    main()
