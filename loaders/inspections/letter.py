"""An Ofsted letter's visit (monitoring visits, focused visits, JTAIs): its date line, "This letter
summarises the findings of the monitoring visit to X on 25 and 26 March 2025", the areas covered,
the inspectors; and the earlier inspections it cites ("since the local authority was judged
inadequate in May 2023", "since the ILACS inspection in March 2023"), each an inspection of its own.
"""
from __future__ import annotations

import re

from loaders.dates import date_line, find_dates, months_between, with_years
from loaders.findings import themes_of
from loaders.findings.ofsted import bullets_after
from loaders.gazetteer import Council
from loaders.inspections import ILACS_FROM, framework, inspection_id, new_inspection
from loaders.layout import HEAD
from loaders.lexicon import MONTH
from loaders.ofsted_people import letter_inspectors
from loaders.text import Span, offsets

_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}


# ---------------------------------------------------------------- letters

_LETTER_TYPES = re.compile(r"\b(?P<monitoring_visit>monitoring\s+visit)|\b(?P<focused_visit>focused\s+(?:assurance\s+)?visit)|"
                           r"\b(?P<jtai>joint\s+targeted\s+area\s+inspection|JTAI)\b", re.IGNORECASE)


def _letter_type(head: str) -> str:
    """The kind of visit the letter's heading or opening names first: a focused visit's letter
    may go on to mention earlier monitoring visits, and the reverse."""
    m = _LETTER_TYPES.search(head)
    return m.lastgroup if m else "other"


_MONTH_YEAR = (rf"(?:{MONTH}\s*[/–-]\s*)?{MONTH}?"  # "April/May 2016"
               r"\s*(?:19|20)\d\d")
_PRIOR_INSPECTION = re.compile(
    r"\b(?:(?P<kind>ILACS|SIF|single\s+inspection|full|standard|short|last|previous|judgement|focused|monitoring|"
    r"joint\s+targeted\s+area)\s+)?(?:Ofsted\s+)?(?P<what>inspection|visit|"
    # the verb ("were last inspected by Ofsted in March 2018") after an auxiliary or "last"
    r"(?<=\bwas\s)inspected|(?<=\bwere\s)inspected|(?<=\bbeen\s)inspected|(?<=\blast\s)inspected)\b"
    # what was inspected may stand between: "of East Riding Council's children's services", "by Ofsted", "took place"
    r"(?:[^.;]{0,25}?|\s+(?:(?:of|by)\s+)?(?:(?!\b(?:inspections?|visits?|inspected)\b)[^.;,]){0,60}?(?:services|Ofsted)(?:\s+took\s+place)?)"
    r"\s*\b(?:in|of|on|during)\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+)?{_MONTH_YEAR})", re.IGNORECASE)
# "judged inadequate", "judged to require improvement to be good", "judged all services as requiring
# improvement", "found to be inadequate"; optionally "... in May 2023"
_VERDICT = re.compile(
    r"(?:\b(?:judged|found|rated|graded)\s+(?:overall\s+)?(?:all\s+services\s+)?"
    r"|\bwhich\s+(?:judged|rated|graded)\s+(?P<what>(?:the\s+|its\s+)?(?:service|services|local\s+authority|authority|council|it)\b[^.;]{0,80}?\s+)"
    r"|\boverall\s+(?:judgement|grade|rating|effectiveness)\s+of\s+"
    # "found that services for children in St Helens required improvement to be good"
    r"|\b(?:found|concluded)\s+that\s+(?P<what2>(?:the\s+)?(?:overall\s+effectiveness\s+of\s+)?(?:services?|children[’']s\s+services|the\s+local\s+authority|the\s+council|it)\b"
    r"[^.;]{0,60}?\s+)(?:were\s+|was\s+|are\s+|is\s+)?)"
    r"(?:to\s+be\s+|to\s+|as\s+(?:being\s+)?)?['‘]?"
    r"(?P<grade>outstanding|good|inadequate|requir(?:es|e|ed|ing)\s+improvement(?:\s+to\s+be\s+good)?)"
    rf"(?:[’']?[^.;]{{0,40}}?\bin\s+(?P<date>{_MONTH_YEAR}))?", re.IGNORECASE)
_VERDICT_AREAS = [("help_and_protection", r"help\s+and\s+protection"), ("children_in_care", r"children\s+in\s+care|looked\s+after"),
                  ("care_leavers", r"care\s+leavers"), ("leadership", r"\bleaders(?:hip)?\b"), ("adoption", r"\badoption\b")]


# "The last time Ofsted visited the London Borough of X was in 2019, when it carried out an inspection ..."
_LAST_TIME = re.compile(rf"\blast\s+time\s+(?:that\s+)?Ofsted\s+(?:visited|inspected)\b[^.;]{{0,80}}?\bin\s+(?P<date>(?:\d{{1,2}}\s+)?{_MONTH_YEAR})",
                        re.IGNORECASE)
_LAST_INSPECTION = re.compile(r"\b(?:last|previous|most\s+recent)\s+(?:(?:full|Ofsted|ILACS|standard|judgement)\s+){0,2}inspection\b",
                              re.IGNORECASE)
