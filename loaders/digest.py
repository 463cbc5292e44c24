"""The document digest of shared/spec/digest.md: what the loaders found in one document.

A digest is a plain dict (it is served and printed as JSON). Every list is present,
empty when nothing was found; unknown values are None. Facts that rest on a
sentence carry its character offsets into the document text as "start"/"end"
(extra keys the spec welcomes), which `to_rdf` turns into provenance.
"""
from __future__ import annotations

LISTS = ("councils", "inspections", "people", "concerns", "improvements", "responses", "quotes", "figures",
         "recommendations")
KINDS = ("ofsted_letter", "ofsted_report", "news", "other")
INSPECTION_TYPES = ("ilacs", "monitoring_visit", "focused_visit", "jtai", "other")


def empty_digest(doc) -> dict:
    digest = {"document": {"id": doc.id, "title": doc.title, "kind": "other",
                           "published": doc.published, "source": doc.meta.get("source") or doc.source}}
    for key in LISTS:
        digest[key] = []
    return digest
