"""Sentences with character offsets.

`sentences(text)` splits a document's clean text into `Span`s whose `start`/`end`
index the text itself, so every fact can point back at the exact characters it
rests on. Hard-wrapped lines (PDF, letters) are joined; headings, address lines,
bullets and numbered paragraphs ("12.Child-in-need plans...") that run into
paragraphs become spans of their own. A span's `para` is the index of the block
(paragraph, heading, bullet) it comes from, so that readers can tell which
sentences belong together; a span made elsewhere has `para` -1 (unknown).

`mask_footnotes(text)` blanks Ofsted's footnotes (offsets kept) and `join_page_breaks(text, spans)`
makes a sentence a page break cut in two one span again: `Parsed.sentences` does both, once, for
every component.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str  # whitespace folded
    para: int = -1  # index of the paragraph (block) the sentence is in; -1 when unknown

    @property
    def words(self) -> int:
        return len(self.text.split())


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "cllr", "st", "no", "nos", "vs", "etc", "e.g", "i.e",
           "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "approx", "para", "fig", "cf"}
# A match starts only at the first mark of a run ("?!", "..."), and takes the run whole: a long
# run of marks costs linear time, not a scan to its end from each of its characters.
_END = re.compile(r"""(?<![.!?])[.!?]++['"’”)\]]*+(?=\s+(?:['"‘“(\[]?[A-Z0-9£•]))""")
_WORD_TAIL = 40  # characters before a sentence end that hold the word it follows (an abbreviation, an initial)
_SHORT_LINE = 60
_NUMBER = r"\d{1,3}\.\s?(?=[A-Z‘'“\"(])"  # a numbered paragraph: "12.Child-in-need plans", "3. Most contacts"
_NUMBERED = re.compile("^" + _NUMBER)
_MARKER = re.compile(rf"^(?:•\s*|{_NUMBER})")


def blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: split at blank lines, bullets, and short lines (headings, addresses)."""
    out: list[tuple[int, int]] = []
    start = None
    prev_end = 0
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            if start is not None:
                out.append((start, prev_end))
                start = None
            continue
        if (stripped.startswith("•") or _NUMBERED.match(stripped)) and start is not None:
            out.append((start, prev_end))
            start = None
        if start is None:
            start = line_start
        prev_end = line_end
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _ends_block(stripped, nxt):
            out.append((start, line_end))
            start = None
    if start is not None:
        out.append((start, prev_end))
    return out


def _ends_block(line: str, nxt: str) -> bool:
    if not nxt:
        return False
    if len(line) >= _SHORT_LINE or line[-1] in ",;:-–(&/" or line.split()[-1].lower() in {"and", "or", "the", "of", "to", "a", "in", "for", "with"}:
        return False
    return nxt[0].isupper() or nxt[0] in "•'‘\"“" or nxt[0].isdigit()


def sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    for para, (b_start, b_end) in enumerate(blocks(text)):
        block = text[b_start:b_end]
        offset = b_start
        marker = _MARKER.match(block)
        if marker:
            skip = marker.end()
            offset += skip
            block = block[skip:]
        last = 0
        for m in _END.finditer(block):
            cut = m.end()
            word = re.search(r"([\w.]+)[.!?]*['\"’”)\]]*$", block[max(last, cut - _WORD_TAIL):cut])
            if word and word.group(1).rstrip(".").lower() in _ABBREV:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1).rstrip(".")):  # initials: "J. Smith"
                continue
            _add(spans, text, offset + last, offset + cut, para)
            last = cut
        _add(spans, text, offset + last, offset + len(block), para)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int, para: int = -1) -> None:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw) - len(raw.rstrip())
    start, end = start + lead, end - trail
    if end > start:
        spans.append(Span(start, end, fold(text[start:end]), para))


# The footnote of the 2023-26 letters and reports, which the text of a PDF sets where the page ends,
# often inside a sentence that runs on over the page ("...underpinned by clear multi-agency / <footnote> /
# discussions.").
_FOOTNOTE = re.compile(r"The\s+areas\s+for\s+improvement\s+have\s+been\s+cross-referenced\s+with\s+the\s+outcomes,?\s+"
                       r"enablers\s+or\s+principles\s+in\s+the\s+Children[’']s\s+Social\s+Care:\s+National\s+Framework\.\s+"
                       r"This\s+statutory\s+guidance\s+sets\s+out\s+the\s+purpose,\s+principles\s+for\s+practice\s+and\s+"
                       r"expected\s+outcomes\s+of\s+children[’']s\s+social\s+care\.")


def mask_footnotes(text: str) -> str:
    """The text with Ofsted's footnotes blanked out, each character by a space or newline, so that
    every offset still points where it did."""
    return _FOOTNOTE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


_STOPPED = re.compile(r"[.!?:]['\"’”)\]]*$")
_PAGE_GAP = re.compile(r"\s*(?:\d{1,3}\s*)*")  # blank lines, a page number, footnote markers


def join_page_breaks(text: str, spans: list[Span]) -> list[Span]:
    """A sentence that a page break cut in two ("...which diverts screening" / a blank line, perhaps
    a page number / "staff from their priority work.") as one span again: a span that ends without
    a stop, followed across only blank lines and a page number by a block opening in lower case."""
    out: list[Span] = []
    for sp in spans:
        last = next((i for i in range(len(out) - 1, -1, -1) if not out[i].text.isdigit()), None)
        if (last is not None and sp.text[:1].islower() and sp.para != out[last].para
                and not _STOPPED.search(out[last].text) and _PAGE_GAP.fullmatch(text[out[last].end:sp.start])):
            prev = out[last]
            out[last:] = [Span(prev.start, sp.end, f"{prev.text} {sp.text}", prev.para)]
            continue
        out.append(sp)
    return out


# a quotation mark that opens (after a space or bracket, before a word) or closes (after a word or stop,
# before a space, stop or the end); an apostrophe inside a word ("children’s") does neither
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘“'\"](?=\w)")
_QUOTE_CLOSES = re.compile(r"(?<=[\w.,!?…])[’”'\"](?=[\s.,;:!?)\]—–-]|$)")


def join_quoted(spans: list[Span], most: int = 4) -> list[Span]:
    """A quotation of several sentences inside one sentence of the document ("One care leaver described
    their adviser as, ‘On point. They get things done.’") as one span: a span that leaves a quote open
    takes the spans after it, in its paragraph, up to the one that closes it (at most `most` in all)."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        sp, j = spans[i], i
        depth = _open_quotes(sp.text)
        while depth > 0 and j + 1 < len(spans) and j + 1 - i < most and spans[j + 1].para == sp.para:
            j += 1
            depth += _open_quotes(spans[j].text)
        if j > i and depth <= 0:
            sp = Span(sp.start, spans[j].end, " ".join(x.text for x in spans[i:j + 1]), sp.para)
        else:
            j = i
        out.append(sp)
        i = j + 1
    return out


def _open_quotes(text: str) -> int:
    return len(_QUOTE_OPENS.findall(text)) - len(_QUOTE_CLOSES.findall(text))


def span_at(spans: list[Span], pos: int) -> Span | None:
    return next((s for s in spans if s.start <= pos < s.end), None)


def offsets(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None
