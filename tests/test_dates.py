"""Dates at the precision the text gives (loaders/dates.py)."""
from __future__ import annotations

import pytest

from loaders.dates import find_dates, parse_date, parse_range, precision


@pytest.mark.parametrize("text, expected", [
    ("28 April 2025", "2025-04-28"),
    ("March 2023", "2023-03"),
    ("in 2019", "2019"),
    ("1st May 2019", "2019-05-01"),
    ("April 28, 2025", "2025-04-28"),
    ("2025-04-28", "2025-04-28"),
    ("no date here", None),
])
def test_single_dates_keep_their_precision(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("25 and 26 March 2025", ("2025-03-25", "2025-03-26")),
    ("13 to 24 March 2023", ("2023-03-13", "2023-03-24")),
    ("28 November to 2 December 2022", ("2022-11-28", "2022-12-02")),
    ("13 May to 24 May 2019", ("2019-05-13", "2019-05-24")),
    ("19 November–30 November 2018", ("2018-11-19", "2018-11-30")),
    ("6 November 2017 to 30 November 2017", ("2017-11-06", "2017-11-30")),
    ("20 May 2014 – 11 June 2014", ("2014-05-20", "2014-06-11")),
    ("on the 15 and 16 of May 2018", ("2018-05-15", "2018-05-16")),
    ("30 April and 1 May 2019", ("2019-04-30", "2019-05-01")),
    ("between 3 and 4 March 2021", ("2021-03-03", "2021-03-04")),
    ("28 December 2022 to 3 January 2023", ("2022-12-28", "2023-01-03")),
    ("January to March 2023", ("2023-01", "2023-03")),
    ("2018 to 2020", ("2018", "2020")),
    ("19 March 2019", ("2019-03-19", "2019-03-19")),
])
def test_ranges(text, expected):
    assert parse_range(text) == expected


def test_find_dates_gives_offsets_and_prefers_the_longest_reading():
    text = "The visit on 25 and 26 March 2025 followed the inspection in May 2023 and one in 2019."
    found = find_dates(text)
    assert [(d.first, d.last) for d in found] == [("2025-03-25", "2025-03-26"), ("2023-05", "2023-05"), ("2019", "2019")]
    assert text[found[0].start:found[0].end] == "25 and 26 March 2025"
    assert found[0].is_range and not found[1].is_range
    assert [d.first for d in find_dates(text, years=False)] == ["2025-03-25", "2023-05"]


def test_impossible_days_are_not_invented():
    assert parse_range("13 to 8 March 2023") != ("2023-03-13", "2023-03-08")
    assert parse_date("31 February 2023") == "2023-02"  # the day is impossible: only the month stands


def test_precision():
    assert [precision(v) for v in ("2023", "2023-03", "2023-03-13", None)] == ["year", "month", "day", None]
