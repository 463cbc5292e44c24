"""HTML pages (Jinja2 templates in app/templates, plain HTML and CSS, no JavaScript needed).

    /page/council/{ons}         timeline chart (inline SVG, drawn here), events, themes with status
    /page/inspection/{id}       judgements, inspectors, findings, documents
    /page/person/{slug}         names, posts over time, inspections, quotes
    /page/theme/{notation}      one theme across councils
    /page/document/{id}         the text, each fact's sentence highlighted (id="char=S-E") and linked
    /page/{kind}/{id...}        any other minted resource: its statements and the sentences they rest on
    /councils /documents /people /search /ontology /themes
Every fact links to the sentence it came from (/page/document/{id}#char=S-E).
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from rdflib import URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from app import api, deps
from app.deps import STORE
from app.queries_api import base_of
from app.services.common import AREA_SHORT, char_of, council_part, event_date, local, statement
from app.services.common import page_url as _page_url
from app.services.conflicts import conflicts_data
from app.services.councils import council_people_data, councils_data
from app.services.describe import describe, object_labels, quad_count
from app.services.documents import document_digest, document_text_and_facts, documents_data
from app.services.events import events_data
from app.services.inspections import inspection_data
from app.services.people import people_data
from app.services.search import hits_page
from app.services.themes import theme_data, themes_data, themes_for_council
from ikg.store import Store
from ontology import IKG, PREFIXES

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

def href_of(iri, base: str) -> str:
    """Where a link to an IRI goes: its page here, an http(s) address, or nowhere ("#"):
    a javascript: or data: IRI written into the graph never becomes a link."""
    return _page_url(iri, base) or "#"

router = APIRouter(include_in_schema=False)

GRADE_COLOURS = {"outstanding": "#1b7837", "good": "#5aae61", "requires_improvement": "#f1a340", "inadequate": "#c51b7d"}
TYPE_LABELS = {"ilacs": "ILACS inspection", "monitoring_visit": "Monitoring visit", "focused_visit": "Focused visit",
               "jtai": "Joint targeted area inspection", "other": "Inspection"}
STATUS_LABELS = {"raised": "Raised", "persisting": "Persisting", "improving": "Improving", "resolved": "Resolved",
                 "strength": "Strength", "not_covered": "Not looked at"}


def curie(iri) -> str:
    s = str(iri)
    for p, ns in PREFIXES.items():
        if s.startswith(str(ns)) and len(s) > len(str(ns)):
            return f"{p}:{s[len(str(ns)):]}"
    return s


def render(request: Request, template: str, status_code: int = 200, **ctx) -> HTMLResponse:
    base = base_of(request)
    ctx.setdefault("data_path", None)
    ctx.update(request=request, base=base, q=ctx.get("q", ""),
               url=lambda iri: href_of(iri, base), local=lambda iri: local(iri, base), curie=curie,
               type_label=lambda t: TYPE_LABELS.get(t or "", t or "Inspection"),
               grade_colour=lambda g: GRADE_COLOURS.get(g or "", "#777"), status_label=STATUS_LABELS,
               docpage=lambda d, char=None: f"/page/document/{d}" + (f"#char={char}" if char else ""),
               sentence_url=lambda s: href_of(s, base) if s else None, char_of=char_of,
               area_short=lambda a: AREA_SHORT.get(a or "", "Judgement"))
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)


@router.get("/static/style.css")
def style():
    return FileResponse(HERE / "static" / "style.css", media_type="text/css")


# ---------------------------------------------------------------- lists

@router.get("/councils", response_class=HTMLResponse)
def councils_page(request: Request, store: Store = STORE):
    items = councils_data(store, base_of(request))
    return render(request, "councils.html", title="Councils", councils=sorted(items, key=lambda c: c["name"] or ""))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store: Store = STORE):
    items = documents_data(store, base_of(request))
    items.sort(key=lambda d: d["published"] or "", reverse=True)
    return render(request, "documents.html", title="Documents", documents=items)


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, name: str | None = None, store: Store = STORE):
    items = people_data(store, base_of(request), name=name or None)
    items.sort(key=lambda p: p["name"].lower())
    return render(request, "people.html", title="People", people=items, name=name or "")


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, store: Store = STORE):
    items = conflicts_data(store, base_of(request))
    return render(request, "conflicts.html", title="Where sources disagree", conflicts=items)


SEARCH_PAGE_HITS = 100  # the page lists the best hits; the API pages through them all


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", store: Store = STORE):
    q = q.strip()[:200]
    hits, total = hits_page(store, base_of(request), q, SEARCH_PAGE_HITS, 0) if len(q) >= 2 else ([], 0)
    for h in hits:
        a, b = h["match"]
        s = h["snippet"]
        h["snippet_html"] = Markup(html.escape(s[:a]) + "<mark>" + html.escape(s[a:b]) + "</mark>" + html.escape(s[b:]))
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", q=q, hits=hits, total=total,
                  too_short=0 < len(q) < 2)


# ---------------------------------------------------------------- council

def _year(d: str | None) -> float | None:
    """A partial date as a fractional year (the middle of the period it names)."""
    if not d:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if not m:
        return None
    y, mo, da = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return y + 0.5
    if da is None:
        return y + (int(mo) - 0.5) / 12
    return y + (int(mo) - 1) / 12 + (int(da) - 0.5) / 365


_TL_W, _TL_H, _TL_LEFT, _TL_RIGHT, _TL_TOP = 860, 250, 150, 20, 20
_TL_ROWS = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement",
            "inadequate": "Inadequate"}
_TL_ROW_Y = {g: _TL_TOP + 22 + i * 34 for i, g in enumerate(_TL_ROWS)}
_TL_VISITS_Y = _TL_TOP + 22 + 4 * 34 + 20
_TL_AXIS_Y = _TL_VISITS_Y + 26


def timeline_svg(events: list[dict], base: str) -> Markup:
    """Judgements and visits over time, drawn server-side: graded events on grade rows, visits below,
    a line through the grades."""
    dated = [(e, _year(event_date(e))) for e in events if not e["undated"]]
    dated = [(e, y) for e, y in dated if y is not None]
    parts = [f'<svg class="timeline" viewBox="0 0 {_TL_W} {_TL_H}" width="100%" role="img" '
             f'aria-labelledby="tl-title" xmlns="http://www.w3.org/2000/svg">',
             '<title id="tl-title">Judgements and visits over time</title>']
    if not dated:
        parts.append(f'<text x="{_TL_W / 2}" y="{_TL_H / 2}" text-anchor="middle" class="muted">No dated inspections</text></svg>')
        return Markup("".join(parts))
    ys = [y for _, y in dated]
    lo, hi = int(min(ys)), int(max(ys)) + 1
    if hi - lo < 2:
        lo, hi = lo - 1, hi + 1

    def x(y):
        return _TL_LEFT + (y - lo) / (hi - lo) * (_TL_W - _TL_LEFT - _TL_RIGHT)

    parts += _timeline_grid(lo, hi, x)
    graded, visit_xs, marks = [], [], []
    for e, y in sorted(dated, key=lambda t: t[1]):
        overall, near = e.get("headline"), 0
        if overall and overall["grade"] in _TL_ROW_Y:
            graded.append((x(y), _TL_ROW_Y[overall["grade"]]))
        else:  # visits close together are staggered
            near = sum(1 for vx in visit_xs if abs(vx - x(y)) < 16)
            visit_xs.append(x(y))
        marks.append(_timeline_event(e, x(y), near, base))
    if len(graded) > 1:
        parts.append(f'<polyline points="{" ".join(f"{a:.1f},{b}" for a, b in graded)}" class="gradeline"/>')
    parts += marks
    parts.append("</svg>")
    return Markup("".join(parts))


def _timeline_grid(lo: int, hi: int, x) -> list[str]:
    """The grade rows, the visits row and the axis with its year ticks."""
    left, right = _TL_LEFT, _TL_W - _TL_RIGHT
    parts = [f'<line x1="{left}" x2="{right}" y1="{_TL_ROW_Y[g]}" y2="{_TL_ROW_Y[g]}" class="grid"/>'
             f'<text x="{left - 8}" y="{_TL_ROW_Y[g] + 4}" text-anchor="end" class="rowlabel">{label}</text>'
             for g, label in _TL_ROWS.items()]
    parts.append(f'<line x1="{left}" x2="{right}" y1="{_TL_VISITS_Y}" y2="{_TL_VISITS_Y}" class="grid"/>'
                 f'<text x="{left - 8}" y="{_TL_VISITS_Y + 4}" text-anchor="end" class="rowlabel">Visits</text>')
    parts.append(f'<line x1="{left}" x2="{right}" y1="{_TL_AXIS_Y}" y2="{_TL_AXIS_Y}" class="axis"/>')
    step = 1 if hi - lo <= 12 else 2 if hi - lo <= 24 else 5
    for yr in range(lo, hi + 1, step):
        parts.append(f'<line x1="{x(yr):.1f}" x2="{x(yr):.1f}" y1="{_TL_AXIS_Y}" y2="{_TL_AXIS_Y + 5}" class="axis"/>'
                     f'<text x="{x(yr):.1f}" y="{_TL_AXIS_Y + 18}" text-anchor="middle" class="tick">{yr}</text>')
    return parts


def _timeline_event(e: dict, px: float, near: int, base: str) -> str:
    """One event, linked to its page: a circle on its grade's row, or a visit's mark (a diamond for a
    monitoring visit, a square otherwise), staggered from the `near` visits drawn close to it."""
    overall = e.get("headline")
    href = html.escape(href_of(e["iri"], base))
    tip = html.escape(f'{TYPE_LABELS.get(e["type"], e["type"])}, {event_date(e)}'
                      + (f' — {overall["grade_label"] or overall["grade"]}' if overall else "")
                      + (f' (visit {e["sequence"]})' if e.get("sequence") else ""))
    if overall and overall["grade"] in _TL_ROW_Y:
        return (f'<a href="{href}" class="event"><title>{tip}</title>'
                f'<circle cx="{px:.1f}" cy="{_TL_ROW_Y[overall["grade"]]}" r="9" fill="{GRADE_COLOURS[overall["grade"]]}"/></a>')
    cy = _TL_VISITS_Y + (near % 2) * 14 - (near and 7 or 0)
    cls = "mv" if e["type"] == "monitoring_visit" else "fv" if e["type"] == "focused_visit" else "other"
    shape = (f'<path d="M{px:.1f},{cy - 8} L{px + 8:.1f},{cy} L{px:.1f},{cy + 8} L{px - 8:.1f},{cy} Z" class="{cls}"/>'
             if cls == "mv" else f'<rect x="{px - 7:.1f}" y="{cy - 7}" width="14" height="14" class="{cls}"/>')
    label = (f'<text x="{px:.1f}" y="{cy - 11}" text-anchor="middle" class="seq">{html.escape(str(e["sequence"]))}'
             '</text>' if e.get("sequence") else "")
    return f'<a href="{href}" class="event"><title>{tip}</title>{shape}{label}</a>'


@router.get("/page/council/{ident}", response_class=HTMLResponse)
def council_page(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    try:
        council = api.council_or_404(store, base, ident)
    except HTTPException:  # a council of the gazetteer no document is about: its statements
        return resource_page(request, f"council/{ident}", store)
    C, iri = URIRef(council["iri"]), council["iri"]
    from app.services.recommendations import recommendations_for_council

    def part(name, live):
        return council_part(store, base, iri, name, live)

    events = part("timeline", lambda: events_data(store, base, council=C))
    themes = part("themes", lambda: themes_for_council(store, base, C))
    docs = part("documents", lambda: sorted(documents_data(store, base, council=C),
                                            key=lambda d: d["published"] or "", reverse=True))
    people = part("people", lambda: council_people_data(store, base, C))
    recommendations = part("recommendations", lambda: recommendations_for_council(store, base, C))
    return render(request, "council.html", data_path=f"council/{council['id']}", title=council["name"],
                  council=council, events=events, recommendations=recommendations,
                  svg=timeline_svg(events, base), themes=themes, documents=docs, people=people)


# ---------------------------------------------------------------- inspection, person, theme

@router.get("/page/inspection/{ident}", response_class=HTMLResponse)
def inspection_page(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", ident):
        return not_found(request, f"inspection {ident}")
    ev = inspection_data(store, base, ident)
    if ev is None:
        return not_found(request, f"inspection {ident}")
    if ev["id"] != ident:
        return RedirectResponse(f"/page/inspection/{ev['id']}", status_code=303)
    title = f'{TYPE_LABELS.get(ev["type"], "Inspection")} of {ev["council_name"]}'
    concerns = by_sentence(f for f in ev["findings"] if f["polarity"] == "negative")
    improvements = by_sentence(f for f in ev["findings"] if f["polarity"] == "positive")
    return render(request, "inspection.html", data_path=f"inspection/{ev['id']}", title=title, ev=ev, concerns=concerns, improvements=improvements)


def by_sentence(findings) -> list[dict]:
    """One card per sentence: the data has a finding per sentence and theme (spec/digest.md), a
    reader wants the sentence once with all its themes."""
    cards: dict[str, dict] = {}
    for f in findings:
        card = cards.setdefault(statement(f), {**f, "themes": []})
        card["themes"].append(f)
    return list(cards.values())


@router.get("/page/person/{ident}", response_class=HTMLResponse)
def person_page(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", ident):
        return not_found(request, f"person {ident}")
    items = people_data(store, base, person=f"{base}id/person/{ident}")
    if not items:
        return not_found(request, f"person {ident}")
    p = items[0]
    if p["id"] != ident:
        return RedirectResponse(f"/page/person/{p['id']}", status_code=303)
    return render(request, "person.html", data_path=f"person/{p['id']}", title=p["name"], p=p, posts_svg=posts_svg(p["roles"]))


def posts_svg(roles: list[dict]) -> Markup:
    """Posts over time: one bar per post from since to until (open-ended to today)."""
    spans = []
    this_year = date.today().year + date.today().month / 12
    for r in roles:
        a, b = _year(r["since"]), _year(r["until"])
        if a is None and b is None:
            continue
        spans.append((r, a if a is not None else b - 0.5, b if b is not None else this_year))
    if not spans:
        return Markup("")
    lo = int(min(a for _, a, _ in spans))
    hi = int(max(b for _, _, b in spans)) + 1
    W, left, right, row = 860, 260, 20, 26
    H = 30 + row * len(spans) + 20

    def x(y):
        return left + (y - lo) / max(1, hi - lo) * (W - left - right)

    out = [f'<svg class="posts" viewBox="0 0 {W} {H}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">'
           '<title>Posts over time</title>']
    for i, (r, a, b) in enumerate(spans):
        y = 20 + i * row
        label = html.escape((r["title"] + (f", {r['organisation']}" if r.get("organisation") else ""))[:40])
        out.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" class="rowlabel">{label}</text>'
                   f'<rect x="{x(a):.1f}" y="{y + 3}" width="{max(4, x(b) - x(a)):.1f}" height="16" class="post">'
                   f'<title>{html.escape(r["title"])}: {html.escape(str(r["since"] or "?"))} – '
                   f'{html.escape(str(r["until"] or "now"))}</title></rect>')
    axis = 20 + row * len(spans) + 4
    step = 1 if hi - lo <= 12 else 5
    for yr in range(lo, hi + 1, step):
        out.append(f'<text x="{x(yr):.1f}" y="{axis + 12}" text-anchor="middle" class="tick">{yr}</text>')
    out.append("</svg>")
    return Markup("".join(out))


@router.get("/page/theme/{notation}", response_class=HTMLResponse)
def theme_page(request: Request, notation: str, store: Store = STORE):
    t = theme_data(store, base_of(request), notation)
    if t is None:
        return not_found(request, f"theme {notation}")
    dated = sorted((f for f in t["findings"] if f["date"]), key=lambda f: f["date"], reverse=True)
    findings = dated + [f for f in t["findings"] if not f["date"]]
    return render(request, "theme.html", title=t["label"], t=t, findings=findings[:300],
                  more=max(0, len(findings) - 300))


# ---------------------------------------------------------------- document

DATE_RE = re.compile(r"\b(?:\d{1,2}(?:\s*(?:and|to|-|–)\s*\d{1,2})?\s+)?(?:January|February|March|April|May|June|July|"
                     r"August|September|October|November|December)\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")

KIND_OF = {IKG.Concern: "concern", IKG.Improvement: "improvement", IKG.Tenure: "tenure", IKG.Quote: "quote",
           IKG.Response: "response", IKG.Figure: "figure", IKG.Judgement: "judgement"}


def _fact_kind(classes: set[str]) -> str:
    for cls, kind in KIND_OF.items():
        if str(cls) in classes:
            return kind
    if any(c.endswith(("Inspection", "Visit", "JTAI")) for c in classes):
        return "inspection"
    return "fact"


LETTER = {"concern": "C", "improvement": "I", "inspection": "E", "judgement": "J", "tenure": "P", "quote": "Q",
          "response": "R", "figure": "F", "fact": "·"}


def highlight(text: str, facts: list[dict], people: list[dict], base: str) -> Markup:
    """The document text as HTML: one <mark id="char=S-E"> per group of overlapping fact sentences,
    each with links to its facts; people's names linked to their pages; dates marked."""
    spans: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for f in facts:
        spans[(f["start"], f["end"])].append(f)
    plain = _plain_marker(people, base)
    out, pos = [], 0
    for cluster in _overlapping(spans):
        out.append(plain(text[pos:cluster[0][0]]))
        out.append(_fact_mark(text, cluster, [f for s in cluster for f in spans[s]], plain, base))
        pos = max(e for _, e in cluster)
    out.append(plain(text[pos:]))
    return Markup("".join(out))


