"""Whether a figure about the service is good or bad news, by what it measures.

A reporter often states a finding as a number and nothing else: "Agency staff filled 27% of social
work posts", "Child protection conferences were held on time in 96% of cases", "Caseloads averaged
14". No evaluative word says which way it goes; what is measured does. Each measure here names its
words, whether more is better, and the levels a reader of Ofsted reports takes as clearly good or
clearly bad (in between, the figure evaluates nothing). A figure set against another ("against a
national average of 20", "compared with 56% nationally", "a council target of 18") or against
its own past ("down from 26", "from 42% to 19%", "has risen to 88%") is read by that comparison
instead. Only sentences no word evaluates are read this way (loaders.findings.polarity).
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Measure(NamedTuple):
    words: str  # what is measured
    unit: str  # "%", "" (a count) or "days" (a wait, in any unit of time)
    more_is_better: bool
    good: float | None  # clearly good at or past this level (None: only comparisons say)
    bad: float | None  # clearly bad at or past this level


_MEASURES = [
    # a share of social workers from agencies: "27% of social work posts ... agency", "Just 6% are from agencies" (not
    # children placed through fostering agencies)
    Measure(r"\bagency\s+(?:staff|social\s+workers?|workers?|workforce|use|rates?|posts?|managers?)\b|\b(?:from|through|by|via)\s+(?:an\s+)?agenc(?:y|ies)\b(?!\s+(?:foster|carers?|placements?))", "%", False, 10, 15),
    # what was done on time: "held on time in 96% of cases", "completed on time in only 64% of cases"
    Measure(r"\b(?:on\s+time|in\s+time|within\s+(?:timescales?|\d+\s+(?:working\s+)?days)|promptly)\b", "%", True, 90, 75),
    # ... and what was not: "42% of assessments were completed outside timescales"
    Measure(r"\b(?:outside\s+(?:of\s+)?(?:the\s+)?timescales?|out\s+of\s+timescales?|late|overdue)\b", "%", False, 5, 15),
    # how many children each social worker holds: "Caseloads averaged 14", "an average caseload of 24" (not an
    # independent reviewing officer's or a personal adviser's, whose caseloads are of another size)
    Measure(r"^(?!.*\b(?:IROs?|reviewing\s+officers?|personal\s+advisers?|PAs)\b).*(?:\bcaseloads?\b|"
            r"\b(?:hold\w*|held|carr(?:y|ies|ied|ying)|averag\w+)\s+(?:\w+\s+){0,3}?\d+\s+(?:cases|children)\b)", "", False, 16, 20),
    # social work posts left empty: "Nearly 25% of social work posts were vacant", "The vacancy rate for social workers is 19%"
    Measure(r"^(?=.*\b(?:social\s+work\w*|posts?|staff\w*|workforce|workers?)\b).*\bvacan(?:t|cy|cies)\b", "%", False, 8, 15),
    # care leavers in education, employment or training (not those who are not)
    Measure(r"^(?!.*\bnot\s+in\s+education).*\b(?:in\s+education,?\s+(?:employment|training),?\s+(?:or|and)\s+(?:training|employment)|EET(?!\s+(?:opportunit|provision|offer|support)))\b", "%", True, 65, 45),
    # children moved from home to home: "8% of looked after children had three or more placements in the previous year"
    Measure(r"\b(?:three|3)\s+or\s+more\s+(?:placements|placement\s+moves|moves)\b", "%", False, 9, 12),
    # children who stay put: "91% of children in care lived in the same home for at least two years"
    Measure(r"\bsame\s+(?:home|placement|foster\s+(?:home|family|carers?)|carers?)\b", "%", True, 75, 60),
    # plans kept current: "the proportion with an up-to-date care plan had risen to 88%"
    Measure(r"\bup[\s-]to[\s-]date\b", "%", True, 90, 75),
    # how long children wait: "waited an average of 402 days between entering care and moving in with their adoptive family"
    Measure(r"\bwait(?:ed|s|ing)?\b|\bbetween\s+entering\s+care\s+and\b", "days", False, None, None),
]
_PERCENT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)")
_NUMBER = re.compile(r"(?<![\d.,£])(?P<n>\d{1,3})(?![\d%]|[.,]\d|\s*(?:%|per\s*cent|years?|months?|weeks?|days?))")
_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s+(?P<u>(?:working\s+)?days?|weeks?|months?|years?)\b", re.IGNORECASE)
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

# the second figure is a standard to meet: "against a national average of 20", "compared with 56% nationally",
# "against a council target of 18" (not a list of the council's own figures)
_REFERENCE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|than)\b[^.;]{0,60}?(?:\d[^.;]{0,30}?)?"
                        r"\b(?:nationally|national|England|country|average|target|statistical\s+neighbours|similar\s+(?:councils|authorities)|regional(?:ly)?)\b",
                        re.IGNORECASE)
# the second figure is the past: "down from 26", "from 42% to 19%", "had risen to 88%", "has fallen"
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:%|per\s*cent)?\s+(?:\w+\s+){0,4}?to\s+[\d.]", re.IGNORECASE)
# ... said as a change of the figure itself, not of something beside it ("despite reduced funding")
_AUX = r"\b(?:has|have|had|was|were|is|are|been|being)\s+(?:\w+\s+)?"
_DOWN = re.compile(rf"\bdown\s+(?:from|to)\b|\b(?:fell|dropped|halved)\b|{_AUX}(?:fallen|falling|dropped|reduced|cut|decreased|lowered|halved)\b|"
                   r"\b(?:reduced|cut|lowered|halved|brought\s+down)\s+(?:its|their|the|our|his|her)\b", re.IGNORECASE)
_UP = re.compile(rf"\bup\s+(?:from|to)\b|\b(?:rose|grew|doubled)\b|{_AUX}(?:risen|rising|increased|grown|doubled)\b|"
                 r"\b(?:increased|raised|doubled)\s+(?:its|their|the|our|his|her)\b", re.IGNORECASE)


def _numbers(text: str, unit: str) -> list[tuple[float, int, int]]:
    """The figures of a unit in the text, with where each starts and ends."""
    if unit == "%":
        return [(float(m.group("n")), m.start(), m.end()) for m in _PERCENT.finditer(text)]
    if unit == "days":
        return [(float(m.group("n")) * _DAYS[m.group("u").split()[-1].lower().rstrip("s")], m.start(), m.end())
                for m in _DURATION.finditer(text)]
    return [(float(m.group("n")), m.start(), m.end()) for m in _NUMBER.finditer(text)]


def _direction(went_up: bool, m: Measure) -> str:
    return "positive" if went_up == m.more_is_better else "negative"


def _level(n: float, m: Measure) -> str | None:
    if m.good is None:
        return None
    if (n >= m.good) if m.more_is_better else (n <= m.good):
        return "positive"
    if (n <= m.bad) if m.more_is_better else (n >= m.bad):
        return "negative"
    return None


def _read(text: str, m: Measure) -> str | None:
    """The verdict of one measure's figures in a sentence: a change or a comparison first, then their level."""
    # a figure promised ("no social worker will hold more than 20 cases") is an aim, not a level
    figures = _numbers(text, m.unit)
    found = [(n, at) for n, at, _end in figures if not _AIM.search(text[max(0, at - 40):at])]
    if not found or all(_COMPARED.match(text, end) for _, _, end in figures):
        return None  # (or only the country's: "agency use fell to 17.6% nationally")
    numbers = [n for n, _ in found]
    from_to = _FROM_TO.search(text)
    if from_to:
        pair = [n for n, at in found if at >= from_to.start()][:2]
        if len(pair) == 2 and pair[0] != pair[1]:
            return _direction(pair[1] > pair[0], m)  # "cut its use of agency social workers from 42% to 19%"
    # a change said in words beside a figure: "down from 26", "had risen to 88%", "had fallen, with 82% of posts ..."
    near = lambda rx: any(abs(c.start() - at) <= 60 for c in rx.finditer(text) for _, at in found)
    down, up = near(_DOWN), near(_UP)
    if down != up:
        return _direction(up, m)
    if len(numbers) == 2 and _REFERENCE.search(text):
        ours, standard = numbers
        return _direction(ours > standard, m) if ours != standard else None  # "14 children, against a national figure closer to 20"
    verdicts = {_level(n, m) for n in numbers}
    return verdicts.pop() if len(verdicts) == 1 else None  # ("averaged 24, and some more than 30": both too many)


