"""Recommendations of a council's inspections, each with its themes and what later events
found of it (persisting / improving / resolved / not_covered), with reasons and sentences."""
from __future__ import annotations

from rdflib import URIRef

from app.curated import py, select
from app.services.common import local
from queries import internal

STATUS_ORDER = ("persisting", "improving", "resolved", "not_covered")


def _doc_id(iri: str | None, base: str) -> str | None:
    return local(iri, base) if iri else None


def recommendations_for_council(store, base: str, council: URIRef) -> list[dict]:
    recs: dict[str, dict] = {}
    # queries/recommendations.rq's rows for the council, read from the council's recommendations
    for r in store.select(internal("council_recommendations"), {"council": council}):
        iri = str(r["recommendation"])
        rec = recs.setdefault(iri, {
            "id": local(iri, base), "iri": iri, "text": py(r["wording"]), "themes": [],
            "event": local(str(r["event"]), base) if r.get("event") else None,
            "type": py(r.get("type")), "date": py(r.get("date")),
            "document": _doc_id(str(r["document"]), base), "source": py(r.get("source")),
            "sentence": str(r["sentence"]) if r.get("sentence") else None, "history": []})
        theme = str(r["theme"]).rsplit("/", 1)[-1]
        if theme not in rec["themes"]:
            rec["themes"].append(theme)
    steps: dict[tuple[str, str], dict] = {}
    for r in select(store, "recommendation_statuses", council=council):
        rec = recs.get(str(r["recommendation"]))
        if rec is None:
            continue
        key = (rec["iri"], str(r["node"]))
        step = steps.get(key)
        if step is None:
            step = steps[key] = {"id": local(str(r["node"]), base), "event": local(str(r["event"]), base),
                                 "type": py(r.get("type")), "date": py(r.get("date")), "status": py(r["status"]),
                                 "reason": py(r.get("reason")), "evidence": []}
            rec["history"].append(step)
        if r.get("evidence") and all(e["sentence"] != str(r["evidence"]) for e in step["evidence"]):
            step["evidence"].append({"text": py(r.get("text")), "sentence": str(r["evidence"]),
                                     "document": _doc_id(str(r["document"]), base) if r.get("document") else None,
                                     "source": py(r.get("source"))})
    for rec in recs.values():
        rec["history"].sort(key=lambda s: (s["date"] or "", s["event"] or ""))
        rec["latest_status"] = rec["history"][-1]["status"] if rec["history"] else None
    return sorted(recs.values(), key=lambda r: (r["date"] or "", r["document"] or "", r["sentence"] or ""))
