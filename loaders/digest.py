"""The document digest of shared/spec/digest.md: what the loaders found in one document, typed.

One dataclass per kind of item, with the spec's fields in the spec's order and the extra
keys the loaders emit (ids, "span": [start, end] character offsets into the document text,
which `to_rdf` turns into provenance, confidence-like flags). `Digest.to_json()` gives the
JSON-ready dict of the spec (every list present, unknown values None); `Digest.from_json()`
reads one back. Values of the spec's enums (document kind, inspection type, judgement area
and grade, finding polarity) are checked when an item is built: a bad one raises ValueError
naming the field.

Why stdlib dataclasses and not pydantic: the loaders are pure and run without the app, the
national corpus yields ~380k findings whose construction must stay cheap (slots, no
per-field coercion), and the JSON has to stay exactly what it was — extras that some
documents carry and others lack are omitted rather than written as null — which a few
lines of to_json state more plainly than pydantic's serialisation options.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

LISTS = ("councils", "inspections", "people", "concerns", "improvements", "responses", "quotes", "figures",
         "recommendations")
KINDS = ("ofsted_letter", "ofsted_report", "news", "other")
INSPECTION_TYPES = ("ilacs", "monitoring_visit", "focused_visit", "jtai", "other")
AREAS = ("overall", "help_and_protection", "children_in_care", "care_leavers", "leadership")
GRADES = ("outstanding", "good", "requires_improvement", "inadequate")
POLARITIES = ("negative", "positive")

Span = list[int]  # [start, end) into the document text


def _check(cls: str, name: str, value, allowed: tuple, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if value not in allowed:
        raise ValueError(f"{cls}.{name} must be one of {', '.join(allowed)}{' or None' if nullable else ''}, not {value!r}")


class _Item:
    """What every digest type has: its JSON (to_json) and a constructor from it (from_json)."""
    __slots__ = ()

    def to_json(self) -> dict:
        """The item as the JSON-ready dict of spec/digest.md (json.dumps it)."""
        return _dump(self)

    @classmethod
    def from_json(cls, data: dict | str):
        """An item from its JSON (a dict or a string); unknown keys and bad enum values raise."""
        if isinstance(data, str):
            data = json.loads(data)
        return _load(cls, data)


@dataclass(slots=True)
class DocumentInfo(_Item):
    id: str
    title: str | None = None
    kind: str = "other"
    published: str | None = None
    source: str | None = None
    warnings: list[str] | None = None  # omitted when None

    def __post_init__(self):
        _check("DocumentInfo", "kind", self.kind, KINDS)


@dataclass(slots=True)
class CouncilRef(_Item):
    id: str
    name: str
    ons_code: str | None = None
    mentions: int | None = None  # news: how often the article names it
    span: Span | None = None


@dataclass(slots=True)
class Judgement(_Item):
    area: str | None
    grade: str
    span: Span | None = None
    label: str | None = None  # the table's label, for a judgement outside the spec's areas

    def __post_init__(self):
        _check("Judgement", "grade", self.grade, GRADES)
        _check("Judgement", "area", self.area, AREAS, nullable=True)


@dataclass(slots=True)
class Inspection(_Item):
    id: str | None = None
    council: str | None = None
    ons_code: str | None = None
    type: str = "other"
    start: str | None = None
    end: str | None = None
    published: str | None = None
    sequence: int | None = None
    inspectors: list[str] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)
    span: Span | None = None
    areas: list[str] | None = None  # themes of the areas a visit covered; omitted when None
    mentions: list[Span] | None = None  # news: the sentences that speak of it; omitted when None
    refers_to: str | None = None  # the id of an inspection this one follows up; omitted when None

    def __post_init__(self):
        _check("Inspection", "type", self.type, INSPECTION_TYPES)


@dataclass(slots=True)
class Role(_Item):
    title: str
    organisation: str | None = None
    since: str | None = None
    until: str | None = None
    span: Span | None = None
    status: str | None = None  # "new", "incoming"
    former: str | None = None  # "former": a post held before


@dataclass(slots=True)
class Person(_Item):
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    span: Span | None = None


@dataclass(slots=True)
class Finding(_Item):
    """A concern (polarity negative) or an improvement (positive): one per sentence and theme."""
    theme: str
    evidence: str
    inspection: str | None = None
    polarity: str = "negative"
    span: Span | None = None
    clause: Span | None = None  # news: the clause of the sentence it rests on

    def __post_init__(self):
        _check("Finding", "polarity", self.polarity, POLARITIES)


@dataclass(slots=True)
class Response(_Item):
    actor: str | None
    action: str
    kind: str | None = None
    evidence: str = ""
    themes: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass(slots=True)
class Quote(_Item):
    speaker: str | None
    text: str
    span: Span | None = None
    spans: list[Span] = field(default_factory=list)
    speaker_type: str = "person"
    partial: bool = False
    speakers: list[str] | None = None  # more than one speaker; omitted when None


@dataclass(slots=True)
class Figure(_Item):
    measure: str
    value: str
    unit: str | None = None
    evidence: str = ""
    span: Span | None = None
    approximate: bool | None = None  # omitted when None
    date: str | None = None  # omitted when None


@dataclass(slots=True)
class Recommendation(_Item):
    text: str
    themes: list[str] = field(default_factory=list)
    evidence: str = ""
    inspection: str | None = None
    start: int | None = None
    end: int | None = None
    span: Span | None = None


@dataclass(slots=True)
class Organisation(_Item):
    """An organisation other than a council that a news article names (news only)."""
    id: str
    name: str
    type: str | None = None
    linked_council: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class Digest(_Item):
    document: DocumentInfo
    councils: list[CouncilRef] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    concerns: list[Finding] = field(default_factory=list)
    improvements: list[Finding] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    organisations: list[Organisation] | None = None  # news only; omitted when None
    debris: list[list] | None = None  # news: [start, end, kind] of page furniture; omitted when None


# Extras that some items carry and others lack: omitted from the JSON when None, as before.
_OMIT_NONE = {
    DocumentInfo: {"warnings"}, CouncilRef: {"mentions", "span"}, Judgement: {"span", "label"},
    Inspection: {"areas", "mentions", "refers_to"}, Role: {"span", "status", "former"},
    Finding: {"clause"}, Quote: {"speakers"}, Figure: {"approximate", "date"},
    Digest: {"organisations", "debris"},
}
# Fields holding items (or lists of items) of another digest type.
_NESTED = {
    (Digest, "document"): DocumentInfo, (Digest, "councils"): CouncilRef, (Digest, "inspections"): Inspection,
    (Digest, "people"): Person, (Digest, "concerns"): Finding, (Digest, "improvements"): Finding,
    (Digest, "responses"): Response, (Digest, "quotes"): Quote, (Digest, "figures"): Figure,
    (Digest, "recommendations"): Recommendation, (Digest, "organisations"): Organisation,
    (Inspection, "judgements"): Judgement, (Person, "roles"): Role,
}


@cache
def _plan(cls) -> tuple[tuple[str, bool, type | None], ...]:
    omit = _OMIT_NONE.get(cls, set())
    return tuple((f.name, f.name in omit, _NESTED.get((cls, f.name))) for f in fields(cls))


def _dump(item) -> dict:
    out: dict[str, Any] = {}
    for name, omit, nested in _plan(type(item)):
        value = getattr(item, name)
        if value is None:
            if not omit:
                out[name] = None
        elif nested is None:
            out[name] = value
        elif isinstance(value, list):
            out[name] = [_dump(v) for v in value]
        else:
            out[name] = _dump(value)
    return out


def _load(cls, data):
    if isinstance(data, cls):  # already typed: a component's item
        return data
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}: expected an object, not {type(data).__name__}")
    known = {name: nested for name, _omit, nested in _plan(cls)}
    unknown = set(data) - set(known)
    if unknown:
        raise TypeError(f"{cls.__name__}: unknown field(s) {', '.join(sorted(unknown))}")
    kwargs = {}
    for name, value in data.items():
        nested = known[name]
        if nested is not None and value is not None:
            value = [_load(nested, v) for v in value] if isinstance(value, list) else _load(nested, value)
        kwargs[name] = value
    return cls(**kwargs)


def empty_digest(doc) -> Digest:
    """The digest of a document before any component has added to it."""
    return Digest(DocumentInfo(id=doc.id, title=doc.title, kind="other", published=doc.published,
                               source=doc.meta.get("source") or doc.source))
