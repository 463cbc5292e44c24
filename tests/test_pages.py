"""HTML pages over the examples: every page renders, has the search box, and every fact
links to the sentence it came from; the document page highlights each sentence at its
offsets."""
from __future__ import annotations

import html
import re
import warnings

import pytest
from fastapi.testclient import TestClient

from test_api_data import KESTRELFORD, examples_store, make_app

warnings.filterwarnings("ignore", category=DeprecationWarning)

LETTER = "kestrelford-monitoring-letter-2025"


@pytest.fixture(scope="module")
def client():
    store, settings = examples_store()
    return TestClient(make_app(store, settings))


def page(client, path: str) -> str:
    r = client.get(path)
    assert r.status_code == 200, (path, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    text = r.text
    assert '<form class="search" action="/search"' in text and 'name="q"' in text, path
    assert "<script" not in text, path  # usable without JavaScript
    return text


def test_home(client):
    text = page(client, "/")
    assert f'href="/page/council/{KESTRELFORD}"' in text
    assert "documents" in text and "triples" in text and "Last load" in text
    assert f'href="/page/document/{LETTER}"' in text


def test_lists(client):
    assert "Kestrelford" in page(client, "/councils")
    assert LETTER in page(client, "/documents")
    assert "Amara Okonkwo" in page(client, "/people")
    assert "Amara Okonkwo" in page(client, "/people?name=amara") and "Helen Marsh" not in page(client, "/people?name=amara")


def test_council_page_has_a_timeline_chart_and_themes(client):
    text = page(client, f"/page/council/{KESTRELFORD}")
    svg = re.search(r"<svg class=\"timeline\".*?</svg>", text, re.S)
    assert svg, "an inline SVG timeline"
    events = re.findall(r'<a href="(/page/inspection/[^"]+)" class="event">', svg.group())
    assert len(events) >= 2
    assert "<circle" in svg.group()  # a judgement
    assert 'class="list themes"' in text and re.search(r'class="status s-(raised|persisting|improving|resolved|strength)"', text)
    for href in set(events):
        assert client.get(href).status_code == 200


def test_inspection_page_links_every_finding_to_its_sentence(client):
    visit = next(e for e in client.get("/api/inspections").json() if e["type"] == "monitoring_visit" and e["inspectors"])
    text = page(client, f"/page/inspection/{visit['id']}")
    assert "Daniel Ashworth" in text
    items = re.findall(r'<li class="finding.*?</li>', text, re.S)
    assert items
    for item in items:
        assert re.search(r'href="/page/finding/[^"]+"', item)
        assert re.search(r'class="src" href="/page/document/[^"#]+#char=\d+-\d+"', item), item
    assert client.get("/page/inspection/no-such-thing").status_code == 404


def test_inspection_page_shows_a_sentence_once_with_all_its_themes(client):
    # the data has one finding per sentence and theme; the page one card per sentence
    visit = next(e for e in client.get("/api/inspections").json() if e["type"] == "monitoring_visit" and e["inspectors"])
    findings = client.get(f"/api/inspections/{visit['id']}").json()["findings"]
    themes: dict[str, set] = {}
    for f in findings:
        themes.setdefault(f["text"], set()).add(f["theme"])
    text, themed = max(themes.items(), key=lambda kv: len(kv[1]))
    assert len(themed) >= 2
    items = re.findall(r'<li class="finding.*?</li>', page(client, f"/page/inspection/{visit['id']}"), re.S)
    cards = [i for i in items if html.escape(text) in i or text in html.unescape(i)]
    assert len(cards) == 1
    assert set(re.findall(r'href="/page/theme/([^"]+)" class="theme-tag"', cards[0])) == themed
    assert len(items) == len({(f["polarity"], f["text"]) for f in findings})  # a mixed sentence is in both lists


def test_finding_page_shows_its_evidence(client):
    f = client.get("/api/concerns", params={"limit": 1}).json()[0]
    text = page(client, f"/page/finding/{f['id']}")
    assert html.escape(f["text"], quote=False) in text or f["text"] in html.unescape(text)
    assert f'href="/page/document/{f["document"]}#char={f["char"]}"' in text


def test_document_page_highlights_each_sentence_at_its_offsets(client):
    text = page(client, f"/page/document/{LETTER}")
    body = re.search(r'<article class="doctext" lang="en">(.*?)</article>', text, re.S).group(1)
    plain = html.unescape(re.sub(r"<sup class=\"facts\">.*?</sup>", "", re.sub(r"<(?!sup|/sup)[^>]+>", "", body)))
    plain = re.sub(r"<[^>]+>", "", plain)
    stored = client.get("/api/queries/document_text", params={"document": LETTER}).json()[0]["text"]
    assert plain == stored  # the marks only wrap the text, at the right places
    digest = client.get(f"/api/documents/{LETTER}").json()
    for f in digest["concerns"] + digest["improvements"]:
        start, end = f["span"]
        anchor = f'id="char={start}-{end}"'
        assert anchor in text, anchor
        assert stored[start:end] == f["evidence"]
        assert f'href="/page/finding/{f["id"]}"' in text
    assert 'class="hl-person" href="/page/person/daniel-ashworth"' in text
    assert '<time' in text


def test_person_page(client):
    text = page(client, "/page/person/helen-marsh")
    assert "Helen Marsh" in text and "Quotes" in text
    assert re.search(r'<blockquote class="quote">.*?href="/page/document/[^"]+#char=\d+-\d+"', text, re.S)
    text = page(client, "/page/person/amara-okonkwo")
    assert "Posts over time" in text and re.search(r'href="/page/document/[^"]+#char=\d+-\d+"', text)
    assert "2022-03 – 2025-10-14" in text  # appointed March 2022; last shown in post by the October letter
    assert client.get("/page/person/no-one-at-all").status_code == 404


def test_theme_pages_and_vocabulary(client):
    text = page(client, "/page/theme/supervision")
    assert f'href="/page/council/{KESTRELFORD}#themes"' in text
    assert re.search(r'href="/page/document/[^"]+#char=\d+-\d+"', text)
    assert "workforce" in page(client, "/themes")
    text = page(client, "/ontology")
    assert "ikg:Council" in text and 'href="/ontology/Council"' in text
    assert "org:FormalOrganization" in page(client, "/ontology/Council")
    assert client.get("/page/theme/nonsense").status_code == 404


def test_search_page(client):
    text = page(client, "/search?q=caseloads")
    assert "<mark>" in text.lower() or "<mark>Caseloads" in text
    assert re.search(r'<li class="hit k-finding">.*?href="/page/document/[^"]+#char=\d+-\d+"', text, re.S)
    assert "at least two" in page(client, "/search?q=x")


def test_search_page_lists_the_best_hits_and_says_how_many(client, monkeypatch):
    from app import pages
    monkeypatch.setattr(pages, "SEARCH_PAGE_HITS", 3)
    api = client.get("/api/search", params={"q": "children", "limit": 3})
    total = int(api.headers["X-Total-Count"])
    assert total > 3
    text = page(client, "/search?q=children")
    assert f"{total} results for" in text and "the best 3 below" in text
    shown = re.findall(r'<li class="hit k-\w+">.*?href="([^"]+)"', text, re.S)
    assert shown == [h["url"] for h in api.json()]


def test_any_resource_has_a_page(client):
    for path in ("/page/council/E99000001", f"/page/document/{LETTER}"):
        page(client, path)
    tenure = re.search(r'href="/page/(tenure/[^"]+)"', page(client, f"/page/document/{LETTER}"))
    assert tenure
    text = page(client, "/page/" + tenure.group(1))
    assert "Evidence" in text and "#char=" in text
    assert client.get("/page/nothing/here").status_code == 404
    assert client.get("/page/../etc/passwd").status_code == 404


def test_a_council_no_document_is_about_still_has_a_page(client):
    text = page(client, "/page/council/E06000001")
    assert "Hartlepool" in text and "ikg:onsCode" in text


def test_theme_page_with_undated_findings():
    """A finding with no date (a document with no date, no inspection) must not break the page."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS
    from ikg.store import OxigraphStore
    from ontology import IKG, THEME
    from test_api_data import BASE, load_examples
    from ontology import Minter
    from ikg.config import Settings
    from rdflib import Graph

    store = OxigraphStore(None)
    load_examples(store, Minter(BASE))
    g = Graph()
    F = URIRef(BASE + "id/finding/undated-1")
    for t in ((F, RDF.type, IKG.Concern), (F, IKG.theme, THEME.workforce), (F, IKG.polarity, Literal("negative")),
              (F, RDFS.label, Literal("Undated concern about the workforce.")),
              (F, IKG.council, URIRef(BASE + "id/council/" + KESTRELFORD))):
        g.add(t)
    store.replace_graph(BASE + "id/document/undated", g)
    c = TestClient(make_app(store, Settings(store="memory", base_iri=BASE)))
    text = page(c, "/page/theme/workforce")
    assert "Undated concern about the workforce." in text
    assert c.get(f"/page/council/{KESTRELFORD}").status_code == 200
    assert c.get(f"/api/councils/{KESTRELFORD}/themes").status_code == 200


def test_conflicts_page(client):
    text = page(client, "/conflicts")
    assert "Where sources disagree" in text
    for c in client.get("/api/conflicts").json():
        assert c["subject_id"] in text


def test_pages_escape_what_they_echo(client):
    text = page(client, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    r = client.get("/people?name=%22%3E%3Cscript%3Ex")
    assert r.status_code == 200 and "<script" not in r.text


def test_council_page_lists_each_post_once_however_the_documents_word_it(client):
    # the letter says "Director of Children's Services", a news article "director of children's services":
    # one post, since the date the article gives, resting on both sentences
    text = page(client, f"/page/council/{KESTRELFORD}")
    people = re.search(r'<section id="people">.*?</section>', text, re.S).group()
    amara = re.search(r"<li><a href=\"/page/person/amara-okonkwo\">.*?</li>", people, re.S).group()
    assert html.unescape(amara).lower().count("director of children's services") == 1
    assert "(since 2022-03)" in amara
    assert {f"/page/document/{LETTER}", "/page/document/kestrelford-news-2025-01-30"} <= \
        {h.split("#")[0] for h in re.findall(r'class="src" href="([^"]+)"', amara)}


def test_concerns_and_improvements_are_counted_as_sentences(client):
    # a sentence under three themes is three findings but one concern, in the API and the timeline
    visit = next(e for e in client.get("/api/inspections").json() if e["type"] == "monitoring_visit" and e["inspectors"])
    ev = client.get(f"/api/inspections/{visit['id']}").json()
    negative = [f for f in ev["findings"] if f["polarity"] == "negative"]
    assert ev["concerns"] == len({f["sentence"] for f in negative}) < len(negative)
    assert ev["improvements"] == len({f["sentence"] for f in ev["findings"] if f["polarity"] == "positive"})
    timeline = client.get(f"/api/councils/{KESTRELFORD}/timeline").json()["events"]
    assert next(e for e in timeline if e["id"] == visit["id"])["concerns"] == ev["concerns"]
    assert f'Concerns <span class="muted">{ev["concerns"]}</span>' in page(client, f"/page/inspection/{visit['id']}")
