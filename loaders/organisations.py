"""Organisations a document mentions besides councils: police forces, political groups,
committees, boards and partnerships, regulators, government, health bodies, charities.

extract_organisations(text, spans, council_name) -> [Organisation] (loaders/digest.py)
A committee, board or political group of the council the article is about is linked to it.
"""
from __future__ import annotations

import re

from loaders.digest import Organisation
from loaders.text import Span
from ontology import slug

_CAP = r"(?:[A-Z][\w’'\-]*|and|of|for|&)"
_PATTERNS: list[tuple[str, str, bool]] = [
    # (type, regex with group "name", linked to the council)
    ("police", r"(?P<name>(?:[A-Z][\w’'\-]+\s+){1,3}(?:Police|Constabulary))\b", False),
    ("political_group", r"(?P<name>Liberal\s+Democrats?|Lib\s+Dems?|Labour(?:\s+Party|\s+group)?|Conservatives?(?:\s+Party|\s+group)?|Tor(?:y|ies)|Green\s+Party|Greens|Reform\s+UK|Independents?(?:\s+group)?|Plaid\s+Cymru)(?!\s+(?:councillor|leader|MP|member|cabinet|spokes))\b", True),
    ("committee", r"(?P<name>(?i:(?:(?:children[’']?s?|young|people[’']?s?|and|adult|adults|social|care|education|learning|skills|families|corporate|health|wellbeing|"
                  r"safeguarding|people|overview|(?-i:[A-Z][\w’'\-]+))\s+){0,6}(?:scrutiny|overview|select|audit|corporate\s+parenting|health\s+and\s+wellbeing|cabinet)\s+(?:and\s+scrutiny\s+)?(?:committee|panel|board|sub-committee)))\b", True),
    ("committee", r"(?P<name>(?:[A-Z][\w’'\-]+\s+){1,5}Committee)\b", True),
    ("board", r"(?P<name>(?:the\s+)?(?:independent\s+)?(?:children[’']s\s+services\s+)?improvement\s+board|(?:[A-Z][\w’'\-]+\s+){0,4}(?:Safeguarding\s+(?:Children\s+)?(?:Partnership|Board)|Improvement\s+Board|Integrated\s+Care\s+Board|Partnership\s+Board))\b", True),
    ("regulator", r"(?P<name>Ofsted|Care\s+Quality\s+Commission|CQC|HM(?:I|\s+Inspectorate\s+of\s+(?:Constabulary|Probation)(?:\s+and\s+Fire\s+(?:&|and)\s+Rescue\s+Services)?))\b", False),
    ("government", r"(?P<name>Department\s+for\s+Education|DfE|Department\s+of\s+Health(?:\s+and\s+Social\s+Care)?|Home\s+Office|(?:the\s+)?government(?=\s+(?:has|said|commissioner|intervention))|Children[’']s\s+Commissioner)\b", False),
    ("health", rf"(?P<name>NHS(?:\s+{_CAP}){{0,5}}|(?:[A-Z][\w’'\-]+\s+){{1,4}}(?:NHS\s+)?(?:Foundation\s+)?Trust)\b", False),
    ("charity", r"(?P<name>UNICEF|NSPCC|Barnardo[’']s|Action\s+for\s+Children|Save\s+the\s+Children|Become|Coram|Children[’']s\s+Society|Catch22|Frontline)\b", False),
]
_COMPILED = [(t, re.compile(rx), linked) for t, rx, linked in _PATTERNS]


def extract_organisations(text: str, spans: list[Span], council_name: str | None = None) -> list[Organisation]:
    out: dict[str, Organisation] = {}
    for sp in spans:
        s = text[sp.start:sp.end]
        for kind, rx, linked in _COMPILED:
            for m in rx.finditer(s):
                name = re.sub(r"\s+", " ", m.group("name")).strip()
                name = re.sub(r"^(?:the|a|an|told\s+the|at\s+the)\s+", "", name, flags=re.IGNORECASE)
                if kind == "police" and name.split()[0] in ("The", "A", "And", "Where"):
                    name = " ".join(name.split()[1:])
                if len(name) < 3:
                    continue
                key = slug(name)
                if key in out:
                    continue
                out[key] = Organisation(id=key, name=name, type=kind, linked_council=council_name if linked else None,
                                        span=[sp.start, sp.end])
    return list(out.values())