def measured_polarity(text: str) -> str | None:
    """"positive" or "negative" for a sentence whose measured figures are clearly good or bad news,
    None when no measure or no clear verdict is found (or two disagree)."""
    found = {v for m in _MEASURES if re.search(m.words, text, re.IGNORECASE) and (v := _read(text, m))}
    if not found and _WAITING.search(text):
        found.add("negative")  # "48 children were waiting for a social worker to be allocated"
    if not found and _CHANGES_OF_WORKER.search(text) and not _ONLY.search(text):
        found.add("negative")  # "26 children had had four or more social workers in the past year"
    only = _ONLY.search(text)
    if not found and only and not _COMPARED.match(text, only.end()) and not _WHO_THEY_ARE.search(text):
        # "recorded in only 41% of the contacts": too few of something wanted; "only 7% live more than 20
        # miles away": few of something unwanted
        found.add("positive" if _UNWANTED.search(text) else "negative")
    return found.pop() if len(found) == 1 else None


# a count of children or work left waiting for the service: "1,100 contacts were waiting to be screened" (not children
# waiting to be adopted, whom the service has found a plan for)
_WAITING = re.compile(r"\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:children|families|contacts|referrals|cases|young\s+people|assessments|reports)\s+"
                      r"(?:were|are|was|had\s+been|have\s+been|remain(?:ed)?)\s+(?:still\s+)?(?:waiting|awaiting|unallocated|on\s+(?:a|the)\s+waiting\s+list)\b"
                      r"(?!\s+(?:to\s+be\s+(?:adopted|matched|placed)|for\s+(?:adoption|adoptive|a\s+match|matching|an?\s+(?:adoptive|permanent)))|\s+adoption)",
                      re.IGNORECASE)
