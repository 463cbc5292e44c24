"""Responses of the SPARQL endpoints: plain-text errors, gzip (buffered and streamed), CORS
for the read endpoints, HEAD without a body."""
from __future__ import annotations

import logging
import zlib
from typing import AsyncIterator, Iterable, Iterator

import anyio

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from app.conneg import accepts_gzip

CORS = {"Access-Control-Allow-Origin": "*"}
CORS_PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Accept-Encoding",
    "Access-Control-Max-Age": "86400",
}
GZIP_MIN = 1024
log = logging.getLogger("ikg.sparql")


# Threads that wait on query evaluators (for a free one, for frames) come from a pool of
# their own, so that many slow queries never starve the default pool that serves /healthz
# and every other sync route.
QUERY_THREADS = 64
_limiter: anyio.CapacityLimiter | None = None


def _query_limiter() -> anyio.CapacityLimiter:
    global _limiter
    if _limiter is None:
        _limiter = anyio.CapacityLimiter(QUERY_THREADS)
    return _limiter


async def blocking(fn, *args):
    """Runs fn(*args) in a thread of the query pool."""
    return await anyio.to_thread.run_sync(fn, *args, limiter=_query_limiter())


_END = object()


def _next(it):
    return next(it, _END)


async def _in_query_threads(it: Iterator[bytes]) -> AsyncIterator[bytes]:
    try:
        while True:
            chunk = await blocking(_next, it)
            if chunk is _END:
                return
            yield chunk
    finally:  # also when the client went away: the iterator's own cleanup must run
        close = getattr(it, "close", None)
        if close:
            with anyio.CancelScope(shield=True):
                await blocking(close)


def text(status: int, message: str, headers: dict | None = None, cors: bool = False) -> Response:
    h = dict(headers or {})
    if cors:
        h.update(CORS)
    return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers=h)


def _gzipper():
    return zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)


def buffered(request: Request, body: bytes, content_type: str, status: int = 200,
             headers: dict | None = None, cors: bool = False) -> Response:
    h = {"Vary": "Accept, Accept-Encoding", **(headers or {})}
    if cors:
        h.update(CORS)
    if len(body) >= GZIP_MIN and accepts_gzip(request.headers.get("accept-encoding")):
        z = _gzipper()
        body = z.compress(body) + z.flush()
        h["Content-Encoding"] = "gzip"
    if request.method == "HEAD":
        h["Content-Length"] = str(len(body))
        return Response(None, status_code=status, headers={**h, "Content-Type": content_type})
    return Response(body, status_code=status, headers={**h, "Content-Type": content_type})


def streamed(request: Request, chunks: Iterable[bytes], content_type: str, status: int = 200,
             headers: dict | None = None, cors: bool = False) -> Response:
    """Streams `chunks` (a sync iterator, advanced in the query thread pool), gzipped when
    the client accepts it. HEAD closes the iterator at once and sends the headers only."""
    h = {"Vary": "Accept, Accept-Encoding", **(headers or {})}
    if cors:
        h.update(CORS)
    if request.method == "HEAD":
        close = getattr(chunks, "close", None)
        if close:
            close()
        return Response(None, status_code=status, headers={**h, "Content-Type": content_type})
    if accepts_gzip(request.headers.get("accept-encoding")):
        h["Content-Encoding"] = "gzip"
        chunks = _gzip_stream(chunks)
    return _CuttableStream(_in_query_threads(iter(chunks)), status_code=status,
                           headers={**h, "Content-Type": content_type})


class StreamCut(Exception):
    """Raised by a body iterator whose answer cannot be finished (time limit, failed
    evaluation) after the status line went out."""


class _CuttableStream(StreamingResponse):
    """On StreamCut, stops without the closing empty chunk: the server then drops the
    connection and the client sees an incomplete body, never a short answer that looks whole."""

    async def stream_response(self, send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        try:
            async for chunk in self.body_iterator:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except StreamCut as e:
            log.warning("answer cut short: %s", e)
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _gzip_stream(chunks: Iterable[bytes]) -> Iterator[bytes]:
    z = _gzipper()
    it = iter(chunks)
    try:
        for chunk in it:
            out = z.compress(chunk) + z.flush(zlib.Z_SYNC_FLUSH)
            if out:
                yield out
        yield z.flush()
    finally:
        close = getattr(it, "close", None)
        if close:
            close()
