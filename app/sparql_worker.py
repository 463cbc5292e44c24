"""Evaluates one SPARQL query and writes the serialized answer as frames to a pipe.

Runs where a query can be stopped by killing its process: in a worker process that opens
the on-disk store read-only (`python app/sparql_worker.py STORE_PATH`, jobs on stdin,
frames on stdout), or in a child forked from the server for the in-memory store. It
imports nothing but the standard library and pyoxigraph, so a worker starts fast.

Frames: one byte of kind, four bytes of big-endian length, the payload.
  H  head: JSON {"kind": "bindings"|"boolean"|"graph", "format": key, "content_type": ...}
  D  a chunk of the serialized answer
  E  error: JSON {"status": int, "message": str}
  F  finished
Job (worker mode, on stdin): four bytes of length, then JSON
  {"query", "base_iri", "union", "default_graph", "named_graphs", "formats": {kind: [key, content_type] | null},
   "refusals": {kind: message}}
"""
from __future__ import annotations

import json
import os
import re
import struct
import sys
import time

import pyoxigraph as ox

CHUNK = 256 * 1024
ATTEMPTS = 5

class ReadFailed(Exception):
    """The store could not be read before anything was sent; reopening it may help."""


class FrameWriter:
    """File-like sink for pyoxigraph's serializers that cuts the output into D frames.

    The head is held back until the first data goes out, so a read failure while the
    first chunk is still buffered can be retried without the server having seen a thing."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buf = bytearray()
        self.sent = False
        self._head: bytes | None = None

    def _send(self, kind: bytes, payload: bytes) -> None:
        if self._head is not None and kind in (b"D", b"F"):
            head, self._head = self._head, None
            self._send(b"H", head)
        data = memoryview(kind + struct.pack(">I", len(payload)) + payload)
        while data:
            n = os.write(self.fd, data)
            data = data[n:]
        self.sent = True

    def head(self, info: dict) -> None:
        self._head = json.dumps(info).encode()

    def reset(self) -> None:
        """Forgets what is held back (only before anything was sent)."""
        self.buf = bytearray()
        self._head = None

    def error(self, status: int, message: str) -> None:
        if self._head is not None:  # nothing sent yet: the error is the whole answer
            self.reset()
        else:
            self.flush()
        self._send(b"E", json.dumps({"status": status, "message": message}).encode())

    def finish(self) -> None:
        self.flush()
        self._send(b"F", b"")

    def write(self, data) -> int:
        self.buf += data
        if len(self.buf) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buf:
            payload, self.buf = bytes(self.buf), bytearray()
            self._send(b"D", payload)


_CALLS_OUT = {"SERVICE": re.compile("service", re.IGNORECASE), "LOAD": re.compile("load", re.IGNORECASE)}
_STOP = "\n\x00"  # never valid SPARQL after any text: every parse below ends in a SyntaxError
FEDERATION_OFF = ("{word} is disabled on this server: requests may not fetch from other servers (federation). "
                  "Set IKG_ALLOW_FEDERATION=true to allow SERVICE and LOAD.")


def calls_out(text: str, update: bool = False, base_iri: str | None = None) -> str | None:
    """SERVICE or LOAD when Oxigraph's own parser reads either word as a keyword of `text`.

    Decided by the engine's parser, never by a lexer of ours: each occurrence of the letters
    (any case) is altered in place (`service` -> `servicq`) and both texts are parsed with a
    stop mark appended, so nothing is ever evaluated. A keyword altered no longer parses, so
    the parser stops earlier; letters inside IRIs, strings, names or comments change nothing.
    Any doubt (the parser did not stop where expected) counts as a call out: fail closed.
    Runs in a query evaluator: Oxigraph's recursive parser can overflow the stack on deeply
    nested text, which must cost an evaluator, never the server."""
    for word, pattern in _CALLS_OUT.items():
        hits = list(pattern.finditer(text))
        if not hits:
            continue
        altered = list(text)
        for m in hits:
            altered[m.end() - 1] = "Q" if text[m.end() - 1].isupper() else "q"
        before = _stops_at(text, update, base_iri)
        if before is None or before != _stops_at("".join(altered), update, base_iri):
            return word
    return None


def _stops_at(text: str, update: bool, base_iri: str | None) -> str | None:
    """Where Oxigraph's parser gives up on text + stop mark ("L:C"); None if it did not."""
    scratch = ox.Store()  # empty and in memory; the stop mark means nothing runs anyway
    try:
        (scratch.update if update else scratch.query)(text + _STOP, base_iri=base_iri)
    except SyntaxError as e:
        m = re.match(r"error at (\d+:\d+)", str(e))
        return m.group(1) if m else str(e)
    except Exception as e:  # noqa: BLE001 - an IRI the engine refuses, ...: compare the refusals
        return f"{type(e).__name__}: {e}"
    return None


