"""The components of the Ofsted letter and report profiles: each adds one kind of fact to the digest, reading
the document through `loaders.ofsted`'s strategies (title page for reports, the letter's head for letters)."""
from __future__ import annotations

import re

from loaders import ofsted as o
from loaders.digest import CouncilRef, Inspection
from loaders.findings import classify, extract_findings, finding_items
from loaders.recommendations import improvement_points, recommendations
from loaders.responses import extract_responses
from loaders.subject import subject_council
from loaders.text import fold

_TITLE = re.compile(r"^[^\S\n]*((?:Inspection|Re-inspection|Monitoring\s+visit|Focused\s+visit|Joint\s+targeted)[^\n]*"
                    r"(?:\n[^\n]*(?:children['’]s\s+services|care\s+leavers))?)", re.MULTILINE | re.IGNORECASE)


def document_kind(parsed, digest, run) -> None:
    digest.document.kind = run.kind


def subject_council_component(parsed, digest, run) -> None:
    """The council inspected, from the title, the visit sentence or the addressee."""
    council, _where = subject_council(parsed.text)
    run.found["council"] = council
    if council:
        digest.councils.append(CouncilRef(id=council.ons_code, name=council.formal_name, ons_code=council.ons_code))
    else:
        digest.document.warnings = ["no subject council: neither the title, the visit sentence nor the "
                                    "addressee names a council; the inspection is left without one"]


def inspections(parsed, digest, run) -> None:
    """The inspection the document reports (and, in letters, the earlier ones it cites); the document's date and title."""
    doc, text, spans, council = parsed.doc, parsed.text, parsed.sentences, run.found["council"]
    head = text[:o.HEAD]
    if run.settings["inspection_strategy"] == "report":
        insp, who = o._report_inspection(doc, spans, council, o._older_framework(head))
        priors: list[dict] = []
    else:
        insp, who = o._letter_inspection(doc, spans, council)
        priors = o._prior_inspections(spans, insp, council)
    insp["id"] = o._inspection_id(council, insp["type"], insp["start"])
    run.found["inspection"], run.found["inspectors"] = insp, who
    info = digest.document
    info.published = info.published or insp["published"]
    if not info.title:
        title = _TITLE.search(head)
        info.title = fold(title.group(1)) if title else None
    digest.inspections = [Inspection.from_json(i) for i in [insp] + priors]  # built as dicts, typed here


def ofsted_people(parsed, digest, run) -> None:
    """The letter's addressee, then the inspectors."""
    people = []
    if run.settings["inspection_strategy"] == "letter":
        addressee = o._addressee(parsed.text, run.found["council"])
        if addressee:
            people.append(addressee)
    digest.people = people + o._inspector_people(run.found["inspection"], run.found["inspectors"])


def ofsted_findings(parsed, digest, run) -> None:
    """Concerns and improvements: the body's judgements and the bullets of what needs to improve."""
    insp = run.found["inspection"]
    body, context_only, bullets = o._finding_spans(parsed.text, parsed.sentences, run.kind, insp)
    concerns, improvements = extract_findings(body, insp["id"], default_positive=True, context_only=context_only)
    for sp, _pol, themes in classify(bullets):
        if sp.words >= 3 and not o._boilerplate(sp.text):
            concerns += finding_items(sp, "negative", themes, insp["id"])
    concerns.sort(key=lambda c: c.span[0])
    digest.concerns, digest.improvements = concerns, improvements


def responses(parsed, digest, run) -> None:
    council = run.found.get("council")
    digest.responses = extract_responses(parsed.sentences, council.formal_name if council else None)


def ofsted_recommendations(parsed, digest, run) -> None:
    """The recommendations; for a monitoring visit without any, its points for improvement."""
    insp = run.found["inspection"]
    digest.recommendations = recommendations(parsed.text, insp["id"])
    if not digest.recommendations and insp["type"] == "monitoring_visit":
        digest.recommendations = improvement_points(parsed.text, parsed.sentences, insp["id"])
