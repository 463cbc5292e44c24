"""Cross-document resolution: one story from many documents.

Reads every document graph through the store, decides which people and which
inspection mentions are the same, tracks each theme's status over a council's
events, records where sources disagree, and states all of it in graphs of its own.
The part that crosses councils (people, tenures, events and their conflicts) is cheap enough:
it is rebuilt, in `<base>graph/resolution`, after a load that changed any document (a hash of
every document and its content says so); the part that reads every finding
(theme and recommendation statuses) is kept per council, in `<base>graph/resolution/{ons}`,
and recomputed only for councils whose inputs changed (their documents, or how their
inspection mentions were clustered): loading one document into a national store touches one
council. The result depends only on what is loaded, never on the order it was loaded in.
"""
from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from rapidfuzz import fuzz
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from ikg.store import Store, Triples
from ikg.tenures import read_tenures, tenure_triples
from ikg.tracking import Sentence, TfIdf, track
from loaders.to_rdf import partial_date
from ontology import IKG, Minter, short_hash, slug
from queries import internal

STATUSES = ("raised", "persisting", "improving", "resolved", "strength")
internal_query = internal  # the name bench/ scripts use


def resolution_graph_iri(minter: Minter) -> str:
    return minter.base + "graph/resolution"


def part_graph_iri(minter: Minter, council: str) -> str:
    """The graph of one council's part of the resolution (theme and recommendation statuses)."""
    return f"{resolution_graph_iri(minter)}/{council.rsplit('/', 1)[-1]}"


# ---------------------------------------------------------------- reading mentions

def _docbase(minter: Minter, council: str | None = None) -> dict:
    """Bindings of the resolution's queries: the prefix of document graphs (so the resolution
    never reads itself) and, for the per-council part, the council."""
    bound = {"docbase": Literal(minter.base + "id/document/")}
    if council is not None:
        bound["council"] = URIRef(council)
    return bound


@dataclass
class PersonMention:
    iri: str
    name: str
    docs: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


def read_people(store: Store, minter: Minter) -> dict[str, PersonMention]:
    people: dict[str, PersonMention] = {}
    for r in store.select_values(internal_query("resolution_people"), _docbase(minter)):
        p = str(r["p"])
        m = people.setdefault(p, PersonMention(p, str(r["name"])))
        m.docs.add(str(r["d"]))
        for key in ("org", "insp"):
            if key in r:
                m.orgs.add(str(r[key]))
        if "title" in r:
            m.titles.add(str(r["title"]).lower())
    return people


@dataclass
class InspectionMention:
    iri: str
    council: str
    type: str
    docs: set[str] = field(default_factory=set)
    start: str | None = None
    end: str | None = None
    published: str | None = None
    sequence: int | None = None
    inspectors: set[str] = field(default_factory=set)
    judgements: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))  # area -> {(grade, doc)}
    judgement_nodes: set[str] = field(default_factory=set)
    written_by: str | None = None  # the latest publication date of the documents that mention it
    values: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))  # prop -> {(value, doc)}


def read_inspections(store: Store, minter: Minter) -> dict[str, InspectionMention]:
    found: dict[str, InspectionMention] = {}
    for r in store.select_values(internal_query("resolution_inspections"), _docbase(minter)):
        i = str(r["i"])
        m = found.setdefault(i, InspectionMention(i, str(r["council"]), str(r["type"])))
        d = str(r["d"])
        m.docs.add(d)
        if "docdate" in r:
            m.written_by = max(m.written_by or "", str(r["docdate"]))
        m.start = m.start or (str(r["start"]) if "start" in r else None)
        for key in ("end", "published"):
            if key in r:
                m.values[key].add((str(r[key]), d))
        if "seq" in r and str(r["seq"]).isdigit():  # a value written by hand may be anything
            m.sequence = int(r["seq"])
            m.values["sequence"].add((str(r["seq"]), d))
        if "inspector" in r:
            m.inspectors.add(str(r["inspector"]))
        if "grade" in r:
            area = str(r["area"]) if "area" in r else ""
            m.judgements[area].add((str(r["grade"]), d))
            m.judgement_nodes.add(str(r["j"]))
    for m in found.values():
        m.end = _most_precise(v for v, _ in m.values["end"])
        m.published = _most_precise(v for v, _ in m.values["published"])
    return found


