"""Ofsted letters and reports: the report and letter strategies that the Ofsted components
(`loaders.ofsted_components`, run by `loaders.pipeline`) read the document with.

    extract_ofsted(parsed, kind) -> Digest (loaders/digest.py, shared/spec/digest.md): the kind's pipeline

Ofsted writes to a fixed pattern, and the rules here follow that pattern, not any one
council:

- reports: a title page ("Inspection of X local authority children's services",
  "Inspection dates: 13 to 24 March 2023", "Lead inspector: Name, His Majesty's
  Inspector") and a judgement table (area label, then grade); the 2026 framework has no
  "Overall effectiveness" row, and reports of the framework before ILACS (2013-2017:
  "Inspection of services for children in need of help and protection...") have a
  numbered table and an inspection type of "other";
- letters (monitoring visits, focused visits, JTAIs): date, addressee block, "Dear...",
  "This letter summarises the findings of the monitoring visit to X on 25 and 26 March
  2025", "His Majesty's Inspectors for this visit were A and B", the areas covered, the
  findings, and a signature;
- earlier inspections that a letter refers to ("since the local authority was judged
  inadequate in May 2023", "since the ILACS inspection in March 2023") become inspections
  of their own.

Every fact that rests on a sentence carries "span": [start, end] into doc.text.
"""
from __future__ import annotations

import re

from loaders.dates import date_line, find_dates, months_between, spell_numeric_dates, with_years
from loaders.digest import Digest, Inspection, Person, Role
from loaders.findings import themes_of
from loaders.gazetteer import Council, find_councils
from loaders.lexicon import HONORIFIC, JUDGEMENT_AREAS, MONTH
from loaders.text import Span, fold
from ontology import slug

HMI_TITLE = "His Majesty’s Inspector"
ILACS_FROM = 2018  # the year the ILACS framework replaced the single inspection framework
HEAD = 3000  # characters of the opening that hold the title page or the letter's head

GRADE = r"outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate"
_GRADE_RX = re.compile(rf"(?<![\w-])(?P<grade>{GRADE})(?![\w-])", re.IGNORECASE)
_HMI = r"(?:His|Her)\s+Majesty['’]s\s+(?:Chief\s+)?Inspectors?|HMIs?"
# A person's name on one line: two to four capitalised words ("Naintara Khosla", "Paula Thomson-Jones").
# capitals of the Latin alphabets ("Máire", "Ørsted"), and any letter
_UPPER = "(?-i:[" + "".join(chr(i) for i in range(0x250) if chr(i).isupper()) + "])"
_LETTER = r"[^\W\d_]"
_NAME = (rf"(?!(?:His|Her|HMI)\b){_UPPER}(?:{_LETTER}|['’\-])+(?:[ \t]+(?!(?:His|Her|HMI|Judgement)\b)"
         rf"(?:{_UPPER}(?:{_LETTER}|['’\-])+|de|van|von|da|del|le|la)){{1,3}}")
_HONORIFIC = re.compile(rf"^(?:{HONORIFIC}\s+)+")

_AREA_RX = [(a, re.compile(rf"^(?:\d(?:\.\d)?\.?\s+)?(?:{rx})", re.IGNORECASE)) for a, rx in JUDGEMENT_AREAS]

_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}

# Sentences that describe how the visit was done, not what was found.
_PROCEDURAL = re.compile(
    r"^(?:This\s+letter\s+summarises|This\s+(?:visit|inspection)\s+was\s+(?:carried\s+out|undertaken|conducted)|"
    r"The\s+(?:visit|inspection)\s+was\s+(?:carried\s+out|undertaken|conducted)|"
    r"(?:The\s+)?(?:lead\s+)?[Ii]nspectors?\s+(?:also\s+)?(?:reviewed|looked\s+at|considered|spoke|met|held|used|evaluated|"
    r"examined|sampled|undertook|talked|tracked|observed|carried\s+out|visited|focused)\b|"
    r"(?:The\s+)?(?:lead\s+)?[Ii]nspectors?\s+(?:for\s+this\s+visit\s+)?(?:were|was)\s+(?-i:[A-Z])|"
    r"A\s+range\s+of\s+evidence|Inspectors\s+(?:used|had)|The\s+methodology|The\s+delivery\s+model|"
    r"(?:His|Her)\s+Majesty['’]s\s+(?:Chief\s+)?Inspector|The\s+lead\s+inspector\s+and|"
    r"Ofsted\s+will\s+take|I\s+am\s+copying|Yours\s+sincerely|This\s+letter\s+will\s+be\s+published|"
    r"The\s+quality\s+assurance\s+manager|This\s+was\s+the\s+\w+\s+monitoring\s+visit|We\s+anticipate\s+that)", re.IGNORECASE)
