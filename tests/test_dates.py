"""Dates at the precision the text gives (loaders/dates.py)."""
from __future__ import annotations

import pytest

from loaders.dates import (counted_years, date_line, dateline, find_dates, months_between, normalise_iso, parse_date,
                           parse_range, precision, relative_dates, resolve_after, resolve_date, spell_numeric_dates,
                           with_years, yearless_ranges)


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
    ("15, 16 and 21 July 2025", ("2025-07-15", "2025-07-21")),  # a visit over days listed
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


def test_a_financial_or_school_year_is_dated_by_its_first_year_not_read_as_a_month():
    assert [(d.text, d.first) for d in find_dates("spent in 2017-18, and 2011-12, not 2019-03")] == [
        ("2017", "2017"), ("2011", "2011"), ("2019-03", "2019-03")]
    assert [d.first for d in find_dates("a focused visit in 2019/20")] == ["2019"]


def test_impossible_days_are_not_invented():
    assert parse_range("13 to 8 March 2023") != ("2023-03-13", "2023-03-08")
    assert parse_date("31 February 2023") == "2023-02"  # the day is impossible: only the month stands


def test_precision():
    assert [precision(v) for v in ("2023", "2023-03", "2023-03-13", None)] == ["year", "month", "day", None]


# ---------------------------------------------------------------- absolute forms in sentences

@pytest.mark.parametrize("sentence, expected", [
    ("Inspectors were on site from 10 to 21 July 2023 and met leaders.", ("2023-07-10", "2023-07-21")),
    ("The inspection ran from 29 January to 9 February 2018, with two inspectors.", ("2018-01-29", "2018-02-09")),
    ("Inspection dates: 11 May to 22 May 2026", ("2026-05-11", "2026-05-22")),
    ("The visit took place on 30 and 31 January.", None),  # no year: not an absolute date
])
def test_absolute_ranges_in_sentences(sentence, expected):
    found = find_dates(sentence, years=False)
    assert ((found[0].first, found[0].last) if found else None) == expected


def test_numeric_dates_are_spelt_out_so_ranges_read():
    assert spell_numeric_dates("12/09/2016 to 23/09/2016") == "12 september 2016 to 23 september 2016"
    assert parse_range(spell_numeric_dates("12/09/2016 to 23/09/2016")) == ("2016-09-12", "2016-09-23")
    assert spell_numeric_dates("on 31/13/2016") == "on 31/13/2016"  # no thirteenth month


def test_days_without_a_year_take_the_base_dates_year():
    sentence = "Inspectors visited on 30 and 31 January."
    assert parse_range(with_years(sentence, "2018-02-14")) == ("2018-01-30", "2018-01-31")
    # a month after the base date's month is last year's
    assert parse_range(with_years("The visit on 4 and 5 December.", "2018-02-14")) == ("2017-12-04", "2017-12-05")
    assert with_years(sentence, None) == sentence


def test_a_line_that_is_only_a_date():
    assert date_line("  28 April 2025 ") == "2025-04-28"
    assert date_line("Visit of 28 April 2025 to the council") is None
    assert date_line("April 2025") is None  # a letter's date gives its day


def test_datelines_and_metadata_dates():
    assert dateline("Published: 3 May 2024") == "2024-05-03"
    assert dateline("Wednesday, 12 June 2024, 10:30 am") == "2024-06-12"
    assert dateline("Councillors met in May 2024") is None
    assert dateline("| 20 December 2018") == "2018-12-20"  # a separator the page left before it
    assert dateline("- 20 children were seen") is None
    assert dateline("Wed 13 Nov 2019 18.01 GMT") == "2019-11-13"  # a weekday abbreviated, a time after
    assert dateline("Wed is 13 Nov 2019") is None
    assert dateline("on June 17, 2021 in Children, Looked after children") == "2021-06-17"  # a byline's second line
    assert normalise_iso("2024-02-29T08:00:00Z") == "2024-02-29"
    assert normalise_iso("3 May 2024") == "2024-05-03"
    assert normalise_iso(None) is None


