"""How search hits are ranked, one rule for the search index (app/search_index.py, in SQLite:
`SQL_*` below) and for the SPARQL rows searched while the index is being built
(app/services/search.py): an exact match above a prefix above a word above a substring, councils
and people above documents above sentences, shorter texts first; one hit per target (per sentence
for findings), its best. Both compare lower-cased text (Python's str.lower, stored in the index)."""
from __future__ import annotations

KIND_WEIGHT = {"council": 30, "person": 25, "document": 20, "finding": 10, "quote": 8}
SHOWN = 300  # characters of a hit's text shown whole; longer texts are cut and end with "…"
# what continues a word (in lower-cased text): a match right after one is inside a word
WORD_CHARS = "[a-z0-9\u00df-\u00f6\u00f8-\u00ff]"  # ASCII and Latin-1 letters: a GLOB class as well


def _word_char(c: str) -> bool:
    return "a" <= c <= "z" or "0" <= c <= "9" or "\u00df" <= c <= "\u00f6" or "\u00f8" <= c <= "\u00ff"


def quality(low: str, needle: str) -> int:
    """How well lower-cased text contains needle (lower case): 100 exact, 60 prefix, 40 at a
    word's start, 20 inside a word, -1 not at all."""
    i = low.find(needle)
    if i < 0:
        return -1
    return 100 if low == needle else 60 if i == 0 else 20 if _word_char(low[i - 1]) else 40


def exact_score(match_quality: int, kind: str, text: str) -> float:
    return match_quality + KIND_WEIGHT.get(kind, 0) - min(len(text), 400) / 40


def shown(text: str) -> str:
    return text if len(text) < SHOWN else text[:SHOWN] + "…"


def key(kind: str, target: str, sentence: str | None) -> tuple[str, str]:
    """What a hit is one of: a sentence with findings on several themes is one finding hit."""
    return (kind, sentence) if kind == "finding" and sentence is not None else (kind, target)


def order(score: float, r: dict) -> tuple:
    """Best first; ties by the text shown, then by the row's other values, so every store answers
    alike (None sorts first, as NULL does in SQLite)."""
    return (-score, shown(r["text"]), r["kind"], r["target"], r["text"], r.get("document") or "", r.get("sentence") or "")


# The same rule in SQLite's SQL, over the index's columns `text` and `low` (text.lower()), with
# :needle bound (lower case); the arithmetic is Python's, so scores and their order are identical.
_POS = "instr(low, :needle)"
SQL_QUALITY = (f"CASE WHEN {_POS} = 0 THEN -1 WHEN low = :needle THEN 100 WHEN {_POS} = 1 THEN 60 "
               f"WHEN substr(low, {_POS} - 1, 1) GLOB '{WORD_CHARS}' THEN 20 ELSE 40 END")
SQL_WEIGHT = "CASE kind " + " ".join(f"WHEN '{k}' THEN {w}" for k, w in KIND_WEIGHT.items()) + " ELSE 0 END"
SQL_LENGTH_PENALTY = "min(length(text), 400) / 40.0"
SQL_SHOWN = f"CASE WHEN length(text) < {SHOWN} THEN text ELSE substr(text, 1, {SHOWN}) || '…' END"
SQL_KEY = "kind || ' ' || CASE WHEN kind = 'finding' AND sentence IS NOT NULL THEN sentence ELSE target END"
SQL_ORDER = "score DESC, shown, kind, target, text, document, sentence"
