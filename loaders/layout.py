"""Where a document's parts are: its opening (the characters that hold a title page or a letter's
head), a news article's headline, dateline, headings, standfirst and captions, and which of its
sentences are the reporter's prose. Components ask this module, not the page, which sentences to read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.dates import dateline, first_published, normalise_iso, place_dateline
from loaders.debris import is_heading
from loaders.text import Span, fold

HEAD = 3000  # characters of the opening that hold a title page or a letter's head

# An Ofsted document's title: "Inspection of X local authority children's services", "Focused visit to X..."
_OFSTED_TITLE = re.compile(r"^[^\S\n]*((?:Inspection|Re-inspection|Monitoring\s+visit|Focused\s+visit|Joint\s+targeted)[^\n]*"
                           r"(?:\n[^\n]*(?:children['’]s\s+services|care\s+leavers))?)", re.MULTILINE | re.IGNORECASE)


def ofsted_title(text: str) -> str | None:
    title = _OFSTED_TITLE.search(text[:HEAD])
    return fold(title.group(1)) if title else None


@dataclass
class NewsLayout:
    """A news article's parts, by its sentences (`parsed.content_spans`, debris cut away)."""
    spans: list[Span]  # every sentence
    heads: set[int]  # indexes of headings (headline, standfirst, crossheads) in spans
    figure_lines: list[Span]  # lines that hold a figure and nothing else ("£1.2m: the overspend")
    prose: list[Span]  # the reporter's sentences: neither headings nor figure lines
    published: str | None
    title: str | None


def news_layout(parsed) -> NewsLayout:
    from loaders.figures import figure_lines
    spans = parsed.content_spans
    figs = figure_lines(parsed.text, spans)
    fig_starts = {sp.start for sp in figs}
    heads = headings(spans) - list_openers(parsed.text, spans) - list_items(parsed.text, spans)
    prose = [sp for i, sp in enumerate(spans) if i not in heads and sp.start not in fig_starts]
    return NewsLayout(spans, heads, figs, prose, document_date(parsed.doc), headline(parsed.doc, spans))


# ---------------------------------------------------------------- dates

def document_date(doc) -> str | None:
    """The article's date: a dateline in its first lines, or further down a long masthead before the first
    paragraph of prose ("Published: 3 May 2024", "YATE, Tuesday 14 November 2017 – ..."), else the date its
    metadata gives (HTML meta, sidecar, --published), else a footer's "first published on ..."."""
    prose = 0
    for i, line in enumerate(doc.text.split("\n")[:30]):
        v = next(filter(None, map(dateline, _dateline_parts(line))), None) or place_dateline(line)
        if v:
            return v
        words = len(line.split())
        prose += words >= 12
        if i >= 12 and words >= 25 or prose >= 4:
            # the article has begun (a post's date may come after its first lines: "9:14 AM · May 12, 2022"); the dates
            # after it are other articles' ("- Published 1 October 2015" under related links)
            break
    return normalise_iso(doc.published) or first_published(doc.text)


def _dateline_parts(line: str) -> list[str]:
    """Where a first line may carry the date: the line, each part a byline's separators divide
    ("By A Writer, Reporter | Thursday 8 August 2019"), and what follows "Posted by A Writer on"; none
    in a line of prose."""
    words = len(line.split())
    if words > (24 if re.search(r"\s[|•·]\s", line) else 16):  # (a byline's separators: "Posted by A Writer, Head of Policy | 14 March 2018 | 4 comments")
        return []
    parts = [line] if words <= 12 else []
    parts += re.split(r"\s+[|•·]\s+|\s+[–—]\s+", line)[1:]
    m = re.match(r"\s*(?:posted\s+|written\s+)?by\s+[A-Z][^|•·]{1,60}?\s+on\s+(?P<rest>.+)", line, re.IGNORECASE)
    # "By Jo Bloggs, 12 May 2022", "By Jo Bloggs, Education Reporter, Thursday 12 May 2022": the byline's last part
    last = re.match(r"\s*(?:posted\s+|written\s+)?by\s+[A-Z][^|•·]{1,80}?,\s+(?P<rest>[^,]+(?:,\s+\d{4})?)$", line, re.IGNORECASE)
    return parts + ([m.group("rest")] if m else []) + ([last.group("rest")] if last else [])


# ---------------------------------------------------------------- extraction

def headline(doc, spans: list[Span]) -> str | None:
    """The headline: the page's title, else the last heading before the first paragraph
    (a caption may come before it)."""
    if doc.title:
        return doc.title
    heads = []
    for sp in spans[:6]:
        if not is_heading(sp.text):
            break
        if len(sp.text.split()) >= 3:
            heads.append(sp.text)
    if not heads:
        return None
    topical = re.compile(r"\b(?:children|ofsted|council|services?|care|inspect\w*|social|safeguard\w*|report|rated|inadequate|"
                         r"good|outstanding|improv\w*|failing|families|young)\b", re.IGNORECASE)
    return next((h for h in heads if topical.search(h)), heads[0])


def headings(spans: list[Span]) -> set[int]:
    return {i for i, sp in enumerate(spans) if is_heading(sp.text)}


_BULLET = re.compile(r"[•▪·*]\s|[-–]\s+\S|\d{1,2}[.)]\s+[a-z]")  # (a numbered item in lower case: "3. pay a retention allowance")


def _bulleted(text: str, sp: Span) -> bool:
    """Whether the line `sp` opens starts with a bullet (the span may hold the bullet or start after it)."""
    return bool(_BULLET.match(text[text.rfind("\n", 0, sp.start) + 1:sp.start + 5].lstrip()))


