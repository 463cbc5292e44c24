"""Did a later event find a recommendation acted on? Matching and the status rule.

A later document's findings are matched to a recommendation by theme and meaning: a
sentence must share a theme with it and be similar in wording (TF-IDF cosine over the
council's sentences, stemmed words without stop words; bench/recommendations.py measured
it against BM25 and a MiniLM sentence embedding on the gold of ../shared). The status
then rests on the matched sentences (the most similar MAX_EVIDENCE):

- not_covered  no sentence matches: the document does not look at it;
- persisting   every matched sentence states a weakness;
- resolved     every matched sentence states a strength, none partial progress;
- improving    anything between: progress with weaknesses remaining, or progress
               still partial ("starting to improve", "from a low base", "more to do").
Pure: sentences in, statuses out.
"""
from __future__ import annotations

import math
from functools import lru_cache
import re
from collections import Counter
from dataclasses import dataclass, field

STATUSES = ("persisting", "improving", "resolved", "not_covered")
THRESHOLD = 0.30  # least score (similarity plus theme bonus) for a sentence to be about the recommendation
THEME_BONUS = 0.05  # added to the similarity of a sentence that shares a theme with the recommendation
MAX_EVIDENCE = 3

_STOP = set("""a an and are as at be been being but by can do does for from has have how in into is it its
more most much not of on or our so some such than that the their them then there these they this those to
was we were what when where which while who will with within young people children child including ensure
local authority""".split())
# Progress that is not yet the good the recommendation asked for.
PARTIAL = re.compile(r"\b(?:start(?:s|ed|ing)?\s+to|begin(?:s|ning)?\s+to|began\s+to|begun\s+to|early\s+stage|"
                     r"from\s+a\s+(?:very\s+)?low\s+base|more\s+to\s+do|further\s+(?:work|improvement)|"
                     r"some\s+improvement|not\s+yet|yet\s+to|still|remains?|variable|inconsistent|small\s+number|"
                     r"some\s+(?:children|young\s+people|care\s+leavers)|although|however|nevertheless|despite)\b",
                     re.IGNORECASE)

# A weakness stated beside what already works ("Although the response is usually timely, ...").
CONCESSION = re.compile(r"^(?:Although|While|Whilst|Despite)\b|\b(?:usually|improved|improving|improvements?|progress|"
                        r"starting\s+to|beginning\s+to)\b", re.IGNORECASE)
# A sentence that recounts what the earlier inspection asked, and says nothing of now.
HISTORY = re.compile(r"\b(?:was|were)\s+identified\s+as\s+(?:an?\s+)?areas?\s+(?:for|of)\s+(?:improvement|development)\b"
                     r"(?![^.]*\b(?:remains?|still|continues?)\b)", re.IGNORECASE)


@dataclass
class Sentence:
    text: str
    polarity: str  # negative | positive
    themes: set[str] = field(default_factory=set)
    iri: str | None = None


@dataclass
class Status:
    status: str
    evidence: list[Sentence]
    reason: str


_SAME = {"workload": "caseload", "placement": "placement", "permanency": "permanence", "staying": "stay"}


def tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z]+", text.lower().replace("’", "'"))
    stems = (_stem(w) for w in words if w not in _STOP and len(w) > 2)
    return [_SAME.get(w, w) for w in stems]


def _stem(w: str) -> str:
    for suffix in ("ments", "ment", "fully", "ful", "ings", "ing", "ness", "ies", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


class TfIdf:
    """Cosine similarity of TF-IDF vectors, the idf taken over the texts it is given."""

    def __init__(self, texts: list[str]):
        docs = [set(tokens(t)) for t in texts]
        df = Counter(w for d in docs for w in d)
        n = len(docs) or 1
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
        self._vectors: dict[str, dict[str, float]] = {}  # each text is compared many times

    def vector(self, text: str) -> dict[str, float]:
        v = self._vectors.get(text)
        if v is None:
            tf = Counter(tokens(text))
            v = {w: c * self.idf.get(w, 1.0) for w, c in tf.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            v = self._vectors[text] = {w: x / norm for w, x in v.items()}
        return v

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vector(a), self.vector(b)
        return sum(x * vb.get(w, 0.0) for w, x in va.items())


# The purpose a recommendation gives ("..., so that children receive a timely service") is
# not what it is about; matching on it finds every sentence about timely services.
_PURPOSE = re.compile(r",?\s+(?:so\s+that|so\s+this|to\s+ensure|in\s+order\s+to|to\s+make\s+sure|which\s+(?:is|are)\s+responsive)\b.*$",
                      re.IGNORECASE | re.DOTALL)
_PARTS = re.compile(r",\s*(?:including|and|particularly|especially)?\s*|\s+including\s+|\s+and\s+(?=the\b|timely\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a recommendation is compared with every sentence of every later event
def parts(text: str) -> tuple[str, ...]:
    """What the recommendation is about: its head without the purpose clause, and the head's
    parts ("core practice, including assessments, plans and planning" -> each of them)."""
    head = _PURPOSE.sub("", text).strip() or text
    pieces = [p for p in _PARTS.split(head) if len(tokens(p)) >= 1]
    return (head, *(pieces if len(pieces) > 1 else ()))


def part_similarity(similarity):
    """A sentence is as close to a recommendation as to the closest of its parts."""
    def sim(text: str, sentence: str) -> float:
        return max(similarity(p, sentence) for p in parts(text))
    return sim


def matches(text: str, themes: set[str], sentences: list[Sentence], similarity, threshold: float | None = None):
    """(score, sentence) for the sentences about the recommendation, most similar first."""
    threshold = THRESHOLD if threshold is None else threshold
    similarity = part_similarity(similarity)
    scored = [(similarity(text, s.text) + (THEME_BONUS if s.themes & themes else 0.0), s) for s in sentences]
    return sorted(((x, s) for x, s in scored if x >= threshold), key=lambda p: -p[0])


def reading(s: Sentence) -> str | None:
    """What one matched sentence says of the recommendation's area: weakness, partial (progress
    with weakness left, or a weakness conceded beside a strength), strength, or None (it only
    recounts the earlier inspection)."""
    if HISTORY.search(s.text):
        return None
    if s.polarity == "negative":
        return "partial" if CONCESSION.search(s.text) else "weakness"
    return "partial" if PARTIAL.search(s.text) else "strength"


def status_of(evidence: list[Sentence]) -> Status:
    """The status from the matched sentences, by their balance: a majority of weaknesses is
    persisting, strengths only is resolved, anything between is improving."""
    readings = [r for r in map(reading, evidence) if r]
    if not evidence:
        return Status("not_covered", [], "no finding of the later document is about it (theme and wording)")
    n = Counter(readings)
    counts = f"{n['weakness']} weakness, {n['partial']} partial, {n['strength']} strength among the matched findings"
    if not readings or n["weakness"] > n["partial"] + n["strength"]:
        return Status("persisting", evidence, counts + ": the weakness is stated again")
    if n["strength"] == len(readings):
        return Status("resolved", evidence, counts + ": stated as good or addressed")
    return Status("improving", evidence, counts + ": progress, with weaknesses remaining")


def track(text: str, themes: set[str], sentences: list[Sentence], similarity) -> Status:
    """The status of one recommendation at one later event, from that event's findings."""
    found = matches(text, themes, sentences, similarity)
    return status_of([s for _x, s in found[:MAX_EVIDENCE]])
