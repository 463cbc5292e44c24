"""The search index: every text /api/search looks in, in a SQLite FTS5 table with the trigram
tokenizer (case-insensitive substring matching, as the SPARQL query does it), so that a search
reads the few matching rows instead of scanning every sentence of the store (10 s over the
national corpus).

One index per store version (ikg/state.py), built in a background thread, document by document, from the SPARQL
queries queries/internal/search_*.rq: when the service starts, and when a search finds the store
changed. Until the index of the current version is ready, searches are answered by the SPARQL
query itself, so an answer never lags behind the store. Each process keeps its own index in a
temporary file (the store stays the one source of truth; several front ends need no coordination).
"""
from __future__ import annotations

import atexit
import logging
import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from weakref import WeakKeyDictionary

from ikg import state
from app import search_rank
from ikg.store import Store, TooLarge
from queries import internal

log = logging.getLogger("ikg.search")
COLUMNS = ("target", "kind", "text", "document", "sentence")
_GUARD = threading.Lock()


_INDEXES: "WeakKeyDictionary[Store, SearchIndex]" = WeakKeyDictionary()


def for_store(store: Store) -> "SearchIndex":
    """The index of this process for this store."""
    with _GUARD:
        index = _INDEXES.get(store)
        if index is None:
            index = _INDEXES[store] = SearchIndex()
        return index


class SearchIndex:
    def __init__(self):
        self._lock = threading.Lock()
        self._ready: tuple[str, Path] | None = None  # (store version, index file)
        self._building: str | None = None

    def rows(self, store: Store, base: str, q: str, cap: int) -> list[dict] | None:
        """The rows whose text contains q (case-insensitively): the SPARQL query's columns, as strings;
        None while there is no index of the store's current version (one is then being built)."""
        path = self._current(store, base)
        return None if path is None else _query(path, q, cap)

    def page(self, store: Store, base: str, q: str, limit: int, offset: int) -> tuple[list[dict], int] | None:
        """One page of the ranked hits (app/search_rank.py) and how many hits there are, ranked
        and paged inside SQLite; None while there is no index of the store's current version."""
        path = self._current(store, base)
        return None if path is None else _ranked_page(path, q, limit, offset)

    def _current(self, store: Store, base: str) -> Path | None:
        """The index file of the store's current version; None (and one is built) while there is none."""
        version = state.version(store, base)
        ready = self._ready
        if ready is None or ready[0] != version:
            self.build_in_background(store, base, version)
            return None
        return ready[1]

    def build_in_background(self, store: Store, base: str, version: str | None = None) -> None:
        with self._lock:
            version = version or state.version(store, base)
            if self._building == version or (self._ready and self._ready[0] == version):
                return
            self._building = version
        threading.Thread(target=self._build, args=(store, base, version), daemon=True,
                         name="ikg-search-index").start()

    def _build(self, store: Store, base: str, version: str) -> None:
        try:
            path = build(store, base)
            _FILES.add(path)
        except Exception:  # noqa: BLE001 - searches go on by SPARQL; the next one tries again
            log.exception("the search index could not be built; searches read the store")
            with self._lock:
                self._building = None
            return
        with self._lock:
            old, self._ready, self._building = self._ready, (version, path), None
        if old:
            _remove(old[1])


def build(store: Store, base: str) -> Path:
    """A new index file of every searchable text in the store, read document by document (a
    national store's 400,000 texts never sit in memory at once). Findings that share a sentence
    are one row (the first finding by IRI, the one the ranking keeps)."""
    fd, name = tempfile.mkstemp(prefix="ikg-search-", suffix=".sqlite")
    os.close(fd)
    path = Path(name)
    n = 0
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE texts (id INTEGER PRIMARY KEY, target, kind, text, document, sentence, low)")
        db.execute("CREATE VIRTUAL TABLE search USING fts5(text, content='texts', content_rowid='id', "
                   "tokenize='trigram')")
        n += _insert(db, store.select(internal("search_council_names")))
        for r in store.select(internal("search_documents")):
            n += _insert(db, store.select(internal("search_document_texts"), {"document": r["document"]}))
        db.execute("INSERT INTO search (search) VALUES ('rebuild')")
    log.info("search index: %d texts in %s", n, path)
    return path


