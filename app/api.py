"""Resource endpoints of the JSON API: councils, timelines, themes, people, inspections,
findings, documents (and upload), conflicts, search.

The SPARQL lives in queries/*.rq (run through app.queries_api.select, parameters bound
as typed terms); this module only shapes rows into resources. Canonical entities are
reached through ikg:resolvesTo when the resolution pass has run, and are the minted
entities themselves otherwise. Ids in paths and answers are the local part of an IRI
(`{base}id/{kind}/{id}`): an ONS code, a person slug, an inspection or document id.
Lists follow the conventions of app.queries_api (JSON array, X-Total-Count, Link,
CSV and JSON-LD).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from rdflib import Literal, URIRef

from app.queries_api import (BadParameter, base_of, date_term, entity_iri, list_response, py, select, to_csv,
                             to_jsonld, wants)
from ikg.store import StoreUnavailable
from ontology import THEME, Minter

router = APIRouter(prefix="/api", tags=["resources"])

LIST_NOTE = ("\n\nA list: JSON array, total in X-Total-Count, Link header (first, prev, next, last); limit (default 50, "
             "at most 1000), offset, sort=field or -field; CSV (Accept: text/csv or ?format=csv) and JSON-LD "
             "(Accept: application/ld+json or ?format=jsonld). Bad parameters: 422.")

THEMES_NS = str(THEME)
ONTOLOGY_NS = "https://w3id.org/ikg/ontology#"


# ---------------------------------------------------------------- helpers

def local(iri, base: str) -> str | None:
    """The id of an IRI: `{base}id/{kind}/{id}` -> id; a theme -> its notation."""
    if iri is None:
        return None
    s = str(iri)
    if s.startswith(base + "id/"):
        return s[len(base) + 3:].split("/", 1)[-1]
    if s.startswith(THEMES_NS):
        return s[len(THEMES_NS):]
    if s.startswith(ONTOLOGY_NS):
        return s[len(ONTOLOGY_NS):]
    return s


def page_url(iri, base: str) -> str | None:
    """Where the HTML page of an IRI is served (sentences: their document, at #char=S-E)."""
    if iri is None:
        return None
    s = str(iri)
    if s.startswith(base + "id/"):
        rest = s[len(base) + 3:]
        m = re.match(r"^document/([^/]+)/char/(\d+)-(\d+)$", rest)
        if m:
            return f"/page/document/{m.group(1)}#char={m.group(2)}-{m.group(3)}"
        return "/page/" + rest
    if s.startswith(THEMES_NS):
        return "/page/theme/" + s[len(THEMES_NS):]
    if s == THEMES_NS.rstrip("/"):
        return "/themes"
    if s.startswith(ONTOLOGY_NS):
        return "/ontology/" + s[len(ONTOLOGY_NS):]
    if s == ONTOLOGY_NS.rstrip("#"):
        return "/ontology"
    return s if re.match(r"(?i)https?://", s) else None  # never a javascript:, data: ... link


def sv(term) -> str | None:
    return None if term is None else str(term)


def precise(values) -> str | None:
    """The most precise date among values (ties: the most common, then the earliest)."""
    vals = [str(v) for v in values if v is not None and str(v)]
    if not vals:
        return None
    counts = Counter(vals)
    return sorted(counts, key=lambda v: (-len(v), -counts[v], v))[0]


def char_of(sentence) -> str | None:
    m = re.search(r"/char/(\d+-\d+)$", str(sentence or ""))
    return m.group(1) if m else None


def store_of(request: Request):
    return request.app.state.store


def one_or_404(items: list, what: str, ident: str):
    if not items:
        raise HTTPException(404, f"no {what} {ident!r}")
    return items[0]


def check_id(ident: str, what: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", ident or ""):
        raise HTTPException(404, f"no {what} {ident!r}")
    return ident


def object_response(request: Request, obj: dict, list_key: str | None = None) -> Response:
    """One resource as JSON, JSON-LD, or (its list_key list, flattened) CSV."""
    fmt = wants(request)
    if fmt == "csv":
        rows = obj.get(list_key, []) if list_key else [obj]
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8")
    if fmt == "jsonld":
        body = {"@context": to_jsonld([])["@context"], **obj}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/ld+json")
    return JSONResponse(obj)


# ---------------------------------------------------------------- index

CONVENTIONS = {
    "ids": "an id is the local part of a minted IRI {base}id/{kind}/{id}: an ONS code, a person slug, "
           "an inspection, document or finding id; every answer also gives the full IRI as 'iri'",
    "lists": "a JSON array; the total count in the X-Total-Count header; RFC 8288 Link header "
             "(first, prev, next, last); limit (default 50, at most 1000) and offset; sort=field or -field, "
             "comma separated (blanks last)",
    "formats": "JSON by default; CSV with Accept: text/csv or ?format=csv; JSON-LD with "
               "Accept: application/ld+json or ?format=jsonld (list items under @graph)",
    "errors": "422 with {'detail': message} for a bad parameter; 404 for an unknown id; 401/403 for uploads "
              "without the bearer token",
    "provenance": "facts carry 'sentence': the IRI of the sentence they rest on "
                  "({base}id/document/{doc}/char/S-E, shown at /page/document/{doc}#char=S-E)",
    "queries": "every queries/*.rq file is served at /api/queries/{name} (list: /api/queries)",
}


@router.get("", summary="What the API offers and its conventions")
def api_index(request: Request):
    paths = sorted(p for p in request.app.openapi().get("paths", {}) if p.startswith("/api"))
    return {"conventions": CONVENTIONS, "endpoints": paths, "openapi": "/openapi.json", "docs": "/docs"}


# ---------------------------------------------------------------- councils

def councils_data(store, base: str, council: URIRef | None = None, live: bool = False) -> list[dict]:
    """Councils with documents, from the read model where it has them (app/readmodel.py)."""
    if not live:
        from app import readmodel
        if council is not None:
            summary = readmodel.part(store, base, str(council), "summary")
            if summary is not None:
                return [summary]
        else:
            summaries = every_council(store, base, "summary")
            if summaries:
                return sorted(summaries.values(), key=lambda c: c["name"] or "")
    rows = select(store, "councils", council=council)
    latest = latest_judgements(store, base, council)
    out = []
    for r in rows:
        iri = str(r["council"])
        out.append({"id": sv(r["ons_code"]), "iri": iri, "name": sv(r["name"]), "ons_code": sv(r["ons_code"]),
                    "region": sv(r.get("region")), "documents": py(r.get("documents")),
                    "inspections": py(r.get("inspections")),
                    "latest_judgement": latest.get(iri, {}).get("overall"),
                    "latest_area_grades": latest.get(iri, {}).get("areas")})
    return out


OFSTED_KINDS = ("ofsted_report", "ofsted_letter")


def every_council(store, base: str, part: str) -> dict:
    """One read-model part of every council, parsed once per store version by this process
    (callers read it, never change it)."""
    from app import memo, readmodel
    return memo.per_version(store, base, f"read-model {part} {base}", lambda: readmodel.every(store, part))


def headline(judgements: list[dict]) -> dict | None:
    """The overall-effectiveness judgement of an event (the best-attested one), or None: a report
    without an overall grade (the framework it was made under grades areas only) has none."""
    overall = [j for j in judgements if j.get("area") in ("area_overall", "overall")]
    if not overall:
        return None
    return max(overall, key=lambda j: (len(j.get("sources") or []), j.get("rank") or 0))


def latest_judgements(store, base: str, council: URIRef | None = None) -> dict[str, dict]:
    """Per council, as Ofsted's documents state them: `overall`, the overall judgement of its
    latest event that has one; `areas`, the area grades of its latest event graded by area, with
    whether that event gave an overall grade. News grades are claims, not judgements."""
    events: dict[tuple, list[dict]] = defaultdict(list)
    for r in select(store, "judgements", council=council):
        if sv(r.get("kind")) not in OFSTED_KINDS:
            continue
        events[(str(r["council"]), str(r["event"]))].append(
            {"grade": sv(r["grade"]), "label": sv(r.get("grade_label")), "date": sv(r.get("date")),
             "area": local(r.get("area"), base), "inspection": local(r["event"], base), "rank": py(r.get("rank")),
             "sentence": sv(r.get("sentence")), "sources": [local(r["document"], base)]})
    overall: dict[str, tuple] = {}
    areas: dict[str, tuple] = {}
    for (c, e), js in events.items():
        merged: dict[tuple, dict] = {}
        for j in js:
            m = merged.setdefault((j["area"], j["grade"]), {**j, "sources": []})
            m["sources"] = sorted(set(m["sources"]) | set(j["sources"]))
        date = max((j["date"] or "" for j in js), default="")
        h = headline(list(merged.values()))
        if h and (c not in overall or date > overall[c][0]):
            overall[c] = (date, {k: h[k] for k in ("grade", "label", "date", "area", "inspection", "sentence")})
        graded = sorted((j for j in merged.values() if j["area"] and j["area"] != "area_overall"),
                        key=lambda j: AREA_ORDER.get(j["area"], 9))
        if graded and (c not in areas or date > areas[c][0]):
            areas[c] = (date, {"inspection": local(e, base), "date": date or None, "overall_given": h is not None,
                               "grades": [{k: j[k] for k in ("area", "grade", "label", "sentence")} for j in graded]})
    return {c: {"overall": overall.get(c, (None, None))[1], "areas": areas.get(c, (None, None))[1]}
            for c in set(overall) | set(areas)}


def council_or_404(store, base: str, ident: str) -> dict:
    check_id(ident, "council")
    items = councils_data(store, base, URIRef(f"{base}id/council/{ident}"))
    return one_or_404(items, "council with documents", ident)


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
    counts = defaultdict(Counter)
    if document is None:
        if findings is None:  # counts only: an aggregate, not every finding
            for r in select(store, "finding_counts", council=council, inspection=inspection):
                counts[str(r["event"])][str(r["polarity"])] += int(r["findings"])
        for f in findings or []:
            if f.get("event") is not None:
                counts[f"{base}id/inspection/{f['event']}"][f["polarity"]] += 1
    events = []
    for k, rs in groups.items():
        canonical = [r for r in rs if str(r["mention"]) == k] or rs
        types = Counter(str(r["type"]) for r in rs)
        ev = {
            "id": local(k, base), "iri": k,
            "type": str(canonical[0]["type"]) if canonical else types.most_common(1)[0][0],
            "council": local(rs[0]["council"], base),
            "start": sv(rs[0].get("r_start")) or precise(r.get("start") for r in rs),
            "end": sv(rs[0].get("r_end")) or precise(r.get("end") for r in rs),
            "published": sv(rs[0].get("r_published")) or precise(r.get("published") for r in rs),
            "sequence": py(rs[0].get("r_sequence")) or _most_common(py(r.get("sequence")) for r in rs),
        }
        people: dict[str, dict] = {}
        for r in insp.get(k, []):
            p = people.setdefault(str(r["inspector"]), {"id": local(r["inspector"], base), "iri": str(r["inspector"]),
                                                        "name": str(r["name"]), "lead": False})
            p["lead"] = p["lead"] or py(r.get("lead")) is True
        ev["inspectors"] = sorted(people.values(), key=lambda p: (not p["lead"], p["name"]))
        js: dict[tuple, dict] = {}
        for r in judg.get(k, []):
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
        ev["judgements"] = sorted(js.values(), key=lambda j: (AREA_ORDER.get(j["area"], 9), j["area"] or "", j["rank"] or 0))
        ev["claims"], ev["conflicts"] = reported_grades(js, [r for r in judg.get(k, []) if sv(r.get("kind")) not in OFSTED_KINDS], base)
        ev["headline"] = headline(ev["judgements"])
        ev["sources"] = sorted({local(r["document"], base) for r in rs})
        ev["sentences"] = sorted({str(r["sentence"]) for r in rs if r.get("sentence") is not None})
        ev["concerns"] = counts[k].get("negative", 0)
        ev["improvements"] = counts[k].get("positive", 0)
        ev["undated"] = not (ev["start"] or ev["published"])
        events.append(ev)
    return sort_events(events)


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


AREA_ORDER = {"area_overall": 0, "area_help_and_protection": 1, "area_children_in_care": 2, "area_care_leavers": 3,
              "area_leadership": 4}
AREA_SHORT = {"area_overall": "Overall", "area_help_and_protection": "Help and protection",
              "area_children_in_care": "Children in care", "area_care_leavers": "Care leavers",
              "area_leadership": "Leadership"}


def _most_common(values):
    vals = [v for v in values if v is not None]
    return Counter(vals).most_common(1)[0][0] if vals else None


def event_date(ev: dict) -> str | None:
    return ev.get("start") or ev.get("published")


def sort_events(events: list[dict]) -> list[dict]:
    return sorted(events, key=lambda e: (e["undated"], event_date(e) or "", e.get("sequence") or 0, e["id"]))


def themes_for_council(store, base: str, council: URIRef, findings: list[dict] | None = None) -> list[dict]:
    if findings is None:
        findings = findings_data(store, base, council=council)
    statuses = select(store, "theme_status", council=council)
    labels = theme_labels(store)
    by_theme: dict[str, dict] = {}
    for f in findings:
        t = by_theme.setdefault(f["theme"], {"theme": f["theme"], "label": f.get("theme_label") or labels.get(THEMES_NS + f["theme"]),
                                             "iri": THEMES_NS + f["theme"], "status": None, "concerns": 0,
                                             "improvements": 0, "history": [], "statuses": []})
        t["concerns" if f["polarity"] == "negative" else "improvements"] += 1
        t["history"].append({"event": f.get("event"), "date": f.get("date"), "polarity": f["polarity"],
                             "evidence": f.get("text"), "source": f.get("document"), "finding": f["id"],
                             "sentence": f.get("sentence")})
    for r in statuses:
        notation = local(r["theme"], base)
        t = by_theme.setdefault(notation, {"theme": notation, "label": sv(r.get("theme_label")), "iri": str(r["theme"]),
                                           "status": None, "concerns": 0, "improvements": 0, "history": [], "statuses": []})
        t["statuses"].append({"event": local(r["event"], base), "date": sv(r.get("date")), "status": str(r["status"]),
                              "concerns": py(r.get("concerns")), "improvements": py(r.get("improvements"))})
    judged = max((j["date"] or "" for j in (latest_judgements(store, base, council).get(str(council)) or {}).values()
                  if j), default=None)
    for t in by_theme.values():
        t["history"].sort(key=lambda h: (h["date"] is None, h["date"] or ""))
        t["statuses"].sort(key=lambda s: (s["date"] is None, s["date"] or ""))
        t["status"] = latest_status(t["statuses"]) or derive_status(t["history"])
        last = max((s["date"] for s in t["statuses"] if s.get("date")), default=None)
        # a theme no event has looked at since the council's latest judgement says so
        t["last_looked_at"] = last
        t["not_looked_at_since_judgement"] = bool(judged and last and last[:len(judged)] < judged[:len(last)])
    order = {"raised": 0, "persisting": 1, "improving": 2, "resolved": 3, "strength": 4}
    return sorted(by_theme.values(), key=lambda t: (order.get(t["status"], 4), -t["concerns"], t["theme"]))


def latest_status(statuses: list[dict]) -> str | None:
    """The status at the latest dated event (an undated event says nothing about 'latest')."""
    dated = [s for s in statuses if s.get("date")]
    pick = max(dated, key=lambda s: s["date"]) if dated else (statuses[-1] if statuses else None)
    return pick["status"] if pick else None


def derive_status(history: list[dict]) -> str | None:
    """Status from findings alone (when the resolution pass has not run): by event, in date order."""
    events: dict[str, Counter] = {}
    for h in history:
        events.setdefault(h.get("event") or h.get("source") or "", Counter())[h["polarity"]] += 1
    status, seen_concern = None, False
    for counts in events.values():
        neg, pos = counts.get("negative", 0), counts.get("positive", 0)
        if neg and not seen_concern:
            status = "raised"
        elif neg and pos:
            status = "improving"
        elif neg:
            status = "persisting"
        elif pos and seen_concern:
            status = "resolved"
        elif pos:
            status = status or "improving"
        seen_concern = seen_concern or bool(neg)
    return status


@router.get("/councils", summary="Councils with documents",
            description="Councils at least one document is about, with their latest judgement (grade, date)." + LIST_NOTE)
def api_councils(request: Request):
    items = councils_data(store_of(request), base_of(request))
    return list_response(request, items, default_sort="name")


@router.get("/councils/{ident}", summary="One council")
def api_council(request: Request, ident: str):
    return object_response(request, council_or_404(store_of(request), base_of(request), ident))


@router.get("/councils/{ident}/timeline", summary="A council's inspections and visits in date order",
            description="Events in date order (undated last, flagged undated); CSV gives the events.")
def api_timeline(request: Request, ident: str):
    store, base = store_of(request), base_of(request)
    council = council_or_404(store, base, ident)
    events = council_part(store, base, council["iri"], "timeline",
                          lambda: events_data(store, base, council=URIRef(council["iri"])))
    return object_response(request, {"council": council, "events": events}, list_key="events")


@router.get("/councils/{ident}/themes", summary="A council's themes with status and history", description=LIST_NOTE.strip())
def api_council_themes(request: Request, ident: str):
    store, base = store_of(request), base_of(request)
    council = council_or_404(store, base, ident)
    themes = council_part(store, base, council["iri"], "themes",
                          lambda: themes_for_council(store, base, URIRef(council["iri"])))
    return list_response(request, themes, default_limit=100)


def council_part(store, base: str, council: str, name: str, live):
    """One part of a council's read model, or `live()` where the council has none yet."""
    from app import readmodel
    value = readmodel.part(store, base, council, name)
    return live() if value is None else value


def council_people_data(store, base: str, council: URIRef) -> list[dict]:
    """The people who held a post at the council, each with their roles there (one query from
    the council, not a scan of every tenure)."""
    from queries import internal
    people: dict[str, dict] = {}
    names: dict[str, set[str]] = defaultdict(set)
    for r in store.select(internal("council_people"), {"council": council}):
        member = str(r["member"])
        p = people.setdefault(member, {"iri": member, "roles": []})
        role = {"title": str(r["title"]), "since": sv(r.get("since")), "until": sv(r.get("until")),
                "sentence": sv(r.get("sentence"))}
        if role not in p["roles"]:
            p["roles"].append(role)
        names[member].update(str(r[k]) for k in ("written", "own_name") if r.get(k) is not None)
    for k, p in people.items():
        p["name"] = min(names[k], default=None) or local(k, base)
        p["roles"].sort(key=lambda x: (x["since"] is None, x["since"] or "", x["title"], x["until"] or ""))
    return sorted(people.values(), key=lambda p: p["name"])


# ---------------------------------------------------------------- people

PER_PERSON_QUERIES = 20
PERSON_MENTION = {"tenures": "m", "inspectors": "p", "quotes": "sp"}  # each query's variable for a person mention


def people_data(store, base: str, name: str | None = None, person: str | None = None) -> list[dict]:
    from app import memo  # every written name of every person: the same for every search, until a write
    rows = memo.per_version(store, base, f"people {base}", lambda: select(store, "people"))
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[str(r["person"])].append(r)
    if person is not None:
        groups = {k: v for k, v in groups.items() if k == person or any(str(r["mention"]) == person for r in v)}
    if name:
        needle = name.lower()
        groups = {k: v for k, v in groups.items() if any(needle in str(r["written"]).lower() for r in v)}
    if not groups:
        return []
    # a few people: each query bound to each written mention of them (its variable for the
    # mention, joined first, not a filter on the canonical person); many: each query once
    few = len(groups) <= PER_PERSON_QUERIES
    mentions = sorted({str(r["mention"]) for rs in groups.values() for r in rs}) if few else [None]

    def rows(name: str):
        for m in mentions:
            yield from select(store, name, **({PERSON_MENTION[name]: URIRef(m)} if m else {}))

    tenures = defaultdict(list)
    inspections = defaultdict(dict)
    quotes = defaultdict(list)
    events = {e["iri"]: e for e in all_events(store, base)}
    for r in rows("tenures"):
        tenures[str(r["member"])].append(r)
    for r in rows("inspectors"):
        e = events.get(str(r["event"]), {})
        inspections[str(r["inspector"])][str(r["event"])] = {
            "id": local(r["event"], base), "council": local(r["council"], base), "type": e.get("type"),
            "date": event_date(e) if e else None, "lead": py(r.get("lead")) is True}
    for r in rows("quotes"):
        if r.get("speaker") is not None:
            quotes[str(r["speaker"])].append({"text": str(r["text"]), "document": local(r["document"], base),
                                              "published": sv(r.get("published")), "sentence": sv(r.get("sentence")),
                                              "id": local(r["quote"], base)})
    out = []
    for k, rs in groups.items():
        names = Counter(str(r["written"]) for r in rs)
        roles: dict[tuple, dict] = {}
        for t in tenures.get(k, []):
            # one role per merged tenure (one post at one organisation), however the documents word it
            key = sv(t.get("merged")) or (str(t["title"]).lower(), sv(t.get("organisation")))
            role = roles.setdefault(key, {"title": str(t["title"]), "titles": [], "post": (local(t.get("post"), base) or "").removeprefix("role_") or None,
                                          "organisation": sv(t.get("organisation_name")),
                                          "organisation_id": local(t.get("organisation"), base), "since": [],
                                          "until": [], "known_from": sv(t.get("known_from")),
                                          "known_until": sv(t.get("known_until")), "sources": [], "sentences": []})
            if str(t["title"]) not in role["titles"]:
                role["titles"].append(str(t["title"]))
                role["title"] = max(role["titles"], key=len)  # the fullest wording
            role["since"].append(t.get("since"))
            role["until"].append(t.get("until"))
            d = local(t["document"], base)
            if d not in role["sources"]:
                role["sources"].append(d)
            if t.get("sentence") is not None and str(t["sentence"]) not in role["sentences"]:
                role["sentences"].append(str(t["sentence"]))
        for role in roles.values():
            role["since"], role["until"] = precise(role["since"]), precise(role["until"])
        out.append({"id": local(k, base), "iri": k,
                    "name": sorted(names, key=lambda n: (-names[n], -len(n), n))[0],
                    "names": sorted(names),
                    "roles": sorted(roles.values(), key=lambda r: (r["since"] is None, r["since"] or "", r["title"])),
                    "inspections": sorted(inspections.get(k, {}).values(), key=lambda i: (i["date"] is None, i["date"] or "")),
                    "quotes": sorted(quotes.get(k, []), key=lambda q: q["published"] or "", reverse=True),
                    "sources": sorted({local(r["document"], base) for r in rs})})
    return out


@router.get("/people", summary="People, by any written name",
            description="name matches any name the sources write for a person (case-insensitive substring)." + LIST_NOTE)
def api_people(request: Request, name: str | None = None):
    if name is not None and not name.strip():
        raise BadParameter("parameter 'name' must not be empty")
    items = people_data(store_of(request), base_of(request), name=name)
    return list_response(request, items, default_sort="name")


@router.get("/people/{ident}", summary="One person")
def api_person(request: Request, ident: str):
    base = base_of(request)
    check_id(ident, "person")
    items = people_data(store_of(request), base, person=f"{base}id/person/{ident}")
    return object_response(request, one_or_404(items, "person", ident))


# ---------------------------------------------------------------- inspections

def inspection_data(store, base: str, ident: str) -> dict | None:
    iri = URIRef(f"{base}id/inspection/{ident}")
    events = events_data(store, base, inspection=iri, findings=[])
    if not events:
        return None
    ev = events[0]
    # the findings of each document's mention of the event (joins on the mention: fast)
    mentions = {str(r["mention"]) for r in select(store, "inspections", inspection=URIRef(ev["iri"]))}
    dates = {str(r["event"]): str(r["start"]) for r in select(store, "event_dates", council=None)
             if str(r["event"]) == ev["iri"]}
    labels = theme_labels(store)
    findings: dict[str, dict] = {}
    for m in sorted(mentions):
        for r in select(store, "mention_findings", mention=URIRef(m)):
            findings.setdefault(str(r["finding"]), {
                "id": local(r["finding"], base), "iri": str(r["finding"]),
                "type": "concern" if str(r["polarity"]) == "negative" else "improvement",
                "polarity": str(r["polarity"]), "theme": local(r["theme"], base),
                "theme_label": labels.get(str(r["theme"])), "text": sv(r.get("text")),
                "council": local(r.get("council"), base), "event": ev["id"],
                "date": dates.get(ev["iri"]) or sv(r.get("date")), "document": local(r["document"], base),
                "sentence": sv(r.get("sentence")), "char": char_of(r.get("sentence"))})
    ev["findings"] = sorted(findings.values(), key=lambda f: (f["document"], f["char"] and int(f["char"].split("-")[0]) or 0))
    ev["concerns"] = sum(1 for f in ev["findings"] if f["polarity"] == "negative")
    ev["improvements"] = sum(1 for f in ev["findings"] if f["polarity"] == "positive")
    docs = {d["id"]: d for d in documents_data(store, base)}
    ev["documents"] = [{"id": d, "title": docs.get(d, {}).get("title"), "kind": docs.get(d, {}).get("kind"),
                        "published": docs.get(d, {}).get("published")} for d in ev["sources"]]
    council = councils_data(store, base, URIRef(f"{base}id/council/{ev['council']}"))
    ev["council_name"] = council[0]["name"] if council else ev["council"]
    ev["conflicts"] = [c for c in conflicts_data(store, base) if c["subject"] == ev["iri"]]
    return ev


@router.get("/inspections", summary="Inspection events",
            description="Canonical inspections and visits across councils (filter by council ONS code and type)." + LIST_NOTE)
def api_inspections(request: Request, council: str | None = None, type: str | None = None):
    base = base_of(request)
    c = entity_iri("council", council, base, "council") if council else None
    if type is not None and type not in ("ilacs", "monitoring_visit", "focused_visit", "jtai", "other"):
        raise BadParameter(f"parameter 'type' must be ilacs, monitoring_visit, focused_visit, jtai or other, not {type!r}")
    items = [e for e in all_events(store_of(request), base, c) if type is None or e["type"] == type]
    return list_response(request, items, default_sort="start")


def all_events(store, base: str, council: URIRef | None = None) -> list[dict]:
    """Every event (of one council, or of all): from the read model's timelines where they
    are, else computed live."""
    if council is not None:
        return council_part(store, base, str(council), "timeline", lambda: events_data(store, base, council=council))
    timelines = every_council(store, base, "timeline")
    if not timelines:
        return events_data(store, base)
    return [e for events in timelines.values() for e in events]


@router.get("/inspections/{ident}", summary="One inspection: findings, judgements, inspectors, documents")
def api_inspection(request: Request, ident: str):
    check_id(ident, "inspection")
    ev = inspection_data(store_of(request), base_of(request), ident)
    if ev is None:
        raise HTTPException(404, f"no inspection {ident!r}")
    return object_response(request, ev, list_key="findings")


# ---------------------------------------------------------------- findings

POLARITY = {"negative": "negative", "concern": "negative", "concerns": "negative",
            "positive": "positive", "improvement": "positive", "improvements": "positive"}


def findings_data(store, base: str, **params) -> list[dict]:
    """Findings, dated by their event's resolved start (else as the document states it).
    from/to are applied here, after dating (they are not passed to the query)."""
    start, end = params.pop("from", None), params.pop("to", None)
    rows = select(store, "findings", **params)
    dates = {str(r["event"]): str(r["start"]) for r in select(store, "event_dates", council=params.get("council"))}
    labels = theme_labels(store)
    out = []
    for r in rows:
        event = sv(r.get("event"))
        date = dates.get(event) if event else None
        date = date or sv(r.get("date"))
        if start is not None and not (date and date >= str(start)):
            continue
        if end is not None and not (date and (date <= str(end) or date.startswith(str(end)))):
            continue
        out.append({"id": local(r["finding"], base), "iri": str(r["finding"]),
                    "type": "concern" if str(r["polarity"]) == "negative" else "improvement",
                    "polarity": str(r["polarity"]), "theme": local(r["theme"], base),
                    "theme_label": labels.get(str(r["theme"])),
                    "text": sv(r.get("text")), "council": local(r.get("council"), base),
                    "event": local(event, base), "date": date,
                    "document": local(r["document"], base), "sentence": sv(r.get("sentence")),
                    "char": char_of(r.get("sentence"))})
    return out


_THEME_LABELS: dict[int, dict[str, str]] = {}


def theme_labels(store) -> dict[str, str]:
    """Theme IRI -> label (the scheme is fixed: read once per store)."""
    key = id(store)
    if not _THEME_LABELS.get(key):
        from queries import internal
        _THEME_LABELS[key] = {str(r["theme"]): str(r["label"]) for r in store.select(internal("theme_labels"))}
    return _THEME_LABELS[key]


def finding_params(base: str, council=None, theme=None, polarity=None, from_=None, to=None, inspection=None,
                   document=None) -> dict:
    p: dict[str, Any] = {}
    if council:
        p["council"] = entity_iri("council", council, base, "council")
    if theme:
        if not re.fullmatch(r"[a-z0-9_]+", theme):
            raise BadParameter(f"parameter 'theme' must be a theme notation such as 'workforce', not {theme!r}")
        p["theme"] = THEME[theme]
    if polarity and polarity not in ("any", "all"):
        if polarity not in POLARITY:
            raise BadParameter(f"parameter 'polarity' must be negative (concern) or positive (improvement), not {polarity!r}")
        p["polarity"] = Literal(POLARITY[polarity])
    if from_:
        p["from"] = date_term("from", from_)
    if to:
        p["to"] = date_term("to", to)
    if inspection:
        p["inspection"] = entity_iri("inspection", inspection, base, "inspection")
    if document:
        p["document"] = entity_iri("document", document, base, "document")
    return p


@router.get("/concerns", summary="Concerns and improvements",
            description="Findings, filtered by council (ONS code), theme (notation), polarity (negative|concern, "
                        "positive|improvement, any: the default), and date range from/to (YYYY[-MM[-DD]])." + LIST_NOTE)
def api_concerns(request: Request, council: str | None = None, theme: str | None = None, polarity: str | None = None,
                 from_: str | None = Query(None, alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD"),
                 to: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive, at its precision)"),
                 inspection: str | None = None, document: str | None = None):
    base = base_of(request)
    params = finding_params(base, council, theme, polarity, from_, to, inspection, document)
    items = findings_data(store_of(request), base, **params)
    return list_response(request, items, default_sort="-date")


@router.get("/findings", summary="Findings (alias of /api/concerns)", include_in_schema=False)
def api_findings(request: Request, council: str | None = None, theme: str | None = None, polarity: str | None = None,
                 from_: str | None = Query(None, alias="from"), to: str | None = None, inspection: str | None = None,
                 document: str | None = None):
    return api_concerns(request, council, theme, polarity, from_, to, inspection, document)


# ---------------------------------------------------------------- themes

def themes_data(store, base: str, theme: URIRef | None = None) -> list[dict]:
    """The scheme's themes with their counts: summed over the councils' read models where they
    are (a store-wide count of every finding takes seconds at national scale), else live."""
    from queries import internal
    per_council = every_council(store, base, "theme_counts")
    if not per_council:
        rows = select(store, "themes", theme=theme)
    else:
        rows = store.select(internal("theme_scheme"), {"theme": theme} if theme is not None else None)
        for r in rows:
            counts = [c[str(r["theme"])] for c in per_council.values() if str(r["theme"]) in c]
            r["concerns"] = Literal(sum(c["concerns"] for c in counts))
            r["improvements"] = Literal(sum(c["improvements"] for c in counts))
            r["councils"] = Literal(len(counts))
    return [{"id": str(r["notation"]), "iri": str(r["theme"]), "label": sv(r["label"]), "definition": sv(r.get("definition")),
             "concerns": py(r.get("concerns")) or 0, "improvements": py(r.get("improvements")) or 0,
             "councils": py(r.get("councils")) or 0}
            for r in sorted(rows, key=lambda r: str(r["notation"]))]


def theme_data(store, base: str, notation: str) -> dict | None:
    if not re.fullmatch(r"[a-z0-9_]+", notation or ""):
        return None
    items = themes_data(store, base, THEME[notation])
    if not items:
        return None
    t = items[0]
    councils = {c["iri"]: c for c in councils_data(store, base)}
    by_council: dict[str, dict] = {}
    for r in select(store, "theme_status", theme=THEME[notation]):
        c = str(r["council"])
        entry = by_council.setdefault(c, {"council": local(c, base), "name": councils.get(c, {}).get("name"),
                                          "statuses": []})
        entry["statuses"].append({"event": local(r["event"], base), "date": sv(r.get("date")), "status": str(r["status"]),
                                  "concerns": py(r.get("concerns")), "improvements": py(r.get("improvements"))})
    findings = findings_data(store, base, theme=THEME[notation])
    for f in findings:
        c = f"{base}id/council/{f['council']}" if f["council"] else None
        if c and c not in by_council:
            by_council[c] = {"council": f["council"], "name": councils.get(c, {}).get("name"), "statuses": []}
    for entry in by_council.values():
        entry["statuses"].sort(key=lambda s: s["date"] or "")
        fs = [f for f in findings if f["council"] == entry["council"]]
        entry["concerns"] = sum(1 for f in fs if f["polarity"] == "negative")
        entry["improvements"] = sum(1 for f in fs if f["polarity"] == "positive")
        entry["status"] = latest_status(entry["statuses"]) or derive_status(
            [{"event": f["event"], "polarity": f["polarity"], "source": f["document"]} for f in
             sorted(fs, key=lambda f: f["date"] or "")])
    t["by_council"] = sorted(by_council.values(), key=lambda e: e["name"] or e["council"] or "")
    t["findings"] = findings
    return t


@router.get("/themes", summary="The theme scheme with counts", description=LIST_NOTE.strip())
def api_themes(request: Request):
    return list_response(request, themes_data(store_of(request), base_of(request)), default_limit=100, default_sort="id")


@router.get("/themes/{notation}", summary="One theme across councils")
def api_theme(request: Request, notation: str):
    t = theme_data(store_of(request), base_of(request), notation)
    if t is None:
        raise HTTPException(404, f"no theme {notation!r}")
    return object_response(request, t, list_key="by_council")


# ---------------------------------------------------------------- conflicts

def conflicts_data(store, base: str) -> list[dict]:
    groups: dict[str, dict] = {}
    for r in select(store, "conflicts"):
        c = groups.setdefault(str(r["conflict"]), {"id": local(r["conflict"], base), "iri": str(r["conflict"]),
                                                  "subject": str(r["subject"]), "subject_id": local(r["subject"], base),
                                                  "property": str(r["property"]), "claims": {}})
        claim = c["claims"].setdefault(str(r["claim"]), {"value": str(r["value"]), "sources": []})
        if r.get("source") is not None:
            d = local(r["source"], base)
            if d not in claim["sources"]:
                claim["sources"].append(d)
    out = []
    for c in groups.values():
        c["claims"] = sorted(c["claims"].values(), key=lambda x: x["value"])
        out.append(c)
    return out


@router.get("/conflicts", summary="Where sources disagree",
            description="Each conflict: the entity, the property, and every claimed value with the documents stating it." + LIST_NOTE)
def api_conflicts(request: Request):
    return list_response(request, conflicts_data(store_of(request), base_of(request)), default_sort="subject")


# ---------------------------------------------------------------- documents

def documents_data(store, base: str, council: URIRef | None = None, document: URIRef | None = None) -> list[dict]:
    councils = defaultdict(list)
    for r in select(store, "document_councils", document=document):
        councils[str(r["document"])].append({"id": local(r["council"], base), "name": str(r["name"])})
    return [{"id": str(r["id"]), "iri": str(r["document"]), "title": sv(r.get("title")), "kind": sv(r.get("kind")),
             "published": sv(r.get("published")), "source": sv(r.get("source")), "format": sv(r.get("format")),
             "councils": councils.get(str(r["document"]), [])}
            for r in select(store, "documents", council=council, document=document)]


def document_digest(store, base: str, ident: str) -> dict | None:
    """The document's digest, rebuilt from its named graph (spec: shared/spec/digest.md), with ids and spans."""
    D = URIRef(f"{base}id/document/{ident}")
    docs = documents_data(store, base, document=D)
    if not docs:
        return None
    d = docs[0]
    digest: dict[str, Any] = {
        "document": {"id": d["id"], "iri": d["iri"], "title": d["title"], "kind": d["kind"], "published": d["published"],
                     "source": d["source"]},
        "councils": [{"id": c["id"], "name": c["name"]} for c in d["councils"]]}
    # inspections as this document states them (its own dates), with the inspectors and
    # judgements it gives; "event" is the canonical inspection they resolve to
    events = {e["iri"]: e for e in events_data(store, base, document=D, findings=[])}
    mention_of: dict[str, str] = {}
    digest["inspections"] = []
    for r in select(store, "inspections", document=D):
        k, m = str(r["event"]), str(r["mention"])
        if m in mention_of.values():
            continue
        mention_of[k] = m
        e = events.get(k, {})
        digest["inspections"].append({
            "id": local(m, base), "event": local(k, base), "council": local(r["council"], base), "type": str(r["type"]),
            "start": sv(r.get("start")), "end": sv(r.get("end")), "published": sv(r.get("published")),
            "sequence": py(r.get("sequence")), "inspectors": [p["name"] for p in e.get("inspectors", [])],
            "judgements": [{"area": (j["area"] or "").replace("area_", "") or None, "grade": j["grade"]}
                           for j in e.get("judgements", [])],
            "span": _span(r.get("sentence"))})
    roles = defaultdict(list)
    for r in select(store, "tenures", document=D):
        roles[str(r["member"])].append({"title": str(r["title"]), "organisation": sv(r.get("organisation_name")),
                                        "since": sv(r.get("since")), "until": sv(r.get("until")),
                                        "span": _span(r.get("sentence"))})
    people = {}
    for r in select(store, "document_people", document=D):
        p = people.setdefault(str(r["person"]), {"id": local(r["person"], base), "name": str(r["name"]), "aliases": [],
                                                 "roles": roles.get(str(r["person"]), [])})
        if str(r["name"]) != p["name"] and str(r["name"]) not in p["aliases"]:
            p["aliases"].append(str(r["name"]))
    digest["people"] = sorted(people.values(), key=lambda p: p["name"])
    fs = findings_data(store, base, document=D)
    for key, pol in (("concerns", "negative"), ("improvements", "positive")):
        digest[key] = [{"id": f["id"], "theme": f["theme"], "evidence": f["text"],
                        "inspection": local(mention_of.get(f"{base}id/inspection/{f['event']}", ""), base) or f["event"],
                        "span": _span(f["sentence"])} for f in fs if f["polarity"] == pol]
    responses: dict[str, dict] = {}
    for r in select(store, "responses", document=D):
        x = responses.setdefault(str(r["response"]), {"id": local(r["response"], base), "actor": sv(r.get("actor_name")),
                                                      "action": str(r["action"]), "evidence": sv(r.get("text")),
                                                      "themes": [], "span": _span(r.get("sentence"))})
        if r.get("theme") is not None and local(r["theme"], base) not in x["themes"]:
            x["themes"].append(local(r["theme"], base))
    digest["responses"] = list(responses.values())
    digest["quotes"] = [{"id": local(r["quote"], base), "speaker": sv(r.get("speaker_name")), "text": str(r["text"]),
                         "span": _span(r.get("sentence"))} for r in select(store, "quotes", document=D)]
    digest["figures"] = [{"id": local(r["figure"], base), "measure": str(r["measure"]), "value": str(r["value"]),
                          "number": py(r.get("number")), "unit": sv(r.get("unit")), "date": sv(r.get("date")),
                          "span": _span(r.get("sentence"))} for r in select(store, "figures", document=D)]
    return digest


def _span(sentence) -> list[int] | None:
    c = char_of(sentence)
    return [int(x) for x in c.split("-")] if c else None


@router.get("/documents", summary="Loaded documents", description=LIST_NOTE.strip())
def api_documents(request: Request, council: str | None = None):
    base = base_of(request)
    c = entity_iri("council", council, base, "council") if council else None
    return list_response(request, documents_data(store_of(request), base, council=c), default_sort="-published")


@router.get("/documents/{ident}", summary="A document's digest, from its graph")
def api_document(request: Request, ident: str):
    check_id(ident, "document")
    digest = document_digest(store_of(request), base_of(request), ident)
    if digest is None:
        raise HTTPException(404, f"no document {ident!r}")
    return object_response(request, digest, list_key="concerns")


def check_token(request: Request) -> None:
    """The same rule as every write of the service (app.sparql_protocol.check_token): 401 for a
    missing or wrong bearer token, 403 when the server has no token (writes are off)."""
    from app.sparql_protocol import ProtocolError, check_token as check

    try:
        check(request, request.app.state.settings.token)
    except ProtocolError as e:
        raise HTTPException(e.status, e.message, headers=e.headers or None) from None


DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
UPLOAD_BODY = {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary", "description": "a .txt, .md, .html or .pdf file"},
                   "published": {"type": "string", "pattern": DATE_PATTERN,
                                 "description": "publication date, YYYY[-MM[-DD]]"}}}}}}


