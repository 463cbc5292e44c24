"""Where sources disagree."""
from __future__ import annotations

from app.curated import select
from app.services.common import local


def conflicts_data(store, base: str) -> list[dict]:
    groups: dict[str, dict] = {}
    for r in select(store, "conflicts"):
        c = groups.setdefault(str(r["conflict"]), {"id": local(r["conflict"], base), "iri": str(r["conflict"]),
                                                  "subject": str(r["subject"]), "subject_id": local(r["subject"], base),
                                                  "property": str(r["property"]), "claims": {}})
        claim = c["claims"].setdefault(str(r["claim"]), {"value": str(r["value"]), "sources": []})
        if r.get("source") is not None:
            d = local(r["source"], base)
            if d not in claim["sources"]:
                claim["sources"].append(d)
    out = []
    for c in groups.values():
        c["claims"] = sorted(c["claims"].values(), key=lambda x: x["value"])
        out.append(c)
    return out
