"""Local news articles about a council's children's services -> the document digest.

The text of a scraped page carries debris (adverts, "READ MORE" links, newsletter
prompts, captions): `loaders.debris` cuts it away first, so none of it can become a
finding, a person, a quote or a figure. Then:

- councils: those the article names (the one it is about first);
- inspections the article reports, with type, dates and judgements
  ("rated as inadequate in four out of five of the key areas – including the overall rating");
- people with roles (`loaders.people`), quotes (`loaders.quotes`), figures (`loaders.figures`),
  responses (`loaders.responses`), organisations (`loaders.organisations`);
- concerns and improvements (`loaders.findings`) from the reporter's sentences and from
  what Ofsted is quoted as saying, never from headlines, captions or politicians' quotes.

Dates are resolved against the document's own date (a dateline, HTML metadata, or
doc.published); relative dates ("last May", "earlier this year") stay null without one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders import dates as _dates
from loaders.dates import RELATIVE as _RELATIVE
from loaders.dates import counted_years, dateline, normalise_iso, relative_dates, resolve_after, resolve_date, yearless_ranges
from loaders.debris import is_heading
from loaders.digest import CouncilRef, Digest, Finding, Inspection, Person, Quote
from loaders.lexicon import MONTH as _MON_RE
from loaders.lexicon import MONTHS as _MONTHS
from loaders.text import Span

# ---------------------------------------------------------------- dates

def document_date(doc) -> str | None:
    """The article's date: a dateline in its first lines ("Published: 3 May 2024"), else
    the date its metadata gives (HTML meta, sidecar, --published)."""
    for line in doc.text.split("\n")[:12]:
        v = dateline(line) if len(line.split()) <= 12 else None
        if v:
            return v
    return normalise_iso(doc.published)


# ---------------------------------------------------------------- councils

def _councils(spans: list[Span], title: str | None) -> list[dict]:
    from loaders.gazetteer import find_councils
    counts: dict[str, list] = {}
    for sp in ([Span(0, 0, title)] if title else []) + spans:
        for c, s, e in find_councils(sp.text):
            written = sp.text[s:e]
            entry = counts.setdefault(c.ons_code, [c, 0, None, sp])
            entry[1] += 1 + (2 if sp.end == 0 else 0)
            if re.search(r"council$", written, re.IGNORECASE) and len(written.split()) > 1 and not entry[2]:
                entry[2] = re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)
    ranked = sorted(counts.values(), key=lambda e: -e[1])
    # the council the article is about, and others it names as councils or more than in passing
    ranked = ranked[:1] + [e for e in ranked[1:] if e[2] or e[1] >= 2]
    out = []
    for c, n, written, sp in ranked:
        if written:  # the article's own name ("Hull City Council", not "Kingston upon Hull"), not its capitals
            written = re.sub(r"\b[A-Z]{4,}\b", lambda w: w.group().title(), written)
        name = written or c.formal_name
        item = {"id": c.ons_code, "name": name, "ons_code": c.ons_code, "mentions": n}
        if sp.end:
            item["span"] = [sp.start, sp.end]
        out.append(item)
    return out


# ---------------------------------------------------------------- inspections

_GRADE_WORDS = [
    ("requires_improvement", r"(?:requires?|requiring|required)\s+improvement(?:\s+to\s+be\s+good)?|improvement\s+required|cannot\s+(?:yet\s+)?be\s+(?:rated|judged|graded)\s+(?:as\s+)?good|not\s+yet\s+good"),
    ("inadequate", r"inadequate|(?:lowest|worst)(?:\s+possible)?\s+(?:rating|grade|judgement)|lowest\s+possible\s+level|failing"),
    ("outstanding", r"outstanding|(?:highest|top)(?:\s+possible)?\s+(?:rating|grade|judgement)"),
    ("good", r"good"),
]
_RATED = r"(?:rated|re-?rated|judged|deemed|classed|branded|graded|found\s+to\s+be|assessed\s+as|declared|labelled|slammed|upgraded|downgraded|rating|judgement|grade|verdict|remains?|remained|was|were|is|are|be(?:ing)?)"
_AREAS = [
    ("overall", r"overall(?:\s+(?:rating|effectiveness|judgement|grade))?"),
    ("help_and_protection", r"help\s+and\s+protection|need\s+(?:of\s+)?help\s+(?:and|or)\s+protection|child\s+protection"),
    ("children_in_care", r"children\s+in\s+care|looked[\s\-]after\s+children|children\s+looked\s+after"),
    ("care_leavers", r"care\s+leavers|leaving\s+care"),
    ("leadership", r"(?:impact\s+of\s+)?leaders(?:hip)?(?:,?\s+management\s+and\s+governance)?"),
    (None, r"adoption|fostering|(?:local\s+)?safeguarding\s+children\s+board|LSCB"),  # judged by the old framework, no ILACS area
]
# "leadership" names the judgement only in these words, not as in "leaders said"
_LEADERSHIP_GRADED = re.compile(r"impact\s+of\s+leaders|leadership,?\s+management|leadership\s+(?:was|were|is|are|rated|judged|graded|requires?)\b|"
                                r"\bfor\s+(?:its\s+|the\s+|their\s+)?leadership", re.IGNORECASE)
# Ofsted's judgements by the size of the framework: "all five areas" of a 2023 ILACS, "all four" of a 2018 one
_ALL_AREAS = {"five": ["overall", "help_and_protection", "children_in_care", "care_leavers", "leadership"],
              "four": ["overall", "help_and_protection", "children_in_care", "leadership"]}
_ALL_AREAS["5"], _ALL_AREAS["4"] = _ALL_AREAS["five"], _ALL_AREAS["four"]
_FUTURE = re.compile(r"\b(?:bracing|preparing|prepares?|expects?|expected|expecting|will|would|due\s+to|set\s+to|ahead\s+of|awaiting|awaits|planned|upcoming|forthcoming|next)\b", re.IGNORECASE)


_RATING_CONTEXT = re.compile(
    r"\b(?:rated|re-?rated|rating|ratings|judged|judgement|graded|grade|deemed|classed|branded|assessed|declared|labelled|"
    r"slammed|upgraded|downgraded|found\s+to\s+be|remains?|remained|kept|keeps|retained?|retains|received|receives|awarded|"
    r"given|achieved|achieves|maintained|earned|moved\s+(?:up\s+)?to|improved\s+to|jumped\s+(?:\w+\s+){0,3}to|rising\s+to|"
    r"rose\s+to|from|verdict|ofsted|inspectors?|inspection)\b", re.IGNORECASE)
_AFTER_OK = re.compile(r"^[’'\"”]?\s*(?:$|[,.;:)–—-]|(?:rating|ratings|judgement|grade|overall|in|across|for|by|after|following|at|and|"
                       r"with|since|when|last|this|on|from|to|as|again|judgement|verdict|—|but|while|after|before|two|three|"
                       r"four|five|once|yet|for|\d)\b)", re.IGNORECASE)


def _grade_mentions(s: str, context_area: str | None = None) -> list[tuple[str, str | None, int]]:
    """(grade, area, position) for each judgement the sentence reports: "rated inadequate",
    "a 'good' rating", "judged good in all four areas", "cannot yet be rated as good".
    `context_area` is the area the previous sentence named ("This area requires improvement")."""
    raw = []
    for grade, rx in _GRADE_WORDS:
        for m in re.finditer(rf"(?<![\w-])(?:{rx})(?![\w-])", s, re.IGNORECASE):
            raw.append((m.start(), m.end(), grade))
    # a grade inside a longer one ("requires improvement to be good") is not a grade of its own
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept = []
    for st, en, g in raw:
        if any(st >= a and en <= b for a, b, _ in kept):
            continue
        kept.append((st, en, g))
    out = []
    for st, en, grade in kept:
        before = s[max(0, st - 90):st]
        clause_before = re.split(r"[.;!?]\s", before)[-1]
        after = s[en:en + 40]
        quoted = bool(re.search(r"[‘'\"“]$", before)) and bool(re.match(r"[’'\"”]", after))
        multiword = grade == "requires_improvement" and not re.match(r"inadequate", s[st:en], re.IGNORECASE)
        if re.fullmatch(r"failing", s[st:en], re.IGNORECASE) and not re.search(
                r"\b(?:judged|rated|deemed|found|branded|declared)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "failing services": a word, not the grade "judged to be failing"
        if re.search(r"\bno\s+(?:other\s+)?(?:[\w\-]+\s+){0,3}(?:local\s+authorit\w+|councils?|authorit\w+)\s+(?:[\w\-]+\s+){0,5}(?:rated|judged|graded)\s+(?:as\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "no North West local authorities currently rated 'Outstanding'": not this council's
        if re.search(r"\b(?:not|no\s+longer|never|nor)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:rated\s+|judged\s+)?(?:as\s+)?[‘'\"“]?$", before, re.IGNORECASE) \
                and grade != "requires_improvement":
            continue
        if not quoted and not multiword and not _AFTER_OK.match(after):
            continue  # an adjective: "good progress", "inadequate care planning"
        if grade == "requires_improvement" and not quoted and not re.search(r"to\s+be\s+good|cannot|not\s+yet\s+good", s[st:en], re.IGNORECASE) \
                and not re.search(r"\b(?:rated|judged|graded|deemed|classed|branded|assessed\s+as|rating|remains?|remained|moved\s+to|improved\s+to|"
                                  r"from|as|was|were|is|are|been|be|still|now)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and not any(am.end() == len(before.rstrip()) for _, am in _area_matches(before.rstrip())):
            continue  # "areas that require improvement" is not a grade
        if grade == "requires_improvement" and not quoted and re.search(
                r"\b(?:areas?|aspects?|parts?|elements?|things|practice|work)\s+(?:that|which|where|for)\s+(?:still\s+|further\s+)?(?:\w+\s+)?$", before, re.IGNORECASE):
            continue  # "areas that still required improvement": what needs work, not the grade
        listed = quoted and _RATING_CONTEXT.search(re.split(r"[.!?]\s", before)[-1])  # "ratings of 'good' for X; 'good' for Y"
        if grade in ("good", "outstanding") and not (_RATING_CONTEXT.search(clause_before[-80:]) or listed or
                                                      re.match(r"[’'\"”]?\s*(?:sub[\s-]?)?(?:rating|judgement|grade|overall)\b", after, re.IGNORECASE)):
            continue
        if grade == "good" and re.search(r"\b(?:as|so|very|really|quite|pretty|feel|feels|felt|looks?|sounds?|news|is|was|are|were)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and not re.search(r"\b(?:rated|judged|graded|deemed|rating|remains?|kept|retained|inspection|ofsted)\b", clause_before, re.IGNORECASE):
            continue
        if grade == "inadequate" and re.search(r"\b(?:from|previously|formerly|was\s+once)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and re.search(r"\bto\s+[‘'\"“]?(?:good|requires|outstanding)", after, re.IGNORECASE):
            continue
        for area in _grade_areas(s, st, en, context_area):
            out.append((grade, area, st))
    seen, res = set(), []
    for g, a, p in sorted(out, key=lambda x: x[2]):
        if (g, a) in seen:
            continue
        seen.add((g, a))
        res.append((g, a, p))
    return res


_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whilst|whereas|but|although)\b", re.IGNORECASE)


def _area_matches(text: str):
    """(area, match) for each judgement area `text` names."""
    for aid, arx in _AREAS:
        for am in re.finditer(rf"\b{arx}\b", text, re.IGNORECASE):
            if aid == "leadership" and not _LEADERSHIP_GRADED.search(text[max(0, am.start() - 12):am.end() + 40]):
                continue
            yield aid, am


def _grade_areas(s: str, st: int, en: int, context_area: str | None = None) -> list[str | None]:
    """The judgement areas a grade at s[st:en] is given for: the area named nearest it (both of
    "children in care and care leavers"), each area for "all five areas", else overall."""
    window = s[st:en + 90]
    if re.search(r"\b(?:four|three|two|\d)\s+(?:out\s+)?of\s+(?:the\s+)?(?:five|four|\d)\b", s[max(0, st - 60):en + 60], re.IGNORECASE) \
            or re.search(r"\bthe\s+other\b", s[max(0, st - 40):st], re.IGNORECASE):
        return ["overall"] if re.search(r"including\s+(?:the\s+)?overall", window, re.IGNORECASE) else [None]
    every = re.search(r"\ball\s+(?P<n>four|five|\d)?\s*(?:key\s+|main\s+)?(?:areas|categories|judgements)\b[^.;]{0,40}$", s[max(0, st - 80):st], re.IGNORECASE) \
        or re.search(r"\b(?:in|across)\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?P<n>four|five|\d+)?\s*(?:key\s+|main\s+)?(?:areas|categories|judgements)", window, re.IGNORECASE)
    if every:
        return _ALL_AREAS.get((every.group("n") or "").lower(), ["overall"])
    # the clause around the grade, cut at semicolons ("'good' for X; 'good' for Y")
    lo, hi = max(0, st - 70), min(len(s), en + 70)
    for b in _CLAUSE_BREAK.finditer(s, lo, hi):
        lo, hi = (b.end(), hi) if b.end() <= st else (lo, min(hi, b.start()))
    near = s[lo:hi]
    found = []
    for aid, am in _area_matches(near):
        a0, a1 = lo + am.start(), lo + am.end()
        found.append((st - a1 if a1 <= st else a0 - en, a0, a1, aid))
    if not found:
        if context_area and re.search(r"\b(?:this|that|these)\s+areas?\b", s, re.IGNORECASE):
            return [context_area]  # "This area requires improvement": the area just named
        return ["overall"]
    found.sort()
    _, a0, a1, aid = found[0]
    areas = [(a0, aid)]
    for am_id, am in _area_matches(s):  # "children in care and care leavers": both
        bid, b0, b1 = am_id, am.start(), am.end()
        gap = s[a1:b0] if a1 <= b0 else s[b1:a0]
        if bid not in (aid, None) and re.fullmatch(r",?\s*(?:and|&)\s*(?:for\s+)?(?:the\s+|its\s+|their\s+)?", gap, re.IGNORECASE):
            areas.append((b0, bid))
    return [a for _, a in sorted(areas)]


def last_area(s: str) -> str | None:
    """The judgement area a sentence names last (for "this area" in the next one)."""
    found = sorted((am.start(), aid) for aid, am in _area_matches(s) if aid not in ("overall", None))
    return found[-1][1] if found else None


def _grade_year(s: str, pos: int) -> str | None:
    """The year a reported grade belongs to when the sentence gives one beside it
    ("rated requires improvement in 2017 and good in 2022", "a 'good' rating in 2018")."""
    m = re.match(rf"[^.;]{{0,40}}?\b(?:in|since)\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\b", s[pos:pos + 70])
    if m and not re.search(r"\b(?:and|but)\s+[‘'\"“]?(?:good|outstanding|inadequate|requires)", s[pos + 3:pos + m.start(2)], re.IGNORECASE):
        return m.group(2) + (f"-{_MONTHS.index(m.group('mon').lower()) + 1:02d}" if m.group("mon") else "")
    m = re.search(rf"\b(?:in|since)\s+(?:(?:\d{{1,2}}\s+)?{_MON_RE}\s+)?((?:19|20)\d\d)\b[^.;]{{0,60}}$", s[max(0, pos - 90):pos], re.IGNORECASE)
    if m and re.search(r"\b(?:previous\w*|last|before|prior|earlier|was|were|had\s+been)\b", s[max(0, pos - 80):pos], re.IGNORECASE):
        return m.group(1)
    return None


_TYPE_PATTERNS = [
    ("monitoring_visit", r"monitoring\s+(?:visit|inspection)s?"),
    ("focused_visit", r"focused\s+visits?"),
    ("jtai", r"joint\s+targeted\s+area\s+inspections?|JTAI"),
    ("ilacs", r"(?:ILACS|(?:was|were|been)\s+(?:last\s+|first\s+|previously\s+)?inspected|full\s+inspection|re-?inspection|inspection|investigation|inspectors?\s+(?:found|said|raised|rated|judged|scrutinised|spent|examined)|"
              r"Ofsted\s+(?:report|rating|judgement|verdict|officials\s+spent))"),
    ("visit", r"(?:latest|recent|most\s+recent|second|third|fourth|fifth|sixth|follow-up|fresh|new|last|their|two-day)\s+(?:review\s+|support\s+|follow-up\s+)?visit|visit\s+(?:in|last|this)\b|"
              r"(?:inspectors|ofsted)\s+(?:who\s+|had\s+|have\s+)?(?:visited|returned|inspected)\b|"
              r"(?<=inspectors\s)(?:[A-Z][\w’'\-]+\s+){1,3}(?:and\s+(?:[A-Z][\w’'\-]+\s+){1,3})?visited\b"),
]


# "its last inspection", "a previous full inspection", "two earlier visits": not the one reported now
_PAST_BEFORE = re.compile(r"\b(?:last|previous|prior|earlier|former|first|past|the\s+\d{4})\s+(?:\w+\s+)?(?:full\s+|ofsted\s+|standard\s+)?$", re.IGNORECASE)
# a grade the sentence puts in the past: "a previous rating of", "previously rated", "since being rated"
_PAST_GRADE = re.compile(r"\b(?:(?:years?|months?)\s+(?:after|since)|previous(?:ly)?|formerly|once|last\s+(?:full\s+)?inspection|prior\s+to|since\s+being|had\s+been|used\s+to\s+be|from)\b[^.;]{0,40}$", re.IGNORECASE)


def _undated_past(found: list[dict], kind: str, grade: str | None = None) -> dict | None:
    """An older inspection recalled without a date (and without a different grade), for a date found later."""
    return next((f for f in found if f.get("_past") and f["type"] == kind and not f["start"]
                 and (grade is None or all(j["grade"] == grade for j in f["judgements"]))), None)


def _inspections(spans: list[Span], council: dict | None, published: str | None) -> list[dict]:
    council_name = council["name"] if council else None
    found: list[dict] = []
    last: dict | None = None
    any_inadequate = False
    prev_area = None
    last_year: int | None = None

    def new(kind: str, sp: Span, start: str | None) -> dict:
        item = {"id": None, "council": council_name, "ons_code": council["ons_code"] if council else None,
                "type": kind, "start": start, "end": None, "published": None, "sequence": None,
                "inspectors": [], "judgements": [], "span": [sp.start, sp.end]}
        found.append(item)
        return item

    for sp in spans:
        s = sp.text
        grades = _grade_mentions(s, prev_area)
        touched: list[dict] = []  # the inspections this sentence speaks of
        prev_area = last_area(s)
        kinds = []
        for kind, rx in _TYPE_PATTERNS:
            for m in re.finditer(rf"\b(?:{rx})\b", s, re.IGNORECASE):
                if kind == "ilacs" and re.match(r"inspection", m.group(), re.IGNORECASE) and re.search(r"(?:monitoring|targeted\s+area)\s+$", s[:m.start()], re.IGNORECASE):
                    continue
                kinds.append((m.start(), kind, m))
        kinds.sort()
        future = bool(_FUTURE.search(s))
        # dates in the sentence: absolute first, then relative
        found_dates = [d for d in _dates.find_dates(s) if not re.fullmatch(r"\d{4}/\d{2}", d.text)]
        abs_dates = [(d.start, d.first) for d in found_dates]
        ends = {d.first: d.last for d in found_dates if d.is_range}
        rel = [(st, v) for st, en, v, w in relative_dates(s, published, future)]
        bare_months = [(m.start(), None) for m in re.finditer(rf"\b(?:in|during)\s+{_MON_RE}\b(?!\s+\d{{4}})", s)]
        for p0, v0, v1 in yearless_ranges(s, published):
            abs_dates.append((p0, v0))
            if v1:
                ends[v0] = v1
        counted = counted_years(s, last_year)
        abs_dates += counted
        years = [int(v[:4]) for _, v in sorted(abs_dates)]
        last_year = years[-1] if years else last_year
        # a mention owns the dates up to the next mention ("the last inspection, or the focused visit in June 2022")
        kinds = [k for k in kinds if not (k[1] in ("visit", "ilacs") and any(o is not k and o[1] not in ("visit", "ilacs")
                 and o[2].start() <= k[2].start() < o[2].end() or o is not k and o[2].start() <= k[2].start() and k[2].end() <= o[2].end() and o[2].end() - o[2].start() > k[2].end() - k[2].start() for o in kinds))]
        other_body = False
        for pos, kind, m in kinds:
            near = s[max(0, m.start() - 40):m.end() + 40]
            if kind == "visit" and re.search(r"\b(?:minister|secretary|MP|prince|princess|king|queen|royal|president|mayor|chancellor|"
                                             r"prime\s+minister|home\s+visits?|visits?\s+to\s+(?:the\s+)?(?:school|home|family))\b", near, re.IGNORECASE):
                continue
            if kind == "ilacs" and re.search(r"\b(?:police|HMICFRS|constabulary|CQC|care\s+quality|school|schools|nursery|hospital|care\s+home|"
                                             r"children[’']?s\s+home|prison|fire|probation|SEND|special\s+educational|youth\s+justice|academy)\b[^.;]{0,25}$",
                                             s[max(0, m.start() - 40):m.start()], re.IGNORECASE):
                other_body = True
                continue
            if future and re.search(r"\b(?:bracing|preparing|expect\w*|will|ahead\s+of|awaiting|due\s+to|set\s+to|upcoming|forthcoming|next)\b[^.]{0,60}$", s[:m.start()], re.IGNORECASE):
                continue
            if kind == "visit" and grades and re.search(r"visited|inspected|returned", m.group(), re.IGNORECASE):
                kind = "ilacs"  # inspectors who visited and graded: a full inspection
            current = [f for f in found if not f.get("_past")]
            if kind == "visit" and current and (re.match(r"their\s+visit\b", m.group(), re.IGNORECASE) or re.match(r"visit\b", m.group(), re.IGNORECASE)
                                                and re.search(r"\b(?:their|the|its|this|that)\s+$", s[max(0, m.start() - 8):m.start()], re.IGNORECASE)):
                kind = current[-1]["type"]
            generic = kind == "visit"
            if kind == "visit":
                kind = "monitoring_visit" if (any_inadequate or any(g == "inadequate" for g, _, _ in grades)) else "focused_visit"
            # the date nearest after the mention (within 40 chars), else just before it
            start = None
            cands = [(abs(p - m.end()), p, v) for p, v in abs_dates + rel + bare_months if -60 < p - m.end() < 75 and ";" not in s[min(p, m.end()):max(p, m.end())]
                     and not any(o[2] is not m and min(p, m.end()) <= o[2].start() < max(p, m.start()) for o in kinds)
                     and not (p > m.end() and re.search(r"\b(?:since|judged|rated|graded|deemed)\b", s[m.end():p], re.IGNORECASE))
                     and not re.search(r"\bsince\s+$", s[max(0, p - 7):p], re.IGNORECASE) and not re.match(r"since\b", s[p:], re.IGNORECASE)]
            relative = False
            if cands:
                _, p0, start = min(cands, key=lambda c: (c[0], c[1]))
                relative = not any(p == p0 for p, _ in abs_dates)
            elif _RELATIVE.search(s) and not abs_dates:
                relative = True
            old = bool(start and not relative and published and int(start[:4]) < int(published[:4]) - 1)
            past = old or bool(_PAST_BEFORE.search(s[max(0, m.start() - 40):m.start()])) and not re.search(r"\b(?:latest|most\s+recent|new)\b", s[max(0, m.start() - 40):m.start()], re.IGNORECASE)
            if past:
                if start or grades:
                    target = next((f for f in found if f.get("_past") and f["type"] == kind and start and (f["start"] or "")[:4] == start[:4]), None) \
                        or (_undated_past(found, kind) if start else None)
                    if target is not None and not target["start"]:
                        target["start"] = start
                    if target is None:
                        target = new(kind, sp, start)
                        target["_past"] = True
                    last = target
                    touched.append(target)
                continue
            # match an existing inspection of the same type
            same = [f for f in found if f["type"] == kind and not f.get("_past")]
            if start and not relative:
                # an absolute date never joins an inspection dated only relatively ("in March")
                same = [f for f in same if not (f.get("_relative") and not f["start"])]
            target = None
            if same:
                if start and any(f["start"] and f["start"][:4] != start[:4] for f in same) and not any(f["start"] and f["start"][:4] == start[:4] for f in same) \
                        and not any(f["start"] is None for f in same):
                    target = None
                elif start and all(f["start"] and f["start"][:4] != start[:4] for f in same) and any(f["judgements"] or f["start"] for f in same) and re.search(r"\b(?:between|since|previous|last|earlier|prior|in\s+\d{4})\b", s[max(0, m.start() - 30):m.end() + 30], re.IGNORECASE):
                    target = None
                else:
                    target = next((f for f in same if start and f["start"] and f["start"][:4] == start[:4]), None) or \
                        next((f for f in same if not f["start"]), None) or same[0]
            if target is None:
                # an ILACS without grades and a year of its own, next to a graded one: another inspection
                target = new(kind, sp, None)
                target["start"] = start
                target["_generic"] = generic
            elif start and not target["start"]:
                target["start"] = start
            if start and start in ends and target["start"] == start and not target["end"]:
                target["end"] = ends[start]
            seq = re.search(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:full\s+)?monitoring\s+)?(?:visit|inspection)\s*$", s[:m.end()], re.IGNORECASE)
            if seq and kind in ("monitoring_visit", "focused_visit") and not target["sequence"]:
                w = seq.group(1).lower()
                order = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
                target["sequence"] = order.index(w) + 1 if w in order else int(re.match(r"\d+", w).group())
            if relative and not start:
                target["_relative"] = True
            last = target
            touched.append(target)
        if grades and other_body and not any(k != "ilacs" for _, k, _ in kinds) and len(kinds) == 1:
            grades = []  # "the school's Ofsted inspection rated it good": not the council's
        if grades:
            default = None
            ilacs = [f for f in found if f["type"] == "ilacs" and not f.get("_past")]
            if last and last["type"] == "ilacs" and last in ilacs and (not last["start"] or not any(f["judgements"] for f in ilacs)):
                default = last
            elif ilacs:
                default = next((f for f in ilacs if f["judgements"]), None) or ilacs[0]
            for g, a, gpos in sorted(grades, key=lambda x: x[1] is None):
                year = _grade_year(s, gpos) or next((v for p, v in reversed(counted) if p < gpos), None)
                target = default
                if not year and _PAST_GRADE.search(s[max(0, gpos - 60):gpos]) and not re.search(r"\bto\s+[‘'\"“]?$", s[max(0, gpos - 6):gpos]):
                    pasts = [f for f in found if f.get("_past")]
                    target = pasts[-1] if pasts else None
                    if target is None:
                        target = new("ilacs", sp, None)
                        target["_past"] = True
                if year and target is default and target is not None and not target["start"] and published and year[:4] == published[:4]:
                    target["start"] = year  # this year's grade: the inspection reported now
                elif year and not (target and target["start"] and target["start"][:4] == year[:4]):
                    target = next((f for f in found if f["type"] == "ilacs" and (f["start"] or "")[:4] == year[:4]), None) or \
                        next((f for f in found if f.get("_past") and (f["start"] or "")[:4] == year[:4]), None) or \
                        _undated_past(found, "ilacs", g)
                    if target is not None and not target["start"]:
                        target["start"] = year
                    if target is None:
                        target = new("ilacs", sp, year)
                        target["_past"] = True
                if target is None:
                    dated = sorted((abs(p - gpos), v) for p, v in abs_dates + rel if v)
                    start = dated[0][1] if dated else None
                    target = default = new("ilacs", sp, start)
                    if not start and (rel or bare_months):
                        target["_relative"] = True
                touched.append(target)
                if year and len(year) >= 7 and target is not None and not target["published"] and target.get("_past"):
                    target["published"] = year  # "handed the lowest rating in April 2017": the report's month
                if g == "inadequate":
                    any_inadequate = True
                js = target["judgements"]
                same_grade = [x for x in js if x["grade"] == g]
                if any(x["area"] == a for x in same_grade):
                    continue
                if a is None and same_grade:
                    continue  # "inadequate in four of five areas, including overall": one judgement
                none = next((x for x in same_grade if x["area"] is None), None)
                if none is not None:
                    none["area"] = a
                    continue
                js.append({"area": a, "grade": g, "span": [sp.start, sp.end]})
            last = default or target
        for f in touched:
            if [sp.start, sp.end] not in f.setdefault("mentions", []):
                f["mentions"].append([sp.start, sp.end])
        # publication: "The findings published on April 28", "the report, published in May"
        pm = re.search(rf"\bpublished\s+(?:on\s+|in\s+|last\s+)?(?P<d>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MON_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|today|yesterday|last\s+month|this\s+month|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))", s)
        if pm and last is not None and not last["published"]:
            v = resolve_date(pm.group("d"), published)
            if v is None and last.get("start"):
                # no document date, but the inspection's own: a report comes out after its visit
                v = resolve_after(pm.group("d"), last["start"])
            last["published"] = v
    for f in found:  # a visit named before the inadequate judgement it follows ("the second visit ... last July, inadequate")
        if f.pop("_generic", False) and any_inadequate and f["type"] == "focused_visit":
            f["type"] = "monitoring_visit"
    _main_inspection(found, spans, published)
    # drop ILACS mentions that carry nothing (no date, no grades) when a graded one exists
    graded = [f for f in found if f["type"] == "ilacs" and f["judgements"]]
    out = []
    for f in found:
        if f["type"] == "ilacs" and not f["judgements"] and not f["start"] and graded:
            continue
        out.append(f)
    # the order: graded ILACS first, then the rest by date
    out.sort(key=lambda f: (1 if f.get("_past") else 0, 0 if f["judgements"] else 1, f["start"] or ""))
    for i, f in enumerate(out):
        f["id"] = f"{f['type']}-{f['start'] or i + 1}"
        f.pop("_relative", None)
        f.pop("_past", None)
    return out


_PUBLISHED_NOW = re.compile(r"\b(?:published|released|issued|revealed|out|unveiled|made\s+public)\s+(?:on\s+)?(?P<d>today|yesterday|this\s+(?:week|month|morning)|last\s+week|"
                            r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?P<d2>today)\s+(?:published|released|revealed)\b", re.IGNORECASE)


def _main_inspection(found: list[dict], spans: list[Span], published: str | None) -> None:
    """The inspection the article reports (not one it recalls): its publication date is the
    day the text says the report came out ("published today", "released this week"), else
    the article's own date; reported without grades or a type ("inspectors scrutinised the
    service"), its type is not known ("other")."""
    current = [f for f in found if not f.get("_past")]
    if not current:
        return
    main = next((f for f in current if f["judgements"]), None) or current[0]
    if not main["published"]:
        for sp in spans:
            m = _PUBLISHED_NOW.search(sp.text)
            if m:
                words = m.group("d") or m.group("d2")
                main["published"] = resolve_date(re.sub(r"^on\s+", "", words), published)
                break
        main["published"] = main["published"] or published
    visits = [f for f in current if f["type"] in ("monitoring_visit", "focused_visit")]
    for f in current:
        if f["type"] == "ilacs" and not f["judgements"] and not any(g["judgements"] for g in current):
            if visits and f is not visits[0] and not (f["start"] and visits[0]["start"] and f["start"][:4] != visits[0]["start"][:4]):
                # "inspectors found ...", in an article about a visit: the visit itself
                v = visits[0]
                v["start"], v["end"] = v["start"] or f["start"], v["end"] or f["end"]
                v["published"] = v["published"] or f["published"]
                found.remove(f)
            else:
                f["type"] = "other"


