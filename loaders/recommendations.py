"""Recommendations: the items of the list a report or letter ends its summary with.

ILACS reports head it "What needs to improve?", focused visits "What needs to improve in
this area of social work practice", older frameworks and some letters "Areas for
improvement", "Areas for priority action", "Priority and immediate action" or
"Recommendations". Each item (a bullet, or a numbered paragraph in the older reports)
is one recommendation, worded as the document words it, with its themes and offsets.
A monitoring letter often has no such list: the improvement points are sentences of its
summary ("there is a need to develop...", "...needs to improve", "...should..."); where a
letter has no headed list, each such sentence before the first heading after the summary
is one (improvement_points). Pure: text in, digest entries out.
"""
from __future__ import annotations

import re

from loaders.digest import Recommendation
from loaders.findings import themes_of
from loaders.lexicon import IMPROVEMENT_POINT
from loaders.text import Span, fold

HEADING = re.compile(
    r"^[ \t]*(?:What\s+needs\s+to\s+improve\b[^\n]{0,60}|What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\?"
    r"|Areas?\s+for\s+(?:priority\s+action|improvement|development)|Priority\s+and\s+immediate\s+action"
    r"|Recommendations?)[ \t]*[?:]?\d?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# Bullets as PDFs and their text conversions write them (Symbol-font bullets land in the private use area).
_BULLET = re.compile(r"^[ \t]*[•◼▪●■○◦\-–*\uf000-\uf8ff][ \t]*")
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}\.[ \t]*(?=[A-Z‘'“(])")
_LONE = re.compile(r"^[ \t]*(?:[•◼▪●■○◦\-–*\uf000-\uf8ff]|\d{1,3}\.)[ \t]*$")  # a marker on a line of its own
_DEBRIS = re.compile(r"^[ \t]*(?:\d{1,3}|Page\s+\d+(?:\s+of\s+\d+)?)[ \t]*$")  # page numbers, footnote marks
# A reference the 2026 framework appends to each item: "(Outcome 3, national framework)".
_TAIL = re.compile(r"\s*\((?:Outcome|Enabler)s?\s+[^()]*\)\s*$|\s*\(national\s+framework\)\s*$", re.IGNORECASE)
_NONE = re.compile(r"\b(?:did\s+not\s+(?:find|identify)|there\s+(?:are|were)\s+no)\b[^.]*\b(?:areas?|action)", re.IGNORECASE)
_DONE = re.compile(r"[.;:!?]['’”)]*$")
_MAX_INTRO = 4  # lines of introduction ("...in the following areas:") before the list starts
MIN_WORDS = 3


def _lines(text: str, pos: int):
    """(start, end) of each line from `pos` on."""
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        pos = end + 1


def _item_spans(text: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list after a heading ending at `pos`: bullets or numbered
    paragraphs, each running on over wrapped lines to the next marker or blank line; the list ends
    at the first paragraph after a blank line that is neither (a heading, prose, the address)."""
    items: list[list[int]] = []
    intro, blank, lone = 0, False, None
    for start, end in _lines(text, pos):
        line = text[start:end]
        if _LONE.match(line):
            lone = not line.strip()[0].isdigit()  # the item is on the next line; True for a bullet
            continue
        if not line.strip() or _DEBRIS.match(line):
            blank = blank or not line.strip()
            continue
        marker = _BULLET.match(line) or _NUMBERED.match(line)
        if lone is not None:
            items.append([start + len(line) - len(line.lstrip()), end, lone])
            lone = None
        elif marker:
            items.append([start + marker.end(), end, bool(_BULLET.match(line))])
        elif items and not blank and not _ends_list(text[items[-1][0]:items[-1][1]], line, items[-1][2]):
            items[-1][1] = end  # a wrapped line of the item
        elif items or intro >= _MAX_INTRO or HEADING.match(line):
            break
        else:
            intro += 1
        blank = False
    return [(a, b) for a, b, _ in items]


def _ends_list(item: str, line: str, bullet: bool) -> bool:
    """Whether `line`, after a complete item with no blank line between (text conversions drop
    them), is what follows the list: a heading, or for a bullet (one sentence) a new sentence."""
    if not _DONE.search(item.rstrip()) or not line.strip()[:1].isupper():
        return False
    heading = len(line.split()) <= 8 and not _DONE.search(line.rstrip())
    return heading or bullet


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding space or the trailing framework reference."""
    chunk = text[start:end]
    tail = _TAIL.search(chunk)
    if tail:
        end = start + tail.start()
        chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, start + len(chunk.rstrip())


def recommendations(text: str, inspection: str | None) -> list[Recommendation]:
    """Every item of every recommendations list in the text, in document order."""
    out: list[Recommendation] = []
    seen: set[int] = set()
    for h in HEADING.finditer(text):
        for a, b in _item_spans(text, h.end()):
            start, end = _trim(text, a, b)
            words = fold(text[start:end])
            if start in seen or len(words.split()) < MIN_WORDS or _NONE.search(words):
                continue
            seen.add(start)
            out.append(Recommendation(text=words, themes=themes_of(words) or ["other"], evidence=words,
                                      inspection=inspection, start=start, end=end, span=[start, end]))
    out.sort(key=lambda r: r.start)
    return out


# Where the summary of a monitoring letter ends: the first heading of its findings.
_FINDINGS = re.compile(r"^[ \t]*(?:Findings|Progress|Evaluation)\b[^\n.]{0,60}$", re.IGNORECASE | re.MULTILINE)


def improvement_points(text: str, spans: list[Span], inspection: str | None) -> list[Recommendation]:
    """The sentences of a letter's summary that name what still needs to improve, each one
    recommendation (for letters with no headed list)."""
    end = _FINDINGS.search(text)
    if not end:
        return []
    out = []
    for sp in spans:
        if sp.end > end.start() or sp.words < MIN_WORDS or not IMPROVEMENT_POINT.search(sp.text):
            continue
        out.append(Recommendation(text=sp.text, themes=themes_of(sp.text) or ["other"], evidence=sp.text,
                                  inspection=inspection, start=sp.start, end=sp.end, span=[sp.start, sp.end]))
    return out
