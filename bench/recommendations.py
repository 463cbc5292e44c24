"""Recommendations tracked across visits, scored against ../shared/gold/recommendations.

    .venv/bin/python bench/recommendations.py                 # TF-IDF (the one ikg uses) and BM25
    .venv/bin/python bench/recommendations.py --embeddings V  # also a sentence embedding (vectors from bench/embed.py)
    .venv/bin/python bench/recommendations.py --store         # the system: corpus loaded and resolved, read back by SPARQL

Without --store it measures the matchers on the digests (fast, the same rule as ikg.tracking);
with --store it scores what ikg states: the corpus loaded through the pipeline into a
memory store, the statuses the resolution pass wrote, read with queries/*.rq.

For each gold file (named after its corpus folder) it extracts every document of the corpus,
finds each report's recommendations (item recall: gold items found with the same wording)
and, for each later document the gold names, the status the matcher gives (status accuracy:
equal to the gold status; a gold item not found counts as wrong). `--report` limits the
status lines to one report (the issue's done-when: liverpool_ilacs_2023-05-25.pdf).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ikg.tracking import Sentence, TfIdf, part_similarity, parts, tokens, track  # noqa: E402
from loaders.extract import NotChildrensServices, extract  # noqa: E402
from loaders.read import read_document  # noqa: E402
from loaders.text import fold  # noqa: E402

SWEEP = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)
GOLD = ROOT.parent / "shared" / "gold" / "recommendations"
CORPUS = ROOT.parent / "shared" / "corpus"


def digests(folder: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(p for p in folder.iterdir() if not p.name.endswith(".meta.json")):
        try:
            out[path.name] = extract(read_document(path)).to_json()
        except NotChildrensServices:
            continue
    return out


def sentences_of(digest: dict) -> list[Sentence]:
    """One Sentence per finding sentence, with every theme it was found on; a sentence read
    as a concern on any theme is a weakness. The document's own recommendations are left out
    (they ask for what is next, and say nothing of how the earlier ones fared)."""
    by_text: dict[str, Sentence] = {}
    own = [r["text"] for r in digest["recommendations"]]
    for cat, pol in (("concerns", "negative"), ("improvements", "positive")):
        for f in digest[cat]:
            if any(f["evidence"] in r for r in own):
                continue
            s = by_text.setdefault(f["evidence"], Sentence(f["evidence"], pol))
            s.themes.add(f["theme"])
            if pol == "negative":
                s.polarity = "negative"
    return list(by_text.values())


class Bm25:
    """BM25 over the council's sentences, divided by the query's score against itself so that
    one threshold serves every recommendation."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75):
        docs = [tokens(t) for t in texts]
        self.avg = sum(map(len, docs)) / max(len(docs), 1)
        df = Counter(w for d in docs for w in set(d))
        n = len(docs)
        self.idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}
        self.k1, self.b = k1, b

    def _score(self, q: list[str], d: list[str]) -> float:
        tf = Counter(d)
        norm = self.k1 * (1 - self.b + self.b * len(d) / (self.avg or 1))
        return sum(self.idf.get(w, 0) * tf[w] * (self.k1 + 1) / (tf[w] + norm) for w in set(q) if w in tf)

    def similarity(self, a: str, b: str) -> float:
        q = tokens(a)
        return self._score(q, tokens(b)) / (self._score(q, q) or 1)


class Embeddings:
    def __init__(self, vectors: dict[str, list[float]]):
        self.v = vectors

    def similarity(self, a: str, b: str) -> float:
        x, y = self.v[a], self.v[b]
        return sum(p * q for p, q in zip(x, y))


def run(gold_file: Path, matcher: str, vectors: dict | None = None, threshold: float | None = None,
        docs: dict | None = None) -> dict:
    from ikg import tracking
    gold = json.loads(gold_file.read_text())
    docs = docs or digests(CORPUS / gold_file.stem)
    sents = {name: sentences_of(d) for name, d in docs.items() if d["document"]["kind"].startswith("ofsted")}
    texts = [s.text for ss in sents.values() for s in ss] + [r["text"] for d in docs.values() for r in d["recommendations"]]
    sim = {"tfidf": lambda: TfIdf(texts), "bm25": lambda: Bm25(texts),
           "embedding": lambda: Embeddings(vectors or {})}[matcher]().similarity
    old = tracking.THRESHOLD
    if threshold is not None:
        tracking.THRESHOLD = threshold
    rows, found_items, gold_items = [], 0, 0
    try:
        for report in gold["reports"]:
            mine = {fold(r["text"]): r for r in docs[report["doc"]]["recommendations"]}
            for rec in report["recommendations"]:
                gold_items += 1
                r = mine.get(fold(rec["text"]))
                found_items += r is not None
                for st in rec["status"]:
                    got = track(r["text"], set(r["themes"]), sents[st["doc"]], sim) if r else None
                    rows.append({"report": report["doc"], "text": rec["text"], "doc": st["doc"], "gold": st["status"],
                                 "got": got.status if got else "missing",
                                 "evidence": [s.text for s in got.evidence] if got else []})
    finally:
        tracking.THRESHOLD = old
    return {"items": gold_items, "found": found_items, "rows": rows}


