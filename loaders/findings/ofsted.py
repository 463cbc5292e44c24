"""Which sentences of an Ofsted letter or report hold its findings: the body after the judgement
table or the findings heading, up to the sign-off, without the procedure ("Inspectors spoke
to..."), the facts sections, headings and page furniture (the complaints and copyright
paragraphs, addresses, links, running headers); and the bullets of "What needs to improve".
"""
from __future__ import annotations

import re

from loaders.findings import polarity
from loaders.lexicon import ASKING, GRADE
from loaders.text import Span, join_quoted

# Sentences that describe how the visit was done, not what was found.
_PROCEDURAL = re.compile(
    r"^(?:This\s+letter\s+summarises|This\s+letter\s+(?:to\s+[^.]{0,60}?\s+)?outlines|This\s+(?:visit|inspection)\s+was\s+(?:carried\s+out|undertaken|conducted)|"
    r"The\s+(?:visit|inspection)\s+was\s+(?:carried\s+out|undertaken|conducted)|"
    r"(?:The\s+)?(?:lead\s+)?[Ii]nspectors?\s+(?:also\s+)?(?:reviewed|looked\s+at|considered|spoke|met|held|used|evaluated|"
    r"examined|sampled|undertook|talked|tracked|carried\s+out|visited|focused)\b|"
    r"(?:The\s+)?(?:lead\s+)?[Ii]nspectors?\s+(?:for\s+this\s+visit\s+)?(?:were|was)\s+(?-i:[A-Z])|"
    r"A\s+range\s+of\s+evidence|Inspectors\s+(?:used|had)|The\s+methodology|The\s+delivery\s+model|"
    r"(?:His|Her)\s+Majesty['’]s\s+(?:Chief\s+)?Inspector|The\s+lead\s+inspector\s+and|"
    r"Ofsted\s+will\s+(?:take|share|use)|I\s+am\s+copying|Yours\s+sincerely|This\s+letter\s+will\s+be\s+published|I\s+will\s+be\s+meeting\s+you\b|"
    r"The\s+quality\s+assurance\s+manager|This\s+was\s+the\s+\w+\s+monitoring\s+visit|We\s+anticipate\s+that|"
    # what Ofsted asks after a visit with an area for priority action
    r"Where\s+a\s+focused\s+visit\s+results\s+in|We\s+would\s+usually\s+also\s+ask|This\s+is\s+so\s+we\s+can\s+be\s+assured|"
    r"It\s+would\s+be\s+(?:very\s+)?helpful\s+if\s+you|"
    r"We\s+have\s+notified\s+the\s+(?:Department\s+for\s+Education|DfE)|"
    # that a list is empty: "There are no additional priority actions."
    r"There\s+(?:are|were)\s+no\s+(?:additional\s+|further\s+|other\s+)?(?:areas\s+for\s+(?:priority\s+)?(?:improvement|action)|priority\s+actions?)\b)",
    re.IGNORECASE)
# The lead-in to a list ("... to address the following areas of weakness:"): its items are the findings.
_LEAD_IN = re.compile(r"\bfollowing\b[^.]*:\s*$|^(?:Areas?\s+for\s+priority\s+action|What\s+needs\s+to\s+improve)\b[^.]*:\s*$", re.IGNORECASE)
# The same after a phrase naming the visit ("During the course of this visit, inspectors reviewed the
# progress made in..."), procedural only when it judges nothing ("...met with committed social workers who
# are undertaking thorough assessments" is a finding); the scope it names ("the progress made in") judges nothing.
_AFTER_VISIT_PHRASE = re.compile(r"^(?:During|In|On|As\s+part\s+of|Throughout)\s+(?:the\s+course\s+of\s+)?(?:this|the)\s+"
                                 r"(?:monitoring\s+|focused\s+)?(?:visit|inspection),?\s+", re.IGNORECASE)
_SCOPE = re.compile(r"\b(?:the\s+)?progress\s+(?:made\s+|being\s+made\s+)?(?:in|on|against|of)\b", re.IGNORECASE)


# What inspectors watched is procedure until they say what they made of it: "Inspectors observed
# practice in the front door" tells how; "Inspectors observed stronger planning" is a finding.
_OBSERVED = re.compile(r"^(?:The\s+)?(?:lead\s+)?[Ii]nspectors?\s+(?:also\s+)?observed\b")


def _procedural(s: str) -> bool:
    if _PROCEDURAL.match(s) or _LEAD_IN.search(s) or (_OBSERVED.match(s) and polarity(s) is None):
        return True
    return visit_procedure(s)


