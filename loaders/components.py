"""The extraction components, one per kind of fact, shared by every kind of document.

Each is `component(parsed, digest, run)`: it reads the parsed document (`loaders.parse.Parsed`) and
what earlier components left in `run.found`, and adds its facts to the typed digest. What differs
between an Ofsted report, an Ofsted letter and a news article is which components a kind's profile
runs, in which order, and the strategy each is given in `run.settings` (`loaders.pipeline_config`):
configuration, not a second extractor. The strategies live in the modules of their fact
(`loaders.subject`, `loaders.inspections.*`, `loaders.findings.*`, ...).
"""
from __future__ import annotations

from loaders.digest import CouncilRef, Inspection


def _strategy(run, fact: str, strategies: dict):
    name = run.settings[fact]
    if name not in strategies:
        raise ValueError(f"profile {run.kind!r}: no {fact} strategy {name!r} (known: {', '.join(strategies)})")
    return strategies[name]


# ---------------------------------------------------------------- the document

def document(parsed, digest, run) -> None:
    """The document's kind, title and date; for news, where its headline, headings and prose are."""
    _strategy(run, "document", {"ofsted": _ofsted_document, "news": _news_document})(parsed, digest, run)


def _ofsted_document(parsed, digest, run) -> None:
    from loaders.layout import ofsted_title
    info = digest.document
    info.kind = run.kind
    info.title = info.title or ofsted_title(parsed.text)


def _news_document(parsed, digest, run) -> None:
    from loaders.layout import news_layout
    layout = run.found["layout"] = news_layout(parsed)
    digest.document.kind, digest.document.published, digest.document.title = run.kind, layout.published, layout.title


# ---------------------------------------------------------------- councils

def council(parsed, digest, run) -> None:
    """The council the document is about (first in `digest.councils`), and for news the others it names."""
    _strategy(run, "council", {"subject": _subject_council, "mentions": _mentioned_councils})(parsed, digest, run)


def _subject_council(parsed, digest, run) -> None:
    """Where Ofsted names it: the title, the visit sentence or the addressee; none found is a warning, never a guess."""
    from loaders.subject import subject_council
    found, _where = subject_council(parsed.text)
    run.found["council"] = found
    run.found["council_name"] = found.formal_name if found else None
    if found:
        digest.councils.append(CouncilRef(id=found.ons_code, name=found.formal_name, ons_code=found.ons_code))
    else:
        digest.document.warnings = ["no subject council: neither the title, the visit sentence nor the "
                                    "addressee names a council; the inspection is left without one"]


def _mentioned_councils(parsed, digest, run) -> None:
    from loaders.subject import article_councils
    layout = run.found["layout"]
    councils = article_councils(layout.prose, layout.title, layout.published)
    source = parsed.doc.meta.get("source")
    if not councils and isinstance(source, str):
        # a council's own page or minutes that never name it ("the panel noted..."): its publisher
        from loaders.gazetteer import council_of_address
        c = council_of_address(source)
        councils = [{"id": c.ons_code, "name": c.formal_name, "ons_code": c.ons_code, "mentions": 0}] if c else \
            article_councils([], source)  # a source given by name ("Kestrelford Borough Council")
    digest.councils = [CouncilRef.from_json(c) for c in councils]
    run.found["council"] = councils[0] if councils else None
    run.found["council_name"] = councils[0]["name"] if councils else None


# ---------------------------------------------------------------- inspections

def inspections(parsed, digest, run) -> None:
    """The inspections the document reports or cites, with dates, inspectors and judgements."""
    _strategy(run, "inspections", {"report": _report_inspections, "letter": _letter_inspections,
                                   "news": _news_inspections})(parsed, digest, run)


def _report_inspections(parsed, digest, run) -> None:
    from loaders.inspections.report import older_framework, report_inspection
    from loaders.layout import HEAD
    council = run.found["council"]
    insp, who = report_inspection(parsed.doc, parsed.sentences, council, older_framework(parsed.text[:HEAD]))
    _ofsted_inspections(digest, run, insp, who, [])


def _letter_inspections(parsed, digest, run) -> None:
    from loaders.inspections.letter import letter_inspection, prior_inspections
    council = run.found["council"]
    insp, who = letter_inspection(parsed.doc, parsed.sentences, council)
    _ofsted_inspections(digest, run, insp, who, prior_inspections(parsed.sentences, insp, council))


