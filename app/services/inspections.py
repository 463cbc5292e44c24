"""One inspection with its findings, documents and conflicts."""
from __future__ import annotations

from rdflib import URIRef

from app.curated import select
from app.services.common import char_of, local, statement, sv, theme_labels
from app.services.conflicts import conflicts_data
from app.services.councils import councils_data
from app.services.documents import documents_data
from app.services.events import events_data


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
    # counted as sentences: a finding is a sentence under one theme, a reader counts the sentences
    ev["concerns"] = len({statement(f) for f in ev["findings"] if f["polarity"] == "negative"})
    ev["improvements"] = len({statement(f) for f in ev["findings"] if f["polarity"] == "positive"})
    docs = {d["id"]: d for d in documents_data(store, base)}
    ev["documents"] = [{"id": d, "title": docs.get(d, {}).get("title"), "kind": docs.get(d, {}).get("kind"),
                        "published": docs.get(d, {}).get("published")} for d in ev["sources"]]
    council = councils_data(store, base, URIRef(f"{base}id/council/{ev['council']}"))
    ev["council_name"] = council[0]["name"] if council else ev["council"]
    ev["conflicts"] = [c for c in conflicts_data(store, base) if c["subject"] == ev["iri"]]
    return ev