# ---------------------------------------------------------------- extraction

def _title(doc, spans: list[Span]) -> str | None:
    """The headline: the page's title, else the last heading before the first paragraph
    (a caption may come before it)."""
    if doc.title:
        return doc.title
    heads = []
    for sp in spans[:6]:
        if not is_heading(sp.text):
            break
        if len(sp.text.split()) >= 3:
            heads.append(sp.text)
    if not heads:
        return None
    topical = re.compile(r"\b(?:children|ofsted|council|services?|care|inspect\w*|social|safeguard\w*|report|rated|inadequate|"
                         r"good|outstanding|improv\w*|failing|families|young)\b", re.IGNORECASE)
    return next((h for h in heads if topical.search(h)), heads[0])


def _headings(spans: list[Span]) -> set[int]:
    return {i for i, sp in enumerate(spans) if is_heading(sp.text)}


def news_article(parsed, digest, run) -> None:
    """The news profile's one component for now: every fact of a news article (`loaders.parse.Parsed`)."""
    from loaders.figures import extract_figures, figure_lines
    from loaders.findings import extract_findings
    from loaders.organisations import extract_organisations
    from loaders.people import extract_people
    from loaders.quotes import extract_quotes
    from loaders.responses import extract_responses

    doc, text = parsed.doc, parsed.text
    spans = parsed.content_spans
    published = document_date(doc)
    title = _title(doc, spans)
    digest.document.kind, digest.document.published, digest.document.title = "news", published, title
    figs = figure_lines(text, spans)
    fig_starts = {sp.start for sp in figs}
    heads = _headings(spans)
    prose = [sp for i, sp in enumerate(spans) if i not in heads and sp.start not in fig_starts]

    councils = _councils(prose, title)  # dicts inside news.py, typed in the digest
    digest.councils = [CouncilRef.from_json(c) for c in councils]
    main = councils[0] if councils else None
    council_name = main["name"] if main else None

    people, mentions = extract_people(parsed, prose, council=council_name, published=published,
                                      side=_side_spans(parsed, spans, heads), credits=True,
                                      byline=doc.meta.get("byline") or doc.meta.get("author"))
    digest.people = people
    quotes = extract_quotes(parsed, prose, mentions, people=people, council=council_name)
    digest.quotes = quotes

    inspections = _inspections(prose, main, published)
    _assign_inspectors(inspections, people)

    # findings: the reporter's sentences and Ofsted's words; not politicians' quotes
    politician = _quoted_by_others(quotes, prose)
    listed = _list_items(text, [sp for sp in spans if sp.start not in fig_starts])
    in_prose = {sp.start for sp in prose} | _attributed_headlines(spans, heads)
    finding_spans = [sp for sp in spans if (sp.start in in_prose or sp.start in listed) and not sp.text.endswith(":")
                     and (sp.start not in politician or _RECOGNISED.search(sp.text) or _admits_weakness(sp.text)) and sp.words >= 4
                     and not _not_a_finding(text, sp, mentions, people)]
    current = _current_inspection(inspections)
    concerns, improvements = _findings(_with_news_words(extract_findings), finding_spans, current)
    concerns, improvements = _as_listed(finding_spans, listed, concerns, improvements, current)
    # the headline too ("Children's services placed in special measures"), not other headings or captions
    headline = [spans[0]] if spans and 0 in heads else []
    responses = extract_responses(sorted(prose + _cut_off(spans, heads) + headline, key=lambda sp: sp.start), council_name)
    concerns, improvements = _settle(text, concerns, improvements, {r.span[0] for r in responses} - set(listed))
    digest.concerns, digest.improvements = concerns, improvements

    digest.inspections = [Inspection.from_json(i) for i in inspections]  # built as dicts, typed here
    digest.responses = responses
    digest.figures = extract_figures(text, sorted(figs + prose, key=lambda sp: sp.start))
    digest.organisations = extract_organisations(text, prose, council_name)
    digest.debris = [[s, e, k] for s, e, k in parsed.debris]


