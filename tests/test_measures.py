"""A figure about the service read as good or bad news by what it measures (loaders/findings/measures.py),
on sentences of our own."""
from __future__ import annotations

import pytest

from loaders.findings import polarity
from loaders.findings.measures import measured_polarity


@pytest.mark.parametrize("sentence, expected", [
    ("Agency staff filled 27% of social work posts.", "negative"),
    ("Just 6% are from agencies.", "positive"),
    ("Child protection conferences were held on time in 96% of cases.", "positive"),
    ("Health assessments were completed on time in only 64% of cases.", "negative"),
    ("Children's own words were recorded in only 41% of the contacts inspectors looked at.", "negative"),
    ("Caseloads averaged 14.", "positive"),
    ("Some social workers hold caseloads of 30.", "negative"),
    ("Only 7% of children in care had three or more placements in the year.", "positive"),  # few of something unwanted
    ("Personal advisers have manageable caseloads of around 25 young people.", "positive"),  # not a social worker's level
    ("Independent reviewing officers hold an average caseload of 65 children.", None),
    ("Only 14% of the children are aged under four.", None),  # who they are, not how they are served
    ("In 2023, 61% of care leavers were in education, compared to just 45% nationally.", None),
    ("Caseloads are 18 on average.", None),  # between the levels: no verdict
])
def test_a_figures_measure_says_which_way_it_goes(sentence, expected):
    assert polarity(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # set against a standard: the nation's, a similar council's, the council's own target
    ("The average caseload for a Kestrelford social worker is 14 children, against a national figure closer to 20.", "positive"),
    ("Average caseloads in the children in need teams were 22, against a council target of 18.", "negative"),
    ("Some 71 per cent of Kestrelford's care leavers aged 19 to 21 are in education, employment or training, compared with 56 per cent nationally.", "positive"),
    ("Children waited an average of 402 days between entering care and moving in with their adoptive family, against 593 days across England.", "positive"),
    ("On average, children waited 14 months between entering care and moving in with their new family, against a national average of nearly 17 months.", "positive"),
    ("Placement instability, children with three or more moves within 12 months, is 14%, higher than the England average of 11%.", "negative"),
    # set against its own past
    ("Social workers now held an average of 19 cases, down from 26 at the time of the full inspection.", "positive"),
    ("The council had cut its use of agency social workers from 42% to 19% in two years.", "positive"),
    ("The proportion of children in care with an up-to-date care plan had risen to 88%.", "positive"),
    ("The number of children with a social worker from an agency had fallen, with 82% of posts now filled by permanent staff.", "positive"),
    # levels of more measures, and children left waiting
    ("42% of assessments were completed outside timescales.", "negative"),
    ("Nearly 25% of social work posts were vacant, and 44% of those filled were held by agency staff.", "negative"),
    ("In the past year, 91% of children in care lived in the same home for at least two years.", "positive"),
    ("At the end of March, 8% of looked after children had three or more placements in the previous year.", "positive"),
    ("Social workers in the assessment teams were holding an average of 24 children, and some more than 30.", "negative"),
    ("At the time of the inspection, 48 children were waiting for a social worker to be allocated.", "negative"),
    ("They found that 26 children had had four or more social workers in the past year.", "negative"),
    ("The proportion of care leavers in education, training and employment had fallen from 63% to 47%.", "negative"),  # (in any order)
    # figures that are not the service's level
    ("The director has promised that no social worker will hold more than 20 cases once the new team starts.", None),
    ("Agency use in children's social work fell to 17.6% nationally, the lowest since 2018.", None),
    ("Of these, 62% are placed with in-house foster carers and 38% with carers from independent fostering agencies.", None),
    ("Most young people secure EET opportunities and approximately 10% are attending higher education programmes.", None),
])
def test_a_figure_compared_or_changed_is_read_by_the_comparison(sentence, expected):
    assert polarity(sentence) == expected


def test_a_change_beside_the_figure_is_not_the_figures_change():
    assert measured_polarity("Caseloads averaged 24 despite reduced funding.") == "negative"  # the funding fell
    assert measured_polarity("Caseloads have been reduced to 15.") == "positive"


@pytest.mark.parametrize("sentence, expected", [
    ("Inspectors found 3 cases where risk had gone up and nobody had changed the plan.", "negative"),
    ("They help nobody.", "negative"),
    ("The service is open to children placed out of borough, ensuring that no one is excluded.", "positive"),
    ("Two care leavers were living in bed-and-breakfast accommodation during the inspection.", "negative"),
    ("Of the 212 files inspectors examined, 46 were sent back to managers for urgent action.", "negative"),
    ("Adoption is the standout.", "positive"),
])
def test_words_of_neglect_and_praise_a_reporter_uses(sentence, expected):
    assert polarity(sentence) == expected
