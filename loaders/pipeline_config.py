"""Which components each kind of document runs, in which order, with which strategy for each fact:
plain data. The components (`loaders.components`) are the same for every kind."""
from __future__ import annotations

from loaders import components as c

# Ofsted: the council and the inspection first (people are its inspectors and the letter's addressee)
OFSTED = [c.document, c.council, c.inspections, c.people, c.findings, c.responses, c.recommendations, c.figures]
# News: people before quotes (speakers) and inspections (inspectors); responses before findings (an
# action reported without a judging word is a response only)
NEWS = [c.document, c.council, c.people, c.quotes, c.inspections, c.responses, c.findings, c.figures,
        c.organisations, c.debris]

# actions: inspectors report what leaders did in sentences of any shape ("Senior leaders, with partners, have
# started to introduce ..."), read from the parse (loaders/actions.py); news reports a council's actions in its
# own words ("we have created six posts", "said the trust had opened two homes"), read from the parse in the
# council's voice, where a reporter's "leaders have developed" retells a finding
_OFSTED_SETTINGS = {"document": "ofsted", "council": "subject", "findings": "ofsted", "responses": "findings_body",
                    "actions": "parse", "figures": "findings_body"}

PROFILES = {
    "ofsted_report": {"components": OFSTED, "settings": {**_OFSTED_SETTINGS, "inspections": "report", "people": "inspectors"}},
    "ofsted_letter": {"components": OFSTED, "settings": {**_OFSTED_SETTINGS, "inspections": "letter", "people": "letter"}},
    "news": {"components": NEWS, "settings": {"document": "news", "council": "mentions", "inspections": "news",
                                              "people": "prose", "findings": "news", "responses": "prose", "figures": "prose",
                                              "actions": "own_words"}},
}
