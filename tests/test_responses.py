"""Responses: what the council, a trust or the government did or promised after an inspection,
on small texts of our own."""
from __future__ import annotations

from loaders.debris import content_spans
from loaders.responses import extract_responses

COUNCIL = "Kestrelford Borough Council"


def responses(text):
    return [(r["kind"], r["actor"]) for r in extract_responses(content_spans(text), COUNCIL)]


def test_government_intervention_is_a_response():
    text = ("The Department for Education will appoint a commissioner to work with the council on its children's services.\n"
            "The service has been placed in special measures until the end of next year.\n")
    assert responses(text) == [("intervention", "Department for Education"), ("intervention", COUNCIL)]


def test_what_the_council_promises_or_says_it_is_doing():
    text = ("“We will act on every one of the inspectors' findings without delay,” said the council leader.\n"
            "The council said it was disappointed by the findings and was already reviewing every open case.\n"
            "Kestrelford Council vowed to restore a good rating for its children as soon as it possibly could.\n")
    assert [k for k, _ in responses(text)] == ["promise", "statement", "promise"]


def test_an_expectation_or_a_demand_is_not_a_response():
    text = ("I am pleased with our progress and am confident we will deliver further improvements this year.\n"
            "Opposition councillors said the council must recruit more permanent social workers.\n")
    assert responses(text) == []