@dataclass
class FindingMention:
    iri: str
    council: str
    theme: str
    polarity: str
    doc: str
    inspection: str | None
    date: str | None


def read_findings(store: Store, minter: Minter, council: str) -> list[FindingMention]:
    """One council's findings."""
    return [FindingMention(str(r["f"]), str(r["council"]), str(r["theme"]), str(r["polarity"]), str(r["d"]),
                           str(r["i"]) if "i" in r else None, str(r["docdate"]) if "docdate" in r else None)
            for r in store.select_values(internal_query("resolution_findings"), _docbase(minter, council))]


# ---------------------------------------------------------------- dates

def _most_precise(values) -> str | None:
    values = sorted(set(values), key=lambda v: (-len(v), v))
    return values[0] if values else None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """'2023-03' and '2023-03-13' agree; '2023-03-13' and '2023-03-20' do not."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


# ---------------------------------------------------------------- people

class _UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return out


_TITLE_WORDS = {"director", "inspector", "councillor", "cabinet", "member", "leader", "chief", "executive",
                "head", "manager", "mayor", "commissioner", "minister"}


def _first_name(name: str) -> str:
    """The first name as same_person compares it (lower case; a one-word name is itself)."""
    words = name.split()
    return (words[0] if len(words) > 1 else name).lower()


def same_person(a: PersonMention, b: PersonMention) -> str | None:
    """The reason two mentions are one person, or None. Weighs name, organisation and post together."""
    fa, *_, la = a.name.split() if len(a.name.split()) > 1 else (a.name, a.name)
    fb, *_, lb = b.name.split() if len(b.name.split()) > 1 else (b.name, b.name)
    if a.name.lower() == b.name.lower():
        if a.orgs and b.orgs and not (a.orgs & b.orgs):
            return None  # namesakes at different organisations stay apart
        return "same written name" + (" and organisation" if a.orgs & b.orgs else "")
    if fa.lower() != fb.lower() or not (a.orgs & b.orgs):
        return None
    surname = fuzz.ratio(la.lower(), lb.lower())
    prefix = len(os.path.commonprefix([la.lower(), lb.lower()]))
    post_a = {w for t in a.titles for w in t.split()} & _TITLE_WORDS
    post_b = {w for t in b.titles for w in t.split()} & _TITLE_WORDS
    shared_post = post_a & post_b
    # A misspelt surname often keeps its start (Turnbull/Turnross) even when the ratio is low.
    if (surname >= 60 or prefix >= 4) and shared_post:
        org = sorted(a.orgs & b.orgs)[0].rsplit("/", 1)[-1]
        return (f"same first name '{fa}', similar surnames '{la}'/'{lb}' "
                f"({surname:.0f}/100, {prefix} letters in common at the start), "
                f"same organisation ({org}) and post ({', '.join(sorted(shared_post))})")
    return None


def resolve_people(people: dict[str, PersonMention]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Maps each person IRI to its canonical IRI; returns the reasons for each merged group."""
    uf = _UnionFind(sorted(people))
    reasons: dict[tuple[str, str], str] = {}
    # same_person needs the same first name (a written name equal but for case has it too): only
    # mentions with one first name are compared, not every pair in the store
    by_first_name: dict[str, list[PersonMention]] = defaultdict(list)
    for m in sorted(people.values(), key=lambda m: m.iri):
        by_first_name[_first_name(m.name)].append(m)
    for items in by_first_name.values():
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                why = same_person(a, b)
                if why:
                    uf.union(a.iri, b.iri)
                    reasons[(a.iri, b.iri)] = why
    canonical: dict[str, str] = {}
    why_by_group: dict[str, list[str]] = {}
    for members in uf.groups().values():
        # The name most documents write wins; then the longer name; then the IRI.
        best = sorted(members, key=lambda p: (-len(people[p].docs), -len(people[p].name), p))[0]
        for p in members:
            canonical[p] = best
        why_by_group[best] = sorted({w for (x, y), w in reasons.items() if x in members})
    return canonical, why_by_group


# ---------------------------------------------------------------- events

def _precision(m: InspectionMention) -> int:
    return len(m.start or "")


