"""Search over names, titles and sentences, ranked (app/search_rank.py)."""
from __future__ import annotations

from fastapi import HTTPException
from rdflib import Literal

from app import search_rank
from app.curated import select
from app.services.common import local, page_url


def _index_or_503(call):
    from ikg.store import TooLarge
    try:
        return call()
    except TooLarge as e:
        raise HTTPException(503, f"query search gives no answer within the limits: {e}; narrow it",
                            headers={"Retry-After": "5"})


def search_rows(store, base: str, q: str) -> list[dict]:
    """The texts containing q: from this process's search index of the store's current version,
    else (while it is being built) from the SPARQL query."""
    from app import search_index
    from app.curated import _limits
    rows = _index_or_503(lambda: search_index.for_store(store).rows(store, base, q, _limits.get()[0] or 100_000))
    return select(store, "search", q=Literal(q)) if rows is None else rows


def search_data(store, base: str, q: str) -> list[dict]:
    """Every hit for q, ranked, as the API and page show them."""
    q = q.strip()
    return [hit(r, q, base) for r in ranked(search_rows(store, base, q), q)]


def hits_page(store, base: str, q: str, limit: int, offset: int) -> tuple[list[dict], int]:
    """The hits of one page and how many there are. The search index ranks and pages inside
    SQLite, so a word found in 100,000 sentences costs what its page costs; while the index is
    being built, the SPARQL query's rows are ranked here by the same rule."""
    from app import search_index
    q = q.strip()
    found = _index_or_503(lambda: search_index.for_store(store).page(store, base, q, limit, offset))
    if found is None:
        every = ranked(search_rows(store, base, q), q)
        rows, total = every[offset:offset + limit], len(every)
    else:
        rows, total = found
    return [hit(r, q, base) for r in rows], total


def ranked(rows: list[dict], q: str) -> list[dict]:
    """The rows containing q, one per hit (its best), best first, each with its "score"."""
    needle = q.lower()
    best: dict[tuple, tuple] = {}
    for r in rows:
        text, kind, target = str(r["text"]), str(r["kind"]), str(r["target"])
        quality = search_rank.quality(text.lower(), needle)
        if quality < 0:
            continue
        r = {c: str(v) for c, v in r.items() if v is not None}
        order = search_rank.order(search_rank.exact_score(quality, kind, text), r)
        k = search_rank.key(kind, target, r.get("sentence"))
        if k not in best or order < best[k][0]:
            best[k] = (order, r)
    return [{**r, "score": -order[0]} for order, r in sorted(best.values(), key=lambda b: b[0])]


def hit(r: dict, q: str, base: str) -> dict:
    """A ranked row as the API shows it: ids, the page to read it on, a snippet around the match."""
    text, kind, target = r["text"], r["kind"], r["target"]
    i = text.lower().find(q.lower())
    a, b = max(0, i - 60), min(len(text), i + len(q) + 80)
    snippet = ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")
    m0 = (1 if a else 0) + (i - a)
    in_sentence = kind in ("finding", "quote") and r.get("sentence") is not None
    return {"kind": kind, "id": local(target, base), "iri": target, "text": search_rank.shown(text),
            "snippet": snippet, "match": [m0, m0 + len(q)], "score": round(r["score"], 2),
            "document": local(r.get("document"), base) if kind in ("finding", "quote", "document") else None,
            "sentence": r.get("sentence"),
            "url": page_url(r.get("sentence") if in_sentence else target, base)}
