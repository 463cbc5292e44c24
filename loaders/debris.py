"""Page debris: what a scraped web page leaves around an article's own text.

Advertising slots ("Advertisement", "Hide Ad"), cross-links ("READ MORE: ..."),
newsletter and social-media prompts, comment guidelines, share buttons, image
captions and credits, bylines and "read the full report here" link anchors. None
of it may become a finding, a person, a quote or a figure.

`debris_ranges(text)` -> [(start, end, kind)]: character ranges of `text` that are
debris (whole lines, or a prefix glued onto a line: "Hide AdA monitoring visit...").
`content_blocks(text)` -> [(start, end)]: the paragraphs left, debris cut away.
`content_spans(text)` -> [Span]: the sentences of those paragraphs, offsets into `text`.
`is_debris(line)` -> kind or None, for one line (advert, crosslink, site, comments, newsletter, social,
media, contact, credit, byline, dateline, correction; "caption" for a line just before an image credit).
"""
from __future__ import annotations

import re

from loaders.text import Span, sentences

# Whole lines that are page furniture, by kind. Matched against the stripped line.
_LINE_PATTERNS: list[tuple[str, str]] = [
    ("advert", r"(?:(?:hide\s*ad|advertisement|advert)\s*)+\W*|(?:sponsored(?:\s+content)?|ad\s+feature|story\s+continues(?:\s+below)?(?:\s+advertisement)?|article\s+continues\s+below|continue\s+reading(?:\s+below)?)\W*"),
    ("crosslink", r"(?:read|see|watch|listen)\s+(?:more|also|next|again)\b.*"),
    ("crosslink", r"(?:more|related|also\s+read|related\s+(?:articles?|stories|content|topics)|most\s+read|most\s+popular|latest(?:\s+news|\s+stories)?|top\s+stories|trending(?:\s+now)?|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|more\s+(?:on\s+this\s+story|from\s+\w+|stories|news)|in\s+other\s+news)\s*(?:[:|>»\-–—].*)?"),
    ("crosslink", r"(?:click|tap)\s+(?:here|the\s+link)\b.*"),
    ("crosslink", r"(?:learn|find\s+out|discover)\s+more\W*"),
    # what the site says of the reader's browser: "Your browser is no longer supported", "Media playback is unsupported on
    # your device", "We'll assume we have your consent to use cookies"
    ("site", r".*\b(?:(?:media\s+)?playback\s+(?:is\s+)?unsupported\s+on\s+your\s+device|your\s+browser\s+(?:is\s+(?:no\s+longer\s+supported|not\s+supported|out\s+of\s+date)|appears\s+to\s+have\b)|"
             r"(?:upgrade|update)\s+(?:to\s+)?(?:a\s+newer|the\s+latest)\s+version\b.{0,40}\bbrowser|(?:enable|accept|allow)\s+(?:all\s+)?cookies|"
             r"cookies\s+(?:disabled|are\s+disabled)|consent\s+to\s+(?:the\s+)?(?:use\s+(?:of\s+)?)?cookies|(?:we|this\s+(?:site|website))\s+uses?\s+cookies)\b.*"),
    # the outlet asking for comments or money: "Have your say in the comments below – and ... please consider supporting the Lantern"
    ("comments", r"have\s+your\s+say\b.*"),
    ("newsletter", r".*\b(?:please\s+consider\s+supporting|support\s+independent\s+(?:local\s+)?(?:news|journalism)|become\s+a\s+(?:supporter|paying\s+member))\b.*"),
    # the outlet's price: "Subscribe from £6.99 a month for unlimited access", "support it from £4 a month"
    ("newsletter", r".*\b(?:subscribe|support\s+(?:it|us)|donate|join)\s+(?:from|for)\s+(?:just\s+|only\s+)?£\s?\d[\d.]*\s+(?:a|per)\s+(?:month|week|year)\b.*"),
    ("crosslink", r".{0,80}\b(?:can\s+be\s+(?:read|viewed|found|seen|downloaded)|is\s+available|read\s+it)\s+(?:in\s+full\s+)?(?:here|online|below|at\b.*)\s*[:.]?"),
    ("crosslink", r"\+{2,}.*\+{2,}"),
    ("comments", r"(?:comment\s+guidelines|community\s+guidelines|facebook\s+comments|comments?(?:\s+\(\d+\))?|show\s+comments|view\s+comments|join\s+the\s+(?:conversation|discussion|debate)|have\s+your\s+say|leave\s+a\s+(?:comment|reply)|add\s+a\s+comment|\d+\s+comments?)\W*"),
    ("comments", r".*\b(?:encourages?\s+reader\s+discussion|review\s+our\s+community\s+guidelines|before\s+commenting|comments?\s+(?:are|have\s+been)\s+(?:closed|turned\s+off|disabled)|back-and-forth\s+exchanges|house\s+rules)\b.*"),
    ("newsletter", r".*\b(?:sign(?:ing)?\s*(?:up|-up)\b.{0,60}\b(?:newsletter|updates|alerts|email)|subscribe\s+(?:to|now|for|today)|our\s+(?:free\s+)?(?:daily\s+)?newsletters?|newsletter\s+(?:here|sign)|breaking\s+news\s+alerts|straight\s+to\s+your\s+inbox|get\s+the\s+latest\b.{0,60}\b(?:news|updates|stories|inbox)|don'?t\s+miss\s+(?:the\s+biggest|out|a\s+story)|never\s+miss\s+a\s+story)\b.*"),
    ("newsletter", r"(?:newsletter|subscribe|sign\s+up|register|log\s*in|sign\s+in|my\s+account|manage\s+consent|privacy(?:\s+policy)?|cookie(?:s|\s+policy|\s+settings)?|terms(?:\s+and\s+conditions|\s+of\s+use)?|accept(?:\s+all)?|reject(?:\s+all)?|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|menu|search|home|news|sport|contact\s+us)\W*"),
    ("social", r".*\b(?:(?:why\s+not\s+)?follow\s+(?:us\s+)?on\s+(?:facebook|twitter|x|instagram|tiktok|threads|bluesky|linkedin|whatsapp|youtube)|send\s+(?:us\s+)?(?:your\s+)?story\s+ideas|join\s+(?:our|the)\b.{0,40}\b(?:whatsapp|facebook|telegram)\b|whatsapp\s+(?:community|channel|group))\b.*"),
    ("social", r"(?:share(?:\s+this(?:\s+(?:article|story|page))?|\s+on\s+\w+|\s+via\s+\w+)?|copy\s+link|link\s+copied|email|print|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|x)(?:\s*[|/·•]\s*\w+)*\W*"),
    ("credit", r".*?(?:-|–|—)?\s*\bcredit\s*:.*"),
    ("credit", r".*\((?:image|images|photo|picture|pic|video)s?\s*:\s*[^)]*\)\W*"),
    ("credit", r"(?:image|images|photo|picture|pic|video|photograph|file\s+photo|stock\s+image|main\s+image)\s*(?:credit)?\s*[:\-–].*"),
    ("credit", r".*\b(?:getty\s+images|pa\s+wire|pa\s+media|shutterstock|istock|alamy|stock\s+(?:photo|image)|library\s+(?:image|picture|photo)|file\s+(?:image|picture|photo)|generic\s+(?:photo|image|picture))\b.*"),
    ("credit", r"(?:©|\(c\)|copyright\b).*"),
    ("media", r"(?:video\s+(?:loading|unavailable)|click\s+to\s+play|tap\s+to\s+play|play\s+now|the\s+video\s+will\s+(?:auto-?play|start).*|"
              r"watch\s+more\s+of\s+our\s+videos.*|visit\s+shots!?.*|.*\bfreeview\s+channel\b.*|media\s+caption,?.*|image\s+(?:source|caption),.*|"
              r"listen\s+to\s+the\s+best\s+of\s+bbc.*|follow\s+bbc\b.*|related\s+internet\s+links|promoted\s+stories|.*\b(?:taboola|outbrain)\b.*|"
              r"(?:\d+\s*)?cancel|pause|mute|unmute|fullscreen|replay)\W*"),
    ("contact", r"(?:get\s+in\s+touch|got\s+a\s+story|do\s+you\s+have\s+a\s+story|send\s+(?:us\s+)?your\s+(?:stories|news|photos)|"
                r"get\s+involved\s+with\s+the\s+news|contact\s+(?:us|the\s+newsdesk)|email\s+(?:us|the\s+newsdesk))\b.*"),
    ("crosslink", r"(?:the\s+)?(?:bbc|\w+(?:\s+\w+){0,3})\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\s+(?:sites|websites|links)\b.*"),
    ("comments", r".*\b(?:independent\s+press\s+standards\s+organisation|ipso|editors[’']?\s+code\s+of\s+practice|report\s+this\s+comment|"
                 r"our\s+rules|don[’']?t\s+have\s+an\s+account|already\s+have\s+an\s+account)\b.*"),
    ("byline", r".{0,60}\b(?:local\s+democracy\s+report(?:er|ing\s+service)|(?:senior|chief|political|education|health|news|trainee|community)\s+(?:reporter|correspondent|editor|writer)|reporter|journalist|correspondent)\s*\W*"),
    ("byline", r"(?:this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)|this\s+(?:article|story)\s+was\s+(?:written|produced)\s+by)\b.*"),
    # the outlet's own correction: "This article was amended on 18 November 2024 to correct the year ..."
    ("correction", r"(?:this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:amended|updated|corrected|changed)\s+(?:on|to|since)\b|corrections?\s*(?:[:–—-]|\(\d)).*"),
    ("dateline", r"(?:published|updated|posted|last\s+updated|first\s+published)\s*:?\s*(?:on\s+)?[\w ,:.\-/]{0,60}"),
    ("dateline", r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\W*"),
    ("dateline", r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\W*"),
    ("dateline", r"\d{1,2}[:.]\d{2}\s*(?:am|pm)?,?\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}\W*"),
    ("dateline", r"\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+ago\W*|\d+\s+min(?:ute)?s?\s+read\W*"),
]
_LINE_RES = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _LINE_PATTERNS]
# Case matters for these: "By Jane Smith" is a byline, "By the end of May..." is not.
_LINE_RES.insert(0, ("byline", re.compile(r"(?:[Bb]y|BY)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){0,3}(?:\s*(?:[,|&]|and)\s*.*)?")))

# Furniture glued onto the start of a content line: "Hide AdAdvertisement", "Hide AdA monitoring...".
_PREFIX = re.compile(r"^(?:\s*(?:Hide\s?Ad|Advertisement|ADVERTISEMENT))+")
_SUFFIX = re.compile(r"(?<=[.!?”\"’])\s*(?:Hide\s?Ad|Advertisement|ADVERTISEMENT)+\s*$")
_CONTENT_START = re.compile(r"[\"'“‘(A-Z0-9£]")


def is_debris(line: str) -> str | None:
    """The kind of page furniture `line` is (advert, crosslink, comments, newsletter, social,
    credit, byline, dateline), or None when it is, or may be, article text."""
    s = line.strip().strip("•").strip()
    if not s:
        return None
    for kind, rx in _LINE_RES:
        if rx.fullmatch(s):
            if kind in ("byline",) and len(s.split()) > 14:
                continue  # a real sentence that happens to mention a reporter
            if kind == "dateline" and not re.search(r"\d", s):
                continue
            if kind in ("crosslink", "social", "newsletter", "comments", "credit", "dateline", "media", "contact") and len(s.split()) > 40:
                continue
            return kind
    return None


def debris_ranges(text: str) -> list[tuple[int, int, str]]:
    """Character ranges of `text` that are page debris, in order. A short line just before an
    image credit is that image's caption."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    lines = text.split("\n")
    links = False  # within the list under a "Related stories" heading
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if links and (re.match(r"\s*[-–•*▪·]\s+\S", line) or is_heading(line)):
            out.append((start, end, "crosslink"))  # "- Grimsby fish market trader celebrates 50 years": another story's headline
            continue
        links = is_debris(line) == "crosslink" and len(line.split()) <= 4 and not re.search(r"[:|>»]\s*\S", line)
        nxt = next((l for l in lines[i + 1:i + 3] if l.strip()), "")
        prv = next((l for l in reversed(lines[max(0, i - 2):i]) if l.strip()), "")
        if re.fullmatch(r"\s*(?:image|media)\s+caption,?\s*", prv, re.IGNORECASE) and not is_debris(line):
            out.append((start, end, "caption"))  # BBC: "Image caption," then the caption
            continue
        if (is_heading(line) and is_debris(nxt) == "credit" and not is_debris(line) and text[:start].strip()
                and re.search(r"credit|\((?:image|photo|picture)|^(?:image|photo|picture|pic)\s*:|©|getty|pa\s+(?:wire|media)|shutterstock|alamy",
                              nxt, re.IGNORECASE)):
            out.append((start, end, "caption"))
            continue
        m = _PREFIX.match(line)
        if m and m.end() > 0:
            rest = line[m.end():]
            if not rest.strip():
                out.append((start, end, "advert"))
                continue
            if _CONTENT_START.match(rest.lstrip()) or rest[:1].isupper():
                out.append((start, start + m.end(), "advert"))
                start += m.end()
                line = rest
        kind = is_debris(line)
        if kind:
            out.append((start, end, kind))
            continue
        m = _SUFFIX.search(line)
        if m:  # "...said.Advertisement": furniture glued onto the end of a paragraph
            out.append((start + m.start(), end, "advert"))
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """True when paragraphs are wrapped over several lines (most lines end mid-sentence)."""
    long = [l.strip() for l in lines if len(l.strip()) >= 40]
    if len(long) < 6:
        return False
    open_ended = sum(1 for l in long if l[-1] not in ".!?\"'”’:)")
    return open_ended / len(long) > 0.6


def content_blocks(text: str, cuts: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """Paragraphs of article text: one per line (scraped pages give one paragraph a line),
    or per run of lines when the text is hard-wrapped; debris (`cuts`, found here when not
    given) cut away."""
    cuts = debris_ranges(text) if cuts is None else cuts
    lines = text.split("\n")
    wrapped = _hard_wrapped(lines)
    blocks: list[tuple[int, int]] = []
    pos = 0
    cur: tuple[int, int] | None = None
    ci = 0
    for line in lines:
        start, end = pos, pos + len(line)
        pos = end + 1
        # cut debris off this line
        while ci < len(cuts) and cuts[ci][1] <= start:
            ci += 1
        s, e = start, end
        for cs, ce, _ in cuts[ci:]:
            if cs >= end:
                break
            if cs <= s and ce >= e:
                s = e  # the whole line
            elif cs <= s < ce:
                s = ce
            elif s < cs < e <= ce:
                e = cs  # a tail
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            if cur:
                blocks.append(cur)
                cur = None
            continue
        if wrapped and cur and not text[cur[1] - 1] in ".!?\"”’" and text[s].islower():
            cur = (cur[0], e)
            continue
        if cur:
            blocks.append(cur)
        cur = (s, e)
    if cur:
        blocks.append(cur)
    return _mend(blocks, text)


def _mend(blocks: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A paragraph broken mid-sentence by a stray line break ("...are not often" / "included in
    ...") is one paragraph: the first stops on a word, the next goes on in lower case."""
    out: list[tuple[int, int]] = []
    for b in blocks:
        if out and re.search(r"[A-Za-z,]$", text[out[-1][0]:out[-1][1]]) and re.match(r"[a-z]", text[b[0]:b[1]]):
            out[-1] = (out[-1][0], b[1])
        else:
            out.append(b)
    return out


def content_spans(text: str, blocks: list[tuple[int, int]] | None = None) -> list[Span]:
    """Sentences of the article's own text (of its `blocks`, found here when not given),
    offsets into `text`; debris never appears."""
    out: list[Span] = []
    for para, (s, e) in enumerate(content_blocks(text) if blocks is None else blocks):
        # a mended paragraph's blank line is a space to the sentence splitter (same length: offsets hold)
        for sp in sentences(re.sub(r"\n\s*\n", lambda m: " " * len(m.group()), text[s:e])):
            out.append(_span(s + sp.start, s + sp.end, sp.text, para))
    return out


def _span(start: int, end: int, text: str, para: int) -> Span:
    try:
        return Span(start, end, text, para)
    except TypeError:  # a Span without paragraph index
        return Span(start, end, text)


_OPEN_END = re.compile(r"\b(?:the|a|an|and|or|but|of|to|in|on|for|with|by|at|from|that|which|who|had|has|have|was|were|is|are|"
                       r"be|been|will|would|could|should|said|says|as|its|their|his|her|our|this|these|those|than|not)$",
                       re.IGNORECASE)


def is_heading(text: str) -> bool:
    """A headline, subheading or caption: short and without a sentence end. A line that stops
    on a word no heading ends with ("...said the government had") is a sentence cut off."""
    t = text.strip()
    return (bool(t) and len(t.split()) <= 16 and t[-1] not in ".!?\"”’:;," and not t.startswith(("“", '"'))
            and not t.endswith((".'", "!'", "?'"))  # a quoted sentence closed with a straight mark
            and not _OPEN_END.search(t))
