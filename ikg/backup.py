"""Consistent copies of the embedded store, also while `ikg serve` has it open.

Nobody else has the store open: a RocksDB checkpoint (pyoxigraph Store.backup) after a
flush. The service has it open (its lock is held): a read-only view opened at a moment
when the files are not changing (app.sparql_worker.open_read_only, as the query workers
do) is one point in time, write-ahead log included, and its quads are copied into a new
store at the destination. Either way the copy opens as an ordinary store.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox


@contextmanager
def reading(path: Path) -> Iterator[ox.Store]:
    """The store at `path`, read-write when free, else a consistent read-only view."""
    try:
        store = ox.Store(str(path))
    except OSError:  # held by a running service
        from app.sparql_worker import open_read_only
        store, _ = open_read_only(str(path))
    try:
        yield store
    finally:
        del store


def backup(path: Path, dest: Path) -> int:
    """Copies the store at `path` to the new folder `dest`; returns the number of quads."""
    path, dest = Path(path), Path(dest)
    if not (path / "CURRENT").exists():
        raise FileNotFoundError(f"no store at {path}")
    if dest.exists() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} exists and is not empty: back up into a new folder")
    try:
        store = ox.Store(str(path))
    except OSError:
        store = None
    if store is not None:
        store.flush()
        store.backup(str(dest))
        del store
    else:
        from app.sparql_worker import open_read_only
        view, _ = open_read_only(str(path))
        copy = ox.Store(str(dest))
        copy.bulk_extend(view)
        copy.flush()
        del copy, view
    check = ox.Store.read_only(str(dest))
    n = len(check)
    del check
    return n