def _overlapping(spans) -> list[list[tuple[int, int]]]:
    """The spans grouped into runs that overlap, in the text's order."""
    clusters: list[list[tuple[int, int]]] = []
    for s in sorted(spans, key=lambda s: (s[0], -s[1])):
        if clusters and s[0] < max(e for _, e in clusters[-1]):
            clusters[-1].append(s)
        else:
            clusters.append([s])
    return clusters


def _plain_marker(people: list[dict], base: str):
    """plain(segment, inspection_url): text outside or between facts, escaped, with people's names linked
    to their pages and dates marked (linked to the inspection when the sentence carries one)."""
    names = sorted({p["name"] for p in people if len(p["name"]) > 3}, key=len, reverse=True)
    person_url = {p["name"]: href_of(p["iri"], base) for p in people}
    name_re = re.compile("|".join(re.escape(n) for n in names)) if names else None

    def plain(seg: str, inspection_url: str | None = None) -> str:
        out, pos = [], 0
        marks = [(m.start(), m.end(), "person", m.group()) for m in name_re.finditer(seg)] if name_re else []
        marks += [(m.start(), m.end(), "date", m.group()) for m in DATE_RE.finditer(seg)]
        for a, b, kind, word in sorted(marks):
            if a < pos:
                continue
            out.append(html.escape(seg[pos:a]))
            if kind == "person":
                out.append(f'<a class="hl-person" href="{html.escape(person_url[word])}">{html.escape(word)}</a>')
            elif inspection_url:
                out.append(f'<a class="hl-date" href="{html.escape(inspection_url)}"><time>{html.escape(word)}</time></a>')
            else:
                out.append(f'<time class="hl-date">{html.escape(word)}</time>')
            pos = b
        out.append(html.escape(seg[pos:]))
        return "".join(out)
    return plain


