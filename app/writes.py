"""One writer at a time: every write of the service (upload, SPARQL Update, Graph Store
Protocol) and the cross-document resolution that follows it run under one lock, so two
writes never interleave and the resolution graph (conflicts, canonical entities, theme
status) always describes what is stored, never a document that was replaced or deleted."""
from __future__ import annotations

import logging
import threading

from ikg import state

log = logging.getLogger("ikg.writes")
_guard = threading.Lock()


def write_lock(app) -> threading.Lock:
    with _guard:
        lock = getattr(app.state, "write_lock", None)
        if lock is None:
            lock = app.state.write_lock = threading.Lock()
        return lock


def resolve_now(app, everything: bool = True) -> None:
    """Brings the resolution, then the read model up to date with what is stored (hold the write
    lock): only the councils whose documents changed, or, with `everything`
    (a SPARQL Update or Graph Store write can change any graph), all of them. Should either
    fail (values written by hand that it cannot read), what it derives is dropped and the
    failure logged: answers then lack resolution or come slower, but never cite what is no
    longer stored."""
    from app import readmodel
    from ikg.resolve import drop_resolution, resolve
    from ontology import Minter

    base = app.state.settings.base_iri
    minter = Minter(base if base.endswith("/") else base + "/")
    store = app.state.store
    try:
        resolve(store, minter, everything=everything)
    except Exception:  # noqa: BLE001 - the write itself is done; stale derived data must not stay
        log.exception("resolution failed after a write; the resolution graphs are dropped")
        drop_resolution(store, minter)
    try:
        readmodel.refresh(store, minter.base, everything=everything)
    except Exception:  # noqa: BLE001 - readers fall back to computing live
        log.exception("the read model could not be refreshed after a write; it is dropped")
        readmodel.drop(store)
    state.bump(store, minter.base)  # a new store version: every ETag changes (app/caching.py)


class Writing:
    """`with Writing(app):` holds the write lock; when the block ends without an error the
    resolution is rebuilt before the lock is let go. Use it in a worker thread."""

    def __init__(self, app, resolve: bool = True):
        self.app, self.resolve = app, resolve
        self.lock = write_lock(app)

    def __enter__(self):
        self.lock.acquire()
        return self

    def __exit__(self, exc_type, *_) -> None:
        try:
            if exc_type is None and self.resolve:
                resolve_now(self.app)
        finally:
            self.lock.release()
