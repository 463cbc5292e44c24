"""Per graph of a store, its number of quads and a SHA-256 of its sorted quads: two stores hold the
same quads when the outputs of this script for both are equal (`diff` them).

    .venv/bin/python bench/graph_hashes.py STORE_PATH OUT.txt

Used to check that a change to the load path gives the very same store as main's code
(bench/RESULTS.md, issue 11): load one document into two copies of a store, one with each code.
"""
from __future__ import annotations

import hashlib
import sys

import pyoxigraph as ox


def main() -> None:
    store = ox.Store.read_only(sys.argv[1])
    out, total = [], 0
    for g in [*store.named_graphs(), ox.DefaultGraph()]:
        lines = sorted(f"{q.subject} {q.predicate} {q.object}" for q in store.quads_for_pattern(None, None, None, g))
        total += len(lines)
        out.append(f"{g} {len(lines)} {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()}")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(out)) + "\n")
    print(f"{len(out)} graphs, {total} quads")


if __name__ == "__main__":
    main()