@router.post("/documents", status_code=201, summary="Upload a document (authenticated)",
             description="multipart/form-data with `file` (.txt .md .html .pdf) and optional `published` "
                         "(YYYY[-MM[-DD]]); needs Authorization: Bearer <token>, checked before the body is read. "
                         "Runs the pipeline and answers with the digest; the same file again is the same document. "
                         "413 over IKG_BODY_CAP; 422 for a document that cannot be read or extracted.",
             openapi_extra={"requestBody": UPLOAD_BODY})
async def api_upload(request: Request):
    check_token(request)  # before a byte of the body is read
    from loaders.read import SUFFIXES

    store, base = store_of(request), base_of(request)
    cap = request.app.state.settings.body_cap
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise HTTPException(413, f"request body of {length} bytes is over the limit of {cap} bytes (IKG_BODY_CAP)")
    form = await _upload_form(request)  # app.body_cap stops the body at the cap while it streams in
    file, published = form.get("file"), form.get("published")
    if file is None or isinstance(file, str):
        raise BadParameter("send the document as the multipart field 'file'")
    if published is not None and not isinstance(published, str):
        raise BadParameter("'published' is a date (YYYY[-MM[-DD]]), not a file")
    name = Path(file.filename or "").name
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")
    if not name or Path(name).suffix.lower() not in SUFFIXES:
        raise BadParameter(f"upload a file named *.txt, *.md, *.html or *.pdf, not {file.filename!r}")
    if published:
        date_term("published", published)
    data = await file.read()
    if len(data) > cap:
        raise HTTPException(413, f"file larger than {cap} bytes (IKG_BODY_CAP)")
    from starlette.concurrency import run_in_threadpool

    try:
        result = await run_in_threadpool(_store_upload, request.app, name, data, published or None)
    except UploadError as e:
        raise HTTPException(e.status, str(e))
    digest = await run_in_threadpool(document_digest, store, base, result.document)
    body = {**(digest or {}), "unchanged": result.unchanged, "triples": result.triples}
    return JSONResponse(body, status_code=200 if result.unchanged else 201,
                        headers={"Location": f"/api/documents/{result.document}"})