def extract_news(parsed) -> Digest:
    """The digest of a news article, from its parsed document (`loaders.parse.Parsed`)."""
    from loaders.pipeline import run_pipeline
    return run_pipeline(parsed, "news")


# A headline or standfirst that says whose finding it reports ("..., Ofsted finds", "'...' said inspectors")
_ATTRIBUTED = re.compile(r"\b(?:(?:says?|said|finds?|found|warns?|reveals?)\s+(?:the\s+)?(?:ofsted|inspectors?|watchdog|report|inspection)|"
                         r"(?:ofsted|inspectors?|watchdog|report|inspection)\s+(?:says?|said|finds?|found|warns?|reveals?))\b", re.IGNORECASE)


def _attributed_headlines(spans: list[Span], heads: set[int]) -> set[int]:
    """Starts of the opening headings (headline, standfirst) that report what the inspection found."""
    out = set()
    for i, sp in enumerate(spans[:4]):
        if i in heads and _ATTRIBUTED.search(sp.text):
            out.add(sp.start)
    return out


def _list_items(text: str, spans: list[Span]) -> dict[int, str | None]:
    """The bulleted items of a list whose opening line ends in a colon ("Areas where the trust
    was good:", "Areas that need to improve include:"), by start, each with the polarity the
    opening line gives them (None when it judges nothing: "The visit found:")."""
    from loaders.findings import polarity
    out: dict[int, str | None] = {}
    intro: str | None = None
    open_list = False
    for sp in spans:
        line = text[text.rfind("\n", 0, sp.start) + 1:sp.start]
        if open_list and line.strip().startswith("•"):
            out[sp.start] = intro
            continue
        open_list = sp.text.endswith(":")
        intro = polarity(sp.text) if open_list else None
    return out


