"""Bad input is a clear 4xx, never a 500 or raw exception text; values written into the
graph by anyone with the token (Graph Store) are text on every page, never markup; links
go only to pages here or to http(s) addresses."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from tests.server import running_server

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bad-input-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KESTRELFORD = "E99000001"
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def base():
    with running_server(env={"IKG_TOKEN": TOKEN}, load=sorted((ROOT / "examples").glob("*.txt"))) as url:
        yield url


@pytest.mark.parametrize("path, status", [
    ("/api/concerns?from=2024%0A", 422),
    ("/api/concerns?to=2024-01%0A", 422),
    ("/api/documents?council=E08000012%0A", 422),
    ("/api/queries/describe_out?resource=http://x/%25zz", 422),
    ("/api/queries/findings?council=http://x/%25zz", 422),
    ("/data?graph=http://x/%25zz", 400),
    ("/data?graph=http://x/ok%0A", 400),
    ("/sparql?query=ASK%7B%7D&default-graph-uri=http://x/%25zz", 400),
])
def test_bad_parameters_are_clear_4xx(base, path, status):
    r = httpx.get(base + path, timeout=30)
    assert r.status_code == status, (path, r.status_code, r.text[:300])
    assert "Traceback" not in r.text and "Error:" not in r.text


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.scripts, self.handlers = [], 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and "src" not in a:
            self.scripts += 1
        if "href" in a:
            self.hrefs.append(a["href"])
        self.handlers += [k for k in a if k.startswith("on")]


def parse(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p


def test_values_written_into_the_graph_stay_text(base):
    b = base + "/"
    council = f"{b}id/council/{KESTRELFORD}"
    turtle = f'''
        @prefix ikg: <https://w3id.org/ikg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{b}id/inspection/evil> ikg:inspectionType "monitoring_visit" ; ikg:council <{council}> ;
            ikg:startDate "2024-05-01" ; ikg:endDate """2024-05-02{PAYLOAD}""" ;
            ikg:sequence """7{PAYLOAD}""" .
        <{b}id/council/E08000012> rdfs:seeAlso <javascript:alert(1)> , <data:text/html,hi> ;
            rdfs:label """{PAYLOAD}""" .
    '''
    before = parse(httpx.get(f"{base}/page/council/{KESTRELFORD}", timeout=60).text)
    r = httpx.put(base + "/data", params={"graph": f"{b}id/document/evil"}, content=turtle.encode(),
                  headers={"Content-Type": "text/turtle", **AUTH}, timeout=60)
    assert r.status_code == 201, r.text
    for path in (f"/page/council/{KESTRELFORD}", "/page/council/E08000012", "/page/inspection/evil",
                 "/page/document/evil"):
        r = httpx.get(base + path, timeout=60)
        assert r.status_code in (200, 404), (path, r.status_code)
        page = parse(r.text)
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
        assert page.scripts <= before.scripts and not page.handlers, path
        bad = [h for h in page.hrefs if re.match(r"(?i)\s*(javascript|data|vbscript):", h)]
        assert not bad, (path, bad)
    council_page = httpx.get(f"{base}/page/council/{KESTRELFORD}", timeout=60).text
    assert "&lt;script&gt;" in council_page  # the value is there, as text


def test_page_urls_are_pages_here_or_http_addresses():
    from app.services.common import page_url
    base = "http://127.0.0.1:8000/"
    assert page_url("javascript:alert(1)", base) is None
    assert page_url("JavaScript:alert(1)", base) is None
    assert page_url("data:text/html,x", base) is None
    assert page_url("https://example.org/x", base) == "https://example.org/x"
    assert page_url(base + "id/council/E08000012", base) == "/page/council/E08000012"
