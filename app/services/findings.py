"""Findings (concerns and improvements), dated by their event."""
from __future__ import annotations

from app.curated import select
from app.services.common import char_of, local, sv, theme_labels


def findings_data(store, base: str, **params) -> list[dict]:
    """Findings, dated by their event's resolved start (else as the document states it).
    from/to are applied here, after dating (they are not passed to the query)."""
    start, end = params.pop("from", None), params.pop("to", None)
    rows = select(store, "findings", **params)
    dates = {str(r["event"]): str(r["start"]) for r in select(store, "event_dates", council=params.get("council"))}
    labels = theme_labels(store)
    out = []
    for r in rows:
        event = sv(r.get("event"))
        date = dates.get(event) if event else None
        date = date or sv(r.get("date"))
        if start is not None and not (date and date >= str(start)):
            continue
        if end is not None and not (date and (date <= str(end) or date.startswith(str(end)))):
            continue
        out.append({"id": local(r["finding"], base), "iri": str(r["finding"]),
                    "type": "concern" if str(r["polarity"]) == "negative" else "improvement",
                    "polarity": str(r["polarity"]), "theme": local(r["theme"], base),
                    "theme_label": labels.get(str(r["theme"])),
                    "text": sv(r.get("text")), "council": local(r.get("council"), base),
                    "event": local(event, base), "date": date,
                    "document": local(r["document"], base), "sentence": sv(r.get("sentence")),
                    "char": char_of(r.get("sentence"))})
    return out