def _as_listed(spans: list[Span], listed: dict[int, str | None], concerns: list[Finding], improvements: list[Finding],
               inspection: str | None) -> tuple[list[Finding], list[Finding]]:
    """Items of a list opened by a judging line are what that line says they are, whatever
    their own words ("Areas to improve include: • The effectiveness of the response to ...")."""
    from loaders.findings import finding_items, themes_of
    judged = {s: pol for s, pol in listed.items() if pol}
    if not judged:
        return concerns, improvements
    themes: dict[int, list[str]] = {}
    for it in concerns + improvements:
        themes.setdefault(it.span[0], [])
        if it.theme not in themes[it.span[0]]:
            themes[it.span[0]].append(it.theme)
    concerns = [it for it in concerns if it.span[0] not in judged]
    improvements = [it for it in improvements if it.span[0] not in judged]
    for sp in spans:
        pol = judged.get(sp.start)
        if pol:
            items = finding_items(sp, pol, themes.get(sp.start) or themes_of(sp.text)[:3] or ["other"], inspection)
            (concerns if pol == "negative" else improvements).extend(items)
    order = lambda it: it.span[0]
    return sorted(concerns, key=order), sorted(improvements, key=order)


def _assign_inspectors(inspections: list[dict], people: list[Person]) -> None:
    """Each inspector goes to the inspection the sentence naming them speaks of ("December's
    inspection led by A"), else to the latest one the article speaks of."""
    if not inspections:
        return
    for p in people:
        roles = [r for r in p.roles if r.organisation == "Ofsted" and "inspector" in r.title.lower()]
        if not roles:
            continue
        spans = [r.span for r in roles] + [p.span]
        named = [f for f in inspections if any(sp and list(sp) in f.get("mentions", []) for sp in spans)]
        target = named[0] if named else max(inspections, key=lambda f: (f["start"] or "9999", f["type"] != "ilacs"))
        if p.name not in target["inspectors"]:
            target["inspectors"].append(p.name)




