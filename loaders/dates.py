"""Dates as documents write them, at the precision they give: the one module for dates.

    parse_date("28 April 2025")            -> "2025-04-28"
    parse_date("March 2023")               -> "2023-03"
    parse_date("2019")                     -> "2019"
    parse_range("25 and 26 March 2025")    -> ("2025-03-25", "2025-03-26")
    parse_range("28 November to 2 December 2022") -> ("2022-11-28", "2022-12-02")
    find_dates(text)  -> [DateMatch(start, end, first, last, text)], every date or range in text

A value is ISO 8601 cut to the precision the words support ("YYYY", "YYYY-MM" or
"YYYY-MM-DD"); nothing is ever padded with a made-up day or month. A single date is a
DateMatch whose `first` and `last` are equal.

Relative dates are resolved against a base date (the document's own), and are None without
one: never guessed from today.

    resolve_date("last May", "2024-07-05")          -> "2023-05"
    resolve_date("earlier this year", "2023-07-14") -> "2023"
    resolve_date("in March", None)                  -> None
    relative_dates(text, base)     -> [(start, end, value, words)], every relative expression
    yearless_ranges(text, base)    -> "between 14 and 25 November", "in May and June", resolved
    counted_years(text, last_year) -> "three years later" after a year the text gave
    with_years(sentence, base)     -> "on 30 and 31 January" written with the year it must be
    dateline(line), date_line(line), normalise_iso(value), months_between(a, b)

Why not dateparser: measured on the forms our documents use (23 expressions, with and without
a base date: bench/dateparser_dates.py, 2026-12-04), these rules give 23 right answers and
dateparser 1.5 (PREFER_DATES_FROM="past", RELATIVE_BASE) 13. It reads none of "last May",
"earlier this year", "later this year", "throughout May", "over the course of June", nor
"10 to 21 July 2023"; "a year ago" loses the month; without a base date it answers from
today ("in September" -> the current year) where we must answer None. It also takes about
290 us an expression against 12 us here (23 times slower). It is not a dependency of ikg
(trafilatura's htmldate still installs it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from loaders.lexicon import MONTH, MONTH_ABBR, NUMBER_WORDS, WEEKDAY, WEEKDAY_ANY, WEEKDAYS
from loaders.lexicon import MONTHS as MONTH_NAMES
from loaders.text import fold

# Month names (lexicon.MONTHS) and their abbreviations ("Jan", "Sept") -> month number.
MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, 1)}
MONTHS.update({short: n for n, name in enumerate(MONTH_NAMES, 1) if name != "may"
               for short in ((name[:3], "sept") if name == "september" else (name[:3],))})

_MON = rf"(?:{'|'.join(MONTHS)})\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:to|and|until|till|through|[-–—])\s*"
_WD = rf"(?:{WEEKDAY},?\s+)?"  # "between Wednesday, 9 January 2019 and Thursday, 10 January 2019"

# Most specific first; where readings overlap the longest (then the earlier form) wins.
_FORMS = [
    # 28 November to 2 December 2022 / 6 November 2017 to 30 November 2017 / 30 April and 1 May 2019
    ("dmy_dmy", rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?{_TO}{_WD}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR})"),
    # 25 and 26 March 2025 / 13 to 24 March 2023 / the 15 and 16 of May 2018 / 13-24 March 2023 / 15, 16 and 21 July 2025
    ("dd_my", rf"(?P<d1>{_DAY})(?:\s*,\s*{_DAY})*{_TO}{_WD}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR})"),
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
    # 2019 (and the first year of "2019/20", "2017-18": a split year is dated by the year it starts)
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
        if len(parts) == 2 and (not 1 <= parts[1] <= 12 or parts[1] == (parts[0] + 1) % 100):
            return None, None  # "2017-18", "2011-12": a financial or school year, not a month
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


# ---------------------------------------------------------------- relative to a base date

def ymd(value: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO value of any precision; None for what it lacks."""
    if not value:
        return None, None, None
    parts = [int(p) for p in str(value)[:10].split("-") if p.isdigit()]
    return tuple(parts + [None] * (3 - len(parts)))[:3]  # type: ignore[return-value]


