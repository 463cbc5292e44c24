"""Query evaluation under a time limit that really stops the work.

pyoxigraph cannot cancel a query, so every query of the endpoint runs in a process that
can be killed:

* On-disk store (`IKG_STORE=oxigraph`): a small pool of worker processes
  (app/sparql_worker.py) that open the store read-only. A worker reopens it when the
  store's files have changed since its last query, so it sees every committed write.
  Before handing out a query the server flushes its write-ahead log once that log has
  grown, which keeps reopening cheap (a read-only open replays the log). A worker whose
  query runs past the limit is killed and replaced.
* In-memory store (`IKG_STORE=memory`): the store lives only in the server process, so
  each query runs in a child forked from it. The child sees the store as it was at the
  fork (copy-on-write, nothing is copied up front), writes its answer into a pipe and
  exits; past the limit it is killed. A fork must not land while a thread of the server
  is inside one of Oxigraph's writes (the child would inherit that write's locks, held by
  a thread it does not have, and wait until the limit), so the store's `raw` handle is
  wrapped in a WriteGuard: writes and forks take turns on one lock. A query therefore waits
  for a write in progress to end (within its time limit) before it starts.
* Elsewhere (no os.fork, or a store that is not embedded Oxigraph): a thread. The answer
  still comes at the limit, but the evaluation then runs on in the background until it
  ends by itself; at most `size` such evaluations run at once.

The server process only reads frames (see app/sparql_worker.py) with a deadline, so it
stays responsive whatever a query does.
"""
from __future__ import annotations

import json
import os
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from app import sparql_worker

WORKER_SCRIPT = Path(sparql_worker.__file__).resolve()
WAL_FLUSH_BYTES = 1 << 20


class QueryTimeout(Exception):
    pass


class Busy(Exception):
    """No evaluator became free before the deadline."""


class EvaluatorFailed(Exception):
    """The evaluating process died or sent something unreadable."""


class Frames:
    """Reads frames from a pipe, each read bounded by the deadline."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buf = bytearray()

    def _fill(self, n: int, deadline: float) -> None:
        while len(self.buf) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout()
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                raise QueryTimeout()
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                raise EvaluatorFailed("the query evaluator ended without an answer")
            self.buf += chunk

    def read(self, deadline: float) -> tuple[bytes, bytes]:
        self._fill(5, deadline)
        kind, n = bytes(self.buf[:1]), struct.unpack(">I", self.buf[1:5])[0]
        self._fill(5 + n, deadline)
        payload = bytes(self.buf[5:5 + n])
        del self.buf[:5 + n]
        if kind not in (b"H", b"D", b"E", b"F"):
            raise EvaluatorFailed(f"unexpected frame {kind!r} from the query evaluator")
        return kind, payload


class Run:
    """One query being evaluated; `close(True)` after its F or E frame, `close(False)` to
    stop it wherever it is."""

    def __init__(self, fd: int, on_close):
        self.frames = Frames(fd)
        self._on_close = on_close
        self._closed = False

    def read(self, deadline: float) -> tuple[bytes, bytes]:
        return self.frames.read(deadline)

    def close(self, finished: bool) -> None:
        if not self._closed:
            self._closed = True
            self._on_close(finished)

    def __del__(self):  # a response dropped before it started streaming must not keep its evaluator
        try:
            self.close(False)
        except Exception:
            pass


# ------------------------------------------------------------------ executors

class Executor:
    kind = "?"

    def prepare(self) -> None:
        """Work that is due before the next query but is not the query's own (a write's
        flush); called outside the query's time limit, and after writes."""

    def start(self, job: dict, deadline: float) -> Run:
        raise NotImplementedError

    def shutdown(self) -> None:
        pass


class _Worker:
    def __init__(self, path: str, offline: bool):
        self.proc = subprocess.Popen([sys.executable, str(WORKER_SCRIPT), path, *(["--offline"] if offline else [])],
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, close_fds=True, start_new_session=True)
        self.out_fd = self.proc.stdout.fileno()

    def send(self, job: dict) -> None:
        data = json.dumps(job).encode()
        self.proc.stdin.write(struct.pack(">I", len(data)) + data)
        self.proc.stdin.flush()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass


