"""Which components each kind of document runs, in which order, with which settings: plain data."""
from __future__ import annotations

from loaders import ofsted_components as oc
from loaders.news import news_article

OFSTED = [oc.document_kind, oc.subject_council_component, oc.inspections, oc.ofsted_people, oc.ofsted_findings,
          oc.responses, oc.ofsted_recommendations]

PROFILES = {
    "ofsted_report": {"components": OFSTED, "settings": {"inspection_strategy": "report"}},
    "ofsted_letter": {"components": OFSTED, "settings": {"inspection_strategy": "letter"}},
    # still one component: news.py's facts move out of it one at a time
    "news": {"components": [news_article], "settings": {}},
}