def _ofsted_inspections(digest, run, insp: dict, who: dict, priors: list[dict]) -> None:
    from loaders.inspections import inspection_id
    insp["id"] = inspection_id(run.found["council"], insp["type"], insp["start"])
    run.found["inspection"], run.found["inspectors"] = insp, who
    digest.document.published = digest.document.published or insp["published"]
    digest.inspections = [Inspection.from_json(i) for i in [insp] + priors]  # built as dicts, typed here


def _news_inspections(parsed, digest, run) -> None:
    """What the article says was inspected and graded; each inspector named goes to the inspection
    their sentence speaks of (so people run first)."""
    from loaders.inspections.news import assign_inspectors, grade_mentions, judgement_line, news_inspections, public, table_row
    layout = run.found["layout"]
    names = {c.ons_code: c.name for c in digest.councils if c.ons_code}
    prose = {sp.start for sp in layout.prose}
    # "Leadership: Inadequate", "Care leavers – Good – Outstanding"
    graded = [sp for sp in layout.spans if sp.start not in prose and (judgement_line(sp.text) or table_row(sp.text))]
    if layout.spans and 0 in layout.heads and layout.spans[0] not in graded and not any(grade_mentions(sp.text) for sp in layout.prose + graded):
        graded.append(layout.spans[0])  # a grade only the headline gives ("OFSTED rates Dudley's children's services as 'inadequate'")
    found = news_inspections(sorted(layout.prose + graded, key=lambda sp: sp.start), run.found["council"], layout.published, names,
                             lines=layout.spans)
    assign_inspectors(found, digest.people)
    run.found["inspections"] = found
    digest.inspections = [Inspection.from_json(public(i)) for i in found]  # built as dicts, typed here
    # a council named once, in passing, is listed when the article gives it an inspection of its own
    # ("Neighbouring Halton was the subject of a JTAI on the same theme in March")
    listed = {c.ons_code for c in digest.councils}
    for i in found:
        if i.get("ons_code") and i["ons_code"] not in listed:
            listed.add(i["ons_code"])
            digest.councils.append(CouncilRef.from_json({"id": i["ons_code"], "name": i["council"], "ons_code": i["ons_code"], "mentions": 1}))


# ---------------------------------------------------------------- people

def people(parsed, digest, run) -> None:
    """The people the document names, with their roles."""
    _strategy(run, "people", {"inspectors": _inspectors, "letter": _letter_people, "prose": _prose_people})(parsed, digest, run)


def _inspectors(parsed, digest, run) -> None:
    from loaders.ofsted_people import inspector_people
    digest.people = inspector_people(run.found["inspection"], run.found["inspectors"])


def _letter_people(parsed, digest, run) -> None:
    """The letter's addressees, then the inspectors."""
    from loaders.ofsted_people import addressees, inspector_people, ofsted_staff
    inspectors = inspector_people(run.found["inspection"], run.found["inspectors"])
    digest.people = addressees(parsed.text, run.found["council"]) + inspectors + \
        ofsted_staff(parsed.sentences, [p.name for p in inspectors])


def _prose_people(parsed, digest, run) -> None:
    """Everyone the article names in its prose, its headings and captions (for roles) and its byline."""
    from loaders.layout import side_spans
    from loaders.people import extract_people
    layout, meta = run.found["layout"], parsed.doc.meta
    digest.people, run.found["mentions"] = extract_people(
        parsed, layout.prose, council=run.found["council_name"], published=layout.published,
        side=side_spans(parsed, layout.spans, layout.heads), credits=True,
        byline="\n".join([meta.get("byline") or meta.get("author") or ""] + meta.get("captions", [])).strip() or None)


# ---------------------------------------------------------------- what was said and done

def quotes(parsed, digest, run) -> None:
    """Quoted passages of the prose, each with its speaker (after people: speakers are people found)."""
    from loaders.quotes import extract_quotes
    digest.quotes = extract_quotes(parsed, run.found["layout"].prose, run.found["mentions"], people=digest.people,
                                   council=run.found["council_name"])


