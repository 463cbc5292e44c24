"""Recommendations: every item of a report's or letter's improvement list, as worded, with
themes and offsets; in the digest and as ikg:Recommendation in the document's graph."""
from __future__ import annotations

import json

from rdflib import Literal
from rdflib.namespace import RDF

from ikg.validate import shacl
from loaders.extract import extract
from loaders.read import read_document
from loaders.recommendations import recommendations
from loaders.to_rdf import to_rdf
from ontology import IKG, THEME, Minter

from tests.conftest import ROOT

ILACS = """Overall effectiveness: requires improvement to be good

What needs to improve?

• The timeliness of strategy discussions when children are at risk of
significant harm.
• Supervision that helps social workers reflect on children's plans.
(Outcome 3, national framework)

The experiences and progress of children who need help and
protection: requires improvement to be good

1. Children wait too long for a strategy discussion.
"""


def texts(text: str) -> list[str]:
    return [r.text for r in recommendations(text, "insp-1")]


def test_bullets_are_items_over_wrapped_lines_without_the_framework_reference():
    items = recommendations(ILACS, "insp-1")
    assert [r.text for r in items] == [
        "The timeliness of strategy discussions when children are at risk of significant harm.",
        "Supervision that helps social workers reflect on children's plans."]
    first = items[0]
    assert first.inspection == "insp-1" and "child_protection" in first.themes
    assert "supervision" in items[1].themes
    for r in items:  # the offsets point at the item itself, whitespace folded
        assert " ".join(ILACS[r.start:r.end].split()) == r.evidence == r.text


def test_focused_visit_heading_and_markers_on_lines_of_their_own():
    text = ("What needs to improve in this area of social work practice\n\n◼\n\n"
            "The quality of pathway plans for\ncare leavers.\n\n◼\n\nReturn home interviews for children who go missing.\n\n"
            "Main findings\n\nInspectors found most plans are up to date.\n")
    assert texts(text) == ["The quality of pathway plans for care leavers.",
                           "Return home interviews for children who go missing."]


def test_lists_without_blank_lines_end_at_the_next_heading():
    text = ("Areas for priority action\nThe local authority needs to act on the following:\n"
            "\uf0b7 the application of thresholds\nat the front door\n\uf0b7 management oversight of caseloads.\n"
            "Findings\nSocial workers know their children well.\n")
    assert texts(text) == ["the application of thresholds at the front door", "management oversight of caseloads."]


def test_older_framework_numbered_areas_for_improvement():
    text = ("What does the local authority need to improve?\nPriority and immediate action\n"
            "44. The inspection did not find any areas for priority and immediate action.\n"
            "Areas for improvement\n45. Ensure that all social workers have manageable caseloads. Review\n"
            "the duty system.\n46. Improve the timeliness of initial health assessments.\n"
            "Key strengths and weaknesses\n47. Children are seen promptly.\n")
    assert texts(text) == ["Ensure that all social workers have manageable caseloads. Review the duty system.",
                           "Improve the timeliness of initial health assessments."]


def test_a_contents_page_entry_is_no_list():
    assert texts("Contents\nRecommendations\n7\nSummary for children and young people\n8\n"
                 "The experiences and progress of children\n9\nLeadership\n10\nAbout this report\n") == []


def test_digest_and_graph_carry_recommendations_that_validate():
    doc = read_document(ROOT / "tests" / "fixtures" / "ofsted_ilacs_report.txt")
    digest = extract(doc)
    recs = digest.to_json()["recommendations"]
    assert len(recs) == 2 and recs[0]["inspection"] == digest.inspections[0].id
    json.dumps(digest.to_json())
    g = to_rdf(doc, digest, Minter("http://example.org/"))
    rs = list(g.subjects(RDF.type, IKG.Recommendation))
    assert len(rs) == 2
    for r in rs:
        wording = g.value(r, IKG.wording)
        assert Literal(str(wording)) in [Literal(x["text"]) for x in recs]
        assert g.value(r, IKG.evidence) is not None and g.value(None, IKG.recommendation, r) is not None
        assert set(g.objects(r, IKG.theme)) <= {THEME[t] for x in recs for t in x["themes"]}
    ok, violations = shacl(g)
    assert ok, violations


def test_news_digest_has_an_empty_list():
    doc = read_document(ROOT / "tests" / "fixtures" / "news_kestrelford_2025.txt")
    assert extract(doc).recommendations == []


def test_every_gold_recommendation_of_liverpool_is_found_verbatim(shared):
    gold = json.loads((shared / "gold" / "recommendations" / "liverpool.json").read_text())
    for report in gold["reports"]:
        doc = read_document(shared / "corpus" / "liverpool" / report["doc"])
        found = [r.text for r in extract(doc).recommendations]
        assert found == [r["text"] for r in report["recommendations"]], report["doc"]


def test_monitoring_letter_without_a_list_names_its_improvement_points():
    from loaders.recommendations import improvement_points
    from loaders.text import sentences
    text = ("Monitoring visit to Example Council children's services\n\n"
            "Children who go missing are seen promptly. There is a need to strengthen return home interviews so "
            "that risks are understood. Leaders recognised that there was a need to secure core practice first. "
            "Senior leaders understand what needs to happen. Supervision should focus more on children's plans.\n\n"
            "Findings and evaluation of progress\n\n"
            "Assessments need to be more timely.\n")
    got = [r.text for r in improvement_points(text, sentences(text), "insp-1")]
    assert got == ["There is a need to strengthen return home interviews so that risks are understood.",
                   "Supervision should focus more on children's plans."]
    assert improvement_points("No heading here. Plans should improve.", sentences("x"), None) == []


def test_monitoring_letter_in_the_digest_has_its_improvement_points(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Ms A Smith\nDirector of Children's Services\nKirklees Council\n\n"
                    "Dear Ms Smith\n\nMonitoring visit to Kirklees children's services\n\n"
                    "This letter summarises the findings of the monitoring visit to Kirklees children's services "
                    "on 5 and 6 March 2024.\n\n"
                    "Headline findings\n\nThere is a need to improve the timeliness of initial child protection "
                    "conferences for children at risk of harm.\n\n"
                    "Findings and evaluation of progress\n\nConferences are not always timely.\n")
    digest = extract(read_document(path)).to_json()
    assert digest["document"]["kind"] == "ofsted_letter"
    assert [r["text"] for r in digest["recommendations"]] == [
        "There is a need to improve the timeliness of initial child protection conferences for children at risk of harm."]
