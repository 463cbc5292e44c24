"""`ikg validate`: SHACL shapes (pySHACL) and OWL consistency (owlready2 + HermiT)
over everything in the store, with a report a person can read."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD
from rdflib.namespace import SH

from ikg.store import Store
from ontology import ONTOLOGY_FILE, SHAPES_FILE, THEMES_FILE
from ontology import IKG


_NOT_OWL2 = {XSD.date, XSD.gYear, XSD.gYearMonth, XSD.gMonth, XSD.gDay, XSD.gMonthDay, XSD.time, XSD.duration}


@dataclass
class Report:
    shacl_ok: bool
    owl_ok: bool
    triples: int
    violations: list[str] = field(default_factory=list)
    owl_message: str = ""

    @property
    def ok(self) -> bool:
        return self.shacl_ok and self.owl_ok

    def text(self) -> str:
        lines = [f"checked {self.triples} triples"]
        lines.append("SHACL: conforms" if self.shacl_ok else f"SHACL: {len(self.violations)} violation(s)")
        lines += [f"  - {v}" for v in self.violations[:50]]
        if len(self.violations) > 50:
            lines.append(f"  ... and {len(self.violations) - 50} more")
        lines.append(f"OWL: {'consistent' if self.owl_ok else 'INCONSISTENT'}{' - ' + self.owl_message if self.owl_message else ''}")
        return "\n".join(lines)


def union_graph(store: Store) -> Graph:
    ds = Dataset()
    ds.parse(data=store.export("nquads"), format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def shacl(data: Graph) -> tuple[bool, list[str]]:
    from pyshacl import validate

    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    ont = Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                    allow_warnings=True)
    messages = []
    for r in results.subjects(SH.resultSeverity, SH.Violation):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        messages.append(f"{focus}: {_short(path)}: {msg}")
    return conforms, sorted(messages)


def _short(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if term is not None else "(node)"


def load_ntriples(world, path: Path):
    """The N-Triples file at `path` as an owlready2 ontology of `world`. The format is said, not guessed:
    owlready2 takes N-Triples whose first line is longer than the 1,000 bytes it peeks at (a long
    literal) for RDF/XML, and which triple comes first varies with the hash seed."""
    return world.get_ontology(path.as_uri()).load(format="ntriples")


def owl_consistency(data: Graph) -> tuple[bool, str]:
    """Loads the ontology and the data into owlready2 and runs HermiT on them."""
    import owlready2

    g = Graph().parse(ONTOLOGY_FILE, format="turtle")
    g += Graph().parse(THEMES_FILE, format="turtle")
    for s_, p_, o_ in data:
        if p_ == IKG.text:
            continue  # long texts add nothing to a consistency check and slow the reasoner's parser
        if isinstance(o_, Literal) and o_.datatype in _NOT_OWL2:
            o_ = Literal(str(o_))  # HermiT knows only the OWL 2 datatype map: no xsd:date, gYear...
        g.add((s_, p_, o_))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "all.nt"
        g.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = load_ntriples(world, path)
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as e:
            return False, f"HermiT found the ontology and data inconsistent ({e})"
        except owlready2.OwlReadyJavaError as e:
            return False, f"HermiT could not check the data: {str(e).strip().splitlines()[-1][:300]}"
        finally:
            world.close()
    return True, "HermiT"


def validate_store(store: Store) -> Report:
    data = union_graph(store)
    shacl_ok, violations = shacl(data)
    owl_ok, owl_message = owl_consistency(data)
    return Report(shacl_ok, owl_ok, len(data), violations, owl_message)
