"""Reading SPARQL 1.1 Protocol requests: parameters, media types, character encoding, body
size, bearer tokens. Every fault of the request becomes a ProtocolError carrying the 4xx
status and a message that says what to send instead."""
from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.requests import Request

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def media_type(value: str | None) -> tuple[str, dict[str, str]]:
    if not value:
        return "", {}
    parts = [p.strip() for p in value.split(";")]
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().lower()] = v.strip().strip('"')
    return parts[0].lower(), params


async def read_body(request: Request, cap: int, setting: str = "IKG_BODY_CAP") -> bytes:
    """The request body, refused with 413 beyond `cap` bytes (checked before reading when
    Content-Length is given, and while reading otherwise)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > cap:
        raise ProtocolError(413, f"request body of {int(length)} bytes is over the limit of {cap} bytes ({setting})")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise ProtocolError(413, f"request body is over the limit of {cap} bytes ({setting})")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_utf8(body: bytes, params: dict[str, str], what: str) -> str:
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8", "us-ascii"):
        raise ProtocolError(415, f"{what} must be sent in UTF-8, not {charset} (SPARQL 1.1 Protocol)")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProtocolError(400, f"{what} is not valid UTF-8 (byte {e.start}): SPARQL 1.1 Protocol requires UTF-8") \
            from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_form(text: str, what: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, f"{what} has percent-encoded bytes that are not UTF-8") from None
    except ValueError as e:
        raise ProtocolError(400, f"{what} is not a valid URL-encoded form: {e}") from None


def url_params(request: Request) -> list[tuple[str, str]]:
    return parse_form(request.url.query, "the query string")




def check_iri(value: str, param: str) -> str:
    from app.queries_api import is_iri

    if not is_iri(value):
        raise ProtocolError(400, f"{param}={value!r} is not an absolute IRI")
    return value


def values(params: list[tuple[str, str]], name: str) -> list[str]:
    return [v for k, v in params if k == name]


@dataclass
class QueryRequest:
    query: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


@dataclass
class UpdateRequest:
    update: str
    using_graphs: list[str] = field(default_factory=list)
    using_named_graphs: list[str] = field(default_factory=list)


DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")


def _one(params: list[tuple[str, str]], name: str, op: str) -> str:
    found = values(params, name)
    if len(found) > 1:
        raise ProtocolError(400, f"{len(found)} {name} parameters: a request carries exactly one {op}")
    if not found:
        raise ProtocolError(400, f"no {name} parameter: send the {op} as {name}=...")
    if not found[0].strip():
        raise ProtocolError(400, f"the {name} parameter is empty")
    return found[0]


def text_body_cap(text_cap: int, body_cap: int, form: bool) -> tuple[int, str]:
    """Bytes a body carrying `text_cap` bytes of text may have (a form's percent-encoding
    triples them), and the setting that limits it."""
    cap = 3 * text_cap + 64 * 1024 if form else text_cap
    return (cap, "IKG_QUERY_CAP") if cap < body_cap else (body_cap, "IKG_BODY_CAP")


def check_text_cap(text: str, cap: int, what: str) -> str:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > cap:
        raise ProtocolError(413, f"the {what} is {size} bytes, over the limit of {cap} bytes for {what} text "
                                 "(IKG_QUERY_CAP)")
    return text


async def read_query(request: Request, cap: int, text_cap: int | None = None) -> QueryRequest | None:
    """The query of a GET or POST to the query endpoint; None for a GET with no parameters
    that name a query operation (the service description or the editor is wanted). The body
    is read up to `cap` bytes, the query text up to `text_cap`."""
    text_cap = text_cap or cap
    params = url_params(request)
    if request.method in ("GET", "HEAD"):
        if "update" in dict(params):
            raise ProtocolError(400, "update= is not allowed here: updates go by POST to /update")
        if not values(params, "query"):
            if any(k in DATASET_PARAMS for k, _ in params):
                raise ProtocolError(400, "dataset parameters without a query: send query=...")
            return None
        query = _one(params, "query", "query")
    else:
        mtype, mparams = media_type(request.headers.get("content-type"))
        if mtype == FORM:
            body = decode_utf8(await read_body(request, *text_body_cap(text_cap, cap, True)), mparams, "the form")
            params = params + parse_form(body, "the form body")
            if values(params, "update"):
                raise ProtocolError(400, "update= is not allowed here: a request is one operation, and updates "
                                         "go by POST to /update")
            query = _one(params, "query", "query")
        elif mtype == SPARQL_QUERY:
            if values(params, "query"):
                raise ProtocolError(400, "a query in the body and query= in the URL: send one query")
            query = decode_utf8(await read_body(request, *text_body_cap(text_cap, cap, False)), mparams, "the query")
            if not query.strip():
                raise ProtocolError(400, "the request body is empty: it should hold the query")
        elif mtype == SPARQL_UPDATE:
            raise ProtocolError(415, "this is the query endpoint: send updates by POST to /update")
        else:
            got = f"Content-Type {mtype!r}" if mtype else "no Content-Type"
            raise ProtocolError(415, f"{got}: POST a query as {FORM} (query=...) or as {SPARQL_QUERY}")
    check_text_cap(query, text_cap, "query")
    fmt = (values(params, "format") or values(params, "output") or [None])[0]
    return QueryRequest(query, [check_iri(v, "default-graph-uri") for v in values(params, "default-graph-uri")],
                        [check_iri(v, "named-graph-uri") for v in values(params, "named-graph-uri")], fmt)


async def read_update(request: Request, cap: int, text_cap: int | None = None) -> UpdateRequest:
    text_cap = text_cap or cap
    params = url_params(request)
    mtype, mparams = media_type(request.headers.get("content-type"))
    if mtype == FORM:
        body = decode_utf8(await read_body(request, *text_body_cap(text_cap, cap, True)), mparams, "the form")
        params = params + parse_form(body, "the form body")
        if values(params, "query"):
            raise ProtocolError(400, "query= is not allowed here: a request is one operation, and queries go to "
                                     "/sparql")
        update = _one(params, "update", "update")
    elif mtype == SPARQL_UPDATE:
        if values(params, "update"):
            raise ProtocolError(400, "an update in the body and update= in the URL: send one update")
        update = decode_utf8(await read_body(request, *text_body_cap(text_cap, cap, False)), mparams, "the update")
        if not update.strip():
            raise ProtocolError(400, "the request body is empty: it should hold the update")
    elif mtype == SPARQL_QUERY:
        raise ProtocolError(415, "this is the update endpoint: send queries to /sparql")
    else:
        got = f"Content-Type {mtype!r}" if mtype else "no Content-Type"
        raise ProtocolError(415, f"{got}: POST an update as {FORM} (update=...) or as {SPARQL_UPDATE}")
    check_text_cap(update, text_cap, "update")
    return UpdateRequest(update, [check_iri(v, "using-graph-uri") for v in values(params, "using-graph-uri")],
                         [check_iri(v, "using-named-graph-uri") for v in values(params, "using-named-graph-uri")])


# ------------------------------------------------------------------ writes need the token

ENABLE_WRITES = ("writes are disabled on this server because no write token is configured: start it with "
                 "IKG_TOKEN set to a secret (e.g. IKG_TOKEN=$(openssl rand -hex 32)) and send that secret as "
                 "'Authorization: Bearer <token>'")


READ_ONLY = ("this service has the store open read-only (ikg serve --workers N over the embedded store): "
             "write with the service stopped (ikg load), or serve one process, or use a remote store")


def check_token(request: Request, token) -> None:
    """Writes need `Authorization: Bearer <IKG_TOKEN>`; with no token configured there are none,
    nor on a service whose store is open read-only."""
    if getattr(request.app.state.settings, "read_only", False):
        raise ProtocolError(403, READ_ONLY)
    secret = token.get_secret_value() if token is not None else ""
    if not secret:
        raise ProtocolError(403, ENABLE_WRITES)
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="ikg"'}
    if not header:
        raise ProtocolError(401, "writes need 'Authorization: Bearer <token>' (the server's IKG_TOKEN)", challenge)
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), secret.encode()):
        raise ProtocolError(401, "the bearer token is not the one this server was started with",
                            {"WWW-Authenticate": 'Bearer realm="ikg", error="invalid_token"'})
