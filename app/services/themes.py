"""Themes: the scheme with counts, a council's themes with status and history, one theme across councils."""
from __future__ import annotations

import re
from collections import Counter

from rdflib import Literal, URIRef

from app.curated import py, select
from app.services.common import THEMES_NS, every_council, local, sv, theme_labels
from app.services.councils import councils_data, latest_judgements
from app.services.findings import findings_data
from ontology import THEME


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
