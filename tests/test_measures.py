"""A figure about the service read as good or bad news by what it measures (loaders/findings/measures.py),
on sentences of our own."""
from __future__ import annotations

import pytest

from loaders.findings import polarity


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
    ("Inspectors found 3 cases where risk had gone up and nobody had changed the plan.", "negative"),
    ("They help nobody.", "negative"),
    ("The service is open to children placed out of borough, ensuring that no one is excluded.", "positive"),
    ("Two care leavers were living in bed-and-breakfast accommodation during the inspection.", "negative"),
    ("Of the 212 files inspectors examined, 46 were sent back to managers for urgent action.", "negative"),
    ("Adoption is the standout.", "positive"),
])
def test_words_of_neglect_and_praise_a_reporter_uses(sentence, expected):
    assert polarity(sentence) == expected
