"""From a digest to triples: the document's named graph, with provenance for every fact.

Each fact that rests on a sentence points at it with `ikg:evidence` (a sub-property
of prov:wasDerivedFrom); the sentence is a resource of its own, `<doc>/char/S-E`,
with its text and character offsets into the document text (RFC 5147 style).
Pure: a Digest (loaders/digest.py) in, an rdflib Graph (`to_rdf`) or its N-Triples text
(`to_ntriples`, what loading stores) out; the caller stores it as the named graph whose IRI is
the document's IRI.
"""
from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from loaders import gazetteer
from loaders.digest import Digest, Role
from loaders.read import Document
from loaders.text import fold
from ontology import IKG, INSPECTION_CLASSES, ORG, PREFIXES, SCHEMA, THEME, Minter, slug

OFSTED = "Ofsted"


def partial_date(value: str | None) -> Literal | None:
    """'2023-03-13' -> xsd:date, '2023-03' -> xsd:gYearMonth, '2023' -> xsd:gYear."""
    if not value:
        return None
    value = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


class _Builder:
    def __init__(self, doc: Document, digest: Digest, minter: Minter):
        self.doc, self.digest, self.m = doc, digest, minter
        self.triples: set[tuple] = set()  # an rdflib Graph costs more to fill than extraction takes
        self.D = minter.document(doc.id)
        self.inspections: dict[str, URIRef] = {}
        self.main_council: URIRef | None = None

    def add(self, s, p, o):
        if o is not None:
            self.triples.add((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    # -------------------------------------------------------------- evidence

    def sentence(self, span) -> URIRef | None:
        if not span or len(span) != 2:
            return None
        start, end = int(span[0]), int(span[1])
        if not (0 <= start < end <= len(self.doc.text)):
            return None
        S = self.m.sentence(self.doc.id, start, end)
        self.add(S, RDF.type, IKG.Sentence)
        self.add(S, IKG.text, Literal(fold(self.doc.text[start:end])))
        self.add(S, IKG.charStart, Literal(start))
        self.add(S, IKG.charEnd, Literal(end))
        self.add(S, DCTERMS.isPartOf, self.D)
        return S

    def evidence(self, node, span):
        S = self.sentence(span)
        if S is not None:
            self.add(node, IKG.evidence, S)
        self.add(node, PROV.wasDerivedFrom, self.D)

    # -------------------------------------------------------------- nodes

    def document(self):
        d, doc, D = self.digest.document, self.doc, self.D
        self.add(D, RDF.type, IKG.Document)
        self.add(D, DCTERMS.identifier, Literal(doc.id))
        self.add(D, DCTERMS.title, d.title and Literal(d.title))
        self.add(D, IKG.documentKind, Literal(d.kind or "other"))
        self.add(D, IKG.publishedDate, partial_date(d.published))
        self.add(D, DCTERMS.source, Literal(d.source or doc.source))
        self.add(D, DCTERMS.format, Literal(doc.format))
        self.add(D, IKG.sha256, Literal(doc.sha256))
        self.add(D, IKG.text, Literal(doc.text))

    def council(self, name: str | None, ons_code: str | None = None) -> URIRef | None:
        c = gazetteer.by_code(ons_code) if ons_code else None
        c = c or (gazetteer.lookup(name) if name else None)
        if c is None:
            return None
        C = self.m.council(c.ons_code)
        self.add(C, RDF.type, IKG.Council)
        self.add(C, SKOS.prefLabel, Literal(c.formal_name, lang="en"))
        self.add(C, IKG.onsCode, Literal(c.ons_code))
        if name and gazetteer.lookup(name) is c and name != c.formal_name:
            self.add(C, SKOS.altLabel, Literal(name, lang="en"))
        self.add(self.D, IKG.council, C)
        return C

    def organisation(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        C = self.council(name)
        if C is not None:
            return C
        O = self.m.organisation(name)
        is_ofsted = slug(name) in ("ofsted", "office-for-standards-in-education")
        self.add(O, RDF.type, IKG.Inspectorate if is_ofsted else ORG.Organization)
        self.add(O, SKOS.prefLabel, Literal(OFSTED if is_ofsted else name, lang="en"))
        return O

    def person(self, name: str) -> URIRef:
        P = self.m.person(name)
        self.add(P, RDF.type, IKG.Person)
        self.add(P, FOAF.name, Literal(name))
        self.add(P, RDFS.label, Literal(name))
        return P

    def people(self):
        for person in self.digest.people:
            if not person.name:
                continue
            P = self.person(person.name)
            for alias in person.aliases:
                self.add(P, SKOS.altLabel, Literal(alias))
            self.add(self.D, SCHEMA.mentions, P)
            for role in person.roles:
                self.tenure(P, person.name, role)

    def tenure(self, P, name: str, role: Role):
        title = (role.title or "").strip()
        if not title:
            return
        O = self.organisation(role.organisation)
        T = self.m.tenure(self.doc.id, name, title + "|" + (role.organisation or ""))
        self.add(T, RDF.type, IKG.Tenure)
        self.add(T, ORG.member, P)
        self.add(T, ORG.organization, O)
        self.add(T, IKG.roleTitle, Literal(title))
        post = self.m.post(role.organisation or "unknown", title)
        self.add(post, RDF.type, IKG.Post)
        self.add(post, SKOS.prefLabel, Literal(title, lang="en"))
        self.add(post, ORG.postIn, O)
        self.add(T, IKG.post, post)
        self.add(T, IKG.since, partial_date(role.since))
        self.add(T, IKG.until, partial_date(role.until))
        self.evidence(T, role.span)

    def inspections_(self):
        for item in self.digest.inspections:
            C = self.council(item.council, item.ons_code)
            kind = item.type if item.type in INSPECTION_CLASSES else "other"
            I = self.m.inspection(self.m.local_id(C) if C is not None else "unknown", kind, item.start, extra=f"{self.doc.id}|{item.id}")
            self.inspections[str(item.id)] = I
            self.add(I, RDF.type, INSPECTION_CLASSES[kind])
            self.add(I, IKG.inspectionType, Literal(kind))
            self.add(I, IKG.council, C)
            self.add(I, IKG.inspectorate, self.organisation(OFSTED))
            self.add(I, IKG.startDate, partial_date(item.start))
            self.add(I, IKG.endDate, partial_date(item.end))
            self.add(I, IKG.publishedDate, partial_date(item.published))
            if item.sequence:
                self.add(I, IKG.sequence, Literal(int(item.sequence)))
            for i, name in enumerate(item.inspectors):
                P = self.person(name)
                self.add(I, IKG.inspector, P)
                if i == 0:
                    self.add(I, IKG.leadInspector, P)
            for j in item.judgements:
                if not j.grade:
                    continue
                # a judgement outside the scheme's areas is named by its label: adoption and the LSCB,
                # both 'good', are two judgements
                area = j.area or (j.label and slug(j.label, 40)) or "unnamed-area"
                J = self.m.judgement(str(I), f"{area}-{j.grade}")
                self.add(J, RDF.type, IKG.Judgement)
                self.add(J, IKG.area, j.area and IKG[f"area_{j.area}"])
                self.add(J, IKG.grade, IKG[f"grade_{j.grade}"])
                if j.label:  # a judgement outside the scheme's areas keeps the name the table gives it
                    self.add(J, RDFS.label, Literal(j.label))
                self.add(I, IKG.judgement, J)
                self.evidence(J, j.span or item.span)
            for area in item.areas or []:
                self.add(I, IKG.coversArea, THEME[area])
            self.add(self.D, SCHEMA.mentions, I)
            S = self.sentence(item.span)
            if S is not None:
                self.add(I, IKG.evidence, S)
        for item in self.digest.inspections:
            ref = item.refers_to
            if ref and str(ref) in self.inspections:
                self.add(self.inspections[str(item.id)], IKG.refersTo, self.inspections[str(ref)])

    def findings(self):
        for cat, cls, polarity in (("concerns", IKG.Concern, "negative"), ("improvements", IKG.Improvement, "positive")):
            for item in getattr(self.digest, cat):
                theme = item.theme or "other"
                # polarity is part of the key: one sentence may be read both ways on different themes
                F = self.m.finding(self.doc.id, item.evidence, f"{theme}|{polarity}")
                self.add(F, RDF.type, cls)
                self.add(F, IKG.theme, THEME[theme])
                self.add(F, IKG.polarity, Literal(polarity))
                self.add(F, RDFS.label, Literal(item.evidence))
                self.add(F, IKG.council, self.main_council)
                self.evidence(F, item.span)
                I = self.inspections.get(str(item.inspection))
                if I is not None:
                    self.add(I, IKG.finding, F)

    def responses(self):
        for item in self.digest.responses:
            R = self.m.response(self.doc.id, item.evidence, item.action)
            self.add(R, RDF.type, IKG.Response)
            self.add(R, IKG.action, Literal(item.action or ""))
            self.add(R, IKG.actor, self.organisation(item.actor) or self.main_council)
            self.add(R, IKG.council, self.main_council)
            for theme in item.themes:
                self.add(R, IKG.addresses, THEME[theme])
            self.evidence(R, item.span)

    def quotes(self):
        for item in self.digest.quotes:
            text = item.text or ""
            if not text:
                continue
            Q = self.m.quote(self.doc.id, text)
            self.add(Q, RDF.type, IKG.Quote)
            self.add(Q, SCHEMA.text, Literal(text))
            speaker = item.speaker
            if speaker:
                is_org = speaker.lower() in ("ofsted", "inspectors") or gazetteer.lookup(speaker) is not None
                self.add(Q, IKG.speaker, self.organisation(speaker) if is_org else self.person(speaker))
            self.evidence(Q, item.span)

    def figures(self):
        for item in self.digest.figures:
            value = str(item.value or "")
            Fi = self.m.figure(self.doc.id, item.measure or "", value)
            self.add(Fi, RDF.type, IKG.Figure)
            self.add(Fi, IKG.measure, Literal(item.measure or ""))
            self.add(Fi, IKG.value, Literal(value))
            number = _number(value)
            if number is not None:
                self.add(Fi, IKG.numericValue, Literal(number, datatype=XSD.decimal))
            self.add(Fi, IKG.unit, item.unit and Literal(item.unit))
            self.add(Fi, IKG.date, partial_date(item.date))
            self.add(Fi, IKG.council, self.main_council)
            self.evidence(Fi, item.span)

    def recommendations(self):
        for item in self.digest.recommendations:
            R = self.m.recommendation(self.doc.id, item.text)
            self.add(R, RDF.type, IKG.Recommendation)
            self.add(R, IKG.wording, Literal(item.text))
            self.add(R, RDFS.label, Literal(item.text))
            for theme in item.themes:
                self.add(R, IKG.theme, THEME[theme])
            self.add(R, IKG.council, self.main_council)
            self.evidence(R, item.span)
            I = self.inspections.get(str(item.inspection))
            if I is not None:
                self.add(I, IKG.recommendation, R)

    def build(self) -> set[tuple]:
        self.document()
        for c in self.digest.councils:
            C = self.council(c.name, c.ons_code)
            self.main_council = self.main_council or C
        self.inspections_()
        self.people()
        self.findings()
        self.responses()
        self.quotes()
        self.figures()
        self.recommendations()
        return self.triples


def _number(value: str) -> str | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    if not m:
        return None
    number = float(m.group().replace(",", ""))
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3, "thousand": 1e3}
    unit = re.search(r"\d\s*(million|billion|bn|m|k|thousand)\b", value.lower())
    if unit:
        number *= scale[unit.group(1)]
    return f"{number:.6f}".rstrip("0").rstrip(".")


def to_rdf(doc: Document, digest: Digest, minter: Minter) -> Graph:
    """The named graph of one document (its IRI is minter.document(doc.id))."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", minter.ns)
    for triple in _Builder(doc, digest, minter).build():
        g.add(triple)
    return g


def to_ntriples(doc: Document, digest: Digest, minter: Minter) -> str:
    """to_rdf's graph as N-Triples (sorted lines, each written as rdflib's N-Triples serializer
    writes it), without building the Graph: what is stored at load."""
    from rdflib.plugins.serializers.nt import _nt_row
    return "".join(sorted(_nt_row(t) for t in _Builder(doc, digest, minter).build()))
