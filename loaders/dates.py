"""Dates as documents write them, at the precision they give.

    parse_date("28 April 2025")            -> "2025-04-28"
    parse_date("March 2023")               -> "2023-03"
    parse_date("2019")                     -> "2019"
    parse_range("25 and 26 March 2025")    -> ("2025-03-25", "2025-03-26")
    parse_range("28 November to 2 December 2022") -> ("2022-11-28", "2022-12-02")
    find_dates(text)  -> [DateMatch(start, end, first, last, text)], every date or range in text

A value is ISO 8601 cut to the precision the words support ("YYYY", "YYYY-MM" or
"YYYY-MM-DD"); nothing is ever padded with a made-up day or month. A single date is a
DateMatch whose `first` and `last` are equal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

_MON = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:to|and|until|till|through|[-–—])\s*"

# Most specific first; where readings overlap the longest (then the earlier form) wins.
_FORMS = [
    # 28 November to 2 December 2022 / 6 November 2017 to 30 November 2017 / 30 April and 1 May 2019
    ("dmy_dmy", rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?{_TO}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR})"),
    # 25 and 26 March 2025 / 13 to 24 March 2023 / the 15 and 16 of May 2018 / 13-24 March 2023
    ("dd_my", rf"(?P<d1>{_DAY}){_TO}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR})"),
    # January to March 2023 / November 2022 to January 2023
    ("my_my", rf"(?P<m1>{_MON})(?:\s+(?P<y1>{_YEAR}))?{_TO}(?P<m2>{_MON})\s+(?P<y2>{_YEAR})"),
    # 28 April 2025 / 1st of May 2019
    ("dmy", rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}),?\s+(?P<y1>{_YEAR})"),
    # April 28, 2025
    ("mdy", rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY}),\s+(?P<y1>{_YEAR})"),
    # 2025-04-28 / 2025-04
    ("iso", rf"(?P<iso>{_YEAR}-[01]\d(?:-[0-3]\d)?)(?![\d-])"),
    # March 2023
    ("my", rf"(?P<m1>{_MON})\s+(?P<y1>{_YEAR})"),
    # 2018 to 2020
    ("y_y", rf"(?P<y1>{_YEAR})\s*(?:to|[-–—])\s*(?P<y2>{_YEAR})"),
    # 2019
    ("y", rf"(?P<y1>{_YEAR})"),
]
_COMPILED = [(name, re.compile(rf"\b{rx}\b", re.IGNORECASE)) for name, rx in _FORMS]


@dataclass(frozen=True)
class DateMatch:
    start: int          # character offsets of the expression in the searched text
    end: int
    first: str          # ISO date at the precision given
    last: str           # == first for a single date
    text: str

    @property
    def is_range(self) -> bool:
        return self.first != self.last


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}"


def _values(form: str, g: dict) -> tuple[str | None, str | None]:
    if form == "iso":
        v = g["iso"]
        parts = [int(p) for p in v.split("-")]
        one = _iso(*parts)
        return one, one
    y2 = int(g["y2"]) if g.get("y2") else None
    if form == "dmy_dmy":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if m1 > m2 else y2)
        return _iso(y1, m1, _day(g["d1"])), _iso(y2, m2, _day(g["d2"]))
    if form == "dd_my":
        m2 = _month(g["m2"])
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if d1 > d2:
            return None, None
        return _iso(y2, m2, d1), _iso(y2, m2, d2)
    if form == "my_my":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if m1 > m2 else y2)
        return _iso(y1, m1), _iso(y2, m2)
    y1 = int(g["y1"])
    if form == "y_y":
        return (_iso(y1), _iso(y2)) if y1 <= y2 else (None, None)
    if form in ("dmy", "mdy"):
        one = _iso(y1, _month(g["m1"]), _day(g["d1"]))
    elif form == "my":
        one = _iso(y1, _month(g["m1"]))
    else:
        one = _iso(y1)
    return one, one


def find_dates(text: str, years: bool = True) -> list[DateMatch]:
    """Every date or date range in `text`, in order, without overlaps (the longest reading wins).
    `years=False` leaves out bare years ("in 2019")."""
    found = []
    for rank, (form, rx) in enumerate(_COMPILED):
        if form == "y" and not years:
            continue
        for m in rx.finditer(text):
            first, last = _values(form, m.groupdict())
            if first is not None:
                found.append((m.start(), m.end(), rank, DateMatch(m.start(), m.end(), first, last, m.group())))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, _, dm in found:
        if all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            out.append(dm)
    return sorted(out, key=lambda d: d.start)


def parse_range(text: str) -> tuple[str, str] | None:
    """The (first, last) dates of the first date or range in `text`; (d, d) for a single date."""
    found = find_dates(text)
    return (found[0].first, found[0].last) if found else None


def parse_date(text: str) -> str | None:
    """The first date in `text` at the precision given, or None. A range gives its first day."""
    r = parse_range(text)
    return r[0] if r else None


def precision(value: str | None) -> str | None:
    """'year', 'month' or 'day' for an ISO value of any precision."""
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))
