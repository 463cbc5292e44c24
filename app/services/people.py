"""People by any written name, with their roles, inspections and quotes."""
from __future__ import annotations

from collections import Counter, defaultdict

from rdflib import URIRef

from app.curated import py, select
from app.services.common import event_date, local, precise, sv
from app.services.events import all_events

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