def visit_procedure(s: str) -> bool:
    """What the inspectors did during the visit, judging nothing: "During this visit, inspectors focused on the
    progress made in the area of children in need" (a letter's, or a report of it in the news)."""
    phrase = _AFTER_VISIT_PHRASE.match(s)
    return bool(phrase) and bool(_PROCEDURAL.match(s[phrase.end():])) and polarity(_SCOPE.sub(" ", s)) is None


# Sentences that state what a council has done or set up: responses, not findings.
_ACTION = re.compile(
    r"\b(?:has|have)\s+(?:recently\s+)?(?:appointed|updated|refreshed|introduced|established|commissioned|launched|"
    r"created|restructured|implemented|determined)\b|\b(?:are|is)\s+now\s+in\s+place\b|\bnewly\s+established\b|"
    r"\b(?:continuing\s+to\s+take|(?:is|are)\s+(?:now\s+)?taking)\s+(?:\w+\s+)?(?:action|steps)\b|\brecently\s+(?:refreshed|appointed|introduced|established|updated)\b|"
    r"\b(?:is|are)\s+(?:now\s+)?responding\s+to\s+(?:these|this|the)\s+(?:issues?|concerns?|findings?)\b|"
    r"\b(?:is|are)\s+(?:shortly\s+|now\s+|currently\s+)?being\s+(?:deployed|introduced|implemented|rolled\s+out)\b|"
    r"\b(?:also\s+)?set\s+up\s+(?:a|an)\b|\b(?:has|have)\s+been\s+(?:created|set\s+up|established|secured)\b|\bplans?\s+(?:is|are)\s+(?:now\s+)?in\s+place\b|"
    r"\b(?:is|are)\s+working\s+in\s+conjunction\s+with\b", re.IGNORECASE)
# ... as is an appointment, unless the sentence finds a weakness besides ("... has been appointed, but two posts are vacant")
_APPOINTED = re.compile(r"\b(?:has|have)\s+(?:recently\s+)?been\s+appointed\b", re.IGNORECASE)
# ... unless the sentence also says what the action has done: then it is a finding too.
_EVALUATIVE_STRONG = re.compile(
    r"\b(?:effective(?:ly)?|good|strong|thorough|detailed|impact|reduced|halved|improved\s+in|not\s+always|too|accurate(?:ly)?|honest)\b|"
    r"\b(?:is|are|has|have|which\s+is|which\s+are|which\s+has|which\s+have)\s+(?:already\s+|now\s+|also\s+)?"
    r"(?:helping|helped|improved|improving|benefited|led\s+to|resulted\s+in|strengthened|enabled|enabling|ensured|ensuring)\b|"
    # "... have been appointed and caseloads are reducing as a result", "this is beginning to improve", "well managed"
    r"\b(?:are|is)\s+(?:now\s+)?(?:reducing|falling)\b|\bbeginning\s+to\s+(?:improve|make|have)\b|\bwell[\s-](?:managed|run|led)\b|\bhave\s+enhanced\b",
    re.IGNORECASE)

# Where the findings of a document end: sign-off and Ofsted's boilerplate.
_END = re.compile(r"^(?:Yours\s+sincerely|I\s+am\s+copying\s+this\s+letter|Ofsted\s+will\s+(?:take|share)\s+the\s+findings|"
                  r"The\s+Office\s+for\s+Standards\s+in\s+Education|If\s+you\s+would\s+like\s+a\s+copy)", re.IGNORECASE | re.MULTILINE)
# Sections of facts about the inspection and the area (team, statistics), not findings; in the
# older reports the findings resume after them ("Inspection judgements about the local authority").
_FACTS = re.compile(r"^\f?(?:Information\s+about\s+this\s+(?:inspection|local\s+authority\s+area)|Local\s+authority\s+information|"
                    r"What\s+the\s+(?:(?:LSCB|local\s+authority)\s+)?inspection\s+judge?ments\s+mean\b.*)\d?\s*$", re.IGNORECASE | re.MULTILINE)
_RESUME = re.compile(r"^(?:Inspection\s+judgements\s+about\b.*|Section\s+\d+\s*:.*|(?:Executive\s+)?[Ss]ummary\b.*|Recommendations|"
                     r"Inspection\s+findings|The\s+effectiveness\s+of\b.*)\s*$", re.MULTILINE)
_IMPROVE_HEADING = re.compile(r"^[^\S\n]*What\s+needs\s+to\s+improve\b.*$|^[^\S\n]*Areas\s+for\s+priority\s+action\s*$|"
                              r"^[^\S\n]*What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\?\s*$",
                              re.IGNORECASE | re.MULTILINE)