# children passed from worker to worker: "31% of children in need had had 3 or more social workers in the past year"
_CHANGES_OF_WORKER = re.compile(r"\b\d[\d,]*\s*(?:%|per\s*cent)?\s+(?:of\s+)?(?:[\w’']+\s+){0,5}?(?:had|have|has)\s+(?:had\s+)?"
                                r"(?:three|four|five|six|\d+)\s+or\s+more\s+social\s+workers\b",
                                re.IGNORECASE)
_ONLY = re.compile(r"\b(?:only|just)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|\d+\s+(?:of|in|out\s+of)\s+(?:the\s+)?\d+)", re.IGNORECASE)
_UNWANTED = re.compile(r"\b(?:agenc(?:y|ies)|wait\w*|delay\w*|late|miles|out\s+of\s+(?:area|borough|county)|missing|unallocated|"
                       r"re-?referr\w*|NEET|not\s+in\s+education|excluded|exclusions?|bed[\s-]and[\s-]breakfast|B&B|moves?|moved|changes?\s+of|"
                       r"changed|three\s+or\s+more|more\s+than\s+(?:once|twice|three\s+times)|second\s+or\s+subsequent|repeat\w*|no\s+further\s+action)\b",
                       re.IGNORECASE)
_AIM = re.compile(r"\b(?:will|would|shall|promis\w*|pledg\w*|aims?\s+to|plans?\s+to|going\s+to)\b", re.IGNORECASE)
# a share that is another's ("compared to just 45% nationally") or says who the children are ("only 14% are aged under four")
_COMPARED = re.compile(r"[^.;]{0,20}?\b(?:nationally|national(?:ly)?\s+average|England\s+average|in\s+England|statistical\s+neighbours|similar\s+authorities)\b",
                       re.IGNORECASE)
_WHO_THEY_ARE = re.compile(r"\b(?:aged|age\s+of|under\s+(?:the\s+age|\w+\s+years?)|years\s+old|boys|girls|section\s+20)\b", re.IGNORECASE)