def test_months_between():
    assert months_between("2023-03", "2023-05") == 2
    assert months_between("2022-11-28", "2023-01-10") == 2
    assert months_between("2023", "2023-05") == 0 and months_between("2022", "2023-05") == 99


# ---------------------------------------------------------------- relative to a base date

@pytest.mark.parametrize("words,published,expected", [
    ("last May", "2024-07-05", "2023-05"),
    ("Last November", "2025-11-12", "2024-11"),
    ("in March", "2023-07-14", "2023-03"),
    ("in October", "2025-02-01", "2024-10"),
    ("earlier this year", "2023-07-14", "2023"),
    ("last year", "2024-06", "2023"),
    ("a year ago", "2024-06-30", "2023-06"),
    ("next year", "2025-11-12", "2026"),
    ("last month", "2025-01-10", "2024-12"),
    ("November 6", "2025-11-12", "2025-11-06"),
    ("28 April", "2025-05-02", "2025-04-28"),
    ("on Friday", "2024-07-10", "2024-07-05"),      # a Wednesday article
    ("last Friday", "2022-07-22", "2022-07-15"),    # a Friday article: the week before
    ("last week", "2023-11-03", "2023-10"),         # some day of the week before: its month
    ("on Friday", "2022-07-22", "2022-07-22"),      # ... but "on Friday" is that day
    ("yesterday", "2024-07-10", "2024-07-09"),
    ("on Friday", "2024-07", None),                 # a weekday needs the day
    ("August 2023", None, "2023-08"),       # absolute: no document date needed
    ("last May", None, None),               # relative, no document date: never guessed
    ("earlier this year", None, None),
    ("in September", None, None),
    ("in January last year", "2025-05-15", "2024-01"),   # a month of a counted year
    ("March this year", "2025-05-15", "2025-03"),
    ("two years ago", "2025-05-15", "2023"),             # counted back from the document's date
    ("three months ago", "2025-02-15", "2024-11"),
    ("two years ago", None, None),
])
def test_relative_dates(words, published, expected):
    assert resolve_date(words, published) == expected


def test_months_in_other_words_are_found_and_resolved():
    got = [(w, v) for _, _, v, w in relative_dates(
        "Following an inspection undertaken over the course of June, and checks throughout May, the review ended.", "2014-08-08")]
    assert got == [("over the course of June", "2014-06"), ("throughout May", "2014-05")]


def test_a_month_of_last_year_is_one_relative_date():
    got = [(w, v) for _, _, v, w in relative_dates(
        "The council was rated inadequate in January last year, and a focused visit two years ago had warned it.", "2025-05-15")]
    assert got == [("in January last year", "2024-01"), ("two years ago", "2023")]


def test_years_counted_on_from_a_year_already_given():
    assert counted_years("Three years later this rating was 'Requires Improvement'.", 2014) == [(0, "2017")]
    assert counted_years("Two years earlier it had been good.", 2019) == [(0, "2017")]
    assert counted_years("Three years later it improved.", None) == []
    assert counted_years("Two years on, the service is good.", 2019) == [(0, "2021")]
    assert counted_years("It will spend £900,000 over two years on an academy.", 2022) == []  # a span of time


def test_future_months_look_forward():
    assert resolve_date("in September", "2023-07-14", future=True) == "2023-09"
    assert resolve_date("in March", "2023-07-14", future=True) == "2024-03"


def test_relative_forms_in_sentences_with_and_without_a_base_date():
    sentence = "The council was rated inadequate last May, and inspectors returned earlier this year."
    assert [(w, v) for _, _, v, w in relative_dates(sentence, "2024-07-05")] == \
        [("last May", "2023-05"), ("earlier this year", "2024")]
    assert [(w, v) for _, _, v, w in relative_dates(sentence, None)] == [("last May", None), ("earlier this year", None)]
    assert [(w, v) for _, _, v, w in relative_dates("A visit last month, then one in March.", "2024-07-05")] == \
        [("last month", "2024-06"), ("in March", "2024-03")]
    assert [(w, v) for _, _, v, w in relative_dates("A visit last month, then one in March.", None)] == \
        [("last month", None), ("in March", None)]