# The inspection the sentence before named: "Since that inspection, when ...", "All areas were judged to be good".
_THAT_INSPECTION = re.compile(r"\b(?:that|this)\s+(?:full\s+|last\s+)?inspection\b", re.IGNORECASE)


# What a verdict in the sentence after an inspection's may grade instead: audits, other inspectorates.
_OTHER_SUBJECT = re.compile(r"\b(?:audit\w*|HMI\s+Probation|CQC|youth\s+(?:offending|justice)|schools?|provider|home)\b", re.IGNORECASE)


def _verdicts(sentence: str) -> list[tuple[list[dict], str | None, int]]:
    """What a sentence says earlier inspections judged: ([{area, grade}], date or None, position).
    The areas are those named in the clause before the verdict; none named is the overall grade."""
    out = []
    last = 0
    for m in _VERDICT.finditer(sentence):
        g = m.group("grade").lower()
        grade = "requires_improvement" if g.startswith("requir") else g
        # what was judged: the clause before the verdict, from its conjunction ("..., despite the local authority being judged")
        clause = re.split(r";|\b(?:when|since|that|despite|while|whilst|although|where)\b", sentence[last:m.start()])[-1] + " " + (m.group("what") or m.group("what2") or "")
        areas = [a for a, rx in _VERDICT_AREAS if re.search(rx, clause, re.IGNORECASE)]
        if not areas or re.search(r"\boverall\b", clause, re.IGNORECASE):  # "the overall effectiveness, and services for children in care"
            areas = ["overall"] + areas
        d = find_dates(m.group("date")) if m.group("date") else []
        # adoption was judged apart before 2018, under no area of today's
        out.append(([{"area": None, "grade": grade, "label": "adoption"} if a == "adoption" else {"area": a, "grade": grade} for a in areas],
                    d[0].first if d else None, m.start()))
        last = m.end()
    return out


def _last_inspection(sp: Span, current: dict, judgements: list[dict]) -> dict:
    """The last inspection a sentence grades: at the first date it gives before this visit's year, or undated;
    under ILACS when dated from 2018, or undated with this visit years into ILACS."""
    year = int((current.get("start") or "0")[:4])
    dates = find_dates(sp.text)
    # "At the last full Ofsted inspection ..., published in January 2018": when its report came out, earlier than this visit
    out = next((d.first for d in dates if re.search(r"\bpublished\s+(?:in\s+|on\s+)?$", sp.text[max(0, d.start - 16):d.start])
                and d.first < (current.get("start") or "9999")), None)
    start = next((d.first for d in dates if int(d.first[:4]) < year and d.first != out), None)
    typ = framework(start or out) if start or out else "ilacs" if year >= ILACS_FROM + 3 else "other"
    return _mention(typ, start, sp, judgements, published=out)


def _mention(typ: str, start: str | None, sp: Span, judgements: list[dict] | None = None, published: str | None = None) -> dict:
    """An earlier inspection as one sentence names it."""
    return {"type": typ, "start": start, "published": published, "judgements": judgements or [], "span": offsets(sp)}


