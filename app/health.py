"""Liveness, the store's reachability, and what is loaded."""
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from app import deps, memo
from app.queries_api import base_of
from ikg.store import RETRY_AFTER, UNAVAILABLE, StoreUnavailable

router = APIRouter()


@router.get("/healthz", tags=["service"], summary="Liveness check: 200 when the store answers, else 503")
async def healthz(request: Request):
    store, base = deps.store(request), base_of(request)
    try:
        # the store's version is the ping (one small query by key); the graph count, a scan of
        # the whole store on a SPARQL server, is counted once per version
        graphs = await run_in_threadpool(
            lambda: memo.per_version(store, base, "graph count", lambda: len(store.graph_names())))
    except StoreUnavailable:
        return JSONResponse({"status": "unavailable", "store": UNAVAILABLE}, status_code=503,
                            headers={"Retry-After": str(RETRY_AFTER)})
    return {"status": "ok", "store": "ok", "graphs": graphs}