def _insert(db: sqlite3.Connection, rows: list[dict]) -> int:
    seen: set[str] = set()
    batch = []
    for r in sorted(rows, key=lambda r: [str(r.get(c, "")) for c in COLUMNS]):
        if str(r["kind"]) == "finding" and r.get("sentence") is not None:
            if str(r["sentence"]) in seen:
                continue
            seen.add(str(r["sentence"]))
        row = tuple(None if r.get(c) is None else str(r[c]) for c in COLUMNS)
        batch.append(row + (row[2].lower(),))  # what search_rank compares
    db.executemany("INSERT INTO texts (target, kind, text, document, sentence, low) VALUES (?, ?, ?, ?, ?, ?)", batch)
    return len(batch)


def _query(path: Path, q: str, cap: int) -> list[dict]:
    needle = q.strip()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        if len(needle) >= 3:  # a trigram index finds any substring of three characters or more
            found = db.execute("SELECT target, kind, text, document, sentence FROM texts WHERE id IN "
                               "(SELECT rowid FROM search WHERE search MATCH ?) LIMIT ?",
                               ('"' + needle.replace('"', '""') + '"', cap + 1)).fetchall()
        else:
            pattern = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            found = db.execute("SELECT target, kind, text, document, sentence FROM texts "
                               "WHERE text LIKE ? ESCAPE '\\' LIMIT ?", (f"%{pattern}%", cap + 1)).fetchall()
    if len(found) > cap:
        raise TooLarge(f"more than {cap} rows (IKG_RESULT_CAP)")
    # plain strings: the ranking reads every value as a string (and rdflib terms for thousands of
    # hits cost twice what SQLite takes to find them)
    return [{c: v for c, v in zip(COLUMNS, row) if v is not None} for row in found]


# The hits' ranking in SQL (the rule and its SQL pieces are app/search_rank.py's): the matching rows
# in the order of their scores, of which the first of each hit is kept (in Python: a hit has
# several rows only when its target has several names); and the number of hits.
_MATCHED = "FROM texts WHERE {where} AND instr(low, :needle) > 0"
_RANKED_ROWS = f"""
SELECT target, kind, text, document, sentence,
       {search_rank.SQL_QUALITY} + {search_rank.SQL_WEIGHT} - {search_rank.SQL_LENGTH_PENALTY} AS score,
       {search_rank.SQL_SHOWN} AS shown
{_MATCHED}
ORDER BY {search_rank.SQL_ORDER} LIMIT :rows"""
_HITS = f"SELECT COUNT(DISTINCT {search_rank.SQL_KEY}) {_MATCHED}"
_BY_INDEX = "id IN (SELECT rowid FROM search WHERE search MATCH :phrase)"
_BY_SCAN = "1"  # fewer than 3 characters: no trigram to look up, every row is read


def _ranked_page(path: Path, q: str, limit: int, offset: int) -> tuple[list[dict], int]:
    needle = q.strip()
    params = {"needle": needle.lower(), "phrase": '"' + needle.replace('"', '""') + '"'}
    where = _BY_INDEX if len(needle) >= 3 else _BY_SCAN
    wanted, rows = offset + limit, 2 * (offset + limit) + 10
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        while True:
            found = db.execute(_RANKED_ROWS.format(where=where), {**params, "rows": rows}).fetchall()
            hits = _first_of_each_hit(found, wanted)
            if len(hits) >= wanted or len(found) < rows:
                break
            rows *= 4  # targets with many names filled the rows asked for: ask for more
        complete = len(found) < rows  # every matching row was read
        total = len(_first_of_each_hit(found, len(found))) if complete else \
            db.execute(_HITS.format(where=where), params).fetchone()[0]
    page = [{c: v for c, v in zip(COLUMNS + ("score",), row) if v is not None} for row in hits[offset:offset + limit]]
    return page, total


def _first_of_each_hit(rows: list[tuple], wanted: int) -> list[tuple]:
    seen, first = set(), []
    for row in rows if wanted else ():
        target, kind, _, _, sentence = row[:5]
        k = search_rank.key(kind, target, sentence)
        if k not in seen:
            seen.add(k)
            first.append(row)
            if len(first) == wanted:
                break
    return first


def _remove(path: Path) -> None:
    _FILES.discard(path)
    try:
        path.unlink()
    except OSError:
        pass


_FILES: set[Path] = set()  # this process's index files, removed when it exits
atexit.register(lambda: [_remove(p) for p in list(_FILES)])