def test_yearless_ranges_resolve_against_the_base_date():
    assert yearless_ranges("Inspectors visited between 14 and 25 November.", "2024-01-20") == [(19, "2023-11-14", "2023-11-25")]
    assert yearless_ranges("Inspectors visited in November and January.", "2024-01-20") == [(19, "2023-11", "2024-01")]
    assert yearless_ranges("Inspectors visited between 14 and 25 November.", None) == []
    # across two months, either way round, and over the new year
    assert yearless_ranges("They visited between 13 January and 4 February.", "2015-03-03") == [(13, "2015-01-13", "2015-02-04")]
    assert yearless_ranges("It ran from January 29 to February 9.", "2018-04-01") == [(7, "2018-01-29", "2018-02-09")]
    assert yearless_ranges("between 28 December and 8 January", "2015-02-10") == [(0, "2014-12-28", "2015-01-08")]
    assert yearless_ranges("between 13 January and 4 February 2015", "2015-03-03") == []  # a year: not yearless


def test_a_report_published_after_its_visit():
    assert resolve_after("April 28", "2025-03-10") == "2025-04-28"
    assert resolve_after("January 8", "2024-11-20") == "2025-01-08"  # the year after a November visit
    assert resolve_after("April 28", None) is None and resolve_after("April 28", "2025") is None


def test_day_ranges_written_month_first():
    from loaders.dates import yearless_ranges
    assert yearless_ranges("Ofsted carried out a focused inspection on October 2 and 3.", "2024-11-01") == [(40, "2024-10-02", "2024-10-03")]
    assert [r[1:] for r in yearless_ranges("The inspection was made between November 3 and 14.", "2026-01-14")] == [("2025-11-03", "2025-11-14")]
    assert yearless_ranges("Caseloads fell from March 20 to 14 children.", "2026-01-14") == []


def test_a_numeric_dateline_is_day_first():
    from loaders.dates import dateline
    assert dateline("13/02/2020 14:05") == "2020-02-13"
    assert dateline("Published 13.02.2020") == "2020-02-13"
    assert dateline("12/31/2020") is None  # (no thirty-first month)


def test_a_paragraphs_place_dateline_and_a_footers_first_published():
    from loaders.dates import first_published, place_dateline
    assert place_dateline("YATE, Tuesday 14 November 2017 – Kestrelford Council has been told by Ofsted ...") == "2017-11-14"
    assert place_dateline("KESTRELFORD ST JOHN, 4 March 2025 (PA) — The council said ...") == "2025-03-04"
    assert place_dateline("OFSTED: KESTRELFORD IMPROVING, 4 March 2025 - text") is None  # a headline in capitals names no place
    assert place_dateline("Leeds, 4 March 2025 – ...") is None  # the place of a dateline is in capitals
    assert first_published("Some text.\n\nThis article was first published on 4 March 2025.") == "2025-03-04"
    assert first_published("Some text.\n\nFirst published in the Kestrelford Echo on Tuesday 4 March 2025.") == "2025-03-04"
    assert first_published("The report was published on 4 March 2025.") is None


def test_the_week_of_a_day_without_its_year():
    from loaders.dates import relative_dates
    assert [v for _s, _e, v, _w in relative_dates("Inspectors visited over the week of 11 September.", "2023-11-15")] == ["2023-09-11"]
    assert [v for _s, _e, v, _w in relative_dates("The visit took place in the week beginning 4 March.", "2024-05-01")] == ["2024-03-04"]


@pytest.mark.parametrize("text", ["between Wednesday, 9 January 2019 and Thursday, 10 January 2019",
                                  "on Wednesday 9 and Thursday 10 January 2019", "9 to 10 January 2019"])
def test_a_range_whose_days_are_named_with_their_weekdays(text):
    assert [(d.first, d.last) for d in find_dates(text)] == [("2019-01-09", "2019-01-10")]
