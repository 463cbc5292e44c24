"""Loading one more document into a full store and bringing everything up to date.

    .venv/bin/python bench/one_more.py STORE_PATH DOCUMENT [--base http://127.0.0.1:8000/]

Loads DOCUMENT (it stays loaded: use a copy of the store) through the same pipeline as
`ikg load`, and prints the time of each stage beside the floor of reading the document's text
alone, and how many councils the resolution and the read model recomputed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import readmodel  # noqa: E402
from ikg.pipeline import ensure_reference, load_document  # noqa: E402
from ikg.resolve import resolve  # noqa: E402
from ikg.store import OxigraphStore  # noqa: E402
from loaders.read import read_document  # noqa: E402
from ontology import Minter  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("document", type=Path)
    ap.add_argument("--base", default="http://127.0.0.1:8000/")
    args = ap.parse_args()
    store, minter = OxigraphStore(args.store), Minter(args.base)
    t = time.perf_counter()
    read_document(args.document)
    floor = time.perf_counter() - t
    stages = []
    t = time.perf_counter()
    ensure_reference(store, minter)
    result = load_document(store, minter, args.document)
    stages.append(("read, extract, store", time.perf_counter() - t, "unchanged" if result.unchanged else ""))
    t = time.perf_counter()
    councils = resolve(store, minter)
    stages.append(("resolution", time.perf_counter() - t, f"{len(councils)} councils recomputed"))
    t = time.perf_counter()
    councils = readmodel.refresh(store, minter.base)
    stages.append(("read model", time.perf_counter() - t, f"{len(councils)} councils recomputed"))
    total = sum(s for _, s, _ in stages)
    print(f"floor (reading the text alone): {floor:.2f} s")
    for name, seconds, note in stages:
        print(f"{name:22} {seconds:6.2f} s  {note}")
    print(f"{'total':22} {total:6.2f} s  ({total / floor:.0f}x the floor)")


if __name__ == "__main__":
    main()