# a monitoring letter's verdict on the visit, said before its first heading: "The local authority is making
# some progress ..., but progress for care leavers has been too slow" (not how the visit was done)
_VERDICT_LINE = re.compile(r"\b(?:making|made|make)\s+(?:\w+\s+){0,2}progress\b|\bprogress\b[^.;]{0,60}\b(?:too\s+slow|slow|limited|insufficient|inconsistent|"
                           r"good|steady|sustained|significant)\b", re.IGNORECASE)


# where a letter's findings begin
_FINDINGS_HEADING = re.compile(r"^[^\S\n]*(?:Headline\s+findings|Overview|Main\s+findings|Findings)\s*$", re.MULTILINE | re.IGNORECASE)


def intro_spans(text: str, spans: list[Span], kind: str, insp: dict) -> list[Span]:
    """A letter's sentences between its visit sentence and its findings, less the procedure: where it may say what
    the council was doing as the visit began ("the local authority was in the process of joining the newly formed
    regional adoption agency", "A blended approach has been implemented")."""
    if kind != "ofsted_letter":
        return []
    h = _FINDINGS_HEADING.search(text)
    opened = (insp.get("span") or [0, 0])[1]
    if not h or h.start() <= opened:
        return []
    return [sp for sp in join_quoted(spans) if opened <= sp.start < h.start()
            and not (_heading(sp) or _procedural(sp.text) or boilerplate(sp.text))]


def finding_spans(text: str, spans: list[Span], kind: str, insp: dict) -> tuple[list[Span], set[int], list[Span]]:
    """The sentences of the document's findings: (body sentences, the starts of those among
    them that are context only, not findings, "what needs to improve" bullets). Context
    sentences (a council's actions) still lend their themes to the sentences after them."""
    spans = join_quoted(spans)  # (a child's words of several sentences, quoted in one of the inspectors')
    end = _END.search(text)
    end_pos = end.start() if end else len(text)
    lead: tuple[int, int] = (0, 0)  # a letter's verdict before its first heading, when its findings start under a later one
    if kind == "ofsted_letter":
        h = _FINDINGS_HEADING.search(text)
        opened = (insp.get("span") or [0, 0])[1]
        start = h.end() if h else opened
        if h and opened < h.start():
            # "... Her Majesty's Inspectors. The local authority is making some progress ..., but progress for care
            # leavers has been too slow. / Areas covered by the visit": the visit's verdict, read with the findings
            first_heading = next((sp.start for sp in spans if sp.start >= opened and _heading(sp)), h.start())
            lead = (opened, first_heading)
    else:
        js = [j["span"][1] for j in insp.get("judgements", []) if j.get("span")]
        start = max(js) if js else (insp.get("span") or [0, 0])[1]
    skip = []
    for f in _FACTS.finditer(text):
        resume = _RESUME.search(text, f.end())
        skip.append((f.start(), resume.start() if resume else len(text)))
    bullets = [sp for sp in _improve_bullets(text, spans) if sp.start < end_pos]
    bullet_starts = {sp.start for sp in bullets}
    body: list[Span] = []
    context_only: set[int] = set()
    for sp in spans:
        if (sp.start < start and not (lead[0] <= sp.start < lead[1] and _VERDICT_LINE.search(sp.text))) \
                or sp.start >= end_pos or sp.start in bullet_starts:
            continue
        if any(a <= sp.start < b for a, b in skip):
            continue
        if _heading(sp) or _procedural(sp.text) or boilerplate(sp.text):
            continue
        body.append(sp)
        if (_ACTION.search(sp.text) or _APPOINTED.search(sp.text) and polarity(sp.text) != "negative") \
                and not _EVALUATIVE_STRONG.search(sp.text):
            context_only.add(sp.start)
    return body, context_only, bullets


def _improve_bullets(text: str, spans: list[Span]) -> list[Span]:
    """The sentences of the bulleted lists under "What needs to improve" headings."""
    return [sp for h in _IMPROVE_HEADING.finditer(text) for sp in bullets_after(text, spans, h.end())]


def bullets_after(text: str, spans: list[Span], pos: int) -> list[Span]:
    """The sentences of the bulleted list that follows `pos` (a heading): its bullet paragraphs,
    up to the first paragraph that is not one, or the first heading line: a short last bullet
    ("...in the MASH.") leaves the next heading ("Findings") in its paragraph. An introduction
    ending in a colon ("...in the following areas:") and footnote markers or page numbers before
    the list are passed over."""
    out: list[Span] = []
    para = None
    for sp in spans:
        if sp.start < pos or sp.text.isdigit():
            continue
        if out and _own_line(text, sp) and _heading(sp):
            break
        if sp.para != para:
            if not text[:sp.start].rstrip().endswith("•"):  # (a glyph on a line of its own, a blank line after it: a PDF's)
                if not out and sp.text.endswith(":"):
                    continue
                break
            para = sp.para
        out.append(sp)
    return out


