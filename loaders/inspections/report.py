"""An Ofsted report's inspection: its title page ("Inspection dates: 13 to 24 March 2023",
"Lead inspector: Name, His Majesty's Inspector") and its judgement table (area label, then
grade). The 2026 framework has no "Overall effectiveness" row; reports of the single inspection
framework before ILACS (2013-2017: "Inspection of services for children in need of help and
protection...") have a numbered table and an inspection type of "other".
"""
from __future__ import annotations

import re

from loaders.dates import find_dates, spell_numeric_dates
from loaders.inspections import ILACS_FROM, new_inspection
from loaders.layout import HEAD
from loaders.lexicon import GRADE, JUDGEMENT_AREAS
from loaders.ofsted_people import HMI, INSPECTOR_TITLE, NAME, clean_name, hmi_title
from loaders.text import fold, offsets, span_at

_GRADE_RX = re.compile(rf"(?<![\w-])(?P<grade>{GRADE})(?![\w-])", re.IGNORECASE)


_AREA_RX = [(a, re.compile(rf"^(?:\d(?:\.\d)?\.?\s+)?(?:{rx})", re.IGNORECASE)) for a, rx in JUDGEMENT_AREAS]


def _grade(s: str) -> str:
    s = fold(s).lower()
    if s.startswith("require"):
        return "requires_improvement"
    return s


# ---------------------------------------------------------------- reports

def older_framework(head: str) -> bool:
    """A report of the single inspection framework (2013-2017) that came before ILACS, by its title."""
    return bool(re.search(r"(?:Re-?\s*)?[Ii]nspection\s+of\s+services\s+for\s+children\s+in\s+need\s+of\s+help",
                          head[:600]))


def judgement_table(text: str, start: int = 0, older: bool = False) -> list[dict]:
    """The judgements of a report's table: pairs of an area label and the grade after it.
    Reading stops at the first run of prose after the table (the 2026 framework has no
    overall row) or after the overall row; the older framework states its overall
    judgement in a sentence above the table, so prose there is skipped, not a stop.
    A table whose text came out column by column (every label, then every grade) is
    paired up in order."""
    region = text[start:start + HEAD]
    out: list[dict] = []
    seen: set = set()
    last = 0
    for m in _GRADE_RX.finditer(region):
        raw = region[last:m.start()]
        last = m.end()
        label = fold(raw)
        # a grade split over lines: "Requires\nimprovement" reads as one grade above
        label = re.sub(r"^(?:to\s+be\s+good|be\s+good)\b\s*", "", label, flags=re.IGNORECASE)
        label = re.sub(r"^.*\b(?:Judgement\s+Grade|Grade)\s+", "", label)
        if ". " in label:
            label = label.rsplit(". ", 1)[1]
        # an area the inspection did not judge ("2.1 Adoption performance  Not judged") has no grade
        # of its own: the next label starts after it
        label = re.split(r"\bNot\s+judged\b\s*", label, flags=re.IGNORECASE)[-1]
        area = _area(label)
        if area is False or len(label.split()) > 16:
            if out and not older and len(label.split()) > 3:
                break
            continue
        key = area or label.lower()
        if key in seen:
            continue
        seen.add(key)
        at = re.search(r"\s+".join(map(re.escape, label.split())) + r"\s*$", raw)
        j = {"area": area, "grade": _grade(m.group("grade")),
             "span": [start + m.start() - (len(raw) - at.start() if at else 0), start + m.end()]}
        if area is None:
            j["label"] = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", label)  # "2.1 Adoption performance": the name, not its number
        out.append(j)
        if area == "overall" and not older:
            break
    if len(out) < 3:
        out = _columns_table(region, start) or out
    return out


def _area(label: str) -> str | None | bool:
    """The area a table label names (None for a sub-judgement such as adoption), or False."""
    return next((a for a, rx in _AREA_RX if rx.match(label)), False)


_ANY_AREA = re.compile("|".join(f"(?:{rx})" for _a, rx in JUDGEMENT_AREAS), re.IGNORECASE)


def _columns_table(region: str, start: int) -> list[dict]:
    """A judgement table read column by column: every label in order, then every grade in
    order, before the first line that holds the end of a sentence (table lines never do)."""
    end = next((m.start() for m in re.finditer(r"^[^\n]*\.(?:\s|$)", region, re.MULTILINE)), len(region))
    table = region[:end]
    labels = [(m.start(), m.end(), _area(fold(m.group()))) for m in _ANY_AREA.finditer(table)]
    grades = [(m.start(), _grade(m.group("grade"))) for m in _GRADE_RX.finditer(table)]
    if len(labels) < 3 or len(labels) != len(grades) or labels[-1][1] > grades[0][0]:
        return []
    return [{"area": a, "grade": g, "span": [start + s, start + e]} for (s, e, a), (_p, g) in zip(labels, grades)]


def report_inspection(doc, spans, council, older: bool) -> tuple[dict, dict]:
    """The report's inspection, and who inspected: {"title", "spans": {name: span}}."""
    text = doc.text
    head = text[:HEAD]
    insp = new_inspection(council, "other" if older else "ilacs")
    who = {"title": None, "spans": {}}
    m = re.search(r"Inspection\s+dates?\s*:?\s*([^:]{6,80})", head, re.IGNORECASE)
    if m:
        ds = find_dates(spell_numeric_dates(m.group(1)), years=False)
        if ds:
            insp["start"], insp["end"] = ds[0].first, ds[0].last
            insp["span"] = offsets(span_at(spans, m.start()))
    m = re.search(r"Report\s+published\s*:?\s*(.{6,40})", head, re.IGNORECASE)
    if m:
        ds = find_dates(m.group(1), years=False)
        if ds:
            insp["published"] = ds[0].first
    insp["published"] = insp["published"] or doc.published
    if insp["start"] and int(insp["start"][:4]) < ILACS_FROM:
        insp["type"] = "other"  # before ILACS: the single inspection framework or the inspections before it
    # on the title page; reports of the single inspection framework name the lead at their end
    lead = re.search(rf"(?:Lead|Reporting)\s+inspector(?P<many>s)?\s*:?\s*(?P<name>{NAME})", text, re.IGNORECASE)
    if lead:
        insp["inspectors"] = [clean_name(lead.group("name"))]
        if lead.group("many"):  # "Lead inspectors: A, His Majesty's Inspector, and B, His Majesty's Inspector"
            rest = re.sub(INSPECTOR_TITLE, ",", text[lead.end():lead.end() + 160].split("\n\n")[0])
            for part in re.split(r",|\band\b", rest)[1:]:
                part = clean_name(part)
                if re.fullmatch(NAME, part) and part not in insp["inspectors"]:
                    insp["inspectors"].append(part)
                elif part:
                    break
        who["spans"] = {n: offsets(span_at(spans, lead.start())) for n in insp["inspectors"]}
        title = re.search(HMI, text[lead.end():lead.end() + 60])
        who["title"] = hmi_title(title.group()) if title else None
    table_from = max((m.end() for m in re.finditer(r"Lead\s+inspector[^\n]*|Report\s+published[^\n]*|Inspection\s+dates?[^\n]*",
                                                     head, re.IGNORECASE)), default=0)
    insp["judgements"] = judgement_table(text, table_from, older)
    return insp, who