def _fact_mark(text: str, cluster: list[tuple[int, int]], members: list[dict], plain, base: str) -> str:
    """One <mark> over a run of overlapping fact sentences: an anchor where each later sentence starts,
    and a link to each fact."""
    cs, ce = cluster[0][0], max(e for _, e in cluster)
    kinds = sorted({f["kind"] for f in members})
    # a date in the sentence links to the fact that carries dates (inspection, post, figure)
    insp = next((href_of(f["iri"], base) for f in members
                 if f["kind"] in ("inspection", "tenure", "figure", "judgement")), None)
    inner, ipos = [], cs
    for s in cluster[1:]:
        if s[0] > ipos:
            inner.append(plain(text[ipos:s[0]], insp))
            ipos = s[0]
        inner.append(f'<span class="anchor" id="char={s[0]}-{s[1]}"></span>')
    inner.append(plain(text[ipos:ce], insp))
    links, seen = [], set()
    for f in members:
        if f["iri"] in seen:
            continue
        seen.add(f["iri"])
        label = html.escape(f"{f['kind']}: {f['label']}" if f.get("label") else f["kind"])
        links.append(f'<a class="fact-link k-{f["kind"]}" href="{html.escape(href_of(f["iri"], base))}" '
                     f'title="{label}">{LETTER.get(f["kind"], "·")}</a>')
    s0 = cluster[0]
    return (f'<mark id="char={s0[0]}-{s0[1]}" class="fact {" ".join("k-" + k for k in kinds)}">'
            f'{"".join(inner)}<sup class="facts">{"".join(links)}</sup></mark>')