def _cut_off(spans: list[Span], heads: set[int]) -> list[Span]:
    """A sentence that follows another in its paragraph but stops without a full stop is the
    article's text cut off (an excerpt, a paywall), not a heading."""
    return [sp for i, sp in enumerate(spans) if i in heads and i > 0 and sp.para >= 0
            and spans[i - 1].para == sp.para and i - 1 not in heads and sp.words >= 6]


def _side_spans(parsed, spans: list[Span], heads: set[int]) -> list[Span]:
    """Headlines, standfirsts and image captions: they name people and their roles
    ("Cllr Jane Roe, the council's cabinet member for children") though they are not prose."""
    text = parsed.text
    out = [sp for i, sp in enumerate(spans) if i in heads]
    for s, e, kind in parsed.debris:
        m = re.match(r"\s*(?:(?:media|image)\s+caption,?\s*)?", text[s:e], re.IGNORECASE)
        if kind in ("caption", "media") and m.end() > 0 and e - s - m.end() > 10:
            out.append(Span(s + m.end(), e, re.sub(r"\s+", " ", text[s + m.end():e]).strip()))
        elif kind == "caption":
            out.append(Span(s, e, re.sub(r"\s+", " ", text[s:e]).strip()))
    return out


def _current_inspection(inspections: list[dict]) -> str | None:
    if not inspections:
        return None
    latest = max(inspections, key=lambda f: (f["start"] or "", bool(f["type"] != "ilacs")))
    return latest["id"]