def resolve_date(words: str, published: str | None, future: bool = False) -> str | None:
    """A date as the text writes it, absolute ('August 2023') or relative to `published`
    ('last May', 'earlier this year', 'in September', 'a year ago', 'April 28').
    Relative dates without a known document date are None: never guessed."""
    if not words:
        return None
    w = re.sub(r"\s+", " ", words.strip().lower())
    absolute = find_dates(words)
    if absolute:
        return absolute[0].first
    y, m, d = ymd(published)
    if y is None:
        return None
    mon_year = re.search(rf"\b(?P<mon>{MONTH.lower()})\s+(?P<rel>last|this|next)\s+year\b", w)
    if mon_year:  # "January last year"
        yy = y + {"last": -1, "this": 0, "next": 1}[mon_year.group("rel")]
        return f"{yy:04d}-{MONTH_NAMES.index(mon_year.group('mon')) + 1:02d}"
    ago = re.search(rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?P<unit>years?|months?)\s+ago\b", w)
    if ago:  # "two years ago": the year; "three months ago": the month
        n = int(ago.group("n")) if ago.group("n").isdigit() else NUMBER_WORDS.index(ago.group("n")) + 1
        if ago.group("unit").startswith("year"):
            return f"{y - n:04d}"
        if m:
            k = y * 12 + (m - 1) - n
            return f"{k // 12:04d}-{k % 12 + 1:02d}"
        return None
    season = re.search(r"\b(?:(?P<rel>last|previous|past|this|next)|in\s+the)\s+(?P<s>spring|summer|autumn)\b", w)
    if season:  # "last autumn": the year of the latest autumn over by the document's month
        last_month = {"spring": 5, "summer": 8, "autumn": 11}[season.group("s")]
        rel = season.group("rel")
        if rel == "this":
            return f"{y:04d}"
        if rel == "next":
            return f"{y + (1 if m and m > last_month - 2 else 0):04d}"
        if not m:
            return None
        return f"{y if m > last_month or (rel is None and m >= last_month - 2) else y - 1:04d}"
    if re.search(r"\b(?:last|previous|past)\s+year\b|\ba\s+year\s+(?:ago|earlier)\b", w):
        if "ago" in w and m:
            return f"{y - 1:04d}-{m:02d}"
        return f"{y - 1:04d}"
    if re.search(r"\bthis\s+year\b|\bearlier\s+this\s+year\b|\blater\s+this\s+year\b|\bso\s+far\s+this\s+year\b", w):
        return f"{y:04d}"
    if re.search(r"\bnext\s+year\b", w):
        return f"{y + 1:04d}"
    if m and re.search(r"\blast\s+month\b|\ba\s+month\s+ago\b", w):
        yy, mm = (y, m - 1) if m > 1 else (y - 1, 12)
        return f"{yy:04d}-{mm:02d}"
    if m and re.search(r"\bthis\s+month\b", w):
        return f"{y:04d}-{m:02d}"
    if m and re.search(r"\bnext\s+month\b", w):
        yy, mm = (y, m + 1) if m < 12 else (y + 1, 1)
        return f"{yy:04d}-{mm:02d}"
    if d and re.search(r"\blast\s+week\b", w):
        # "published last week": some day of the week before, so only its month is known
        day = date(y, m, d) - timedelta(days=7)
        return f"{day.year:04d}-{day.month:02d}"
    if d and re.search(r"\byesterday\b", w):
        return (date(y, m, d) - timedelta(days=1)).isoformat()
    if d and re.search(r"\btoday\b", w):
        return date(y, m, d).isoformat()
    wd = re.search(rf"\b({'|'.join(WEEKDAYS)})\b", w)
    if d and wd and not re.search(rf"\b{MONTH.lower()}\b", w):
        # "on Friday": the latest such day up to the document's date ("next Friday" looks ahead)
        target = WEEKDAYS.index(wd.group(1))
        day0 = date(y, m, d)
        if re.search(r"\bnext\b", w) or future:
            delta = (target - day0.weekday()) % 7 or 7
            return (day0 + timedelta(days=delta)).isoformat()
        delta = (day0.weekday() - target) % 7
        if not delta and re.search(r"\b(?:last|previous)\b", w):
            delta = 7  # "last Friday" written on a Friday: the week before
        return (day0 - timedelta(days=delta)).isoformat()
    mm = re.search(rf"(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{MONTH.lower()})(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?", w)
    if mm:
        mon = MONTH_NAMES.index(mm.group("mon")) + 1
        day = mm.group("day1") or mm.group("day2")
        if re.search(rf"\b(?:last|previous)\s+{mm.group('mon')}\b", w):
            yy = y - 1
        elif re.search(rf"\bthis\s+{mm.group('mon')}\b", w):
            yy = y
        elif re.search(rf"\bnext\s+{mm.group('mon')}\b", w) or future:
            yy = y if (m is None or mon >= m) else y + 1
            if re.search(r"\bnext\b", w) and m and mon <= m:
                yy = y + 1
        else:  # "in May": the most recent May, at or before the document's month
            yy = y if (m is None or mon <= m) else y - 1
        if day:
            try:
                return date(yy, mon, int(day)).isoformat()
            except ValueError:
                return None
        return f"{yy:04d}-{mon:02d}"
    return None


