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
    """The people one of whose written names holds `name` (or who are, or were mentioned as, `person`)."""
    groups = _matching_people(store, base, name, person)
    if not groups:
        return []
    rows = _rows_about(store, groups)
    tenures = defaultdict(list)
    for r in rows("tenures"):
        tenures[str(r["member"])].append(r)
    inspections = _inspections_by_inspector(rows("inspectors"), all_events(store, base), base)
    quotes = _quotes_by_speaker(rows("quotes"), base)
    return [_person(k, rs, tenures.get(k, []), inspections.get(k, {}), quotes.get(k, []), base) for k, rs in groups.items()]


def _matching_people(store, base: str, name: str | None, person: str | None) -> dict[str, list[dict]]:
    """Each canonical person's written mentions, kept to those that match."""
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
    return groups


def _rows_about(store, groups: dict[str, list[dict]]):
    """rows(query): a few people: each query bound to each written mention of them (its variable for the
    mention, joined first, not a filter on the canonical person); many: each query once."""
    few = len(groups) <= PER_PERSON_QUERIES
    mentions = sorted({str(r["mention"]) for rs in groups.values() for r in rs}) if few else [None]

    def rows(query: str):
        for m in mentions:
            yield from select(store, query, **({PERSON_MENTION[query]: URIRef(m)} if m else {}))
    return rows


def _inspections_by_inspector(rows, events: list[dict], base: str) -> dict[str, dict]:
    by_iri = {e["iri"]: e for e in events}
    out: dict[str, dict] = defaultdict(dict)
    for r in rows:
        e = by_iri.get(str(r["event"]), {})
        out[str(r["inspector"])][str(r["event"])] = {
            "id": local(r["event"], base), "council": local(r["council"], base), "type": e.get("type"),
            "date": event_date(e) if e else None, "lead": py(r.get("lead")) is True}
    return out


def _quotes_by_speaker(rows, base: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("speaker") is not None:
            out[str(r["speaker"])].append({"text": str(r["text"]), "document": local(r["document"], base),
                                           "published": sv(r.get("published")), "sentence": sv(r.get("sentence")),
                                           "id": local(r["quote"], base)})
    return out


def merged_roles(tenures: list[dict], base: str) -> list[dict]:
    """One role per merged tenure (one post at one organisation), however the documents word it."""
    roles: dict[tuple, dict] = {}
    for t in tenures:
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
    return sorted(roles.values(), key=lambda r: (r["since"] is None, r["since"] or "", r["title"]))


def _person(iri: str, mentions: list[dict], tenures: list[dict], inspections: dict, quotes: list[dict], base: str) -> dict:
    names = Counter(str(r["written"]) for r in mentions)
    return {"id": local(iri, base), "iri": iri,
            "name": sorted(names, key=lambda n: (-names[n], -len(n), n))[0],  # the most written, then the fullest
            "names": sorted(names),
            "roles": merged_roles(tenures, base),
            "inspections": sorted(inspections.values(), key=lambda i: (i["date"] is None, i["date"] or "")),
            "quotes": sorted(quotes, key=lambda q: q["published"] or "", reverse=True),
            "sources": sorted({local(r["document"], base) for r in mentions})}