def _own_line(text: str, sp: Span) -> bool:
    """The span is a whole line of the text."""
    return text[sp.start - 1:sp.start] in ("", "\n") and text[sp.end:sp.end + 1] in ("", "\n")


def _heading(sp: Span) -> bool:
    """A heading or label line, not a sentence: short, no closing stop, a line of its own."""
    # a judgement's heading, with the number of the paragraph after it run on: "The experiences and progress of children in
    # care and care leavers is good 11."
    if re.match(r"(?:The\s+)?(?:experiences\s+and\s+progress\s+of|impact\s+of\s+leaders\s+on|overall\s+effectiveness)\b", sp.text, re.IGNORECASE) \
            and re.search(rf"\b(?:is|are)\s+(?:{GRADE})(?:\s+\d{{1,3}}\.)?$", sp.text, re.IGNORECASE):
        return True
    if sp.text.endswith((".", "!", "’", "”", '"', ")")) and sp.words > 3:
        return False
    if sp.words <= 12 and not sp.text.endswith("."):
        return True
    if re.search(rf":\s*(?:{GRADE})$", sp.text, re.IGNORECASE):
        return True
    return False


# Page furniture of Ofsted's documents: headings of the lists of what to improve, the report's
# title as a running header (with its dates and page number), the complaints and copyright paragraphs, addresses and links.
_FURNITURE = re.compile(
    r"^(?:What\s+needs\s+to\s+improve\b|What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\b|"
    r"Areas\s+for\s+(?:priority\s+action|improvement)\s*:?$|Any\s+complaints\s+about\s+the\s+inspection\b|"
    r"You\s+may\s+(?:re-?use|copy)\s+this\b|This\s+document\s+may\s+be\s+reproduced\b|Ofsted\s*$|"
    r"(?:Re-?\s*)?Inspection\s+of\b[^.]{0,150}children(?:['’]s)?\s+(?:social\s+care\s+)?services[^.]{0,60}$)|"
    r"Piccadilly\s+Gate|enquiries@ofsted|www\.|https?://|Textphone|Crown\s+copyright|©|"
    r"Open\s+Government\s+Licen[cs]e|Office\s+for\s+Standards\s+in\s+Education,|"
    r"cross-referenced\s+with\s+the\s+outcomes|national\s+framework\)$|"
    # the older reports' legal preamble, table of contents and notes on the judgements
    r"^Ofsted\s+produces\s+this\s+report\s+under\s+its\s+power|^This\s+report\s+includes\s+the\s+report\s+of\s+the\s+inspection|"
    r"^The\s+Local\s+Safeguarding\s+Children\s+Board\s*\(LSCB\)\s*\d*$|^A\s+full\s+description\s+of\s+what\s+the\s+inspection\s+judge?ments\s+mean|"
    r"^This\s+statutory\s+guidance\s+sets\s+out\b|^The\s+inspection\s+did\s+not\s+find\s+any\s+areas\s+for\s+priority", re.IGNORECASE)


def boilerplate(s: str) -> bool:
    return bool(_FURNITURE.search(s.strip()))


def ofsted_findings(parsed, insp: dict, parts: tuple[list[Span], set[int], list[Span]]) -> tuple[list, list]:
    """Concerns and improvements of an Ofsted letter or report: the body's judgements and the bullets
    of what needs to improve (each a concern). `parts`: what `finding_spans` found in it."""
    from loaders.findings import classify, extract_findings, finding_items, whole_service
    body, context_only, bullets = parts
    # a sentence asking for an improvement (the older reports' numbered recommendations) is a
    # concern, as the bullets of what needs to improve are, never a strength by default
    asking = [sp for sp in body if ASKING.match(sp.text)]
    body = [sp for sp in body if not ASKING.match(sp.text)]
    concerns, improvements = extract_findings(body, insp["id"], default_positive=True, context_only=context_only)
    for sp, _pol, themes in classify(sorted(bullets + asking, key=lambda sp: sp.start)):
        if sp.words >= 3 and not boilerplate(sp.text):
            concerns += finding_items(sp, "negative", themes, insp["id"])
    concerns.sort(key=lambda c: c.span[0])
    return whole_service(concerns), whole_service(improvements)
