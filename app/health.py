"""Liveness, the store's reachability, and what is loaded."""
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ikg.store import RETRY_AFTER, UNAVAILABLE, StoreUnavailable

router = APIRouter()


@router.get("/healthz", tags=["service"], summary="Liveness check: 200 when the store answers, else 503")
async def healthz(request: Request):
    store = request.app.state.store
    try:
        graphs = await run_in_threadpool(lambda: len(store.graph_names()))
    except StoreUnavailable:
        return JSONResponse({"status": "unavailable", "store": UNAVAILABLE}, status_code=503,
                            headers={"Retry-After": str(RETRY_AFTER)})
    return {"status": "ok", "store": "ok", "graphs": graphs}