def _quoted_by_others(quotes: list[Quote], spans: list[Span]) -> set[int]:
    """Starts of sentences that lie mostly inside a quote whose speaker is not Ofsted."""
    out = set()
    for q in quotes:
        if q.speaker_type == "ofsted":
            continue
        for s, e in q.spans:
            for sp in spans:
                ov = min(e, sp.end) - max(s, sp.start)
                if ov > 0 and ov >= 0.5 * (sp.end - sp.start):
                    out.add(sp.start)
    return out


# ---------------------------------------------------------------- findings, news-side

_WEAKNESS = re.compile(r"\b(?:weakness\w*|concerns?|harm\w*|risks?|shortfalls?|lack\w*|insufficient|poor\w*|delay\w*|drift|fail\w*|"
                       r"strength\w*|prais\w*|progress)\b", re.IGNORECASE)
_UPCOMING = re.compile(r"\b(?:bracing|preparing|prepares?|gearing\s+up|awaiting|ahead\s+of)\b[^.]{0,60}\b(?:inspection|visit)|"
                       r"\b(?:expect\w*|due|set)\s+(?:\w+\s+){0,3}to\s+(?:visit|inspect|return)\b|"
                       r"\bwill\s+be\s+(?:discussed|debated|considered|scrutinised)\b", re.IGNORECASE)
_DEMAND = re.compile(r"\bmotion\b|\bcalls?\s+(?:up)?on\b|\bcalled\s+(?:up)?on\b|"
                     r"\bopposition\b[^.]{0,80}\b(?:said|says|wants?|demand\w*|urg\w*|must|should|insist\w*)\b", re.IGNORECASE)
_REPORTED_FINDING = re.compile(r"\b(?:report|findings?|inspection|inspectors?|ofsted|watchdog|inspectorate|visit)\b[^.,;]{0,30}?"
                               r"\b(?:had\s+|has\s+|have\s+)?(?:highlighted|found|showed|shown|identified|raised|revealed|said|noted|praised|criticised|concluded|"
                               r"recognis\w+|acknowledged)\b|\b(?:was|were|been)\s+(?:praised|commended|criticised)\b",
                               re.IGNORECASE)
