"""Nothing heavy on the event loop, nothing read before the token: a small cap on query
text, the bearer token checked before a body is read, every body (uploads included)
stopped at its cap while it streams in, one rule (401) for a missing or wrong token on
every write route, a token's surrounding whitespace ignored, the editor's assets not
addressed through the Host header."""
from __future__ import annotations

import re
import socket
import threading
import time
from urllib.parse import urlsplit

import httpx
import pytest

from tests.server import running_server

TOKEN = "limit-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MB = 1024 * 1024


@pytest.fixture(scope="module")
def base():
    with running_server(env={"IKG_TOKEN": TOKEN, "IKG_STORE": "memory", "IKG_BODY_CAP": str(2 * MB)}) as url:
        yield url


def raw_request(base: str, head: str, body_part: bytes = b"", timeout: float = 10.0) -> tuple[int, float]:
    """Sends `head` and the first part of a body, never the rest; returns the status the
    server answers with and how long that took (it must answer without waiting for the rest)."""
    host, port = urlsplit(base).hostname, urlsplit(base).port
    with socket.create_connection((host, port), timeout=timeout) as s:
        t = time.monotonic()
        s.sendall(head.encode() + b"\r\n" + body_part)
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        return int(data.split(b" ", 2)[1]), time.monotonic() - t


def head(method: str, path: str, content_type: str, length: int | None, auth: bool = False) -> str:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Type: {content_type}"]
    lines.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    if auth:
        lines.append(f"Authorization: Bearer {TOKEN}")
    return "\r\n".join(lines) + "\r\n"


def test_the_token_is_checked_before_any_body_is_read(base):
    """A 60 MB upload without a token: 401 while 59.9 MB of it are still unsent."""
    for method, path, ctype in (("POST", "/api/documents", "multipart/form-data; boundary=xyz"),
                                ("POST", "/update", "application/sparql-update"),
                                ("PUT", "/data?default", "text/turtle")):
        status, seconds = raw_request(base, head(method, path, ctype, 60 * MB), b"--xyz\r\n" + b"a" * 65536)
        assert status == 401, (path, status)
        assert seconds < 5


def test_an_upload_is_stopped_at_the_cap_while_it_streams_in(base):
    # declared too large: refused before reading
    status, _ = raw_request(base, head("POST", "/api/documents", "multipart/form-data; boundary=xyz", 60 * MB,
                                       auth=True), b"--xyz\r\n")
    assert status == 413
    # chunked, no length: the server stops reading once past the cap (2 MB here), not at the end
    chunk = b"a" * (256 * 1024)
    part = (b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n")
    host, port = urlsplit(base).hostname, urlsplit(base).port
    with socket.create_connection((host, port), timeout=20) as s:
        s.sendall(head("POST", "/api/documents", "multipart/form-data; boundary=xyz", None, auth=True).encode()
                  + b"\r\n" + b"%x\r\n%s\r\n" % (len(part), part))
        sent, answer = 0, b""
        s.settimeout(0.05)
        try:
            while sent < 60 * MB and not answer:
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
                try:
                    answer = s.recv(4096)
                except socket.timeout:
                    pass
        except OSError:  # the server dropped the connection: the answer is waiting
            pass
        s.settimeout(10)
        while b"\r\n" not in answer:
            more = s.recv(4096)
            if not more:
                break
            answer += more
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 10 * MB


def test_query_text_has_a_cap_of_its_own():
    with running_server(env={"IKG_STORE": "memory", "IKG_QUERY_CAP": "10000"}) as url:
        big = "ASK { " + "# padding\n" * 2000 + "}"
        for r in (httpx.post(url + "/sparql", content=big, headers={"Content-Type": "application/sparql-query"}),
                  httpx.post(url + "/sparql", data={"query": big})):
            assert r.status_code == 413 and "IKG_QUERY_CAP" in r.text
        assert httpx.post(url + "/sparql", data={"query": "ASK {}"}).status_code == 200


def test_a_large_query_does_not_stop_the_server(base):
    """A query of nearly 1 MiB is read and checked off the event loop: /healthz keeps answering."""
    query = ("SELECT * WHERE { VALUES ?x { " + " ".join(f"<http://e/load/{i}>" for i in range(40000))
             + " } ?x ?p ?o }")
    assert MB * 0.5 < len(query) < MB
    done = threading.Event()
    answer = {}

    def send():
        answer["r"] = httpx.post(base + "/sparql", data={"query": query}, timeout=120)
        done.set()

    threading.Thread(target=send, daemon=True).start()
    waits = []
    with httpx.Client(base_url=base, timeout=30) as c:
        while not done.is_set() and len(waits) < 200:
            t = time.monotonic()
            assert c.get("/healthz").status_code == 200
            waits.append(time.monotonic() - t)
            time.sleep(0.02)
    done.wait(120)
    assert answer["r"].status_code == 200, answer["r"].text[:200]
    assert max(waits) < 2.0, waits
    # twice the cap: refused from its length, without reading it
    r = httpx.post(base + "/sparql", content=b"ASK {}" + b" " * 2 * MB, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_a_missing_or_wrong_token_is_401_on_every_write_route(base):
    writes = [("POST", "/update", {"data": {"update": "CLEAR ALL"}}),
              ("PUT", "/data?default", {"content": b"", "headers": {"Content-Type": "text/turtle"}}),
              ("DELETE", "/data?default", {}),
              ("POST", "/api/documents", {"files": {"file": ("a.txt", b"hello", "text/plain")}})]
    with httpx.Client(base_url=base, timeout=30) as c:
        for method, path, kw in writes:
            for auth in (None, "Bearer wrong", "Basic abc", f"Bearer {TOKEN}x"):
                headers = dict(kw.get("headers", {}))
                if auth:
                    headers["Authorization"] = auth
                r = c.request(method, path, **{**kw, "headers": headers})
                assert r.status_code == 401, (method, path, auth, r.status_code)
                assert "bearer" in r.headers.get("www-authenticate", "").lower()


def test_a_token_with_surrounding_whitespace_is_the_token_without_it():
    with running_server(env={"IKG_STORE": "memory", "IKG_TOKEN": f"  {TOKEN}\n"}) as url:
        r = httpx.post(url + "/update", data={"update": "INSERT DATA { <http://e/s> <http://e/p> 1 }"}, headers=AUTH)
        assert r.status_code == 204, r.text
        assert "Writes are disabled" not in httpx.get(url + "/sparql", headers={"Accept": "text/turtle"}).text
    with running_server(env={"IKG_STORE": "memory", "IKG_TOKEN": " \n"}) as url:  # blank: no token, no writes
        r = httpx.post(url + "/update", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 403
        assert "Writes are disabled" in httpx.get(url + "/sparql", headers={"Accept": "text/turtle"}).text


def test_the_editor_does_not_take_its_addresses_from_the_host_header(base):
    r = httpx.get(base + "/sparql", headers={"Accept": "text/html", "Host": "evil.example:666"})
    assert r.status_code == 200
    assert "evil.example" not in r.text
    sources = re.findall(r'<script src="([^"]+)"', r.text) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', r.text)
    assert sources and all(s.startswith("/sparql/yasgui/") for s in sources)