@router.get("/page/document/{ident}", response_class=HTMLResponse)
def document_page(request: Request, ident: str, store: Store = STORE):
    base = base_of(request)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", ident):
        return not_found(request, f"document {ident}")
    D = URIRef(f"{base}id/document/{ident}")
    docs = documents_data(store, base, document=D)
    if not docs:
        return not_found(request, f"document {ident}")
    doc = docs[0]
    text, raw, people = document_text_and_facts(store, base, D)
    facts = []
    for f in raw:
        f["kind"] = _fact_kind(f["classes"])
        if 0 <= f["start"] < f["end"] <= len(text):
            facts.append(f)
    digest = document_digest(store, base, ident)
    facts.sort(key=lambda f: (f["start"], f["kind"]))
    return render(request, "document.html", data_path=f"document/{doc['id']}", title=doc["title"] or doc["id"], doc=doc, digest=digest,
                  body=highlight(text, facts, people, base), facts=facts, people=people)


# ---------------------------------------------------------------- any resource

LABEL_PROPS = (RDFS.label, FOAF.name, SKOS.prefLabel, DCTERMS.title, IKG.roleTitle, IKG.action, IKG.measure)


@router.get("/page/{path:path}", response_class=HTMLResponse)
def resource_page(request: Request, path: str, store: Store = STORE):
    base = base_of(request)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-/]*", path) or ".." in path:
        return not_found(request, path)
    iri = f"{base}id/{path}"
    m = re.match(r"^document/([^/]+)/char/(\d+)-(\d+)$", path)
    if m:
        return RedirectResponse(f"/page/document/{m.group(1)}#char={m.group(2)}-{m.group(3)}", status_code=303)
    ds = describe(store, iri)
    if not quad_count(ds):
        return not_found(request, path)
    R = URIRef(iri)
    out, incoming, sentences = [], [], {}
    labels: dict[str, str] = {}
    types: set[str] = set()
    for s_, p, o, g in ds:
        if p in LABEL_PROPS and str(s_) not in labels:
            labels[str(s_)] = str(o)
        if p == RDF.type and o == IKG.Sentence:
            sentences.setdefault(str(s_), {})
    for s_, p, o, g in sorted(ds):
        gid = str(g)
        if str(s_) in sentences:
            if p == IKG.text:
                sentences[str(s_)]["text"] = str(o)
            elif p == DCTERMS.isPartOf:
                sentences[str(s_)]["document"] = local(o, base)
            continue
        if s_ == R:
            if p == RDF.type:
                types.add(curie(o))
            if p == IKG.text and "/id/document/" in iri:
                continue
            out.append({"p": str(p), "o": o, "graph": gid, "label": labels.get(str(o))})
        elif o == R:
            incoming.append({"s": str(s_), "p": str(p), "graph": gid, "label": labels.get(str(s_))})
    own_evidence = sorted({str(o) for s_, p, o, g in ds if s_ == R and p == IKG.evidence})
    sentence_in = {str(g): str(o) for s_, p, o, g in sorted(ds) if s_ == R and p == IKG.evidence}
    for o, label in object_labels(store, R).items():
        labels.setdefault(o, label)
    for t in out:
        t["label"] = t["label"] or labels.get(str(t["o"]))
    out.sort(key=lambda t: (t["p"] != str(RDF.type), curie(t["p"]), str(t["o"])))
    incoming.sort(key=lambda t: (curie(t["p"]), t["label"] or t["s"]))
    kind = path.split("/", 1)[0]
    title = labels.get(iri) or local(iri, base)
    return render(request, "resource.html", data_path=path, title=title, iri=iri, sentence_in=sentence_in, kind=kind, types=sorted(types), out=out,
                  incoming=incoming[:300], incoming_total=len(incoming), sentences=sentences,
                  own_evidence=[(s, sentences.get(s, {})) for s in own_evidence], is_literal=lambda o: not isinstance(o, URIRef))


