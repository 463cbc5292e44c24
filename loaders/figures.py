"""Figures: numbers the document states about a council's services.

    £112 million – net budget                 (a fact box line: value – measure)
    Children in care: 1,200                   (measure: value)
    The council will invest £3.5m in ...      (money in the reporter's prose)
    ... 42 per cent of children ...           (a share in the reporter's prose)

extract_figures(text, spans) -> [{"measure", "value", "unit", "evidence", "span"}]
figure_lines(text, spans) -> the spans that are fact-box lines (not prose to find findings in).
Numbers inside quotes, dates, years, ages and counts of days are not figures.
"""
from __future__ import annotations

import re

from loaders.text import Span

_NUM = r"(?:[£$€]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:[£$€]\s?)?\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|m|bn|billion|k|thousand)\b)?"
_PCT = r"(?:\s?(?:%|per\s?cent\b|percent\b))?"
_QUAL = r"(?:\s*\((?:circa|approx\.?|approximately|about|est\.?|estimated)\))?"
_VALUE = rf"(?P<value>(?:{_NUM}){_SCALE}{_PCT}){_QUAL}"
_DASH = r"\s*[–—\-:]\s+"
_BOX_VM = re.compile(rf"^(?:(?:circa|about|around|approx\.?|almost|over|more\s+than|nearly)\s+)?{_VALUE}{_DASH}(?P<measure>[A-Za-z£].{{2,120}})$", re.IGNORECASE)
_BOX_MV = re.compile(rf"^(?P<measure>[A-Z][A-Za-z’'()/ ,\-]{{2,80}}?)\s*[:–—]\s*(?:circa\s+|about\s+|around\s+)?{_VALUE}\.?$")
_MONEY = re.compile(rf"(?P<value>[£$€]\s?\d[\d,]*(?:\.\d+)?{_SCALE})")
_SHARE = re.compile(r"(?P<value>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))", re.IGNORECASE)


def _unit(value: str, measure: str) -> str | None:
    v = value.lower()
    if v.startswith("£"):
        return "GBP"
    if v.startswith("$"):
        return "USD"
    if v.startswith("€"):
        return "EUR"
    if "%" in v or "cent" in v or re.match(r"(?:percent|percentage|per\s?cent)\b", measure.lower()):
        return "percent"
    return "count"


def figure_lines(text: str, spans: list[Span]) -> list[Span]:
    """Spans that are fact-box lines ("£112 million – net budget", "Workforce: 353")."""
    out = []
    for sp in spans:
        t = re.sub(r"^(?:[•*]|-(?=\s))\s*", "", sp.text).strip()
        if len(t.split()) > 25:
            continue
        if _BOX_VM.match(t) or _BOX_MV.match(t):
            out.append(sp)
    return out


def _in_quote(text: str, pos: int, span: Span) -> bool:
    before = text[span.start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_VERB_MEASURE = [(r"invest\w*", "investment"), (r"spen[dt]\w*", "spending"), (r"allocat\w*", "allocation"),
                 (r"receiv\w*|given|awarded|granted", "funding"), (r"cut\w*|reduc\w*", "cut"), (r"sav\w*", "savings"),
                 (r"overspen\w*", "overspend"), (r"borrow\w*", "borrowing"), (r"cost\w*", "cost")]


def _measure_around(s: str, start: int, end: int) -> str:
    """A short measure phrase for a number in prose: "invest £3.5m in recruiting social workers"
    -> "investment in recruiting social workers"; else the words after it, else before it."""
    verb = re.search(r"\b([a-z]+)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+|almost\s+|nearly\s+|around\s+|about\s+|more\s+than\s+|over\s+)?$", s[:start])
    if verb:
        for rx, noun in _VERB_MEASURE:
            if re.fullmatch(rx, verb.group(1)):
                obj = re.match(r"\s*((?:in|on|for|to)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,7}?)(?=[,.;:()]|\s(?:and|but|which|after|this|next|last|over|from|by)\b|$)", s[end:])
                return (noun + (" " + obj.group(1).strip() if obj else "")).strip()
    after = re.match(r"\s*(?:of\s+)?((?:[\w’'\-]+\s*){1,8}?)(?=[,.;:()]|\s(?:and|but|which|to\s+(?:be|the))\b|$)", s[end:])
    before = re.search(r"((?:[\w’'\-]+\s+){1,6})(?:of|is|was|at|to|by|totalling|worth)?\s*$", s[:start])
    words = (after.group(1).strip() if after else "")
    if len(words.split()) < 2 and before:
        words = (before.group(1).strip() + " " + words).strip()
    return re.sub(r"\s+", " ", words)[:100]


def extract_figures(text: str, spans: list[Span]) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple[str, int]] = set()
    box = {sp.start for sp in figure_lines(text, spans)}
    for sp in spans:
        t = re.sub(r"^(?:[•*]|-(?=\s))\s*", "", sp.text).strip()
        if sp.start in box:
            m = _BOX_VM.match(t)
            if m:
                value, measure = m.group("value"), m.group("measure")
            else:
                m = _BOX_MV.match(t)
                value, measure = m.group("value"), m.group("measure")
            measure = re.sub(r"^(?:number\s+of\s+)?", "", measure.strip().rstrip(".")) if False else measure.strip().rstrip(".")
            item = {"measure": measure, "value": value.strip(), "unit": _unit(value, measure),
                    "evidence": sp.text, "span": [sp.start, sp.end]}
            if re.search(r"\(circa|\(approx|\(about|\(estimated", t, re.IGNORECASE):
                item["approximate"] = True
            out.append(item)
            continue
        # prose: money and shares, outside quotes
        s = text[sp.start:sp.end]
        for rx in (_MONEY, _SHARE):
            for m in rx.finditer(s):
                pos = sp.start + m.start()
                if _in_quote(text, pos, sp) or (m.group("value"), sp.start) in seen:
                    continue
                seen.add((m.group("value"), sp.start))
                measure = _measure_around(s, m.start(), m.end())
                out.append({"measure": measure, "value": m.group("value").strip(),
                            "unit": _unit(m.group("value"), measure), "evidence": sp.text,
                            "span": [sp.start, sp.end]})
    return out
