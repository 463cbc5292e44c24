"""Liveness and what is loaded."""
from fastapi import APIRouter, Request

router = APIRouter()


@router.get("/healthz", tags=["service"], summary="Liveness check")
def healthz(request: Request) -> dict:
    store = request.app.state.store
    return {"status": "ok", "graphs": len(store.graph_names())}
