"""What every resource shares: ids and page addresses of IRIs, dates, the order of areas, the read model by key."""
from __future__ import annotations

import re
from collections import Counter

from ontology import THEME

THEMES_NS = str(THEME)


ONTOLOGY_NS = "https://w3id.org/ikg/ontology#"


def local(iri, base: str) -> str | None:
    """The id of an IRI: `{base}id/{kind}/{id}` -> id; a theme -> its notation."""
    if iri is None:
        return None
    s = str(iri)
    if s.startswith(base + "id/"):
        return s[len(base) + 3:].split("/", 1)[-1]
    if s.startswith(THEMES_NS):
        return s[len(THEMES_NS):]
    if s.startswith(ONTOLOGY_NS):
        return s[len(ONTOLOGY_NS):]
    return s


def page_url(iri, base: str) -> str | None:
    """Where the HTML page of an IRI is served (sentences: their document, at #char=S-E)."""
    if iri is None:
        return None
    s = str(iri)
    if s.startswith(base + "id/"):
        rest = s[len(base) + 3:]
        m = re.match(r"^document/([^/]+)/char/(\d+)-(\d+)$", rest)
        if m:
            return f"/page/document/{m.group(1)}#char={m.group(2)}-{m.group(3)}"
        return "/page/" + rest
    if s.startswith(THEMES_NS):
        return "/page/theme/" + s[len(THEMES_NS):]
    if s == THEMES_NS.rstrip("/"):
        return "/themes"
    if s.startswith(ONTOLOGY_NS):
        return "/ontology/" + s[len(ONTOLOGY_NS):]
    if s == ONTOLOGY_NS.rstrip("#"):
        return "/ontology"
    return s if re.match(r"(?i)https?://", s) else None  # never a javascript:, data: ... link


def sv(term) -> str | None:
    return None if term is None else str(term)


def precise(values) -> str | None:
    """The most precise date among values (ties: the most common, then the earliest)."""
    vals = [str(v) for v in values if v is not None and str(v)]
    if not vals:
        return None
    counts = Counter(vals)
    return sorted(counts, key=lambda v: (-len(v), -counts[v], v))[0]


def char_of(sentence) -> str | None:
    m = re.search(r"/char/(\d+-\d+)$", str(sentence or ""))
    return m.group(1) if m else None


def most_common(values):
    vals = [v for v in values if v is not None]
    return Counter(vals).most_common(1)[0][0] if vals else None


AREA_ORDER = {"area_overall": 0, "area_help_and_protection": 1, "area_children_in_care": 2, "area_care_leavers": 3,
              "area_leadership": 4}


AREA_SHORT = {"area_overall": "Overall", "area_help_and_protection": "Help and protection",
              "area_children_in_care": "Children in care", "area_care_leavers": "Care leavers",
              "area_leadership": "Leadership"}


OFSTED_KINDS = ("ofsted_report", "ofsted_letter")


def headline(judgements: list[dict]) -> dict | None:
    """The overall-effectiveness judgement of an event (the best-attested one), or None: a report
    without an overall grade (the framework it was made under grades areas only) has none."""
    overall = [j for j in judgements if j.get("area") in ("area_overall", "overall")]
    if not overall:
        return None
    return max(overall, key=lambda j: (len(j.get("sources") or []), j.get("rank") or 0))


def event_date(ev: dict) -> str | None:
    return ev.get("start") or ev.get("published")


def sort_events(events: list[dict]) -> list[dict]:
    return sorted(events, key=lambda e: (e["undated"], event_date(e) or "", e.get("sequence") or 0, e["id"]))


def every_council(store, base: str, part: str) -> dict:
    """One read-model part of every council, parsed once per store version by this process
    (callers read it, never change it)."""
    from app import memo, readmodel
    return memo.per_version(store, base, f"read-model {part} {base}", lambda: readmodel.every(store, part))


def council_part(store, base: str, council: str, name: str, live):
    """One part of a council's read model, or `live()` where the council has none yet."""
    from app import readmodel
    value = readmodel.part(store, base, council, name)
    return live() if value is None else value


_THEME_LABELS: dict[int, dict[str, str]] = {}


def theme_labels(store) -> dict[str, str]:
    """Theme IRI -> label (the scheme is fixed: read once per store)."""
    key = id(store)
    if not _THEME_LABELS.get(key):
        from queries import internal
        _THEME_LABELS[key] = {str(r["theme"]): str(r["label"]) for r in store.select(internal("theme_labels"))}
    return _THEME_LABELS[key]


def statement(finding: dict) -> str:
    """What a reader counts as one concern or improvement: the sentence (a finding is a sentence
    under one theme, so a sentence with three themes is three findings)."""
    return finding.get("sentence") or finding.get("text") or finding.get("iri") or finding.get("id")
