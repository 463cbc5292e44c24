"""The ontology, theme scheme and shapes: they parse, load in owlready2, and catch bad data."""
from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from ikg.store import OxigraphStore
from ikg.validate import owl_consistency, shacl, validate_store
from ontology import IKG, ONTOLOGY_FILE, THEME, THEMES_FILE

from tests.conftest import SHARED

D = URIRef("http://example.org/id/document/d1")
C = URIRef("http://example.org/id/council/E99000001")


def test_ontology_declares_the_classes_the_design_names():
    g = Graph().parse(ONTOLOGY_FILE)
    for cls in ("Council", "Person", "Post", "Tenure", "Inspectorate", "Inspection", "ILACSInspection",
                "MonitoringVisit", "FocusedVisit", "JTAI", "Judgement", "Finding", "Concern", "Improvement",
                "Response", "Quote", "Figure", "Document", "Sentence"):
        assert (IKG[cls], RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in g, cls
    assert (IKG.Concern, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), IKG.Finding) in g


def test_theme_scheme_has_every_theme_of_the_spec():
    g = Graph().parse(THEMES_FILE)
    notations = {str(o) for o in g.objects(None, SKOS.notation)}
    assert len(notations) == 22 and {"exploitation", "front_door", "other"} <= notations
    spec = SHARED / "spec" / "themes.md"
    if spec.exists():
        ids = set(re.findall(r"^\| (\w+) \|", spec.read_text(), re.M)) - {"id"}
        assert notations == ids
    for concept in g.subjects(RDF.type, SKOS.Concept):
        assert g.value(concept, SKOS.prefLabel) and g.value(concept, SKOS.definition)


def test_ontology_loads_in_owlready2_and_is_consistent():
    ok, message = owl_consistency(Graph())
    assert ok, message


def _good_finding(g: Graph, f: URIRef):
    s = URIRef(str(D) + "/char/0-10")
    g.add((D, RDF.type, IKG.Document)); g.add((D, IKG.documentKind, Literal("news")))
    g.add((D, DCTERMS.source, Literal("x.txt")))
    g.add((s, RDF.type, IKG.Sentence)); g.add((s, IKG.text, Literal("Some text.")))
    g.add((s, IKG.charStart, Literal(0))); g.add((s, IKG.charEnd, Literal(10)))
    g.add((s, DCTERMS.isPartOf, D))
    g.add((f, RDF.type, IKG.Concern)); g.add((f, IKG.polarity, Literal("negative")))
    g.add((f, IKG.evidence, s)); g.add((f, PROV.wasDerivedFrom, D))


def test_shacl_accepts_a_good_finding_and_catches_a_themeless_one():
    g = Graph()
    f = URIRef("http://example.org/id/finding/1")
    _good_finding(g, f)
    ok, violations = shacl(g)
    assert not ok and any("theme" in v for v in violations)
    g.add((f, IKG.theme, THEME.exploitation))
    ok, violations = shacl(g)
    assert ok, violations


def test_shacl_catches_an_inspection_with_two_councils_and_a_bad_grade():
    g = Graph()
    i = URIRef("http://example.org/id/inspection/x")
    g.add((i, RDF.type, IKG.MonitoringVisit)); g.add((i, IKG.inspectionType, Literal("monitoring_visit")))
    for code in ("E99000001", "E99000002"):
        c = URIRef(f"http://example.org/id/council/{code}")
        g.add((c, RDF.type, IKG.Council)); g.add((c, IKG.onsCode, Literal(code)))
        g.add((c, SKOS.prefLabel, Literal(code))); g.add((i, IKG.council, c))
    j = URIRef("http://example.org/id/judgement/j")
    g.add((i, IKG.judgement, j)); g.add((j, RDF.type, IKG.Judgement)); g.add((j, IKG.grade, IKG.grade_superb))
    ok, violations = shacl(g)
    assert not ok
    assert any("exactly one council" in v for v in violations)
    assert any("grade" in v for v in violations)


def test_owl_check_catches_a_finding_that_is_both_concern_and_improvement():
    g = Graph()
    f = URIRef("http://example.org/id/finding/both")
    g.add((f, RDF.type, IKG.Concern)); g.add((f, RDF.type, IKG.Improvement))
    ok, message = owl_consistency(g)
    assert not ok and "inconsistent" in message


def test_validate_store_reports_violations_readably():
    store = OxigraphStore(None)
    g = Graph()
    _good_finding(g, URIRef("http://example.org/id/finding/1"))
    store.replace_graph(str(D), g)
    report = validate_store(store)
    assert not report.ok
    assert "SHACL: 1 violation" in report.text() and "theme" in report.text()


def test_n_triples_whose_first_line_is_a_long_literal_load_for_the_reasoner(tmp_path):
    # owlready2 guesses RDF/XML for N-Triples whose first line is longer than the 1,000 bytes it peeks at;
    # the validator says the format, so a long evidence sentence serialised first cannot break it
    import owlready2

    from ikg.validate import load_ntriples
    path = tmp_path / "all.nt"
    path.write_text('<http://example.org/a> <http://example.org/p> "' + "x" * 1200 + '" .\n', encoding="utf-8")
    world = owlready2.World()
    try:
        assert load_ntriples(world, path) is not None
    finally:
        world.close()