# Sentences that state what a council has done or set up: responses, not findings.
_ACTION = re.compile(
    r"\b(?:has|have)\s+(?:recently\s+)?(?:appointed|updated|refreshed|introduced|established|commissioned|launched|"
    r"created|restructured|implemented|determined)\b|\b(?:are|is)\s+now\s+in\s+place\b|\bnewly\s+established\b|"
    r"\bcontinuing\s+to\s+take\s+action\b|\brecently\s+(?:refreshed|appointed|introduced|established|updated)\b", re.IGNORECASE)
# ... unless the sentence also says what the action has done: then it is a finding too.
_EVALUATIVE_STRONG = re.compile(
    r"\b(?:effective(?:ly)?|good|strong|thorough|detailed|impact|reduced|halved|improved\s+in|not\s+always|too)\b|"
    r"\b(?:is|are|has|have|which\s+is|which\s+are|which\s+has|which\s+have)\s+(?:already\s+|now\s+|also\s+)?"
    r"(?:helping|helped|improved|improving|benefited|led\s+to|resulted\s+in|strengthened|enabled|enabling|ensured|ensuring)\b",
    re.IGNORECASE)

# Where the findings of a document end: sign-off and Ofsted's boilerplate.
_END = re.compile(r"^(?:Yours\s+sincerely|I\s+am\s+copying\s+this\s+letter|Ofsted\s+will\s+take\s+the\s+findings|"
                  r"The\s+Office\s+for\s+Standards\s+in\s+Education|If\s+you\s+would\s+like\s+a\s+copy)", re.IGNORECASE | re.MULTILINE)
# Sections of facts about the inspection and the area (team, statistics), not findings; in the
# older reports the findings resume after them ("Inspection judgements about the local authority").
_FACTS = re.compile(r"^(?:Information\s+about\s+this\s+(?:inspection|local\s+authority\s+area)|Local\s+authority\s+information|"
                    r"What\s+the\s+inspection\s+judgements\s+mean\b.*)\d?\s*$", re.IGNORECASE | re.MULTILINE)
_RESUME = re.compile(r"^(?:Inspection\s+judgements\s+about\b.*|Section\s+\d+\s*:.*|(?:Executive\s+)?Summary\b.*|Recommendations|"
                     r"Inspection\s+findings|The\s+effectiveness\s+of\b.*)\s*$", re.MULTILINE)
_IMPROVE_HEADING = re.compile(r"^[^\S\n]*What\s+needs\s+to\s+improve\b.*$|^[^\S\n]*Areas\s+for\s+priority\s+action\s*$|"
                              r"^[^\S\n]*What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\?\s*$",
                              re.IGNORECASE | re.MULTILINE)


# ---------------------------------------------------------------- helpers

def _span_at(spans: list[Span], pos: int) -> Span | None:
    return next((s for s in spans if s.start <= pos < s.end), None)