async def _upload_form(request: Request):
    from starlette.datastructures import FormData

    mtype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if mtype != "multipart/form-data":
        raise HTTPException(415, "send the document as multipart/form-data (field 'file')")
    form = await request.form(max_files=1, max_fields=10)
    return form if isinstance(form, FormData) else FormData(form)


class UploadError(Exception):
    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def _store_upload(app, name: str, data: bytes, published: str | None):
    """Extracts the upload in the extraction process (app.extraction: time and memory
    limits), then stores its graph and rebuilds the resolution under the one write lock.
    The document id comes from the file name, so the same file again is the same document;
    the same bytes under any name are the document already loaded."""
    import hashlib

    from rdflib import Graph

    from app.extraction import Refused, extractor
    from app.writes import Writing, resolve_now
    from ikg import pipeline

    store, base = app.state.store, base_iri(app)
    same = select(store, "document_by_sha256", sha256=Literal(hashlib.sha256(data).hexdigest()))
    if same and not published:  # these bytes are loaded already, perhaps under another name
        return pipeline.LoadResult(Path(name), str(same[0]["id"]), unchanged=True)
    try:
        got = extractor(app).extract(name, data, published, base)
    except Refused as e:
        raise UploadError(e.message, e.status) from None
    minter = Minter(base)
    iri = str(minter.document(got.document))
    with Writing(app, resolve=False):
        if pipeline.stored_sha256(store, iri) == got.sha256 and published is None:
            return pipeline.LoadResult(Path(name), got.document, unchanged=True)
        if pipeline.ONTOLOGY_GRAPH not in store.graph_names():
            pipeline.ensure_reference(store, minter)
        graph = Graph().parse(data=got.ntriples, format="nt")
        store.replace_graph(iri, graph)
        resolve_now(app, everything=False)  # the read model of the councils this document is about
    return pipeline.LoadResult(Path(name), got.document, triples=len(graph))


