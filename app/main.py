"""The FastAPI application: SPARQL endpoint, curated JSON API, linked-data pages.

`create_app(settings, store)` builds it; `ikg serve` runs it under uvicorn. The app
reads the graph only through the store interface and the queries in queries/*.rq.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ikg import __version__
from ikg.config import Settings
from ikg.store import RETRY_AFTER, UNAVAILABLE, Store, StoreUnavailable, open_store


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or Settings()
    store = store or open_store(settings)
    app = FastAPI(title="ikg", version=__version__,
                  description="Inspection knowledge graph of English children's services: "
                              "SPARQL endpoint, curated JSON API and linked-data pages.")
    app.state.settings = settings
    app.state.store = store
    from app.body_cap import BodyCap
    app.add_middleware(BodyCap, cap=settings.body_cap)  # every body stops at the cap while it streams in
    from app.queries_api import QueryLimits
    app.add_middleware(QueryLimits, result_cap=settings.result_cap, timeout=settings.query_timeout)
    from app.caching import Caching
    app.add_middleware(Caching, max_age=settings.cache_max_age)  # outermost: a 304 runs nothing else

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable) -> JSONResponse:
        # the remote store is down or slow: say so, and when to try again (nothing is cached)
        logging.getLogger("ikg.store").warning("the graph store is unavailable: %s", exc)
        return JSONResponse({"detail": UNAVAILABLE}, status_code=503, headers={"Retry-After": str(RETRY_AFTER)})

    from app import health, sparql
    app.include_router(health.router)
    app.include_router(sparql.router)
    from app import api, home, ld, pages, queries_api
    app.include_router(queries_api.router)
    app.include_router(api.router)
    from app import england, recommendations
    app.include_router(recommendations.router)
    app.include_router(england.router)
    app.include_router(home.router)
    app.include_router(ld.router)
    app.include_router(pages.router)
    _document_error_messages(app)
    return app


def _document_error_messages(app: FastAPI) -> None:
    """A 422 carries FastAPI's list of validation errors or, for a parameter this service
    checks itself, one message: the OpenAPI document says both."""
    build = app.openapi

    def openapi():
        schema = build()
        error = schema.get("components", {}).get("schemas", {}).get("HTTPValidationError")
        if error and "anyOf" not in error["properties"]["detail"]:
            listed = error["properties"]["detail"]
            error["properties"]["detail"] = {"title": "Detail", "anyOf": [
                {k: v for k, v in listed.items() if k != "title"}, {"type": "string"}]}
        return schema
    app.openapi = openapi