def list_items(text: str, spans: list[Span]) -> set[int]:
    """Indexes of lines that are items of a bulleted list ("• Social workers' caseloads were manageable,
    at an average of 16 children"): a sentence without its full stop, not a heading."""
    return {i for i, sp in enumerate(spans) if len(sp.text.split()) >= 5 and _bulleted(text, sp)}


def list_openers(text: str, spans: list[Span]) -> set[int]:
    """Indexes of lines that open a bulleted list ("Ofsted judged the council 'good' in all four areas"
    / "• The impact of leaders..."): a sentence without its full stop, not a heading."""
    return {i for i, (sp, nxt) in enumerate(zip(spans, spans[1:])) if len(sp.text.split()) >= 5 and _bulleted(text, nxt)
            and len(nxt.text.split()) >= 4}  # (not a headline over a page's "- Published" line)



# A headline or standfirst that says whose finding it reports ("..., Ofsted finds", "'...' said inspectors")
_ATTRIBUTED = re.compile(r"^\W*(?:ofsted|inspectors?)\s*:\s+(?=\S)|"  # "Ofsted: Scilly's care for children 'strong' but ..."
                         # "Ofsted 'cannot ensure children in Kestrelford are safe'", "'Widespread and serious failures' in Kestrelford children's services"
                         r"^\W*(?:ofsted|inspectors?)\s+[‘'\"“](?=\w)|^\s*[‘'\"“][^‘’'\"“”]{8,}[’'\"”]\s+(?:in|at|for|across|within)\s|"
                         # "Children in Kestrelford left in 'harmful situations' - Ofsted": the source after a dash, as BBC headlines name it
                         r"\s[-–—]\s*(?:ofsted|inspectors?|(?:the\s+)?watchdog)\s*$|"
                         r"\b(?:(?:says?|said|finds?|found|warns?|reveals?)\s+(?:the\s+)?(?:ofsted|inspectors?|watchdog|report|inspection)|"
                         r"(?:ofsted|inspectors?|watchdog|report|inspection)\s+(?:says?|said|finds?|found|warns?|reveals?|praises?|commends?|criticises?|slams?|recognises?|recognised|acknowledges?|acknowledged|"
                         r"identif(?:y|ies|ied)|highlight(?:s|ed)?|raises?|raised|flags?|flagged)|(?:damning|scathing|critical|glowing)\s+(?:\w+\s+)?(?:ofsted\s+)?(?:report|inspection|verdict))\b",
                         re.IGNORECASE)


# a headline about the inspection that weighs one thing against another or says what is still wrong, in the
# reporter's own words ("Westminster keeps 'outstanding' Ofsted rating - but care leavers still waiting for homes"):
# a finding as the article's sentences are; a verdict alone ("Damning judgement of X's services in Ofsted report") is not
_ABOUT_INSPECTION = re.compile(r"\b(?:ofsted|inspectors?|inspection|watchdog|rating|rated|judged|graded|deemed)\b", re.IGNORECASE)
_WEIGHED = re.compile(r"\b(?:but|despite|although|though|while|whilst|(?<!stand\s)still|too)\b", re.IGNORECASE)


def finding_headlines(spans: list[Span], heads: set[int]) -> set[int]:
    """Starts of the opening headings (headline, standfirst; those before the article's first paragraph, however
    many lines of a page's masthead come first) that report what the inspection found or weigh it."""
    return {sp.start for sp in opening_headings(spans, heads)
            if _ATTRIBUTED.search(sp.text) or _ABOUT_INSPECTION.search(sp.text) and _WEIGHED.search(sp.text)}


def cut_off(spans: list[Span], heads: set[int]) -> list[Span]:
    """A sentence that follows another in its paragraph but stops without a full stop is the
    article's text cut off (an excerpt, a paywall), not a heading."""
    return [sp for i, sp in enumerate(spans) if i in heads and i > 0 and sp.para >= 0
            and spans[i - 1].para == sp.para and i - 1 not in heads and sp.words >= 6]


def side_spans(parsed, spans: list[Span], heads: set[int]) -> list[Span]:
    """Headlines, standfirsts and image captions: they name people and their roles
    ("Cllr Jane Roe, the council's cabinet member for children") though they are not prose."""
    text = parsed.text
    out = [sp for i, sp in enumerate(spans) if i in heads]
    for s, e, kind in parsed.debris:
        m = re.match(r"\s*(?:(?:media|image)\s+caption,?\s*)?", text[s:e], re.IGNORECASE)
        if kind in ("caption", "media") and m.end() > 0 and e - s - m.end() > 10:
            out.append(Span(s + m.end(), e, re.sub(r"\s+", " ", text[s + m.end():e]).strip()))
        elif kind == "caption":
            out.append(Span(s, e, re.sub(r"\s+", " ", text[s:e]).strip()))
    return out


def response_spans(layout: NewsLayout) -> list[Span]:
    """Where a news article states what the council did or promised: its prose, its text cut off
    mid-paragraph, and the headline and standfirst ("Children's services placed in special measures"),
    not crossheads or captions."""
    spans, heads = layout.spans, layout.heads
    return sorted(layout.prose + cut_off(spans, heads) + opening_headings(spans, heads, first_sentence=8), key=lambda sp: sp.start)


def opening_headings(spans: list[Span], heads: set[int], first_sentence: int = 15) -> list[Span]:
    """The headings before the article's first sentence (of `first_sentence` words or more: shorter lines
    may be a page's masthead), the headline and standfirst ("Opposition calls for extraordinary scrutiny
    meeting after damning report")."""
    out = []
    for i, sp in enumerate(spans[:12]):
        if i in heads:
            out.append(sp)
        elif sp.words >= first_sentence:
            break  # the article has begun
    return out