_AGO_N = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS[1:]) + r")"
RELATIVE = re.compile(
    rf"\b(?:(?:in|during|since|by)\s+)?(?:early\s+|late\s+|mid-?)?{MONTH}\s+(?:last|this|next)\s+year|"  # "in January last year"
    # "After February's focused visit" (not May: "Theresa May's")
    r"(?:January|February|March|April|June|July|August|September|October|November|December)(?=[’']s\s+(?:[‘'\"“]?[\w\-]+[’'\"”]?\s+){0,2}?(?:visit|inspection|report|letter)s?\b)|"
    rf"(?:(?:earlier|later|so\s+far)\s+this\s+year|(?:last|this|next|previous|past)\s+(?:year|month|{MONTH})|"
    rf"a\s+(?:year|month)\s+(?:ago|earlier)|{_AGO_N}\s+(?:years?|months?)\s+ago|yesterday|"
    rf"(?:last|this|next|previous|past)\s+(?:spring|summer|autumn)|in\s+the\s+(?:spring|summer|autumn)(?!\s+(?:of\s+)?\d{{4}})|"
    rf"(?:in|during|since|from|until|by|on|throughout|over\s+the\s+course\s+of|(?:the\s+)?(?:start|end|middle)\s+of|(?:the\s+)?week\s+(?:of|beginning|commencing))\s+(?:early\s+|late\s+|mid-?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?!\s+\d{{4}}))\b",
    re.IGNORECASE)


def relative_dates(text: str, published: str | None, future: bool = False) -> list[tuple[int, int, str | None, str]]:
    """Every relative date expression in `text`: (start, end, resolved value or None, words)."""
    return [(m.start(), m.end(), resolve_date(m.group(), published, future), m.group())
            for m in RELATIVE.finditer(text)]


_MON_ANY = MONTH_ABBR
_DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|first\s+published|last\s+updated|date|dated|issued|release\s+date)\s*:?\s*(?:on\s+|at\s+)?|on\s+)?"
    rf"(?:{WEEKDAY_ANY},?\s+)?(?:\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?,?\s+(?:on\s+)?)?"
    rf"(?:{WEEKDAY_ANY},?\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON_ANY}\s+\d{{4}}|{_MON_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    # "13/02/2020 14:05", "13.02.2020": day first, as British pages write it
    rf"(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)\b)",
    re.IGNORECASE)


def dateline(line: str) -> str | None:
    """The date a dateline gives: "Published: 3 May 2024", "Wednesday, 12 June 2024, 10:30 am",
    "Updated 10:14, 3 MAR 2023"; None for a line that is not one."""
    m = _DATELINE.match(line.strip().lstrip("|•·–—-/ ").strip())  # "| 20 December 2018": a separator left by the page
    if m and m.group("y"):
        d, mon = int(m.group("d")), int(m.group("m"))
        return f"{m.group('y')}-{mon:02d}-{d:02d}" if 1 <= mon <= 12 and 1 <= d <= 31 else None
    return parse_date(m.group("date")) if m else None


