"""What a route may need, as FastAPI dependencies: the settings, the store, and (for writes)
a valid bearer token. Routes take these instead of reaching into `request.app.state`."""
from __future__ import annotations

from fastapi import Depends, HTTPException, Request

from ikg.config import Settings
from ikg.store import Store


def settings(request: Request) -> Settings:
    return request.app.state.settings


def store(request: Request) -> Store:
    return request.app.state.store


def write_token(request: Request) -> None:
    """The same rule as every write of the service (app.sparql_protocol.check_token): 401 for a
    missing or wrong bearer token, 403 when the server has no token (writes are off). As a
    dependency it runs before a byte of the request body is read."""
    from app.sparql_protocol import ProtocolError, check_token

    try:
        check_token(request, request.app.state.settings.token)
    except ProtocolError as e:
        raise HTTPException(e.status, e.message, headers=e.headers or None) from None


STORE = Depends(store)  # a route's `store: Store = STORE`