def load_corpus(name: str, base: str = "http://bench.test/"):
    """A memory store with ../shared/corpus/NAME loaded through the pipeline (and resolved)."""
    from ikg.pipeline import load_paths
    from ikg.store import OxigraphStore
    from ontology import Minter
    store = OxigraphStore(None)
    load_paths(store, Minter(base), [CORPUS / name])
    return store


def store_rows(gold_file: Path, store=None) -> dict:
    """Score the statuses ikg itself states after loading the gold's corpus."""
    from app.queries_api import select
    from ikg.resolve import internal_query
    gold = json.loads(gold_file.read_text())
    store = store or load_corpus(gold_file.stem)
    event_of = {Path(str(r["source"])).name: str(r["event"]) for r in store.select(internal_query("document_events"))}
    recs: dict[tuple[str, str], str] = {}
    for r in select(store, "recommendations"):
        recs[(Path(str(r.get("source", ""))).name, fold(str(r["wording"])))] = str(r["recommendation"])
    status = {(str(r["recommendation"]), str(r["event"])): (str(r["status"]), str(r.get("text", "")))
              for r in select(store, "recommendation_statuses")}
    rows, found, items = [], 0, 0
    for report in gold["reports"]:
        for rec in report["recommendations"]:
            items += 1
            iri = recs.get((report["doc"], fold(rec["text"])))
            found += iri is not None
            for st in rec["status"]:
                got = status.get((iri, event_of.get(st["doc"], "")), ("missing", ""))[0] if iri else "missing"
                rows.append({"report": report["doc"], "text": rec["text"], "doc": st["doc"], "gold": st["status"],
                             "got": got, "evidence": []})
    return {"items": items, "found": found, "rows": rows}


def accuracy(rows: list[dict], report: str | None = None) -> tuple[int, int]:
    rows = [r for r in rows if report is None or r["report"] == report]
    return sum(r["gold"] == r["got"] for r in rows), len(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--embeddings", type=Path, help="JSON {text: vector} from bench/embed.py")
    ap.add_argument("--report", default="liverpool_ilacs_2023-05-25.pdf")
    ap.add_argument("--dump-texts", type=Path, help="write the texts to embed as JSON and stop")
    ap.add_argument("--sweep", action="store_true", help="each matcher at each threshold (a fair comparison)")
    ap.add_argument("--store", action="store_true", help="score what ikg states after loading the corpus")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.is_dir():
        print(f"no gold at {args.gold}", file=sys.stderr)
        return 2
    for gold_file in sorted(args.gold.glob("*.json")):
        if args.store:
            _print(gold_file.stem, "ikg", store_rows(gold_file), args)
            continue
        docs = digests(CORPUS / gold_file.stem)
        if args.dump_texts:
            texts = sorted({s.text for d in docs.values() for s in sentences_of(d)}
                           | {p for d in docs.values() for r in d["recommendations"] for p in [r["text"], *parts(r["text"])]})
            args.dump_texts.write_text(json.dumps(texts))
            return 0
        vectors = json.loads(args.embeddings.read_text()) if args.embeddings else None
        matchers = ["tfidf", "bm25"] + (["embedding"] if vectors else [])
        for matcher in matchers:
            if args.sweep:
                for t in SWEEP:
                    res = run(gold_file, matcher, vectors, threshold=t, docs=docs)
                    (ok, n), (ok_r, n_r) = accuracy(res["rows"]), accuracy(res["rows"], args.report)
                    print(f"{gold_file.stem} {matcher:9s} threshold {t:.2f}: {ok}/{n}  {args.report}: {ok_r}/{n_r}")
                continue
            _print(gold_file.stem, matcher, run(gold_file, matcher, vectors, docs=docs), args)
    return 0


def _print(name: str, matcher: str, res: dict, args) -> None:
    ok, n = accuracy(res["rows"])
    ok_r, n_r = accuracy(res["rows"], args.report)
    print(f"{name} {matcher:9s} item recall {res['found']}/{res['items']}  "
          f"status accuracy {ok}/{n} = {ok / max(n, 1):.0%}  {args.report}: {ok_r}/{n_r} = {ok_r / max(n_r, 1):.0%}")
    if args.verbose:
        for r in res["rows"]:
            mark = "  " if r["gold"] == r["got"] else "XX"
            print(f"  {mark} {r['report'][:20]} -> {r['doc'][:24]:24s} gold {r['gold']:11s} got {r['got']:11s} {r['text'][:60]}")


if __name__ == "__main__":
    sys.exit(main())
