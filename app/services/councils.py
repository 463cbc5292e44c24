"""Councils: their summaries with the latest judgements, and the people who held posts there."""
from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from app.curated import py, select
from app.services.common import AREA_ORDER, OFSTED_KINDS, every_council, headline, local, sv


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


def council_people_data(store, base: str, council: URIRef) -> list[dict]:
    """The people who held a post at the council, each with one role per post there however the
    documents word it (one query from the council, not a scan of every tenure)."""
    from app.services.people import merged_roles
    from queries import internal
    tenures: dict[str, dict[str, dict]] = defaultdict(dict)
    names: dict[str, set[str]] = defaultdict(set)
    for r in store.select(internal("council_people"), {"council": council}):
        member = str(r["member"])
        tenures[member].setdefault(str(r["tenure"]), {**r, "organisation": council})  # a row per written name
        names[member].update(str(r[k]) for k in ("written", "own_name") if r.get(k) is not None)
    people = [{"iri": k, "name": min(names[k], default=None) or local(k, base),
               "roles": merged_roles(list(ts.values()), base)} for k, ts in tenures.items()]
    return sorted(people, key=lambda p: p["name"])
