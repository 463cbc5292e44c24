"""What kind of document this is: an Ofsted letter, an Ofsted report, news about a
council's children's services, or something else.

    document_kind(doc) -> "ofsted_letter" | "ofsted_report" | "news" | "other"

Ofsted writes its letters (monitoring visits, focused visits, joint targeted area
inspections) and its reports to a fixed pattern, so their openings decide: a letter
has a salutation and "This letter summarises the findings of..." or a "... visit to X
children's services" heading; a report's title page says "Inspection of X local
authority children's services" (or the older "Inspection of services for children in
need of help and protection...") with its inspection dates or judgements. Anything else
that talks about children's social care is news; the rest is "other".
"""
from __future__ import annotations

import re

_HEAD = 2500  # characters of the opening that decide letters and reports

_LETTER_SALUTATION = re.compile(r"^[^\S\n]*Dear\s+\S", re.MULTILINE)
_LETTER_SIGNS = [
    re.compile(r"\bThis\s+letter\s+(?:summarises|sets\s+out|outlines)\s+the\s+findings\b", re.I),
    re.compile(r"^[^\S\n]*(?:Monitoring|Focused|Focused\s+assurance)\s+visit\s+(?:to|of)\b", re.I | re.M),
    re.compile(r"^[^\S\n]*Joint\s+targeted\s+area\s+inspection\s+(?:of|in)\b", re.I | re.M),
]
_REPORT_TITLE = re.compile(
    r"(?:^|\n)[^\S\n]*(?:Re-?\s*inspection|Inspection)\s+of\s+(?:"
    r"[^.]{0,150}?children(?:['’]s)?\s+(?:social\s+care\s+)?services"
    r"|services\s+for\s+children\s+in\s+need\s+of\s+help\s+and\s+protection)"
    r"|(?:^|\n)[^\S\n]*Review\s+of\s+the\s+effectiveness\s+of\s+the\s+local\s+safeguarding\s+children\s+board", re.I)
_REPORT_SIGNS = re.compile(r"Inspection\s+dates?\s*:|Lead\s+inspector\s*:|Report\s+published\s*:|"
                           r"^[^\S\n]*Judgement\s+Grade\b|Overall\s+effectiveness|overall\s+judgement\s+is", re.I | re.M)

# Words that say a text is about children's social care.
_CS_TERMS = [
    r"children(?:['’]s|s)?\s+(?:and\s+famil(?:y|ies)\s+)?services?\b",  # "Children Services" too
    r"services?\s+for\s+(?:vulnerable\s+)?children\b", r"social\s+work\b",
    r"children['’]s\s+social\s+care", r"social\s+care", r"social\s+workers?",
    r"child\s+protection", r"safeguarding", r"children\s+in\s+care", r"care\s+leavers?", r"looked[-\s]after",
    r"foster(?:ing|\s+carers?)", r"adoption", r"children\s+in\s+need", r"exploitation",
    r"director\s+of\s+children['’]s\s+services", r"\bDCS\b", r"special\s+educational\s+needs",
    r"children['’]s\s+homes?", r"vulnerable\s+children", r"early\s+help",
]
_CS = [re.compile(t, re.I) for t in _CS_TERMS]
# Ofsted, or its inspectors unnamed: "children's services require improvement, inspectors have said"
_OFSTED = re.compile(r"\bOfsted\b|\bHMI\b|Majesty['’]s\s+Inspector|\b(?:re-?)?inspect(?:ion|ions|ors?|ed)\b", re.I)


def _letter(head: str) -> bool:
    """A salutation and a letter's heading or opening; the opening alone where a copy of the
    letter has lost its head ("This letter summarises the findings of the monitoring visit...")."""
    if _LETTER_SIGNS[0].search(head):
        return True
    return bool(_LETTER_SALUTATION.search(head)) and any(rx.search(head) for rx in _LETTER_SIGNS[1:])


def _report(head: str) -> bool:
    return bool(_REPORT_TITLE.search(head)) and bool(_REPORT_SIGNS.search(head))


def childrens_services_terms(text: str) -> int:
    """How many distinct children's-social-care terms `text` uses."""
    return sum(1 for rx in _CS if rx.search(text))


def document_kind(doc) -> str:
    text = doc.text
    head = text[:_HEAD]
    if _report(head):
        return "ofsted_report"
    if _letter(head):
        return "ofsted_letter"
    terms = childrens_services_terms(text)
    if terms >= 3 or (terms >= 1 and _OFSTED.search(text)):
        return "news"
    return "other"
