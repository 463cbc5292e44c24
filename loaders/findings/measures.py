"""Whether a figure about the service is good or bad news, by what it measures.

A reporter often states a finding as a number and nothing else: "Agency staff filled 27% of social
work posts", "Child protection conferences were held on time in 96% of cases", "Caseloads averaged
14". No evaluative word says which way it goes; what is measured does. Each measure here names its
words, whether more is better, and the levels a reader of Ofsted reports takes as clearly good or
clearly bad (in between, the figure evaluates nothing). Only sentences no word evaluates are read
this way (loaders.findings.polarity).
"""
from __future__ import annotations

import re

# (what is measured, what follows the number, more is better, good at or past, bad at or past)
_MEASURES = [
    # a share of social workers from agencies: "27% of social work posts ... agency", "Just 6% are from agencies"
    (r"\bagenc(?:y|ies)\b", "%", False, 10, 15),
    # what was done on time: "held on time in 96% of cases", "completed on time in only 64% of cases"
    (r"\b(?:on\s+time|in\s+time|within\s+(?:timescales?|\d+\s+(?:working\s+)?days)|promptly)\b", "%", True, 90, 75),
    # how many children each social worker holds: "Caseloads averaged 14", "an average caseload of 24" (not an
    # independent reviewing officer's or a personal adviser's, whose caseloads are of another size)
    (r"^(?!.*\b(?:IROs?|reviewing\s+officers?|personal\s+advisers?|PAs)\b).*\bcaseloads?\b", "", False, 16, 20),
]
_PERCENT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)")
_NUMBER = re.compile(r"(?<![\d.,£])(?P<n>\d{1,3})(?![\d%]|[.,]\d|\s*(?:%|per\s*cent|years?|months?|weeks?|days?))")


def measured_polarity(text: str) -> str | None:
    """"positive" or "negative" for a sentence whose one measured figure is clearly good or bad,
    None when no measure or no clear level is found (or two disagree)."""
    found = set()
    for words, unit, more_is_better, good, bad in _MEASURES:
        if not re.search(words, text, re.IGNORECASE):
            continue
        numbers = [float(m.group("n")) for m in (_PERCENT if unit == "%" else _NUMBER).finditer(text)]
        if len(numbers) != 1:
            continue  # "down from 42% to 19%": a change, read by its words, not a level
        n = numbers[0]
        if (n >= good) if more_is_better else (n <= good):
            found.add("positive")
        elif (n <= bad) if more_is_better else (n >= bad):
            found.add("negative")
    only = _ONLY.search(text)
    if not found and only and not _COMPARED.match(text, only.end()) and not _WHO_THEY_ARE.search(text):
        # "recorded in only 41% of the contacts": too few of something wanted; "only 7% live more than 20
        # miles away": few of something unwanted
        found.add("positive" if _UNWANTED.search(text) else "negative")
    return found.pop() if len(found) == 1 else None


_ONLY = re.compile(r"\b(?:only|just)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|\d+\s+(?:of|in|out\s+of)\s+(?:the\s+)?\d+)", re.IGNORECASE)
_UNWANTED = re.compile(r"\b(?:agenc(?:y|ies)|wait\w*|delay\w*|late|miles|out\s+of\s+(?:area|borough|county)|missing|unallocated|"
                       r"re-?referr\w*|NEET|not\s+in\s+education|excluded|exclusions?|bed[\s-]and[\s-]breakfast|B&B|moves?|moved|changes?\s+of|"
                       r"changed|three\s+or\s+more|more\s+than\s+(?:once|twice|three\s+times)|second\s+or\s+subsequent|repeat\w*|no\s+further\s+action)\b",
                       re.IGNORECASE)
# a share that is another's ("compared to just 45% nationally") or says who the children are ("only 14% are aged under four")
_COMPARED = re.compile(r"[^.;]{0,20}?\b(?:nationally|national(?:ly)?\s+average|England\s+average|in\s+England|statistical\s+neighbours|similar\s+authorities)\b",
                       re.IGNORECASE)
_WHO_THEY_ARE = re.compile(r"\b(?:aged|age\s+of|under\s+(?:the\s+age|\w+\s+years?)|years\s+old|boys|girls|section\s+20)\b", re.IGNORECASE)
