"""The read model: what a council's page, `/api/councils`, its timeline and themes and
`/api/england` show, computed when the graph changes instead of on every request.

Each council with documents gets a named graph of its own, `<base>graph/read-model/{ons}`, in the
store (so SPARQL users see it too), holding one JSON text per part — the answer the
API would otherwise compute from the whole store — plus a few plain facts (latest overall grade and
its date) for SPARQL, and the fingerprint of what it was computed from: the council's documents
and their content hashes, this module's version and the base IRI. `refresh` recomputes only the
councils whose fingerprint changed (loading one document touches the councils it is about) and
drops the read models of councils no document is about any more; `refresh(everything=True)`
recomputes all (after a SPARQL Update, which can change any graph).

Readers ask for a part by key (`part(store, base, council, "timeline")`); where a council has no
read model (a store written by an older version, or a failed refresh) they get None and compute
the answer live, so a missing read model costs speed, never correctness.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import Any, Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from ikg.store import Store
from ontology import IKG
from queries import internal

log = logging.getLogger("ikg.readmodel")

VERSION = "4"  # bump when a part's shape changes: every read model is then recomputed
PARTS = ("summary", "timeline", "themes", "documents", "people", "recommendations", "theme_counts")


def prop(part: str) -> URIRef:
    return IKG["readModel" + "".join(w.capitalize() for w in part.split("_"))]


def graph_iri(base: str, council: str) -> str:
    return f"{base}graph/read-model/{council.rsplit('/', 1)[-1]}"


# ---------------------------------------------------------------- computing

def compute(store: Store, base: str, council: str) -> dict[str, Any] | None:
    """Every part for one council, from the graph (None if no document is about it)."""
    from app.services.councils import council_people_data, councils_data
    from app.services.documents import documents_data
    from app.services.events import events_data
    from app.services.findings import findings_data
    from app.services.recommendations import recommendations_for_council
    from app.services.themes import themes_for_council

    C = URIRef(council)
    summary = councils_data(store, base, C, live=True)
    if not summary:
        return None
    documents = documents_data(store, base, council=C)
    documents.sort(key=lambda d: d["published"] or "", reverse=True)
    # the council's findings are read once: the timeline counts them, the themes list them
    findings = findings_data(store, base, council=C)
    return {"summary": summary[0], "timeline": events_data(store, base, council=C, findings=findings),
            "themes": themes_for_council(store, base, C, findings=findings), "documents": documents,
            "people": council_people_data(store, base, C),
            "recommendations": recommendations_for_council(store, base, C),
            "theme_counts": theme_counts(store, C)}


def theme_counts(store: Store, council: URIRef) -> dict[str, dict[str, int]]:
    """Per theme IRI, the council's concerns and improvements (distinct findings)."""
    counts: dict[str, dict[str, int]] = {}
    for r in store.select(internal("council_theme_counts"), {"council": council}):
        c = counts.setdefault(str(r["theme"]), {"concerns": 0, "improvements": 0})
        c["concerns" if str(r["polarity"]) == "negative" else "improvements"] += int(r["n"])
    return counts


def to_graph(council: str, parts: dict[str, Any], fingerprint: str) -> Graph:
    g = Graph()
    C = URIRef(council)
    g.add((C, IKG.readModelFingerprint, Literal(fingerprint)))
    for name in PARTS:
        # JSON text as a plain string: rdf:JSON is outside OWL 2's datatype map (HermiT refuses it)
        g.add((C, prop(name), Literal(json.dumps(parts[name], ensure_ascii=False))))
    latest = parts["summary"].get("latest_judgement") or {}
    if latest.get("grade"):
        g.add((C, IKG.latestOverallGrade, Literal(latest["grade"])))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", latest.get("date") or ""):
            g.add((C, IKG.latestOverallDate, Literal(latest["date"], datatype=XSD.date)))
    return g


def fingerprints(store: Store, base: str) -> dict[str, str]:
    """Per council, a hash of what its read model is computed from: its documents and the
    fingerprint of its part of the resolution (its statuses change when its inspection mentions
    are clustered anew, e.g. after a document about another council names the same inspector)."""
    from ikg.resolve import council_documents, stored_parts
    from ontology import Minter

    resolved = {c: fp for c, (_, fp) in stored_parts(store, Minter(base)).items()}
    return {c: hashlib.sha256("\n".join([VERSION, base, *docs, "--", resolved.get(c, "")]).encode()).hexdigest()
            for c, docs in council_documents(store, base).items()}


def stored(store: Store, base: str | None = None) -> dict[str, tuple[str, str]]:
    """Per council, (its read-model graph, the fingerprint it was computed from): those of this
    base (another service writing to the same store under another base keeps its own)."""
    prefix = graph_iri(base, "") if base else ""
    return {str(r["council"]): (str(r["graph"]), str(r["fingerprint"]))
            for r in store.select(internal("read_model_stored")) if str(r["graph"]).startswith(prefix)}


def refresh(store: Store, base: str, everything: bool = False,
            progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Brings the read model up to date with the graph; returns the councils recomputed."""
    current, have = fingerprints(store, base), stored(store, base)
    for council in set(have) - set(current):
        store.drop_graph(have[council][0])
    todo = sorted(c for c, fp in current.items() if everything or have.get(c, ("", ""))[1] != fp)
    for i, council in enumerate(todo):
        parts = compute(store, base, council)
        if parts is None:
            store.drop_graph(graph_iri(base, council))
        else:
            store.replace_graph(graph_iri(base, council), to_graph(council, parts, current[council]))
        if progress:
            progress(i + 1, len(todo))
    return todo


def drop(store: Store) -> None:
    for g, _ in stored(store).values():
        store.drop_graph(g)


# ---------------------------------------------------------------- reading

def part(store: Store, base: str, council: str, name: str) -> Any | None:
    """One part of one council's read model, or None where it has none."""
    rows = store.select(internal("read_model_part"), {"council": URIRef(council), "part": prop(name)})
    return json.loads(str(rows[0]["value"])) if rows else None


def every(store: Store, name: str) -> dict[str, Any]:
    """One part of every council's read model, by council IRI."""
    return {str(r["council"]): json.loads(str(r["value"]))
            for r in store.select(internal("read_model_part"), {"part": prop(name)})}
