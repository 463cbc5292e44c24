"""Recommendations and what later events found of them: `/api/councils/{ons}/recommendations`
(the route; the data is app.services.recommendations).

Each recommendation with its wording, themes, the inspection that made it and its history:
one entry per later event of the council (persisting / improving / resolved / not_covered),
with the reason and the sentences the status rests on. The council page shows the same data.
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from rdflib import URIRef

from app.api import LIST_NOTE, council_or_404
from app.deps import STORE
from app.queries_api import base_of, list_response
from app.services.common import council_part
from app.services.recommendations import recommendations_for_council
from ikg.store import Store

router = APIRouter(prefix="/api", tags=["resources"])


@router.get("/councils/{ident}/recommendations", summary="A council's recommendations and what later events found",
            description="Every recommendation of the council's inspections (the items of \"What needs to improve?\" "
                        "and the like), with its themes and, for each later event of the council, its status "
                        "(persisting, improving, resolved, not_covered), the reason and the evidence sentences. "
                        + LIST_NOTE.strip())
def api_council_recommendations(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    council = council_or_404(store, base, ident)
    recs = council_part(store, base, council["iri"], "recommendations",
                        lambda: recommendations_for_council(store, base, URIRef(council["iri"])))
    return list_response(request, recs, default_limit=100)
