"""News phrasing met in real articles of councils and outlets the dev sets do not hold
(headline verbs, rankings, a worsening service, a council's own committee), on small
original texts about the fictional Kestrelford Borough Council."""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.findings import polarity
from loaders.read import read_document


def digest(tmp_path, text: str) -> dict:
    p = tmp_path / "article.txt"
    p.write_text(text, encoding="utf-8")
    d = extract(read_document(p))
    return d.to_json()


@pytest.mark.parametrize("sentence, expected", [
    ("The average wait for adoption has worsened since the last visit.", "negative"),
    ("Inspectors said the timeliness of strategy meetings is worsening.", "negative"),
    ("Family hubs prevent many families' difficulties worsening.", "positive"),
    # what an earlier inspection judged is history: "which judged them overall to be inadequate"
    ("Services have improved markedly since the last inspection in 2019, which judged them overall to be inadequate.", "positive"),
    ("Leaders have acted to reduce a reliance on agency social workers.", "positive"),
])
def test_worsening_history_and_reliance(sentence, expected):
    assert polarity(sentence) == expected


ARTICLE = """Ofsted praises Kestrelford for its work with care leavers

Kestrelford Borough Council's children's services have been rated 'good' by Ofsted, putting them in the top 20 per cent of councils in the region.

The inspectors found that personal advisers know their young people well.

Councillor Maya Ferrant, Chair of the Council's Children's Services Committee, said: "Our staff have earned this."
"""


def test_praise_headline_ranking_and_the_councils_committee(tmp_path):
    d = digest(tmp_path, ARTICLE)
    evidence = [f["evidence"] for f in d["improvements"]]
    assert any(e.startswith("Ofsted praises Kestrelford") for e in evidence)
    assert any("top 20 per cent" in e for e in evidence)
    roles = [r for p in d["people"] if p["name"] == "Maya Ferrant" for r in p["roles"]]
    assert roles and roles[0]["organisation"] == "Kestrelford Borough Council"
    assert "Committee" in roles[0]["title"]


def test_grades_that_are_not_judgements_and_areas_listed_with_in_addition_to():
    from loaders.inspections.news import grade_mentions
    assert ("outstanding", "overall") not in [(g, a) for g, a, _ in grade_mentions(
        "Kestrelford's service for families was rated 'good' with 'outstanding' features by Ofsted.")]
    found = [(g, a) for g, a, _ in grade_mentions(
        "The changes led to inspectors rating leadership, management and governance, in addition to adoption, as \"good\".")]
    assert ("good", "leadership") in found and ("good", None) in found


def test_a_removed_inadequate_rating_is_progress():
    assert polarity("Inspectors have removed Kestrelford's 'inadequate' rating after seeing steady improvements.") == "positive"
    assert polarity("The council's strongest performing teams were praised.") == "positive"


HYPHEN_LIST = """Kestrelford children's services still have work to do

Ofsted inspectors visited Kestrelford Borough Council in May.

Areas that still need to improve include:

- The timeliness of initial child protection conferences

- Ensuring every child in care has an up-to-date health assessment
"""


def test_hyphen_bullets_after_a_judging_line_are_concerns_without_their_marker(tmp_path):
    d = digest(tmp_path, HYPHEN_LIST)
    evidence = {c["evidence"] for c in d["concerns"]}
    assert "The timeliness of initial child protection conferences" in evidence
    assert "Ensuring every child in care has an up-to-date health assessment" in evidence


FRAMEWORK = """Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated 'good' by Ofsted, following an inspection in March 2016.

The report was published today (Tuesday, 10 May 2016) and praises the work of social workers.

No council in the region has been judged 'outstanding' since the new inspection framework started in November 2013.
"""


def test_a_spelled_out_publication_date_and_a_frameworks_start(tmp_path):
    d = digest(tmp_path, FRAMEWORK)
    assert [i["start"] for i in d["inspections"]] == ["2016-03"]
    assert d["inspections"][0]["published"] == "2016-05-10"
