"""Documents: the list, a digest rebuilt from a document's graph, and storing an upload."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef

from app.curated import py, select
from app.services.common import char_of, local, sv
from app.services.events import events_data
from app.services.findings import findings_data
from ontology import Minter


def documents_data(store, base: str, council: URIRef | None = None, document: URIRef | None = None) -> list[dict]:
    councils = defaultdict(list)
    for r in select(store, "document_councils", document=document):
        councils[str(r["document"])].append({"id": local(r["council"], base), "name": str(r["name"])})
    return [{"id": str(r["id"]), "iri": str(r["document"]), "title": sv(r.get("title")), "kind": sv(r.get("kind")),
             "published": sv(r.get("published")), "source": sv(r.get("source")), "format": sv(r.get("format")),
             "councils": councils.get(str(r["document"]), [])}
            for r in select(store, "documents", council=council, document=document)]


def document_text_and_facts(store, base: str, D: URIRef) -> tuple[str, list[dict], list[dict]]:
    """A document's text, the facts anchored in it (IRI, classes, label, theme, character span,
    sentence) and the people it names: what its page highlights."""
    rows = select(store, "document_text", document=D)
    text = str(rows[0]["text"]) if rows else ""
    by_fact: dict[str, dict] = {}
    for r in select(store, "document_facts", document=D):
        f = by_fact.setdefault(str(r["fact"]) + "|" + str(r["sentence"]),
                               {"iri": str(r["fact"]), "classes": set(), "label": None,
                                "theme": local(r.get("theme"), base),
                                "start": int(r["char_start"]), "end": int(r["char_end"]), "sentence": str(r["sentence"])})
        if r.get("class") is not None:
            f["classes"].add(str(r["class"]))
        if r.get("label") is not None and not f["label"]:
            f["label"] = str(r["label"])
    people = [{"name": str(r["name"]), "iri": str(r["person"])} for r in select(store, "document_people", document=D)]
    return text, list(by_fact.values()), people


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
    digest["inspections"], mention_of = _stated_inspections(store, base, D)
    digest["people"] = _document_people(store, base, D)
    fs = findings_data(store, base, document=D)
    for key, pol in (("concerns", "negative"), ("improvements", "positive")):
        digest[key] = [{"id": f["id"], "theme": f["theme"], "evidence": f["text"],
                        "inspection": local(mention_of.get(f"{base}id/inspection/{f['event']}", ""), base) or f["event"],
                        "span": span_of(f["sentence"])} for f in fs if f["polarity"] == pol]
    digest["responses"] = _document_responses(store, base, D)
    digest["quotes"] = [{"id": local(r["quote"], base), "speaker": sv(r.get("speaker_name")), "text": str(r["text"]),
                         "span": span_of(r.get("sentence"))} for r in select(store, "quotes", document=D)]
    digest["figures"] = [{"id": local(r["figure"], base), "measure": str(r["measure"]), "value": str(r["value"]),
                          "number": py(r.get("number")), "unit": sv(r.get("unit")), "date": sv(r.get("date")),
                          "span": span_of(r.get("sentence"))} for r in select(store, "figures", document=D)]
    return digest


def _stated_inspections(store, base: str, D: URIRef) -> tuple[list[dict], dict[str, str]]:
    """Inspections as the document states them (its own dates), with the inspectors and judgements it
    gives; "event" is the canonical inspection they resolve to. Also each event's mention in the document."""
    events = {e["iri"]: e for e in events_data(store, base, document=D, findings=[])}
    mention_of: dict[str, str] = {}
    out = []
    for r in select(store, "inspections", document=D):
        k, m = str(r["event"]), str(r["mention"])
        if m in mention_of.values():
            continue
        mention_of[k] = m
        e = events.get(k, {})
        out.append({
            "id": local(m, base), "event": local(k, base), "council": local(r["council"], base), "type": str(r["type"]),
            "start": sv(r.get("start")), "end": sv(r.get("end")), "published": sv(r.get("published")),
            "sequence": py(r.get("sequence")), "inspectors": [p["name"] for p in e.get("inspectors", [])],
            "judgements": [{"area": (j["area"] or "").replace("area_", "") or None, "grade": j["grade"]}
                           for j in e.get("judgements", [])],
            "span": span_of(r.get("sentence"))})
    return out, mention_of


def _document_people(store, base: str, D: URIRef) -> list[dict]:
    """The people the document names, with the roles it gives them and the other names it writes them by."""
    roles = defaultdict(list)
    for r in select(store, "tenures", document=D):
        roles[str(r["member"])].append({"title": str(r["title"]), "organisation": sv(r.get("organisation_name")),
                                        "since": sv(r.get("since")), "until": sv(r.get("until")),
                                        "span": span_of(r.get("sentence"))})
    people = {}
    for r in select(store, "document_people", document=D):
        p = people.setdefault(str(r["person"]), {"id": local(r["person"], base), "name": str(r["name"]), "aliases": [],
                                                 "roles": roles.get(str(r["person"]), [])})
        if str(r["name"]) != p["name"] and str(r["name"]) not in p["aliases"]:
            p["aliases"].append(str(r["name"]))
    return sorted(people.values(), key=lambda p: p["name"])


def _document_responses(store, base: str, D: URIRef) -> list[dict]:
    responses: dict[str, dict] = {}
    for r in select(store, "responses", document=D):
        x = responses.setdefault(str(r["response"]), {"id": local(r["response"], base), "actor": sv(r.get("actor_name")),
                                                      "action": str(r["action"]), "evidence": sv(r.get("text")),
                                                      "themes": [], "span": span_of(r.get("sentence"))})
        if r.get("theme") is not None and local(r["theme"], base) not in x["themes"]:
            x["themes"].append(local(r["theme"], base))
    return list(responses.values())


def span_of(sentence) -> list[int] | None:
    c = char_of(sentence)
    return [int(x) for x in c.split("-")] if c else None


class UploadError(Exception):
    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def store_upload(app, name: str, data: bytes, published: str | None):
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