CHECK_STACK = 2 * 1024 * 1024  # an update that parses in this much stack parses in a server thread (8 MiB)


def check_update(job: dict) -> tuple[int, str]:
    """Whether the server may hand job["check_update"] to Oxigraph: it parses in a small stack
    (deep nesting crashes the parser; here it costs this process only) and, with federation
    off, has no SERVICE or LOAD. (204, "") when it may."""
    import threading

    text, base = job["check_update"], job.get("base_iri")
    found: dict = {}

    def parse():
        _stops_at(text, True, base)
        found["word"] = calls_out(text, True, base) if job.get("no_federation") else None

    old = threading.stack_size(CHECK_STACK)
    try:
        t = threading.Thread(target=parse, name="check-update")
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if "word" not in found:
        return 400, "the update could not be checked"
    if found["word"]:
        return 403, FEDERATION_OFF.format(word=found["word"])
    return 204, ""


def run_job_or_report(store, job: dict, fd: int) -> None:
    """run_job writing to `fd`, where any failure becomes an error frame: the server waiting
    for frames always gets an answer."""
    try:
        run_job(store, job, FrameWriter(fd))
    except BaseException as e:
        try:
            FrameWriter(fd).error(500, "the query could not be evaluated")
            print(f"query failed: {type(e).__name__}: {e}", file=sys.stderr)
        except BaseException:
            pass


def run_job(store, job: dict, out: FrameWriter) -> None:
    """Evaluates job["query"] on `store` and writes head, data and finish (or an error).
    A job {"check_update": text} only checks an update (check_update) and answers with an E
    frame; with "no_federation" a query using SERVICE is refused before it runs."""
    if "check_update" in job:
        out.error(*check_update(job))
        return
    if job.get("no_federation"):
        word = calls_out(job["query"], False, job.get("base_iri"))
        if word:
            out.error(403, FEDERATION_OFF.format(word=word))
            return
    opts = {}
    if job.get("base_iri"):
        opts["base_iri"] = job["base_iri"]
    dg, ng = job.get("default_graph"), job.get("named_graphs")
    if dg is not None or ng is not None:
        # The protocol's dataset replaces the query's own (SPARQL 1.1 Protocol 2.1.4).
        try:
            opts["default_graph"] = [ox.NamedNode(g) for g in dg or []]
            opts["named_graphs"] = [ox.NamedNode(g) for g in ng or []]
        except ValueError as e:
            out.error(400, f"not an IRI: {e}")
            return
    elif job.get("union"):
        opts["use_default_graph_as_union"] = True
    try:
        result = store.query(job["query"], **opts)
    except SyntaxError as e:
        out.error(400, f"malformed query: {e}")
        return
    except ValueError as e:  # an IRI of the request that Oxigraph will not take
        out.error(400, f"cannot run this query: {e}")
        return
    except (OSError, RuntimeError) as e:  # RocksDB reports missing files as RuntimeError
        raise ReadFailed(str(e)) from e
    if isinstance(result, ox.QueryBoolean):
        kind = "boolean"
    elif isinstance(result, ox.QuerySolutions):
        kind = "bindings"
    else:
        kind = "graph"
    chosen = (job.get("formats") or {}).get(kind)
    if not chosen:
        out.error(406, (job.get("refusals") or {}).get(kind) or f"no acceptable format for {kind}")
        return
    key, content_type = chosen
    out.head({"kind": kind, "format": key, "content_type": content_type})
    # the format by its media type: the server negotiated it (app.conneg), the worker only writes it
    fmt = (ox.RdfFormat if kind == "graph" else ox.QueryResultsFormat).from_media_type(content_type.split(";")[0])
    try:
        result.serialize(out, fmt)
    except (OSError, RuntimeError) as e:
        if not out.sent:
            out.reset()
            raise ReadFailed(str(e)) from e
        out.error(500, "the answer could not be completed")
        print(f"query failed while sending: {type(e).__name__}: {e}", file=sys.stderr)
        return
    out.finish()


