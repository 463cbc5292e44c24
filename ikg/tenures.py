"""Roles over time: the tenures documents state, merged per person, organisation and kind of
post, with the dates the sources show the person in post. With them, "who was director of
children's services when the council was judged inadequate?" is one query
(queries/post_holders.rq)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ikg.store import Store
from loaders.to_rdf import partial_date
from ontology import IKG, ORG, Minter, short_hash, slug
from queries import internal

# Kinds of post, by the written title (first match wins; "director of education" is none).
ROLE_KINDS = [
    ("role_inspector", re.compile(r"\binspector\b", re.I)),
    ("role_chief_executive", re.compile(r"\bchief\s+executive\b", re.I)),
    ("role_dcs", re.compile(r"\bdirector\b.*\b(?:children|young\s+people|families|people['’]?s?\s+services)\b|\bDCS\b", re.I)),
    ("role_lead_member", re.compile(r"\b(?:cabinet|lead)\s+member\b|\bportfolio\s+holder\b", re.I)),
    ("role_council_leader", re.compile(r"\bleader\s+of\s+the\s+council\b|\bcouncil\s+leader\b|^leader$", re.I)),
]
# A title that says the person is not in post at the document's date.
NOT_IN_POST = re.compile(r"\b(?:incoming|former|ex-|previous|retired|late)\b", re.I)
# A director title that names no service ("corporate director").
GENERIC_DIRECTOR = re.compile(r"^(?:(?:corporate|executive|strategic|interim|acting|the)\s+)*director$", re.I)


def role_kind(title: str) -> str | None:
    return next((kind for kind, rx in ROLE_KINDS if rx.search(title)), None)


@dataclass
class TenureMention:
    iri: str
    person: str
    organisation: str | None
    title: str
    since: set[str] = field(default_factory=set)
    until: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # dates a document shows the person in post


def read_tenures(store: Store, bindings: dict) -> dict[str, TenureMention]:
    """Each tenure a document states, with the document's date and, for a letter, the start of
    the visit it reports (the addressee was in post then too)."""
    found: dict[str, TenureMention] = {}
    for r in store.select_values(internal("resolution_tenures"), bindings):
        t = str(r["t"])
        m = found.setdefault(t, TenureMention(t, str(r["p"]), str(r["org"]) if "org" in r else None, str(r["title"])))
        for key, values in (("since", m.since), ("until", m.until)):
            if key in r:
                values.add(str(r[key]))
        if not NOT_IN_POST.search(m.title):
            m.seen |= {str(r[k]) for k in ("docdate", "visit") if k in r}
    return found


def group_tenures(mentions: dict[str, TenureMention], person: dict[str, str]) -> dict[tuple, list[TenureMention]]:
    """Groups mentions by (canonical person, organisation, kind of post). A bare "corporate
    director" joins the one kind of director post the person holds at that organisation."""
    kinds: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions.values():
        kind = role_kind(m.title)
        if kind:
            kinds[(person.get(m.person, m.person), m.organisation)].add(kind)
    groups: dict[tuple, list[TenureMention]] = defaultdict(list)
    for m in sorted(mentions.values(), key=lambda m: m.iri):
        who = person.get(m.person, m.person)
        kind = role_kind(m.title)
        held = kinds.get((who, m.organisation), set())
        if kind is None and GENERIC_DIRECTOR.search(m.title) and held == {"role_dcs"}:
            kind = "role_dcs"
        groups[(who, m.organisation, kind or "title:" + slug(m.title, 60))].append(m)
    return groups


def tenure_graph(mentions: dict[str, TenureMention], person: dict[str, str], minter: Minter) -> Graph:
    """The merged tenures, each linked from the mentions it merges (ikg:resolvesTo)."""
    g = Graph()
    for t in tenure_triples(mentions, person, minter):
        g.add(t)
    return g


def tenure_triples(mentions: dict[str, TenureMention], person: dict[str, str], minter: Minter) -> set[tuple]:
    """tenure_graph's triples as a plain set (ikg.store.Triples), as the resolution stores them."""
    g: set[tuple] = set()
    for (who, org, kind), ms in group_tenures(mentions, person).items():
        local = who.rsplit("/", 1)[-1]
        K = URIRef(f"{minter.base}id/tenure/{local}-{kind.removeprefix('role_').replace(':', '-')}-"
                   f"{short_hash(org or '')}")
        g.add((K, RDF.type, IKG.Tenure))
        g.add((K, ORG.member, URIRef(who)))
        if org:
            g.add((K, ORG.organization, URIRef(org)))
        if not kind.startswith("title:"):
            g.add((K, ORG.role, IKG[kind]))
        for m in ms:
            g.add((K, IKG.roleTitle, Literal(m.title)))
            g.add((URIRef(m.iri), IKG.resolvesTo, K))
            g.add((K, PROV.wasDerivedFrom, URIRef(m.iri)))
        since = min(set().union(*(m.since for m in ms)), default=None)
        until = max(set().union(*(m.until for m in ms)), default=None)
        seen = set().union(*(m.seen for m in ms))
        known_from = since or min(seen, default=None)
        known_until = until or max(seen | ({since} if since else set()), default=None)
        for prop, value in ((IKG.since, since), (IKG.until, until), (IKG.knownFrom, known_from),
                            (IKG.knownUntil, known_until)):
            if value:
                g.add((K, prop, partial_date(value)))
        g.add((K, RDFS.label, Literal(f"{ms[0].title} ({local})")))
    return g