def dates_agree(a: InspectionMention, b: InspectionMention) -> bool:
    """The starts agree, or the coarser date falls within the other's dates: "the inspection in
    March 2023" is the one that ran from 20 February to 3 March 2023."""
    if dates_compatible(a.start, b.start):
        return True
    coarse, fine = (a, b) if len(a.start) < len(b.start) else (b, a)
    n = len(coarse.start)
    return bool(fine.end) and n < len(fine.start) and fine.start[:n] <= coarse.start <= fine.end[:n]


def event_compatible(a: InspectionMention, b: InspectionMention, person: dict[str, str]) -> bool:
    if a.council != b.council or a.type != b.type:
        return False
    if not (a.start and b.start) or not dates_agree(a, b):
        return False
    if a.sequence and b.sequence and a.sequence != b.sequence:
        return False
    ia, ib = {person.get(p, p) for p in a.inspectors}, {person.get(p, p) for p in b.inspectors}
    return _inspectors_agree(ia, ib)


def _inspectors_agree(a: set[str], b: set[str]) -> bool:
    """One source may name fewer inspectors than another, but not different ones:
    same type and month with different inspectors are different visits."""
    return not a or not b or a <= b or b <= a


def _grades(ms: list[InspectionMention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        for area, graded in m.judgements.items():
            out[area] |= {g for g, _ in graded}
    return out


# An event graded in this many areas has its full judgement table: an area missing from it
# was not graded (the 2026 framework has no overall grade), so a claim about it does not fit.
FULL_TABLE = 4


def judgements_compatible(m: InspectionMention, cluster: list[InspectionMention]) -> bool:
    """Every grade the mention gives agrees with the event's grade for that area
    (a grade with no area must be one of the event's grades)."""
    event = _grades(cluster)
    all_grades = set().union(*event.values()) if event else set()
    full_table = len([a for a in event if a]) >= FULL_TABLE
    for area, graded in m.judgements.items():
        for grade, _ in graded:
            if area and event.get(area) and grade not in event[area]:
                return False
            if area and full_table and not event.get(area):
                return False
            if not area and all_grades and grade not in all_grades:
                return False
    return True


def resolve_events(mentions: dict[str, InspectionMention], person: dict[str, str]) -> dict[str, str]:
    """Clusters inspection mentions into events. Dated mentions go first, most precise
    first, so coarse ones ("the inspection in 2018") join the one event they fit, or
    stay apart if several fit. An undated mention joins the one event of its council and
    type that agrees with its judgements and inspectors; if none or several do, it stays
    an event of its own (flagged undated)."""
    dated = sorted((m for m in mentions.values() if m.start), key=lambda m: (-_precision(m), m.iri))
    undated = sorted((m for m in mentions.values() if not m.start), key=lambda m: m.iri)
    clusters: list[list[InspectionMention]] = []
    # only mentions of one council and type can be one event: each looks among its own kind
    of_kind: dict[tuple[str, str], list[list[InspectionMention]]] = defaultdict(list)

    def new_cluster(m: InspectionMention) -> None:
        clusters.append([m])
        of_kind[m.council, m.type].append(clusters[-1])

    for m in dated:
        fits = [c for c in of_kind[m.council, m.type] if all(event_compatible(m, o, person) for o in c)]
        if len(fits) == 1 or (fits and _precision(m) >= 10):
            fits[0].append(m)
        else:
            new_cluster(m)
    for m in undated:
        # (among the events a date places: not another undated mention's, which would make the next one ambiguous)
        same_kind = [c for c in of_kind[m.council, m.type] if c[0].start or c[0].published]
        fits = [c for c in same_kind if judgements_compatible(m, c) and _people_agree(m, c, person)
                and not _after(c, m.written_by)
                and not (m.sequence and any(o.sequence and o.sequence != m.sequence for o in c))]
        says_something = bool(m.judgements or m.inspectors or m.sequence)
        if len(fits) == 1 and (says_something or len(same_kind) == 1):
            fits[0].append(m)
        elif fits and not says_something and m.written_by and (latest := _latest(fits)) is not None:
            latest.append(m)  # "since the last inspection": the latest event of its kind before the document
        else:
            new_cluster(m)
    canonical = {}
    for c in clusters:
        head = c[0].iri  # the most precise mention
        for m in c:
            canonical[m.iri] = head
    return canonical


def _latest(clusters: list[list[InspectionMention]]) -> list[InspectionMention] | None:
    """The one cluster that began last (by its most precise start or publication), or None on a tie."""
    when = [(_most_precise(o.start or o.published for o in c if o.start or o.published) or "")[:4] for c in clusters]
    last = max(when)
    return clusters[when.index(last)] if last and when.count(last) == 1 else None


def _after(cluster: list[InspectionMention], written_by: str | None) -> bool:
    """Whether the event began after the mentioning documents were published (so they
    cannot be writing about it), compared at the coarser of the two precisions."""
    start = _most_precise(o.start for o in cluster if o.start)
    if not (start and written_by):
        return False
    n = min(len(start), len(written_by))
    return start[:n] > written_by[:n]


def _people_agree(m: InspectionMention, cluster: list[InspectionMention], person: dict[str, str]) -> bool:
    mine = {person.get(p, p) for p in m.inspectors}
    theirs = {person.get(p, p) for o in cluster for p in o.inspectors}
    return _inspectors_agree(mine, theirs)


# ---------------------------------------------------------------- theme tracking

# What one event found of a theme, by the share of its findings on the theme that are concerns:
# more than half weak, a fifth or less strong, between mixed.
WEAK_SHARE = 0.5
STRONG_SHARE = 0.2


def finding_balance(neg: int, pos: int) -> str:
    share = neg / ((neg + pos) or 1)
    return "weak" if share > WEAK_SHARE else "strong" if share <= STRONG_SHARE else "mixed"


def status_from(previous: str | None, now: str) -> str:
    """A theme's status from the latest two events that looked at it (`previous` None: the
    first): weak now is `persisting` after a weak or mixed event, else `raised`; mixed now is
    `improving` after a weak event, `persisting` after a mixed one, `raised` after a strong one or
    first; strong now is `resolved` after a weak or mixed event, else `strength` (good, never
    found wanting by the latest two)."""
    if now == "weak":
        return "persisting" if previous in ("weak", "mixed") else "raised"
    if now == "mixed":
        return {"weak": "improving", "mixed": "persisting"}.get(previous or "", "raised")
    return "resolved" if previous in ("weak", "mixed") else "strength"


def theme_statuses(findings: list[FindingMention], events: dict[str, str], event_dates: dict[str, str | None]):
    """Per council and theme, the status at each event that looked at it, in time order."""
    by_key: dict[tuple[str, str], dict[str, list[FindingMention]]] = defaultdict(lambda: defaultdict(list))
    for f in findings:
        event = events.get(f.inspection) if f.inspection else None
        key = event or f.doc  # a news item with no visit is an event of its own (its publication)
        by_key[(f.council, f.theme)][key].append(f)
    out = []
    for (council, theme), per_event in sorted(by_key.items()):
        def when(k):
            return event_dates.get(k) or next((f.date for f in per_event[k] if f.date), None) or "9999"
        previous = None
        for k in sorted(per_event, key=lambda k: (when(k), k)):
            fs = per_event[k]
            neg = sum(f.polarity == "negative" for f in fs)
            pos = len(fs) - neg
            now = finding_balance(neg, pos)
            out.append((council, theme, k, status_from(previous, now), neg, pos, None if when(k) == "9999" else when(k),
                        sorted(f.iri for f in fs)))
            previous = now
    return out


# ---------------------------------------------------------------- recommendations

@dataclass
class RecommendationMention:
    iri: str
    doc: str
    wording: str
    inspection: str
    themes: set[str] = field(default_factory=set)


def read_recommendations(store: Store, minter: Minter, council: str) -> list[RecommendationMention]:
    """One council's recommendations (by the council of the inspection they belong to)."""
    found: dict[str, RecommendationMention] = {}
    for r in store.select_values(internal_query("recommendations"), _docbase(minter, council)):
        m = found.setdefault(str(r["r"]), RecommendationMention(str(r["r"]), str(r["d"]), str(r["wording"]), str(r["i"])))
        m.themes.add(str(r["theme"]).rsplit("/", 1)[-1])
    return sorted(found.values(), key=lambda m: m.iri)


def read_event_sentences(store: Store, minter: Minter, events: dict[str, str], council: str) -> dict[str, list[Sentence]]:
    """Per canonical event of one council, the finding sentences of the Ofsted documents about
    it (one per sentence, with all its themes; a weakness if read as a concern on any theme)."""
    out: dict[str, dict[str, Sentence]] = defaultdict(dict)
    for r in store.select_values(internal_query("finding_sentences"), _docbase(minter, council)):
        event = events.get(str(r["i"]), str(r["i"]))
        s = out[event].setdefault(str(r["s"]), Sentence(str(r["text"]), str(r["polarity"]), iri=str(r["s"])))
        s.themes.add(str(r["theme"]).rsplit("/", 1)[-1])
        if str(r["polarity"]) == "negative":
            s.polarity = "negative"
    return {e: sorted(ss.values(), key=lambda s: s.iri) for e, ss in out.items()}


def recommendation_statuses(recs: list[RecommendationMention], sentences: dict[str, list[Sentence]],
                            events: dict[str, str], event_dates: dict[str, str | None],
                            councils: dict[str, str]):
    """(recommendation, later event, Status) for each recommendation and each later event of
    its council that has findings of its own. The later document's own recommendations are
    left out of what it is matched against: they ask for what is next."""
    own = defaultdict(list)
    for m in recs:
        own[events.get(m.inspection, m.inspection)].append(m.wording)
    # word weights from the council's own documents, so that loading other councils changes nothing
    by_council: dict[str, list[str]] = defaultdict(list)
    for e, ss in sentences.items():
        by_council[councils.get(e, "")] += [s.text for s in ss]
    for m in recs:
        by_council[councils.get(events.get(m.inspection, m.inspection), "")].append(m.wording)
    similarity = {c: TfIdf(texts).similarity for c, texts in by_council.items()}
    out = []
    for m in recs:
        event = events.get(m.inspection, m.inspection)
        start = event_dates.get(event)
        if not start:
            continue
        later = sorted((event_dates[e] or "", e) for e in sentences
                       if e != event and councils.get(e) == councils.get(event)
                       and event_dates.get(e) and not dates_compatible(event_dates[e], start) and event_dates[e] > start)
        for _date, e in later:
            candidates = [s for s in sentences[e] if not any(s.text in w for w in own[e])]
            out.append((m, e, track(m.wording, m.themes, candidates, similarity[councils.get(event, "")])))
    return out


# ---------------------------------------------------------------- writing the graph

@dataclass
class Events:
    """What the shared part decided that the per-council parts build on."""
    canon: dict[str, str]                 # inspection mention -> canonical event
    dates: dict[str, str | None]          # canonical event -> its date
    council: dict[str, str]               # canonical event -> its council
    docs: dict[str, set[str]] = field(default_factory=dict)  # inspection mention -> its documents

    def of_council(self, council: str) -> list[str]:
        """The council's mentions, each with its event and the event's date: what its part's
        statuses depend on beyond its own documents."""
        return sorted(f"{m} {k} {self.dates.get(k) or ''}" for m, k in self.canon.items()
                      if self.council.get(k) == council)

    def of_documents(self, documents: set[str]) -> list[str]:
        """The mentions in these documents, each with its event, the event's date and council:
        what a council's recommendation statuses depend on beyond its Ofsted documents."""
        return sorted(f"{m} {k} {self.dates.get(k) or ''} {self.council.get(k, '')}"
                      for m, k in self.canon.items() if self.docs.get(m, set()) & documents)


def build_resolution_graph(store: Store, minter: Minter) -> tuple[set[tuple], Events]:
    """The part of the resolution that crosses councils: people and their tenures, organisations,
    events with their best values and conflicts, which inspection each visit follows up (a set
    of triples, ikg.store.Triples)."""
    people = read_people(store, minter)
    person_canon, person_why = resolve_people(people)
    mentions = read_inspections(store, minter)
    event_canon = resolve_events(mentions, person_canon)

    g: set[tuple] = set()
    conflict_n = 0

    def conflict(subject: str, prop: URIRef, claims: dict[str, set[str]]):
        nonlocal conflict_n
        C = URIRef(f"{minter.base}id/conflict/{short_hash(subject, prop)}")
        g.add((C, RDF.type, IKG.Conflict))
        g.add((C, IKG.subject, URIRef(subject)))
        g.add((C, IKG.property, prop))
        for value, docs in sorted(claims.items()):
            claim = URIRef(f"{C}/claim/{short_hash(value)}")
            g.add((C, IKG.claim, claim))
            g.add((claim, RDF.value, Literal(value)))
            for d in sorted(docs):
                g.add((claim, PROV.wasDerivedFrom, URIRef(d)))
        conflict_n += 1

    # people: canonical links, written names with their documents, reasons
    groups: dict[str, list[str]] = defaultdict(list)
    for p, k in person_canon.items():
        groups[k].append(p)
    for k, members in groups.items():
        K = URIRef(k)
        names: dict[str, set[str]] = defaultdict(set)
        for p in members:
            g.add((URIRef(p), IKG.resolvesTo, K))
            if p != k:
                g.add((K, OWL.sameAs, URIRef(p)))
            names[people[p].name].update(people[p].docs)
        for name, docs in sorted(names.items()):
            W = URIRef(f"{k}/name/{slug(name)}")
            g.add((K, IKG.writtenName, W))
            g.add((W, RDF.type, IKG.WrittenName))
            g.add((W, IKG.name, Literal(name)))
            for d in sorted(docs):
                g.add((W, PROV.wasDerivedFrom, URIRef(d)))
        for why in person_why.get(k, []):
            g.add((K, IKG.mergeReason, Literal(why)))
        if len(names) > 1:
            conflict(k, IKG.name, names)

    # roles over time: one tenure per person, organisation and kind of post
    g |= tenure_triples(read_tenures(store, _docbase(minter)), person_canon, minter)

    # councils and other organisations are canonical as minted (ONS code, normalised name)
    for r in store.select(internal_query("resolution_organisations"), _docbase(minter)):
        g.add((r["o"], IKG.resolvesTo, r["o"]))

    # events: canonical inspection with its best values, and conflicts
    clusters: dict[str, list[InspectionMention]] = defaultdict(list)
    for i, k in event_canon.items():
        clusters[k].append(mentions[i])
    event_dates: dict[str, str | None] = {}
    for k, ms in clusters.items():
        K = URIRef(k)
        for m in ms:
            g.add((URIRef(m.iri), IKG.resolvesTo, K))
            if m.iri != k:
                g.add((K, OWL.sameAs, URIRef(m.iri)))
        head = mentions[k]
        start = _most_precise(m.start for m in ms if m.start)
        event_dates[k] = start or head.published
        for prop, value in ((IKG.startDate, start),):
            if value:
                g.add((K, prop, partial_date(value)))
        for key, prop in (("end", IKG.endDate), ("published", IKG.publishedDate), ("sequence", IKG.sequence)):
            claims: dict[str, set[str]] = defaultdict(set)
            for m in ms:
                for value, doc in m.values[key]:
                    claims[value].add(doc)
            best = _most_precise(claims)
            if best:
                g.add((K, prop, Literal(int(best)) if key == "sequence" else partial_date(best)))
            coarse_ok = all(dates_compatible(v, best) for v in claims) if key != "sequence" else len(claims) <= 1
            if not coarse_ok:
                conflict(k, prop, claims)
        for m in ms:
            for p in m.inspectors:
                g.add((K, IKG.inspector, URIRef(person_canon.get(p, p))))
            for j in m.judgement_nodes:
                g.add((K, IKG.judgement, URIRef(j)))
            for d in m.docs:
                g.add((K, PROV.wasDerivedFrom, URIRef(d)))
        areas: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for m in ms:
            for area, graded in m.judgements.items():
                for grade, doc in graded:
                    areas[area][grade].add(doc)
        for area, grades in areas.items():
            if len(grades) > 1:
                conflict(k, URIRef(area) if area else IKG.grade, grades)

    # monitoring visits follow up the latest inspection before them
    ilacs = [(event_dates[k], k, mentions[k].council) for k in clusters if mentions[k].type == "ilacs" and event_dates[k]]
    for k in clusters:
        m = mentions[k]
        if m.type in ("monitoring_visit", "focused_visit") and event_dates[k]:
            before = sorted((d, i) for d, i, c in ilacs if c == m.council and d < event_dates[k])
            if before:
                g.add((URIRef(k), IKG.followsUp, URIRef(before[-1][1])))

    return g, Events(event_canon, event_dates, {k: mentions[k].council for k in clusters},
                     {i: m.docs for i, m in mentions.items()})


def build_council_graph(store: Store, minter: Minter, council: str, events: Events,
                        recommendations: Triples | None = None) -> set[tuple]:
    """One council's part: the status of each theme at each event that looked at it, and of each
    recommendation at each later event (`recommendations`: those statuses as stored, still up to
    date, which are kept instead of recomputed). A set of triples (ikg.store.Triples)."""
    g: set[tuple] = set()
    findings = read_findings(store, minter, council)
    for council_, theme, event, status, neg, pos, date, fs in theme_statuses(findings, events.canon, events.dates):
        S = URIRef(f"{minter.base}id/theme-status/{short_hash(council_, theme, event)}")
        g.add((S, RDF.type, IKG.ThemeStatus))
        g.add((S, IKG.council, URIRef(council_)))
        g.add((S, IKG.theme, URIRef(theme)))
        g.add((S, IKG.event, URIRef(event)))
        g.add((S, IKG.status, Literal(status)))
        g.add((S, IKG.concernCount, Literal(neg)))
        g.add((S, IKG.improvementCount, Literal(pos)))
        if date:
            g.add((S, IKG.date, partial_date(date)))
        for f in fs:
            g.add((S, PROV.wasDerivedFrom, URIRef(f)))
        g.add((S, RDFS.label, Literal(f"{theme.rsplit('/', 1)[-1]}: {status}")))

    if recommendations is not None:
        g |= recommendations
        return g
    sentences = read_event_sentences(store, minter, events.canon, council)
    for rec, event, st in recommendation_statuses(read_recommendations(store, minter, council), sentences,
                                                  events.canon, events.dates, events.council):
        S = URIRef(f"{minter.base}id/recommendation-status/{short_hash(rec.iri, event)}")
        g.add((S, RDF.type, IKG.RecommendationStatus))
        g.add((S, IKG.statusOf, URIRef(rec.iri)))
        g.add((S, IKG.event, URIRef(event)))
        g.add((S, IKG.status, Literal(st.status)))
        g.add((S, IKG.statusReason, Literal(st.reason)))
        if events.dates.get(event):
            g.add((S, IKG.date, partial_date(events.dates[event])))
        for s in st.evidence:
            g.add((S, IKG.evidence, URIRef(s.iri)))
        g.add((S, RDFS.label, Literal(f"{st.status} at {events.dates.get(event)}: {rec.wording[:60]}")))
    return g


# ---------------------------------------------------------------- storing, incrementally

PARTS_VERSION = "1"  # bump when a council part's shape or rules change: every part is recomputed


# Documents of this kind have no recommendations and no finding sentences the recommendations are
# matched against (finding_sentences.rq reads Ofsted documents): they never change those statuses.
NEWS_KIND = "news"


def _council_document_rows(store: Store, base: str) -> dict[str, list[tuple[str, str]]]:
    """Per council, (its document with its content hash, the document's kind), sorted."""
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in store.select_values(internal_query("council_documents"), {"documents": Literal(f"{base}id/document/")}):
        docs[r["council"]].append((f"{r['document']} {r.get('sha256', '')}", r.get("kind", "")))
    return {c: sorted(d) for c, d in docs.items()}


def council_documents(store: Store, base: str) -> dict[str, list[str]]:
    """Per council, its documents with their content hashes (one line each, sorted)."""
    return {c: [line for line, _ in rows] for c, rows in _council_document_rows(store, base).items()}


def part_fingerprints(store: Store, minter: Minter, events: Events) -> dict[str, tuple[str, str]]:
    """Per council with documents, a hash of what its part is computed from, and one of what its
    recommendation statuses are computed from (its documents other than news, and the events
    of their inspection mentions)."""
    out = {}
    for c, rows in _council_document_rows(store, minter.base).items():
        docs = [line for line, _ in rows]
        whole = "\n".join([PARTS_VERSION, minter.base, *docs, "--", *events.of_council(c)])
        recs = [line for line, kind in rows if kind != NEWS_KIND]
        of_recs = "\n".join([PARTS_VERSION, minter.base, *recs, "--",
                             *events.of_documents({line.split(" ", 1)[0] for line in recs})])
        out[c] = (hashlib.sha256(whole.encode()).hexdigest(), hashlib.sha256(of_recs.encode()).hexdigest())
    return out


def stored_recommendation_statuses(store: Store, graph: str) -> tuple[str | None, set[tuple]]:
    """The recommendation statuses stored in a council's part (a set of triples), with the
    fingerprint of what they were computed from (None for a part written before it was stated)."""
    g: set[tuple] = set()
    fingerprint = None
    for r in store.select(internal_query("resolution_recommendation_statuses"), {"graph": URIRef(graph)}):
        if "fingerprint" in r:
            fingerprint = str(r["fingerprint"])
        else:
            g.add((r["s"], r["p"], r["o"]))
    return fingerprint, g


def inputs_fingerprint(store: Store, minter: Minter) -> str:
    """A hash of everything the resolution is computed from: every document and its content."""
    rows = store.select(internal_query("resolution_inputs"), {"documents": Literal(f"{minter.base}id/document/")})
    lines = sorted(f"{r['document']} {r.get('sha256', '')}" for r in rows)
    return hashlib.sha256("\n".join([PARTS_VERSION, minter.base, *lines]).encode()).hexdigest()


def stored_fingerprint(store: Store, graph: str) -> str | None:
    rows = store.select(internal_query("resolution_stored"), {"graph": URIRef(graph)})
    return str(rows[0]["fingerprint"]) if rows else None


def stored_parts(store: Store, minter: Minter) -> dict[str, tuple[str, str]]:
    """Per council, (the graph of its stored part, the fingerprint it was computed from)."""
    prefix = Literal(resolution_graph_iri(minter) + "/")
    return {str(r["council"]): (str(r["graph"]), str(r["fingerprint"]))
            for r in store.select(internal_query("resolution_parts_stored"), {"prefix": prefix})}


def resolve(store: Store, minter: Minter, everything: bool = False,
            progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Rebuilds the shared part from everything loaded, then the parts of the councils whose
    inputs changed (all of them with `everything`, after a write that may have changed any
    graph); drops the parts of councils no document is about. Returns the councils recomputed."""
    shared = resolution_graph_iri(minter)
    inputs = inputs_fingerprint(store, minter)
    if not everything and stored_fingerprint(store, shared) == inputs:
        return []  # what it was computed from is what is loaded: every part is up to date
    g, events = build_resolution_graph(store, minter)
    current, have = part_fingerprints(store, minter, events), stored_parts(store, minter)
    for council in set(have) - set(current):
        store.drop_graph(have[council][0])
    todo = sorted(c for c, (fp, _) in current.items() if everything or have.get(c, ("", ""))[1] != fp)
    for n, council in enumerate(todo, 1):
        fingerprint, of_recs = current[council]
        kept = None
        if not everything and council in have:  # a load of news only: its recommendations stand
            stored_of_recs, statuses = stored_recommendation_statuses(store, have[council][0])
            kept = statuses if stored_of_recs == of_recs else None
        part = build_council_graph(store, minter, council, events, kept)
        part.add((URIRef(council), IKG.resolutionFingerprint, Literal(fingerprint)))
        part.add((URIRef(council), IKG.recommendationsFingerprint, Literal(of_recs)))
        store.replace_graph(part_graph_iri(minter, council), part)
        if progress:
            progress(n, len(todo))
    # written last, with its fingerprint: a pass cut short leaves the old one, so the next redoes it
    if len(g):  # a store without documents keeps no resolution graph at all
        g.add((URIRef(shared), IKG.inputsFingerprint, Literal(inputs)))
    store.replace_graph(shared, g)
    return todo


def drop_resolution(store: Store, minter: Minter) -> None:
    """Drops every graph of the resolution (the shared part and every council's)."""
    for graph, _ in stored_parts(store, minter).values():
        store.drop_graph(graph)
    store.drop_graph(resolution_graph_iri(minter))
