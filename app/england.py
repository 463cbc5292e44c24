"""England at a glance: every council with its latest judgements, in one table and one chart.

    GET /api/england                  every council: latest overall and area grades, last full
                                      inspection and last visit, how long judged inadequate,
                                      direction since the previous judgement (a list: sort,
                                      ?region=, ?format=csv)
    GET /api/england/grades-over-time councils per overall grade at the end of each year
    GET /page/england                 the same as a page: chart, sortable table, region filter, CSV

Judgements are the ones Ofsted's documents state (app.services.events.events_data): news grades are not.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from app import api, deps
from app.deps import STORE
from app.queries_api import base_of, list_response
from app.services import events as event_service
from app.services.common import event_date
from app.services.councils import councils_data
from ikg.store import Store

router = APIRouter(tags=["england"])
GRADES = ("outstanding", "good", "requires_improvement", "inadequate")
RANK = {g: i for i, g in enumerate(GRADES)}
AREAS = ("help_and_protection", "children_in_care", "care_leavers", "leadership")
VISITS = ("monitoring_visit", "focused_visit", "jtai")
COLUMNS = ["id", "name", "region", "overall", "overall_date", *AREAS, "areas_date", "last_full_inspection",
           "last_visit", "inadequate_since", "months_inadequate", "direction", "previous_overall"]


def _months(since: str, today: dt.date) -> int:
    y, m = int(since[:4]), int(since[5:7] or 1) if len(since) >= 7 else 1
    return max(0, (today.year - y) * 12 + today.month - m)


def all_events(store, base: str) -> list[dict]:
    """Every council's events: from the read model's timelines where they are, else live."""
    return event_service.all_events(store, base)


def council_rows(store, base: str, today: dt.date | None = None) -> list[dict]:
    """One flat row per council with documents (flat, so that it is a CSV as it is)."""
    today = today or dt.date.today()
    events = defaultdict(list)
    for e in all_events(store, base):
        events[e["council"]].append(e)
    rows = []
    for c in councils_data(store, base):
        evs = [e for e in events.get(c["id"], []) if event_date(e)]
        judged = [(event_date(e), e["headline"]["grade"]) for e in evs if e.get("headline")]
        judged.sort()
        latest = c.get("latest_judgement") or {}
        areas = c.get("latest_area_grades") or {}
        area_grade = {j["area"].replace("area_", ""): j["grade"] for j in areas.get("grades", [])}
        row = {"id": c["id"], "name": c["name"], "region": c["region"],
               "overall": latest.get("grade"), "overall_date": latest.get("date"),
               **{a: area_grade.get(a) for a in AREAS}, "areas_date": areas.get("date"),
               # a graded inspection under any framework (ILACS, or the SIF and the older ones before it)
               "last_full_inspection": max((event_date(e) for e in evs if e["type"] not in VISITS and e["judgements"]),
                                           default=None),
               "last_visit": max((event_date(e) for e in evs if e["type"] in VISITS), default=None),
               "inadequate_since": None, "months_inadequate": None, "direction": None, "previous_overall": None}
        if judged and judged[-1][1] == "inadequate":
            since = judged[-1][0]
            for date, grade in reversed(judged):
                if grade != "inadequate":
                    break
                since = date
            row["inadequate_since"], row["months_inadequate"] = since, _months(since, today)
        if len(judged) > 1:
            before, now = judged[-2][1], judged[-1][1]
            row["previous_overall"] = before
            row["direction"] = ("improved" if RANK[now] < RANK[before] else "declined" if RANK[now] > RANK[before]
                                else "unchanged")
        rows.append(row)
    return rows


def grades_over_time(store, base: str) -> list[dict]:
    """Per year, how many councils had each overall grade as their latest at the year's end, from
    the first judgement to the year of the latest event (a judgement holds until the next one)."""
    history = defaultdict(list)
    last = None
    for e in all_events(store, base):
        if event_date(e):
            last = max(last or "", event_date(e))
            if e.get("headline"):
                history[e["council"]].append((event_date(e), e["headline"]["grade"]))
    if not history:
        return []
    first = min(int(d[:4]) for hs in history.values() for d, _ in hs)
    out = []
    for year in range(first, int(last[:4]) + 1):
        counts = Counter()
        for hs in history.values():
            held = [g for d, g in sorted(hs) if d[:4] <= str(year)]
            if held:
                counts[held[-1]] += 1
        out.append({"year": year, **{g: counts[g] for g in GRADES}})
    return out


@router.get("/api/england", tags=["resources"], summary="Every council at a glance",
            description="Latest overall judgement and area grades (as Ofsted's documents state them), dates of the "
                        "last full inspection and of the last visit, since when and for how many months judged "
                        "inadequate, direction since the previous overall judgement. ?region= filters."
                        + api.LIST_NOTE.strip())
def api_england(request: Request, region: str | None = Query(None), store: Store = STORE):
    base = base_of(request)
    rows = [r for r in council_rows(store, base) if not region or r["region"] == region]
    return list_response(request, rows, default_limit=1000, default_sort="name", columns=COLUMNS)


@router.get("/api/england/grades-over-time", tags=["resources"], summary="Councils per overall grade, year by year")
def api_grades_over_time(request: Request, store: Store = STORE):
    return grades_over_time(store, base_of(request))


def chart_svg(series: list[dict]) -> Markup:
    """Stacked bars: councils per latest overall grade at the end of each year."""
    from app.pages import GRADE_COLOURS
    if not series:
        return Markup("")
    W, H, left, bottom, top = 720, 240, 40, 24, 10
    most = max(sum(s[g] for g in GRADES) for s in series) or 1
    bw = (W - left) / len(series)
    parts = [f'<svg class="england-chart" viewBox="0 0 {W} {H}" role="img" aria-label="Councils per overall grade by year">']
    for i, s in enumerate(series):
        x, y = left + i * bw, H - bottom
        for g in reversed(GRADES):
            h = (H - bottom - top) * s[g] / most
            if h:
                y -= h
                parts.append(f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bw - 4:.1f}" height="{h:.1f}" '
                             f'fill="{GRADE_COLOURS[g]}"><title>{s["year"]}: {s[g]} {g.replace("_", " ")}</title></rect>')
        parts.append(f'<text x="{x + bw / 2:.1f}" y="{H - 6}" text-anchor="middle" class="tick">{s["year"]}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" class="tick">{most}</text></svg>')
    return Markup("".join(parts))


@router.get("/page/england", response_class=HTMLResponse, include_in_schema=False)
def england_page(request: Request, region: str | None = None, sort: str = "name"):
    from app.pages import render
    store, base = deps.store(request), base_of(request)
    rows = council_rows(store, base)
    regions = sorted({r["region"] for r in rows if r["region"]})
    shown = [r for r in rows if not region or r["region"] == region]
    key = sort.lstrip("-")
    if key not in COLUMNS:
        key, sort = "name", "name"
    # Rows without the value go last whichever the direction (a council never judged inadequate
    # is not the longest inadequate); 0 months is a value.
    valued = sorted((r for r in shown if r[key] is not None), reverse=sort.startswith("-"),
                    key=lambda r: RANK[r[key]] if key in ("overall", *AREAS) else r[key])
    shown = valued + [r for r in shown if r[key] is None]
    counts = Counter(r["overall"] for r in shown)
    return render(request, "england.html", title="England at a glance", rows=shown, regions=regions, region=region,
                  sort=sort, counts=counts, grades=GRADES, areas=AREAS, chart=chart_svg(grades_over_time(store, base)))