class PoolExecutor(Executor):
    """Worker processes reading the on-disk store read-only; killed and replaced on timeout."""
    kind = "worker processes (read-only store)"

    def __init__(self, path: Path, primary=None, size: int = 2, offline: bool = False):
        self.path = str(path)
        self.offline = offline  # workers cut off the network (federation is off)
        self.primary = primary  # the server's own pyoxigraph.Store, flushed so workers open fast
        self.size = size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._wal_seen = 0
        self._closed = False
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        with self._lock:
            if self._closed:
                return
            w = _Worker(self.path, self.offline)
            self._all.add(w)
        self._idle.put(w)

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)
        self._add()

    def _flush_if_needed(self) -> None:
        if self.primary is None:
            return
        try:
            wal = sum(e.stat().st_size for e in os.scandir(self.path) if e.name.endswith(".log"))
        except OSError:
            return
        if wal > WAL_FLUSH_BYTES and wal != self._wal_seen:
            with self._flush_lock:
                self.primary.flush()
                self._wal_seen = wal

    def prepare(self) -> None:
        self._flush_if_needed()

    def start(self, job: dict, deadline: float) -> Run:
        for attempt in range(3):
            try:
                w = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise Busy() from None
            if not w.alive():
                self._retire(w)
                continue
            try:
                w.send(job)
                break
            except OSError:  # it died between the check and the job
                self._retire(w)
        else:
            raise EvaluatorFailed("the query workers keep dying; see the server log")

        def on_close(finished: bool) -> None:
            if finished and w.alive():
                self._idle.put(w)
            else:
                self._retire(w)
        return Run(w.out_fd, on_close)

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


class WriteGuard:
    """Stands in for a pyoxigraph.Store: every write method holds `lock` while it runs, so
    the server never forks while a thread is inside one of Oxigraph's writes (the child
    would inherit that write's locks held by a thread it does not have, and wait forever).
    Reads pass straight through."""

    WRITES = frozenset({"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
                        "remove", "remove_graph", "update", "optimize", "flush"})

    def __init__(self, raw, lock: threading.Lock):
        self._raw = raw
        self._lock = lock

    def __getattr__(self, name):
        attr = getattr(self._raw, name)
        if name not in self.WRITES:
            return attr
        lock = self._lock

        def guarded(*args, **kwargs):
            with lock:
                return attr(*args, **kwargs)
        return guarded

    def __iter__(self):
        return iter(self._raw)

    def __len__(self):
        return len(self._raw)

    def __contains__(self, quad):
        return quad in self._raw


class ForkExecutor(Executor):
    """A child forked per query from the server, which holds the in-memory store."""
    kind = "forked child per query (in-memory store)"

    def __init__(self, store, size: int = 4, fork_lock: threading.Lock | None = None, offline: bool = False):
        self.store = store
        self.offline = offline
        self._slots = threading.BoundedSemaphore(size)
        self._fork_lock = fork_lock or threading.Lock()

    def start(self, job: dict, deadline: float) -> Run:
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise Busy()
        try:
            r, w = os.pipe()
            # no write may be inside Oxigraph at the fork (see WriteGuard)
            if not self._fork_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
                os.close(r)
                os.close(w)
                raise Busy()
            try:
                pid = os.fork()
            finally:
                self._fork_lock.release()  # in the child too: its copy of the lock is its own
        except BaseException:
            self._slots.release()
            raise
        if pid == 0:  # the child: evaluate, write, exit; never return into the server's code
            try:
                signal.set_wakeup_fd(-1)
                for sig in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(sig, signal.SIG_DFL)
                os.closerange(3, w)
                os.closerange(w + 1, 1 << 16)
                if self.offline:
                    sparql_worker.cut_network()
                sparql_worker.run_job_or_report(self.store, job, w)
            finally:
                os._exit(0)
        os.close(w)

        def on_close(finished: bool) -> None:
            try:
                if not finished:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
            os.close(r)
            self._slots.release()
        return Run(r, on_close)


class ThreadExecutor(Executor):
    """In-process fallback: the answer comes at the limit, the evaluation is not stopped."""
    kind = "threads (cannot stop a query)"

    def __init__(self, store, size: int = 4):
        self.store = store
        self._slots = threading.BoundedSemaphore(size)

    def start(self, job: dict, deadline: float) -> Run:
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise Busy()
        r, w = os.pipe()

        def work():
            try:
                sparql_worker.run_job_or_report(self.store, job, w)
            finally:
                os.close(w)
                self._slots.release()

        threading.Thread(target=work, daemon=True, name="sparql-query").start()
        return Run(r, lambda finished: os.close(r))


def make_executor(store, workers: int = 2, offline: bool = False) -> Executor:
    """`offline`: evaluators are cut off the network where the platform allows it (federation off)."""
    raw = getattr(store, "raw", None)
    path = getattr(store, "path", None)
    if raw is None:
        raise RuntimeError("the SPARQL endpoint needs the embedded Oxigraph store")
    if path is not None and os.name == "posix":
        return PoolExecutor(Path(path), primary=raw, size=workers, offline=offline)
    if hasattr(os, "fork"):
        if isinstance(raw, WriteGuard):
            return ForkExecutor(raw._raw, size=max(2, workers * 2), fork_lock=raw._lock, offline=offline)
        lock = threading.Lock()
        store.raw = WriteGuard(raw, lock)  # the server's own writes now wait for forks, and forks for them
        return ForkExecutor(raw, size=max(2, workers * 2), fork_lock=lock, offline=offline)
    return ThreadExecutor(raw, size=max(2, workers * 2))
