"""Uploaded documents are read and extracted in a process of their own, under a time limit
(Settings.extract_timeout) and a memory limit (Settings.extract_memory, RLIMIT_AS), so a
pathological file costs that process and never the server. The process is started once
(spawn: nothing of the server's threads or store is inherited), serves one document at a
time, and is killed and replaced when a document runs past a limit.

The answer is the document's id, its sha256 and its graph as N-Triples; the server stores
it (under the write lock) only when the extraction finished within the limits, so a
document refused here leaves the store exactly as it was.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import threading
from dataclasses import dataclass

log = logging.getLogger("ikg.extraction")


class Refused(Exception):
    """The document was refused: `status` (413 over a limit, 422 unreadable) and a message
    fit for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Extracted:
    document: str
    sha256: str
    ntriples: str


def _serve(conn, memory: int) -> None:  # the child
    import os
    import resource
    import tempfile
    from pathlib import Path

    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass
    from loaders.extract import extract
    from loaders.to_rdf import to_ntriples
    from loaders.read import UnreadableDocument, read_document
    from ontology import Minter

    known = [UnreadableDocument]
    try:
        from loaders.extract import NotChildrensServices
        known.append(NotChildrensServices)
    except ImportError:
        pass
    while True:
        try:
            name, data, published, base = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            with tempfile.TemporaryDirectory(prefix="ikg-upload-") as tmp:
                path = Path(tmp) / name
                path.write_bytes(data)
                try:
                    doc = read_document(path, published=published)
                    answer = ("ok", Extracted(doc.id, doc.sha256, to_ntriples(doc, extract(doc), Minter(base))))
                except MemoryError:
                    answer = ("memory", "")
                except tuple(known) as e:
                    answer = ("refused", str(e).replace(str(tmp) + "/", ""))
                except Exception as e:  # noqa: BLE001 - reported in the server log, not to the client
                    answer = ("failed", f"{type(e).__name__}: {e}")
            conn.send(answer)
        except MemoryError:
            conn.send(("memory", ""))


class Extractor:
    def __init__(self, timeout: float, memory: int):
        self.timeout, self.memory = timeout, memory
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.memory), daemon=True, name="ikg-extract")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        self._fresh = True  # its first document also waits for it to start and load its models

    def _stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
            self._conn.close()
        self._proc = self._conn = None

    def extract(self, name: str, data: bytes, published: str | None, base: str) -> Extracted:
        """Runs in a worker thread; one document at a time."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._stop()
                self._start()
            self._conn.send((name, data, published, base))
            if not self._conn.poll(self.timeout + (60 if self._fresh else 0)):
                self._stop()
                raise Refused(422, f"reading and extracting the document took longer than the limit of "
                                   f"{self.timeout:g} s (IKG_EXTRACT_TIMEOUT); nothing was stored")
            try:
                kind, value = self._conn.recv()
            except (EOFError, OSError):
                self._stop()
                raise Refused(413, "the extraction stopped (it needed more memory than IKG_EXTRACT_MEMORY allows, "
                                   "or crashed); nothing was stored") from None
            self._fresh = False
        if kind == "ok":
            return value
        if kind == "memory":
            with self._lock:
                self._stop()  # a process that hit its memory limit is not trusted again
            raise Refused(413, f"the document needs more memory to extract than the limit of {self.memory} bytes "
                               "(IKG_EXTRACT_MEMORY); nothing was stored")
        if kind == "refused":
            raise Refused(422, value)
        log.error("extraction failed: %s", value)
        raise Refused(422, "the document could not be extracted (an internal error, logged on the server); "
                           "nothing was stored")

    def shutdown(self) -> None:
        with self._lock:
            self._stop()


_guard = threading.Lock()


def extractor(app) -> Extractor:
    with _guard:
        ex = getattr(app.state, "extractor", None)
        if ex is None:
            s = app.state.settings
            ex = app.state.extractor = Extractor(s.extract_timeout, s.extract_memory)
        return ex
