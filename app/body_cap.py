"""Every request body is counted while it streams in and stopped at Settings.body_cap.

The middleware does not refuse by Content-Length up front: a route that needs the bearer
token checks it before it reads a byte (and then checks Content-Length itself), so an
anonymous 60 MB upload is a 401 with nothing read. Whatever a route reads (a form, a
multipart upload, a SPARQL body) stops at the cap with a 413 and the request is dropped.
"""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    """An HTTPException, so the route's own error handling answers it as a 413."""

    def __init__(self, cap: int):
        super().__init__(413, f"request body is over the limit of {cap} bytes (IKG_BODY_CAP)")
        self.cap = cap


class BodyCap:
    def __init__(self, app: ASGIApp, cap: int):
        self.app = app
        self.cap = cap

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        seen = 0
        started = False

        async def capped_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.cap:
                    raise BodyTooLarge(self.cap)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, capped_receive, watched_send)
        except BodyTooLarge as e:
            if started:
                raise
            await _plain(send, 413, e.detail)


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
