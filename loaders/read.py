"""Reading a file into clean text: the first step of every load.

`read_document(path)` returns a `Document` whose `text` is what every character
offset in the digest and the graph refers to. PDFs are read with pypdfium2 (fast,
keeps reading order), HTML with trafilatura (main text without page furniture),
text and Markdown as they are, except a text of form-feed-separated pages (a PDF saved as
text), whose pages are read as a PDF's are. Cleaning removes what PDF extraction leaves behind:
soft hyphens, bullet glyphs, running page headers and footers.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from loaders.lexicon import WEEKDAY
from ontology import slug

SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}


class UnreadableDocument(Exception):
    """The file cannot be read into text (missing, empty, no text layer, wrong format)."""


@dataclass
class Document:
    id: str
    source: str
    text: str
    format: str  # txt, md, html, pdf
    sha256: str
    title: str | None = None
    published: str | None = None  # from the document, a sidecar or --published
    meta: dict = field(default_factory=dict)


def document_id(path: Path) -> str:
    """A stable id from the file name: the same file loaded again gets the same id."""
    return slug(path.stem, 80)


def read_document(path: str | Path, published: str | None = None) -> Document:
    path = Path(path)
    if not path.exists():
        raise UnreadableDocument(f"{path}: no such file")
    if path.is_dir():
        raise UnreadableDocument(f"{path}: is a folder, not a document")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableDocument(f"{path}: unsupported file type {suffix or '(none)'}; "
                                 f"ikg reads {', '.join(sorted(SUFFIXES))}")
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableDocument(f"{path}: the file is empty")
    text_cap, page_cap = _caps()
    if suffix != ".pdf" and len(data) > 4 * text_cap:  # no encoding takes more than 4 bytes a character
        raise UnreadableDocument(f"{path}: {len(data)} bytes, more text than the {text_cap} characters "
                                 f"a document may have (IKG_TEXT_CAP)")
    meta = _sidecar(path)
    title = meta.get("title")
    if suffix == ".pdf":
        text = read_pdf(data, path, page_cap)
        fmt = "pdf"
    elif suffix in (".html", ".htm"):
        text, html_meta = read_html(data, path)
        title = title or html_meta.get("title")
        meta = {**html_meta, **meta}
        fmt = "html"
    else:
        text = _decode(data, path)
        if "\f" in text:  # a PDF's text saved page by page: its running headers and page numbers go as a PDF's do
            text = join_pages(strip_running_lines(text.split("\f")))
        fmt = suffix.lstrip(".")
    if len(text) > text_cap:
        raise UnreadableDocument(f"{path}: {len(text)} characters of text, more than the {text_cap} "
                                 f"a document may have (IKG_TEXT_CAP)")
    text = clean_text(text)
    if len(text.split()) < 20:
        raise UnreadableDocument(f"{path}: too little text to read ({len(text.split())} words)")
    return Document(
        id=document_id(path), source=str(path), text=text, format=fmt,
        sha256=hashlib.sha256(data).hexdigest(), title=title,
        published=published or meta.get("published"), meta=meta,
    )


def _sidecar(path: Path) -> dict:
    """NAME.ext.meta.json (or NAME.meta.json) beside the file: {"published", "source", "title"}."""
    side = next((s for s in (path.with_name(path.name + ".meta.json"), path.with_name(path.stem + ".meta.json"))
                 if s.exists()), None)
    if side is None:
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise UnreadableDocument(f"{side}:{e.lineno}: invalid JSON: {e.msg}") from e
    if not isinstance(meta, dict):
        raise UnreadableDocument(f"{side}: expected a JSON object")
    return meta


def _decode(data: bytes, path: Path) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(f"{path}: not UTF-8 or Windows-1252 text")


# ---------------------------------------------------------------- PDF

def _caps() -> tuple[int, int]:
    """The most characters of text a document may have, and the most pages a PDF may have."""
    from ikg.config import Settings  # settings live in one place; read at each call, as the commands do

    s = Settings()
    return s.text_cap, s.pdf_page_cap


def read_pdf(data: bytes, path: Path, page_cap: int | None = None) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise UnreadableDocument(f"{path}: not a readable PDF ({e})") from e
    if page_cap is not None and len(pdf) > page_cap:
        raise UnreadableDocument(f"{path}: {len(pdf)} pages, more than the {page_cap} a PDF may have (IKG_PDF_PAGE_CAP)")
    pages = [_page_text(page.get_textpage()) for page in pdf]
    if not any(p.strip() for p in pages):
        raise UnreadableDocument(f"{path}: the PDF has no text layer (scanned?); run OCR first")
    return join_pages(strip_running_lines(pages))


_GAP = 1.45  # a line further below the one before than this many line pitches starts a new paragraph


def _page_text(textpage) -> str:
    """A page's text in reading order, with a blank line wherever the layout leaves vertical
    space between lines (paragraphs, headings, list items), which plain extraction loses.
    The line pitch is the commonest distance between lines that is close to the font's own
    line height (1 to 1.6 times it), so a page of one-line paragraphs still has one."""
    raw = textpage.get_text_range()
    plain = raw.replace("\r\n", "\n").replace("\r", "\n")
    if len(raw) != textpage.count_chars():  # character indices do not line up: keep the plain text
        return plain
    lines: list[str] = []
    # (top of the first character, top of the last, height) of each line; a line PDFium joined
    # at a hyphenated break ("child\ufffefocused") spans two printed lines
    boxes: list[tuple[float, float, float] | None] = []
    for m in re.finditer(r"([^\r\n]*)(?:\r\n|\r|\n|$)", raw):
        if m.start() == len(raw) and lines:
            break
        line = m.group(1)
        j = len(line) - len(line.lstrip())
        k = len(line.rstrip())
        if line.strip():
            _l, bottom, _r, top = textpage.get_charbox(m.start() + j, loose=True)
            last_top = textpage.get_charbox(m.start() + k - 1, loose=True)[3]
            boxes.append((top, last_top, top - bottom))
        else:
            boxes.append(None)
        lines.append(line.replace("\ufffe", "-"))
    known = [b for b in boxes if b]
    pitches = Counter(round((a[1] - b[0]) * 2) / 2 for a, b in zip(known, known[1:])
                      if b[2] > 0 and 0.95 * b[2] <= a[1] - b[0] <= 1.6 * b[2])
    pitch = pitches.most_common(1)[0][0] if pitches else None
    out = [lines[0]]
    prev = boxes[0]
    for line, box in zip(lines[1:], boxes[1:]):
        if box and prev:
            drop = prev[1] - box[0]
            if drop < 0 or drop > (_GAP * pitch if pitch else 1.8 * box[2]):
                out.append("")
        out.append(line)
        prev = box or prev
    return "\n".join(out)


def join_pages(pages: list[str]) -> str:
    """Joins pages; a sentence that runs over a page break stays one sentence."""
    out = ""
    for page in pages:
        page = page.strip()
        if not page:
            continue
        if out and out[-1] not in ".!?:" and page[0].islower():
            out += "\n" + page
        else:
            out += ("\n\n" if out else "") + page
    return out


_PAGE_NO = re.compile(r"^\s*(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)


def strip_running_lines(pages: list[str]) -> list[str]:
    """Removes page headers and footers: lines that recur at the top or bottom of many pages."""
    if len(pages) < 3:
        return [_drop_page_numbers(p) for p in pages]
    def key(line: str) -> str:
        return re.sub(r"\d+\s*$", "", line.strip())
    edges = Counter()
    for p in pages:
        lines = [l for l in p.split("\n") if l.strip()]
        for l in set(lines[:3] + lines[-3:]):
            edges[key(l)] += 1
    running = {k for k, n in edges.items() if k and n >= max(3, len(pages) // 2)}
    out = []
    for n, p in enumerate(pages):
        lines = p.split("\n")
        nonblank = [i for i, l in enumerate(lines) if l.strip()]
        # the head of the first page is the title the running header repeats: it stays
        edge_idx = set((nonblank[:3] if n else []) + nonblank[-3:])
        kept = [l for i, l in enumerate(lines) if not (i in edge_idx and key(l) in running)]
        out.append(_drop_page_numbers("\n".join(kept)))
    return out


def _drop_page_numbers(page: str) -> str:
    """Drops a page number standing alone at the foot or the head of a page."""
    lines = page.split("\n")
    while lines and (not lines[-1].strip() or _PAGE_NO.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0].strip() or _PAGE_NO.match(lines[0])):
        lines.pop(0)
    return "\n".join(lines)


# ---------------------------------------------------------------- HTML

def read_html(data: bytes, path: Path) -> tuple[str, dict]:
    import trafilatura

    html = _decode(data, path)
    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True, with_metadata=False)
    if not text:
        raise UnreadableDocument(f"{path}: no main text found in the HTML page")
    tree = _page_tree(html)  # the page's elements, for its standfirst and byline (None where unparsable)
    # list items come out as "- item": the bullet that the rest of reading uses
    text = re.sub(r"(?m)^[ \t]*[-*][ \t]+(?=\S)", "• ", text)
    # ... and table rows as "| Overall effectiveness | Good |": a line of its cells, as a page copied as text gives them
    text = re.sub(r"(?m)^\|(?:\s*:?-{3,}:?\s*\|)+[ \t]*\n?", "", text)
    text = re.sub(r"(?m)^\|(.*)\|[ \t]*$", lambda m: " – ".join(c.strip() for c in m.group(1).split("|") if c.strip()), text)
    # the headline is part of the article (a text copy opens with it), but trafilatura leaves the <h1> out
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", html, re.IGNORECASE | re.DOTALL)
    if h1:
        import html as _html
        headline = " ".join(_html.unescape(re.sub(r"<[^>]+>", " ", h1.group(1))).split())
        if headline and headline not in " ".join(text[:len(headline) + 500].split()):
            text = headline + "\n\n" + text
        # ... and the standfirst under it, which trafilatura takes for page furniture
        standfirst = _standfirst(tree)
        if headline and standfirst and standfirst[:60] not in " ".join(text.split()):
            at = text.find("\n", text.find(headline[:40]) if headline[:40] in text else 0)
            text = text[:at] + "\n\n" + standfirst + text[at:] if at >= 0 else text + "\n\n" + standfirst
    meta = {}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        if md.title:
            meta["title"] = md.title
        if md.date:
            meta["published"] = md.date
        if md.url:
            meta["source"] = md.url
        if md.author:
            meta["author"] = _author_name(md.author)
            byline = _byline(tree, meta["author"])
            if byline:
                meta["byline"] = byline
    captions = _captions(html, tree)
    if captions:
        meta["captions"] = captions
    return text, meta


# what metadata runs on after a writer's name: "Jane Roe; Editor", "Jane Roe Chief Reporter", "Jane Roe Friday; November"
_AFTER_NAME = re.compile(r"\s*;.*|\s+(?:(?:Chief|Senior|Political|Local|Social|Education|Health|Deputy|Trainee|Community|News|Policy)\b|"
                         rf"(?:Reporter|Correspondent|Editor|Writer|Journalist|Democracy)\b|{WEEKDAY}\b).*")


_STANDFIRST_CLASS = re.compile(r"standfirst|\blede\b|\bdek\b|strapline|\bsummary\b|\bintro\b|subtitle|sub-?headline", re.IGNORECASE)


def _page_tree(html: str):
    """The page parsed by lxml, or None for markup it cannot parse (then the text and metadata trafilatura
    reads are enough)."""
    from lxml import html as lhtml
    try:
        return lhtml.fromstring(html)
    except Exception:
        return None


def _standfirst(tree) -> str | None:
    """The sentence under the headline that sums the article up (class "standfirst", "lede", "summary",
    ...): the first such element after the <h1>, in the words a reader sees."""
    if tree is None:
        return None
    seen_h1 = False
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "head", "title"):
            continue
        if el.tag == "h1":
            seen_h1 = True
            continue
        if seen_h1 and el.tag in ("p", "div", "h2", "span") and _STANDFIRST_CLASS.search(el.get("class") or ""):
            t = " ".join(el.text_content().split())
            if 30 <= len(t) <= 400:
                return t
    return None


def _author_name(author: str) -> str:
    """The writer's name alone, from the author metadata trafilatura reads off the page."""
    author = re.sub(r"^(?:View\s+all\s+(?:posts|articles|stories)\s+by|(?:Posts|Articles|Stories)\s+by|Written\s+by|Author:?)\s+", "", author.strip(),
                    flags=re.IGNORECASE)  # (a link's words: "View all posts by Jane Roe")
    return _AFTER_NAME.sub("", author).strip() or author