def responses(parsed, digest, run) -> None:
    """What the council did or promised in response."""
    from loaders.responses import extract_responses
    spans = _strategy(run, "responses", {"sentences": lambda: parsed.sentences,
                                         "findings_body": lambda: _findings_body(parsed, run),
                                         "prose": lambda: _news_response_spans(run)})()
    # the parse, read in an inspector's voice or in the council's own words (loaders/actions.py), or the triggers alone
    parse, voice = _strategy(run, "actions", {"parse": lambda: (parsed.dependencies, "inspector"),
                                              "own_words": lambda: (parsed.dependencies, "council"),
                                              "triggers": lambda: (None, "inspector")})()
    digest.responses = extract_responses(spans, run.found["council_name"], parse=parse, parse_many=parsed.parse_many,
                                         voice=voice)


def _findings_body(parsed, run):
    """The sentences an Ofsted document reports its findings in, without the procedure and page
    furniture around them (what Ofsted asks after a priority action is no action of the council's,
    a page number no figure); and a letter's opening lines after its visit sentence, where it may say
    what the council was doing as the visit began."""
    from loaders.findings.ofsted import intro_spans
    body, _context, _bullets = _finding_parts(parsed, run)
    intro = intro_spans(parsed.text, parsed.sentences, run.kind, run.found["inspection"])
    return sorted(intro + body, key=lambda sp: sp.start) if intro else body


def _finding_parts(parsed, run):
    """An Ofsted document's findings body, its context-only sentences and its bullets of what needs to
    improve (loaders/findings/ofsted.py), found once for findings, responses and figures."""
    if "finding_parts" not in run.found:
        from loaders.findings.ofsted import finding_spans
        run.found["finding_parts"] = finding_spans(parsed.text, parsed.sentences, run.kind, run.found["inspection"])
    return run.found["finding_parts"]


def _news_response_spans(run):
    from loaders.layout import response_spans
    return response_spans(run.found["layout"])


# ---------------------------------------------------------------- findings

def findings(parsed, digest, run) -> None:
    """Concerns and improvements, each with its themes."""
    _strategy(run, "findings", {"ofsted": _ofsted_findings, "news": _news_findings})(parsed, digest, run)


def _ofsted_findings(parsed, digest, run) -> None:
    from loaders.findings.ofsted import ofsted_findings
    digest.concerns, digest.improvements = ofsted_findings(parsed, run.found["inspection"], _finding_parts(parsed, run))


def _news_findings(parsed, digest, run) -> None:
    """After quotes (a politician's own words are not findings) and responses (an action reported
    without a judging word is a response, not also an improvement)."""
    from loaders.findings.news import news_findings
    digest.concerns, digest.improvements = news_findings(
        parsed, run.found["layout"], digest.quotes, run.found["mentions"], digest.people, run.found["inspections"],
        {r.span[0] for r in digest.responses})


# ---------------------------------------------------------------- the rest

def recommendations(parsed, digest, run) -> None:
    """The recommendations; for a monitoring visit without any, its points for improvement."""
    from loaders.recommendations import improvement_points
    from loaders.recommendations import recommendations as listed
    insp = run.found["inspection"]
    digest.recommendations = listed(parsed.text, insp["id"])
    if not digest.recommendations and insp["type"] == "monitoring_visit":
        digest.recommendations = improvement_points(parsed.text, parsed.sentences, insp["id"])


def figures(parsed, digest, run) -> None:
    """Money, counts, percentages and durations, from the prose and lines that hold a figure alone."""
    from loaders.figures import extract_figures
    spans = _strategy(run, "figures", {"prose": lambda: sorted(run.found["layout"].figure_lines + run.found["layout"].prose,
                                                               key=lambda sp: sp.start),
                                       "findings_body": lambda: _findings_body(parsed, run)})()
    digest.figures = extract_figures(parsed.text, spans)


def organisations(parsed, digest, run) -> None:
    """Organisations other than the council (trusts, partners, unions) the prose names."""
    from loaders.organisations import extract_organisations
    digest.organisations = extract_organisations(parsed.text, run.found["layout"].prose, run.found["council_name"])


def debris(parsed, digest, run) -> None:
    """The page debris cut away before extraction (adverts, links, captions), kept as ranges."""
    digest.debris = [[s, e, k] for s, e, k in parsed.debris]