# ---------------------------------------------------------------- vocabulary pages (routes in app.ld)

def _vocab_terms(graph):
    from rdflib.namespace import OWL
    classes, props, concepts = [], [], []
    for s in set(graph.subjects()):
        if not isinstance(s, URIRef):
            continue
        t = set(graph.objects(s, RDF.type))
        entry = {"iri": str(s), "curie": curie(s),
                 "label": str(graph.value(s, RDFS.label) or graph.value(s, SKOS.prefLabel) or curie(s)),
                 "comment": str(graph.value(s, RDFS.comment) or graph.value(s, SKOS.definition) or ""),
                 "notation": str(graph.value(s, SKOS.notation) or "")}
        if OWL.Class in t:
            classes.append(entry)
        elif t & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            entry["domain"] = curie(graph.value(s, RDFS.domain) or "")
            entry["range"] = curie(graph.value(s, RDFS.range) or "")
            props.append(entry)
        elif SKOS.Concept in t:
            concepts.append(entry)
    key = lambda e: e["curie"].lower()  # noqa: E731
    return sorted(classes, key=key), sorted(props, key=key), sorted(concepts, key=key)


def ontology_page(request: Request):
    from app.ld import ONTOLOGY_IRI, vocabulary_graph
    g = vocabulary_graph(deps.store(request), ONTOLOGY_IRI)
    classes, props, concepts = _vocab_terms(g)
    return render(request, "ontology.html", title="The ikg ontology", classes=classes, props=props, concepts=concepts,
                  description=str(g.value(URIRef(ONTOLOGY_IRI), DCTERMS.description) or ""))


def ontology_term_page(request: Request, name: str):
    from app.ld import ONTOLOGY_IRI, vocabulary_graph
    T = ONTOLOGY_IRI + "#" + name
    g = vocabulary_graph(deps.store(request), ONTOLOGY_IRI, T)
    if not len(g):
        return not_found(request, f"ontology term {name}")
    about = sorted(((curie(p), o) for p, o in g.predicate_objects(URIRef(T))), key=lambda t: t[0])
    used = sorted({(curie(s), curie(p)) for s, p, _ in g.triples((None, None, URIRef(T)))})
    return render(request, "term.html", title=f"ikg:{name}", term=T, name=name, about=about, used=used,
                  is_iri=lambda o: isinstance(o, URIRef))


def themes_page(request: Request):
    items = themes_data(deps.store(request), base_of(request))
    items.sort(key=lambda t: -(t["concerns"] + t["improvements"]))
    return render(request, "themes.html", title="Themes", themes=items)


def not_found(request: Request, what: str) -> HTMLResponse:
    return render(request, "notfound.html", status_code=404, title="Not found", what=what)