# What a council's spokesperson says the inspection recognised is the inspection's finding:
# "We are pleased that Ofsted has recognised the strength of...", "the report recognises our staff...".
_RECOGNISED = re.compile(r"\b(?:ofsted|inspectors?|the\s+(?:\w+\s+)?(?:report|inspection|findings|letter|visit))\b(?:\s+[\w’']+){0,2}?\s+"
                         r"(?:recognis(?:e|es|ed|ing)|not(?:ed|es)|highlight(?:s|ed)?|found|finds|show(?:s|ed)|praised|commended|acknowledg(?:es|ed))\b|"
                         r"\bas\s+(?:the\s+)?(?:inspectors?|ofsted|the\s+report)\s+(?:has|have)\s+(?:found|said|noted)\b", re.IGNORECASE)


# A council that owns a weakness states a finding: "We acknowledge that we still have more work to do",
# "the leader admitted the council was letting children down".
_ADMITS = re.compile(r"\b(?:(?:we|I)\s+(?:\w+\s+){0,2}?(?:acknowledge|accept|admit)|"
                     r"acknowledged|admitted|conceded|accepted)\b", re.IGNORECASE)


def _admits_weakness(s: str) -> bool:
    from loaders.findings import polarity
    return bool(_ADMITS.search(s)) and polarity(s) == "negative"


# What the law says a term means is background, not a finding: "According to the Children Act 1989, permanence..."
_DEFINITION = re.compile(r"\b(?:is\s+defined\s+as|according\s+to\s+the\s+(?:\w+\s+){1,3}act(?:\s+\d{4})?,)", re.IGNORECASE)


def _not_a_finding(text: str, sp: Span, mentions, people) -> bool:
    """News sentences that evaluate nothing the inspection found: judgement-only sentences,
    previews of a coming inspection, opposition motions and demands, and what a politician
    or officer said in their own name (unless they report what the inspection found)."""
    s = sp.text
    if _DEFINITION.search(s):
        return True
    # "progress" in the name of a judgement area ("the experiences and progress of care leavers") judges nothing
    area = re.sub(r"\bexperiences?\s+and\s+progress\b", "", s, flags=re.IGNORECASE)
    if _grade_mentions(s) and not _WEAKNESS.search(re.sub(r"\b(?:improvements?|improvement\s+required)\b", "", area)) \
            and not _judges_beyond_grade(area):
        return True
    if _UPCOMING.search(s):
        return True
    if _DEMAND.search(s):
        return True
    from loaders.quotes import SPEECH, _Resolver
    v = re.search(rf"\b{SPEECH}\b", s)
    if v and not s.lstrip().startswith(("“", '"')):
        # the subject of the verb
        R = _Resolver(text, mentions, people, None)
        raw = text[sp.start:sp.end]
        vm = re.search(rf"\b{SPEECH}\b", raw)
        speaker, kind, _ = R.subject(sp.start, sp.start + vm.start(), sp.start + vm.start())
        if kind == "person" and not _admits_weakness(s):
            rest = raw[vm.end():]
            if not _REPORTED_FINDING.search(rest[:80]):
                return True
    return False


_GRADE_PHRASE = re.compile(rf"\b(?:{_RATED}\s+(?:as\s+)?)?[‘'\"“]?(?:{'|'.join(p for _g, p in _GRADE_WORDS)})[’'\"”]?", re.IGNORECASE)
# what a grade sentence says beyond the grade: "rated 'good', while services for care leavers had also improved"
_BEYOND_GRADE = re.compile(r"\b(?:improv(?:ed|ing)|deteriorat\w*|declin(?:e|ed|ing)|progress|worse|better|turn\s*-?\s*around|"
                           r"damned|damning|scathing|failing|failings|failures?|at\s+risk|decline|disgrace|improvements?\s+(?:in|to|since)|signs\s+of\s+improvement|"
                           r"turn\s*-?\s*arounds?|(?:among|amongst)\s+the\s+best|lowest|variable|serious|problems|"
                           r"areas?\s+(?:that|which|where|for))\b", re.IGNORECASE)


def _judges_beyond_grade(s: str) -> bool:
    """Whether a sentence reporting a grade also judges the service in words of its own."""
    return bool(_BEYOND_GRADE.search(_GRADE_PHRASE.sub(" ", s)))


_CONTRAST = re.compile(r",?\s+but\s+|\s+despite\s+(?=[‘'\"“]?[a-z])|;\s+|,\s+(?:while|whilst|whereas|although|though|yet)\s+|\s+[–—-]\s+(?=[a-z])")
_LEADING = re.compile(r"^(?:While|Whilst|Although|Though|Despite|Even\s+though)\b[^,]{5,}?,\s+")


def _clauses(sp: Span) -> list[Span]:
    """A sentence cut at its contrasts ("X, but Y", "While X, Y"), as spans into the text."""
    t = sp.text
    cuts = [0]
    m = _LEADING.match(t)
    if m:
        cuts.append(m.end())
    for m in _CONTRAST.finditer(t):
        if m.start() > 0 and m.end() < len(t):
            cuts.append(m.start())
            cuts.append(m.end())
    if len(cuts) == 1:
        return [sp]
    cuts = sorted(set(cuts + [len(t)]))
    out = []
    # sp.text is whitespace-folded; map back by searching the clause in the original span
    pieces = []
    bounds = cuts
    i = 0
    while i < len(bounds) - 1:
        a, b = bounds[i], bounds[i + 1]
        piece = t[a:b]
        if _CONTRAST.fullmatch(piece) or not piece.strip(" ,;–—-"):
            i += 1
            continue
        pieces.append(piece.strip(" ,;"))
        i += 1
    for piece in pieces:
        if len(piece.split()) < 2:
            continue
        out.append(_sub_span(sp, piece))
    return [x for x in out if x is not None] or [sp]


def _sub_span(sp: Span, piece: str) -> Span | None:
    from loaders.debris import _span
    k = sp.text.find(piece)
    if k < 0:
        return None
    # offsets are exact when the span's text has no folded whitespace before the piece
    return _span(sp.start + k, sp.start + k + len(piece), piece, getattr(sp, "para", -1))


