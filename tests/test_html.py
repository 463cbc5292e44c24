"""Reading a news web page: the article's own text and its metadata, not the page around it."""
from __future__ import annotations

import json
from pathlib import Path

from loaders.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "news_kestrelford_2025.html"


def test_metadata_from_the_page():
    doc = read_document(PAGE)
    assert doc.format == "html"
    assert doc.title == "Kestrelford children's services 'moving in the right direction', says Ofsted"
    assert doc.published == "2025-11-12"
    assert doc.meta["source"] == "https://news.example/kestrelford/childrens-services-right-direction"


def test_page_furniture_is_left_out():
    text = read_document(PAGE).text
    # the headline (the page's <h1>, which trafilatura leaves out) opens the text, as in a text copy
    assert text.startswith("Kestrelford children's services 'moving in the right direction', says Ofsted\n\n"
                           "Kestrelford Borough Council's children's services are moving in the right direction")
    assert text.count("moving in the right direction', says Ofsted") == 1
    for junk in ("cookies", "Accept all", "Sign in", "What's On", "Most read", "Road closures",
                 "All rights reserved", "Terms and conditions", "Subscribe", "Email address"):
        assert junk not in text, junk


def test_list_items_become_bullets():
    text = read_document(PAGE).text
    assert "• £4.2 million – extra investment in children's social care" in text
    assert "\n- " not in text


def test_same_text_as_the_plain_text_article():
    html = read_document(PAGE).text
    txt = read_document(FIXTURES / "news_kestrelford_2025.txt").text
    body = [l for l in html.splitlines() if l.strip()]
    assert all(l.replace("• ", "") in txt for l in body)


def test_sidecar_and_published_override(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Council story</title></head><body><article>"
                    + "<p>The council's children's services were rated good by Ofsted inspectors after a visit.</p>"
                    + "<p>Inspectors praised the front door, where referrals are handled quickly and well.</p>"
                    + "<p>Caseloads have fallen since the council recruited more permanent social workers.</p>"
                    + "</article></body></html>", encoding="utf-8")
    assert read_document(page).published is None
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "2024-03-01", "title": "A title"}))
    doc = read_document(page)
    assert (doc.published, doc.title) == ("2024-03-01", "A title")
    assert read_document(page, published="2024-04-02").published == "2024-04-02"


def test_sidecar_named_after_the_whole_file_name(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text("Inspectors praised the council's front door, where referrals are handled quickly and well.\n"
                    "Caseloads have fallen since the council recruited more permanent social workers.\n", encoding="utf-8")
    (tmp_path / "story.txt.meta.json").write_text(json.dumps({"published": "2023-04-18"}))
    assert read_document(page).published == "2023-04-18"