# ------------------------------------------------------------------ worker process

def signature(path: str) -> tuple:
    """What changes in a RocksDB folder when the data does (the info LOG does not count)."""
    sig = []
    for entry in os.scandir(path):
        if entry.name.startswith("LOG"):
            continue
        try:
            st = entry.stat()
        except FileNotFoundError:
            continue
        sig.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(sig))


def open_read_only(path: str):
    """Opens the store read-only at a moment when the primary is not changing its files
    (the folder looks the same before and after), so the view is a consistent one."""
    last = None
    for attempt in range(20):
        before = signature(path)
        try:
            store = ox.Store.read_only(path)
        except (OSError, RuntimeError) as e:
            last = e
            time.sleep(0.02 * (attempt + 1))
            continue
        if signature(path) == before:
            return store, before
        del store
        time.sleep(0.01)
    raise OSError(f"cannot open the store at {path} read-only: {last or 'it keeps changing'}")


def _read_exact(f, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = f.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _exit_with_parent() -> None:
    """Ends this worker when the server that started it is gone, even mid-query."""
    import threading

    parent = os.getppid()

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


def cut_network() -> bool:
    """Moves this process into a network namespace of its own (no interfaces but a loopback
    that is down), so that nothing it evaluates can open a connection, whatever the query
    says. Linux only; as root a new network namespace, otherwise inside a new user namespace
    (the process must be single-threaded then: call it first). False where not allowed."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    return libc.unshare(CLONE_NEWNET) == 0 or libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def worker_main(path: str, offline: bool = False) -> None:
    import signal
    if offline and not cut_network():
        print("ikg query worker: cannot cut this worker off the network here; SERVICE stays refused by the "
              "parser check only", file=sys.stderr)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    _exit_with_parent()
    out_fd = os.dup(1)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the frame stream
    jobs = os.fdopen(0, "rb", buffering=0)
    store, sig = None, None
    while True:
        header = _read_exact(jobs, 4)
        if header is None:
            return
        job = json.loads(_read_exact(jobs, struct.unpack(">I", header)[0]))
        out = FrameWriter(out_fd)
        for attempt in range(ATTEMPTS):
            try:
                if store is None or signature(path) != sig:
                    store = None
                    store, sig = open_read_only(path)
                run_job(store, job, out)
                break
            except (ReadFailed, OSError, RuntimeError) as e:
                # The primary flushed or compacted and removed files this view still named:
                # reopen and run again, unless part of the answer has gone out already. When
                # the folder has not changed the fault is not the store's (a SERVICE call that
                # failed, say): it is reported at once, never repeated.
                changed = sig is None or signature(path) != sig
                store = None
                if out.sent or attempt == ATTEMPTS - 1 or not changed:
                    out.error(500, "the query could not be evaluated" if not changed else "cannot read the store")
                    print(f"query failed: {type(e).__name__}: {e}", file=sys.stderr)
                    break
                time.sleep(0.05 * (attempt + 1))
            except Exception as e:  # never leave the server waiting for frames
                out.error(500, "the query could not be evaluated")
                print(f"query failed: {type(e).__name__}: {e}", file=sys.stderr)
                break

if __name__ == "__main__":
    worker_main(sys.argv[1], offline="--offline" in sys.argv[2:])