def _findings(extract_findings, spans: list[Span], inspection: str | None) -> tuple[list[Finding], list[Finding]]:
    """Concerns and improvements, one per sentence and theme. A sentence that weighs a
    strength against a weakness ("has taken steps forward but social work is not
    consistently strong enough") is both a concern and an improvement: its clauses are
    classified on their own, and the findings keep the whole sentence as evidence."""
    concerns, improvements = extract_findings(spans, inspection)
    split: list[Span] = []
    parent: dict[int, Span] = {}
    for sp in spans:
        parts = _clauses(sp)
        for p in parts:
            split.append(p)
            parent[p.start] = sp
    if len(split) == len(spans):
        return concerns, improvements
    c2, i2 = extract_findings(split, inspection)
    by_parent: dict[int, tuple[list, list]] = {}
    for items, k in ((c2, 0), (i2, 1)):
        for it in items:
            par = parent.get(it.span[0])
            if par is None:
                continue
            by_parent.setdefault(par.start, ([], []))[k].append(it)
    mixed = {ps for ps, (c, i) in by_parent.items() if c and i
             and len([x for x in spans if x.start == ps]) == 1 and len(_clauses(next(x for x in spans if x.start == ps))) > 1}
    if not mixed:
        return concerns, improvements

    def keep(items):
        return [it for it in items if it.span[0] not in mixed]

    base_themes: dict[int, list[str]] = {}
    for it in concerns + improvements:
        ts = base_themes.setdefault(it.span[0], [])
        if it.theme not in ts:
            ts.append(it.theme)

    def remap(items):
        out = []
        seen = set()
        for it in items:
            par = parent[it.span[0]]
            key = (par.start, it.theme)
            if key in seen:
                continue
            seen.add(key)
            out.append(replace(it, evidence=par.text, span=[par.start, par.end], clause=it.span))
        # the sentence's own themes hold for each of its halves too
        for it in list(out):
            for t in base_themes.get(it.span[0], []):
                if (it.span[0], t) not in seen and t != "other":
                    seen.add((it.span[0], t))
                    out.append(replace(it, theme=t))
        return out

    mc = remap([it for it in c2 if parent.get(it.span[0]) and parent[it.span[0]].start in mixed])
    mi = remap([it for it in i2 if parent.get(it.span[0]) and parent[it.span[0]].start in mixed])
    order = lambda it: it.span[0]
    return sorted(keep(concerns) + mc, key=order), sorted(keep(improvements) + mi, key=order)


# What still has to be done is a weakness, however hopefully it is put.
_NEED = re.compile(r"\bmore\s+work\s+(?:is|was|will\s+be)\s+(?:still\s+)?(?:required|needed)\b|"
                   r"\b(?:council|authority|service|services|leaders|managers|practice|it|department|trust|partnership|partners|work)\s+(?:still\s+|urgently\s+)?"
                   r"need(?:s|ed)?\s+to\s+(?:further\s+)?(?:improve|strengthen|address|develop|reduce|increase|ensure|do\s+more|be\s+better)\b|\bneeds?\s+to\s+be\s+(?:a\s+)?(?:reduc|improv|increas|strengthen)\w*|"
                   r"\bthe\s+need\s+for\s+(?:further|more)\b|\b(?:is|are|was|were)\s+(?:still\s+)?(?:required|needed)\b(?!\s+(?:by|for)\b)", re.IGNORECASE)
# Words that judge; an action reported without one is a response, not an improvement.
_JUDGES = re.compile(r"\b(?:effective\w*|improv(?:ed|ing|ement)(?!\s+(?:plan|board|journey|notice))|improvements\s+(?:have|has|had)\s+been\s+(?:made|seen|achieved)|better|strong\w*|good|progress|prais\w*|well|strength\w*|"
                     r"positive\w*|impact|promptly|timely|stable|stability)\b", re.IGNORECASE)


def _settle(text: str, concerns: list[Finding], improvements: list[Finding], response_starts: set[int]) -> tuple[list[Finding], list[Finding]]:
    """Improvements that state what is still needed become concerns ("more work is required to
    improve..."); a sentence that only reports an action ("additional investment has increased
    capacity") is a response, and not also an improvement."""
    moved, kept = [], []
    for it in improvements:
        s, e = it.clause or it.span
        words = text[s:e]
        if _NEED.search(words):
            moved.append(replace(it, polarity="negative"))
        elif it.span[0] in response_starts and not _JUDGES.search(words):
            continue
        else:
            kept.append(it)
    # "no longer failing", "no longer deemed at risk": a weakness gone is progress
    try:
        from loaders.findings import polarity
    except ImportError:
        polarity = None
    still = []
    for it in concerns:
        s, e = it.clause or it.span
        words = text[s:e]
        gone = re.sub(r"\bno\s+longer\s+(?:[\w’'\-]+\s+){0,4}?(?:failing|inadequate|at\s+risk(?:\s+of\s+harm)?|a\s+concern|"
                      r"rated\s+inadequate|deemed\s+inadequate|in\s+special\s+measures|under\s+intervention)\b", " ", words, flags=re.IGNORECASE)
        if polarity is not None and gone != words and polarity(gone) != "negative":
            if not any(k.span == it.span and k.theme == it.theme for k in kept):
                kept.append(replace(it, polarity="positive"))
        else:
            still.append(it)
    concerns = still
    kept.sort(key=lambda it: it.span[0])
    have = {(c.span[0], c.theme) for c in concerns}
    concerns = concerns + [m for m in moved if (m.span[0], m.theme) not in have]
    concerns.sort(key=lambda it: it.span[0])
    return _general(concerns), _general(kept)


_WHOLE_SERVICE = re.compile(r"\b(?:services?|social\s+work|department|inadequate|requires?\s+improvement|weakness\w*|failings?|"
                            r"progress|council|trust|authority|shortfalls?|more\s+work|(?:everything|things)\s+right)\b", re.IGNORECASE)


def _general(items: list[Finding]) -> list[Finding]:
    """A finding about the service as a whole ("Services were deemed inadequate, with serious
    weaknesses", "much progress has been made") is about the quality of its social work and
    about the leaders answerable for it, not about no theme at all."""
    by_sentence: dict[int, list[Finding]] = {}
    for it in items:
        by_sentence.setdefault(it.span[0], []).append(it)
    out = []
    for group in by_sentence.values():
        if all(it.theme == "other" for it in group) and _WHOLE_SERVICE.search(group[0].evidence):
            group = [replace(group[0], theme=t) for t in ("practice_quality", "leadership")]
        out += group
    return out


# How reporters say what inspectors judged, where the finding classifier hears nothing.
_NEWS_POS = re.compile(r"\b(?:taken\s+(?:\w+\s+)?steps?\s+forward|steps?\s+in\s+the\s+right\s+direction|moving\s+in\s+the\s+right\s+direction|"
                       r"on\s+the\s+right\s+track|turned\s+a\s+corner|(?:was|were|is|are|been)\s+(?:praised|commended|hailed|singled\s+out)|"
                       r"(?:praised|commended|hailed)\s+(?:the|its|their)\b)", re.IGNORECASE)
_NEWS_NEG = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:criticised|slammed|lambasted|condemned)|(?:criticised|slammed)\s+(?:the|its|their)\b|"
                       r"damning|grim|failings?\b|letting\s+(?:down\s+)?children|let\s+down)", re.IGNORECASE)


def _with_news_words(extract_findings):
    """extract_findings, and for sentences it leaves unjudged, the reporter's verdict words
    ("has taken steps forward", "were criticised")."""
    def run(spans: list[Span], inspection: str | None):
        concerns, improvements = extract_findings(spans, inspection)
        judged = {it.span[0] for it in concerns + improvements}
        try:
            from loaders.findings import finding_items, themes_of
        except ImportError:
            return concerns, improvements
        for sp in spans:
            if sp.start in judged:
                continue
            pol = "negative" if _NEWS_NEG.search(sp.text) else "positive" if _NEWS_POS.search(sp.text) else None
            if pol is None:
                continue
            themes = themes_of(sp.text)[:3] or ["other"]
            items = finding_items(sp, pol, themes, inspection)
            (concerns if pol == "negative" else improvements).extend(items)
        concerns.sort(key=lambda it: it.span[0])
        improvements.sort(key=lambda it: it.span[0])
        return concerns, improvements
    return run
