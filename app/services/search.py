"""Search over names, titles and sentences, ranked."""
from __future__ import annotations

from fastapi import HTTPException
from rdflib import Literal

from app.queries_api import select
from app.services.common import local, page_url, sv

KIND_WEIGHT = {"council": 30, "person": 25, "document": 20, "finding": 10, "quote": 8}


def search_rows(store, base: str, q: str) -> list[dict]:
    """The texts containing q: from this process's search index of the store's current version,
    else (while it is being built) from the SPARQL query."""
    from app import search_index
    from app.queries_api import _limits
    from ikg.store import TooLarge
    try:
        rows = search_index.for_store(store).rows(store, base, q, _limits.get()[0] or 100_000)
    except TooLarge as e:
        raise HTTPException(503, f"query search gives no answer within the limits: {e}; narrow it",
                            headers={"Retry-After": "5"})
    return select(store, "search", q=Literal(q)) if rows is None else rows


def search_data(store, base: str, q: str) -> list[dict]:
    q = q.strip()
    rows = search_rows(store, base, q)
    needle = q.lower()
    best: dict[tuple, dict] = {}
    for r in rows:
        text = str(r["text"])
        low = text.lower()
        i = low.find(needle)
        if i < 0:
            continue
        quality = 100 if low == needle else 60 if i == 0 else 40 if not low[i - 1].isalnum() else 20
        kind = str(r["kind"])
        score = quality + KIND_WEIGHT.get(kind, 0) - min(len(text), 400) / 40
        target = str(r["target"])
        # one hit per sentence: a sentence with findings on several themes is one finding hit
        key = (kind, str(r["sentence"])) if kind == "finding" and r.get("sentence") is not None else (kind, target)
        a, b = max(0, i - 60), min(len(text), i + len(q) + 80)
        snippet = ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")
        m0 = (1 if a else 0) + (i - a)
        hit = {"kind": kind, "id": local(target, base), "iri": target, "text": text if len(text) < 300 else text[:300] + "…",
               "snippet": snippet, "match": [m0, m0 + len(q)], "score": round(score, 2),
               "document": local(r.get("document"), base) if kind in ("finding", "quote", "document") else None,
               "sentence": sv(r.get("sentence")),
               "url": page_url(r.get("sentence") if kind in ("finding", "quote") and r.get("sentence") is not None
                               else target, base)}
        if key not in best or hit["score"] > best[key]["score"]:
            best[key] = hit
    return sorted(best.values(), key=lambda h: (-h["score"], h["text"]))