def _captions(html: str, tree=None) -> list[str]:
    """The page's figure captions (where photographers are credited: "Town Hall. Photo: Jane Roe"),
    and credits set apart from any caption (<span class="image-copyright">Image source, Jane Roe</span>),
    which the main text leaves out."""
    import html as _html
    if tree is not None:
        found = [el for el in tree.iter() if isinstance(el.tag, str) and (
            el.tag == "figcaption" or el.tag in ("span", "p", "div", "small") and re.search(r"copyright|credit|caption", el.get("class") or "", re.IGNORECASE))]
        texts = [" ".join(el.text_content().split()) for el in found]
    else:
        texts = [" ".join(_html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))).split())
                 for m in re.finditer(r"<figcaption\b[^>]*>(.*?)</figcaption>", html, re.IGNORECASE | re.DOTALL)]
    out = []
    for t in texts:
        if t and not any(t in o for o in out):  # (a credit inside a caption already taken)
            out.append(t)
    return out


def _text_with_breaks(el) -> str:
    """An element's text with a line break read as a separator ("By Jane Roe<br>Friday, 28 November 2014":
    "By Jane Roe | Friday, 28 November 2014"), which text_content() would run together."""
    parts = [el.text or ""]
    for child in el:
        parts.append(" | " if child.tag == "br" else _text_with_breaks(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _byline(tree, author: str) -> str | None:
    """The page's byline for `author` ("By Jane Roe, Local Democracy Reporter"): the shortest
    element naming the writer, which gives their job where metadata gives only the name."""
    if tree is None:  # unparsable markup: the name from metadata is enough
        return None
    best = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "head", "title", "a"):
            continue
        t = " ".join(_text_with_breaks(el).split())
        if author in t and len(t) <= len(author) + 60 and (best is None or len(t) < len(best)):
            best = t
    return best


# ---------------------------------------------------------------- cleaning

_BULLETS = "\u25fc\u25aa\u25cf\u2022\u25a0\u25e6\u2023\u2043\uf0b7\uf0a7\x7f"
# A bullet is one of those glyphs, or any symbol-font glyph in Unicode's private use area
# (Wingdings' square is U+F06E, Symbol's dash U+F02D), at the start of a line.
_BULLET_LINE = re.compile(rf"^[ \t]*(?:[{_BULLETS}\ue000-\uf8ff]|\(cid:\d+\)|B(?=[ \t]+[A-Za-z])|·(?=[ \t]))[ \t]*", re.MULTILINE)


def clean_text(text: str) -> str:
    """Normalises what extraction leaves: soft hyphens, bullet glyphs, odd spaces, line ends."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\ufeff", "").replace("\u200b", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = re.sub(r"\(cid:\d+\)", "", text) if "(cid:" in text and not _BULLET_LINE.search(text) else text
    text = _BULLET_LINE.sub("• ", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r"[ ]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
