"""Quote attribution on a pathological paragraph: one "sentence" of N quotations with no sentence
end (`Cllr Ann Smith said "..." and ...` N times) after a short news story, through the whole
extraction (loaders.extract) of a temporary .txt, and the time of extract_quotes alone. With
--sentences: one paragraph of N sentences, each a quotation (`Cllr Ann Smith said "...". `).

    .venv/bin/python bench/quotes_pathological.py [--sentences] [N ...]   # default: 25 50 100 150 300
    .venv/bin/python bench/quotes_pathological.py --profile 150
"""
from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STORY = """Kestrelford children's services make progress, Ofsted finds

Inspectors found steady improvement in Kestrelford's children's services after a monitoring visit in September.

"""


def pathological(n: int, sentences: bool = False) -> str:
    """A news story, then one paragraph of n quotations in one sentence with no sentence end (or,
    with `sentences`, in n sentences)."""
    if sentences:
        return STORY + " ".join(f'Cllr Ann Smith said "the plan number {i} is working." Then' for i in range(n)) + \
            " the council agreed.\n"
    return STORY + " ".join(f'Cllr Ann Smith said "the plan number {i} is working" and' for i in range(n)) + \
        " the council agreed\n"


def run(n: int, profile: bool = False, sentences: bool = False) -> tuple[float, float, int]:
    import loaders.quotes as quotes
    from loaders.extract import extract
    from loaders.read import read_document

    spent = [0.0]
    real = quotes.extract_quotes

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "kestrelford-news-pathological.txt"
        path.write_text(pathological(n, sentences), encoding="utf-8")
        doc = read_document(path, published="2025-10-20")
        import loaders.extract as ex
        target = ex if hasattr(ex, "extract_quotes") else quotes
        setattr(target, "extract_quotes", timed)
        try:
            prof = cProfile.Profile() if profile else None
            t = time.perf_counter()
            if prof:
                prof.enable()
            digest = extract(doc)
            if prof:
                prof.disable()
            total = time.perf_counter() - t
        finally:
            setattr(target, "extract_quotes", real)
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    return total, spent[0], len(digest.quotes)


def main(argv: list[str]) -> None:
    profile, sentences = "--profile" in argv, "--sentences" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [25, 50, 100, 150, 300]
    run(5)  # warm: models, gazetteer, lexicons
    print("quotations | extract, s | extract_quotes, s | quotes found")
    for n in sizes:
        total, q, found = run(n, profile, sentences)
        print(f"{n} | {total:.2f} | {q:.2f} | {found}")


if __name__ == "__main__":
    main(sys.argv[1:])
