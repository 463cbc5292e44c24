"""Inspection events (canonical), gathered from the documents that mention them, with inspectors and judgements."""
from __future__ import annotations

from collections import Counter, defaultdict

from rdflib import Literal, URIRef

from app.curated import py, select
from app.services.common import (AREA_ORDER, OFSTED_KINDS, council_part, every_council, headline, local, most_common,
                                 precise, sort_events, statement, sv)


def events_data(store, base: str, council: URIRef | None = None, inspection: URIRef | None = None,
                document: URIRef | None = None, type_: str | None = None,
                findings: list[dict] | None = None) -> list[dict]:
    """Inspection events (canonical), each gathered from the documents that mention it."""
    rows = select(store, "inspections", council=council, inspection=inspection, document=document,
                  type=Literal(type_) if type_ else None)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[str(r["event"])].append(r)
    if not groups:
        return []
    insp = defaultdict(list)
    for r in select(store, "inspectors", council=council, inspection=inspection, document=document):
        insp[str(r["event"])].append(r)
    judg = defaultdict(list)
    for r in select(store, "judgements", council=council, inspection=inspection, document=document):
        judg[str(r["event"])].append(r)
    counts = _finding_counts(store, base, council, inspection, findings) if document is None else defaultdict(Counter)
    events = [_event(k, rs, insp.get(k, []), judg.get(k, []), counts[k], base) for k, rs in groups.items()]
    return sort_events(events)


def _finding_counts(store, base: str, council, inspection, findings: list[dict] | None) -> dict[str, Counter]:
    """Concerns and improvements per event, as sentences (a finding is a sentence under one theme):
    counted by the store, or from the findings already read."""
    counts: dict[str, Counter] = defaultdict(Counter)
    if findings is None:  # counts only: an aggregate, not every finding
        for r in select(store, "finding_counts", council=council, inspection=inspection):
            counts[str(r["event"])][str(r["polarity"])] += int(r["findings"])
    seen = set()
    for f in findings or []:
        key = (f.get("event"), f["polarity"], statement(f))
        if f.get("event") is not None and key not in seen:
            seen.add(key)
            counts[f"{base}id/inspection/{f['event']}"][f["polarity"]] += 1
    return counts


def _event(iri: str, rs: list[dict], inspectors: list[dict], judgements: list[dict], counts: Counter, base: str) -> dict:
    """One event from its mentions' rows: the resolved dates where resolution set them, else the most precise."""
    canonical = [r for r in rs if str(r["mention"]) == iri] or rs
    types = Counter(str(r["type"]) for r in rs)
    ev = {
        "id": local(iri, base), "iri": iri,
        "type": str(canonical[0]["type"]) if canonical else types.most_common(1)[0][0],
        "council": local(rs[0]["council"], base),
        "start": sv(rs[0].get("r_start")) or precise(r.get("start") for r in rs),
        "end": sv(rs[0].get("r_end")) or precise(r.get("end") for r in rs),
        "published": sv(rs[0].get("r_published")) or precise(r.get("published") for r in rs),
        "sequence": py(rs[0].get("r_sequence")) or most_common(py(r.get("sequence")) for r in rs),
    }
    ev["inspectors"] = _inspectors(inspectors, base)
    js = _ofsted_judgements(judgements, base)
    ev["judgements"] = sorted(js.values(), key=lambda j: (AREA_ORDER.get(j["area"], 9), j["area"] or "", j["rank"] or 0))
    ev["claims"], ev["conflicts"] = reported_grades(js, [r for r in judgements if sv(r.get("kind")) not in OFSTED_KINDS], base)
    ev["headline"] = headline(ev["judgements"])
    ev["sources"] = sorted({local(r["document"], base) for r in rs})
    ev["sentences"] = sorted({str(r["sentence"]) for r in rs if r.get("sentence") is not None})
    ev["concerns"] = counts.get("negative", 0)
    ev["improvements"] = counts.get("positive", 0)
    ev["undated"] = not (ev["start"] or ev["published"])
    return ev


def _inspectors(rows: list[dict], base: str) -> list[dict]:
    """The event's inspectors, the lead first: a lead in any document is the lead."""
    people: dict[str, dict] = {}
    for r in rows:
        p = people.setdefault(str(r["inspector"]), {"id": local(r["inspector"], base), "iri": str(r["inspector"]),
                                                    "name": str(r["name"]), "lead": False})
        p["lead"] = p["lead"] or py(r.get("lead")) is True
    return sorted(people.values(), key=lambda p: (not p["lead"], p["name"]))


def _ofsted_judgements(rows: list[dict], base: str) -> dict[tuple, dict]:
    """The judgements Ofsted's own documents state, one per area and grade, with every source and sentence."""
    js: dict[tuple, dict] = {}
    for r in rows:
        if sv(r.get("kind")) not in OFSTED_KINDS:
            continue
        key = (local(r.get("area"), base), str(r["grade"]))
        j = js.setdefault(key, {"area": key[0], "area_label": sv(r.get("area_label")), "grade": key[1],
                                "grade_label": sv(r.get("grade_label")), "rank": py(r.get("rank")),
                                "sources": [], "sentences": []})
        d = local(r["document"], base)
        if d not in j["sources"]:
            j["sources"].append(d)
        if r.get("sentence") is not None and str(r["sentence"]) not in j["sentences"]:
            j["sentences"].append(str(r["sentence"]))
    return js


def reported_grades(judged: dict[tuple, dict], rows: list[dict], base: str) -> tuple[list[dict], list[dict]]:
    """Grades other documents (news) give an event, against the judgements Ofsted's documents
    state: one that agrees adds its document to that judgement's sources; one that disagrees,
    or names a grade the report does not give (an overall grade where the framework has none),
    is a conflict; for an event no Ofsted document grades, they are claims. Never judgements."""
    claims: dict[tuple, dict] = {}
    conflicts: dict[tuple, dict] = {}
    for r in rows:
        area, grade, doc = local(r.get("area"), base), str(r["grade"]), local(r["document"], base)
        same = judged.get((area, grade)) or (judged.get(("area_overall", grade)) if area is None else None)
        if same is not None:
            if doc not in same["sources"]:
                same["sources"].append(doc)
            continue
        target = conflicts if judged else claims
        c = target.setdefault((area, grade), {"area": area, "area_label": sv(r.get("area_label")), "grade": grade,
                                              "grade_label": sv(r.get("grade_label")), "rank": py(r.get("rank")),
                                              "sources": [], "sentences": []})
        if doc not in c["sources"]:
            c["sources"].append(doc)
        if r.get("sentence") is not None and str(r["sentence"]) not in c["sentences"]:
            c["sentences"].append(str(r["sentence"]))
    for (area, _grade), c in conflicts.items():
        stated = [j["grade"] for (a, _), j in judged.items() if a == (area or "area_overall")]
        c["report_says"] = stated or None  # None: the report gives no grade for this area
    order = lambda j: (AREA_ORDER.get(j["area"], 9), j["area"] or "", j["rank"] or 0)  # noqa: E731
    return sorted(claims.values(), key=order), sorted(conflicts.values(), key=order)


def all_events(store, base: str, council: URIRef | None = None) -> list[dict]:
    """Every event (of one council, or of all): from the read model's timelines where they
    are, else computed live."""
    if council is not None:
        return council_part(store, base, str(council), "timeline", lambda: events_data(store, base, council=council))
    timelines = every_council(store, base, "timeline")
    if not timelines:
        return events_data(store, base)
    return [e for events in timelines.values() for e in events]