def base_iri(app) -> str:
    base = app.state.settings.base_iri
    return base if base.endswith("/") else base + "/"


# ---------------------------------------------------------------- search

KIND_WEIGHT = {"council": 30, "person": 25, "document": 20, "finding": 10, "quote": 8}


def search_rows(store, base: str, q: str) -> list[dict]:
    """The texts containing q: from this process's search index of the store's current version,
    else (while it is being built) from the SPARQL query."""
    from app import search_index
    from app.queries_api import _limits
    from ikg.store import TooLarge
    try:
        rows = search_index.for_store(store).rows(store, base, q, _limits.get()[0] or 100_000)
    except TooLarge as e:
        raise HTTPException(503, f"query search gives no answer within the limits: {e}; narrow it",
                            headers={"Retry-After": "5"})
    return select(store, "search", q=Literal(q)) if rows is None else rows


def search_data(store, base: str, q: str) -> list[dict]:
    q = q.strip()
    rows = search_rows(store, base, q)
    needle = q.lower()
    best: dict[tuple, dict] = {}
    for r in rows:
        text = str(r["text"])
        low = text.lower()
        i = low.find(needle)
        if i < 0:
            continue
        quality = 100 if low == needle else 60 if i == 0 else 40 if not low[i - 1].isalnum() else 20
        kind = str(r["kind"])
        score = quality + KIND_WEIGHT.get(kind, 0) - min(len(text), 400) / 40
        target = str(r["target"])
        # one hit per sentence: a sentence with findings on several themes is one finding hit
        key = (kind, str(r["sentence"])) if kind == "finding" and r.get("sentence") is not None else (kind, target)
        a, b = max(0, i - 60), min(len(text), i + len(q) + 80)
        snippet = ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")
        m0 = (1 if a else 0) + (i - a)
        hit = {"kind": kind, "id": local(target, base), "iri": target, "text": text if len(text) < 300 else text[:300] + "…",
               "snippet": snippet, "match": [m0, m0 + len(q)], "score": round(score, 2),
               "document": local(r.get("document"), base) if kind in ("finding", "quote", "document") else None,
               "sentence": sv(r.get("sentence")),
               "url": page_url(r.get("sentence") if kind in ("finding", "quote") and r.get("sentence") is not None
                               else target, base)}
        if key not in best or hit["score"] > best[key]["score"]:
            best[key] = hit
    return sorted(best.values(), key=lambda h: (-h["score"], h["text"]))


@router.get("/search", summary="Search names, titles and finding sentences",
            description="Ranked hits (exact, prefix, word, substring matches; councils and people first), with snippets." + LIST_NOTE)
def api_search(request: Request, q: str | None = None):
    if q is None or len(q.strip()) < 2:
        raise BadParameter("parameter 'q' is required: at least 2 characters")
    if len(q) > 200:
        raise BadParameter("parameter 'q' is too long (200 characters at most)")
    items = search_data(store_of(request), base_of(request), q)
    return list_response(request, items, default_limit=20)