_FULL_DATE = (rf"(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|"
              rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")
# a paragraph's dateline, the place in capitals then the date: "YATE, Tuesday 14 November 2017 – South Gloucestershire ..."
_PLACE_DATELINE = re.compile(rf"^[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+){{0,3}},\s+(?P<date>{_FULL_DATE})\s*(?:\([^)]{{1,20}}\)\s*)?[–—\-:]\s")
# a footer's note of when the piece came out: "This article was first published on 4 March 2025"
_FIRST_PUBLISHED = re.compile(rf"\b(?:first|originally)\s+(?:published|appeared)\b[^.\n]{{0,60}}?\bon\s+(?P<date>{_FULL_DATE})", re.IGNORECASE)


def place_dateline(line: str) -> str | None:
    """The date a paragraph's opening dateline gives ("LEEDS, 4 March 2025 – ..."), or None."""
    m = _PLACE_DATELINE.match(line.strip())
    return parse_date(m.group("date")) if m else None


def first_published(text: str) -> str | None:
    """The date a page's footer says the piece was first published, or None."""
    found = list(_FIRST_PUBLISHED.finditer(text[-3000:]))
    return parse_date(found[-1].group("date")) if found else None


def normalise_iso(v: str | None) -> str | None:
    """A date from metadata ("2024-02-29T08:00:00Z", "3 May 2024") as ISO at its precision."""
    if not v:
        return None
    v = str(v).strip()
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return parse_date(v)
    return "-".join(p for p in m.groups() if p)


def resolve_after(words: str, earlier: str | None) -> str | None:
    """A day or month written without a year that follows a known date (a report published
    after its visit): "April 28" after a visit in March 2025 is 28 April 2025."""
    y0, m0, _ = ymd(earlier)
    mm = re.search(MONTH, words, re.IGNORECASE)
    if not (m0 and mm) or re.search(r"\d{4}", words):
        return None
    mon = MONTH_NAMES.index(mm.group().lower()) + 1
    return resolve_date(words, f"{y0 if mon >= m0 else y0 + 1:04d}-12-31")


_RANGE_DAYS = re.compile(rf"\b(?:between\s+|from\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH})\b(?!\s+\d{{4}})")
# ... and month first, as some outlets write it: "on October 2 and 3", "between November 3 and 14"
_RANGE_DAYS_US = re.compile(rf"\b(?:between\s+|from\s+|on\s+)?(?P<mon>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?!\s*(?:%|per\s*cent|children|years?|weeks?|days?))")
# ... across two months: "between 13 January and 4 February", "from January 29 to February 9"
_RANGE_TWO_MONTHS = re.compile(rf"\b(?:between\s+|from\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})|(?P<m1u>{MONTH})\s+(?P<d1u>\d{{1,2}})(?:st|nd|rd|th)?)"
                               rf"\s*(?:and|to|until|-|–)\s*(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})|(?P<m2u>{MONTH})\s+(?P<d2u>\d{{1,2}})(?:st|nd|rd|th)?)\b"
                               rf"(?!\s*,?\s*\d{{4}})")
_RANGE_MONTHS = re.compile(rf"\b(?:in|during|between)\s+(?P<m1>{MONTH})\s+(?:and|to)\s+(?P<m2>{MONTH})\b(?!\s+\d{{4}})|\b(?P<m0>{MONTH})[’']s\s+(?=(?:\w+\s+)?(?:inspection|investigation|visit))")


def yearless_ranges(s: str, published: str | None) -> list[tuple[int, str, str | None]]:
    """Dates the text gives without a year ("between 14 and 25 November", "in May and June",
    "December's inspection"), resolved against the document's date: (position, start, end)."""
    out = []
    for m in list(_RANGE_DAYS.finditer(s)) + list(_RANGE_DAYS_US.finditer(s)):
        a = resolve_date(f"{m.group('d1')} {m.group('mon')}", published)
        b = resolve_date(f"{m.group('d2')} {m.group('mon')}", published)
        if a:
            out.append((m.start(), a, b))
    for m in _RANGE_TWO_MONTHS.finditer(s):
        a, b = _over_new_year(resolve_date(f"{m.group('d1') or m.group('d1u')} {m.group('m1') or m.group('m1u')}", published),
                              resolve_date(f"{m.group('d2') or m.group('d2u')} {m.group('m2') or m.group('m2u')}", published))
        if a:
            out.append((m.start(), a, b))
    for m in _RANGE_MONTHS.finditer(s):
        if m.group("m0"):
            a = resolve_date(f"in {m.group('m0')}", published)
            if a:
                out.append((m.start(), a, None))
            continue
        a, b = _over_new_year(resolve_date(f"in {m.group('m1')}", published), resolve_date(f"in {m.group('m2')}", published))
        if a:
            out.append((m.start(), a, b))
    return out


def _over_new_year(a: str | None, b: str | None) -> tuple[str | None, str | None]:
    """A range whose end comes before its start ("between 28 December and 8 January", "in November
    and January") began in the year before."""
    if a and b and b < a:
        a = f"{int(a[:4]) - 1:04d}{a[4:]}"
    return a, b


# ("Two years on, ..."; not "spend £900,000 over two years on an academy": a span of time, then what it is spent on)
_COUNTED = re.compile(r"(?<!\bover\s)(?<!\bfor\s)(?<!\bwithin\s)\b(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r"|a)\s+years?\s+"
                      r"(?P<dir>later|on(?!\s+(?:a|an|the|its|their|this|that|our|[a-z]+ing)\b)|earlier|before)\b", re.IGNORECASE)


