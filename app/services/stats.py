"""What the store holds, in numbers: documents, counts of things, triples and graphs."""
from __future__ import annotations

from app.curated import py, select
from app.services.conflicts import conflicts_data
from app.services.documents import documents_data


def store_summary(store, base: str) -> tuple[list[dict], dict, int]:
    """The documents (newest first), the store's counts and the number of conflicts."""
    documents = documents_data(store, base)
    documents.sort(key=lambda d: d["published"] or "", reverse=True)
    stats = {k: py(v) for k, v in (select(store, "stats") or [{}])[0].items()}
    stats["triples"] = store.quad_count()
    stats["graphs"] = len(store.graph_names())
    return documents, stats, len(conflicts_data(store, base))