def prior_inspections(spans: list[Span], current: dict, council: Council | None) -> list[dict]:
    """Earlier inspections a letter refers to, one per inspection: "judged inadequate in May
    2023" (its published date and overall grade) and "the ILACS inspection in March 2023"
    (its start) are the same event when the judgement follows the inspection within months.
    A verdict without a date of its own ("the last inspection in 2019, when services were
    judged to be good") belongs to the inspection its sentence names."""
    found: list[dict] = []
    before: list[dict] = []  # the earlier inspections the sentence before named
    for sp in spans:
        if current.get("span") and sp.start == current["span"][0]:
            continue
        mentions = []
        for m in _PRIOR_INSPECTION.finditer(sp.text):
            kind = (m.group("kind") or "").lower()
            if m.group("what").lower() == "visit":
                typ = "focused_visit" if "focused" in kind else "monitoring_visit" if "monitoring" in kind else \
                    "other" if kind in ("last", "previous") else None  # "since the last Ofsted visit in May 2021": of some kind
                if typ is None:
                    continue
            else:
                typ = "jtai" if "joint" in kind else "other" if kind in ("sif", "single inspection") else "ilacs"
            if re.search(r"\d", sp.text[m.end("what"):m.start("date")]):
                continue  # "improved from 58% at the time of the inspection to 86% in February 2016": the figure's date
            d = find_dates(re.sub(r"\s*/\s*", " to ", m.group("date")))  # "April/May 2016": from April
            if not d or d[0].first == current.get("start"):
                continue
            if typ == "ilacs":
                typ = framework(d[0].first)  # before ILACS, councils were inspected under the single inspection framework
            mentions.append(_mention(typ, d[0].first, sp))
        last_time = _LAST_TIME.search(sp.text)
        if last_time and not mentions:
            d = find_dates(last_time.group("date"))
            if d and d[0].first != current.get("start"):
                typ = framework(d[0].first) if re.search(r"\binspection\b", sp.text) else "other"
                mentions.append(_mention(typ, d[0].first, sp))
        dated: list[dict] = []  # the inspections this sentence's verdicts date
        for judgements, date, _pos in _verdicts(sp.text):
            if date:
                dated.append(_mention(framework(date), None, sp, judgements, published=date))
                found.append(dated[-1])
            elif dated and not mentions:
                # "judged inadequate ... in June 2015, when services for care leavers were also judged to be inadequate"
                dated[-1]["judgements"] += [j for j in judgements if all(j["area"] != k["area"] for k in dated[-1]["judgements"])]
            elif len(mentions) == 1 and mentions[0]["type"] in ("ilacs", "other"):
                mentions[0]["judgements"] += judgements
            elif not mentions and len(before) == 1 and (_THAT_INSPECTION.search(sp.text) or not _OTHER_SUBJECT.search(sp.text)):
                before[0]["judgements"] += judgements  # "Since that inspection, when ... was judged to be ..."
            elif not mentions and _LAST_INSPECTION.search(sp.text):
                # "At the last inspection of Kestrelford's services in January 2019, ... were found to require
                # improvement", "Since the last inspection, when the overall effectiveness was judged to be ...":
                # the inspection at the sentence's earlier date, or without a date, its grade kept
                mentions.append(_last_inspection(sp, current, judgements))
        found += mentions
        # (the inspection a dated verdict names when the sentence names none: "At that inspection, ... were also judged")
        before = [m for m in (mentions or dated) if m["type"] in ("ilacs", "other")]
    if not found:
        # "have continued to develop positively since the last inspection": an earlier inspection, its date untold
        since = next((sp for sp in spans if _LAST_INSPECTION.search(sp.text)), None)
        if since:
            found.append(_last_inspection(since, current, []))
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
        insp = new_inspection(council, e["type"])
        insp.update(start=e["start"], published=e["published"], span=e["span"], judgements=e["judgements"])
        insp["id"] = inspection_id(council, e["type"], e["start"] or e["published"])
        out.append(insp)
    return out


def _letter_date(top: str) -> str | None:
    """The letter's date: a day, on a line of its own, above the salutation."""
    return next((d for d in map(date_line, top.split("\n")) if d), None)


# The sentence that dates the visit: "This letter summarises the findings of the monitoring visit to X on...",
# a JTAI's "Between 4 and 8 March 2019, Ofsted, the CQC, ... undertook a joint inspection of..."
_VISIT_SENTENCE = re.compile(r"\bfindings\s+of\s+(?:the|a|an)\b|\bvisit\s+to\b.*\b(?:on|between)\b|"
                             r"\b(?:undertook|carried\s+out|conducted|completed)\s+(?:a|an)\s+(?:joint\s+)?(?:targeted\s+area\s+)?"
                             r"inspection\b", re.IGNORECASE)


def letter_inspection(doc, spans, council) -> tuple[dict, dict]:
    """The letter's visit, and who inspected: {"title", "spans": {name: span}}."""
    text = doc.text
    head = text[:HEAD]
    insp = new_inspection(council, _letter_type(head))
    dear = re.search(r"^[^\S\n]*Dear\b", text, re.MULTILINE)
    top = text[:dear.start()] if dear else head[:600]
    insp["published"] = _letter_date(top) or doc.published
    for sp in spans[:60]:
        if _VISIT_SENTENCE.search(sp.text):
            d = find_dates(with_years(sp.text, insp["published"]), years=False)
            if d:
                insp["start"], insp["end"] = d[0].first, d[0].last
                insp["span"] = offsets(sp)
                break
    for sp in spans[:60]:
        m = re.search(r"\b(\w+)\s+monitoring\s+visit\b", sp.text, re.IGNORECASE)
        if m:
            w = m.group(1).lower()
            n = _ORDINALS.get(w) or (int(re.match(r"\d+", w).group()) if re.match(r"\d+(?:st|nd|rd|th)$", w) else None)
            if n:
                insp["sequence"] = n
                break
    names, where, title, own = letter_inspectors(text, spans)
    insp["inspectors"] = names
    insp["areas"] = _areas(text, spans)
    return insp, {"title": title, "spans": where, "titles": own}


def _areas(text: str, spans: list[Span]) -> list[str]:
    """Themes of the areas a visit covered: the bullets under "Areas covered", or the sentence
    saying what inspectors looked at."""
    m = re.search(r"^[^\S\n]*Areas\s+covered[^\n]*$", text, re.MULTILINE | re.IGNORECASE)
    chosen = bullets_after(text, spans, m.end()) if m else []
    if not chosen:
        chosen = [sp for sp in spans[:60] if re.match(r"Inspectors\s+(?:looked\s+at|considered|evaluated|reviewed)\b.*"
                                                      r"\b(?:arrangements|progress|quality|response)\b", sp.text)][:1]
    out: list[str] = []
    for sp in chosen:
        out += [t for t in themes_of(sp.text) if t not in out]
    return out
