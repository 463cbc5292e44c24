"""The home page: what is loaded (councils, documents, triples, last load) and where to go next."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app import memo
from app.deps import STORE
from app.queries_api import base_of
from app.services.councils import councils_data
from app.services.stats import store_summary
from ikg.store import Store

router = APIRouter(include_in_schema=False)


def last_load(request: Request, documents: list[dict]) -> str | None:
    """When the store last changed: the newest file of an on-disk store, else when this service started."""
    settings = request.app.state.settings
    if getattr(settings, "store", "") == "oxigraph":
        path = Path(settings.store_path)
        if path.is_dir():
            mtimes = [f.stat().st_mtime for f in path.iterdir() if f.is_file()]
            if mtimes:
                return datetime.fromtimestamp(max(mtimes), timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    started = getattr(request.app.state, "_home_started", None)
    if started is None:
        started = request.app.state._home_started = time.time()
    return datetime.fromtimestamp(started, timezone.utc).strftime("%Y-%m-%d %H:%M UTC") + " (service start)"


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Store = STORE):
    from app.pages import render
    base = base_of(request)
    councils = sorted(councils_data(store, base), key=lambda c: c["name"] or "")
    # counts over the whole store (a second and more at national scale): once per store version
    documents, stats, conflicts = memo.per_version(store, base, "home", lambda: store_summary(store, base))
    return render(request, "home.html", title="ikg", councils=councils, documents=documents[:12],
                  total_documents=len(documents), stats=stats, last_load=last_load(request, documents),
                  conflicts=conflicts)
