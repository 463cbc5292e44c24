"""Responses of the SPARQL endpoints: plain-text errors, gzip (buffered and streamed), CORS
for the read endpoints, HEAD without a body."""
from __future__ import annotations

import logging
import zlib
from typing import Iterable, Iterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from app.sparql_conneg import accepts_gzip

CORS = {"Access-Control-Allow-Origin": "*"}
CORS_PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Accept-Encoding",
    "Access-Control-Max-Age": "86400",
}
GZIP_MIN = 1024
log = logging.getLogger("ikg.sparql")


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
    """Streams `chunks` (a sync iterator: Starlette runs it in a worker thread), gzipped when
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
    return _CuttableStream(chunks, status_code=status, headers={**h, "Content-Type": content_type})


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
