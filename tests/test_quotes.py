"""Quotes and their speakers: before and after the quote, partial quotes, pronouns,
Ofsted as speaker, quotes over several paragraphs, scare quotes and debris left out."""
from __future__ import annotations

from loaders.debris import content_spans
from loaders.people import extract_people
from loaders.quotes import extract_quotes

COUNCIL = "Kestrelford Borough Council"


def quotes(text):
    spans = content_spans(text)
    people, mentions = extract_people(text, spans, council=COUNCIL)
    return extract_quotes(text, spans, mentions, people=people, council=COUNCIL)


def test_multi_paragraph_quote_is_one_quote_without_the_adverts_between():
    text = ("Councillor Helen Marsh, cabinet member for children's services, said: “This visit shows our progress.\n"
            "Advertisement\n"
            "Hide Ad“Our staff are committed to the very best services for children.\n"
            "“I firmly believe we are on track.”\n"
            "Comment Guidelines\n")
    [q] = quotes(text)
    assert q["speaker"] == "Helen Marsh"
    assert q["text"] == ("This visit shows our progress. Our staff are committed to the very best services "
                         "for children. I firmly believe we are on track.")
    assert len(q["spans"]) == 3
    for s, e in q["spans"]:
        assert "Advertisement" not in text[s:e] and "Hide Ad" not in text[s:e]


def test_straight_quotes_over_paragraphs():
    text = ('Steve Reed, director of children\'s services, said: "Since I was appointed, staff have impressed me.\n\n'
            '"We are focusing on the support we give to social workers."\n')
    [q] = quotes(text)
    assert q["speaker"] == "Steve Reed" and q["text"].endswith("support we give to social workers.")


def test_speaker_after_the_quote():
    text = "“We accept the findings in full and we are sorry,” said Cllr Helen Marsh.\n“We will act quickly,” she added.\n"
    qs = quotes(text)
    assert [(q["speaker"], q["text"][:9]) for q in qs] == [("Helen Marsh", "We accept"), ("Helen Marsh", "We will a")]


def test_partial_quote_in_reported_speech_and_pronoun():
    text = ("Cllr Liz Parsons, cabinet member for children's services, spoke to the committee.\n"
            "Addressing the report, Cllr Parsons said the findings were a “deeply concerning report” and a plan would follow.\n"
            "Speaking before committee members, she said, “As corporate parents, we're all responsible.”\n"
            "Jonathan Ellis, director of education, said the plan was “the starting point of the improvement journey”.\n")
    qs = [(q["speaker"], q["text"]) for q in quotes(text)]
    assert qs == [("Liz Parsons", "deeply concerning report"),
                  ("Liz Parsons", "As corporate parents, we're all responsible."),
                  ("Jonathan Ellis", "the starting point of the improvement journey")]


def test_ofsted_is_the_speaker_when_no_person_is_named():
    text = ("The response to missing children has improved, with Ofsted stating: “Workers are persistent in "
            "their efforts to talk to children when they return home.”\n"
            "The document added: “However, medical examinations are not always considered.”\n"
            "Inspectors said: “Senior leaders were aware of the shortfalls.”\n")
    qs = quotes(text)
    assert [q["speaker"] for q in qs] == ["Ofsted", "Ofsted", "Ofsted"]
    assert all(q["speaker_type"] == "ofsted" for q in qs)


def test_named_inspectors_speak_for_ofsted():
    text = ("Inspectors Kathryn Grant and Rebecca Doyle said since her appointment she has “continued to drive "
            "improvement with pace and a strong sense of purpose.”\n")
    [q] = quotes(text)
    assert q["speaker"] == "Kathryn Grant" and q["speakers"] == ["Kathryn Grant", "Rebecca Doyle"]
    assert q["speaker_type"] == "ofsted"


def test_scare_quotes_and_unattributed_phrases_are_not_quotes():
    text = ("The service was rated “inadequate” and inspectors cited “serious weaknesses” for children.\n"
            "Senior leaders are “acutely aware” more work is required.\n"
            "Social work is “not consistently strong enough” yet, according to inspectors.\n"
            "The watchdog said the council had shown “insufficient pace in tackling critical areas”.\n")
    assert quotes(text) == []


def test_debris_is_never_a_quote():
    text = ('READ MORE: "We were let down," says Kestrelford mum Jane Doe\n'
            "Don't miss the biggest stories by signing up to the “Kestrelford Daily” newsletter here\n"
            "Councillor Helen Marsh said: “We know there is more to do.”\n")
    assert [(q["speaker"], q["text"]) for q in quotes(text)] == [("Helen Marsh", "We know there is more to do.")]


def test_speaker_in_the_paragraph_before():
    text = ("In a statement, the council's director of children's services, Amara Okonkwo, said:\n"
            "“We accept the findings and we have already started to act on them.”\n")
    [q] = quotes(text)
    assert q["speaker"] == "Amara Okonkwo"


def test_organisations_speak_when_no_person_is_named():
    text = ("A Department for Education spokesperson said: “We will support the council to improve quickly.”\n"
            "In a statement, the council said: “We are sorry and we are determined to put this right.”\n")
    assert [(q["speaker"], q["speaker_type"]) for q in quotes(text)] == [
        ("Department for Education", "organisation"), (COUNCIL, "organisation")]
