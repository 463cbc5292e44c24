"""loaders.dates against dateparser on the relative dates our documents write, with and
without a base date (the document's own date): right answers and time per expression,
dateparser's as a ratio of ours measured in the same run.

    .venv/bin/python bench/dateparser_dates.py

dateparser is not a dependency of ikg (loaders/dates.py says why); trafilatura's htmldate
installs it. Expected values are what the expression means at the precision it gives.
"""
from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.dates import resolve_date  # noqa: E402

CASES = [  # (words, base date, expected)
    ("last May", "2024-07-05", "2023-05"), ("Last November", "2025-11-12", "2024-11"),
    ("in March", "2023-07-14", "2023-03"), ("in October", "2025-02-01", "2024-10"),
    ("earlier this year", "2023-07-14", "2023"), ("last year", "2024-06", "2023"),
    ("a year ago", "2024-06-30", "2023-06"), ("next year", "2025-11-12", "2026"),
    ("last month", "2025-01-10", "2024-12"), ("November 6", "2025-11-12", "2025-11-06"),
    ("28 April", "2025-05-02", "2025-04-28"), ("on Friday", "2024-07-10", "2024-07-05"),
    ("yesterday", "2024-07-10", "2024-07-09"), ("August 2023", None, "2023-08"),
    ("over the course of June", "2014-08-08", "2014-06"), ("throughout May", "2014-08-08", "2014-05"),
    ("this month", "2024-07-10", "2024-07"), ("later this year", "2024-03-10", "2024"),
    ("10 to 21 July 2023", None, "2023-07-10"), ("29 January to 9 February 2018", None, "2018-01-29"),
    ("last May", None, None), ("earlier this year", None, None), ("in September", None, None),
]


def _base(value: str | None) -> datetime | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return datetime(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)


def with_dateparser(words: str, base: str | None) -> str | None:
    from dateparser.date import DateDataParser
    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if base:
        settings["RELATIVE_BASE"] = _base(base)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(words)
    if data.date_obj is None:
        return None
    d = data.date_obj
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(data.period, d.date().isoformat())


def _per_expression(fn, rounds: int = 20) -> float:
    t = time.perf_counter()
    for _ in range(rounds):
        for words, base, _e in CASES:
            fn(words, base)
    return (time.perf_counter() - t) / (rounds * len(CASES))


def main() -> None:
    right = {"rules": 0, "dateparser": 0}
    for words, base, expected in CASES:
        ours, theirs = resolve_date(words, base), with_dateparser(words, base)
        right["rules"] += ours == expected
        right["dateparser"] += theirs == expected
        print(f"{words!r:34} base={base!s:11} expected={expected!s:11} rules={ours!s:11} dateparser={theirs}")
    ours_t, theirs_t = _per_expression(resolve_date), _per_expression(with_dateparser)
    print(f"right answers: rules {right['rules']}/{len(CASES)}, dateparser {right['dateparser']}/{len(CASES)}")
    print(f"time per expression: rules {ours_t * 1e6:.0f} us, dateparser {theirs_t * 1e6:.0f} us (x{theirs_t / ours_t:.0f})")


if __name__ == "__main__":
    main()
