"""What the council's people did, read from the dependency parse (loaders/actions.py), and the
responses it adds to Ofsted letters, on small texts of our own."""
from __future__ import annotations

import pytest

from loaders.parse import Parsed, dependency_parser
from loaders.text import sentences

pytestmark = pytest.mark.skipif(dependency_parser() is None, reason="spaCy's small English model is not installed")

COUNCIL = "Kestrelford Borough Council"


def acted(sentence: str) -> str | None:
    from loaders.actions import candidate, reported_action
    if not candidate(sentence):
        return None
    tok = reported_action(dependency_parser()(sentence))
    return tok.text if tok is not None else None


@pytest.mark.parametrize("sentence, verb", [
    # the actor far from its verb, through a verb of setting out
    ("Senior leaders in Kestrelford, together with the safeguarding partnership, have started to introduce a new neglect screening tool.", "introduce"),
    ("The local authority plans to move the oversight of young carers to the early help service next spring.", "move"),
    ("Kestrelford's leaders are seeking to stabilise the workforce through a new recruitment campaign.", "stabilise"),
    ("The director of children's services has recently extended the remit of the edge-of-care team to 18-year-olds.", "extended"),
    ("Managers in Kestrelford are now focusing on the quality of pathway plans for older care leavers.", "focusing"),
    # a passive, whoever acted
    ("Effective arrangements were established with the Kestrelford schools to share attendance information daily.", "established"),
    ("A new performance framework for the Kestrelford front door has recently been put in place.", "put"),
    ("Appropriate action has now been taken to reduce the number of children waiting for an assessment.", "taken"),
    # a verb of its own joined to a sentence about something else
    ("Leaders understand the scale of the task in Kestrelford and have begun to restructure the fostering service.", "restructure"),
    # trying a thing out and reshaping a service are actions too
    ("The local authority is currently piloting a health passport for Kestrelford's care leavers.", "piloting"),
    ("The local authority recently remodelled its early help services in the north of Kestrelford.", "remodelled"),
    # hosting, moving arrangements on, working hard at something
    ("Since December 2017, the local authority has hosted the regional adoption agency for Kestrelford.", "hosted"),
    ("The local authority has smoothly transitioned its adoption partnership into a regional adoption agency.", "transitioned"),
    ("The director and the senior team have worked diligently to develop a stable workforce in Kestrelford.", "worked"),
])
def test_an_action_in_any_order(sentence, verb):
    assert acted(sentence) == verb


@pytest.mark.parametrize("sentence", [
    "Leaders have developed a good understanding of the quality of practice in Kestrelford.",   # what they know
    "Leaders should establish a quality assurance framework that looks at children's experiences.",  # asked for
    "Senior managers have not yet introduced a tracker for children in pre-proceedings.",      # denied
    "Managers regularly review caseloads to make sure that they are manageable.",              # routine practice
    "In most cases, plans for permanence were appropriately developed with families in Kestrelford.",  # casework
    "Since I was appointed last year, the service in Kestrelford has changed beyond recognition.",  # a person's post
    "The inspection framework, which was introduced in 2018, has three graded judgements.",    # Ofsted's, not the council's
    "Records do not show whether any changes have been made to reflect children's views.",     # in doubt
    "Partnership working across Kestrelford has strengthened during the last year.",           # a trend, done to nothing
    "Social workers have developed warm and trusting relationships with the children they support.",  # not the council's actors
    "Leaders in Kestrelford have a clear view of the service's strengths.",                    # having, not doing
    "A local authority that is inadequate is providing services where children are left at risk.",  # the judgement's definition
])
def test_no_action(sentence):
    assert acted(sentence) is None


@pytest.mark.parametrize("sentence, noun", [
    # an action named as a thing, recent or specific, that the sentence says had an effect
    ("The recent co-location of early help workers in the Kestrelford hub is beginning to address this.", "co"),  # (the first of its three tokens)
    ("The recruitment of new foster carers is helping Kestrelford's children to live closer to their schools.", "recruitment"),
    ("Waiting times for assessments have fallen sharply due to increased investment in the duty team.", "investment"),
    ("The introduction of a weekly tracking meeting has reduced drift for children in pre-proceedings.", "introduction"),
])
def test_an_action_named_as_a_thing(sentence, noun):
    assert acted(sentence) == noun


@pytest.mark.parametrize("sentence", [
    "The recruitment of experienced social workers remains a challenge for Kestrelford.",        # how it stands
    "The recruitment and assessment of prospective adopters is done well in Kestrelford.",       # judged, in the passive
    "Recruitment of foster carers has helped to widen the choice of homes in Kestrelford.",     # neither recent nor specific
    "The late development of early help services means that demand in Kestrelford is high.",    # a failing
    "The development of children's language is carefully tracked by Kestrelford's health visitors.",  # a passive, casework
    "However, the commissioning of services for looked after children in Kestrelford is still a work in progress.",  # misparsed "looked"
    "For example, the development of the early help offer is a key priority in Kestrelford's plan.",  # a priority, not an effect
    "The development of meaningful relationships with children results in social workers knowing them well.",  # practice
])
def test_no_action_named_as_a_thing(sentence):
    assert acted(sentence) is None


LETTER = (
    "Senior leaders in Kestrelford, together with health partners, have started to introduce a neglect toolkit for all practitioners.\n"
    "Effective systems were established with schools to keep in touch with children who were not attending.\n"
    "Leaders have developed a realistic understanding of where practice needs to improve.\n"
    "Managers regularly review the caseloads of newly qualified social workers.\n"
)


def test_a_letter_gets_the_actions_its_parse_reports_as_responses():
    from loaders.responses import extract_responses
    parsed = Parsed(LETTER)
    got = extract_responses(sentences(LETTER), COUNCIL, parse=parsed.dependencies)
    assert [(r.kind, r.actor, r.evidence.split()[0]) for r in got] == [("action", COUNCIL, "Senior"), ("action", COUNCIL, "Effective")]
    assert extract_responses(sentences(LETTER), COUNCIL) == []  # the trigger patterns alone know neither shape


def test_parsing_many_sentences_at_once_gives_the_same_parses():
    one, many = Parsed(LETTER), Parsed(LETTER)
    spans = sentences(LETTER)
    many.parse_many(spans)
    assert [[(t.text, t.dep_, t.head.i) for t in many.dependencies(sp.start, sp.end)] for sp in spans] == \
        [[(t.text, t.dep_, t.head.i) for t in one.dependencies(sp.start, sp.end)] for sp in spans]


def test_news_reads_the_councils_own_words_and_letters_an_inspectors():
    from loaders.pipeline_config import PROFILES
    assert PROFILES["news"]["settings"]["actions"] == "own_words"
    assert PROFILES["ofsted_letter"]["settings"]["actions"] == PROFILES["ofsted_report"]["settings"]["actions"] == "parse"
