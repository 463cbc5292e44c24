"""Recommendations and what later events found of them: `/api/councils/{ons}/recommendations`.

Each recommendation with its wording, themes, the inspection that made it and its history:
one entry per later event of the council (persisting / improving / resolved / not_covered),
with the reason and the sentences the status rests on. The council page shows the same data.
"""
from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Request
from rdflib import URIRef

from app.api import LIST_NOTE, council_or_404, council_part, local, store_of
from app.queries_api import base_of, list_response, py, select

router = APIRouter(prefix="/api", tags=["resources"])
STATUS_ORDER = ("persisting", "improving", "resolved", "not_covered")


def _doc_id(iri: str | None, base: str) -> str | None:
    return local(iri, base) if iri else None


def recommendations_for_council(store, base: str, council: URIRef) -> list[dict]:
    recs: dict[str, dict] = {}
    for r in select(store, "recommendations", council=council):
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


@router.get("/councils/{ident}/recommendations", summary="A council's recommendations and what later events found",
            description="Every recommendation of the council's inspections (the items of \"What needs to improve?\" "
                        "and the like), with its themes and, for each later event of the council, its status "
                        "(persisting, improving, resolved, not_covered), the reason and the evidence sentences. "
                        + LIST_NOTE.strip())
def api_council_recommendations(request: Request, ident: str):
    store, base = store_of(request), base_of(request)
    council = council_or_404(store, base, ident)
    recs = council_part(store, base, council["iri"], "recommendations",
                        lambda: recommendations_for_council(store, base, URIRef(council["iri"])))
    return list_response(request, recs, default_limit=100)


def status_counts(recs: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for r in recs:
        if r["latest_status"]:
            counts[r["latest_status"]] += 1
    return {s: counts[s] for s in STATUS_ORDER if counts[s]}
