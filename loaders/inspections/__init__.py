"""Inspections: the event a document reports and the earlier ones it cites, each with its type,
dates, inspectors and judgements. One strategy per way of writing them: `report` (a report's
title page and judgement table), `letter` (a letter's visit sentence and the inspections it
cites), `news` (what an article says was inspected and graded). Shared here: the inspection's
record and its identifier.
"""
from __future__ import annotations

from loaders.gazetteer import Council
from ontology import slug

ILACS_FROM = 2018  # the year the ILACS framework replaced the single inspection framework


def framework(date: str) -> str:
    """The type of a full inspection at `date` ("2016-05"): "ilacs" from 2018, "other" (the single
    inspection framework and those before it) earlier."""
    return "ilacs" if int(date[:4]) >= ILACS_FROM else "other"



def inspection_id(council: Council | None, typ: str, start: str | None) -> str:
    return f"{slug(council.name) if council else 'unknown'}-{typ}-{start or 'undated'}"


def new_inspection(council: Council | None, typ: str) -> dict:
    return {"id": None, "council": council.formal_name if council else None,
            "ons_code": council.ons_code if council else None, "type": typ,
            "start": None, "end": None, "published": None, "sequence": None,
            "inspectors": [], "judgements": [], "span": None}
