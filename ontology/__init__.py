"""Namespaces, the ontology files and IRI minting.

Vocabulary terms (ontology, themes) live under a fixed namespace so that data
from different deployments shares one vocabulary. Instance IRIs (councils,
people, inspections, documents...) are minted under the configurable base IRI,
deterministically, so that loading the same documents again gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
ONTOLOGY_FILE = HERE / "ikg.ttl"
THEMES_FILE = HERE / "themes.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
COUNCILS_FILE = HERE / "councils.csv"

IKG = Namespace("https://w3id.org/ikg/ontology#")
THEME = Namespace("https://w3id.org/ikg/themes/")
THEME_SCHEME = "https://w3id.org/ikg/themes"
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {
    "ikg": IKG, "theme": THEME, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS,
    "foaf": FOAF, "schema": SCHEMA, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}

INSPECTION_CLASSES = {
    "ilacs": IKG.ILACSInspection, "monitoring_visit": IKG.MonitoringVisit,
    "focused_visit": IKG.FocusedVisit, "jtai": IKG.JTAI, "other": IKG.OtherInspection,
}
AREAS = ("overall", "help_and_protection", "children_in_care", "care_leavers", "leadership")
GRADES = ("outstanding", "good", "requires_improvement", "inadequate")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def slug(text: str, max_len: int = 60) -> str:
    """ASCII, lower case, hyphen separated: 'Jenny Turnross' -> 'jenny-turnross'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text[:max_len].rstrip("-") or "x"


def short_hash(*parts: object, n: int = 10) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()
    return h[:n]


class Minter:
    """Mints instance IRIs under a base IRI; the same inputs always give the same IRI."""

    def __init__(self, base: str):
        self.base = base if base.endswith("/") else base + "/"
        self.ns = Namespace(self.base + "id/")

    def _iri(self, kind: str, local: str):
        return self.ns[f"{kind}/{local}"]

    def document(self, doc_id: str):
        return self._iri("document", doc_id)

    def sentence(self, doc_id: str, start: int, end: int):
        return self._iri("document", f"{doc_id}/char/{start}-{end}")

    def council(self, ons_code: str):
        return self._iri("council", ons_code)

    def organisation(self, name: str):
        return self._iri("organisation", slug(name))

    def person(self, name: str):
        return self._iri("person", slug(name))

    def post(self, org_key: str, title: str):
        return self._iri("post", f"{slug(org_key, 30)}-{slug(title, 50)}")

    def tenure(self, doc_id: str, person: str, title: str):
        return self._iri("tenure", f"{doc_id}-{short_hash(person, title)}")

    def inspection(self, council_key: str, kind: str, start: str | None, extra: str = ""):
        return self._iri("inspection", f"{slug(council_key, 30)}-{kind.replace('_', '-')}-{start or 'undated-' + short_hash(extra)}")

    def judgement(self, inspection_iri: str, area: str | None):
        return self._iri("judgement", f"{short_hash(inspection_iri)}-{(area or 'unspecified').replace('_', '-')}")

    def finding(self, doc_id: str, evidence: str, theme: str):
        return self._iri("finding", f"{doc_id}-{short_hash(evidence, theme)}")

    def response(self, doc_id: str, evidence: str, action: str):
        return self._iri("response", f"{doc_id}-{short_hash(evidence, action)}")

    def quote(self, doc_id: str, text: str):
        return self._iri("quote", f"{doc_id}-{short_hash(text)}")

    def figure(self, doc_id: str, measure: str, value: str):
        return self._iri("figure", f"{doc_id}-{short_hash(measure, value)}")

    def recommendation(self, doc_id: str, text: str):
        return self._iri("recommendation", f"{doc_id}-{short_hash(text)}")

    def local_id(self, iri: str) -> str:
        """The part after /id/kind/ of an IRI this minter made."""
        return str(iri)[len(str(self.ns)):].split("/", 1)[-1]