def _sp(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None


def _grade(s: str) -> str:
    s = fold(s).lower()
    if s.startswith("require"):
        return "requires_improvement"
    return s


def _clean_name(name: str) -> str:
    name = _HONORIFIC.sub("", fold(name)).strip(" ,.;")
    return re.sub(r"\s+(?:HMI|Senior\s+HMI)$", "", name)


# ---------------------------------------------------------------- reports

def _older_framework(head: str) -> bool:
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
            j["label"] = label
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


def _report_inspection(doc, spans, council, older: bool) -> tuple[dict, dict]:
    """The report's inspection, and who inspected: {"title", "spans": {name: span}}."""
    text = doc.text
    head = text[:HEAD]
    insp = _new_inspection(council, "other" if older else "ilacs")
    who = {"title": None, "spans": {}}
    m = re.search(r"Inspection\s+dates?\s*:?\s*([^:]{6,80})", head, re.IGNORECASE)
    if m:
        ds = find_dates(spell_numeric_dates(m.group(1)), years=False)
        if ds:
            insp["start"], insp["end"] = ds[0].first, ds[0].last
            insp["span"] = _sp(_span_at(spans, m.start()))
    m = re.search(r"Report\s+published\s*:?\s*(.{6,40})", head, re.IGNORECASE)
    if m:
        ds = find_dates(m.group(1), years=False)
        if ds:
            insp["published"] = ds[0].first
    insp["published"] = insp["published"] or doc.published
    if insp["start"] and int(insp["start"][:4]) < ILACS_FROM:
        insp["type"] = "other"  # before ILACS: the single inspection framework or the inspections before it
    # on the title page; reports of the single inspection framework name the lead at their end
    lead = re.search(rf"(?:Lead|Reporting)\s+inspector(?P<many>s)?\s*:?\s*(?P<name>{_NAME})", text, re.IGNORECASE)
    if lead:
        insp["inspectors"] = [_clean_name(lead.group("name"))]
        if lead.group("many"):  # "Lead inspectors: A, His Majesty's Inspector, and B, His Majesty's Inspector"
            rest = re.sub(rf"\(?\b(?:Senior\s+)?(?:{_HMI})\b\)?", ",", text[lead.end():lead.end() + 160].split("\n\n")[0])
            for part in re.split(r",|\band\b", rest)[1:]:
                part = _clean_name(part)
                if re.fullmatch(_NAME, part) and part not in insp["inspectors"]:
                    insp["inspectors"].append(part)
                elif part:
                    break
        who["spans"] = {n: _sp(_span_at(spans, lead.start())) for n in insp["inspectors"]}
        title = re.search(_HMI, text[lead.end():lead.end() + 60])
        who["title"] = _hmi_title(title.group()) if title else None
    table_from = max((m.end() for m in re.finditer(r"Lead\s+inspector[^\n]*|Report\s+published[^\n]*|Inspection\s+dates?[^\n]*",
                                                     head, re.IGNORECASE)), default=0)
    insp["judgements"] = judgement_table(text, table_from, older)
    return insp, who


def _hmi_title(s: str) -> str:
    s = fold(s)
    if s.upper().startswith("HMI"):
        return HMI_TITLE
    s = s.replace("'", "’")
    return re.sub(r"Inspectors$", "Inspector", s)


# ---------------------------------------------------------------- letters

_LETTER_TYPES = re.compile(r"\b(?P<monitoring_visit>monitoring\s+visit)|\b(?P<focused_visit>focused\s+(?:assurance\s+)?visit)|"
                           r"\b(?P<jtai>joint\s+targeted\s+area\s+inspection|JTAI)\b", re.IGNORECASE)


def _letter_type(head: str) -> str:
    """The kind of visit the letter's heading or opening names first: a focused visit's letter
    may go on to mention earlier monitoring visits, and the reverse."""
    m = _LETTER_TYPES.search(head)
    return m.lastgroup if m else "other"


def _letter_inspectors(text: str, spans: list[Span]) -> tuple[list[str], dict, str | None]:
    """Names of the inspectors, the signatory (lead) first; their sentences; their title."""
    names: list[str] = []
    where: dict[str, list[int] | None] = {}
    title = None
    for sp in spans[:80]:
        s = sp.text
        m = re.search(r"\b(?:inspectors?\b[^.]{0,40}?\b(?:were|was|are|is)\b|"
                      r"(?:carried\s+out|led|undertaken|conducted|completed)\s+by\b)(?P<rest>.*)", s, re.IGNORECASE)
        if not m or re.search(r"shadow", s, re.IGNORECASE):
            continue
        rest = m.group("rest")
        t = re.search(_HMI, s)
        if t and not title and not t.group().upper().startswith("HMI"):
            title = _hmi_title(t.group())
        rest = re.sub(rf"\(?\b(?:Senior\s+)?(?:{_HMI})\b\)?(?:\s*\(designate\))?", ",", rest)
        for part in re.split(r",|\band\b|;", rest):
            part = _clean_name(re.sub(r"^\s*(?:with|by|also|plus|supported\s+by)\s+", "", part))
            nm = re.fullmatch(_NAME, part)
            if nm and part not in names:
                names.append(part)
                where[part] = _sp(sp)
        if names:
            break
    # the signatory: the name line after "Yours sincerely"
    # one way only to read the blank lines between ("\s*\n\s*(?:\n\s*)*" took exponential time on "\v\n\v\n...")
    sig = re.search(rf"Yours\s+sincerely,?[^\S\n]*\n\s*(?P<name>{_NAME})[^\S\n]*\n\s*(?P<title>[^\n]*)", text)
    if sig and re.search(_HMI + r"|Inspector", sig.group("title")):
        lead = _clean_name(sig.group("name"))
        match = next((n for n in names if n.lower() == lead.lower()), None)
        if match:
            names.remove(match)
            names.insert(0, match)
        else:
            names.insert(0, lead)
            where[lead] = [sig.start("name"), sig.end("name")]
        if not title and not sig.group("title").strip().upper().startswith("HMI"):
            t = re.search(_HMI, sig.group("title"))
            title = _hmi_title(t.group()) if t else None
    return names, where, title


def _addressee(text: str, council: Council | None) -> Person | None:
    """The person the letter is addressed to: the name line after the date, the post below it."""
    dear = re.search(r"^[^\S\n]*Dear\b", text, re.MULTILINE)
    if not dear:
        return None
    lines = []
    pos = 0
    for line in text[:dear.start()].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    # the block after the letter's date line
    date_idx = None
    for i, (p, line) in enumerate(lines):
        if date_line(line):
            date_idx = i
    block = [(p, l) for p, l in lines[(date_idx + 1 if date_idx is not None else 0):] if l.strip()]
    if not block:
        return None
    p0, first = block[0]
    name = _clean_name(first)
    if not re.fullmatch(_NAME, name):
        return None
    name_start = p0 + first.index(first.strip())
    roles = []
    if len(block) > 1:
        p1, second = block[1]
        post = fold(second)
        end = p1 + len(second.rstrip())
        for p2, more in block[2:]:  # a post wrapped over lines: "Director of Children’s and Young\nPeople’s Services"
            joined = fold(post + " " + more)
            dangling = re.search(r"(?:\b(?:and|of|for|to|the)|[,&–-])$", post) or more.strip()[:1].islower()
            completes = (re.search(r"\b(?:Services?|Care|Learning|Families|Education|People)$", joined)
                         and not re.search(r"\b(?:Services?|Care|Learning|Families|Education|People|Officer|Director)$", post)
                         and not find_councils(more))
            if not (dangling or completes):
                break
            post = joined
            end = p2 + len(more.rstrip())
        if re.search(r"\b(?:Director|Executive|Chief|Head|Officer|Manager|Commissioner|Lead|Assistant|Deputy|"
                     r"Strategic|Corporate|Interim|Acting|Member|Leader|President|Chair)\b", post):
            org = None
            for _p, l in block[1:]:
                found = find_councils(l)
                if found:
                    org = found[0][0]
                    break
            org = org or council
            roles.append(Role(title=post, organisation=org.formal_name if org else None,
                              span=[p1 + second.index(second.strip()), end]))
    return Person(id=f"person-{slug(name)}", name=name, roles=roles, span=[name_start, name_start + len(first.strip())])


_MONTH_YEAR = (rf"{MONTH}?"
               r"\s*(?:19|20)\d\d")
_PRIOR_INSPECTION = re.compile(
    r"\b(?:(?P<kind>ILACS|SIF|single\s+inspection|full|standard|short|last|previous|judgement|focused|monitoring|"
    r"joint\s+targeted\s+area)\s+)?(?P<what>inspection|visit)\b[^.;]{0,25}?\b(?:in|of|on|during)\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+)?{_MONTH_YEAR})", re.IGNORECASE)
# "judged inadequate", "judged to require improvement to be good", "judged all services as requiring
# improvement", "found to be inadequate"; optionally "... in May 2023"
_VERDICT = re.compile(
    r"\b(?:judged|found|rated|graded)\s+(?:all\s+services\s+)?(?:to\s+be\s+|to\s+|as\s+(?:being\s+)?)?['‘]?"
    r"(?P<grade>outstanding|good|inadequate|requir(?:es|e|ed|ing)\s+improvement(?:\s+to\s+be\s+good)?)"
    rf"(?:[’']?[^.;]{{0,40}}?\bin\s+(?P<date>{_MONTH_YEAR}))?", re.IGNORECASE)
_VERDICT_AREAS = [("help_and_protection", r"help\s+and\s+protection"), ("children_in_care", r"children\s+in\s+care|looked\s+after"),
                  ("care_leavers", r"care\s+leavers"), ("leadership", r"\bleaders(?:hip)?\b")]


def _verdicts(sentence: str) -> list[tuple[list[dict], str | None, int]]:
    """What a sentence says earlier inspections judged: ([{area, grade}], date or None, position).
    The areas are those named in the clause before the verdict; none named is the overall grade."""
    out = []
    last = 0
    for m in _VERDICT.finditer(sentence):
        g = m.group("grade").lower()
        grade = "requires_improvement" if g.startswith("requir") else g
        clause = re.split(r"[,;]|\bwhen\b|\bsince\b", sentence[last:m.start()])[-1]
        areas = [a for a, rx in _VERDICT_AREAS if re.search(rx, clause, re.IGNORECASE)] or ["overall"]
        d = find_dates(m.group("date")) if m.group("date") else []
        out.append(([{"area": a, "grade": grade} for a in areas], d[0].first if d else None, m.start()))
        last = m.end()
    return out


def _prior_inspections(spans: list[Span], current: dict, council: Council | None) -> list[dict]:
    """Earlier inspections a letter refers to, one per inspection: "judged inadequate in May
    2023" (its published date and overall grade) and "the ILACS inspection in March 2023"
    (its start) are the same event when the judgement follows the inspection within months.
    A verdict without a date of its own ("the last inspection in 2019, when services were
    judged to be good") belongs to the inspection its sentence names."""
    found: list[dict] = []
    for sp in spans:
        if current.get("span") and sp.start == current["span"][0]:
            continue
        mentions = []
        for m in _PRIOR_INSPECTION.finditer(sp.text):
            kind = (m.group("kind") or "").lower()
            if m.group("what").lower() == "visit":
                typ = "focused_visit" if "focused" in kind else "monitoring_visit" if "monitoring" in kind else None
                if typ is None:
                    continue
            else:
                typ = "jtai" if "joint" in kind else "other" if kind in ("sif", "single inspection") else "ilacs"
            d = find_dates(m.group("date"))
            if not d or d[0].first == current.get("start"):
                continue
            if typ == "ilacs" and int(d[0].first[:4]) < ILACS_FROM:
                typ = "other"  # before ILACS, councils were inspected under the single inspection framework
            mentions.append({"type": typ, "start": d[0].first, "published": None, "judgements": [], "span": _sp(sp)})
        for judgements, date, _pos in _verdicts(sp.text):
            if date:
                typ = "ilacs" if int(date[:4]) >= ILACS_FROM else "other"
                found.append({"type": typ, "start": None, "published": date, "judgements": judgements, "span": _sp(sp)})
            elif len(mentions) == 1 and mentions[0]["type"] in ("ilacs", "other"):
                mentions[0]["judgements"] += judgements
        found += mentions
    events: list[dict] = []
    for f in sorted(found, key=lambda f: f["start"] is None):
        target = None
        for e in events:
            if e["type"] != f["type"]:
                continue
            if f["start"] and e["start"]:
                if f["start"].startswith(e["start"]) or e["start"].startswith(f["start"]):
                    target = e
            elif f["published"] and e["start"] and months_between(e["start"], f["published"]) in range(0, 5):
                target = e
            if target:
                break
        if target is None:
            target = {"type": f["type"], "start": None, "published": None, "judgements": [], "span": f["span"]}
            events.append(target)
        if f["start"] and (not target["start"] or len(f["start"]) > len(target["start"])):
            target["start"] = f["start"]
        target["published"] = target["published"] or f["published"]
        for j in f["judgements"]:
            if all(j["area"] != k["area"] for k in target["judgements"]):
                target["judgements"].append(j)
    out = []
    for e in events:
        insp = _new_inspection(council, e["type"])
        insp.update(start=e["start"], published=e["published"], span=e["span"], judgements=e["judgements"])
        insp["id"] = _inspection_id(council, e["type"], e["start"] or e["published"])
        out.append(insp)
    return out


def _letter_date(top: str) -> str | None:
    """The letter's date: a day, on a line of its own, above the salutation."""
    return next((d for d in map(date_line, top.split("\n")) if d), None)


def _letter_inspection(doc, spans, council) -> tuple[dict, dict]:
    """The letter's visit, and who inspected: {"title", "spans": {name: span}}."""
    text = doc.text
    head = text[:HEAD]
    insp = _new_inspection(council, _letter_type(head))
    dear = re.search(r"^[^\S\n]*Dear\b", text, re.MULTILINE)
    top = text[:dear.start()] if dear else head[:600]
    insp["published"] = _letter_date(top) or doc.published
    for sp in spans[:60]:
        if re.search(r"\bfindings\s+of\s+(?:the|a|an)\b|\bvisit\s+to\b.*\b(?:on|between)\b", sp.text, re.IGNORECASE):
            d = find_dates(with_years(sp.text, insp["published"]), years=False)
            if d:
                insp["start"], insp["end"] = d[0].first, d[0].last
                insp["span"] = _sp(sp)
                break
    for sp in spans[:60]:
        m = re.search(r"\b(\w+)\s+monitoring\s+visit\b", sp.text, re.IGNORECASE)
        if m:
            w = m.group(1).lower()
            n = _ORDINALS.get(w) or (int(re.match(r"\d+", w).group()) if re.match(r"\d+(?:st|nd|rd|th)$", w) else None)
            if n:
                insp["sequence"] = n
                break
    names, where, title = _letter_inspectors(text, spans)
    insp["inspectors"] = names
    insp["areas"] = _areas(text, spans)
    return insp, {"title": title, "spans": where}


def _areas(text: str, spans: list[Span]) -> list[str]:
    """Themes of the areas a visit covered: the bullets under "Areas covered", or the sentence
    saying what inspectors looked at."""
    m = re.search(r"^[^\S\n]*Areas\s+covered[^\n]*$", text, re.MULTILINE | re.IGNORECASE)
    chosen = _bullets_after(text, spans, m.end()) if m else []
    if not chosen:
        chosen = [sp for sp in spans[:60] if re.match(r"Inspectors\s+(?:looked\s+at|considered|evaluated|reviewed)\b.*"
                                                      r"\b(?:arrangements|progress|quality|response)\b", sp.text)][:1]
    out: list[str] = []
    for sp in chosen:
        out += [t for t in themes_of(sp.text) if t not in out]
    return out


# ---------------------------------------------------------------- findings

def _finding_spans(text: str, spans: list[Span], kind: str, insp: dict) -> tuple[list[Span], set[int], list[Span]]:
    """The sentences of the document's findings: (body sentences, the starts of those among
    them that are context only, not findings, "what needs to improve" bullets). Context
    sentences (a council's actions) still lend their themes to the sentences after them."""
    end = _END.search(text)
    end_pos = end.start() if end else len(text)
    if kind == "ofsted_letter":
        h = re.search(r"^[^\S\n]*(?:Headline\s+findings|Overview|Main\s+findings|Findings)\s*$", text, re.MULTILINE | re.IGNORECASE)
        start = h.end() if h else (insp.get("span") or [0, 0])[1]
    else:
        js = [j["span"][1] for j in insp.get("judgements", []) if j.get("span")]
        start = max(js) if js else (insp.get("span") or [0, 0])[1]
    skip = []
    for f in _FACTS.finditer(text):
        resume = _RESUME.search(text, f.end())
        skip.append((f.start(), resume.start() if resume else len(text)))
    bullets = [sp for sp in _improve_bullets(text, spans) if sp.start < end_pos]
    bullet_starts = {sp.start for sp in bullets}
    body: list[Span] = []
    context_only: set[int] = set()
    for sp in spans:
        if sp.start < start or sp.start >= end_pos or sp.start in bullet_starts:
            continue
        if any(a <= sp.start < b for a, b in skip):
            continue
        if _heading(sp) or _PROCEDURAL.match(sp.text) or _boilerplate(sp.text):
            continue
        body.append(sp)
        if _ACTION.search(sp.text) and not _EVALUATIVE_STRONG.search(sp.text):
            context_only.add(sp.start)
    return body, context_only, bullets


def _improve_bullets(text: str, spans: list[Span]) -> list[Span]:
    """The sentences of the bulleted lists under "What needs to improve" headings."""
    return [sp for h in _IMPROVE_HEADING.finditer(text) for sp in _bullets_after(text, spans, h.end())]


def _bullets_after(text: str, spans: list[Span], pos: int) -> list[Span]:
    """The sentences of the bulleted list that follows `pos` (a heading): its bullet paragraphs,
    up to the first paragraph that is not one. An introduction ending in a colon ("...in the
    following areas:") and footnote markers or page numbers before the list are passed over."""
    out: list[Span] = []
    para = None
    for sp in spans:
        if sp.start < pos or sp.text.isdigit():
            continue
        if sp.para != para:
            if not text[:sp.start].rstrip(" ").endswith("•"):
                if not out and sp.text.endswith(":"):
                    continue
                break
            para = sp.para
        out.append(sp)
    return out


def _heading(sp: Span) -> bool:
    """A heading or label line, not a sentence: short, no closing stop, a line of its own."""
    if sp.text.endswith((".", "!", "’", "”", '"', ")")) and sp.words > 3:
        return False
    if sp.words <= 12 and not sp.text.endswith("."):
        return True
    if re.search(rf":\s*(?:{GRADE})$", sp.text, re.IGNORECASE):
        return True
    return False


# Page furniture of Ofsted's documents: headings of the lists of what to improve, the report's
# title as a running header (with its dates and page number), the complaints and copyright paragraphs, addresses and links.
_FURNITURE = re.compile(
    r"^(?:What\s+needs\s+to\s+improve\b|What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\b|"
    r"Areas\s+for\s+(?:priority\s+action|improvement)\s*:?$|Any\s+complaints\s+about\s+the\s+inspection\b|"
    r"You\s+may\s+(?:re-?use|copy)\s+this\b|This\s+document\s+may\s+be\s+reproduced\b|Ofsted\s*$|"
    r"(?:Re-?\s*)?Inspection\s+of\b[^.]{0,150}children(?:['’]s)?\s+(?:social\s+care\s+)?services[^.]{0,60}$)|"
    r"Piccadilly\s+Gate|enquiries@ofsted|www\.|https?://|Textphone|Crown\s+copyright|©|"
    r"Open\s+Government\s+Licen[cs]e|Office\s+for\s+Standards\s+in\s+Education,|"
    r"cross-referenced\s+with\s+the\s+outcomes|national\s+framework\)$", re.IGNORECASE)


def _boilerplate(s: str) -> bool:
    return bool(_FURNITURE.search(s.strip()))


# ---------------------------------------------------------------- digest

def _inspection_id(council: Council | None, typ: str, start: str | None) -> str:
    return f"{slug(council.name) if council else 'unknown'}-{typ}-{start or 'undated'}"


def _new_inspection(council: Council | None, typ: str) -> dict:
    return {"id": None, "council": council.formal_name if council else None,
            "ons_code": council.ons_code if council else None, "type": typ,
            "start": None, "end": None, "published": None, "sequence": None,
            "inspectors": [], "judgements": [], "span": None}


def _inspector_people(insp: dict, who: dict) -> list[Person]:
    """The inspectors as people. Where the document does not give their title, it is the one
    of the day: Her Majesty's Inspector until the Queen's death on 8 September 2022."""
    title, where = who["title"], who["spans"]
    if not title:
        when = insp.get("start") or insp.get("published") or ""
        title = "Her Majesty’s Inspector" if when and when < "2022-09-08" else HMI_TITLE
    return [Person(id=f"person-{slug(n)}", name=n, roles=[Role(title=title, organisation="Ofsted", span=where.get(n))],
                   span=where.get(n)) for n in insp["inspectors"]]


def extract_ofsted(parsed, kind: str) -> Digest:
    """The digest of an Ofsted letter or report, from its parsed document (`loaders.parse.Parsed`)."""
    from loaders.pipeline import run_pipeline
    return run_pipeline(parsed, kind)
