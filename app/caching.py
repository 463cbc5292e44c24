"""HTTP caching of the read routes, keyed by the store's version (ikg/state.py).

Every GET or HEAD of a read route (the JSON API, the HTML pages, the linked data) answering 200
carries a weak ETag: a hash of the store's version, the path and query, the Accept header, the
base IRI and the ikg version. The store's version changes on every write, through any ikg process
in front of the store, so every process agrees on the ETags and a write changes all of them. A
request whose If-None-Match names the current ETag is answered 304 without running the route: the
price of a revalidation is one lookup of the version.

Cache-Control is `public, no-cache` (caches keep answers but ask every time: the data changes
only on load, but when it does, it shows at once), or `public, max-age=N` with IKG_CACHE_MAX_AGE=N
(answers may be N seconds stale after a write, for no request at all). The SPARQL endpoint, the
Graph Store, writes, /healthz, /static and the OpenAPI pages are left alone; so is every answer
other than a 200.
"""
from __future__ import annotations

import hashlib
import logging
import re

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ikg import __version__, state

log = logging.getLogger("ikg.caching")

# The read routes: app/api.py, england.py, recommendations.py, queries_api.py (/api...), pages.py
# and home.py (HTML), ld.py (/id, /data/{path}, /ontology, /themes). "/data" alone is the Graph Store.
_CACHEABLE = re.compile(r"^/(?:|api(?:/.*)?|page/.*|id/.*|data/.*|(?:ontology|themes)(?:[./].*)?"
                        r"|councils|documents|people|conflicts|search)$")


def cacheable(path: str) -> bool:
    return bool(_CACHEABLE.match(path))


def cache_control(max_age: int) -> str:
    return f"public, max-age={max_age}" if max_age > 0 else "public, no-cache"


def etag(version: str, path: str, query: str, accept: str, base: str) -> str:
    key = "\n".join([version, path, query, accept, base, __version__])
    return 'W/"' + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32] + '"'


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def matches(if_none_match: str, tag: str) -> bool:
    """If-None-Match's weak comparison: any listed tag with the same opaque value ('*' apart)."""
    return any(_opaque(t) == _opaque(tag) for t in if_none_match.split(",") if t.strip() not in ("", "*"))


class Caching:
    def __init__(self, app: ASGIApp, max_age: int = 0):
        self.app = app
        self.cache_control = cache_control(max_age)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or not cacheable(scope["path"]):
            return await self.app(scope, receive, send)
        service = scope["app"]
        store, base = service.state.store, service.state.settings.base_iri
        try:
            # read before the route runs: an answer is never tagged with a version newer than its data
            version = await run_in_threadpool(state.version, store, base)
        except Exception as e:  # noqa: BLE001 - caching never fails a request; the route says what is wrong
            log.info("no ETag: the store version could not be read (%s)", e)
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        tag = etag(version, scope["path"], scope["query_string"].decode("latin-1"), headers.get("accept", ""),
                   base if base.endswith("/") else base + "/")
        ours = [(b"etag", tag.encode()), (b"cache-control", self.cache_control.encode())]
        condition = headers.get("if-none-match", "")
        if matches(condition, tag):
            return await _not_modified(send, ours + [(b"vary", b"Accept")])
        any_current = "*" in (t.strip() for t in condition.split(","))  # 304 if the route has a 200
        head = scope["method"] == "HEAD"
        swallow = False

        async def tagged_send(message: Message) -> None:
            nonlocal swallow
            if swallow:
                return
            if head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            if message["type"] == "http.response.start" and message["status"] == 200:
                out = [(k, v) for k, v in message.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
                out = _with_vary_accept(out) + ours
                if any_current:
                    swallow = True
                    return await _not_modified(send, [h for h in out if h[0].lower() in _KEPT_ON_304])
                message = {**message, "headers": out}
            await send(message)

        # HEAD is GET without the body, on every read route (FastAPI's GET routes refuse HEAD)
        await self.app({**scope, "method": "GET"} if head else scope, receive, tagged_send)


_KEPT_ON_304 = {b"etag", b"cache-control", b"vary", b"content-location", b"date", b"expires"}


def _with_vary_accept(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    for i, (k, v) in enumerate(headers):
        if k.lower() == b"vary":
            fields = [f.strip().lower() for f in v.split(b",")]
            if b"accept" not in fields and b"*" not in fields:
                headers[i] = (k, v + b", Accept")
            return headers
    return headers + [(b"vary", b"Accept")]


async def _not_modified(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": 304, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
