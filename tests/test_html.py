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


_WRITTEN = """<html><head><title>Kestrelford services improve</title>
<meta name="author" content="{author}"></head><body><article>
<h1>Kestrelford services improve, says Ofsted</h1>
<div class="byline">{byline}</div>
<figure><img src="a.jpg"><figcaption>Kestrelford Town Hall. <span class="credit">Photo: Ola Brandt</span></figcaption></figure>
<p>Kestrelford Borough Council's children's services have been rated good by Ofsted after an inspection in March, the report published on Friday says.</p>
<p>Inspectors said social workers knew the children they worked with well and that leaders had a clear understanding of practice.</p>
<p>The council said it would continue to invest in its social work academy, which trained 30 new social workers this year.</p>
</article></body></html>"""


def test_the_writer_and_the_photographer_the_page_credits_are_people(tmp_path):
    from loaders.extract import extract
    for author, byline, title in [("Jane Roe Chief Reporter", "By Jane Roe Chief Reporter", "chief reporter"),
                                  ("Jane Roe; Editor", "By Jane Roe, editor", "editor")]:
        page = tmp_path / "a.html"
        page.write_text(_WRITTEN.format(author=author, byline=byline), encoding="utf-8")
        doc = read_document(page)
        assert doc.meta["author"] == "Jane Roe" and doc.meta["captions"] == ["Kestrelford Town Hall. Photo: Ola Brandt"]
        people = {p["name"]: [r["title"] for r in p["roles"]] for p in extract(doc).to_json()["people"]}
        assert people["Jane Roe"] == [title] and people["Ola Brandt"] == ["photographer"]


def test_the_standfirst_under_the_headline_is_part_of_the_article(tmp_path):
    # the headline and standfirst in a header outside the <article>, where trafilatura leaves them out
    page = tmp_path / "b.html"
    page.write_text(_WRITTEN.format(author="Jane Roe", byline="By Jane Roe").replace(
        '<article>\n<h1>Kestrelford services improve, says Ofsted</h1>',
        '<header><h1>Kestrelford services improve, says Ofsted</h1>\n<p class="lede">Inspectors praise the council\'s '
        '\'ambitious and child-centred\' work with families</p></header><article>'), encoding="utf-8")
    assert "<header>" in page.read_text()
    lines = [l for l in read_document(page).text.splitlines() if l.strip()]
    assert lines[:2] == ["Kestrelford services improve, says Ofsted",
                         "Inspectors praise the council's 'ambitious and child-centred' work with families"]
    assert sum("ambitious and child-centred" in l for l in lines) == 1



def test_a_writer_linked_as_view_all_posts_and_a_credit_apart_from_any_caption(tmp_path):
    from loaders.extract import extract
    page = tmp_path / "c.html"
    page.write_text(_WRITTEN.format(author="View all posts by Jane Roe", byline="Jane Roe").replace(
        '<figure><img src="a.jpg"><figcaption>Kestrelford Town Hall. <span class="credit">Photo: Ola Brandt</span></figcaption></figure>',
        '<figure><img src="a.jpg"><span class="image-copyright"><span class="hidden">Image source, </span>Ola Brandt</span>'
        '<figcaption>Kestrelford Town Hall.</figcaption></figure>'), encoding="utf-8")
    doc = read_document(page)
    assert doc.meta["author"] == "Jane Roe"
    assert "Image source, Ola Brandt" in doc.meta["captions"]
    people = {p["name"]: [r["title"] for r in p["roles"]] for p in extract(doc).to_json()["people"]}
    assert people["Jane Roe"] == ["reporter"] and people["Ola Brandt"] == ["photographer"]


def test_a_table_of_grades_reads_as_lines_of_cells_and_grades_both_care_areas(tmp_path):
    from loaders.extract import extract
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Kestrelford stays good</title><meta property='article:published_time' content='2019-07-23'>"
                    "</head><body><article><h1>Kestrelford stays good</h1>"
                    "<p>Kestrelford Borough Council's children's services remain good following a short inspection by Ofsted.</p>"
                    "<p>The report, published on Friday, follows a one-week visit from 10 to 14 June.</p>"
                    "<table><thead><tr><th>Judgement</th><th>Grade</th></tr></thead><tbody>"
                    "<tr><td>Overall effectiveness</td><td>Good</td></tr>"
                    "<tr><td>The impact of leaders on social work practice with children and families</td><td>Outstanding</td></tr>"
                    "<tr><td>The experiences and progress of children in care and care leavers</td><td>Good</td></tr>"
                    "</tbody></table><p>Inspectors praised the council's edge-of-care service and its social workers.</p>"
                    "</article></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert "Overall effectiveness – Good" in doc.text and "|" not in doc.text
    [insp] = extract(doc).to_json()["inspections"]
    assert (insp["start"], insp["end"]) == ("2019-06-10", "2019-06-14")
    assert sorted((j["area"], j["grade"]) for j in insp["judgements"]) == [
        ("care_leavers", "good"), ("children_in_care", "good"), ("leadership", "outstanding"), ("overall", "good")]


def test_a_byline_broken_by_a_line_break_and_a_caption_paragraph_credit_their_people(tmp_path):
    from loaders.read import read_document
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Kestrelford services</title><meta name='author' content='Jo Pardoe'></head><body><article>"
                    "<h1>Kestrelford children's services require improvement</h1>"
                    "<p class='byline'>By Jo Pardoe<br>Friday, November 28, 2014</p>"
                    "<p class='caption'>The council's offices in the town centre. Picture: Mike Sherry</p>"
                    "<p>Services for vulnerable children in Kestrelford need to improve, according to a report by Ofsted. " * 3 +
                    "</p></article></body></html>", encoding="utf-8")
    meta = read_document(page).meta
    assert meta["byline"] == "By Jo Pardoe | Friday, November 28, 2014"
    assert "The council's offices in the town centre. Picture: Mike Sherry" in meta["captions"]