_THAT_MONTH = re.compile(rf"\b(?:that|the\s+same)\s+(?P<mon>{MONTH})\b", re.IGNORECASE)


def counted_years(s: str, last_year: int | None) -> list[tuple[int, str]]:
    """Years counted from the last year the article gave: "In 2014 ... Three years later" -> 2017;
    "In the spring of 2015 ... The report, published that July" -> 2015-07."""
    out = []
    if last_year is None:
        return out
    for m in _COUNTED.finditer(s):
        w = m.group("n").lower()
        n = 1 if w == "a" else int(w) if w.isdigit() else NUMBER_WORDS.index(w) + 1
        out.append((m.start(), str(last_year + (n if m.group("dir").lower() in ("later", "on") else -n))))
    for m in _THAT_MONTH.finditer(s):
        out.append((m.start(), f"{last_year}-{MONTHS[m.group('mon').lower()]:02d}"))
    return sorted(out)


# ---------------------------------------------------------------- written without a year, or by number

def spell_numeric_dates(s: str) -> str:
    """Day/month/year dates ("12/09/2016") written out, so that ranges of them read as ranges."""
    def word(m):
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        return f"{d} {MONTH_NAMES[mo - 1]} {y}" if 1 <= mo <= 12 and 1 <= d <= 31 else m.group()
    return re.sub(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b", word, s)


def months_between(a: str, b: str) -> int:
    """Months from `a` to `b`; for values without a month, 0 in the same year, else 99."""
    ya, ma = int(a[:4]), int(a[5:7]) if len(a) >= 7 else 0
    yb, mb = int(b[:4]), int(b[5:7]) if len(b) >= 7 else 0
    if not ma or not mb:
        return 0 if ya == yb else 99
    return (yb - ya) * 12 + (mb - ma)


_DAY_MONTH = re.compile(r"\b(?P<dm>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<month>" + "|".join(MONTHS) + r"))\b"
                        r"(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)


def with_years(sentence: str, letter_date: str | None) -> str:
    """A sentence with the year written after each day and month that lacks one ("on 30 and 31
    January" in a letter of February 2018): the year of `letter_date`, or the year before for a
    month later in the year than its month."""
    if not letter_date or precision(letter_date) == "year":
        return sentence
    year, month = int(letter_date[:4]), int(letter_date[5:7])
    return _DAY_MONTH.sub(lambda m: f"{m.group('dm')} {year - (MONTHS[m.group('month').lower()] > month)}", sentence)


def date_line(line: str) -> str | None:
    """The day a line gives when it is nothing but a date ("28 April 2025")."""
    found = find_dates(line, years=False)
    if len(found) == 1 and precision(found[0].first) == "day" and fold(line) == fold(found[0].text):
        return found[0].first
    return None
